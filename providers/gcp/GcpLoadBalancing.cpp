// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpLoadBalancing.h"

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

bool isNotFound(const CloudError& error)
{
    return error.kind == CloudError::Kind::NotFound;
}

} // namespace

GcpLoadBalancing::GcpLoadBalancing(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
    , m_parts(session)
    , m_internal(session)
{
}

QString GcpLoadBalancing::rulePath(const QString& name) const
{
    return QStringLiteral("regions/%1/forwardingRules/%2").arg(m_session.region(), name);
}

QString GcpLoadBalancing::poolPath(const QString& name) const
{
    return QStringLiteral("regions/%1/targetPools/%2").arg(m_session.region(), name);
}

QString GcpLoadBalancing::checkPath(const QString& name)
{
    return QStringLiteral("global/httpHealthChecks/") + name;
}

std::optional<CloudError> GcpLoadBalancing::validate(const NlbInfo& request) const
{
    if (request.type.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) != 0
        && request.type.compare(QLatin1String("INTERNAL"), Qt::CaseInsensitive) != 0)
        return invalid(
            QCoreApplication::translate("GcpLoadBalancing", "A network load balancer is PUBLIC or INTERNAL, not %1.")
                .arg(request.type));
    if (request.vpcIid.isEmpty())
        return invalid(
            QCoreApplication::translate("GcpLoadBalancing", "A network load balancer needs the VPC of its VMs."));
    const QString protocol = request.listenerProtocol.toUpper();
    if (protocol != QLatin1String("TCP") && protocol != QLatin1String("UDP"))
        return invalid(QCoreApplication::translate(
            "GcpLoadBalancing", "A GCP network load balancer listens on TCP or UDP, not %1.")
                           .arg(request.listenerProtocol));
    if (request.vmGroupProtocol.toUpper() != protocol)
        return invalid(QCoreApplication::translate("GcpLoadBalancing",
            "A GCP network load balancer passes traffic through: the VM group's protocol (%1) must be the "
            "listener's (%2).")
                           .arg(request.vmGroupProtocol, request.listenerProtocol));
    if (!validPort(request.listenerPort) || !validPort(request.vmGroupPort))
        return invalid(QCoreApplication::translate("GcpLoadBalancing", "Ports must be between 1 and 65535."));
    if (request.listenerPort != request.vmGroupPort)
        return invalid(QCoreApplication::translate("GcpLoadBalancing",
            "A GCP passthrough load balancer forwards to the port the client used: the VM group's port (%1) must "
            "equal the listener's (%2).")
                           .arg(request.vmGroupPort)
                           .arg(request.listenerPort));
    const QString health = request.healthProtocol.toUpper();
    if (health != QLatin1String("HTTP") && health != QLatin1String("TCP"))
        return invalid(QCoreApplication::translate(
            "GcpLoadBalancing", "A GCP network load balancer checks health over TCP or HTTP, not %1.")
                           .arg(request.healthProtocol));
    if (health == QLatin1String("HTTP") && !validPort(request.healthPort))
        return invalid(QCoreApplication::translate("GcpLoadBalancing", "Ports must be between 1 and 65535."));
    return std::nullopt;
}

CloudError GcpLoadBalancing::notAnNlb(const QString& name)
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("notFound"),
        QCoreApplication::translate("GcpLoadBalancing",
            "The forwarding rule \"%1\" does not belong to a network load balancer with a target pool or an "
            "internal backend service.")
            .arg(name));
    error.httpStatus = 404;
    return error;
}

