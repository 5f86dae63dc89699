// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2SecurityGroupActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

namespace {

QString defaultVpc(const Ec2RegionState& region)
{
    for (const Ec2Vpc& vpc : region.vpcs) {
        if (vpc.isDefault)
            return vpc.id;
    }
    return {};
}

// GroupId, or GroupName in the default VPC (the API's two ways to name a group).
Ec2SecurityGroup* findGroup(Ec2Call& call, std::optional<Ec2Error>* error)
{
    const QString id = call.request.value(QStringLiteral("GroupId"));
    const QString name = call.request.value(QStringLiteral("GroupName"));
    if (id.isEmpty() && name.isEmpty()) {
        *error = Ec2Error::missingParameter(QStringLiteral("GroupId"));
        return nullptr;
    }
    for (Ec2SecurityGroup& g : call.region.securityGroups) {
        if (id.isEmpty() ? (g.name == name && g.vpcId == defaultVpc(call.region)) : g.id == id)
            return &g;
    }
    *error = Ec2Error::client(QStringLiteral("InvalidGroup.NotFound"),
        QStringLiteral("The security group '%1' does not exist").arg(id.isEmpty() ? name : id));
    return nullptr;
}

QString protocolName(const QString& protocol)
{
    const QString p = protocol.toLower();
    if (p == QStringLiteral("6") || p == QStringLiteral("tcp"))
        return QStringLiteral("tcp");
    if (p == QStringLiteral("17") || p == QStringLiteral("udp"))
        return QStringLiteral("udp");
    if (p == QStringLiteral("1") || p == QStringLiteral("icmp"))
        return QStringLiteral("icmp");
    if (p == QStringLiteral("-1") || p == QStringLiteral("all"))
        return QStringLiteral("-1");
    return {};
}

std::optional<Ec2Error> readPermissions(const Ec2QueryRequest& r, QList<Ec2Rule>* rules)
{
    QList<QString> bases;
    for (int n : r.indexes(QStringLiteral("IpPermissions")))
        bases << QStringLiteral("IpPermissions.%1.").arg(n);
    if (bases.isEmpty() && r.has(QStringLiteral("IpProtocol")))
        bases << QString();
    if (bases.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("IpPermissions"));
    for (const QString& base : bases) {
        Ec2Rule rule;
        rule.protocol = protocolName(r.value(base + QStringLiteral("IpProtocol")));
        if (rule.protocol.isEmpty())
            return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
                QStringLiteral("Invalid value '%1' for IP protocol. Unknown protocol.")
                    .arg(r.value(base + QStringLiteral("IpProtocol"))));
        if (rule.protocol != QStringLiteral("-1")) {
            rule.fromPort = r.intValue(base + QStringLiteral("FromPort"), -1);
            rule.toPort = r.intValue(base + QStringLiteral("ToPort"), -1);
            const bool ports = rule.protocol == QStringLiteral("icmp")
                || (rule.fromPort >= 0 && rule.toPort <= 65535 && rule.fromPort <= rule.toPort);
            if (!ports)
                return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
                    QStringLiteral("Invalid value '%1' for fromPort and '%2' for toPort.")
                        .arg(rule.fromPort)
                        .arg(rule.toPort));
        }
        QStringList cidrs = base.isEmpty() ? QStringList { r.value(QStringLiteral("CidrIp")) } : QStringList();
        for (int m : r.indexes(base + QStringLiteral("IpRanges")))
            cidrs << r.value(base + QStringLiteral("IpRanges.%1.CidrIp").arg(m));
        for (const QString& cidr : cidrs) {
            quint32 address = 0;
            int prefix = 0;
            if (!Ec2State::parseCidr(cidr, &address, &prefix))
                return Ec2Error::client(
                    QStringLiteral("InvalidParameterValue"), QStringLiteral("CIDR block %1 is malformed").arg(cidr));
            rule.cidr = cidr;
            rules->append(rule);
        }
        if (cidrs.isEmpty())
            return Ec2Error::missingParameter(base + QStringLiteral("IpRanges"));
    }
    return std::nullopt;
}

