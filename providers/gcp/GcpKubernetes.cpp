// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpKubernetes.h"

#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

QString nameOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// GKE sends int64 fields as JSON numbers or strings depending on the field; accept both.
int number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toInt() : v.toInt();
}

Iid named(const QString& name)
{
    return name.isEmpty() ? Iid() : Iid { name, name };
}

NodeGroupInfo toNodeGroup(const QJsonObject& pool)
{
    NodeGroupInfo group;
    group.iid = named(text(pool, "name"));
    const QJsonObject config = pool.value(QLatin1String("config")).toObject();
    group.specName = text(config, "machineType");
    group.imageName = text(config, "imageType");
    group.rootDiskSizeGb = number(config, "diskSizeGb");
    const QJsonObject scaling = pool.value(QLatin1String("autoscaling")).toObject();
    group.onAutoScaling = scaling.value(QLatin1String("enabled")).toBool();
    group.desiredNodeSize = number(pool, "initialNodeCount");
    group.minNodeSize = group.onAutoScaling ? number(scaling, "minNodeCount") : group.desiredNodeSize;
    group.maxNodeSize = group.onAutoScaling ? number(scaling, "maxNodeCount") : group.desiredNodeSize;
    const QString status = text(pool, "status");
    // A node pool has RUNNING_WITH_ERROR instead of DEGRADED; both fall to Inactive.
    group.status = GcpKubernetes::clusterStatus(status);
    return group;
}

QJsonObject toNodePool(const NodeGroupInfo& group, const QJsonObject& labels)
{
    QJsonObject config { { QStringLiteral("labels"), labels }, { QStringLiteral("resourceLabels"), labels } };
    if (!group.specName.isEmpty())
        config.insert(QStringLiteral("machineType"), group.specName);
    if (!group.imageName.isEmpty())
        config.insert(QStringLiteral("imageType"), group.imageName);
    if (group.rootDiskSizeGb > 0)
        config.insert(QStringLiteral("diskSizeGb"), group.rootDiskSizeGb);
    QJsonObject pool { { QStringLiteral("name"), group.iid.nameId },
        { QStringLiteral("initialNodeCount"), group.desiredNodeSize }, { QStringLiteral("config"), config } };
    if (group.onAutoScaling)
        pool.insert(QStringLiteral("autoscaling"),
            QJsonObject { { QStringLiteral("enabled"), true }, { QStringLiteral("minNodeCount"), group.minNodeSize },
                { QStringLiteral("maxNodeCount"), group.maxNodeSize } });
    return pool;
}

} // namespace

