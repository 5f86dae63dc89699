// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureLoadBalancing.h"

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

const QString kIpType = QStringLiteral("Microsoft.Network/publicIPAddresses");
const QString kNlbTag = QStringLiteral("barista-nlb");
const QString kVpcTag = QStringLiteral("barista-vpc");

QJsonObject idRef(const QString& id)
{
    return QJsonObject { { QStringLiteral("id"), id } };
}

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"), message);
}

/// "TCP" -> "Tcp" (ARM's spelling); empty when not one of allowed.
QString armProtocol(const QString& ours, const QStringList& allowed)
{
    for (const QString& p : allowed) {
        if (p.compare(ours, Qt::CaseInsensitive) == 0)
            return p;
    }
    return QString();
}

QString vnetOfSubnet(const QString& subnetId)
{
    const int cut = subnetId.indexOf(QLatin1String("/subnets/"), 0, Qt::CaseInsensitive);
    return cut > 0 ? subnetId.left(cut) : QString();
}

/// The primary (else first) IP configuration's index.
int primaryConfig(const QJsonArray& configs)
{
    for (int i = 0; i < configs.size(); ++i) {
        if (objectAt(configs.at(i).toObject(), "properties").value(QStringLiteral("primary")).toBool())
            return i;
    }
    return 0;
}

bool notFound(const CloudError& error)
{
    return error.kind == CloudError::Kind::NotFound;
}

} // namespace

AzureLoadBalancing::AzureLoadBalancing(AzureSession& session)
    : m_session(session)
{
}

