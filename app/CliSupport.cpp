// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliSupport.h"

#include <cstdio>

namespace Barista::CliSupport {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QCommandLineOption opt(const QString& name, const QString& help, const QString& value)
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

int displayWidth(const QString& s)
{
    int width = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString& s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), QLatin1Char(' '));
}

void printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths.append(displayWidth(h));
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? pad(cells.at(i), widths.at(i) + 2) : cells.at(i);
        out() << text << '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    out().flush();
}

} // namespace Barista::CliSupport