Result<NlbInfo> GcpLoadBalancing::assemble(const QJsonObject& rule)
{
    NlbInfo nlb;
    const QString name = text(rule, "name");
    nlb.iid = { name, name };
    nlb.type = text(rule, "loadBalancingScheme") == QLatin1String("INTERNAL") ? QStringLiteral("INTERNAL")
                                                                              : QStringLiteral("PUBLIC");
    nlb.scope = QStringLiteral("REGION");
    nlb.listenerProtocol = rule.value(QLatin1String("IPProtocol")).toString(QStringLiteral("TCP"));
    nlb.listenerPort = text(rule, "portRange").section(QLatin1Char('-'), 0, 0).toInt();
    nlb.listenerIp = text(rule, "IPAddress");
    nlb.vmGroupProtocol = nlb.listenerProtocol;
    nlb.vmGroupPort = nlb.listenerPort;
    nlb.tags = GcpMapper::tagsOf(rule);
    nlb.createdAt = GcpMapper::timestamp(rule);
    const QJsonObject described = GcpMapper::described(rule);
    nlb.extra.insert(QStringLiteral("id"), text(rule, "id"));
    nlb.extra.insert(QStringLiteral("loadBalancingScheme"), text(rule, "loadBalancingScheme"));
    nlb.extra.insert(QStringLiteral("networkTier"), text(rule, "networkTier"));
    nlb.extra.insert(QStringLiteral("portRange"), text(rule, "portRange"));

    const QString pool = GcpMapper::lastSegment(text(rule, "target"));
    nlb.extra.insert(QStringLiteral("targetPool"), pool);
    const Result<QJsonObject> targetPool = m_session.get(poolPath(pool));
    if (!targetPool.ok())
        return targetPool.error();
    nlb.extra.insert(QStringLiteral("sessionAffinity"), text(targetPool.value(), "sessionAffinity"));
    for (const QJsonValue& instance : targetPool.value().value(QLatin1String("instances")).toArray()) {
        const QString vm = GcpMapper::lastSegment(instance.toString());
        nlb.vms.append(Iid { vm, vm });
    }
    const QJsonArray checks = targetPool.value().value(QLatin1String("healthChecks")).toArray();
    if (!checks.isEmpty()) {
        const QString checkName = GcpMapper::lastSegment(checks.first().toString());
        const Result<QJsonObject> check = m_session.get(checkPath(checkName));
        if (!check.ok())
            return check.error();
        nlb.healthProtocol = QStringLiteral("HTTP");
        nlb.healthPort = check.value().value(QLatin1String("port")).toInt(80);
        nlb.healthInterval = check.value().value(QLatin1String("checkIntervalSec")).toInt(5);
        nlb.healthTimeout = check.value().value(QLatin1String("timeoutSec")).toInt(5);
        nlb.healthThreshold = check.value().value(QLatin1String("unhealthyThreshold")).toInt(2);
        nlb.extra.insert(QStringLiteral("healthCheck"), checkName);
        nlb.extra.insert(QStringLiteral("requestPath"), text(check.value(), "requestPath"));
    } else {
        // No probe: what was asked for (ours) or TCP on the group's port (anyone's).
        const QJsonObject health = described.value(QLatin1String("health")).toObject();
        nlb.healthProtocol = health.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
        nlb.healthPort = health.value(QLatin1String("port")).toInt(nlb.vmGroupPort);
        nlb.healthInterval = health.value(QLatin1String("interval")).toInt(nlb.healthInterval);
        nlb.healthTimeout = health.value(QLatin1String("timeout")).toInt(nlb.healthTimeout);
        nlb.healthThreshold = health.value(QLatin1String("threshold")).toInt(nlb.healthThreshold);
        nlb.extra.insert(QStringLiteral("healthCheck"), QStringLiteral("none"));
    }
    // Forwarding rules of an external passthrough NLB name no network: ours keep the VPC in their
    // description; for others it is the first VM's network.
    QString vpc = described.value(QLatin1String("vpc")).toString();
    if (vpc.isEmpty() && !targetPool.value().value(QLatin1String("instances")).toArray().isEmpty()) {
        const QString instance = targetPool.value().value(QLatin1String("instances")).toArray().first().toString();
        const int at = instance.indexOf(QLatin1String("/zones/"));
        const Result<QJsonObject> vm
            = at >= 0 ? m_session.get(instance.mid(at + 1)) : Result<QJsonObject>(QJsonObject());
        if (vm.ok()) {
            const QJsonArray nics = vm.value().value(QLatin1String("networkInterfaces")).toArray();
            if (!nics.isEmpty())
                vpc = GcpMapper::lastSegment(text(nics.first().toObject(), "network"));
        }
    }
    nlb.vpcIid = { vpc, vpc };
    return nlb;
}

