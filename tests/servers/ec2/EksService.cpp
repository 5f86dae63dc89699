// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/EksService.h"

#include "tests/servers/ec2/Ec2Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Barista {

namespace {

const QStringList kVersions
    = { QStringLiteral("1.29"), QStringLiteral("1.30"), QStringLiteral("1.31"), QStringLiteral("1.32") };

struct EksFailure
{
    int status;
    QString code;
    QString message;
};

EksFailure notFound(const QString& message)
{
    return { 404, QStringLiteral("ResourceNotFoundException"), message };
}
EksFailure badParameter(const QString& message)
{
    return { 400, QStringLiteral("InvalidParameterException"), message };
}
EksFailure inUse(const QString& message)
{
    return { 409, QStringLiteral("ResourceInUseException"), message };
}

bool settle(Ec2Transition& t, qint64 now)
{
    if (t.target.isEmpty())
        return false;
    --t.describesLeft;
    return t.describesLeft <= 0 || (t.dueMs > 0 && now >= t.dueMs);
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

struct EksService::Call
{
    QByteArray method;
    QUrlQuery query;
    QJsonObject body;
    QString region;
    Ec2RequestRecord& record;
};

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

static Ec2Reply jsonReply(int status, const QJsonObject& body)
{
    return { status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), {},
        {} };
}

static Ec2Reply failure(const EksFailure& error, Ec2RequestRecord& record)
{
    record.httpStatus = error.status;
    record.errorCode = error.code;
    Ec2Reply reply = jsonReply(error.status, QJsonObject { { QStringLiteral("message"), error.message } });
    reply.headers.append({ QByteArrayLiteral("x-amzn-ErrorType"), error.code.toLatin1() });
    return reply;
}

static Ec2Reply success(const QJsonObject& body, Ec2RequestRecord& record)
{
    record.httpStatus = 200;
    return jsonReply(200, body);
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
        return failure({ auth.httpStatus, auth.code, auth.message }, record);
    if (record.action.isEmpty())
        return failure({ 404, QStringLiteral("UnknownOperationException"), QStringLiteral("Not Found") }, record);
    if (auto fault = faults.take(record.action)) {
        if (fault->code == QLatin1String("RequestLimitExceeded"))
            return failure({ 429, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded") }, record);
        Ec2Reply reply = failure({ fault->httpStatus, fault->code, fault->message }, record);
        if (fault->retryAfterSeconds >= 0)
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds) });
        return reply;
    }
    Call call { m, QUrlQuery(QString::fromLatin1(request.rawQuery)), {}, auth.region, record };
    if (m == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return failure(
                { 400, QStringLiteral("BadRequestException"), QStringLiteral("Could not parse request body.") },
                record);
        call.body = doc.object();
    }
    if (record.action == QLatin1String("CreateCluster"))
        return createCluster(call);
    if (record.action == QLatin1String("ListClusters"))
        return listClusters(call);
    if (record.action == QLatin1String("DescribeCluster"))
        return describeCluster(call, parts.at(1));
    if (record.action == QLatin1String("DeleteCluster"))
        return deleteCluster(call, parts.at(1));
    if (record.action == QLatin1String("CreateNodegroup"))
        return createNodegroup(call, parts.at(1));
    if (record.action == QLatin1String("ListNodegroups"))
        return listNodegroups(call, parts.at(1));
    if (record.action == QLatin1String("DescribeNodegroup"))
        return describeNodegroup(call, parts.at(1), parts.at(3));
    return deleteNodegroup(call, parts.at(1), parts.at(3));
}

void EksService::advance(EksRegionState& region)
{
    const qint64 now = m_ec2.nowMs();
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
                const QString hex = m_ec2.newId(QStringLiteral("x")).mid(2).toUpper();
                cluster.endpoint = QStringLiteral("https://%1.gr7.%2.eks.amazonaws.com")
                                       .arg(hex, it.value().arn.section(QLatin1Char(':'), 3, 3));
                cluster.clusterSecurityGroupId = m_ec2.newId(QStringLiteral("sg"));
            }
        }
        ++it;
    }
}

