// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsEksMapper.h"

#include <QJsonArray>

namespace Barista {

namespace {

QList<Iid> idList(const QJsonValue& value)
{
    QList<Iid> out;
    for (const QJsonValue& id : value.toArray())
        out.append(Iid { QString(), id.toString() });
    return out;
}

QMap<QString, QString> tagMap(const QJsonValue& value)
{
    QMap<QString, QString> out;
    const QJsonObject tags = value.toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

/// EKS sends timestamps as epoch seconds (a JSON number, possibly fractional).
QDateTime timestamp(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC);
}

} // namespace

ClusterStatus AwsEksMapper::status(const QString& eksStatus)
{
    if (eksStatus == QLatin1String("ACTIVE"))
        return ClusterStatus::Active;
    if (eksStatus == QLatin1String("UPDATING"))
        return ClusterStatus::Updating;
    if (eksStatus == QLatin1String("DELETING"))
        return ClusterStatus::Deleting;
    if (eksStatus == QLatin1String("CREATING") || eksStatus == QLatin1String("PENDING"))
        return ClusterStatus::Creating;
    return ClusterStatus::Inactive; // FAILED, CREATE_FAILED, DELETE_FAILED, DEGRADED
}

ClusterInfo AwsEksMapper::toCluster(const QJsonObject& cluster)
{
    ClusterInfo info;
    const QString name = cluster.value(QStringLiteral("name")).toString();
    info.iid = Iid { name, name };
    info.version = cluster.value(QStringLiteral("version")).toString();
    const QJsonObject vpc = cluster.value(QStringLiteral("resourcesVpcConfig")).toObject();
    info.vpcIid = Iid { QString(), vpc.value(QStringLiteral("vpcId")).toString() };
    info.subnetIids = idList(vpc.value(QStringLiteral("subnetIds")));
    info.securityGroupIids = idList(vpc.value(QStringLiteral("securityGroupIds")));
    info.status = status(cluster.value(QStringLiteral("status")).toString());
    info.endpoint = cluster.value(QStringLiteral("endpoint")).toString();
    info.tags = tagMap(cluster.value(QStringLiteral("tags")));
    info.createdAt = timestamp(cluster.value(QStringLiteral("createdAt")));
    info.extra = QJsonObject { { QStringLiteral("arn"), cluster.value(QStringLiteral("arn")) },
        { QStringLiteral("roleArn"), cluster.value(QStringLiteral("roleArn")) },
        { QStringLiteral("platformVersion"), cluster.value(QStringLiteral("platformVersion")) },
        { QStringLiteral("eksStatus"), cluster.value(QStringLiteral("status")) },
        { QStringLiteral("clusterSecurityGroupId"), vpc.value(QStringLiteral("clusterSecurityGroupId")) } };
    return info;
}

NodeGroupInfo AwsEksMapper::toNodeGroup(const QJsonObject& nodegroup)
{
    NodeGroupInfo group;
    const QString name = nodegroup.value(QStringLiteral("nodegroupName")).toString();
    group.iid = Iid { name, name };
    group.imageName = nodegroup.value(QStringLiteral("amiType")).toString();
    group.specName = nodegroup.value(QStringLiteral("instanceTypes")).toArray().first().toString();
    group.rootDiskSizeGb = nodegroup.value(QStringLiteral("diskSize")).toInt();
    const QString key
        = nodegroup.value(QStringLiteral("remoteAccess")).toObject().value(QStringLiteral("ec2SshKey")).toString();
    if (!key.isEmpty())
        group.keyPairIid = Iid { key, QString() };
    const QJsonObject scaling = nodegroup.value(QStringLiteral("scalingConfig")).toObject();
    group.minNodeSize = scaling.value(QStringLiteral("minSize")).toInt();
    group.maxNodeSize = scaling.value(QStringLiteral("maxSize")).toInt();
    group.desiredNodeSize = scaling.value(QStringLiteral("desiredSize")).toInt();
    group.onAutoScaling = group.minNodeSize < group.maxNodeSize;
    group.status = status(nodegroup.value(QStringLiteral("status")).toString());
    return group;
}

QJsonObject AwsEksMapper::tagObject(const QMap<QString, QString>& tags)
{
    QJsonObject out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject AwsEksMapper::nodegroupRequest(const NodeGroupInfo& group, const QStringList& subnetIds,
    const QString& nodeRoleArn, const QString& keyName, const QMap<QString, QString>& tags, const QString& token)
{
    QJsonObject body { { QStringLiteral("nodegroupName"), group.iid.nameId },
        { QStringLiteral("scalingConfig"),
            QJsonObject { { QStringLiteral("minSize"), group.minNodeSize },
                { QStringLiteral("maxSize"), group.maxNodeSize },
                { QStringLiteral("desiredSize"), group.desiredNodeSize } } },
        { QStringLiteral("subnets"), QJsonArray::fromStringList(subnetIds) },
        { QStringLiteral("nodeRole"), nodeRoleArn }, { QStringLiteral("tags"), tagObject(tags) } };
    if (!group.specName.isEmpty())
        body.insert(QStringLiteral("instanceTypes"), QJsonArray { group.specName });
    if (!group.imageName.isEmpty())
        body.insert(QStringLiteral("amiType"), group.imageName);
    if (group.rootDiskSizeGb > 0)
        body.insert(QStringLiteral("diskSize"), group.rootDiskSizeGb);
    if (!keyName.isEmpty())
        body.insert(QStringLiteral("remoteAccess"), QJsonObject { { QStringLiteral("ec2SshKey"), keyName } });
    if (!token.isEmpty())
        body.insert(QStringLiteral("clientRequestToken"), token);
    return body;
}

} // namespace Barista
