// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackLoadBalancing.h"

#include "providers/openstack/KeystoneAuth.h"
#include "providers/openstack/OpenStackCompute.h"
#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>
#include <QThread>

namespace Barista {

namespace {

using S = OpenStackService;

const QString kBase = QStringLiteral("/v2/lbaas");
const QString kLoadBalancers = QStringLiteral("loadbalancers");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject child(const QJsonObject& body, const char* key)
{
    return body.value(QLatin1String(key)).toObject();
}

QUrlQuery one(const QString& key, const QString& value)
{
    QUrlQuery query;
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query;
}

bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

} // namespace

OpenStackLoadBalancing::OpenStackLoadBalancing(
    OpenStackSession& session, const ConnectionConfig& connection, int pollIntervalMs, int maxPolls)
    : m_session(session)
    , m_connection(connection)
    , m_pollIntervalMs(pollIntervalMs)
    , m_maxPolls(maxPolls)
{
}

CloudError OpenStackLoadBalancing::notFound(const QString& idOrName) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
        QCoreApplication::translate("OpenStackLoadBalancing", "No load balancer \"%1\" in region %2.")
            .arg(idOrName, m_connection.region));
    error.httpStatus = 404;
    return error;
}

CloudError OpenStackLoadBalancing::invalid(const QString& message) const
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"), message);
}

void OpenStackLoadBalancing::pause() const
{
    QThread::msleep(ulong(qMax(0, m_pollIntervalMs)));
}

Result<QJsonObject> OpenStackLoadBalancing::findLoadBalancer(const QString& idOrName)
{
    if (OpenStackMapper::looksLikeId(idOrName)) {
        const Result<QJsonObject> body = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + idOrName);
        if (body.ok())
            return child(body.value(), "loadbalancer");
        if (body.error().kind != CloudError::Kind::NotFound)
            return body.error();
    }
    const Result<QJsonArray> named
        = m_session.all(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers"), kLoadBalancers, one(QStringLiteral("name"), idOrName));
    if (!named.ok())
        return named.error();
    if (named.value().isEmpty())
        return notFound(idOrName);
    return named.value().first().toObject();
}