QJsonObject EksService::clusterJson(const EksCluster& c, const QString& region) const
{
    Q_UNUSED(region)
    QJsonObject vpc { { QStringLiteral("subnetIds"), QJsonArray::fromStringList(c.subnetIds) },
        { QStringLiteral("securityGroupIds"), QJsonArray::fromStringList(c.securityGroupIds) },
        { QStringLiteral("vpcId"), c.vpcId }, { QStringLiteral("endpointPublicAccess"), true },
        { QStringLiteral("endpointPrivateAccess"), false },
        { QStringLiteral("publicAccessCidrs"), QJsonArray { QStringLiteral("0.0.0.0/0") } } };
    if (!c.clusterSecurityGroupId.isEmpty())
        vpc.insert(QStringLiteral("clusterSecurityGroupId"), c.clusterSecurityGroupId);
    QJsonObject out { { QStringLiteral("name"), c.name }, { QStringLiteral("arn"), c.arn },
        { QStringLiteral("createdAt"), double(c.createdAtMs) / 1000.0 }, { QStringLiteral("version"), c.version },
        { QStringLiteral("roleArn"), c.roleArn }, { QStringLiteral("resourcesVpcConfig"), vpc },
        { QStringLiteral("kubernetesNetworkConfig"),
            QJsonObject { { QStringLiteral("serviceIpv4Cidr"), QStringLiteral("10.100.0.0/16") },
                { QStringLiteral("ipFamily"), QStringLiteral("ipv4") } } },
        { QStringLiteral("status"), c.status }, { QStringLiteral("platformVersion"), QStringLiteral("eks.1") },
        { QStringLiteral("tags"), c.tags } };
    if (!c.endpoint.isEmpty()) {
        out.insert(QStringLiteral("endpoint"), c.endpoint);
        out.insert(QStringLiteral("certificateAuthority"),
            QJsonObject { { QStringLiteral("data"), QStringLiteral("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==") } });
    }
    return out;
}

QJsonObject EksService::nodegroupJson(const EksNodegroup& g, const EksCluster& cluster) const
{
    QJsonObject out { { QStringLiteral("nodegroupName"), g.name }, { QStringLiteral("nodegroupArn"), g.arn },
        { QStringLiteral("clusterName"), cluster.name }, { QStringLiteral("version"), cluster.version },
        { QStringLiteral("createdAt"), double(g.createdAtMs) / 1000.0 }, { QStringLiteral("status"), g.status },
        { QStringLiteral("capacityType"), QStringLiteral("ON_DEMAND") },
        { QStringLiteral("scalingConfig"),
            QJsonObject { { QStringLiteral("minSize"), g.minSize }, { QStringLiteral("maxSize"), g.maxSize },
                { QStringLiteral("desiredSize"), g.desiredSize } } },
        { QStringLiteral("instanceTypes"), QJsonArray::fromStringList(g.instanceTypes) },
        { QStringLiteral("subnets"), QJsonArray::fromStringList(g.subnets) }, { QStringLiteral("amiType"), g.amiType },
        { QStringLiteral("nodeRole"), g.nodeRole }, { QStringLiteral("diskSize"), g.diskSize },
        { QStringLiteral("labels"), QJsonObject() },
        { QStringLiteral("health"), QJsonObject { { QStringLiteral("issues"), QJsonArray() } } },
        { QStringLiteral("tags"), g.tags } };
    if (!g.sshKey.isEmpty())
        out.insert(QStringLiteral("remoteAccess"), QJsonObject { { QStringLiteral("ec2SshKey"), g.sshKey } });
    return out;
}

