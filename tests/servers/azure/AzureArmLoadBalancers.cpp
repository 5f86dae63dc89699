// SPDX-License-Identifier: GPL-3.0-or-later
// AzureArmState: Microsoft.Network/loadBalancers. A PUT carries the whole balancer: frontend IP
// configurations (a public IP, whose SKU must match the balancer's, or a subnet with a private IP),
// backend address pools, probes (Tcp/Http/Https) and load-balancing rules that refer to them by
// id. NICs join a pool through ipConfigurations[].properties.loadBalancerBackendAddressPools; on
// read each pool lists them as backendIPConfigurations (read-only, computed as ARM does). Deletes
// refuse a public IP or subnet a frontend uses and a balancer whose pools still have NICs.
#include "tests/servers/azure/AzureArmState.h"

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

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

AzureArmReply invalid(const QString& message)
{
    return AzureArmReply::error(400, QStringLiteral("InvalidRequestFormat"), message);
}

AzureArmReply badReference(const QString& what, const QString& by)
{
    return AzureArmReply::error(400, QStringLiteral("InvalidResourceReference"),
        QStringLiteral("Resource %1 referenced by resource %2 was not found. Please make sure that the referenced "
                       "resource exists, and that both resources are in the same region.").arg(what, by));
}

QStringList idsOf(const QJsonArray& children)
{
    QStringList ids;
    for (const QJsonValue& v : children)
        ids << textAt(v.toObject(), "id").toLower();
    return ids;
}

const QString kLbType = QStringLiteral("microsoft.network/loadbalancers");
const QString kNicType = QStringLiteral("microsoft.network/networkinterfaces");

} // namespace

