// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentials/OpenrcReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Barista {

namespace {

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidOpenrc"), message);
}

/// The shell word after '=': quotes removed, backslash escapes of double quotes honoured.
/// *expands says whether the shell would substitute something ($ or ` outside single quotes).
/// False when a quote is not closed.
bool unquote(const QString& text, QString* value, bool* expands)
{
    value->clear();
    *expands = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return false;
            *value += text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    *value += text.at(i + 1);
                    i += 2;
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    *expands = *expands || d == QLatin1Char('$') || d == QLatin1Char('`');
                    *value += d;
                    ++i;
                }
            }
            if (!closed)
                return false;
        } else if (c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('#')) {
            break; // end of the word (a trailing comment or command)
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            *value += text.at(i + 1);
            i += 2;
        } else {
            *expands = *expands || c == QLatin1Char('$') || c == QLatin1Char('`');
            *value += c;
            ++i;
        }
    }
    return true;
}

} // namespace

Result<QProcessEnvironment> OpenrcReader::read(const QString& file, const QProcessEnvironment& env)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return invalid(QCoreApplication::translate("OpenrcReader", "Cannot read %1: %2").arg(file, f.errorString()));
    static const QRegularExpression assignment(QStringLiteral("^(?:export\\s+)?(OS_[A-Za-z0-9_]+)=(.*)$"));
    static const QRegularExpression reference(QStringLiteral("^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?$"));
    QProcessEnvironment found;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const QRegularExpressionMatch m = assignment.match(line);
        if (!m.hasMatch())
            continue;
        const QString variable = m.captured(1);
        QString value;
        bool expands = false;
        if (!unquote(m.captured(2), &value, &expands))
            return invalid(QCoreApplication::translate("OpenrcReader", "%1 line %2: the value of %3 has an unclosed quote.")
                               .arg(file)
                               .arg(lineNo)
                               .arg(variable));
        const QRegularExpressionMatch ref = reference.match(value);
        if (expands && ref.hasMatch())
            value = found.contains(ref.captured(1)) ? found.value(ref.captured(1)) : env.value(ref.captured(1));
        else if (expands)
            return invalid(QCoreApplication::translate("OpenrcReader",
                "%1 line %2: the value of %3 is computed by the shell; this file is read, never run. Write the value out.")
                               .arg(file)
                               .arg(lineNo)
                               .arg(variable));
        found.insert(variable, value);
    }
    if (found.isEmpty())
        return invalid(QCoreApplication::translate("OpenrcReader", "%1 sets no OS_ variable: it is not an openrc file.").arg(file));
    return found;
}

} // namespace Barista