Result<NlbInfo> OpenStackLoadBalancing::describe(const QJsonObject& lb)
{
    NlbInfo nlb;
    nlb.iid = { str(lb, "name"), str(lb, "id") };
    QMap<QString, QString> tags = OpenStackMapper::fromNeutronTags(lb.value(QLatin1String("tags")).toArray());
    tags.remove(OpenStackMapper::tokenTag());
    const QString vpcId = tags.take(OpenStackMapper::vpcTag());
    const QString vpcName = tags.take(OpenStackMapper::vpcNameTag());
    const QString type = tags.take(typeTag());
    // vip_network_id is the network the VIP port is on; our tag wins because it names it too.
    nlb.vpcIid = { vpcName, vpcId.isEmpty() ? str(lb, "vip_network_id") : vpcId };
    nlb.type = type.isEmpty() ? QStringLiteral("INTERNAL") : type;
    nlb.tags = tags;
    nlb.listenerIp = str(lb, "vip_address");
    nlb.createdAt = KeystoneAuth::parseTime(str(lb, "created_at"));
    nlb.extra.insert(QStringLiteral("provisioningStatus"), str(lb, "provisioning_status"));
    nlb.extra.insert(QStringLiteral("operatingStatus"), str(lb, "operating_status"));
    nlb.extra.insert(QStringLiteral("vipPortId"), str(lb, "vip_port_id"));
    nlb.extra.insert(QStringLiteral("vipSubnetId"), str(lb, "vip_subnet_id"));
    nlb.extra.insert(QStringLiteral("provider"), str(lb, "provider"));

    const QJsonArray listeners = lb.value(QLatin1String("listeners")).toArray();
    if (listeners.isEmpty())
        return nlb; // a load balancer without a listener (yet): nothing more to map
    const QString listenerId = listeners.first().toObject().value(QLatin1String("id")).toString();
    const Result<QJsonObject> listenerBody = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/listeners/") + listenerId);
    if (!listenerBody.ok())
        return listenerBody.error();
    const QJsonObject listener = child(listenerBody.value(), "listener");
    nlb.listenerProtocol = str(listener, "protocol");
    nlb.listenerPort = listener.value(QLatin1String("protocol_port")).toInt();
    nlb.extra.insert(QStringLiteral("listenerId"), listenerId);

    const QString poolId = str(listener, "default_pool_id");
    if (poolId.isEmpty())
        return nlb;
    const Result<QJsonObject> poolBody = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/pools/") + poolId);
    if (!poolBody.ok())
        return poolBody.error();
    const QJsonObject pool = child(poolBody.value(), "pool");
    nlb.vmGroupProtocol = str(pool, "protocol");
    nlb.extra.insert(QStringLiteral("poolId"), poolId);
    const Result<QJsonArray> members
        = m_session.all(S::LoadBalancer, kBase + QStringLiteral("/pools/") + poolId + QStringLiteral("/members"), QStringLiteral("members"));
    if (!members.ok())
        return members.error();
    int monitorPort = 0;
    for (const QJsonValue& value : members.value()) {
        const QJsonObject member = value.toObject();
        // Members we make carry the VM's name and a tag with its id; others are shown by address.
        const QMap<QString, QString> memberTags = OpenStackMapper::fromNeutronTags(member.value(QLatin1String("tags")).toArray());
        const QString name = str(member, "name");
        nlb.vms.append(Iid { name.isEmpty() ? str(member, "address") : name, memberTags.value(QStringLiteral("barista-vm")) });
        nlb.vmGroupPort = member.value(QLatin1String("protocol_port")).toInt();
        monitorPort = member.value(QLatin1String("monitor_port")).toInt();
    }
    nlb.healthPort = monitorPort > 0 ? monitorPort : nlb.vmGroupPort;

    const QString monitorId = str(pool, "healthmonitor_id");
    if (monitorId.isEmpty())
        return nlb;
    const Result<QJsonObject> monitorBody = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/healthmonitors/") + monitorId);
    if (!monitorBody.ok())
        return monitorBody.error();
    const QJsonObject monitor = child(monitorBody.value(), "healthmonitor");
    nlb.healthProtocol = str(monitor, "type");
    nlb.healthInterval = monitor.value(QLatin1String("delay")).toInt();
    nlb.healthTimeout = monitor.value(QLatin1String("timeout")).toInt();
    nlb.healthThreshold = monitor.value(QLatin1String("max_retries")).toInt();
    nlb.extra.insert(QStringLiteral("healthMonitorId"), monitorId);
    return nlb;
}