Ec2Reply EksService::createCluster(Call& call)
{
    EksRegionState& clusters = m_regions[call.region];
    const QJsonObject& b = call.body;
    const QString name = b.value(QStringLiteral("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[0-9A-Za-z][A-Za-z0-9\\-_]{0,99}$"));
    if (!namePattern.match(name).hasMatch())
        return failure(badParameter(QStringLiteral("The cluster name '%1' is not valid.").arg(name)), call.record);
    const QString token = b.value(QStringLiteral("clientRequestToken")).toString();
    if (clusters.contains(name)) {
        const EksCluster& existing = clusters.value(name);
        if (!token.isEmpty() && existing.token == token) // the same request again: its cluster
            return success({ { QStringLiteral("cluster"), clusterJson(existing, call.region) } }, call.record);
        return failure(inUse(QStringLiteral("Cluster already exists with name: %1").arg(name)), call.record);
    }
    const QString roleArn = b.value(QStringLiteral("roleArn")).toString();
    if (roleArn.isEmpty())
        return failure(badParameter(QStringLiteral("roleArn is required")), call.record);
    QString version = b.value(QStringLiteral("version")).toString();
    if (version.isEmpty())
        version = kVersions.last();
    if (!kVersions.contains(version))
        return failure(badParameter(QStringLiteral("unsupported Kubernetes version %1").arg(version)), call.record);
    const QJsonObject vpcConfig = b.value(QStringLiteral("resourcesVpcConfig")).toObject();
    const QStringList subnets = strings(vpcConfig.value(QStringLiteral("subnetIds")));
    const QStringList groups = strings(vpcConfig.value(QStringLiteral("securityGroupIds")));
    Ec2RegionState& ec2 = m_ec2.region(call.region);
    QSet<QString> zones;
    QString vpcId;
    for (const QString& id : subnets) {
        if (!ec2.subnets.contains(id))
            return failure(badParameter(QStringLiteral("The subnet ID '%1' does not exist (Service: AmazonEC2; Status "
                                                       "Code: 400; Error Code: InvalidSubnetID.NotFound)")
                                            .arg(id)),
                call.record);
        const Ec2Subnet& subnet = ec2.subnets.value(id);
        if (!vpcId.isEmpty() && subnet.vpcId != vpcId)
            return failure(badParameter(QStringLiteral("Subnets must all be in the same VPC.")), call.record);
        vpcId = subnet.vpcId;
        zones.insert(subnet.zone);
    }
    if (zones.size() < 2)
        return failure(
            badParameter(QStringLiteral("Subnets specified must be in at least two different AZs")), call.record);
    for (const QString& id : groups) {
        if (!ec2.securityGroups.contains(id))
            return failure(badParameter(QStringLiteral("The security group '%1' does not exist").arg(id)), call.record);
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
    cluster.transition = m_ec2.transitionTo(QStringLiteral("ACTIVE"));
    cluster.tags = b.value(QStringLiteral("tags")).toObject();
    cluster.token = token;
    cluster.createdAtMs = m_ec2.nowMs();
    clusters.insert(name, cluster);
    return success({ { QStringLiteral("cluster"), clusterJson(cluster, call.region) } }, call.record);
}

Ec2Reply EksService::listClusters(Call& call)
{
    EksRegionState& clusters = m_regions[call.region];
    advance(clusters);
    bool ok = true;
    const QString max = call.query.queryItemValue(QStringLiteral("maxResults"));
    const int pageSize = max.isEmpty() ? 100 : max.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 100)
        return failure(badParameter(QStringLiteral("maxResults must be between 1 and 100")), call.record);
    const QStringList names = clusters.keys();
    const QString token = call.query.queryItemValue(QStringLiteral("nextToken"));
    const int from = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || from < 0 || from > names.size())
        return failure(badParameter(QStringLiteral("The nextToken is not valid.")), call.record);
    QJsonObject out { { QStringLiteral("clusters"), QJsonArray::fromStringList(names.mid(from, pageSize)) } };
    if (from + pageSize < names.size())
        out.insert(QStringLiteral("nextToken"), QString::number(from + pageSize));
    return success(out, call.record);
}

