// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackMagnumMapper.h"

#include "providers/openstack/KeystoneAuth.h"
#include "providers/openstack/OpenStackMapper.h"

namespace Barista {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

int number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toInt() : v.toInt();
}

QString labelText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString();
}

/// fixed_network / fixed_subnet hold what the user gave Magnum: a name or an id.
Iid iidOf(const QString& nameOrId)
{
    if (nameOrId.isEmpty())
        return Iid();
    return OpenStackMapper::looksLikeId(nameOrId) ? Iid { QString(), nameOrId } : Iid { nameOrId, QString() };
}

NodeGroupInfo toNodeGroup(const QJsonObject& group, const QJsonObject& cluster, const QMap<QString, QString>& labels)
{
    NodeGroupInfo out;
    out.iid = { str(group, "name"), str(group, "uuid") };
    out.imageName = str(group, "image_id");
    out.specName = str(group, "flavor_id");
    out.keyPairIid = { str(cluster, "keypair"), str(cluster, "keypair") }; // Nova's key pair id is its name
    out.desiredNodeSize = number(group, "node_count");
    // Magnum's cluster autoscaler is switched on by labels; a group's own bounds win when the
    // cloud sends them (the unexpanded nodegroup list does not).
    out.onAutoScaling = labels.value(QStringLiteral("auto_scaling_enabled")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const bool isDefault = group.value(QLatin1String("is_default")).toBool();
    int min = number(group, "min_node_count");
    int max = number(group, "max_node_count");
    if (min <= 0 && isDefault && out.onAutoScaling)
        min = labels.value(QStringLiteral("min_node_count")).toInt();
    if (max <= 0 && isDefault && out.onAutoScaling)
        max = labels.value(QStringLiteral("max_node_count")).toInt();
    out.minNodeSize = min > 0 ? min : out.desiredNodeSize;
    out.maxNodeSize = max > 0 ? max : out.desiredNodeSize;
    const QString status = str(group, "status");
    out.status = status.isEmpty() ? OpenStackMagnumMapper::clusterStatus(str(cluster, "status"))
                                  : OpenStackMagnumMapper::clusterStatus(status);
    return out;
}

} // namespace

ClusterStatus OpenStackMagnumMapper::clusterStatus(const QString& status)
{
    if (status.endsWith(QLatin1String("_FAILED")))
        return ClusterStatus::Inactive;
    if (status.startsWith(QLatin1String("DELETE_")))
        return ClusterStatus::Deleting;
    if (status == QLatin1String("CREATE_IN_PROGRESS"))
        return ClusterStatus::Creating;
    if (status.endsWith(QLatin1String("_IN_PROGRESS")))
        return ClusterStatus::Updating;
    if (status.endsWith(QLatin1String("_COMPLETE")))
        return ClusterStatus::Active;
    return ClusterStatus::Inactive; // unknown to us: shown as not usable, raw status in extra
}

QJsonObject OpenStackMagnumMapper::labels(const QMap<QString, QString>& tags)
{
    QJsonObject out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> OpenStackMagnumMapper::fromLabels(const QJsonObject& labels)
{
    QMap<QString, QString> out;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        out.insert(it.key(), labelText(it.value()));
    return out;
}

QString OpenStackMagnumMapper::tokenOf(const QJsonObject& cluster)
{
    return labelText(cluster.value(QLatin1String("labels")).toObject().value(OpenStackMapper::tokenTag()));
}

ClusterInfo OpenStackMagnumMapper::toCluster(const QJsonObject& cluster, const QJsonArray& nodegroups)
{
    ClusterInfo info;
    info.iid = { str(cluster, "name"), str(cluster, "uuid") };
    const QMap<QString, QString> allLabels = fromLabels(cluster.value(QLatin1String("labels")).toObject());
    info.version = str(cluster, "coe_version");
    if (info.version.isEmpty())
        info.version = allLabels.value(QStringLiteral("kube_tag"));
    info.vpcIid = iidOf(str(cluster, "fixed_network"));
    if (const Iid subnet = iidOf(str(cluster, "fixed_subnet")); !subnet.isEmpty())
        info.subnetIids = { subnet };
    const QString status = str(cluster, "status");
    info.status = clusterStatus(status);
    info.endpoint = str(cluster, "api_address");
    const QJsonValue added = cluster.value(QLatin1String("labels_added"));
    info.tags = added.isObject() ? fromLabels(added.toObject()) : allLabels;
    info.tags.remove(OpenStackMapper::tokenTag());
    info.createdAt = KeystoneAuth::parseTime(str(cluster, "created_at"));

    for (const QJsonValue& value : nodegroups) {
        const QJsonObject group = value.toObject();
        if (str(group, "role") == QLatin1String("master")) {
            info.extra.insert(QStringLiteral("masterCount"), number(group, "node_count"));
            info.extra.insert(QStringLiteral("masterFlavor"), str(group, "flavor_id"));
            continue;
        }
        info.nodeGroups.append(toNodeGroup(group, cluster, allLabels));
    }
    if (nodegroups.isEmpty() && cluster.contains(QLatin1String("node_count"))) {
        // No nodegroups answer (a Magnum before 1.9 would have refused the microversion):
        // the cluster's own worker fields describe its one default group.
        const QJsonObject worker { { QStringLiteral("name"), QStringLiteral("default-worker") },
            { QStringLiteral("flavor_id"), cluster.value(QLatin1String("flavor_id")) },
            { QStringLiteral("node_count"), cluster.value(QLatin1String("node_count")) },
            { QStringLiteral("is_default"), true } };
        info.nodeGroups.append(toNodeGroup(worker, cluster, allLabels));
    }
    if (!info.extra.contains(QLatin1String("masterCount")))
        info.extra.insert(QStringLiteral("masterCount"), number(cluster, "master_count"));
    if (!info.extra.contains(QLatin1String("masterFlavor")) && !str(cluster, "master_flavor_id").isEmpty())
        info.extra.insert(QStringLiteral("masterFlavor"), str(cluster, "master_flavor_id"));

    info.extra.insert(QStringLiteral("status"), status);
    const std::pair<const char*, const char*> copied[] = { { "status_reason", "statusReason" },
        { "health_status", "healthStatus" }, { "cluster_template_id", "clusterTemplateId" }, { "stack_id", "stackId" },
        { "keypair", "keypair" }, { "flavor_id", "flavor" }, { "coe_version", "coeVersion" },
        { "discovery_url", "discoveryUrl" } };
    for (const auto& [wire, ours] : copied) {
        if (!str(cluster, wire).isEmpty())
            info.extra.insert(QLatin1String(ours), str(cluster, wire));
    }
    for (const char* key : { "master_addresses", "node_addresses" }) {
        if (cluster.value(QLatin1String(key)).isArray())
            info.extra.insert(QLatin1String(key) == QLatin1String("master_addresses") ? QStringLiteral("masterAddresses")
                                                                                     : QStringLiteral("nodeAddresses"),
                cluster.value(QLatin1String(key)));
    }
    if (const QString token = tokenOf(cluster); !token.isEmpty())
        info.extra.insert(QStringLiteral("clientToken"), token);
    return info;
}

} // namespace Barista
