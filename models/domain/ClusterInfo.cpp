// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ClusterInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject NodeGroupInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("imageName"), imageName },
        { QStringLiteral("specName"), specName },
        { QStringLiteral("rootDiskSizeGb"), rootDiskSizeGb },
        { QStringLiteral("keyPairIid"), keyPairIid.toJson() },
        { QStringLiteral("onAutoScaling"), onAutoScaling },
        { QStringLiteral("desiredNodeSize"), desiredNodeSize },
        { QStringLiteral("minNodeSize"), minNodeSize },
        { QStringLiteral("maxNodeSize"), maxNodeSize },
        { QStringLiteral("status"), clusterStatusName(status) },
        { QStringLiteral("nodes"), DomainJson::iidsToJson(nodes) },
    };
}

NodeGroupInfo NodeGroupInfo::fromJson(const QJsonObject& json)
{
    NodeGroupInfo group;
    read(json, "iid", group.iid);
    read(json, "imageName", group.imageName);
    read(json, "specName", group.specName);
    read(json, "rootDiskSizeGb", group.rootDiskSizeGb);
    read(json, "keyPairIid", group.keyPairIid);
    read(json, "onAutoScaling", group.onAutoScaling);
    read(json, "desiredNodeSize", group.desiredNodeSize);
    read(json, "minNodeSize", group.minNodeSize);
    read(json, "maxNodeSize", group.maxNodeSize);
    DomainJson::readEnum(json, "status", group.status, clusterStatusFromName);
    read(json, "nodes", group.nodes);
    return group;
}

QJsonObject ClusterInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("version"), version },
        { QStringLiteral("vpcIid"), vpcIid.toJson() },
        { QStringLiteral("subnetIids"), DomainJson::iidsToJson(subnetIids) },
        { QStringLiteral("securityGroupIids"), DomainJson::iidsToJson(securityGroupIids) },
        { QStringLiteral("nodeGroups"), DomainJson::listToJson(nodeGroups) },
        { QStringLiteral("status"), clusterStatusName(status) },
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

ClusterInfo ClusterInfo::fromJson(const QJsonObject& json)
{
    ClusterInfo cluster;
    read(json, "iid", cluster.iid);
    read(json, "version", cluster.version);
    read(json, "vpcIid", cluster.vpcIid);
    read(json, "subnetIids", cluster.subnetIids);
    read(json, "securityGroupIids", cluster.securityGroupIids);
    DomainJson::readList(json, "nodeGroups", cluster.nodeGroups);
    DomainJson::readEnum(json, "status", cluster.status, clusterStatusFromName);
    read(json, "endpoint", cluster.endpoint);
    read(json, "tags", cluster.tags);
    read(json, "createdAt", cluster.createdAt);
    read(json, "extra", cluster.extra);
    return cluster;
}

} // namespace Barista