Ec2Reply EksService::describeCluster(Call& call, const QString& name)
{
    EksRegionState& clusters = m_regions[call.region];
    advance(clusters);
    if (!clusters.contains(name))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(name)), call.record);
    return success({ { QStringLiteral("cluster"), clusterJson(clusters.value(name), call.region) } }, call.record);
}

Ec2Reply EksService::deleteCluster(Call& call, const QString& name)
{
    EksRegionState& clusters = m_regions[call.region];
    if (!clusters.contains(name))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(name)), call.record);
    EksCluster& cluster = clusters[name];
    if (!cluster.nodegroups.isEmpty())
        return failure(inUse(QStringLiteral("Cluster has nodegroups attached")), call.record);
    if (cluster.status != QLatin1String("DELETING")) {
        cluster.status = QStringLiteral("DELETING");
        cluster.transition = m_ec2.transitionTo(QStringLiteral("DELETED"));
    }
    return success({ { QStringLiteral("cluster"), clusterJson(cluster, call.region) } }, call.record);
}

Ec2Reply EksService::createNodegroup(Call& call, const QString& clusterName)
{
    EksRegionState& clusters = m_regions[call.region];
    if (!clusters.contains(clusterName))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(clusterName)), call.record);
    EksCluster& cluster = clusters[clusterName];
    const QJsonObject& b = call.body;
    const QString name = b.value(QStringLiteral("nodegroupName")).toString();
    const QString token = b.value(QStringLiteral("clientRequestToken")).toString();
    if (cluster.nodegroups.contains(name)) {
        const EksNodegroup& existing = cluster.nodegroups.value(name);
        if (!token.isEmpty() && existing.token == token)
            return success({ { QStringLiteral("nodegroup"), nodegroupJson(existing, cluster) } }, call.record);
        return failure(
            inUse(QStringLiteral("NodeGroup already exists with name %1 and cluster name %2").arg(name, clusterName)),
            call.record);
    }
    if (cluster.status != QLatin1String("ACTIVE"))
        return failure({ 400, QStringLiteral("InvalidRequestException"),
                           QStringLiteral("Cluster '%1' is not in ACTIVE status").arg(clusterName) },
            call.record);
    if (name.isEmpty())
        return failure(badParameter(QStringLiteral("nodegroupName is required")), call.record);
    EksNodegroup group;
    group.name = name;
    const QJsonObject scaling = b.value(QStringLiteral("scalingConfig")).toObject();
    group.minSize = scaling.value(QStringLiteral("minSize")).toInt(1);
    group.maxSize = scaling.value(QStringLiteral("maxSize")).toInt(1);
    group.desiredSize = scaling.value(QStringLiteral("desiredSize")).toInt(group.minSize);
    if (group.minSize < 0 || group.maxSize < 1 || group.minSize > group.desiredSize
        || group.desiredSize > group.maxSize)
        return failure(badParameter(QStringLiteral("Minimum capacity %1 can't be greater than desired size %2, or "
                                                   "desired size greater than maximum capacity %3")
                                        .arg(group.minSize)
                                        .arg(group.desiredSize)
                                        .arg(group.maxSize)),
            call.record);
    group.nodeRole = b.value(QStringLiteral("nodeRole")).toString();
    if (group.nodeRole.isEmpty())
        return failure(badParameter(QStringLiteral("nodeRole is required")), call.record);
    group.subnets = strings(b.value(QStringLiteral("subnets")));
    Ec2RegionState& ec2 = m_ec2.region(call.region);
    if (group.subnets.isEmpty())
        return failure(badParameter(QStringLiteral("subnets is required")), call.record);
    for (const QString& id : std::as_const(group.subnets)) {
        if (!ec2.subnets.contains(id))
            return failure(badParameter(QStringLiteral("The subnet ID '%1' does not exist").arg(id)), call.record);
    }
    group.sshKey = b.value(QStringLiteral("remoteAccess")).toObject().value(QStringLiteral("ec2SshKey")).toString();
    if (!group.sshKey.isEmpty() && !ec2.keyPairs.contains(group.sshKey))
        return failure(badParameter(QStringLiteral("The key pair '%1' does not exist").arg(group.sshKey)), call.record);
    group.instanceTypes = strings(b.value(QStringLiteral("instanceTypes")));
    if (group.instanceTypes.isEmpty())
        group.instanceTypes = { QStringLiteral("t3.medium") };
    group.amiType = b.value(QStringLiteral("amiType")).toString(QStringLiteral("AL2023_x86_64_STANDARD"));
    group.diskSize = b.value(QStringLiteral("diskSize")).toInt(20);
    group.tags = b.value(QStringLiteral("tags")).toObject();
    group.token = token;
    group.arn = QStringLiteral("arn:aws:eks:%1:%2:nodegroup/%3/%4/%5")
                    .arg(call.region, accountId(), clusterName, name, m_ec2.newId(QStringLiteral("ng")).mid(3));
    group.status = QStringLiteral("CREATING");
    group.transition = m_ec2.transitionTo(QStringLiteral("ACTIVE"));
    group.createdAtMs = m_ec2.nowMs();
    cluster.nodegroups.insert(name, group);
    return success({ { QStringLiteral("nodegroup"), nodegroupJson(group, cluster) } }, call.record);
}