Result<ResourcePage> AzureLoadBalancing::list(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, lbType(), AzureApi::network(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& lb : page.value().items) {
        if (m_session.isCanceled())
            return AzureSession::canceledError();
        out.items.append(map(lb));
    }
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureLoadBalancing::get(const QString& id)
{
    const Result<QJsonObject> lb = m_session.get(m_session.resourcePath(lbType(), id), AzureApi::network());
    if (!lb.ok())
        return lb.error();
    return Resource(map(lb.value()));
}

NlbInfo AzureLoadBalancing::map(const QJsonObject& lb)
{
    NlbInfo nlb;
    nlb.iid = AzureMapper::iidOf(lb);
    nlb.tags = AzureMapper::tagsOf(lb);
    nlb.scope = QStringLiteral("REGION");
    const QJsonObject props = objectAt(lb, "properties");
    const QJsonArray frontends = props.value(QStringLiteral("frontendIPConfigurations")).toArray();
    const QJsonArray rules = props.value(QStringLiteral("loadBalancingRules")).toArray();
    const QJsonArray probes = props.value(QStringLiteral("probes")).toArray();
    const QJsonArray pools = props.value(QStringLiteral("backendAddressPools")).toArray();
    const QJsonObject rule = objectAt(rules.isEmpty() ? QJsonObject {} : rules.first().toObject(), "properties");
    QString vnetId;

    QJsonObject frontend = frontends.isEmpty() ? QJsonObject {} : frontends.first().toObject();
    for (const QJsonValue& v : frontends) {
        if (textAt(v.toObject(), "id").compare(textAt(objectAt(rule, "frontendIPConfiguration"), "id"), Qt::CaseInsensitive) == 0)
            frontend = v.toObject();
    }
    const QJsonObject fp = objectAt(frontend, "properties");
    const QString ipId = textAt(objectAt(fp, "publicIPAddress"), "id");
    if (!ipId.isEmpty()) {
        nlb.type = QStringLiteral("PUBLIC");
        const Result<QJsonObject> ip = m_session.get(ipId, AzureApi::network());
        if (ip.ok()) {
            nlb.listenerIp = textAt(objectAt(ip.value(), "properties"), "ipAddress");
            nlb.listenerDnsName = textAt(objectAt(objectAt(ip.value(), "properties"), "dnsSettings"), "fqdn");
        }
    } else {
        nlb.type = QStringLiteral("INTERNAL");
        nlb.listenerIp = textAt(fp, "privateIPAddress");
        vnetId = vnetOfSubnet(textAt(objectAt(fp, "subnet"), "id"));
    }

    const QString protocol = textAt(rule, "protocol").toUpper();
    nlb.listenerProtocol = protocol.isEmpty() ? nlb.listenerProtocol : protocol;
    nlb.vmGroupProtocol = nlb.listenerProtocol;
    nlb.listenerPort = rule.value(QStringLiteral("frontendPort")).toInt(nlb.listenerPort);
    nlb.vmGroupPort = rule.value(QStringLiteral("backendPort")).toInt(nlb.vmGroupPort);

    QJsonObject probe = probes.isEmpty() ? QJsonObject {} : probes.first().toObject();
    for (const QJsonValue& v : probes) {
        if (textAt(v.toObject(), "id").compare(textAt(objectAt(rule, "probe"), "id"), Qt::CaseInsensitive) == 0)
            probe = v.toObject();
    }
    const QJsonObject pp = objectAt(probe, "properties");
    if (!pp.isEmpty()) {
        nlb.healthProtocol = textAt(pp, "protocol").toUpper();
        nlb.healthPort = pp.value(QStringLiteral("port")).toInt();
        nlb.healthInterval = pp.value(QStringLiteral("intervalInSeconds")).toInt(15);
        nlb.healthTimeout = nlb.healthInterval; // Azure has no per-probe timeout
        nlb.healthThreshold = pp.value(QStringLiteral("probeThreshold")).toInt(pp.value(QStringLiteral("numberOfProbes")).toInt(2));
    }

    QJsonObject pool = pools.isEmpty() ? QJsonObject {} : pools.first().toObject();
    for (const QJsonValue& v : pools) {
        if (textAt(v.toObject(), "id").compare(textAt(objectAt(rule, "backendAddressPool"), "id"), Qt::CaseInsensitive) == 0)
            pool = v.toObject();
    }
    for (const QJsonValue& v : objectAt(pool, "properties").value(QStringLiteral("backendIPConfigurations")).toArray()) {
        const QString configId = textAt(v.toObject(), "id");
        const int cut = configId.indexOf(QLatin1String("/ipConfigurations/"), 0, Qt::CaseInsensitive);
        if (cut <= 0)
            continue;
        const Result<QJsonObject> nic = m_session.get(configId.left(cut), AzureApi::network());
        if (!nic.ok())
            continue;
        const QJsonObject np = objectAt(nic.value(), "properties");
        const QString vmId = textAt(objectAt(np, "virtualMachine"), "id");
        if (!vmId.isEmpty())
            nlb.vms.append(Iid { AzureMapper::nameOfId(vmId), vmId });
        for (const QJsonValue& c : np.value(QStringLiteral("ipConfigurations")).toArray()) {
            if (vnetId.isEmpty())
                vnetId = vnetOfSubnet(textAt(objectAt(objectAt(c.toObject(), "properties"), "subnet"), "id"));
        }
    }
    if (vnetId.isEmpty())
        vnetId = nlb.tags.value(kVpcTag);
    if (!vnetId.isEmpty())
        nlb.vpcIid = Iid { AzureMapper::nameOfId(vnetId), vnetId };
    nlb.extra = QJsonObject { { QStringLiteral("sku"), textAt(objectAt(lb, "sku"), "name") },
        { QStringLiteral("provisioningState"), textAt(props, "provisioningState") },
        { QStringLiteral("location"), textAt(lb, "location") }, { QStringLiteral("frontend"), textAt(frontend, "name") },
        { QStringLiteral("backendPool"), textAt(pool, "name") }, { QStringLiteral("probe"), textAt(probe, "name") },
        { QStringLiteral("publicIp"), ipId } };
    return nlb;
}

Result<AzureLoadBalancing::Member> AzureLoadBalancing::member(const Iid& vmIid, const QString& vnetId)
{
    const Result<QJsonObject> vm = m_session.get(m_session.resourcePath(AzureCompute::vmType(), azureIdOrName(vmIid)), AzureApi::compute());
    if (!vm.ok())
        return vm.error();
    const QJsonArray nics = objectAt(objectAt(vm.value(), "properties"), "networkProfile").value(QStringLiteral("networkInterfaces")).toArray();
    QString nicId = nics.isEmpty() ? QString() : textAt(nics.first().toObject(), "id");
    for (const QJsonValue& n : nics) {
        if (objectAt(n.toObject(), "properties").value(QStringLiteral("primary")).toBool())
            nicId = textAt(n.toObject(), "id");
    }
    const Result<QJsonObject> nic = m_session.get(nicId, AzureApi::network());
    if (!nic.ok())
        return nic.error();
    const QJsonArray configs = objectAt(nic.value(), "properties").value(QStringLiteral("ipConfigurations")).toArray();
    const QString subnet = configs.isEmpty()
        ? QString()
        : textAt(objectAt(objectAt(configs.at(primaryConfig(configs)).toObject(), "properties"), "subnet"), "id");
    if (vnetOfSubnet(subnet).compare(vnetId, Qt::CaseInsensitive) != 0)
        return invalid(QCoreApplication::translate("AzureLoadBalancing", "The VM %1 is not in the virtual network %2.")
                           .arg(textAt(vm.value(), "name"), AzureMapper::nameOfId(vnetId)));
    return Member { textAt(nic.value(), "id"), subnet };
}

Result<Done> AzureLoadBalancing::setPool(const QString& nicId, const QString& poolId, bool join)
{
    const Result<QJsonObject> got = m_session.get(nicId, AzureApi::network());
    if (!got.ok())
        return !join && notFound(got.error()) ? Result<Done>(Done {}) : Result<Done>(got.error());
    QJsonObject nic = got.value();
    QJsonObject props = objectAt(nic, "properties");
    QJsonArray configs = props.value(QStringLiteral("ipConfigurations")).toArray();
    bool changed = false;
    for (int i = 0; i < configs.size(); ++i) {
        QJsonObject config = configs.at(i).toObject();
        QJsonObject cp = objectAt(config, "properties");
        QJsonArray pools = cp.value(QStringLiteral("loadBalancerBackendAddressPools")).toArray();
        bool member = false;
        for (int p = pools.size() - 1; p >= 0; --p) {
            if (textAt(pools.at(p).toObject(), "id").compare(poolId, Qt::CaseInsensitive) != 0)
                continue;
            member = true;
            if (!join) {
                pools.removeAt(p);
                changed = true;
            }
        }
        if (join && !member && i == primaryConfig(configs)) {
            pools.append(idRef(poolId));
            changed = true;
        }
        cp.insert(QStringLiteral("loadBalancerBackendAddressPools"), pools);
        config.insert(QStringLiteral("properties"), cp);
        configs.replace(i, config);
    }
    if (!changed)
        return Done {};
    props.insert(QStringLiteral("ipConfigurations"), configs);
    nic.insert(QStringLiteral("properties"), props);
    const Result<QJsonObject> put = m_session.put(nicId, AzureApi::network(), nic);
    if (!put.ok())
        return !join && notFound(put.error()) ? Result<Done>(Done {}) : Result<Done>(put.error());
    return Done {};
}

Result<Done> AzureLoadBalancing::removeOwnIps(const QString& lbName, const QStringList& ipIds)
{
    QStringList seen;
    for (const QString& ipId : ipIds) {
        if (seen.contains(ipId.toLower()))
            continue;
        seen << ipId.toLower();
        const Result<QJsonObject> ip = m_session.get(ipId, AzureApi::network());
        if (!ip.ok()) {
            if (notFound(ip.error()))
                continue;
            return ip.error();
        }
        if (AzureMapper::tagsOf(ip.value()).value(kNlbTag) != lbName)
            continue; // not ours to delete
        const Result<Done> gone = m_session.remove(ipId, AzureApi::network());
        if (!gone.ok())
            return gone;
    }
    return Done {};
}

Result<Resource> AzureLoadBalancing::create(const NlbInfo& nlb, const MutationContext& context)
{
    const QString name = nlb.iid.nameId;
    const bool isPublic = nlb.type.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0;
    if (!isPublic && nlb.type.compare(QLatin1String("INTERNAL"), Qt::CaseInsensitive) != 0)
        return invalid(QCoreApplication::translate("AzureLoadBalancing", "An NLB type is PUBLIC or INTERNAL, not \"%1\".").arg(nlb.type));
    const QString protocol = armProtocol(nlb.listenerProtocol, { QStringLiteral("Tcp"), QStringLiteral("Udp") });
    if (protocol.isEmpty())
        return invalid(QCoreApplication::translate("AzureLoadBalancing", "An Azure load balancer listens on TCP or UDP, not \"%1\".")
                           .arg(nlb.listenerProtocol));
    const QString healthProtocol = armProtocol(nlb.healthProtocol, { QStringLiteral("Tcp"), QStringLiteral("Http"), QStringLiteral("Https") });
    if (healthProtocol.isEmpty())
        return invalid(QCoreApplication::translate("AzureLoadBalancing", "An Azure health probe uses TCP, HTTP or HTTPS, not \"%1\".")
                           .arg(nlb.healthProtocol));
    const int healthPort = nlb.healthPort > 0 ? nlb.healthPort : nlb.vmGroupPort;
    for (const int port : { nlb.listenerPort, nlb.vmGroupPort, healthPort }) {
        if (port < 1 || port > 65535)
            return invalid(QCoreApplication::translate("AzureLoadBalancing", "The port %1 is not between 1 and 65535.").arg(port));
    }
    if (azureIdOrName(nlb.vpcIid).isEmpty())
        return invalid(QCoreApplication::translate("AzureLoadBalancing", "An NLB on Azure needs a VPC (virtual network)."));
    const Result<QJsonObject> vnet = m_session.get(m_session.resourcePath(AzureNetwork::vnetType(), azureIdOrName(nlb.vpcIid)), AzureApi::network());
    if (!vnet.ok())
        return vnet.error();
    const QString vnetId = textAt(vnet.value(), "id");
    QList<Member> members;
    QStringList nicIds;
    for (const Iid& vm : nlb.vms) {
        const Result<Member> one = member(vm, vnetId);
        if (!one.ok())
            return one.error();
        if (!nicIds.contains(one.value().nicId.toLower())) {
            nicIds << one.value().nicId.toLower();
            members.append(one.value());
        }
    }
    QString subnetId = members.isEmpty() ? QString() : members.first().subnetId;
    if (!isPublic && subnetId.isEmpty()) {
        const QJsonArray subnets = objectAt(vnet.value(), "properties").value(QStringLiteral("subnets")).toArray();
        if (subnets.isEmpty())
            return invalid(QCoreApplication::translate("AzureLoadBalancing", "The virtual network %1 has no subnet for an internal NLB.")
                               .arg(textAt(vnet.value(), "name")));
        subnetId = textAt(subnets.first().toObject(), "id");
    }

    const QString lbPath = m_session.resourcePath(lbType(), name);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(lbPath, AzureApi::network(), context.idempotencyToken);
    if (!free.ok())
        return free.error();
    const QString location = m_session.config().location;
    QJsonObject tags = AzureSession::createTags(nlb.tags, context.tags, context.idempotencyToken);
    tags.insert(kVpcTag, vnetId);

    QString ipId;
    QJsonObject frontendProps;
    if (isPublic) {
        QJsonObject ipTags = tags;
        ipTags.insert(kNlbTag, name);
        // ARM's PUT would take over someone else's IP of that name: only a free name or our own retry.
        const QString ipPath = m_session.resourcePath(kIpType, name + QStringLiteral("-ip"));
        const Result<Done> ipFree = m_session.claim(ipPath, AzureApi::network(), context.idempotencyToken);
        if (!ipFree.ok())
            return ipFree.error();
        const Result<QJsonObject> ip = m_session.put(ipPath, AzureApi::network(),
            QJsonObject { { QStringLiteral("location"), location }, { QStringLiteral("tags"), ipTags },
                { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Standard") } } },
                { QStringLiteral("properties"), QJsonObject { { QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static") } } } });
        if (!ip.ok())
            return ip.error();
        ipId = textAt(ip.value(), "id");
        frontendProps.insert(QStringLiteral("publicIPAddress"), idRef(ipId));
    } else {
        frontendProps.insert(QStringLiteral("subnet"), idRef(subnetId));
        frontendProps.insert(QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic"));
    }
    const QString lbId = m_session.resourcePath(lbType(), name);
    const QString frontendId = lbId + QStringLiteral("/frontendIPConfigurations/frontend");
    const QString poolId = lbId + QStringLiteral("/backendAddressPools/backend-pool");
    const QString probeId = lbId + QStringLiteral("/probes/health-probe");
    QJsonObject probeProps { { QStringLiteral("protocol"), healthProtocol }, { QStringLiteral("port"), healthPort },
        { QStringLiteral("intervalInSeconds"), nlb.healthInterval }, { QStringLiteral("numberOfProbes"), nlb.healthThreshold } };
    if (healthProtocol != QLatin1String("Tcp"))
        probeProps.insert(QStringLiteral("requestPath"), QStringLiteral("/"));
    const QJsonObject lbProps { { QStringLiteral("frontendIPConfigurations"),
                                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("frontend") }, { QStringLiteral("properties"), frontendProps } } } },
        { QStringLiteral("backendAddressPools"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("backend-pool") } } } },
        { QStringLiteral("probes"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("health-probe") }, { QStringLiteral("properties"), probeProps } } } },
        { QStringLiteral("loadBalancingRules"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("rule") },
                { QStringLiteral("properties"),
                    QJsonObject { { QStringLiteral("frontendIPConfiguration"), idRef(frontendId) },
                        { QStringLiteral("backendAddressPool"), idRef(poolId) }, { QStringLiteral("probe"), idRef(probeId) },
                        { QStringLiteral("protocol"), protocol }, { QStringLiteral("frontendPort"), nlb.listenerPort },
                        { QStringLiteral("backendPort"), nlb.vmGroupPort }, { QStringLiteral("enableFloatingIP"), false },
                        { QStringLiteral("idleTimeoutInMinutes"), 4 } } } } } } };
    const QJsonObject lbBody { { QStringLiteral("location"), location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Standard") }, { QStringLiteral("tier"), QStringLiteral("Regional") } } },
        { QStringLiteral("properties"), lbProps } };
    const Result<QJsonObject> lb = m_session.put(lbPath, AzureApi::network(), lbBody);
    if (!lb.ok()) {
        if (!ipId.isEmpty())
            removeOwnIps(name, { ipId });
        return lb.error();
    }
    QStringList joined;
    for (const Member& m : members) {
        const Result<Done> done = setPool(m.nicId, poolId, true);
        if (done.ok()) {
            joined << m.nicId;
            continue;
        }
        // Undo in reverse order so nothing of this NLB is left untracked.
        for (const QString& nicId : joined)
            setPool(nicId, poolId, false);
        m_session.remove(lbPath, AzureApi::network());
        if (!ipId.isEmpty())
            removeOwnIps(name, { ipId });
        return done.error();
    }
    return get(name);
}

