// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Elbv2DescribeActions.h"

#include "tests/servers/ec2/Elbv2Actions.h"
#include "tests/servers/ec2/Elbv2Shapes.h"
#include "tests/servers/ec2/Elbv2XmlWriter.h"

#include <algorithm>

namespace Barista {

namespace {

// PageSize (1-400) and Marker; the marker is opaque to clients: here it names the action and
// the offset, so a marker from another action is refused.
struct Page
{
    QString action;
    int offset = 0;
    int size = 0; // 0: everything

    bool contains(int index) const { return index >= offset && (size <= 0 || index < offset + size); }
    QString nextMarker(int total) const
    {
        if (size <= 0 || offset + size >= total)
            return {};
        const QByteArray raw = "barista-elb:" + action.toLatin1() + ':' + QByteArray::number(offset + size);
        return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
};

std::optional<Ec2Error> readPage(const Ec2QueryRequest& r, Page* page)
{
    page->action = r.action();
    if (r.has(QStringLiteral("PageSize"))) {
        bool ok = false;
        page->size = r.intValue(QStringLiteral("PageSize"), 0, &ok);
        if (!ok || page->size < 1 || page->size > 400)
            return Elbv2Actions::validation(
                QStringLiteral("1 validation error detected: Value '%1' at 'pageSize' failed to satisfy constraint: "
                               "Member must have value between 1 and 400")
                    .arg(r.value(QStringLiteral("PageSize"))));
    }
    if (r.has(QStringLiteral("Marker"))) {
        const QByteArray raw
            = QByteArray::fromBase64(r.value(QStringLiteral("Marker")).toLatin1(), QByteArray::Base64UrlEncoding);
        const QList<QByteArray> parts = raw.split(':');
        bool ok = parts.size() == 3 && parts.at(0) == "barista-elb" && QString::fromLatin1(parts.at(1)) == r.action();
        if (ok)
            page->offset = parts.at(2).toInt(&ok);
        if (!ok || page->offset < 0)
            return Elbv2Actions::validation(QStringLiteral("Invalid marker"));
    }
    return std::nullopt;
}

void writeNextMarker(Elbv2XmlWriter& out, const Page& page, int total)
{
    const QString next = page.nextMarker(total);
    if (!next.isEmpty())
        out.text(QStringLiteral("NextMarker"), next);
}

// A provisioning load balancer turns active on the Nth describe or after the server's time.
void settle(Ec2State& state, Elbv2LoadBalancer& lb)
{
    if (lb.transition.target.isEmpty())
        return;
    --lb.transition.describesLeft;
    if (lb.transition.describesLeft <= 0 || (lb.transition.dueMs > 0 && state.nowMs() >= lb.transition.dueMs)) {
        lb.state = lb.transition.target;
        lb.transition = {};
    }
}

} // namespace

void Elbv2DescribeActions::registerAll(Elbv2HandlerTable& table)
{
    table.insert(QStringLiteral("DescribeLoadBalancers"), &describeLoadBalancers);
    table.insert(QStringLiteral("DescribeTargetGroups"), &describeTargetGroups);
    table.insert(QStringLiteral("DescribeListeners"), &describeListeners);
    table.insert(QStringLiteral("DescribeTargetHealth"), &describeTargetHealth);
    table.insert(QStringLiteral("DescribeTags"), &describeTags);
}

Ec2Outcome Elbv2DescribeActions::describeLoadBalancers(Elbv2Call& call)
{
    const QStringList arns = call.request.list(QStringLiteral("LoadBalancerArns.member"));
    const QStringList names = call.request.list(QStringLiteral("Names.member"));
    for (const QString& arn : arns) {
        if (!Elbv2Actions::loadBalancer(call.elb, arn))
            return Elbv2Actions::loadBalancerNotFound();
    }
    for (const QString& name : names) {
        const bool known = std::any_of(call.elb.loadBalancers.cbegin(), call.elb.loadBalancers.cend(),
            [&](const Elbv2LoadBalancer& lb) { return lb.name == name; });
        if (!known)
            return Ec2Error::client(
                QStringLiteral("LoadBalancerNotFound"), QStringLiteral("Load balancers '[%1]' not found").arg(name));
    }
    Page page;
    if (auto error = readPage(call.request, &page))
        return *error;
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("LoadBalancers"));
    int n = 0;
    for (Elbv2LoadBalancer& lb : call.elb.loadBalancers) {
        if ((!arns.isEmpty() && !arns.contains(lb.arn)) || (!names.isEmpty() && !names.contains(lb.name)))
            continue;
        settle(call.state, lb);
        if (page.contains(n++))
            Elbv2Shapes::loadBalancer(out, lb, call.region);
    }
    out.end();
    writeNextMarker(out, page, n);
    return out.finish();
}

Ec2Outcome Elbv2DescribeActions::describeTargetGroups(Elbv2Call& call)
{
    const QString lbArn = call.request.value(QStringLiteral("LoadBalancerArn"));
    if (!lbArn.isEmpty() && !Elbv2Actions::loadBalancer(call.elb, lbArn))
        return Elbv2Actions::loadBalancerNotFound();
    const QStringList arns = call.request.list(QStringLiteral("TargetGroupArns.member"));
    const QStringList names = call.request.list(QStringLiteral("Names.member"));
    for (const QString& arn : arns) {
        if (!Elbv2Actions::targetGroup(call.elb, arn))
            return Elbv2Actions::targetGroupNotFound();
    }
    for (const QString& name : names) {
        const bool known = std::any_of(call.elb.targetGroups.cbegin(), call.elb.targetGroups.cend(),
            [&](const Elbv2TargetGroup& group) { return group.name == name; });
        if (!known)
            return Ec2Error::client(
                QStringLiteral("TargetGroupNotFound"), QStringLiteral("Target groups '[%1]' not found").arg(name));
    }
    Page page;
    if (auto error = readPage(call.request, &page))
        return *error;
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("TargetGroups"));
    int n = 0;
    for (const Elbv2TargetGroup& group : std::as_const(call.elb.targetGroups)) {
        if ((!arns.isEmpty() && !arns.contains(group.arn)) || (!names.isEmpty() && !names.contains(group.name)))
            continue;
        if (!lbArn.isEmpty()) {
            const bool used = std::any_of(call.elb.listeners.cbegin(), call.elb.listeners.cend(),
                [&](const Elbv2Listener& l) { return l.loadBalancerArn == lbArn && l.targetGroupArn == group.arn; });
            if (!used)
                continue;
        }
        if (page.contains(n++))
            Elbv2Shapes::targetGroup(out, group, call.elb);
    }
    out.end();
    writeNextMarker(out, page, n);
    return out.finish();
}

