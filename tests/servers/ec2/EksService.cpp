// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/EksService.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/EksNodegroupActions.h"
#include "tests/servers/ec2/EksReplies.h"
#include "tests/servers/ec2/EksShapes.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Barista {

namespace {

const QStringList kVersions
    = { QStringLiteral("1.29"), QStringLiteral("1.30"), QStringLiteral("1.31"), QStringLiteral("1.32") };

bool settle(Ec2Transition& t, qint64 now)
{
    if (t.target.isEmpty())
        return false;
    --t.describesLeft;
    return t.describesLeft <= 0 || (t.dueMs > 0 && now >= t.dueMs);
}

Ec2Reply noCluster(EksCall& call, const QString& name)
{
    return EksReplies::notFound(QStringLiteral("No cluster found for name: %1.").arg(name), call.record, name);
}

} // namespace

EksService::EksService(Ec2State& ec2)
    : m_ec2(ec2)
{
    m_verifier.setService(QStringLiteral("eks"));
    m_verifier.setAllowedRegions(Ec2Catalog::regionNames());
}

bool EksService::isEksPath(const QString& path)
{
    return path == QLatin1String("/clusters") || path.startsWith(QLatin1String("/clusters/"));
}

Ec2Reply EksService::handle(const Ec2SignedRequest& request, Ec2FaultPlan& faults, Ec2RequestRecord& record)
{
    const QStringList parts
        = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path)).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray& m = request.method;
    // parts: clusters [name [node-groups [ng]]]
    if (parts.size() == 1)
        record.action = m == "POST" ? QStringLiteral("CreateCluster") : QStringLiteral("ListClusters");
    else if (parts.size() == 2)
        record.action = m == "DELETE" ? QStringLiteral("DeleteCluster") : QStringLiteral("DescribeCluster");
    else if (parts.size() == 3 && parts.at(2) == QLatin1String("node-groups"))
        record.action = m == "POST" ? QStringLiteral("CreateNodegroup") : QStringLiteral("ListNodegroups");
    else if (parts.size() == 4 && parts.at(2) == QLatin1String("node-groups"))
        record.action = m == "DELETE" ? QStringLiteral("DeleteNodegroup") : QStringLiteral("DescribeNodegroup");

    const Ec2AuthResult auth = m_verifier.verify(request);
    record.accessKeyId = auth.accessKeyId;
    record.region = auth.region;
    if (!auth.ok)
        return EksReplies::authFailure(auth, record);
    if (record.action.isEmpty())
        return EksReplies::failure(
            404, QStringLiteral("UnknownOperationException"), QStringLiteral("Not Found"), record);
    if (auto fault = faults.take(record.action)) {
        if (fault->code == QLatin1String("RequestLimitExceeded"))
            return EksReplies::failure(
                429, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"), record);
        Ec2Reply reply = EksReplies::failure(fault->httpStatus, fault->code, fault->message, record);
        if (fault->retryAfterSeconds >= 0)
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds) });
        return reply;
    }
    EksCall call { m, QUrlQuery(QString::fromLatin1(request.rawQuery)), {}, auth.region, m_ec2, m_regions[auth.region],
        record };
    if (m == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return EksReplies::failure(
                400, QStringLiteral("BadRequestException"), QStringLiteral("Could not parse request body."), record);
        call.body = doc.object();
    }
    const QString& action = record.action;
    if (action == QLatin1String("CreateCluster"))
        return createCluster(call);
    if (action == QLatin1String("ListClusters"))
        return listClusters(call);
    if (action == QLatin1String("DescribeCluster"))
        return describeCluster(call, parts.at(1));
    if (action == QLatin1String("DeleteCluster"))
        return deleteCluster(call, parts.at(1));
    if (action == QLatin1String("CreateNodegroup"))
        return EksNodegroupActions::create(call, parts.at(1));
    if (action == QLatin1String("ListNodegroups"))
        return EksNodegroupActions::list(call, parts.at(1));
    if (action == QLatin1String("DescribeNodegroup"))
        return EksNodegroupActions::describe(call, parts.at(1), parts.at(3));
    return EksNodegroupActions::remove(call, parts.at(1), parts.at(3));
}

void EksService::advance(Ec2State& ec2, EksRegionState& region)
{
    const qint64 now = ec2.nowMs();
    for (auto it = region.begin(); it != region.end();) {
        EksCluster& cluster = it.value();
        for (auto ng = cluster.nodegroups.begin(); ng != cluster.nodegroups.end();) {
            if (settle(ng->transition, now)) {
                if (ng->transition.target == QLatin1String("DELETED")) {
                    ng = cluster.nodegroups.erase(ng);
                    continue;
                }
                ng->status = ng->transition.target;
                ng->transition = {};
            }
            ++ng;
        }
        if (settle(cluster.transition, now)) {
            if (cluster.transition.target == QLatin1String("DELETED")) {
                it = region.erase(it);
                continue;
            }
            cluster.status = cluster.transition.target;
            cluster.transition = {};
            if (cluster.status == QLatin1String("ACTIVE") && cluster.endpoint.isEmpty()) {
                const QString hex = ec2.newId(QStringLiteral("x")).mid(2).toUpper();
                cluster.endpoint = QStringLiteral("https://%1.gr7.%2.eks.amazonaws.com")
                                       .arg(hex, cluster.arn.section(QLatin1Char(':'), 3, 3));
                cluster.clusterSecurityGroupId = ec2.newId(QStringLiteral("sg"));
            }
        }
        ++it;
    }
}