Result<ResourcePage> GcpLoadBalancing::list(const ListRequest& request)
{
    const Result<GcpPage> page = m_session.page(
        QStringLiteral("regions/%1/forwardingRules").arg(m_session.region()), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& value : page.value().items) {
        const QJsonObject rule = value.toObject();
        const bool internal = GcpInternalLoadBalancing::isInternal(rule);
        if (!internal && !text(rule, "target").contains(QLatin1String("/targetPools/")))
            continue; // another kind of load balancer (proxy, target instance, external backend service, ...)
        const Result<NlbInfo> nlb = internal ? m_internal.assemble(rule) : assemble(rule);
        if (!nlb.ok()) {
            if (isNotFound(nlb.error()))
                continue; // a part deleted while we read
            return nlb.error();
        }
        out.items.append(Resource(nlb.value()));
    }
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpLoadBalancing::get(const QString& name)
{
    const Result<QJsonObject> rule = m_session.get(rulePath(name));
    if (!rule.ok())
        return rule.error();
    const bool internal = GcpInternalLoadBalancing::isInternal(rule.value());
    if (!internal && !text(rule.value(), "target").contains(QLatin1String("/targetPools/")))
        return notAnNlb(name);
    const Result<NlbInfo> nlb = internal ? m_internal.assemble(rule.value()) : assemble(rule.value());
    if (!nlb.ok())
        return nlb.error();
    return Resource(nlb.value());
}

Result<Resource> GcpLoadBalancing::create(const NlbInfo& request, const MutationContext& context)
{
    if (const std::optional<CloudError> bad = validate(request))
        return *bad;
    if (request.type.compare(QLatin1String("INTERNAL"), Qt::CaseInsensitive) == 0)
        return m_internal.create(request, context);
    const QString name = request.iid.nameId;
    const QString vpc = nameOf(request.vpcIid);
    const Result<QJsonObject> network = m_session.get(QStringLiteral("global/networks/") + vpc);
    if (!network.ok())
        return network.error();
    const Result<QList<QJsonObject>> found = m_parts.instancesInVpc(request.vms, vpc);
    if (!found.ok())
        return found.error();
    QJsonArray instances;
    for (const QJsonObject& instance : found.value())
        instances.append(text(instance, "selfLink"));
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QString token = context.idempotencyToken;
    const bool http = request.healthProtocol.toUpper() == QLatin1String("HTTP");
    const QJsonObject owner { { QStringLiteral("nlb"), name } };

    // 1. The health check (HTTP only).
    if (http) {
        const QJsonObject check { { QStringLiteral("name"), name },
            { QStringLiteral("description"), GcpMapper::describe(tags, owner) },
            { QStringLiteral("port"), request.healthPort }, { QStringLiteral("requestPath"), QStringLiteral("/") },
            { QStringLiteral("checkIntervalSec"), request.healthInterval },
            { QStringLiteral("timeoutSec"), request.healthTimeout },
            { QStringLiteral("healthyThreshold"), request.healthThreshold },
            { QStringLiteral("unhealthyThreshold"), request.healthThreshold } };
        const Result<QJsonObject> made = insertPart(QStringLiteral("global/httpHealthChecks"), check,
            GcpSession::requestId(token, QStringLiteral("nlb-hc/") + name));
        if (!made.ok())
            return made.error();
    }
    // Rolls back what the earlier steps made; the step's own error is what the caller gets.
    const auto undo = [&](bool pool, const CloudError& error) -> CloudError {
        if (pool)
            (void)deletePart(poolPath(name), GcpSession::requestId({}, {}));
        if (http)
            (void)deletePart(checkPath(name), GcpSession::requestId({}, {}), true);
        return error;
    };

    // 2. The target pool: the VMs and the health check.
    QJsonObject pool { { QStringLiteral("name"), name },
        { QStringLiteral("description"), GcpMapper::describe(tags, owner) },
        { QStringLiteral("instances"), instances } };
    if (http)
        pool.insert(QStringLiteral("healthChecks"), QJsonArray { m_session.partial(checkPath(name)) });
    const Result<QJsonObject> madePool = insertPart(QStringLiteral("regions/%1/targetPools").arg(m_session.region()),
        pool, GcpSession::requestId(token, QStringLiteral("nlb-pool/") + name));
    if (!madePool.ok())
        return undo(false, madePool.error());

    // 3. The forwarding rule: the listener, with our tags as labels.
    QJsonObject more { { QStringLiteral("vpc"), vpc } };
    if (!http)
        more.insert(QStringLiteral("health"),
            QJsonObject { { QStringLiteral("protocol"), QStringLiteral("TCP") },
                { QStringLiteral("port"), validPort(request.healthPort) ? request.healthPort : request.vmGroupPort },
                { QStringLiteral("interval"), request.healthInterval },
                { QStringLiteral("timeout"), request.healthTimeout },
                { QStringLiteral("threshold"), request.healthThreshold } });
    const QJsonObject rule { { QStringLiteral("name"), name },
        { QStringLiteral("description"), GcpMapper::describe({}, more) },
        { QStringLiteral("IPProtocol"), request.listenerProtocol.toUpper() },
        { QStringLiteral("portRange"), QStringLiteral("%1-%1").arg(request.listenerPort) },
        { QStringLiteral("target"), m_session.partial(poolPath(name)) },
        { QStringLiteral("loadBalancingScheme"), QStringLiteral("EXTERNAL") },
        { QStringLiteral("networkTier"), QStringLiteral("PREMIUM") },
        { QStringLiteral("labels"), GcpMapper::labels(tags) } };
    const Result<QJsonObject> madeRule
        = insertPart(QStringLiteral("regions/%1/forwardingRules").arg(m_session.region()), rule,
            GcpSession::requestId(token, QStringLiteral("nlb-rule/") + name));
    if (!madeRule.ok())
        return undo(true, madeRule.error());
    const Result<NlbInfo> nlb = assemble(madeRule.value());
    if (!nlb.ok())
        return nlb.error();
    return Resource(nlb.value());
}

Result<Done> GcpLoadBalancing::remove(const Iid& iid, const MutationContext& context)
{
    const QString name = nameOf(iid);
    const QString token = context.idempotencyToken;
    // The parts as the forwarding rule and the pool name them; by our naming when a part is gone.
    QString pool = name;
    const Result<QJsonObject> rule = m_session.get(rulePath(name));
    if (!rule.ok() && !isNotFound(rule.error()))
        return rule.error();
    if (rule.ok() && GcpInternalLoadBalancing::isInternal(rule.value())) {
        const Result<bool> gone = m_internal.remove(name, rule.value(), token);
        return gone.ok() ? Result<Done>(Done {}) : Result<Done>(gone.error());
    }
    if (rule.ok()) {
        if (!text(rule.value(), "target").contains(QLatin1String("/targetPools/")))
            return notAnNlb(name); // another kind of load balancer: not ours to take apart
        pool = GcpMapper::lastSegment(text(rule.value(), "target"));
    }
    const Result<bool> ruleGone
        = deletePart(rulePath(name), GcpSession::requestId(token, QStringLiteral("nlb-delete-rule/") + name));
    if (!ruleGone.ok())
        return ruleGone.error();

    QStringList checks;
    const Result<QJsonObject> targetPool = m_session.get(poolPath(pool));
    if (!targetPool.ok() && !isNotFound(targetPool.error()))
        return targetPool.error();
    if (targetPool.ok()) {
        for (const QJsonValue& check : targetPool.value().value(QLatin1String("healthChecks")).toArray())
            checks.append(GcpMapper::lastSegment(check.toString()));
    } else {
        // A half-made NLB of ours: its health check, if it says it is ours.
        const Result<QJsonObject> check = m_session.get(checkPath(name));
        if (check.ok() && GcpMapper::described(check.value()).value(QLatin1String("nlb")).toString() == name)
            checks.append(name);
    }
    const Result<bool> poolGone
        = deletePart(poolPath(pool), GcpSession::requestId(token, QStringLiteral("nlb-delete-pool/") + pool));
    if (!poolGone.ok())
        return poolGone.error();
    bool anyCheck = false;
    for (const QString& check : checks) {
        // Another pool may still use a shared health check: then it stays.
        const Result<bool> gone = deletePart(
            checkPath(check), GcpSession::requestId(token, QStringLiteral("nlb-delete-hc/") + check), true);
        if (!gone.ok())
            return gone.error();
        anyCheck = anyCheck || gone.value();
    }
    if (rule.ok())
        return Done {};
    // No rule: a half-made NLB of either kind may have left parts.
    const Result<bool> internalGone = m_internal.remove(name, std::nullopt, token);
    if (!internalGone.ok())
        return internalGone.error();
    if (!poolGone.value() && !anyCheck && !internalGone.value())
        return rule.error(); // nothing of it was there
    return Done {};
}

} // namespace Barista