bool sameRule(const Ec2Rule& a, const Ec2Rule& b)
{
    return a.egress == b.egress && a.protocol == b.protocol && a.fromPort == b.fromPort && a.toPort == b.toPort
        && a.cidr == b.cidr;
}

void writePermissions(Ec2XmlWriter& out, const QString& element, const QList<Ec2Rule>& rules, bool egress)
{
    out.start(element);
    for (const Ec2Rule& rule : rules) {
        if (rule.egress != egress)
            continue;
        out.item();
        out.text(QStringLiteral("ipProtocol"), rule.protocol);
        if (rule.protocol != QStringLiteral("-1")) {
            out.number(QStringLiteral("fromPort"), rule.fromPort);
            out.number(QStringLiteral("toPort"), rule.toPort);
        }
        out.empty(QStringLiteral("groups"));
        out.start(QStringLiteral("ipRanges"));
        out.item();
        out.text(QStringLiteral("cidrIp"), rule.cidr);
        out.end();
        out.end();
        out.empty(QStringLiteral("ipv6Ranges"));
        out.empty(QStringLiteral("prefixListIds"));
        out.end();
    }
    out.end();
}

} // namespace

void Ec2SecurityGroupActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("CreateSecurityGroup"), &createSecurityGroup);
    table.insert(QStringLiteral("AuthorizeSecurityGroupIngress"), &authorizeIngress);
    table.insert(QStringLiteral("RevokeSecurityGroupIngress"), &revokeIngress);
    table.insert(QStringLiteral("DescribeSecurityGroups"), &describeSecurityGroups);
    table.insert(QStringLiteral("DeleteSecurityGroup"), &deleteSecurityGroup);
}

Ec2Outcome Ec2SecurityGroupActions::createSecurityGroup(Ec2Call& call)
{
    const QString name = call.request.value(QStringLiteral("GroupName"));
    const QString description = call.request.value(QStringLiteral("GroupDescription"));
    if (name.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("GroupName"));
    if (description.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("GroupDescription"));
    const QString vpcId = call.request.value(QStringLiteral("VpcId"), defaultVpc(call.region));
    if (!call.region.vpcs.contains(vpcId))
        return Ec2Error::notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("vpc ID"), { vpcId });
    for (const Ec2SecurityGroup& g : call.region.securityGroups) {
        if (g.name == name && g.vpcId == vpcId)
            return Ec2Error::client(QStringLiteral("InvalidGroup.Duplicate"),
                QStringLiteral("The security group '%1' already exists for VPC '%2'").arg(name, vpcId));
    }
    Ec2SecurityGroup group;
    group.id = call.state.newId(QStringLiteral("sg"));
    group.name = name;
    group.description = description;
    group.vpcId = vpcId;
    group.tags = Ec2State::specifiedTags(call.request, QStringLiteral("security-group"));
    group.rules.append(
        { call.state.newId(QStringLiteral("sgr")), QStringLiteral("-1"), -1, -1, QStringLiteral("0.0.0.0/0"), true });
    call.region.securityGroups.insert(group.id, group);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    out.text(QStringLiteral("groupId"), group.id);
    out.text(QStringLiteral("securityGroupArn"),
        QStringLiteral("arn:aws:ec2:%1:%2:security-group/%3").arg(call.region.name, Ec2Catalog::accountId(), group.id));
    if (!group.tags.isEmpty())
        out.tagSet(group.tags);
    return out.finish();
}

