// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "providers/openstack/OpenStackCredentialSource.h"

#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

/// Without the devcloud the tests skip on a user's machine and fail in CI (BARISTA_DEVCLOUD=1).
#define BARISTA_DEVCLOUD_MISSING(why)                                                                                  \
    do {                                                                                                               \
        if (qEnvironmentVariable("BARISTA_DEVCLOUD") == QLatin1String("1"))                                            \
            QFAIL(qPrintable(why));                                                                                    \
        QSKIP(qPrintable(why));                                                                                        \
    } while (false)

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

/// Credentials go through the adapter's own "env" source: the OS_* variables, set here from the
/// devcloud's clouds.yaml (BARISTA_DEVCLOUD_CLOUDS, else /tmp/devcloud/clouds.yaml) when the
/// environment has none. Empty on success, else why not.
inline QString exportDevcloudCredentials()
{
    if (!qEnvironmentVariableIsEmpty("OS_AUTH_URL"))
        return QString();
    const QString path = qEnvironmentVariable("BARISTA_DEVCLOUD_CLOUDS", QStringLiteral("/tmp/devcloud/clouds.yaml"));
    const QMap<QString, QString> cloud = readCloudsYaml(path, QStringLiteral("devcloud-demo"));
    if (cloud.isEmpty())
        return QStringLiteral("no OS_AUTH_URL and no devcloud-demo in %1 (start ../shared/devcloud/start-devcloud.sh)")
            .arg(path);
    for (auto it = cloud.cbegin(); it != cloud.cend(); ++it)
        qputenv(qPrintable(QStringLiteral("OS_") + it.key().toUpper()), it.value().toUtf8());
    return QString();
}

/// A native OpenStack connection that reads the OS_* variables.
inline ConnectionConfig devcloudConnection()
{
    ConnectionConfig connection;
    connection.name = QStringLiteral("devcloud");
    connection.driver = QStringLiteral("native");
    connection.provider = QStringLiteral("openstack");
    connection.region = qEnvironmentVariable("OS_REGION_NAME", QStringLiteral("RegionOne"));
    connection.credentialRef = OpenStackCredentialSource::environmentRef();
    return connection;
}

} // namespace Barista::Test
