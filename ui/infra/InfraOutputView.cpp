// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraOutputView.h"

#include <QFontDatabase>

namespace Barista {

InfraOutputView::InfraOutputView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("infraOutput"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    hide();
}

void InfraOutputView::appendLine(const QString& node, const QString& line, bool isStandardError)
{
    show();
    const QString shown = QStringLiteral("[%1] %2").arg(node, line);
    if (isStandardError)
        appendHtml(
            QStringLiteral("<span style=\"color:#d02f2f; white-space:pre\">%1</span>").arg(shown.toHtmlEscaped()));
    else
        appendPlainText(shown);
}

void InfraOutputView::appendChunk(
    const QString& infra, const QString& node, const QByteArray& chunk, bool isStandardError)
{
    show();
    const QString key = infra + QLatin1Char('/') + node;
    const QByteArray text = m_partial.take(key) + chunk;
    const qsizetype end = text.lastIndexOf('\n');
    if (end < 0) {
        m_partial.insert(key, text);
        return;
    }
    if (end + 1 < text.size())
        m_partial.insert(key, text.mid(end + 1));
    for (const QByteArray& line : text.left(end).split('\n'))
        appendLine(node, QString::fromUtf8(line), isStandardError);
}

void InfraOutputView::appendCommand(const QString& command, const QString& where)
{
    show();
    appendPlainText(QStringLiteral("$ %1    # %2").arg(command, where));
}

void InfraOutputView::appendResults(const QString& infra, const QList<RemoteCommandResult>& results)
{
    if (results.isEmpty())
        return;
    const QString prefix = infra + QLatin1Char('/');
    for (auto it = m_partial.begin(); it != m_partial.end();) {
        if (it.key().startsWith(prefix)) {
            appendLine(it.key().mid(prefix.size()), QString::fromUtf8(it.value()), false);
            it = m_partial.erase(it);
        } else {
            ++it;
        }
    }
    for (const RemoteCommandResult& r : results) {
        appendPlainText(r.error ? tr("[%1] exit %2: %3").arg(r.node).arg(r.exitStatus).arg(r.error->toString())
                                : tr("[%1] exit %2").arg(r.node).arg(r.exitStatus));
    }
}

} // namespace Barista