Ec2Reply EksService::listNodegroups(Call& call, const QString& clusterName)
{
    EksRegionState& clusters = m_regions[call.region];
    advance(clusters);
    if (!clusters.contains(clusterName))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(clusterName)), call.record);
    bool ok = true;
    const QString max = call.query.queryItemValue(QStringLiteral("maxResults"));
    const int pageSize = max.isEmpty() ? 100 : max.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 100)
        return failure(badParameter(QStringLiteral("maxResults must be between 1 and 100")), call.record);
    const QStringList names = clusters.value(clusterName).nodegroups.keys();
    const QString token = call.query.queryItemValue(QStringLiteral("nextToken"));
    const int from = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || from < 0 || from > names.size())
        return failure(badParameter(QStringLiteral("The nextToken is not valid.")), call.record);
    QJsonObject out { { QStringLiteral("nodegroups"), QJsonArray::fromStringList(names.mid(from, pageSize)) } };
    if (from + pageSize < names.size())
        out.insert(QStringLiteral("nextToken"), QString::number(from + pageSize));
    return success(out, call.record);
}

Ec2Reply EksService::describeNodegroup(Call& call, const QString& clusterName, const QString& name)
{
    EksRegionState& clusters = m_regions[call.region];
    advance(clusters);
    if (!clusters.contains(clusterName))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(clusterName)), call.record);
    const EksCluster& cluster = clusters.value(clusterName);
    if (!cluster.nodegroups.contains(name))
        return failure(notFound(QStringLiteral("No node group found for name: %1.").arg(name)), call.record);
    return success(
        { { QStringLiteral("nodegroup"), nodegroupJson(cluster.nodegroups.value(name), cluster) } }, call.record);
}

Ec2Reply EksService::deleteNodegroup(Call& call, const QString& clusterName, const QString& name)
{
    EksRegionState& clusters = m_regions[call.region];
    if (!clusters.contains(clusterName))
        return failure(notFound(QStringLiteral("No cluster found for name: %1.").arg(clusterName)), call.record);
    EksCluster& cluster = clusters[clusterName];
    if (!cluster.nodegroups.contains(name))
        return failure(notFound(QStringLiteral("No node group found for name: %1.").arg(name)), call.record);
    EksNodegroup& group = cluster.nodegroups[name];
    if (group.status != QLatin1String("DELETING")) {
        group.status = QStringLiteral("DELETING");
        group.transition = m_ec2.transitionTo(QStringLiteral("DELETED"));
    }
    return success({ { QStringLiteral("nodegroup"), nodegroupJson(group, cluster) } }, call.record);
}

} // namespace Barista