GcpKubernetes::GcpKubernetes(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QString GcpKubernetes::collection() const
{
    return QStringLiteral("projects/%1/locations/%2/clusters").arg(m_session.project(), m_session.zone());
}

ClusterStatus GcpKubernetes::clusterStatus(const QString& status)
{
    if (status == QLatin1String("PROVISIONING"))
        return ClusterStatus::Creating;
    if (status == QLatin1String("RUNNING"))
        return ClusterStatus::Active;
    if (status == QLatin1String("RECONCILING"))
        return ClusterStatus::Updating;
    if (status == QLatin1String("STOPPING"))
        return ClusterStatus::Deleting;
    return ClusterStatus::Inactive; // ERROR, DEGRADED, RUNNING_WITH_ERROR, STATUS_UNSPECIFIED
}

ClusterInfo GcpKubernetes::toCluster(const QJsonObject& cluster)
{
    ClusterInfo info;
    info.iid = named(text(cluster, "name"));
    info.version = text(cluster, "currentMasterVersion");
    if (info.version.isEmpty())
        info.version = text(cluster, "initialClusterVersion");
    info.vpcIid = named(GcpMapper::lastSegment(text(cluster, "network")));
    if (const QString subnet = GcpMapper::lastSegment(text(cluster, "subnetwork")); !subnet.isEmpty())
        info.subnetIids = { named(subnet) };
    for (const QJsonValue& pool : cluster.value(QLatin1String("nodePools")).toArray())
        info.nodeGroups.append(toNodeGroup(pool.toObject()));
    const QString status = text(cluster, "status");
    info.status = clusterStatus(status);
    // GKE reports the control plane's IP address; the API server listens on HTTPS there.
    const QString endpoint = text(cluster, "endpoint");
    info.endpoint = endpoint.isEmpty() ? QString() : QStringLiteral("https://") + endpoint;
    info.tags
        = GcpMapper::tagsOf(QJsonObject { { QStringLiteral("labels"), cluster.value(QLatin1String("resourceLabels")) },
            { QStringLiteral("description"), cluster.value(QLatin1String("description")) } });
    info.createdAt = QDateTime::fromString(text(cluster, "createTime"), Qt::ISODateWithMs).toUTC();
    for (const char* key : { "status", "statusMessage", "location", "endpoint", "selfLink", "id", "currentNodeCount",
             "clusterIpv4Cidr", "servicesIpv4Cidr" }) {
        if (cluster.contains(QLatin1String(key)))
            info.extra.insert(QLatin1String(key), cluster.value(QLatin1String(key)));
    }
    return info;
}

Result<ResourcePage> GcpKubernetes::list(const ListRequest& request)
{
    Q_UNUSED(request) // clusters.list has neither pageSize nor pageToken
    const Result<QJsonObject> answer = m_session.container(QByteArrayLiteral("GET"), collection());
    if (!answer.ok())
        return answer.error();
    ResourcePage out;
    for (const QJsonValue& cluster : answer.value().value(QLatin1String("clusters")).toArray())
        out.items.append(toCluster(cluster.toObject()));
    return out;
}

Result<Resource> GcpKubernetes::get(const QString& name)
{
    const Result<QJsonObject> cluster
        = m_session.container(QByteArrayLiteral("GET"), collection() + QLatin1Char('/') + name);
    if (!cluster.ok())
        return cluster.error();
    return Resource(toCluster(cluster.value()));
}

Result<Resource> GcpKubernetes::create(const ClusterInfo& request, const MutationContext& context)
{
    if (request.vpcIid.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("required"),
            QCoreApplication::translate("GcpKubernetes", "A GKE cluster needs the VPC network it runs in."));
    if (request.subnetIids.size() != 1)
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("required"),
            QCoreApplication::translate("GcpKubernetes", "A GKE cluster needs exactly one subnet of its VPC network."));
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QJsonObject labels = GcpMapper::labels(tags);
    QJsonArray pools;
    for (const NodeGroupInfo& group : request.nodeGroups)
        pools.append(toNodePool(group, labels));
    QJsonObject cluster { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("network"), nameOf(request.vpcIid) },
        { QStringLiteral("subnetwork"), nameOf(request.subnetIids.first()) }, { QStringLiteral("nodePools"), pools },
        { QStringLiteral("resourceLabels"), labels } };
    if (!request.version.isEmpty())
        cluster.insert(QStringLiteral("initialClusterVersion"), request.version);
    const Result<QJsonObject> accepted = m_session.container(
        QByteArrayLiteral("POST"), collection(), QJsonObject { { QStringLiteral("cluster"), cluster } });
    if (!accepted.ok()) {
        // No requestId in GKE: a retry after a lost answer meets its own cluster. Ours when it
        // carries every label this job sets (the journal's token among them).
        if (accepted.error().kind != CloudError::Kind::Conflict || context.idempotencyToken.isEmpty())
            return accepted.error();
        const Result<Resource> existing = get(request.iid.nameId);
        if (!existing.ok())
            return accepted.error();
        const QMap<QString, QString> found = existing.value().as<ClusterInfo>()->tags;
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            if (found.value(it.key()) != it.value().toString())
                return accepted.error();
        }
        return existing;
    }
    return get(request.iid.nameId);
}

Result<Done> GcpKubernetes::remove(const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context) // clusters.delete takes no requestId; a repeated delete is answered notFound
    const Result<QJsonObject> accepted
        = m_session.container(QByteArrayLiteral("DELETE"), collection() + QLatin1Char('/') + nameOf(iid));
    if (!accepted.ok())
        return accepted.error();
    return Done {};
}

} // namespace Barista
