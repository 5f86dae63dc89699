// SPDX-License-Identifier: GPL-3.0-or-later
// AzureArmState: Microsoft.ContainerService/managedClusters (AKS) with agentPoolProfiles inline.
// PUT validates as AKS does (a system pool, pool names, VM sizes, counts, Kubernetes version,
// identity, dnsPrefix, an existing vnetSubnetID) and answers 201 with provisioningState Creating
// plus Azure-AsyncOperation/Location under Microsoft.ContainerService/locations/{l}/operations; the
// cluster turns Succeeded (powerState Running) when its operation ends: on polls of the operation or
// on GETs of the cluster, asyncPolls steps after the PUT. A PUT while an operation is in progress is
// refused (409 OperationNotAllowed). DELETE answers 202 with provisioningState Deleting and the
// cluster (and its pools) are gone when that operation ends. A subnet used by a cluster's pool cannot
// be deleted, nor its virtual network.
#include "tests/servers/azure/AzureArmCatalog.h"
#include "tests/servers/azure/AzureArmState.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace Barista {

namespace {

QJsonObject objectAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString textAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool same(const QString& a, const char* b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

const QStringList& supportedVersions()
{
    static const QStringList versions { QStringLiteral("1.29.9"), QStringLiteral("1.29.10"), QStringLiteral("1.30.5"),
        QStringLiteral("1.30.6"), QStringLiteral("1.31.1"), QStringLiteral("1.31.2") };
    return versions;
}

// "1.30" (a minor version, as AKS accepts) -> its newest patch; an unsupported one -> empty.
QString resolveVersion(const QString& asked)
{
    if (asked.isEmpty())
        return QStringLiteral("1.30.6"); // the region's default
    QString found;
    for (const QString& v : supportedVersions()) {
        if (v == asked || v.startsWith(asked + QLatin1Char('.')))
            found = v;
    }
    return found;
}

AzureArmReply invalidParameter(const QString& message)
{
    return AzureArmReply::error(400, QStringLiteral("InvalidParameter"), message);
}

} // namespace

std::optional<AzureArmReply> AzureArmState::prepareManagedCluster(QJsonObject& cluster, const QJsonObject& existing)
{
    const QString name = textAt(cluster, "name");
    const QString state = textAt(objectAt(existing, "properties"), "provisioningState");
    if (!existing.isEmpty() && !same(state, "Succeeded") && !same(state, "Failed") && !same(state, "Canceled"))
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation is not allowed because there's an in progress %1 managed cluster operation on "
                           "managed cluster '%2' (provisioningState %3). Please wait for it to finish before starting a new one.")
                .arg(same(state, "Deleting") ? QStringLiteral("delete") : QStringLiteral("create"), name, state));
    QJsonObject props = objectAt(cluster, "properties");
    const QJsonObject identity = objectAt(cluster, "identity");
    if (identity.isEmpty() && objectAt(props, "servicePrincipalProfile").isEmpty())
        return invalidParameter(QStringLiteral("The managed cluster '%1' needs either an identity or a servicePrincipalProfile.").arg(name));
    if (!identity.isEmpty() && !same(textAt(identity, "type"), "SystemAssigned") && !same(textAt(identity, "type"), "UserAssigned"))
        return invalidParameter(QStringLiteral("The value of parameter identity.type is invalid: '%1'.").arg(textAt(identity, "type")));
    static const QRegularExpression dns(QStringLiteral("^[a-zA-Z0-9]([a-zA-Z0-9-]{0,52}[a-zA-Z0-9])?$"));
    const QString dnsPrefix = textAt(props, "dnsPrefix");
    if (!dns.match(dnsPrefix).hasMatch())
        return AzureArmReply::error(400, QStringLiteral("InvalidDnsPrefix"),
            QStringLiteral("The value of parameter dnsPrefix '%1' is invalid. It must contain between 1 and 54 characters, "
                           "only letters, digits and hyphens, and start and end with a letter or digit.").arg(dnsPrefix));
    const QString version = resolveVersion(textAt(props, "kubernetesVersion"));
    if (version.isEmpty())
        return AzureArmReply::error(400, QStringLiteral("K8sVersionNotSupported"),
            QStringLiteral("Managed cluster %1 is on version %2, which is not supported in this region. Please use "
                           "[az aks get-versions] command to get the supported version list in this region.")
                .arg(name, textAt(props, "kubernetesVersion")));

    const QJsonArray asked = props.value(QStringLiteral("agentPoolProfiles")).toArray();
    bool hasSystem = false;
    for (const QJsonValue& v : asked)
        hasSystem = hasSystem || same(textAt(v.toObject(), "mode"), "System");
    if (!hasSystem)
        return AzureArmReply::error(400, QStringLiteral("MustDefineAtLeastOneSystemPool"), QStringLiteral("Must define at least one system pool."));
    static const QRegularExpression poolName(QStringLiteral("^[a-z][a-z0-9]{0,11}$"));
    QJsonArray pools;
    QStringList names;
    for (const QJsonValue& v : asked) {
        QJsonObject pool = v.toObject();
        const QString pn = textAt(pool, "name");
        if (!poolName.match(pn).hasMatch())
            return invalidParameter(QStringLiteral("The value of parameter agentPoolProfile.name is invalid. "
                                                   "Please see https://aka.ms/aks-naming-rules for more details."));
        if (names.contains(pn))
            return invalidParameter(QStringLiteral("The agent pool name '%1' is used more than once.").arg(pn));
        names.append(pn);
        const QString size = textAt(pool, "vmSize");
        if (AzureArmCatalog::coresOf(size) == 0)
            return AzureArmReply::error(400, QStringLiteral("VMSizeNotSupported"),
                QStringLiteral("The VM size of %1 is not supported for creation of VMs/Virtual Machine Scale Set in this region.")
                    .arg(size.isEmpty() ? QStringLiteral("''") : size));
        const int count = pool.value(QStringLiteral("count")).toInt(1);
        const bool autoscale = pool.value(QStringLiteral("enableAutoScaling")).toBool();
        if (autoscale) {
            const int lo = pool.value(QStringLiteral("minCount")).toInt(-1);
            const int hi = pool.value(QStringLiteral("maxCount")).toInt(-1);
            if (lo < 0 || hi < lo || count < lo || count > hi)
                return invalidParameter(QStringLiteral("The agent pool '%1' has count %2, which must be between minCount %3 and maxCount %4 "
                                                       "when enableAutoScaling is true.").arg(pn).arg(count).arg(lo).arg(hi));
        } else if (pool.contains(QStringLiteral("minCount")) || pool.contains(QStringLiteral("maxCount"))) {
            return invalidParameter(QStringLiteral("The agent pool '%1' sets minCount/maxCount but enableAutoScaling is false; "
                                                   "they must be null when autoscaling is disabled.").arg(pn));
        } else if (count < 1 || count > 1000) {
            return invalidParameter(QStringLiteral("The agent pool '%1' count %2 is out of range [1, 1000].").arg(pn).arg(count));
        }
        const QString subnetId = textAt(pool, "vnetSubnetID");
        if (!subnetId.isEmpty()) {
            // /subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/n
            const QStringList part = subnetId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (part.size() != 10 || !same(part[0], "subscriptions") || !same(part[8], "subnets"))
                return AzureArmReply::error(400, QStringLiteral("LinkedInvalidPropertyId"),
                    QStringLiteral("Property id '%1' at path 'properties.agentPoolProfiles[%2].vnetSubnetID' is invalid. Expect fully "
                                   "qualified resource Id that start with '/subscriptions/{subscriptionId}' or "
                                   "'/providers/{resourceProviderNamespace}/'.").arg(subnetId).arg(names.size() - 1));
            bool found = false;
            const QJsonObject vnet = resource(subnetId.section(QLatin1Char('/'), 0, 8));
            for (const QJsonValue& s : objectAt(vnet, "properties").value(QStringLiteral("subnets")).toArray())
                found = found || textAt(s.toObject(), "name").compare(part[9], Qt::CaseInsensitive) == 0;
            if (!found)
                return AzureArmReply::error(400, QStringLiteral("SubnetNotFound"),
                    QStringLiteral("Could not find subnet %1 in vnet %2 from resource group %3 of subscription %4.")
                        .arg(part[9], part[7], part[3], part[1]));
            pool.insert(QStringLiteral("vnetSubnetID"), QString(textAt(vnet, "id") + QStringLiteral("/subnets/") + part[9]));
        }
        pool.insert(QStringLiteral("count"), count);
        if (!pool.contains(QStringLiteral("osDiskSizeGB")))
            pool.insert(QStringLiteral("osDiskSizeGB"), 128);
        if (!pool.contains(QStringLiteral("type")))
            pool.insert(QStringLiteral("type"), QStringLiteral("VirtualMachineScaleSets"));
        pool.insert(QStringLiteral("osType"), QStringLiteral("Linux"));
        pool.insert(QStringLiteral("osSKU"), QStringLiteral("Ubuntu"));
        pool.insert(QStringLiteral("osDiskType"), QStringLiteral("Managed"));
        pool.insert(QStringLiteral("maxPods"), 30);
        pool.insert(QStringLiteral("orchestratorVersion"), version);
        pool.insert(QStringLiteral("currentOrchestratorVersion"), version);
        pool.insert(QStringLiteral("nodeImageVersion"), QStringLiteral("AKSUbuntu-2204gen2containerd-202411.12.0"));
        pool.insert(QStringLiteral("provisioningState"), QStringLiteral("Creating"));
        pool.insert(QStringLiteral("powerState"), QJsonObject { { QStringLiteral("code"), QStringLiteral("Running") } });
        pools.append(pool);
    }

    const QString location = textAt(cluster, "location");
    const QString group = textAt(cluster, "id").section(QLatin1Char('/'), 4, 4);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash((textAt(cluster, "id").toLower()).toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    props.insert(QStringLiteral("agentPoolProfiles"), pools);
    props.insert(QStringLiteral("kubernetesVersion"), version);
    props.insert(QStringLiteral("currentKubernetesVersion"), version);
    props.insert(QStringLiteral("fqdn"), QStringLiteral("%1-%2.hcp.%3.azmk8s.io").arg(dnsPrefix, hash, location));
    props.insert(QStringLiteral("azurePortalFQDN"), QStringLiteral("%1-%2.portal.hcp.%3.azmk8s.io").arg(dnsPrefix, hash, location));
    props.insert(QStringLiteral("nodeResourceGroup"), QStringLiteral("MC_%1_%2_%3").arg(group, name, location));
    props.insert(QStringLiteral("enableRBAC"), props.value(QStringLiteral("enableRBAC")).toBool(true));
    props.insert(QStringLiteral("maxAgentPools"), 100);
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Creating"));
    props.insert(QStringLiteral("powerState"), QJsonObject { { QStringLiteral("code"), QStringLiteral("Running") } });
    QJsonObject network = objectAt(props, "networkProfile");
    const auto fill = [&network](const char* key, const QString& value) {
        if (!network.contains(QLatin1String(key)))
            network.insert(QLatin1String(key), value);
    };
    fill("networkPlugin", QStringLiteral("kubenet"));
    fill("serviceCidr", QStringLiteral("10.0.0.0/16"));
    fill("dnsServiceIP", QStringLiteral("10.0.0.10"));
    fill("loadBalancerSku", QStringLiteral("standard"));
    fill("outboundType", QStringLiteral("loadBalancer"));
    props.insert(QStringLiteral("networkProfile"), network);
    if (!identity.isEmpty()) {
        QJsonObject filled = identity;
        filled.insert(QStringLiteral("principalId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        filled.insert(QStringLiteral("tenantId"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        cluster.insert(QStringLiteral("identity"), filled);
        props.insert(QStringLiteral("servicePrincipalProfile"), QJsonObject { { QStringLiteral("clientId"), QStringLiteral("msi") } });
    }
    cluster.insert(QStringLiteral("properties"), props);
    const QString created = textAt(objectAt(existing, "systemData"), "createdAt");
    cluster.insert(QStringLiteral("systemData"),
        QJsonObject { { QStringLiteral("createdAt"), created.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : created },
            { QStringLiteral("createdByType"), QStringLiteral("Application") } });
    return std::nullopt;
}

void AzureArmState::setClusterState(const QString& idLower, const QString& state)
{
    QJsonObject cluster = m_resources.value(idLower);
    if (cluster.isEmpty())
        return;
    QJsonObject props = objectAt(cluster, "properties");
    props.insert(QStringLiteral("provisioningState"), state);
    QJsonArray pools = props.value(QStringLiteral("agentPoolProfiles")).toArray();
    for (int i = 0; i < pools.size(); ++i) {
        QJsonObject pool = pools.at(i).toObject();
        pool.insert(QStringLiteral("provisioningState"), state);
        pools.replace(i, pool);
    }
    props.insert(QStringLiteral("agentPoolProfiles"), pools);
    cluster.insert(QStringLiteral("properties"), props);
    m_resources.insert(idLower, cluster);
}

std::optional<AzureArmReply> AzureArmState::clusterSubnetInUse(const QString& typeLower, const QJsonObject& resource) const
{
    if (typeLower != QLatin1String("microsoft.network/virtualnetworks"))
        return std::nullopt;
    const QString prefix = textAt(resource, "id") + QStringLiteral("/subnets/");
    for (const QJsonObject& cluster : ofType(QStringLiteral("microsoft.containerservice/managedclusters"))) {
        for (const QJsonValue& v : objectAt(cluster, "properties").value(QStringLiteral("agentPoolProfiles")).toArray()) {
            const QString subnet = textAt(v.toObject(), "vnetSubnetID");
            if (subnet.startsWith(prefix, Qt::CaseInsensitive))
                return AzureArmReply::error(400, QStringLiteral("InUseSubnetCannotBeDeleted"),
                    QStringLiteral("Subnet %1 is in use by %2 and cannot be deleted. In order to delete the subnet, "
                                   "delete all the resources within the subnet. See aka.ms/deletesubnet.")
                        .arg(subnet.section(QLatin1Char('/'), -1), textAt(cluster, "id")));
        }
    }
    return std::nullopt;
}

} // namespace Barista
