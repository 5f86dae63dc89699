// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsKubernetes.h"

#include "models/domain/PendingNodeGroups.h"
#include "providers/aws/AwsCompute.h"
#include "providers/aws/AwsEksMapper.h"
#include "providers/aws/AwsMapper.h"
#include "providers/aws/AwsNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"), message);
}

QString clusterPath(const QString& name)
{
    return QStringLiteral("clusters/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString nodegroupsPath(const QString& cluster)
{
    return clusterPath(cluster) + QStringLiteral("/node-groups");
}

QStringList systemIds(const QList<Iid>& iids)
{
    QStringList out;
    for (const Iid& iid : iids)
        out << iid.systemId;
    return out;
}

} // namespace

AwsKubernetes::AwsKubernetes(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<QJsonObject> AwsKubernetes::describeCluster(const QString& name)
{
    const Result<QJsonObject> answer = m_session.callEks(QByteArrayLiteral("GET"), clusterPath(name));
    if (!answer.ok())
        return answer.error();
    return answer.value().value(QStringLiteral("cluster")).toObject();
}

Result<QStringList> AwsKubernetes::nodegroupNames(const QString& cluster)
{
    QStringList names;
    QString token;
    do {
        if (m_session.isCanceled())
            return AwsSession::canceledError();
        QList<QPair<QString, QString>> query { { QStringLiteral("maxResults"), QStringLiteral("100") } };
        if (!token.isEmpty())
            query.append({ QStringLiteral("nextToken"), token });
        const Result<QJsonObject> page = m_session.callEks(QByteArrayLiteral("GET"), nodegroupsPath(cluster), query);
        if (!page.ok())
            return page.error();
        for (const QJsonValue& name : page.value().value(QStringLiteral("nodegroups")).toArray())
            names << name.toString();
        token = page.value().value(QStringLiteral("nextToken")).toString();
    } while (!token.isEmpty());
    return names;
}

Result<ClusterInfo> AwsKubernetes::assemble(const QJsonObject& cluster)
{
    ClusterInfo info = AwsEksMapper::toCluster(cluster);
    // A cluster still being created has no node groups, and EKS answers their calls only later.
    if (info.status == ClusterStatus::Creating)
        return info;
    const Result<QStringList> names = nodegroupNames(info.iid.nameId);
    if (!names.ok()) {
        // A cluster being deleted may vanish between the two calls: it then has no node groups.
        if (names.error().kind == CloudError::Kind::NotFound && info.status == ClusterStatus::Deleting)
            return info;
        return names.error();
    }
    for (const QString& name : names.value()) {
        const Result<QJsonObject> answer
            = m_session.callEks(QByteArrayLiteral("GET"), nodegroupsPath(info.iid.nameId) + QLatin1Char('/') + name);
        if (!answer.ok()) {
            if (answer.error().kind == CloudError::Kind::NotFound)
                continue; // deleted meanwhile
            return answer.error();
        }
        info.nodeGroups.append(AwsEksMapper::toNodeGroup(answer.value().value(QStringLiteral("nodegroup")).toObject()));
    }
    return info;
}

Result<Resource> AwsKubernetes::get(const QString& name)
{
    const Result<QJsonObject> cluster = describeCluster(name);
    if (!cluster.ok())
        return cluster.error();
    const Result<ClusterInfo> info = assemble(cluster.value());
    if (!info.ok())
        return info.error();
    return Resource(info.value());
}

Result<ResourcePage> AwsKubernetes::list(const ListRequest& request)
{
    QList<QPair<QString, QString>> query;
    if (request.pageSize > 0)
        query.append({ QStringLiteral("maxResults"), QString::number(qBound(1, request.pageSize, 100)) });
    if (!request.pageToken.isEmpty())
        query.append({ QStringLiteral("nextToken"), request.pageToken });
    const Result<QJsonObject> page = m_session.callEks(QByteArrayLiteral("GET"), QStringLiteral("clusters"), query);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& name : page.value().value(QStringLiteral("clusters")).toArray()) {
        const Result<QJsonObject> cluster = describeCluster(name.toString());
        if (!cluster.ok()) {
            if (cluster.error().kind == CloudError::Kind::NotFound)
                continue; // deleted since the list was made
            return cluster.error();
        }
        const Result<ClusterInfo> info = assemble(cluster.value());
        if (!info.ok())
            return info.error();
        out.items.append(info.value());
    }
    out.nextPageToken = page.value().value(QStringLiteral("nextToken")).toString();
    return out;
}

Result<ClusterInfo> AwsKubernetes::resolve(const ClusterInfo& request)
{
    ClusterInfo out = request;
    AwsNetwork network(m_session, m_connection);
    const Result<QString> vpcId = network.resolveVpcId(request.vpcIid);
    if (!vpcId.ok())
        return vpcId.error();
    out.vpcIid.systemId = vpcId.value();
    for (Iid& subnet : out.subnetIids) {
        const Result<QString> id = network.resolveSubnetId(subnet, vpcId.value());
        if (!id.ok())
            return id.error();
        subnet.systemId = id.value();
    }
    for (Iid& group : out.securityGroupIids) {
        const Result<QString> id = network.resolveGroupId(group, vpcId.value());
        if (!id.ok())
            return id.error();
        group.systemId = id.value();
    }
    AwsCompute compute(m_session, m_connection);
    for (NodeGroupInfo& group : out.nodeGroups) {
        // EKS names the key pair (ec2SshKey); an id is looked up for its name.
        if (group.keyPairIid.nameId.isEmpty() && !group.keyPairIid.systemId.isEmpty()) {
            const Result<Resource> key = compute.getKeyPair(group.keyPairIid.systemId);
            if (!key.ok())
                return key.error();
            group.keyPairIid.nameId = key.value().iid().nameId;
        }
    }
    return out;
}

Result<QList<NodeGroupInfo>> AwsKubernetes::createNodegroups(
    const ClusterInfo& request, const QString& cluster, const QStringList& existing, const MutationContext& context)
{
    const QString nodeRole = request.extra.value(QStringLiteral("nodeRoleArn")).toString();
    QList<NodeGroupInfo> pending;
    for (const NodeGroupInfo& group : request.nodeGroups) {
        if (existing.contains(group.iid.nameId))
            continue;
        const QString token = context.idempotencyToken.isEmpty()
            ? QString()
            : context.idempotencyToken + QLatin1Char('-') + group.iid.nameId;
        const QJsonObject body = AwsEksMapper::nodegroupRequest(group, systemIds(request.subnetIids), nodeRole,
            group.keyPairIid.nameId, AwsMapper::tagsFor(group.iid.nameId, {}, context), token);
        const Result<QJsonObject> made
            = m_session.callEks(QByteArrayLiteral("POST"), nodegroupsPath(cluster), {}, &body);
        if (!made.ok())
            return made.error();
    }
    return pending;
}

Result<Resource> AwsKubernetes::create(const ClusterInfo& request, const MutationContext& context)
{
    const QString roleArn = request.extra.value(QStringLiteral("roleArn")).toString();
    if (roleArn.isEmpty())
        return invalid(QCoreApplication::translate("AwsKubernetes",
            "An EKS cluster needs the ARN of its IAM cluster role in the request's extra \"roleArn\"."));
    if (!request.nodeGroups.isEmpty() && request.extra.value(QStringLiteral("nodeRoleArn")).toString().isEmpty())
        return invalid(QCoreApplication::translate("AwsKubernetes",
            "EKS node groups need the ARN of their IAM node role in the request's extra \"nodeRoleArn\"."));
    if (request.vpcIid.isEmpty())
        return invalid(QCoreApplication::translate("AwsKubernetes", "A cluster needs a VPC."));
    if (request.subnetIids.isEmpty())
        return invalid(QCoreApplication::translate("AwsKubernetes", "A cluster needs subnets."));
    for (const NodeGroupInfo& group : request.nodeGroups) {
        if (group.iid.nameId.isEmpty())
            return invalid(QCoreApplication::translate("AwsKubernetes", "A node group needs a name."));
        if (group.minNodeSize < 0 || group.minNodeSize > group.desiredNodeSize
            || group.desiredNodeSize > group.maxNodeSize || group.maxNodeSize < 1)
            return invalid(QCoreApplication::translate(
                "AwsKubernetes", "Node group %1 needs 0 <= min <= desired <= max, max >= 1.")
                               .arg(group.iid.nameId));
    }
    const Result<ClusterInfo> resolved = resolve(request);
    if (!resolved.ok())
        return resolved.error();
    const ClusterInfo& wanted = resolved.value();
    const QString name = wanted.iid.nameId;

    QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("roleArn"), roleArn },
        { QStringLiteral("resourcesVpcConfig"),
            QJsonObject { { QStringLiteral("subnetIds"), QJsonArray::fromStringList(systemIds(wanted.subnetIids)) },
                { QStringLiteral("securityGroupIds"),
                    QJsonArray::fromStringList(systemIds(wanted.securityGroupIids)) } } },
        { QStringLiteral("tags"), AwsEksMapper::tagObject(AwsMapper::tagsFor(name, wanted.tags, context)) } };
    if (!wanted.version.isEmpty())
        body.insert(QStringLiteral("version"), wanted.version);
    if (!context.idempotencyToken.isEmpty())
        body.insert(QStringLiteral("clientRequestToken"), context.idempotencyToken);
    QJsonObject cluster;
    const Result<QJsonObject> made
        = m_session.callEks(QByteArrayLiteral("POST"), QStringLiteral("clusters"), {}, &body);
    if (made.ok()) {
        cluster = made.value().value(QStringLiteral("cluster")).toObject();
    } else {
        // A repeated step: the cluster exists. Ours (same token tag) goes on; anyone else's is
        // EKS's ResourceInUseException, returned as it came.
        if (made.error().kind != CloudError::Kind::Conflict || context.idempotencyToken.isEmpty())
            return made.error();
        const Result<QJsonObject> found = describeCluster(name);
        if (!found.ok())
            return made.error();
        const QJsonObject tags = found.value().value(QStringLiteral("tags")).toObject();
        if (tags.value(AwsMapper::tokenTag()).toString() != context.idempotencyToken)
            return made.error();
        cluster = found.value();
    }

    QList<NodeGroupInfo> pending = wanted.nodeGroups;
    if (AwsEksMapper::status(cluster.value(QStringLiteral("status")).toString()) == ClusterStatus::Active
        && !wanted.nodeGroups.isEmpty()) {
        const Result<QStringList> existing = nodegroupNames(name);
        if (!existing.ok())
            return existing.error();
        const Result<QList<NodeGroupInfo>> left = createNodegroups(wanted, name, existing.value(), context);
        if (!left.ok())
            return left.error();
        pending = left.value();
    }
    const Result<ClusterInfo> info = assemble(cluster);
    if (!info.ok())
        return info.error();
    ClusterInfo out = info.value();
    setPendingNodeGroups(out, pending);
    return Resource(out);
}

Result<Done> AwsKubernetes::remove(const Iid& iid)
{
    const QString name = iid.nameId.isEmpty() ? iid.systemId : iid.nameId;
    const Result<QJsonObject> cluster = describeCluster(name);
    if (!cluster.ok())
        return cluster.error();
    Result<QStringList> groups = nodegroupNames(name);
    if (!groups.ok())
        return groups.error();
    for (const QString& group : groups.value()) {
        const Result<QJsonObject> gone
            = m_session.callEks(QByteArrayLiteral("DELETE"), nodegroupsPath(name) + QLatin1Char('/') + group);
        if (!gone.ok() && gone.error().kind != CloudError::Kind::NotFound)
            return gone.error();
    }
    // EKS refuses DeleteCluster while a node group exists, even one being deleted.
    while (!groups.value().isEmpty()) {
        m_session.pause();
        groups = nodegroupNames(name);
        if (!groups.ok())
            return groups.error();
    }
    const Result<QJsonObject> gone = m_session.callEks(QByteArrayLiteral("DELETE"), clusterPath(name));
    if (!gone.ok() && gone.error().kind != CloudError::Kind::NotFound)
        return gone.error();
    return Done {};
}

} // namespace Barista