std::optional<AzureArmReply> AzureArmState::prepareLoadBalancer(QJsonObject& lb)
{
    const QString id = textAt(lb, "id");
    QJsonObject sku = objectAt(lb, "sku");
    if (textAt(sku, "name").isEmpty())
        sku.insert(QStringLiteral("name"), QStringLiteral("Basic"));
    const QString skuName = textAt(sku, "name");
    if (!same(skuName, QStringLiteral("Basic")) && !same(skuName, QStringLiteral("Standard")) && !same(skuName, QStringLiteral("Gateway")))
        return invalid(QStringLiteral("Load balancer SKU '%1' is not valid. Allowed values: Basic, Standard, Gateway.").arg(skuName));
    sku.insert(QStringLiteral("tier"), textAt(sku, "tier").isEmpty() ? QStringLiteral("Regional") : textAt(sku, "tier"));
    lb.insert(QStringLiteral("sku"), sku);
    QJsonObject props = objectAt(lb, "properties");

    // Children get their ids, types and states; names must be there and unique per collection.
    QMap<QString, QJsonArray> children;
    for (const char* key : { "frontendIPConfigurations", "backendAddressPools", "probes", "loadBalancingRules" }) {
        QJsonArray out;
        QStringList names;
        for (const QJsonValue& v : props.value(QLatin1String(key)).toArray()) {
            QJsonObject child = v.toObject();
            const QString name = textAt(child, "name");
            if (name.isEmpty() || names.contains(name.toLower()))
                return invalid(QStringLiteral("Each element of %1 of load balancer %2 needs a unique name.").arg(QLatin1String(key), id));
            names << name.toLower();
            QJsonObject cp = objectAt(child, "properties");
            cp.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
            child.insert(QStringLiteral("properties"), cp);
            child.insert(QStringLiteral("id"), QString(id + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + name));
            child.insert(QStringLiteral("type"), QString(QStringLiteral("Microsoft.Network/loadBalancers/") + QLatin1String(key)));
            child.insert(QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
            out.append(child);
        }
        children.insert(QLatin1String(key), out);
    }

    QJsonArray frontends = children.value(QStringLiteral("frontendIPConfigurations"));
    for (int i = 0; i < frontends.size(); ++i) {
        QJsonObject fe = frontends.at(i).toObject();
        QJsonObject fp = objectAt(fe, "properties");
        const QString pipId = textAt(objectAt(fp, "publicIPAddress"), "id");
        const QString subnetId = textAt(objectAt(fp, "subnet"), "id");
        if (pipId.isEmpty() == subnetId.isEmpty())
            return invalid(QStringLiteral("Frontend IP configuration %1 must reference either a public IP address or a subnet.")
                               .arg(textAt(fe, "id")));
        if (!pipId.isEmpty()) {
            const QJsonObject pip = resource(pipId);
            if (pip.isEmpty())
                return badReference(pipId, textAt(fe, "id"));
            const QString pipSku = textAt(objectAt(pip, "sku"), "name").isEmpty() ? QStringLiteral("Basic") : textAt(objectAt(pip, "sku"), "name");
            if (!same(pipSku, skuName))
                return AzureArmReply::error(400, QStringLiteral("PublicIPAndLBSkuDoNotMatch"),
                    QStringLiteral("%1 sku load balancer %2 cannot reference %3 sku publicIP %4.").arg(skuName, id, pipSku, pipId));
            for (const QJsonObject& other : ofType(kLbType)) {
                if (same(textAt(other, "id"), id))
                    continue;
                for (const QJsonValue& ofe : objectAt(other, "properties").value(QStringLiteral("frontendIPConfigurations")).toArray()) {
                    if (same(textAt(objectAt(objectAt(ofe.toObject(), "properties"), "publicIPAddress"), "id"), pipId))
                        return AzureArmReply::error(400, QStringLiteral("PublicIPAddressInUse"),
                            QStringLiteral("Resource %1 is referenced by %2, it cannot be referenced by %3.")
                                .arg(pipId, textAt(ofe.toObject(), "id"), textAt(fe, "id")));
                }
            }
            fp.insert(QStringLiteral("publicIPAddress"), QJsonObject { { QStringLiteral("id"), textAt(pip, "id") } });
        } else {
            const int cut = subnetId.indexOf(QLatin1String("/subnets/"), 0, Qt::CaseInsensitive);
            QString prefix;
            const QJsonObject vnet = cut > 0 ? resource(subnetId.left(cut)) : QJsonObject {};
            for (const QJsonValue& s : objectAt(vnet, "properties").value(QStringLiteral("subnets")).toArray()) {
                if (same(textAt(s.toObject(), "id"), subnetId))
                    prefix = textAt(objectAt(s.toObject(), "properties"), "addressPrefix");
            }
            if (prefix.isEmpty())
                return badReference(subnetId, textAt(fe, "id"));
            if (same(textAt(fp, "privateIPAllocationMethod"), QStringLiteral("Static"))) {
                if (textAt(fp, "privateIPAddress").isEmpty())
                    return invalid(QStringLiteral("Frontend IP configuration %1 has a static allocation but no privateIPAddress.")
                                       .arg(textAt(fe, "id")));
            } else {
                QStringList octets = prefix.section(QLatin1Char('/'), 0, 0).split(QLatin1Char('.'));
                if (octets.size() == 4)
                    octets[3] = QString::number(200 + (m_ipCounter++ % 50));
                fp.insert(QStringLiteral("privateIPAddress"), octets.join(QLatin1Char('.')));
                fp.insert(QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic"));
            }
        }
        fe.insert(QStringLiteral("properties"), fp);
        frontends.replace(i, fe);
    }

    QJsonArray pools = children.value(QStringLiteral("backendAddressPools"));
    for (int i = 0; i < pools.size(); ++i) {
        QJsonObject pool = pools.at(i).toObject();
        QJsonObject pp = objectAt(pool, "properties");
        pp.remove(QStringLiteral("backendIPConfigurations")); // read-only: computed on read
        pool.insert(QStringLiteral("properties"), pp);
        pools.replace(i, pool);
    }

    QJsonArray probes = children.value(QStringLiteral("probes"));
    for (int i = 0; i < probes.size(); ++i) {
        QJsonObject probe = probes.at(i).toObject();
        QJsonObject pp = objectAt(probe, "properties");
        const QString protocol = textAt(pp, "protocol");
        const int port = pp.value(QStringLiteral("port")).toInt();
        if (!same(protocol, QStringLiteral("Tcp")) && !same(protocol, QStringLiteral("Http")) && !same(protocol, QStringLiteral("Https")))
            return invalid(QStringLiteral("Probe %1 has invalid protocol '%2'. Allowed values: Tcp, Http, Https.").arg(textAt(probe, "id"), protocol));
        if (port < 1 || port > 65535)
            return invalid(QStringLiteral("Probe %1 has invalid port %2. Allowed range 1-65535.").arg(textAt(probe, "id")).arg(port));
        if (!pp.contains(QStringLiteral("intervalInSeconds")))
            pp.insert(QStringLiteral("intervalInSeconds"), 15);
        if (!pp.contains(QStringLiteral("numberOfProbes")))
            pp.insert(QStringLiteral("numberOfProbes"), 2);
        if (pp.value(QStringLiteral("intervalInSeconds")).toInt() < 5)
            return invalid(QStringLiteral("Probe %1 has invalid intervalInSeconds %2. The minimum is 5.")
                               .arg(textAt(probe, "id")).arg(pp.value(QStringLiteral("intervalInSeconds")).toInt()));
        if (pp.value(QStringLiteral("numberOfProbes")).toInt() < 1)
            return invalid(QStringLiteral("Probe %1 has invalid numberOfProbes. The minimum is 1.").arg(textAt(probe, "id")));
        const bool http = !same(protocol, QStringLiteral("Tcp"));
        if (http != !textAt(pp, "requestPath").isEmpty())
            return invalid(http ? QStringLiteral("Probe %1 with protocol %2 must have a requestPath.").arg(textAt(probe, "id"), protocol)
                                : QStringLiteral("Probe %1 with protocol Tcp must not have a requestPath.").arg(textAt(probe, "id")));
        probe.insert(QStringLiteral("properties"), pp);
        probes.replace(i, probe);
    }

    const QStringList frontendIds = idsOf(frontends);
    const QStringList poolIds = idsOf(pools);
    const QStringList probeIds = idsOf(probes);
    QJsonArray rules = children.value(QStringLiteral("loadBalancingRules"));
    for (int i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        QJsonObject rp = objectAt(rule, "properties");
        const QString ruleId = textAt(rule, "id");
        const QString protocol = textAt(rp, "protocol");
        if (!same(protocol, QStringLiteral("Tcp")) && !same(protocol, QStringLiteral("Udp")) && !same(protocol, QStringLiteral("All")))
            return invalid(QStringLiteral("Load balancing rule %1 has invalid protocol '%2'. Allowed values: Tcp, Udp, All.").arg(ruleId, protocol));
        const int frontendPort = rp.value(QStringLiteral("frontendPort")).toInt(-1);
        const int backendPort = rp.value(QStringLiteral("backendPort")).toInt(-1);
        if (frontendPort < 0 || frontendPort > 65534 || backendPort < 0 || backendPort > 65535)
            return invalid(QStringLiteral("Load balancing rule %1 has invalid ports (frontendPort %2, backendPort %3). Allowed ranges "
                                          "0-65534 and 0-65535.").arg(ruleId).arg(frontendPort).arg(backendPort));
        const QString fe = textAt(objectAt(rp, "frontendIPConfiguration"), "id");
        if (fe.isEmpty() || !frontendIds.contains(fe.toLower()))
            return badReference(fe.isEmpty() ? QStringLiteral("(no frontendIPConfiguration)") : fe, ruleId);
        const QString pool = textAt(objectAt(rp, "backendAddressPool"), "id");
        if (!pool.isEmpty() && !poolIds.contains(pool.toLower()))
            return badReference(pool, ruleId);
        const QString probe = textAt(objectAt(rp, "probe"), "id");
        if (!probe.isEmpty() && !probeIds.contains(probe.toLower()))
            return badReference(probe, ruleId);
        if (!rp.contains(QStringLiteral("idleTimeoutInMinutes")))
            rp.insert(QStringLiteral("idleTimeoutInMinutes"), 4);
        if (!rp.contains(QStringLiteral("enableFloatingIP")))
            rp.insert(QStringLiteral("enableFloatingIP"), false);
        rule.insert(QStringLiteral("properties"), rp);
        rules.replace(i, rule);
    }

    props.insert(QStringLiteral("frontendIPConfigurations"), frontends);
    props.insert(QStringLiteral("backendAddressPools"), pools);
    props.insert(QStringLiteral("probes"), probes);
    props.insert(QStringLiteral("loadBalancingRules"), rules);
    lb.insert(QStringLiteral("properties"), props);
    return std::nullopt;
}

std::optional<AzureArmReply> AzureArmState::checkBackendPools(const QJsonObject& ipConfig, const QString& nicId) const
{
    for (const QJsonValue& v : objectAt(ipConfig, "properties").value(QStringLiteral("loadBalancerBackendAddressPools")).toArray()) {
        const QString poolId = textAt(v.toObject(), "id");
        const int cut = poolId.indexOf(QLatin1String("/backendAddressPools/"), 0, Qt::CaseInsensitive);
        const QJsonObject lb = cut > 0 ? resource(poolId.left(cut)) : QJsonObject {};
        if (!idsOf(objectAt(lb, "properties").value(QStringLiteral("backendAddressPools")).toArray()).contains(poolId.toLower()))
            return badReference(poolId.isEmpty() ? QStringLiteral("(no id)") : poolId, nicId);
    }
    return std::nullopt;
}

std::optional<AzureArmReply> AzureArmState::loadBalancerDeleteCheck(const QString& typeLower, const QJsonObject& r) const
{
    const QString id = textAt(r, "id");
    if (typeLower == QLatin1String("microsoft.network/publicipaddresses")
        || typeLower == QLatin1String("microsoft.network/virtualnetworks")) {
        const bool ip = typeLower == QLatin1String("microsoft.network/publicipaddresses");
        for (const QJsonObject& lb : ofType(kLbType)) {
            for (const QJsonValue& v : objectAt(lb, "properties").value(QStringLiteral("frontendIPConfigurations")).toArray()) {
                const QJsonObject fp = objectAt(v.toObject(), "properties");
                if (ip && same(textAt(objectAt(fp, "publicIPAddress"), "id"), id))
                    return AzureArmReply::error(400, QStringLiteral("PublicIPAddressCannotBeDeleted"),
                        QStringLiteral("Public IP address %1 can not be deleted since it is still allocated to resource %2. "
                                       "In order to delete the public IP, disassociate/detach the Public IP address from the resource.")
                            .arg(id, textAt(v.toObject(), "id")));
                const QString subnet = textAt(objectAt(fp, "subnet"), "id");
                if (!ip && subnet.startsWith(id + QLatin1Char('/'), Qt::CaseInsensitive))
                    return AzureArmReply::error(400, QStringLiteral("InUseSubnetCannotBeDeleted"),
                        QStringLiteral("Subnet %1 is in use by %2 and cannot be deleted. In order to delete the subnet, "
                                       "delete all the resources within the subnet. See aka.ms/deletesubnet.")
                            .arg(subnet.section(QLatin1Char('/'), -1), textAt(v.toObject(), "id")));
            }
        }
    } else if (typeLower == kLbType) {
        const QJsonObject decorated = decorate(typeLower, r);
        for (const QJsonValue& v : objectAt(decorated, "properties").value(QStringLiteral("backendAddressPools")).toArray()) {
            const QJsonArray members = objectAt(v.toObject(), "properties").value(QStringLiteral("backendIPConfigurations")).toArray();
            if (!members.isEmpty())
                return AzureArmReply::error(400, QStringLiteral("InUseBackendAddressPoolCannotBeDeleted"),
                    QStringLiteral("Backend address pool %1 of load balancer %2 is in use by %3 and cannot be deleted. Remove "
                                   "the pool from the network interface IP configurations first.")
                        .arg(textAt(v.toObject(), "name"), id, textAt(members.first().toObject(), "id")));
        }
    }
    return std::nullopt;
}

QJsonObject AzureArmState::decorate(const QString& typeLower, QJsonObject r) const
{
    if (typeLower != kLbType)
        return r;
    QJsonObject props = objectAt(r, "properties");
    QJsonArray pools = props.value(QStringLiteral("backendAddressPools")).toArray();
    const QList<QJsonObject> nics = ofType(kNicType);
    for (int i = 0; i < pools.size(); ++i) {
        QJsonObject pool = pools.at(i).toObject();
        QJsonArray members;
        for (const QJsonObject& nic : nics) {
            for (const QJsonValue& c : objectAt(nic, "properties").value(QStringLiteral("ipConfigurations")).toArray()) {
                for (const QJsonValue& p : objectAt(c.toObject(), "properties").value(QStringLiteral("loadBalancerBackendAddressPools")).toArray()) {
                    if (same(textAt(p.toObject(), "id"), textAt(pool, "id")))
                        members.append(QJsonObject { { QStringLiteral("id"), textAt(c.toObject(), "id") } });
                }
            }
        }
        QJsonObject pp = objectAt(pool, "properties");
        if (members.isEmpty())
            pp.remove(QStringLiteral("backendIPConfigurations"));
        else
            pp.insert(QStringLiteral("backendIPConfigurations"), members);
        pool.insert(QStringLiteral("properties"), pp);
        pools.replace(i, pool);
    }
    props.insert(QStringLiteral("backendAddressPools"), pools);
    r.insert(QStringLiteral("properties"), props);
    return r;
}

} // namespace Barista
