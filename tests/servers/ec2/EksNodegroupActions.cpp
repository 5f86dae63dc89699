// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/EksNodegroupActions.h"

#include "tests/servers/ec2/EksReplies.h"
#include "tests/servers/ec2/EksService.h"
#include "tests/servers/ec2/EksShapes.h"

namespace Barista {

namespace {

Ec2Reply noCluster(EksCall& call, const QString& cluster)
{
    return EksReplies::notFound(QStringLiteral("No cluster found for name: %1.").arg(cluster), call.record, cluster);
}

Ec2Reply noNodegroup(EksCall& call, const QString& cluster, const QString& name)
{
    return EksReplies::notFound(
        QStringLiteral("No node group found for name: %1.").arg(name), call.record, cluster, name);
}

} // namespace

Ec2Reply EksNodegroupActions::create(EksCall& call, const QString& clusterName)
{
    if (!call.clusters.contains(clusterName))
        return noCluster(call, clusterName);
    EksCluster& cluster = call.clusters[clusterName];
    const QJsonObject& b = call.body;
    const QString name = b.value(QStringLiteral("nodegroupName")).toString();
    const QString token = b.value(QStringLiteral("clientRequestToken")).toString();
    if (cluster.nodegroups.contains(name)) {
        const EksNodegroup& existing = cluster.nodegroups.value(name);
        if (!token.isEmpty() && existing.token == token)
            return EksReplies::success(
                { { QStringLiteral("nodegroup"), EksShapes::nodegroup(existing, cluster) } }, call.record);
        return EksReplies::inUse(
            QStringLiteral("NodeGroup already exists with name %1 and cluster name %2").arg(name, clusterName),
            call.record, clusterName, name);
    }
    // The API reference's InvalidRequestException: "invalid given the state of the cluster".
    if (cluster.status != QLatin1String("ACTIVE"))
        return EksReplies::failure(400, QStringLiteral("InvalidRequestException"),
            QStringLiteral("Cluster '%1' is not in ACTIVE status").arg(clusterName), call.record, clusterName);
    if (name.isEmpty())
        return EksReplies::badParameter(QStringLiteral("nodegroupName is required"), call.record, clusterName);
    EksNodegroup group;
    group.name = name;
    const QJsonObject scaling = b.value(QStringLiteral("scalingConfig")).toObject();
    group.minSize = scaling.value(QStringLiteral("minSize")).toInt(1);
    group.maxSize = scaling.value(QStringLiteral("maxSize")).toInt(1);
    group.desiredSize = scaling.value(QStringLiteral("desiredSize")).toInt(group.minSize);
    if (group.minSize < 0 || group.maxSize < 1 || group.minSize > group.desiredSize
        || group.desiredSize > group.maxSize)
        return EksReplies::badParameter(QStringLiteral("Minimum capacity %1 can't be greater than desired size %2, "
                                                       "or desired size greater than maximum capacity %3")
                                            .arg(group.minSize)
                                            .arg(group.desiredSize)
                                            .arg(group.maxSize),
            call.record, clusterName, name);
    group.nodeRole = b.value(QStringLiteral("nodeRole")).toString();
    if (group.nodeRole.isEmpty())
        return EksReplies::badParameter(QStringLiteral("nodeRole is required"), call.record, clusterName, name);
    group.subnets = EksShapes::strings(b.value(QStringLiteral("subnets")));
    Ec2RegionState& ec2 = call.ec2.region(call.region);
    if (group.subnets.isEmpty())
        return EksReplies::badParameter(QStringLiteral("subnets is required"), call.record, clusterName, name);
    for (const QString& id : std::as_const(group.subnets)) {
        if (!ec2.subnets.contains(id))
            return EksReplies::badParameter(
                QStringLiteral("The subnet ID '%1' does not exist").arg(id), call.record, clusterName, name);
    }
    group.sshKey = b.value(QStringLiteral("remoteAccess")).toObject().value(QStringLiteral("ec2SshKey")).toString();
    if (!group.sshKey.isEmpty() && !ec2.keyPairs.contains(group.sshKey))
        return EksReplies::badParameter(
            QStringLiteral("The key pair '%1' does not exist").arg(group.sshKey), call.record, clusterName, name);
    group.instanceTypes = EksShapes::strings(b.value(QStringLiteral("instanceTypes")));
    if (group.instanceTypes.isEmpty())
        group.instanceTypes = { QStringLiteral("t3.medium") };
    group.amiType = b.value(QStringLiteral("amiType")).toString(QStringLiteral("AL2023_x86_64_STANDARD"));
    group.diskSize = b.value(QStringLiteral("diskSize")).toInt(20);
    group.tags = b.value(QStringLiteral("tags")).toObject();
    group.token = token;
    group.arn = QStringLiteral("arn:aws:eks:%1:%2:nodegroup/%3/%4/%5")
                    .arg(call.region, EksService::accountId(), clusterName, name,
                        call.ec2.newId(QStringLiteral("ng")).mid(3));
    group.status = QStringLiteral("CREATING");
    group.transition = call.ec2.transitionTo(QStringLiteral("ACTIVE"));
    group.createdAtMs = call.ec2.nowMs();
    cluster.nodegroups.insert(name, group);
    return EksReplies::success({ { QStringLiteral("nodegroup"), EksShapes::nodegroup(group, cluster) } }, call.record);
}

Ec2Reply EksNodegroupActions::list(EksCall& call, const QString& clusterName)
{
    EksService::advance(call.ec2, call.clusters);
    if (!call.clusters.contains(clusterName))
        return noCluster(call, clusterName);
    return EksReplies::page(call.clusters.value(clusterName).nodegroups.keys(), QStringLiteral("nodegroups"), call);
}

Ec2Reply EksNodegroupActions::describe(EksCall& call, const QString& clusterName, const QString& name)
{
    EksService::advance(call.ec2, call.clusters);
    if (!call.clusters.contains(clusterName))
        return noCluster(call, clusterName);
    const EksCluster& cluster = call.clusters.value(clusterName);
    if (!cluster.nodegroups.contains(name))
        return noNodegroup(call, clusterName, name);
    return EksReplies::success(
        { { QStringLiteral("nodegroup"), EksShapes::nodegroup(cluster.nodegroups.value(name), cluster) } },
        call.record);
}

Ec2Reply EksNodegroupActions::remove(EksCall& call, const QString& clusterName, const QString& name)
{
    if (!call.clusters.contains(clusterName))
        return noCluster(call, clusterName);
    EksCluster& cluster = call.clusters[clusterName];
    if (!cluster.nodegroups.contains(name))
        return noNodegroup(call, clusterName, name);
    EksNodegroup& group = cluster.nodegroups[name];
    if (group.status != QLatin1String("DELETING")) {
        group.status = QStringLiteral("DELETING");
        group.transition = call.ec2.transitionTo(QStringLiteral("DELETED"));
    }
    return EksReplies::success({ { QStringLiteral("nodegroup"), EksShapes::nodegroup(group, cluster) } }, call.record);
}

} // namespace Barista
