// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureKubernetes.h"

#include "providers/azure/AzureCompute.h"
#include "providers/azure/AzureJson.h"
#include "providers/azure/AzureMapper.h"
#include "providers/azure/AzureNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

using AzureJson::objectAt;
using AzureJson::textAt;

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"), message);
}

/// ".../virtualNetworks/vnet-1/subnets/subnet-a" -> ".../virtualNetworks/vnet-1".
QString vnetOfSubnet(const QString& subnetId)
{
    const int at = subnetId.lastIndexOf(QLatin1String("/subnets/"), -1, Qt::CaseInsensitive);
    return at < 0 ? QString() : subnetId.left(at);
}

} // namespace

AzureKubernetes::AzureKubernetes(AzureSession& session)
    : m_session(session)
{
}

ClusterStatus AzureKubernetes::status(const QString& provisioningState, const QString& powerState)
{
    const auto is = [&provisioningState](const char* s) { return provisioningState.compare(QLatin1String(s), Qt::CaseInsensitive) == 0; };
    if (is("Creating"))
        return ClusterStatus::Creating;
    if (is("Deleting"))
        return ClusterStatus::Deleting;
    if (is("Succeeded"))
        return powerState.compare(QLatin1String("Stopped"), Qt::CaseInsensitive) == 0 ? ClusterStatus::Inactive
                                                                                        : ClusterStatus::Active;
    if (is("Failed") || is("Canceled"))
        return ClusterStatus::Inactive;
    // Updating, Upgrading, Scaling, Starting, Stopping, Migrating, ...: the cluster is changing.
    return ClusterStatus::Updating;
}

ClusterInfo AzureKubernetes::map(const QJsonObject& cluster)
{
    ClusterInfo info;
    info.iid = AzureMapper::iidOf(cluster);
    const QJsonObject props = objectAt(cluster, "properties");
    info.version = textAt(props, "currentKubernetesVersion");
    if (info.version.isEmpty())
        info.version = textAt(props, "kubernetesVersion");
    const QString state = textAt(props, "provisioningState");
    const QString power = textAt(objectAt(props, "powerState"), "code");
    info.status = status(state, power);
    const QString fqdn = textAt(props, "fqdn");
    if (!fqdn.isEmpty())
        info.endpoint = QStringLiteral("https://%1:443").arg(fqdn); // what kubeconfig's "server" says
    info.tags = AzureMapper::tagsOf(cluster);
    info.createdAt = QDateTime::fromString(textAt(objectAt(cluster, "systemData"), "createdAt"), Qt::ISODateWithMs);
    const QString keyId = info.tags.value(QStringLiteral("barista-keypair"));
    QStringList subnets;
    for (const QJsonValue& v : props.value(QStringLiteral("agentPoolProfiles")).toArray()) {
        const QJsonObject pool = v.toObject();
        NodeGroupInfo group;
        group.iid = { textAt(pool, "name"), info.iid.systemId + QStringLiteral("/agentPools/") + textAt(pool, "name") };
        group.imageName = textAt(pool, "nodeImageVersion");
        if (group.imageName.isEmpty())
            group.imageName = textAt(pool, "osSKU");
        group.specName = textAt(pool, "vmSize");
        group.rootDiskSizeGb = pool.value(QStringLiteral("osDiskSizeGB")).toInt();
        if (!keyId.isEmpty())
            group.keyPairIid = { AzureMapper::nameOfId(keyId), keyId };
        group.onAutoScaling = pool.value(QStringLiteral("enableAutoScaling")).toBool();
        group.desiredNodeSize = pool.value(QStringLiteral("count")).toInt();
        group.minNodeSize = group.onAutoScaling ? pool.value(QStringLiteral("minCount")).toInt() : group.desiredNodeSize;
        group.maxNodeSize = group.onAutoScaling ? pool.value(QStringLiteral("maxCount")).toInt() : group.desiredNodeSize;
        group.status = status(textAt(pool, "provisioningState"), textAt(objectAt(pool, "powerState"), "code"));
        info.nodeGroups.append(group);
        const QString subnet = textAt(pool, "vnetSubnetID");
        if (!subnet.isEmpty() && !subnets.contains(subnet, Qt::CaseInsensitive)) {
            subnets.append(subnet);
            info.subnetIids.append({ AzureMapper::nameOfId(subnet), subnet });
        }
    }
    if (!subnets.isEmpty()) {
        const QString vnet = vnetOfSubnet(subnets.first());
        info.vpcIid = { AzureMapper::nameOfId(vnet), vnet };
    }
    info.extra = QJsonObject { { QStringLiteral("provisioningState"), state }, { QStringLiteral("powerState"), power },
        { QStringLiteral("fqdn"), fqdn }, { QStringLiteral("location"), textAt(cluster, "location") },
        { QStringLiteral("dnsPrefix"), textAt(props, "dnsPrefix") },
        { QStringLiteral("nodeResourceGroup"), textAt(props, "nodeResourceGroup") },
        { QStringLiteral("networkPlugin"), textAt(objectAt(props, "networkProfile"), "networkPlugin") } };
    if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
        info.extra.insert(QStringLiteral("failed"), true);
    return info;
}

