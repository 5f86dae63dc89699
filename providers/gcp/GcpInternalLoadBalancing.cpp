// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpInternalLoadBalancing.h"

#include "providers/gcp/GcpLoadBalancingHelpers.h"
#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

using GcpLbHelpers::invalid;
using GcpLbHelpers::nameOf;
using GcpLbHelpers::text;
using GcpLbHelpers::validPort;

} // namespace

GcpInternalLoadBalancing::GcpInternalLoadBalancing(GcpSession& session)
    : m_session(session)
    , m_parts(session)
{
}

QString GcpInternalLoadBalancing::regional(const QString& collection, const QString& name) const
{
    return QStringLiteral("regions/%1/%2/%3").arg(m_session.region(), collection, name);
}

bool GcpInternalLoadBalancing::isInternal(const QJsonObject& rule)
{
    return !text(rule, "backendService").isEmpty() && text(rule, "loadBalancingScheme") == QLatin1String("INTERNAL");
}

Result<QStringList> GcpInternalLoadBalancing::members(const QString& groupPath)
{
    const Result<QJsonObject> listed = m_session.post(groupPath + QStringLiteral("/listInstances"),
        QJsonObject { { QStringLiteral("instanceState"), QStringLiteral("ALL") } });
    if (!listed.ok())
        return listed.error();
    QStringList out;
    for (const QJsonValue& item : listed.value().value(QLatin1String("items")).toArray())
        out.append(text(item.toObject(), "instance"));
    return out;
}

std::optional<CloudError> GcpInternalLoadBalancing::fill(
    const QString& groupPath, const QStringList& instances, const QString& requestId)
{
    // Twice at most: the derived requestId may belong to an add into a group rolled back since,
    // which the server answers with its old Operation and no effect.
    for (const QString& id : { requestId, GcpSession::requestId({}, {}) }) {
        const Result<QStringList> present = members(groupPath);
        if (!present.ok())
            return present.error();
        QJsonArray missing;
        for (const QString& instance : instances) {
            if (!present.value().contains(instance))
                missing.append(QJsonObject { { QStringLiteral("instance"), instance } });
        }
        if (missing.isEmpty())
            return std::nullopt;
        const Result<QJsonObject> added = m_session.mutate(QByteArrayLiteral("POST"),
            groupPath + QStringLiteral("/addInstances"), QJsonObject { { QStringLiteral("instances"), missing } }, id);
        if (!added.ok())
            return added.error();
    }
    const Result<QStringList> present = members(groupPath);
    if (!present.ok())
        return present.error();
    for (const QString& instance : instances) {
        if (!present.value().contains(instance))
            return CloudError::make(CloudError::Kind::Internal, QStringLiteral("memberMissing"),
                QCoreApplication::translate(
                    "GcpInternalLoadBalancing", "The VM \"%1\" did not join the instance group \"%2\".")
                    .arg(GcpMapper::lastSegment(instance), groupPath));
    }
    return std::nullopt;
}

Result<bool> GcpInternalLoadBalancing::teardown(
    const QString& service, const QStringList& checks, const QStringList& groups, const QString& token)
{
    // One delete loop for the three kinds: backend service first (it holds the others), then the
    // health checks and groups, which something else may still use.
    struct Step
    {
        QStringList paths;
        const char* requestPrefix;
        bool tolerateInUse;
    };
    const Step steps[] = { { service.isEmpty() ? QStringList() : QStringList { service }, "ilb-delete-bs/", false },
        { checks, "ilb-delete-hc/", true }, { groups, "ilb-delete-ig/", true } };
    bool any = false;
    for (const Step& step : steps) {
        for (const QString& part : step.paths) {
            const Result<bool> gone = m_parts.remove(
                part, GcpSession::requestId(token, QLatin1String(step.requestPrefix) + part), step.tolerateInUse);
            if (!gone.ok())
                return gone.error();
            any = any || gone.value();
        }
    }
    return any;
}

