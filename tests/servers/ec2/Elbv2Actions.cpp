// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Elbv2Actions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Elbv2Shapes.h"
#include "tests/servers/ec2/Elbv2XmlWriter.h"

#include <QRegularExpression>
#include <algorithm>

namespace Barista {

namespace {

const QStringList kProtocols = { QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("TCP_UDP"),
    QStringLiteral("TLS"), QStringLiteral("HTTP"), QStringLiteral("HTTPS") };

// Load balancer and target group names: 1-32 alphanumerics or hyphens, no hyphen at either end.
std::optional<Ec2Error> checkName(const QString& name, const QString& what)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$"));
    if (name.isEmpty())
        return Elbv2Actions::validation(QStringLiteral("A %1 name must be specified").arg(what));
    if (name.size() > 32)
        return Elbv2Actions::validation(
            QStringLiteral("%1 name '%2' cannot be longer than '32' characters").arg(what, name));
    if (!valid.match(name).hasMatch() || name.startsWith(QStringLiteral("internal-")))
        return Elbv2Actions::validation(QStringLiteral("%1 name '%2' can only contain characters that are "
                                                       "alphanumeric characters or hyphens(-)")
                                            .arg(what, name));
    return std::nullopt;
}

std::optional<Ec2Error> checkRange(const Ec2QueryRequest& r, const QString& name, int low, int high, int* value)
{
    if (!r.has(name))
        return std::nullopt;
    bool ok = false;
    const int v = r.intValue(name, 0, &ok);
    if (!ok || v < low || v > high)
        return Elbv2Actions::validation(
            QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: Member "
                           "must have value between %3 and %4")
                .arg(r.value(name), name.left(1).toLower() + name.mid(1))
                .arg(low)
                .arg(high));
    *value = v;
    return std::nullopt;
}

// A 16-hex-digit suffix from the state's id counter, as ELBv2 ARNs and DNS names carry one.
QString suffix(Ec2State& state)
{
    return state.newId(QStringLiteral("x")).right(16);
}

QString arnBase(const Elbv2Call& call)
{
    return QStringLiteral("arn:aws:elasticloadbalancing:%1:%2:").arg(call.region.name, Ec2Catalog::accountId());
}

} // namespace

void Elbv2Actions::registerAll(Elbv2HandlerTable& table)
{
    table.insert(QStringLiteral("CreateLoadBalancer"), &createLoadBalancer);
    table.insert(QStringLiteral("CreateTargetGroup"), &createTargetGroup);
    table.insert(QStringLiteral("RegisterTargets"), &registerTargets);
    table.insert(QStringLiteral("CreateListener"), &createListener);
    table.insert(QStringLiteral("DeleteListener"), &deleteListener);
    table.insert(QStringLiteral("DeleteTargetGroup"), &deleteTargetGroup);
    table.insert(QStringLiteral("DeleteLoadBalancer"), &deleteLoadBalancer);
}

Elbv2LoadBalancer* Elbv2Actions::loadBalancer(Elbv2RegionState& elb, const QString& arn)
{
    for (Elbv2LoadBalancer& lb : elb.loadBalancers) {
        if (lb.arn == arn)
            return &lb;
    }
    return nullptr;
}

Elbv2TargetGroup* Elbv2Actions::targetGroup(Elbv2RegionState& elb, const QString& arn)
{
    for (Elbv2TargetGroup& group : elb.targetGroups) {
        if (group.arn == arn)
            return &group;
    }
    return nullptr;
}