Ec2Outcome Elbv2DescribeActions::describeListeners(Elbv2Call& call)
{
    const QString lbArn = call.request.value(QStringLiteral("LoadBalancerArn"));
    const QStringList arns = call.request.list(QStringLiteral("ListenerArns.member"));
    if (lbArn.isEmpty() && arns.isEmpty())
        return Elbv2Actions::validation(QStringLiteral("You must specify either listener ARNs or a load balancer ARN"));
    if (!lbArn.isEmpty() && !Elbv2Actions::loadBalancer(call.elb, lbArn))
        return Elbv2Actions::loadBalancerNotFound();
    for (const QString& arn : arns) {
        const bool known = std::any_of(call.elb.listeners.cbegin(), call.elb.listeners.cend(),
            [&](const Elbv2Listener& l) { return l.arn == arn; });
        if (!known)
            return Elbv2Actions::listenerNotFound();
    }
    Page page;
    if (auto error = readPage(call.request, &page))
        return *error;
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("Listeners"));
    int n = 0;
    for (const Elbv2Listener& listener : std::as_const(call.elb.listeners)) {
        if ((!lbArn.isEmpty() && listener.loadBalancerArn != lbArn)
            || (!arns.isEmpty() && !arns.contains(listener.arn)))
            continue;
        if (page.contains(n++))
            Elbv2Shapes::listener(out, listener);
    }
    out.end();
    writeNextMarker(out, page, n);
    return out.finish();
}