Result<ResourcePage> OpenStackLoadBalancing::listNlbs(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(
        S::LoadBalancer, kBase + QStringLiteral("/loadbalancers"), kLoadBalancers, QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& lb : page.value().items) {
        const Result<NlbInfo> nlb = describe(lb.toObject());
        if (!nlb.ok())
            return nlb.error();
        out.items.append(Resource(nlb.value()));
    }
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackLoadBalancing::getNlb(const QString& idOrName)
{
    const Result<QJsonObject> lb = findLoadBalancer(idOrName);
    if (!lb.ok())
        return lb.error();
    const Result<NlbInfo> nlb = describe(lb.value());
    if (!nlb.ok())
        return nlb.error();
    return Resource(nlb.value());
}

Result<OpenStackLoadBalancing::Placement> OpenStackLoadBalancing::place(const NlbInfo& request)
{
    if (request.vpcIid.nameId.isEmpty() && request.vpcIid.systemId.isEmpty())
        return invalid(QCoreApplication::translate("OpenStackLoadBalancing", "A load balancer needs a VPC (network)."));
    if (!validPort(request.listenerPort) || !validPort(request.vmGroupPort) || !validPort(request.healthPort))
        return invalid(QCoreApplication::translate("OpenStackLoadBalancing", "Ports must be between 1 and 65535."));
    if (request.vms.isEmpty())
        return invalid(QCoreApplication::translate("OpenStackLoadBalancing", "A load balancer needs at least one VM."));
    const QString vpcKey = request.vpcIid.systemId.isEmpty() ? request.vpcIid.nameId : request.vpcIid.systemId;
    Placement out;
    if (OpenStackMapper::looksLikeId(vpcKey)) {
        const Result<QJsonObject> network = m_session.get(S::Network, QStringLiteral("/networks/") + vpcKey);
        if (!network.ok())
            return network.error();
        out.networkId = vpcKey;
        out.networkName = str(child(network.value(), "network"), "name");
    } else {
        const Result<QJsonArray> networks = m_session.all(S::Network, QStringLiteral("/networks"), QStringLiteral("networks"),
            one(QStringLiteral("name"), vpcKey));
        if (!networks.ok())
            return networks.error();
        if (networks.value().isEmpty())
            return CloudError::make(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
                QCoreApplication::translate("OpenStackLoadBalancing", "No network \"%1\" in region %2.").arg(vpcKey, m_connection.region));
        out.networkId = str(networks.value().first().toObject(), "id");
        out.networkName = vpcKey;
    }
    OpenStackCompute compute(m_session, m_connection);
    for (const Iid& vm : request.vms) {
        const Result<Resource> found = compute.getVm(vm.systemId.isEmpty() ? vm.nameId : vm.systemId);
        if (!found.ok())
            return found.error();
        const Iid vmIid = found.value().iid();
        // The member address is the VM's fixed IP on a subnet of this network (its Neutron port).
        QUrlQuery query = one(QStringLiteral("device_id"), vmIid.systemId);
        query.addQueryItem(QStringLiteral("network_id"), out.networkId);
        const Result<QJsonArray> ports = m_session.all(S::Network, QStringLiteral("/ports"), QStringLiteral("ports"), query);
        if (!ports.ok())
            return ports.error();
        Member member { vmIid, QString(), QString() };
        for (const QJsonValue& port : ports.value()) {
            for (const QJsonValue& ip : port.toObject().value(QLatin1String("fixed_ips")).toArray()) {
                const QString address = str(ip.toObject(), "ip_address");
                if (member.address.isEmpty() && !address.contains(QLatin1Char(':'))) {
                    member.address = address;
                    member.subnetId = str(ip.toObject(), "subnet_id");
                }
            }
        }
        if (member.address.isEmpty())
            return invalid(QCoreApplication::translate("OpenStackLoadBalancing", "VM \"%1\" has no IPv4 address in VPC \"%2\".")
                               .arg(vmIid.nameId, out.networkName.isEmpty() ? out.networkId : out.networkName));
        out.members.append(member);
    }
    out.vipSubnetId = out.members.first().subnetId;
    return out;
}

Result<Done> OpenStackLoadBalancing::waitActive(const QString& id)
{
    for (int poll = 0; poll < m_maxPolls; ++poll) {
        const Result<QJsonObject> body = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + id);
        if (!body.ok())
            return body.error();
        const QString status = str(child(body.value(), "loadbalancer"), "provisioning_status");
        if (status == QLatin1String("ACTIVE"))
            return Done {};
        if (status == QLatin1String("ERROR") || status == QLatin1String("DELETED"))
            return CloudError::make(CloudError::Kind::Transient, status,
                QCoreApplication::translate("OpenStackLoadBalancing", "Load balancer %1 went to provisioning status %2.")
                    .arg(id, status));
        if (m_session.isCanceled())
            return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
        pause();
    }
    return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"),
        QCoreApplication::translate("OpenStackLoadBalancing", "Load balancer %1 did not become ACTIVE in time.").arg(id));
}