Result<ResourcePage> AzureKubernetes::list(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, clusterType(), api(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& cluster : page.value().items)
        out.items.append(map(cluster));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureKubernetes::get(const QString& id)
{
    const Result<QJsonObject> cluster = m_session.get(m_session.resourcePath(clusterType(), id), api());
    if (!cluster.ok())
        return cluster.error();
    return Resource(map(cluster.value()));
}

Result<Resource> AzureKubernetes::create(const ClusterInfo& cluster, const MutationContext& context)
{
    const QString vnet = azureIdOrName(cluster.vpcIid);
    if (vnet.isEmpty() || cluster.subnetIids.isEmpty())
        return invalid(QCoreApplication::translate("AzureKubernetes",
            "An AKS cluster on Azure needs a VPC (virtual network) and a subnet for its nodes."));
    if (cluster.nodeGroups.isEmpty())
        return invalid(QCoreApplication::translate("AzureKubernetes", "An AKS cluster needs at least one node group (its system pool)."));
    if (!cluster.securityGroupIids.isEmpty())
        return invalid(QCoreApplication::translate("AzureKubernetes",
            "AKS manages the security group of its nodes itself; create the cluster without security groups."));
    // AKS keeps one SSH key per cluster (linuxProfile): the node groups must agree on it.
    QString keyName;
    for (const NodeGroupInfo& group : cluster.nodeGroups) {
        const QString key = azureIdOrName(group.keyPairIid);
        if (!key.isEmpty() && !keyName.isEmpty() && key != keyName)
            return invalid(QCoreApplication::translate("AzureKubernetes",
                "AKS takes one key pair for all node groups of a cluster; the request names %1 and %2.").arg(keyName, key));
        if (!key.isEmpty())
            keyName = key;
    }
    // The subnet id is composed, not looked up: a missing network or subnet is AKS's own answer.
    const QString vnetId = m_session.resourcePath(AzureNetwork::vnetType(), vnet);
    const QString subnetName = azureIdOrName(cluster.subnetIids.first());
    const QString subnetId = subnetName.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive)
        ? subnetName
        : vnetId + QStringLiteral("/subnets/") + QString::fromLatin1(QUrl::toPercentEncoding(subnetName));

    QJsonObject key;
    if (!keyName.isEmpty()) {
        const Result<QJsonObject> found = m_session.get(m_session.resourcePath(AzureCompute::keyType(), keyName), AzureApi::compute());
        if (!found.ok())
            return found.error();
        key = found.value();
    }
    const QString path = m_session.resourcePath(clusterType(), cluster.iid.nameId);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    // A retry of this very create finds the cluster it already started: no second PUT (which
    // would be an update of a cluster still Creating).
    const Result<QJsonObject> existing = m_session.get(path, api());
    if (existing.ok()) {
        const QString mine = objectAt(existing.value(), "tags").value(QStringLiteral("barista-token")).toString();
        if (!context.idempotencyToken.isEmpty() && mine == context.idempotencyToken)
            return Resource(map(existing.value()));
        return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("AlreadyExists"),
            QCoreApplication::translate("AzureKubernetes", "%1 already exists.").arg(textAt(existing.value(), "id")));
    }
    if (existing.error().kind != CloudError::Kind::NotFound)
        return existing.error();

    QJsonObject tags = AzureSession::createTags(cluster.tags, context.tags, context.idempotencyToken);
    const QJsonObject poolTags = tags;
    if (!key.isEmpty())
        tags.insert(QStringLiteral("barista-keypair"), textAt(key, "id"));
    QJsonArray pools;
    for (int i = 0; i < cluster.nodeGroups.size(); ++i) {
        const NodeGroupInfo& g = cluster.nodeGroups.at(i);
        QJsonObject pool { { QStringLiteral("name"), g.iid.nameId }, { QStringLiteral("count"), g.desiredNodeSize },
            { QStringLiteral("vmSize"), g.specName }, { QStringLiteral("mode"), i == 0 ? QStringLiteral("System") : QStringLiteral("User") },
            { QStringLiteral("type"), QStringLiteral("VirtualMachineScaleSets") }, { QStringLiteral("osType"), QStringLiteral("Linux") },
            { QStringLiteral("vnetSubnetID"), subnetId }, { QStringLiteral("enableAutoScaling"), g.onAutoScaling },
            { QStringLiteral("tags"), poolTags } };
        if (g.rootDiskSizeGb > 0)
            pool.insert(QStringLiteral("osDiskSizeGB"), g.rootDiskSizeGb);
        // AKS refuses min/max counts on a pool that does not autoscale.
        if (g.onAutoScaling) {
            pool.insert(QStringLiteral("minCount"), g.minNodeSize);
            pool.insert(QStringLiteral("maxCount"), g.maxNodeSize);
        }
        pools.append(pool);
    }
    // dnsPrefix: letters, digits and hyphens, starting and ending with a letter or digit.
    QString dnsPrefix;
    for (const QChar c : cluster.iid.nameId)
        dnsPrefix += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('-');
    while (dnsPrefix.startsWith(QLatin1Char('-')))
        dnsPrefix.remove(0, 1);
    dnsPrefix = dnsPrefix.left(54);
    while (dnsPrefix.endsWith(QLatin1Char('-')))
        dnsPrefix.chop(1);
    if (dnsPrefix.isEmpty())
        dnsPrefix = QStringLiteral("aks");
    // Service addresses outside the usual 10.x virtual networks (AKS's default 10.0.0.0/16 would
    // overlap a 10.0.x subnet); extra may override them.
    const QString serviceCidr = cluster.extra.value(QLatin1String("serviceCidr")).toString(QStringLiteral("172.16.0.0/16"));
    const QString dnsServiceIp = cluster.extra.value(QLatin1String("dnsServiceIP")).toString(QStringLiteral("172.16.0.10"));
    QJsonObject props { { QStringLiteral("dnsPrefix"), dnsPrefix }, { QStringLiteral("agentPoolProfiles"), pools },
        { QStringLiteral("networkProfile"),
            QJsonObject { { QStringLiteral("networkPlugin"), QStringLiteral("azure") },
                { QStringLiteral("loadBalancerSku"), QStringLiteral("standard") }, { QStringLiteral("serviceCidr"), serviceCidr },
                { QStringLiteral("dnsServiceIP"), dnsServiceIp } } } };
    if (!cluster.version.isEmpty())
        props.insert(QStringLiteral("kubernetesVersion"), cluster.version);
    if (!key.isEmpty())
        props.insert(QStringLiteral("linuxProfile"),
            QJsonObject { { QStringLiteral("adminUsername"), QStringLiteral("azureuser") },
                { QStringLiteral("ssh"),
                    QJsonObject { { QStringLiteral("publicKeys"),
                        QJsonArray { QJsonObject { { QStringLiteral("keyData"), objectAt(key, "properties").value(QStringLiteral("publicKey")) } } } } } } });
    const QJsonObject body { { QStringLiteral("location"), m_session.config().location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("identity"), QJsonObject { { QStringLiteral("type"), QStringLiteral("SystemAssigned") } } },
        { QStringLiteral("properties"), props } };
    // Not AzureSession::put: that waits for the operation, and an AKS create takes ~10 minutes.
    const Result<HttpResponse> accepted = m_session.send(QByteArrayLiteral("PUT"), path, api(), body, true);
    if (!accepted.ok())
        return accepted.error();
    const Result<QJsonObject> made = accepted.value().jsonObject();
    if (!made.ok())
        return made.error();
    return Resource(map(made.value()));
}

Result<Done> AzureKubernetes::remove(const Iid& iid)
{
    // Not AzureSession::remove: returns once ARM accepted the delete (202), without waiting for it.
    const Result<HttpResponse> accepted
        = m_session.send(QByteArrayLiteral("DELETE"), m_session.resourcePath(clusterType(), azureIdOrName(iid)), api());
    if (!accepted.ok())
        return accepted.error().kind == CloudError::Kind::NotFound ? Result<Done>(Done {}) : Result<Done>(accepted.error());
    return Done {};
}

} // namespace Barista