Result<NlbInfo> GcpInternalLoadBalancing::assemble(const QJsonObject& rule)
{
    NlbInfo nlb;
    const QString name = text(rule, "name");
    nlb.iid = { name, name };
    nlb.type = QStringLiteral("INTERNAL");
    nlb.scope = QStringLiteral("REGION");
    nlb.listenerProtocol = rule.value(QLatin1String("IPProtocol")).toString(QStringLiteral("TCP"));
    const QJsonArray ports = rule.value(QLatin1String("ports")).toArray();
    // allPorts: every port; 0 stands for "any" (extra["allPorts"] says so).
    nlb.listenerPort = ports.isEmpty() ? 0 : ports.first().toString().toInt();
    nlb.listenerIp = text(rule, "IPAddress");
    const QString vpc = GcpMapper::lastSegment(text(rule, "network"));
    nlb.vpcIid = { vpc, vpc };
    nlb.vmGroupPort = nlb.listenerPort;
    nlb.tags = GcpMapper::tagsOf(rule);
    nlb.createdAt = GcpMapper::timestamp(rule);
    nlb.extra.insert(QStringLiteral("id"), text(rule, "id"));
    nlb.extra.insert(QStringLiteral("loadBalancingScheme"), text(rule, "loadBalancingScheme"));
    nlb.extra.insert(QStringLiteral("subnetwork"), GcpMapper::lastSegment(text(rule, "subnetwork")));
    nlb.extra.insert(QStringLiteral("ports"), ports);
    nlb.extra.insert(QStringLiteral("allPorts"), rule.value(QLatin1String("allPorts")).toBool());

    const QString servicePath = GcpLoadBalancerParts::relative(text(rule, "backendService"));
    nlb.extra.insert(QStringLiteral("backendService"), GcpMapper::lastSegment(servicePath));
    const Result<QJsonObject> service = m_session.get(servicePath);
    if (!service.ok())
        return service.error();
    const QString protocol = text(service.value(), "protocol");
    nlb.vmGroupProtocol = protocol == QLatin1String("UNSPECIFIED") ? nlb.listenerProtocol : protocol;
    nlb.extra.insert(QStringLiteral("sessionAffinity"), text(service.value(), "sessionAffinity"));
    QJsonArray groups;
    for (const QJsonValue& backend : service.value().value(QLatin1String("backends")).toArray()) {
        const QString group = GcpLoadBalancerParts::relative(text(backend.toObject(), "group"));
        if (!group.contains(QLatin1String("/instanceGroups/")))
            continue; // a network endpoint group: no VMs to name
        groups.append(group);
        const Result<QStringList> vms = members(group);
        if (!vms.ok())
            return vms.error();
        for (const QString& vm : vms.value())
            nlb.vms.append(Iid { GcpMapper::lastSegment(vm), GcpMapper::lastSegment(vm) });
    }
    nlb.extra.insert(QStringLiteral("instanceGroups"), groups);

    const QJsonArray checks = service.value().value(QLatin1String("healthChecks")).toArray();
    if (!checks.isEmpty()) {
        const Result<QJsonObject> check = m_session.get(GcpLoadBalancerParts::relative(checks.first().toString()));
        if (!check.ok())
            return check.error();
        const QString type = text(check.value(), "type");
        const QJsonObject detail = check.value().value(type.toLower() + QStringLiteral("HealthCheck")).toObject();
        nlb.healthProtocol = type;
        nlb.healthPort = detail.value(QLatin1String("port")).toInt(nlb.vmGroupPort);
        nlb.healthInterval = check.value().value(QLatin1String("checkIntervalSec")).toInt(5);
        nlb.healthTimeout = check.value().value(QLatin1String("timeoutSec")).toInt(5);
        nlb.healthThreshold = check.value().value(QLatin1String("unhealthyThreshold")).toInt(2);
        nlb.extra.insert(QStringLiteral("healthCheck"), text(check.value(), "name"));
        if (detail.contains(QLatin1String("requestPath")))
            nlb.extra.insert(QStringLiteral("requestPath"), text(detail, "requestPath"));
    }
    return nlb;
}