Result<Done> AzureLoadBalancing::remove(const Iid& iid)
{
    const QString path = m_session.resourcePath(lbType(), azureIdOrName(iid));
    const QString name = AzureMapper::nameOfId(path);
    QStringList ipIds;
    const Result<QJsonObject> lb = m_session.get(path, AzureApi::network());
    if (!lb.ok() && !notFound(lb.error()))
        return lb.error();
    if (lb.ok()) {
        const QJsonObject props = objectAt(lb.value(), "properties");
        for (const QJsonValue& p : props.value(QStringLiteral("backendAddressPools")).toArray()) {
            for (const QJsonValue& c : objectAt(p.toObject(), "properties").value(QStringLiteral("backendIPConfigurations")).toArray()) {
                const QString configId = textAt(c.toObject(), "id");
                const int cut = configId.indexOf(QLatin1String("/ipConfigurations/"), 0, Qt::CaseInsensitive);
                if (cut <= 0)
                    continue;
                const Result<Done> left = setPool(configId.left(cut), textAt(p.toObject(), "id"), false);
                if (!left.ok())
                    return left;
            }
        }
        for (const QJsonValue& f : props.value(QStringLiteral("frontendIPConfigurations")).toArray()) {
            const QString ipId = textAt(objectAt(objectAt(f.toObject(), "properties"), "publicIPAddress"), "id");
            if (!ipId.isEmpty())
                ipIds << ipId;
        }
        const Result<Done> gone = m_session.remove(path, AzureApi::network());
        if (!gone.ok())
            return gone;
    }
    // Also the IP a create made before it failed to make the balancer.
    ipIds << m_session.resourcePath(kIpType, name + QStringLiteral("-ip"));
    return removeOwnIps(name, ipIds);
}

} // namespace Barista
