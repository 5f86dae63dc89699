// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackKubernetes.h"

#include "models/domain/PendingNodeGroups.h"
#include "providers/openstack/OpenStackMagnumMapper.h"
#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>

#include <algorithm>

namespace Barista {

namespace {

using S = OpenStackService;

const QString kClusters = QStringLiteral("/clusters");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString idOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"), message);
}

/// "v1.27.4" and "1.27.4" name the same Kubernetes release.
QString bareVersion(QString version)
{
    version = version.trimmed();
    if (version.startsWith(QLatin1Char('v'), Qt::CaseInsensitive))
        version.remove(0, 1);
    return version;
}

} // namespace

OpenStackKubernetes::OpenStackKubernetes(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<QJsonObject> OpenStackKubernetes::read(const QString& idOrName)
{
    // Magnum answers a cluster as the body itself (no wrapping member); a name shared by two
    // clusters is its 409, passed on verbatim.
    return m_session.get(S::ContainerInfra, kClusters + QLatin1Char('/') + idOrName);
}

Result<ClusterInfo> OpenStackKubernetes::describe(const QJsonObject& cluster)
{
    const QString uuid = str(cluster, "uuid");
    const Result<QJsonArray> groups
        = m_session.all(S::ContainerInfra, kClusters + QLatin1Char('/') + uuid + QStringLiteral("/nodegroups"), QStringLiteral("nodegroups"));
    if (!groups.ok())
        return groups.error();
    return OpenStackMagnumMapper::toCluster(cluster, groups.value());
}

Result<ResourcePage> OpenStackKubernetes::list(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(
        S::ContainerInfra, kClusters, QStringLiteral("clusters"), QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    // The collection holds a few fields per cluster; the rest (address, version, labels,
    // network) and the node groups come from each cluster's own answers.
    for (const QJsonValue& item : page.value().items) {
        const Result<QJsonObject> body = read(str(item.toObject(), "uuid"));
        if (!body.ok() && body.error().kind == CloudError::Kind::NotFound)
            continue; // deleted between the two answers
        if (!body.ok())
            return body.error();
        const Result<ClusterInfo> cluster = describe(body.value());
        if (!cluster.ok())
            return cluster.error();
        out.items.append(Resource(cluster.value()));
    }
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackKubernetes::get(const QString& idOrName)
{
    const Result<QJsonObject> body = read(idOrName);
    if (!body.ok())
        return body.error();
    const Result<ClusterInfo> cluster = describe(body.value());
    if (!cluster.ok())
        return cluster.error();
    return Resource(cluster.value());
}

Result<QJsonObject> OpenStackKubernetes::findOwn(const QString& name, const QString& token)
{
    // The collection has neither labels nor a name filter: read the clusters of that name.
    const Result<QJsonArray> clusters = m_session.all(S::ContainerInfra, kClusters, QStringLiteral("clusters"));
    if (!clusters.ok())
        return clusters.error();
    for (const QJsonValue& item : clusters.value()) {
        if (str(item.toObject(), "name") != name)
            continue;
        const Result<QJsonObject> cluster = read(str(item.toObject(), "uuid"));
        if (!cluster.ok() && cluster.error().kind == CloudError::Kind::NotFound)
            continue;
        if (!cluster.ok())
            return cluster.error();
        if (OpenStackMagnumMapper::tokenOf(cluster.value()) == token)
            return cluster.value();
    }
    return QJsonObject();
}

Result<QString> OpenStackKubernetes::chooseTemplate(const ClusterInfo& request)
{
    const QString wanted = request.extra.value(QLatin1String("clusterTemplate")).toString();
    if (!wanted.isEmpty())
        return wanted;
    const Result<QJsonArray> templates = m_session.all(S::ContainerInfra, QStringLiteral("/clustertemplates"), QStringLiteral("clustertemplates"));
    if (!templates.ok())
        return templates.error();
    QList<QJsonObject> kubernetes;
    QList<QJsonObject> matching;
    QStringList names;
    for (const QJsonValue& value : templates.value()) {
        const QJsonObject t = value.toObject();
        if (str(t, "coe") != QLatin1String("kubernetes"))
            continue;
        kubernetes.append(t);
        const QString tag = OpenStackMagnumMapper::fromLabels(t.value(QLatin1String("labels")).toObject()).value(QStringLiteral("kube_tag"));
        names.append(tag.isEmpty() ? str(t, "name") : QStringLiteral("%1 (%2)").arg(str(t, "name"), tag));
        if (!request.version.isEmpty() && bareVersion(tag) == bareVersion(request.version))
            matching.append(t);
    }
    const QList<QJsonObject>& candidates = request.version.isEmpty() ? kubernetes : matching;
    if (candidates.size() == 1)
        return str(candidates.first(), "uuid");
    if (kubernetes.isEmpty())
        return invalid(QCoreApplication::translate("OpenStackKubernetes",
            "This OpenStack cloud has no Kubernetes cluster template in region %1; Magnum needs one to make a cluster.")
                           .arg(m_connection.region));
    if (!request.version.isEmpty() && matching.isEmpty())
        return invalid(QCoreApplication::translate("OpenStackKubernetes",
            "No Kubernetes cluster template has version %1. The templates are: %2.")
                           .arg(request.version, names.join(QStringLiteral(", "))));
    return invalid(QCoreApplication::translate("OpenStackKubernetes",
        "Several Kubernetes cluster templates fit: %1. Name one in the cluster's clusterTemplate setting.")
                       .arg(names.join(QStringLiteral(", "))));
}

Result<Resource> OpenStackKubernetes::create(const ClusterInfo& request, const MutationContext& context)
{
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonObject> own = findOwn(request.iid.nameId, context.idempotencyToken);
        if (!own.ok())
            return own.error();
        if (!own.value().isEmpty())
            return finish(request, own.value());
    }
    const Result<QString> clusterTemplate = chooseTemplate(request);
    if (!clusterTemplate.ok())
        return clusterTemplate.error();

    QMap<QString, QString> tags = OpenStackMapper::tagsFor(request.tags, context);
    QJsonObject body { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("cluster_template_id"), clusterTemplate.value() },
        { QStringLiteral("master_count"), qMax(1, request.extra.value(QLatin1String("masterCount")).toInt(1)) },
        { QStringLiteral("merge_labels"), true } };
    if (const QString masterFlavor = request.extra.value(QLatin1String("masterFlavor")).toString(); !masterFlavor.isEmpty())
        body.insert(QStringLiteral("master_flavor_id"), masterFlavor);
    if (!request.nodeGroups.isEmpty()) {
        const NodeGroupInfo& group = request.nodeGroups.first();
        body.insert(QStringLiteral("node_count"), group.desiredNodeSize);
        if (!group.specName.isEmpty())
            body.insert(QStringLiteral("flavor_id"), group.specName);
        if (!group.keyPairIid.isEmpty())
            body.insert(QStringLiteral("keypair"), idOf(group.keyPairIid));
        if (group.onAutoScaling) {
            // Magnum's documented autoscaler labels; the cluster autoscaler reads them.
            tags.insert(QStringLiteral("auto_scaling_enabled"), QStringLiteral("true"));
            tags.insert(QStringLiteral("min_node_count"), QString::number(group.minNodeSize));
            tags.insert(QStringLiteral("max_node_count"), QString::number(group.maxNodeSize));
        }
    }
    if (!request.vpcIid.isEmpty())
        body.insert(QStringLiteral("fixed_network"), idOf(request.vpcIid));
    if (!request.subnetIids.isEmpty())
        body.insert(QStringLiteral("fixed_subnet"), idOf(request.subnetIids.first()));
    body.insert(QStringLiteral("labels"), OpenStackMagnumMapper::labels(tags));

    const Result<QJsonObject> accepted = m_session.post(S::ContainerInfra, kClusters, body);
    if (!accepted.ok())
        return accepted.error();
    const QString uuid = str(accepted.value(), "uuid");
    if (uuid.isEmpty())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("OpenStackKubernetes", "Magnum accepted the cluster but answered no uuid."));
    const Result<QJsonObject> cluster = read(uuid);
    if (!cluster.ok())
        return cluster.error();
    return finish(request, cluster.value());
}

