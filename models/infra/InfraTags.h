// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Barista {

/// The deterministic names and tags of what the infra engine makes, so that the clouds'
/// own listings tell which infra, group and node a resource belongs to even when the
/// workspace lost track (crash): reconcile and drift read these back.
class InfraTags
{
public:
    static QString infraKey() { return QStringLiteral("barista-infra"); } ///< the infra's name
    static QString groupKey() { return QStringLiteral("barista-nodegroup"); }
    static QString nodeKey() { return QStringLiteral("barista-node"); }    ///< "<infra>/<node>"
    static QString sharedKey() { return QStringLiteral("barista-shared"); } ///< the connection's name

    static QString vmName(const QString& infra, const QString& node) { return infra + QLatin1Char('-') + node; }
    static QString nodeName(const QString& group, int index) { return group + QLatin1Char('-') + QString::number(index); }
    /// The index of "<group>-<n>", or 0 when the name is not of that form.
    static int nodeIndex(const QString& node);
    static QString vpcName(const QString& connection) { return QStringLiteral("bc-") + connection + QStringLiteral("-vpc"); }
    static QString subnetName(const QString& connection) { return QStringLiteral("bc-") + connection + QStringLiteral("-subnet"); }
    static QString keyPairName(const QString& connection) { return QStringLiteral("bc-") + connection + QStringLiteral("-key"); }
    static QString securityGroupName(const QString& infra, const QString& connection)
    {
        return infra + QLatin1Char('-') + connection + QStringLiteral("-sg");
    }
    /// Where a connection's key pair's private key lives in the SecretStore.
    static QString keySecretRef(const QString& connection) { return QStringLiteral("keypair/") + connection; }

    static QMap<QString, QString> nodeTags(const QString& infra, const QString& group, const QString& node);
    static QMap<QString, QString> sharedTags(const QString& connection, const QString& infra = QString());
};

} // namespace Barista