Ec2Outcome Elbv2Actions::createLoadBalancer(Elbv2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    const QString name = r.value(QStringLiteral("Name"));
    if (auto error = checkName(name, QStringLiteral("Load balancer")))
        return *error;
    const QString type = r.value(QStringLiteral("Type"), QStringLiteral("application"));
    if (type != QStringLiteral("network") && type != QStringLiteral("application"))
        return validation(QStringLiteral("Load balancer type '%1' is not supported here").arg(type));
    const QString scheme = r.value(QStringLiteral("Scheme"), QStringLiteral("internet-facing"));
    if (scheme != QStringLiteral("internet-facing") && scheme != QStringLiteral("internal"))
        return validation(QStringLiteral("Scheme '%1' must be one of [internet-facing, internal]").arg(scheme));
    const QStringList subnets = r.list(QStringLiteral("Subnets.member"));
    if (subnets.isEmpty())
        return validation(QStringLiteral("At least one subnet must be specified"));
    QString vpcId;
    QStringList zones;
    for (const QString& id : subnets) {
        if (!call.region.subnets.contains(id))
            return Ec2Error::client(
                QStringLiteral("SubnetNotFound"), QStringLiteral("The subnet ID '%1' is not valid").arg(id));
        const Ec2Subnet& subnet = call.region.subnets[id];
        if (!vpcId.isEmpty() && subnet.vpcId != vpcId)
            return Ec2Error::client(QStringLiteral("InvalidConfigurationRequest"),
                QStringLiteral("All subnets must belong to the same VPC: '%1' and '%2'").arg(vpcId, subnet.vpcId));
        if (zones.contains(subnet.zone))
            return Ec2Error::client(QStringLiteral("InvalidConfigurationRequest"),
                QStringLiteral("A load balancer cannot be attached to multiple subnets in the same Availability "
                               "Zone"));
        vpcId = subnet.vpcId;
        zones.append(subnet.zone);
    }
    const QByteArray fingerprint = r.fingerprint({ QStringLiteral("Action"), QStringLiteral("Version") });
    for (const Elbv2LoadBalancer& existing : std::as_const(call.elb.loadBalancers)) {
        if (existing.name != name)
            continue;
        if (existing.fingerprint != fingerprint)
            return Ec2Error::client(QStringLiteral("DuplicateLoadBalancerName"),
                QStringLiteral("A load balancer with the same name '%1' exists, but with different settings")
                    .arg(name));
        Elbv2XmlWriter out(r.action(), call.requestId);
        out.start(QStringLiteral("LoadBalancers"));
        Elbv2Shapes::loadBalancer(out, existing, call.region);
        out.end();
        return out.finish();
    }

    Elbv2LoadBalancer lb;
    const QString id = suffix(call.state);
    lb.arn = arnBase(call)
        + QStringLiteral("loadbalancer/%1/%2/%3")
              .arg(type == QStringLiteral("network") ? QStringLiteral("net") : QStringLiteral("app"), name, id);
    lb.name = name;
    lb.dnsName = QStringLiteral("%1-%2.elb.%3.amazonaws.com").arg(name, id, call.region.name);
    if (scheme == QStringLiteral("internal"))
        lb.dnsName = QStringLiteral("internal-") + lb.dnsName;
    lb.type = type;
    lb.scheme = scheme;
    lb.vpcId = vpcId;
    lb.state = QStringLiteral("provisioning");
    lb.transition = call.state.transitionTo(QStringLiteral("active"));
    lb.created = call.state.now();
    int n = 0;
    for (const QString& subnetId : subnets) {
        // internet-facing: an AWS-assigned public address per zone (documentation range 203.0.113.0/24);
        // internal: a private address of the subnet.
        const QString address = scheme == QStringLiteral("internal")
            ? call.state.nextPrivateIp(call.region.subnets[subnetId])
            : QStringLiteral("203.0.113.%1").arg(10 + (call.elb.loadBalancers.size() * 4 + n++) % 240);
        lb.subnets.append({ subnetId, address });
    }
    lb.tags = r.tags(QStringLiteral("Tags.member"));
    lb.fingerprint = fingerprint;
    call.elb.loadBalancers.insert(id, lb);

    Elbv2XmlWriter out(r.action(), call.requestId);
    out.start(QStringLiteral("LoadBalancers"));
    Elbv2Shapes::loadBalancer(out, lb, call.region);
    out.end();
    return out.finish();
}