Ec2Outcome Ec2SecurityGroupActions::authorizeIngress(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2SecurityGroup* group = findGroup(call, &error);
    if (!group)
        return *error;
    QList<Ec2Rule> rules;
    if ((error = readPermissions(call.request, &rules)))
        return *error;
    for (const Ec2Rule& rule : rules) {
        for (const Ec2Rule& existing : group->rules) {
            if (sameRule(rule, existing))
                return Ec2Error::client(QStringLiteral("InvalidPermission.Duplicate"),
                    QStringLiteral(
                        "the specified rule \"peer: %1, %2, from port: %3, to port: %4, ALLOW\" already exists")
                        .arg(rule.cidr, rule.protocol.toUpper())
                        .arg(rule.fromPort)
                        .arg(rule.toPort));
        }
    }
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    out.start(QStringLiteral("securityGroupRuleSet"));
    for (Ec2Rule rule : rules) {
        rule.ruleId = call.state.newId(QStringLiteral("sgr"));
        group->rules.append(rule);
        out.item();
        out.text(QStringLiteral("securityGroupRuleId"), rule.ruleId);
        out.text(QStringLiteral("groupId"), group->id);
        out.text(QStringLiteral("groupOwnerId"), Ec2Catalog::accountId());
        out.boolean(QStringLiteral("isEgress"), false);
        out.text(QStringLiteral("ipProtocol"), rule.protocol);
        out.number(QStringLiteral("fromPort"), rule.fromPort);
        out.number(QStringLiteral("toPort"), rule.toPort);
        out.text(QStringLiteral("cidrIpv4"), rule.cidr);
        out.end();
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2SecurityGroupActions::revokeIngress(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2SecurityGroup* group = findGroup(call, &error);
    if (!group)
        return *error;
    QList<Ec2Rule> rules;
    if ((error = readPermissions(call.request, &rules)))
        return *error;
    for (const Ec2Rule& rule : rules) {
        const auto it = std::find_if(
            group->rules.cbegin(), group->rules.cend(), [&](const Ec2Rule& r) { return sameRule(rule, r); });
        if (it == group->rules.cend())
            return Ec2Error::client(QStringLiteral("InvalidPermission.NotFound"),
                QStringLiteral("The specified rule does not exist in this security group."));
    }
    group->rules.removeIf([&](const Ec2Rule& r) {
        return std::any_of(rules.cbegin(), rules.cend(), [&](const Ec2Rule& gone) { return sameRule(gone, r); });
    });
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2SecurityGroupActions::describeSecurityGroups(Ec2Call& call)
{
    const QStringList ids = call.request.list(QStringLiteral("GroupId"));
    const QStringList names = call.request.list(QStringLiteral("GroupName"));
    for (const QString& id : ids) {
        if (!call.region.securityGroups.contains(id))
            return Ec2Error::client(QStringLiteral("InvalidGroup.NotFound"),
                QStringLiteral("The security group '%1' does not exist").arg(id));
    }
    if (auto error = Ec2Paging::read(call.request, 5, 1000))
        return *error;
    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("securityGroupInfo"));
    int n = 0;
    for (const Ec2SecurityGroup& g : call.region.securityGroups) {
        if ((!ids.isEmpty() && !ids.contains(g.id)) || (!names.isEmpty() && !names.contains(g.name)))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, g.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("group-id"))
                    return QStringList { g.id };
                if (name == QStringLiteral("group-name"))
                    return QStringList { g.name };
                if (name == QStringLiteral("vpc-id"))
                    return QStringList { g.vpcId };
                if (name == QStringLiteral("description"))
                    return QStringList { g.description };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
        if (!match || !page.contains(n++))
            continue;
        out.item();
        out.text(QStringLiteral("ownerId"), Ec2Catalog::accountId());
        out.text(QStringLiteral("groupId"), g.id);
        out.text(QStringLiteral("groupName"), g.name);
        out.text(QStringLiteral("groupDescription"), g.description);
        out.text(QStringLiteral("vpcId"), g.vpcId);
        writePermissions(out, QStringLiteral("ipPermissions"), g.rules, false);
        writePermissions(out, QStringLiteral("ipPermissionsEgress"), g.rules, true);
        out.tagSet(g.tags);
        out.end();
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2SecurityGroupActions::deleteSecurityGroup(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2SecurityGroup* group = findGroup(call, &error);
    if (!group)
        return *error;
    if (group->name == QStringLiteral("default"))
        return Ec2Error::client(QStringLiteral("CannotDelete"),
            QStringLiteral("the specified group: \"%1\" name: \"default\" cannot be deleted by a user").arg(group->id));
    for (const Ec2Instance& i : call.region.instances) {
        if (i.groupIds.contains(group->id) && i.state != QStringLiteral("terminated"))
            return Ec2Error::dependency(QStringLiteral("resource %1 has a dependent object").arg(group->id));
    }
    call.region.securityGroups.remove(group->id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

} // namespace Barista
