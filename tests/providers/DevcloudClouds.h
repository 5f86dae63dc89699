// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Barista::Test {

/// The "auth" keys and region of one cloud in a clouds.yaml as the devcloud writes it (two-space
/// indentation, scalars only): enough for this test, not a YAML parser.
inline QMap<QString, QString> readCloudsYaml(const QString& path, const QString& cloud)
{
    QMap<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    bool inCloud = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString text = raw.trimmed();
        const qsizetype indent = raw.indexOf(text.isEmpty() ? QStringLiteral(" ") : text.left(1));
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        if (indent == 2) {
            inCloud = text.chopped(1) == cloud;
            continue;
        }
        if (!inCloud || !text.contains(QLatin1Char(':')))
            continue;
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString value = text.mid(colon + 1).trimmed().remove(QLatin1Char('"')).remove(QLatin1Char('\''));
        if (!value.isEmpty())
            out.insert(text.left(colon).trimmed(), value);
    }
    return out;
}

} // namespace Barista::Test