Result<Done> OpenStackLoadBalancing::waitGone(const QString& id)
{
    for (int poll = 0; poll < m_maxPolls; ++poll) {
        const Result<QJsonObject> body = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + id);
        if (!body.ok())
            return body.error().kind == CloudError::Kind::NotFound ? Result<Done>(Done {}) : Result<Done>(body.error());
        const QString status = str(child(body.value(), "loadbalancer"), "provisioning_status");
        if (status == QLatin1String("DELETED"))
            return Done {};
        if (status == QLatin1String("ERROR"))
            return CloudError::make(CloudError::Kind::Transient, status,
                QCoreApplication::translate("OpenStackLoadBalancing", "Load balancer %1 went to provisioning status %2.")
                    .arg(id, status));
        if (m_session.isCanceled())
            return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
        pause();
    }
    return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"),
        QCoreApplication::translate("OpenStackLoadBalancing", "Load balancer %1 was not deleted in time.").arg(id));
}

Result<QString> OpenStackLoadBalancing::postChild(
    const QString& collection, const QString& key, const QJsonObject& body, const QString& loadBalancerId)
{
    const Result<QJsonObject> made = m_session.post(S::LoadBalancer, kBase + collection, QJsonObject { { key, body } });
    if (!made.ok())
        return made.error();
    const Result<Done> settled = waitActive(loadBalancerId);
    if (!settled.ok())
        return settled.error();
    return made.value().value(key).toObject().value(QLatin1String("id")).toString();
}