Result<Resource> OpenStackKubernetes::finish(const ClusterInfo& request, const QJsonObject& cluster)
{
    Result<ClusterInfo> info = describe(cluster);
    if (!info.ok())
        return info.error();
    // The first requested group is the cluster's default worker group; the others are extra
    // nodegroups, found again by name.
    QList<NodeGroupInfo> pending;
    for (qsizetype i = 1; i < request.nodeGroups.size(); ++i) {
        const NodeGroupInfo& wanted = request.nodeGroups[i];
        const bool made = std::any_of(info.value().nodeGroups.cbegin(), info.value().nodeGroups.cend(),
            [&wanted](const NodeGroupInfo& group) { return group.iid.nameId == wanted.iid.nameId; });
        if (!made)
            pending.append(wanted);
    }
    // Magnum takes a nodegroup only once the cluster has an API address (before, its 409
    // "Cluster API address is not available yet"): until then they stay pending.
    if (!pending.isEmpty() && info.value().status == ClusterStatus::Active && !info.value().endpoint.isEmpty()) {
        const QString path = kClusters + QLatin1Char('/') + info.value().iid.systemId + QStringLiteral("/nodegroups");
        for (const NodeGroupInfo& group : std::as_const(pending)) {
            QJsonObject body { { QStringLiteral("name"), group.iid.nameId }, { QStringLiteral("node_count"), group.desiredNodeSize },
                { QStringLiteral("role"), QStringLiteral("worker") } };
            if (!group.specName.isEmpty())
                body.insert(QStringLiteral("flavor_id"), group.specName);
            if (!group.imageName.isEmpty())
                body.insert(QStringLiteral("image_id"), group.imageName);
            if (group.onAutoScaling) {
                body.insert(QStringLiteral("min_node_count"), group.minNodeSize);
                body.insert(QStringLiteral("max_node_count"), group.maxNodeSize);
            }
            // No labels: Magnum copies the cluster's (our tags and token among them).
            const Result<QJsonObject> accepted = m_session.post(S::ContainerInfra, path, body);
            if (!accepted.ok())
                return accepted.error();
        }
        pending.clear();
        const Result<QJsonObject> again = read(info.value().iid.systemId);
        if (!again.ok())
            return again.error();
        info = describe(again.value());
        if (!info.ok())
            return info.error();
    }
    ClusterInfo out = info.value();
    setPendingNodeGroups(out, pending);
    return Resource(out);
}

Result<Done> OpenStackKubernetes::remove(const Iid& iid)
{
    // Magnum deletes the node groups and the Heat stack itself; 204 means it accepted that.
    return m_session.remove(S::ContainerInfra, kClusters + QLatin1Char('/') + idOf(iid));
}

} // namespace Barista