Ec2Outcome Elbv2DescribeActions::describeTargetHealth(Elbv2Call& call)
{
    const Elbv2TargetGroup* group
        = Elbv2Actions::targetGroup(call.elb, call.request.value(QStringLiteral("TargetGroupArn")));
    if (!group)
        return Elbv2Actions::targetGroupNotFound();
    const bool inUse = std::any_of(call.elb.listeners.cbegin(), call.elb.listeners.cend(),
        [&](const Elbv2Listener& l) { return l.targetGroupArn == group->arn; });
    // Targets.member.N: only those (documented: a target that is not registered is "unused",
    // Target.NotRegistered; one that is no instance at all is InvalidTarget).
    QList<Elbv2Target> asked;
    for (int n : call.request.indexes(QStringLiteral("Targets.member"))) {
        const QString base = QStringLiteral("Targets.member.%1.").arg(n);
        const Elbv2Target target { call.request.value(base + QStringLiteral("Id")),
            call.request.intValue(base + QStringLiteral("Port"), 0) };
        if (!call.region.instances.contains(target.id))
            return Ec2Error::client(QStringLiteral("InvalidTarget"),
                QStringLiteral("The following targets are not valid instances: '%1'").arg(target.id));
        asked.append(target);
    }
    const auto registered = [&](const Elbv2Target& t) {
        return std::any_of(group->targets.cbegin(), group->targets.cend(),
            [&](const Elbv2Target& r) { return r.id == t.id && (t.port == 0 || r.port == t.port); });
    };
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("TargetHealthDescriptions"));
    for (const Elbv2Target& target : std::as_const(asked)) {
        if (registered(target))
            continue;
        out.member();
        out.start(QStringLiteral("Target"));
        out.text(QStringLiteral("Id"), target.id);
        out.number(QStringLiteral("Port"), target.port > 0 ? target.port : group->port);
        out.end();
        out.start(QStringLiteral("TargetHealth"));
        out.text(QStringLiteral("State"), QStringLiteral("unused"));
        out.text(QStringLiteral("Reason"), QStringLiteral("Target.NotRegistered"));
        out.text(QStringLiteral("Description"), QStringLiteral("Target is not registered to the target group"));
        out.end();
        out.end();
    }
    for (const Elbv2Target& target : group->targets) {
        const bool wanted = asked.isEmpty() || std::any_of(asked.cbegin(), asked.cend(), [&](const Elbv2Target& t) {
            return t.id == target.id && (t.port == 0 || t.port == target.port);
        });
        if (!wanted)
            continue;
        out.member();
        out.start(QStringLiteral("Target"));
        out.text(QStringLiteral("Id"), target.id);
        out.number(QStringLiteral("Port"), target.port);
        out.end();
        out.text(QStringLiteral("HealthCheckPort"),
            group->healthPort == QStringLiteral("traffic-port") ? QString::number(target.port) : group->healthPort);
        out.start(QStringLiteral("TargetHealth"));
        // The documented states: a target of a group no listener uses is "unused"
        // (Target.NotInUse), a stopped instance too (Target.InvalidState); a running one is healthy
        // (the server runs no health checks).
        const QString instanceState = call.region.instances.value(target.id).state;
        if (!inUse) {
            out.text(QStringLiteral("State"), QStringLiteral("unused"));
            out.text(QStringLiteral("Reason"), QStringLiteral("Target.NotInUse"));
            out.text(QStringLiteral("Description"),
                QStringLiteral("Target group is not configured to receive traffic from the load balancer"));
        } else if (instanceState != QStringLiteral("running")) {
            out.text(QStringLiteral("State"), QStringLiteral("unused"));
            out.text(QStringLiteral("Reason"), QStringLiteral("Target.InvalidState"));
            out.text(QStringLiteral("Description"), QStringLiteral("Target is in the stopped state"));
        } else {
            out.text(QStringLiteral("State"), QStringLiteral("healthy"));
        }
        out.end();
        out.end();
    }
    out.end();
    return out.finish();
}

Ec2Outcome Elbv2DescribeActions::describeTags(Elbv2Call& call)
{
    const QStringList arns = call.request.list(QStringLiteral("ResourceArns.member"));
    if (arns.isEmpty() || arns.size() > 20)
        return Elbv2Actions::validation(QStringLiteral("Between 1 and 20 resource ARNs must be specified"));
    QList<const Ec2Tags*> found;
    for (const QString& arn : arns) {
        const Ec2Tags* tags = nullptr;
        if (const Elbv2LoadBalancer* lb = Elbv2Actions::loadBalancer(call.elb, arn))
            tags = &lb->tags;
        else if (const Elbv2TargetGroup* group = Elbv2Actions::targetGroup(call.elb, arn))
            tags = &group->tags;
        for (const Elbv2Listener& listener : std::as_const(call.elb.listeners)) {
            if (listener.arn == arn)
                tags = &listener.tags;
        }
        if (!tags) {
            if (arn.contains(QStringLiteral(":targetgroup/")))
                return Elbv2Actions::targetGroupNotFound();
            if (arn.contains(QStringLiteral(":listener/")))
                return Elbv2Actions::listenerNotFound();
            return Elbv2Actions::loadBalancerNotFound();
        }
        found.append(tags);
    }
    Elbv2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("TagDescriptions"));
    for (int i = 0; i < arns.size(); ++i) {
        out.member();
        out.text(QStringLiteral("ResourceArn"), arns.at(i));
        out.tags(*found.at(i));
        out.end();
    }
    out.end();
    return out.finish();
}

} // namespace Barista