Result<Resource> OpenStackLoadBalancing::createNlb(const NlbInfo& request, const MutationContext& context)
{
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonArray> existing = m_session.all(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers"), kLoadBalancers,
            one(QStringLiteral("tags"), OpenStackMapper::tokenTag() + QLatin1Char('=') + context.idempotencyToken));
        if (!existing.ok())
            return existing.error();
        if (!existing.value().isEmpty())
            return getNlb(str(existing.value().first().toObject(), "id"));
    }
    const QString type = request.type.toUpper();
    if (type != QLatin1String("PUBLIC") && type != QLatin1String("INTERNAL"))
        return invalid(QCoreApplication::translate("OpenStackLoadBalancing", "The type must be PUBLIC or INTERNAL, not \"%1\".")
                           .arg(request.type));
    const Result<Placement> placement = place(request);
    if (!placement.ok())
        return placement.error();
    const Placement& where = placement.value();
    if (m_session.isCanceled())
        return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());

    QMap<QString, QString> tags = OpenStackMapper::tagsFor(request.tags, context);
    tags.insert(OpenStackMapper::vpcTag(), where.networkId);
    tags.insert(OpenStackMapper::vpcNameTag(), where.networkName);
    tags.insert(typeTag(), type);
    const QJsonArray childTags = QJsonArray::fromStringList(OpenStackMapper::neutronTags(OpenStackMapper::tagsFor({}, { {}, context.tags })));
    const QString name = request.iid.nameId;
    const QJsonObject lbBody { { QStringLiteral("name"), name }, { QStringLiteral("vip_subnet_id"), where.vipSubnetId },
        { QStringLiteral("tags"), QJsonArray::fromStringList(OpenStackMapper::neutronTags(tags)) } };
    const Result<QJsonObject> made
        = m_session.post(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers"), QJsonObject { { QStringLiteral("loadbalancer"), lbBody } });
    if (!made.ok())
        return made.error();
    const QString id = str(child(made.value(), "loadbalancer"), "id");
    // From here on a failed step deletes the whole load balancer (cascade) before answering.
    const auto undo = [this, &id](const CloudError& error) -> Result<Resource> {
        waitActive(id); // Octavia refuses a delete while PENDING_*; an ERROR load balancer can be deleted
        const Result<Done> removed = m_session.remove(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + id,
            one(QStringLiteral("cascade"), QStringLiteral("true")));
        if (removed.ok())
            waitGone(id); // best effort: the error that matters is the first
        return error;
    };
    if (const Result<Done> active = waitActive(id); !active.ok())
        return undo(active.error());

    const QJsonObject listener { { QStringLiteral("name"), name }, { QStringLiteral("loadbalancer_id"), id },
        { QStringLiteral("protocol"), request.listenerProtocol.toUpper() }, { QStringLiteral("protocol_port"), request.listenerPort },
        { QStringLiteral("tags"), childTags } };
    const Result<QString> listenerId = postChild(QStringLiteral("/listeners"), QStringLiteral("listener"), listener, id);
    if (!listenerId.ok())
        return undo(listenerId.error());

    const QJsonObject pool { { QStringLiteral("name"), name }, { QStringLiteral("listener_id"), listenerId.value() },
        { QStringLiteral("protocol"), request.vmGroupProtocol.toUpper() }, { QStringLiteral("lb_algorithm"), QStringLiteral("ROUND_ROBIN") },
        { QStringLiteral("tags"), childTags } };
    const Result<QString> poolId = postChild(QStringLiteral("/pools"), QStringLiteral("pool"), pool, id);
    if (!poolId.ok())
        return undo(poolId.error());

    for (const Member& vm : where.members) {
        QJsonObject member { { QStringLiteral("name"), vm.vm.nameId }, { QStringLiteral("address"), vm.address },
            { QStringLiteral("protocol_port"), request.vmGroupPort }, { QStringLiteral("subnet_id"), vm.subnetId },
            { QStringLiteral("tags"), QJsonArray { QString(QStringLiteral("barista-vm=") + vm.vm.systemId) } } };
        if (request.healthPort != request.vmGroupPort)
            member.insert(QStringLiteral("monitor_port"), request.healthPort);
        const Result<QString> memberId = postChild(
            QStringLiteral("/pools/") + poolId.value() + QStringLiteral("/members"), QStringLiteral("member"), member, id);
        if (!memberId.ok())
            return undo(memberId.error());
    }

    QJsonObject monitor { { QStringLiteral("pool_id"), poolId.value() }, { QStringLiteral("type"), request.healthProtocol.toUpper() },
        { QStringLiteral("delay"), request.healthInterval }, { QStringLiteral("timeout"), request.healthTimeout },
        { QStringLiteral("max_retries"), request.healthThreshold }, { QStringLiteral("tags"), childTags } };
    if (request.healthProtocol.toUpper().startsWith(QLatin1String("HTTP")))
        monitor.insert(QStringLiteral("url_path"), QStringLiteral("/"));
    const Result<QString> monitorId = postChild(QStringLiteral("/healthmonitors"), QStringLiteral("healthmonitor"), monitor, id);
    if (!monitorId.ok())
        return undo(monitorId.error());
    return getNlb(id);
}

Result<Done> OpenStackLoadBalancing::removeNlb(const Iid& iid)
{
    QString id = iid.systemId;
    if (id.isEmpty()) {
        const Result<QJsonObject> found = findLoadBalancer(iid.nameId);
        if (!found.ok())
            return found.error();
        id = str(found.value(), "id");
    }
    // Octavia refuses (409 immutable) while PENDING_*: wait for the documented end states first.
    const Result<QJsonObject> current = m_session.get(S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + id);
    if (!current.ok())
        return current.error();
    if (str(child(current.value(), "loadbalancer"), "provisioning_status").startsWith(QLatin1String("PENDING_"))) {
        const Result<Done> settled = waitActive(id);
        if (!settled.ok() && settled.error().kind != CloudError::Kind::Transient)
            return settled.error();
    }
    const Result<Done> removed = m_session.remove(
        S::LoadBalancer, kBase + QStringLiteral("/loadbalancers/") + id, one(QStringLiteral("cascade"), QStringLiteral("true")));
    if (!removed.ok())
        return removed.error();
    return waitGone(id);
}

} // namespace Barista