Result<Resource> GcpInternalLoadBalancing::create(const NlbInfo& request, const MutationContext& context)
{
    const QString name = request.iid.nameId;
    const QString vpc = nameOf(request.vpcIid);
    const Result<QJsonObject> network = m_session.get(QStringLiteral("global/networks/") + vpc);
    if (!network.ok())
        return network.error();
    // The VMs by zone (one unmanaged group each), each group's members in one subnet.
    QMap<QString, QStringList> byZone;
    QMap<QString, QString> subnetOfZone;
    QString subnet;
    const Result<QList<QJsonObject>> found = m_parts.instancesInVpc(request.vms, vpc);
    if (!found.ok())
        return found.error();
    for (const QJsonObject& instance : found.value()) {
        const QString vm = text(instance, "name");
        const QJsonObject nic = instance.value(QLatin1String("networkInterfaces")).toArray().first().toObject();
        const QString zone = GcpMapper::lastSegment(text(instance, "zone"));
        const QString vmSubnet = GcpLoadBalancerParts::relative(text(nic, "subnetwork"));
        if (subnetOfZone.contains(zone) && subnetOfZone.value(zone) != vmSubnet)
            return invalid(
                QCoreApplication::translate("GcpInternalLoadBalancing",
                    "The VMs of one zone must share a subnet for an internal load balancer: \"%1\" is in \"%2\", not "
                    "\"%3\".")
                    .arg(vm, GcpMapper::lastSegment(vmSubnet), GcpMapper::lastSegment(subnetOfZone.value(zone))));
        subnetOfZone.insert(zone, vmSubnet);
        byZone[zone].append(text(instance, "selfLink"));
        if (subnet.isEmpty())
            subnet = vmSubnet;
    }
    if (subnet.isEmpty()) {
        // No VM yet: the address comes from the VPC's first subnet in this region.
        for (const QJsonValue& value : network.value().value(QLatin1String("subnetworks")).toArray()) {
            const QString candidate = GcpLoadBalancerParts::relative(value.toString());
            if (candidate.startsWith(QStringLiteral("regions/%1/").arg(m_session.region()))) {
                subnet = candidate;
                break;
            }
        }
        if (subnet.isEmpty())
            return invalid(QCoreApplication::translate("GcpInternalLoadBalancing",
                "The VPC \"%1\" has no subnet in region %2 to take the internal load balancer's address from.")
                               .arg(vpc, m_session.region()));
    }
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QString token = context.idempotencyToken;
    const QString description = GcpMapper::describe(tags, QJsonObject { { QStringLiteral("nlb"), name } });

    // Rolls back what the earlier steps made; the failing step's own error is what the caller gets.
    QString madeService;
    QStringList madeChecks;
    QStringList madeGroups;
    const auto undo = [&](const CloudError& error) -> CloudError {
        (void)teardown(madeService, madeChecks, madeGroups, QString());
        return error;
    };

    // 1. The regional health check.
    const bool http = request.healthProtocol.toUpper() == QLatin1String("HTTP");
    QJsonObject probe { { QStringLiteral("port"),
        validPort(request.healthPort) ? request.healthPort : request.vmGroupPort } };
    if (http)
        probe.insert(QStringLiteral("requestPath"), QStringLiteral("/"));
    const QJsonObject check { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
        { QStringLiteral("type"), http ? QStringLiteral("HTTP") : QStringLiteral("TCP") },
        { http ? QStringLiteral("httpHealthCheck") : QStringLiteral("tcpHealthCheck"), probe },
        { QStringLiteral("checkIntervalSec"), request.healthInterval },
        { QStringLiteral("timeoutSec"), request.healthTimeout },
        { QStringLiteral("healthyThreshold"), request.healthThreshold },
        { QStringLiteral("unhealthyThreshold"), request.healthThreshold } };
    const QString checkPath = regional(QStringLiteral("healthChecks"), name);
    const Result<QJsonObject> madeCheck
        = m_parts.insert(QStringLiteral("regions/%1/healthChecks").arg(m_session.region()), check,
            GcpSession::requestId(token, QStringLiteral("ilb-hc/") + name));
    if (!madeCheck.ok())
        return madeCheck.error();
    madeChecks.append(checkPath);

    // 2. One unmanaged instance group per zone, holding that zone's VMs.
    QJsonArray backends;
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it) {
        const QString groups = QStringLiteral("zones/%1/instanceGroups").arg(it.key());
        const QJsonObject group { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
            { QStringLiteral("network"), m_session.partial(QStringLiteral("global/networks/") + vpc) } };
        const Result<QJsonObject> madeGroup = m_parts.insert(
            groups, group, GcpSession::requestId(token, QStringLiteral("ilb-ig/%1/%2").arg(it.key(), name)));
        if (!madeGroup.ok())
            return undo(madeGroup.error());
        const QString groupPath = groups + QLatin1Char('/') + name;
        madeGroups.append(groupPath);
        if (const std::optional<CloudError> failed = fill(groupPath, it.value(),
                GcpSession::requestId(token, QStringLiteral("ilb-add/%1/%2").arg(it.key(), name))))
            return undo(*failed);
        backends.append(QJsonObject { { QStringLiteral("group"), m_session.partial(groupPath) },
            { QStringLiteral("balancingMode"), QStringLiteral("CONNECTION") } });
    }

    // 3. The backend service: the groups behind the health check.
    const QJsonObject service { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
        { QStringLiteral("loadBalancingScheme"), QStringLiteral("INTERNAL") },
        { QStringLiteral("protocol"), request.vmGroupProtocol.toUpper() },
        { QStringLiteral("healthChecks"), QJsonArray { m_session.partial(checkPath) } },
        { QStringLiteral("backends"), backends },
        { QStringLiteral("network"), m_session.partial(QStringLiteral("global/networks/") + vpc) } };
    const Result<QJsonObject> madeBs
        = m_parts.insert(QStringLiteral("regions/%1/backendServices").arg(m_session.region()), service,
            GcpSession::requestId(token, QStringLiteral("ilb-bs/") + name));
    if (!madeBs.ok())
        return undo(madeBs.error());
    madeService = regional(QStringLiteral("backendServices"), name);

    // 4. The internal forwarding rule: Google picks its address from the subnet.
    const QJsonObject rule { { QStringLiteral("name"), name },
        { QStringLiteral("IPProtocol"), request.listenerProtocol.toUpper() },
        { QStringLiteral("ports"), QJsonArray { QString::number(request.listenerPort) } },
        { QStringLiteral("loadBalancingScheme"), QStringLiteral("INTERNAL") },
        { QStringLiteral("backendService"), m_session.partial(madeService) },
        { QStringLiteral("network"), m_session.partial(QStringLiteral("global/networks/") + vpc) },
        { QStringLiteral("subnetwork"), m_session.partial(subnet) },
        { QStringLiteral("labels"), GcpMapper::labels(tags) } };
    const Result<QJsonObject> madeRule
        = m_parts.insert(QStringLiteral("regions/%1/forwardingRules").arg(m_session.region()), rule,
            GcpSession::requestId(token, QStringLiteral("ilb-rule/") + name));
    if (!madeRule.ok())
        return undo(madeRule.error());
    const Result<NlbInfo> nlb = assemble(madeRule.value());
    if (!nlb.ok())
        return nlb.error();
    return Resource(nlb.value());
}