Ec2Outcome Elbv2Actions::createTargetGroup(Elbv2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    Elbv2TargetGroup group;
    group.name = r.value(QStringLiteral("Name"));
    if (auto error = checkName(group.name, QStringLiteral("Target group")))
        return *error;
    group.targetType = r.value(QStringLiteral("TargetType"), QStringLiteral("instance"));
    if (group.targetType != QStringLiteral("instance") && group.targetType != QStringLiteral("ip"))
        return validation(QStringLiteral("Target type '%1' is not supported here").arg(group.targetType));
    group.protocol = r.value(QStringLiteral("Protocol"));
    if (!kProtocols.contains(group.protocol))
        return validation(
            QStringLiteral("A protocol must be specified, one of %1").arg(kProtocols.join(QStringLiteral(", "))));
    if (!r.has(QStringLiteral("Port")))
        return validation(QStringLiteral("A port must be specified"));
    if (auto error = checkRange(r, QStringLiteral("Port"), 1, 65535, &group.port))
        return *error;
    group.vpcId = r.value(QStringLiteral("VpcId"));
    if (group.vpcId.isEmpty())
        return validation(QStringLiteral("A VPC ID must be specified"));
    if (!call.region.vpcs.contains(group.vpcId))
        return validation(QStringLiteral("The VPC ID '%1' is not found").arg(group.vpcId));
    group.healthProtocol = r.value(QStringLiteral("HealthCheckProtocol"),
        group.protocol == QStringLiteral("UDP") ? QStringLiteral("TCP") : group.protocol);
    if (!kProtocols.contains(group.healthProtocol) || group.healthProtocol == QStringLiteral("UDP"))
        return validation(QStringLiteral("Health check protocol '%1' is not supported").arg(group.healthProtocol));
    group.healthPort = r.value(QStringLiteral("HealthCheckPort"), QStringLiteral("traffic-port"));
    if (group.healthPort != QStringLiteral("traffic-port")) {
        int port = 0;
        if (auto error = checkRange(r, QStringLiteral("HealthCheckPort"), 1, 65535, &port))
            return *error;
    }
    if (auto e = checkRange(r, QStringLiteral("HealthCheckIntervalSeconds"), 5, 300, &group.healthInterval))
        return *e;
    if (auto e = checkRange(r, QStringLiteral("HealthCheckTimeoutSeconds"), 2, 120, &group.healthTimeout))
        return *e;
    if (auto e = checkRange(r, QStringLiteral("HealthyThresholdCount"), 2, 10, &group.healthyThreshold))
        return *e;
    if (auto e = checkRange(r, QStringLiteral("UnhealthyThresholdCount"), 2, 10, &group.unhealthyThreshold))
        return *e;
    group.fingerprint = r.fingerprint({ QStringLiteral("Action"), QStringLiteral("Version") });
    for (const Elbv2TargetGroup& existing : std::as_const(call.elb.targetGroups)) {
        if (existing.name != group.name)
            continue;
        if (existing.fingerprint != group.fingerprint)
            return Ec2Error::client(QStringLiteral("DuplicateTargetGroupName"),
                QStringLiteral("A target group with the same name '%1' exists, but with different settings")
                    .arg(group.name));
        group = existing;
        break;
    }
    if (group.arn.isEmpty()) {
        const QString id = suffix(call.state);
        group.arn = arnBase(call) + QStringLiteral("targetgroup/%1/%2").arg(group.name, id);
        group.tags = r.tags(QStringLiteral("Tags.member"));
        call.elb.targetGroups.insert(id, group);
    }
    Elbv2XmlWriter out(r.action(), call.requestId);
    out.start(QStringLiteral("TargetGroups"));
    Elbv2Shapes::targetGroup(out, group, call.elb);
    out.end();
    return out.finish();
}

Ec2Outcome Elbv2Actions::registerTargets(Elbv2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    Elbv2TargetGroup* group = targetGroup(call.elb, r.value(QStringLiteral("TargetGroupArn")));
    if (!group)
        return targetGroupNotFound();
    QList<Elbv2Target> targets;
    QStringList invalid;
    QStringList elsewhere;
    for (int n : r.indexes(QStringLiteral("Targets.member"))) {
        const QString base = QStringLiteral("Targets.member.%1.").arg(n);
        Elbv2Target target { r.value(base + QStringLiteral("Id")), group->port };
        if (target.id.isEmpty())
            return validation(QStringLiteral("A target ID must be specified"));
        if (auto error = checkRange(r, base + QStringLiteral("Port"), 1, 65535, &target.port))
            return *error;
        const auto instance = call.region.instances.constFind(target.id);
        if (instance == call.region.instances.cend() || instance->state == QStringLiteral("terminated")
            || instance->state == QStringLiteral("shutting-down"))
            invalid.append(target.id);
        else if (instance->vpcId != group->vpcId)
            elsewhere.append(target.id);
        targets.append(target);
    }
    if (targets.isEmpty())
        return validation(QStringLiteral("At least one target must be specified"));
    if (!invalid.isEmpty())
        return Ec2Error::client(QStringLiteral("InvalidTarget"),
            QStringLiteral("The following targets are not valid instances: '%1'")
                .arg(invalid.join(QStringLiteral("', '"))));
    if (!elsewhere.isEmpty())
        return Ec2Error::client(QStringLiteral("InvalidTarget"),
            QStringLiteral("The following targets are not in the target group's VPC '%1': '%2'")
                .arg(group->vpcId, elsewhere.join(QStringLiteral("', '"))));
    for (const Elbv2Target& target : std::as_const(targets)) {
        const bool known = std::any_of(group->targets.cbegin(), group->targets.cend(),
            [&](const Elbv2Target& t) { return t.id == target.id && t.port == target.port; });
        if (!known)
            group->targets.append(target);
    }
    Elbv2XmlWriter out(r.action(), call.requestId);
    return out.finish();
}