Ec2Reply EksService::createCluster(EksCall& call)
{
    const QJsonObject& b = call.body;
    const QString name = b.value(QStringLiteral("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[0-9A-Za-z][A-Za-z0-9\\-_]{0,99}$"));
    if (!namePattern.match(name).hasMatch())
        return EksReplies::badParameter(QStringLiteral("The cluster name '%1' is not valid.").arg(name), call.record);
    const QString token = b.value(QStringLiteral("clientRequestToken")).toString();
    if (call.clusters.contains(name)) {
        const EksCluster& existing = call.clusters.value(name);
        if (!token.isEmpty() && existing.token == token) // the same request again: its cluster
            return EksReplies::success({ { QStringLiteral("cluster"), EksShapes::cluster(existing) } }, call.record);
        return EksReplies::inUse(QStringLiteral("Cluster already exists with name: %1").arg(name), call.record, name);
    }
    const QString roleArn = b.value(QStringLiteral("roleArn")).toString();
    if (roleArn.isEmpty())
        return EksReplies::badParameter(QStringLiteral("roleArn is required"), call.record, name);
    QString version = b.value(QStringLiteral("version")).toString();
    if (version.isEmpty())
        version = kVersions.last();
    if (!kVersions.contains(version))
        return EksReplies::badParameter(
            QStringLiteral("unsupported Kubernetes version %1").arg(version), call.record, name);
    const QJsonObject vpcConfig = b.value(QStringLiteral("resourcesVpcConfig")).toObject();
    const QStringList subnets = EksShapes::strings(vpcConfig.value(QStringLiteral("subnetIds")));
    const QStringList groups = EksShapes::strings(vpcConfig.value(QStringLiteral("securityGroupIds")));
    Ec2RegionState& ec2 = call.ec2.region(call.region);
    QSet<QString> zones;
    QString vpcId;
    for (const QString& id : subnets) {
        if (!ec2.subnets.contains(id))
            return EksReplies::badParameter(QStringLiteral("The subnet ID '%1' does not exist (Service: AmazonEC2; "
                                                           "Status Code: 400; Error Code: InvalidSubnetID.NotFound)")
                                                .arg(id),
                call.record, name);
        const Ec2Subnet& subnet = ec2.subnets.value(id);
        if (!vpcId.isEmpty() && subnet.vpcId != vpcId)
            return EksReplies::badParameter(QStringLiteral("Subnets must all be in the same VPC."), call.record, name);
        vpcId = subnet.vpcId;
        zones.insert(subnet.zone);
    }
    if (zones.size() < 2)
        return EksReplies::badParameter(
            QStringLiteral("Subnets specified must be in at least two different AZs"), call.record, name);
    for (const QString& id : groups) {
        if (!ec2.securityGroups.contains(id))
            return EksReplies::badParameter(
                QStringLiteral("The security group '%1' does not exist").arg(id), call.record, name);
    }
    EksCluster cluster;
    cluster.name = name;
    cluster.arn = QStringLiteral("arn:aws:eks:%1:%2:cluster/%3").arg(call.region, accountId(), name);
    cluster.version = version;
    cluster.roleArn = roleArn;
    cluster.vpcId = vpcId;
    cluster.subnetIds = subnets;
    cluster.securityGroupIds = groups;
    cluster.status = QStringLiteral("CREATING");
    cluster.transition = call.ec2.transitionTo(QStringLiteral("ACTIVE"));
    cluster.tags = b.value(QStringLiteral("tags")).toObject();
    cluster.token = token;
    cluster.createdAtMs = call.ec2.nowMs();
    call.clusters.insert(name, cluster);
    return EksReplies::success({ { QStringLiteral("cluster"), EksShapes::cluster(cluster) } }, call.record);
}

Ec2Reply EksService::listClusters(EksCall& call)
{
    advance(call.ec2, call.clusters);
    return EksReplies::page(call.clusters.keys(), QStringLiteral("clusters"), call);
}

Ec2Reply EksService::describeCluster(EksCall& call, const QString& name)
{
    advance(call.ec2, call.clusters);
    if (!call.clusters.contains(name))
        return noCluster(call, name);
    return EksReplies::success(
        { { QStringLiteral("cluster"), EksShapes::cluster(call.clusters.value(name)) } }, call.record);
}

Ec2Reply EksService::deleteCluster(EksCall& call, const QString& name)
{
    if (!call.clusters.contains(name))
        return noCluster(call, name);
    EksCluster& cluster = call.clusters[name];
    if (!cluster.nodegroups.isEmpty())
        return EksReplies::inUse(QStringLiteral("Cluster has nodegroups attached"), call.record, name);
    if (cluster.status != QLatin1String("DELETING")) {
        cluster.status = QStringLiteral("DELETING");
        cluster.transition = call.ec2.transitionTo(QStringLiteral("DELETED"));
    }
    return EksReplies::success({ { QStringLiteral("cluster"), EksShapes::cluster(cluster) } }, call.record);
}

} // namespace Barista