Result<bool> GcpInternalLoadBalancing::remove(
    const QString& name, const std::optional<QJsonObject>& rule, const QString& token)
{
    bool any = false;
    QString service = regional(QStringLiteral("backendServices"), name);
    if (rule) {
        service = GcpLoadBalancerParts::relative(text(*rule, "backendService"));
        const Result<bool> gone = m_parts.remove(regional(QStringLiteral("forwardingRules"), name),
            GcpSession::requestId(token, QStringLiteral("ilb-delete-rule/") + name));
        if (!gone.ok())
            return gone.error();
        any = gone.value();
    }
    // The parts as the backend service names them; by our naming (and our mark) when it is gone.
    QStringList checks;
    QStringList groups;
    Result<QJsonObject> found = m_session.get(service);
    if (!found.ok() && found.error().kind != CloudError::Kind::NotFound)
        return found.error();
    // Without a rule only a part we made (and marked) is taken apart, never a namesake.
    if (!rule && found.ok() && GcpMapper::described(found.value()).value(QLatin1String("nlb")).toString() != name)
        found = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("notFound"), service);
    if (found.ok()) {
        for (const QJsonValue& check : found.value().value(QLatin1String("healthChecks")).toArray())
            checks.append(GcpLoadBalancerParts::relative(check.toString()));
        for (const QJsonValue& backend : found.value().value(QLatin1String("backends")).toArray())
            groups.append(GcpLoadBalancerParts::relative(text(backend.toObject(), "group")));
    } else {
        const auto ours = [&](const QString& path) {
            const Result<QJsonObject> part = m_session.get(path);
            return part.ok() && GcpMapper::described(part.value()).value(QLatin1String("nlb")).toString() == name;
        };
        if (const QString check = regional(QStringLiteral("healthChecks"), name); ours(check))
            checks.append(check);
        if (const QString group = QStringLiteral("zones/%1/instanceGroups/%2").arg(m_session.zone(), name); ours(group))
            groups.append(group);
    }
    const Result<bool> rest = teardown(found.ok() ? service : QString(), checks, groups, token);
    if (!rest.ok())
        return rest.error();
    return any || rest.value();
}

} // namespace Barista