Ec2Outcome Elbv2Actions::createListener(Elbv2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    Elbv2LoadBalancer* lb = loadBalancer(call.elb, r.value(QStringLiteral("LoadBalancerArn")));
    if (!lb)
        return loadBalancerNotFound();
    Elbv2Listener listener;
    listener.loadBalancerArn = lb->arn;
    listener.protocol = r.value(QStringLiteral("Protocol"));
    if (!kProtocols.contains(listener.protocol))
        return validation(
            QStringLiteral("A protocol must be specified, one of %1").arg(kProtocols.join(QStringLiteral(", "))));
    if (!r.has(QStringLiteral("Port")))
        return validation(QStringLiteral("A port must be specified"));
    if (auto error = checkRange(r, QStringLiteral("Port"), 1, 65535, &listener.port))
        return *error;
    if (r.value(QStringLiteral("DefaultActions.member.1.Type")) != QStringLiteral("forward"))
        return validation(QStringLiteral("A default action of type 'forward' must be specified"));
    const Elbv2TargetGroup* group
        = targetGroup(call.elb, r.value(QStringLiteral("DefaultActions.member.1.TargetGroupArn")));
    if (!group)
        return targetGroupNotFound();
    if (group->vpcId != lb->vpcId)
        return validation(QStringLiteral("The target group '%1' is not in the load balancer's VPC").arg(group->arn));
    for (const Elbv2Listener& other : std::as_const(call.elb.listeners)) {
        if (other.targetGroupArn == group->arn && other.loadBalancerArn != lb->arn)
            return Ec2Error::client(QStringLiteral("TargetGroupAssociationLimit"),
                QStringLiteral("The following target groups cannot be associated with more than one load balancer: "
                               "%1")
                    .arg(group->arn));
    }
    listener.targetGroupArn = group->arn;
    listener.fingerprint = r.fingerprint({ QStringLiteral("Action"), QStringLiteral("Version") });
    for (const Elbv2Listener& other : std::as_const(call.elb.listeners)) {
        if (other.loadBalancerArn != lb->arn || other.port != listener.port)
            continue;
        if (other.fingerprint != listener.fingerprint)
            return Ec2Error::client(QStringLiteral("DuplicateListener"),
                QStringLiteral("A listener already exists on this port for this load balancer '%1'").arg(lb->arn));
        listener = other;
        break;
    }
    if (listener.arn.isEmpty()) {
        const QString id = suffix(call.state);
        listener.arn = QString(lb->arn).replace(QStringLiteral(":loadbalancer/"), QStringLiteral(":listener/"))
            + QLatin1Char('/') + id;
        listener.tags = r.tags(QStringLiteral("Tags.member"));
        call.elb.listeners.insert(id, listener);
    }
    Elbv2XmlWriter out(r.action(), call.requestId);
    out.start(QStringLiteral("Listeners"));
    Elbv2Shapes::listener(out, listener);
    out.end();
    return out.finish();
}

Ec2Outcome Elbv2Actions::deleteListener(Elbv2Call& call)
{
    const QString arn = call.request.value(QStringLiteral("ListenerArn"));
    for (auto it = call.elb.listeners.begin(); it != call.elb.listeners.end(); ++it) {
        if (it->arn == arn) {
            call.elb.listeners.erase(it);
            Elbv2XmlWriter out(call.request.action(), call.requestId);
            return out.finish();
        }
    }
    return listenerNotFound();
}

Ec2Outcome Elbv2Actions::deleteTargetGroup(Elbv2Call& call)
{
    const QString arn = call.request.value(QStringLiteral("TargetGroupArn"));
    if (arn.isEmpty())
        return validation(QStringLiteral("A target group ARN must be specified"));
    for (const Elbv2Listener& listener : std::as_const(call.elb.listeners)) {
        if (listener.targetGroupArn == arn)
            return Ec2Error::client(QStringLiteral("ResourceInUse"),
                QStringLiteral("Target group '%1' is currently in use by a listener or a rule").arg(arn));
    }
    // ELBv2 answers success for a target group that does not exist (any more).
    for (auto it = call.elb.targetGroups.begin(); it != call.elb.targetGroups.end(); ++it) {
        if (it->arn == arn) {
            call.elb.targetGroups.erase(it);
            break;
        }
    }
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    return out.finish();
}

Ec2Outcome Elbv2Actions::deleteLoadBalancer(Elbv2Call& call)
{
    const QString arn = call.request.value(QStringLiteral("LoadBalancerArn"));
    if (arn.isEmpty())
        return validation(QStringLiteral("A load balancer ARN must be specified"));
    // Documented: deleting a load balancer that does not exist (any more) succeeds; its listeners
    // go with it, its target groups stay.
    for (auto it = call.elb.loadBalancers.begin(); it != call.elb.loadBalancers.end(); ++it) {
        if (it->arn == arn) {
            call.elb.loadBalancers.erase(it);
            break;
        }
    }
    for (auto it = call.elb.listeners.begin(); it != call.elb.listeners.end();) {
        if (it->loadBalancerArn == arn)
            it = call.elb.listeners.erase(it);
        else
            ++it;
    }
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    return out.finish();
}

} // namespace Barista
