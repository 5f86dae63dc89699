// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2VpcActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

namespace {

bool validBlock(const QString& cidr)
{
    quint32 base = 0;
    int prefix = 0;
    return Ec2State::parseCidr(cidr, &base, &prefix) && prefix >= 16 && prefix <= 28;
}

void writeVpc(Ec2XmlWriter& out, const Ec2Vpc& vpc, const QString& state)
{
    out.text(QStringLiteral("vpcId"), vpc.id);
    out.text(QStringLiteral("ownerId"), Ec2Catalog::accountId());
    out.text(QStringLiteral("state"), state);
    out.text(QStringLiteral("cidrBlock"), vpc.cidr);
    out.start(QStringLiteral("cidrBlockAssociationSet"));
    out.item();
    out.text(QStringLiteral("cidrBlock"), vpc.cidr);
    out.text(QStringLiteral("associationId"), QStringLiteral("vpc-cidr-assoc-") + vpc.id.mid(4));
    out.start(QStringLiteral("cidrBlockState"));
    out.text(QStringLiteral("state"), QStringLiteral("associated"));
    out.end();
    out.end();
    out.end();
    out.text(QStringLiteral("dhcpOptionsId"), QStringLiteral("dopt-0123456789abcdef0"));
    out.tagSet(vpc.tags);
    out.text(QStringLiteral("instanceTenancy"), QStringLiteral("default"));
    out.boolean(QStringLiteral("isDefault"), vpc.isDefault);
}

void writeSubnet(Ec2XmlWriter& out, const Ec2Subnet& subnet, const Ec2RegionState& region, const QString& state)
{
    quint32 base = 0;
    int prefix = 0;
    Ec2State::parseCidr(subnet.cidr, &base, &prefix);
    int used = 0;
    for (const Ec2Instance& i : region.instances)
        used += i.subnetId == subnet.id && i.state != QStringLiteral("terminated") ? 1 : 0;
    out.text(QStringLiteral("subnetId"), subnet.id);
    out.text(QStringLiteral("subnetArn"),
        QStringLiteral("arn:aws:ec2:%1:%2:subnet/%3").arg(region.name, Ec2Catalog::accountId(), subnet.id));
    out.text(QStringLiteral("state"), state);
    out.text(QStringLiteral("vpcId"), subnet.vpcId);
    out.text(QStringLiteral("ownerId"), Ec2Catalog::accountId());
    out.text(QStringLiteral("cidrBlock"), subnet.cidr);
    out.number(QStringLiteral("availableIpAddressCount"), (qint64(1) << (32 - prefix)) - 5 - used);
    out.text(QStringLiteral("availabilityZone"), subnet.zone);
    out.text(QStringLiteral("availabilityZoneId"), Ec2Catalog::zoneId(subnet.zone));
    const bool isDefault = region.vpcs.value(subnet.vpcId).isDefault;
    out.boolean(QStringLiteral("defaultForAz"), isDefault);
    out.boolean(QStringLiteral("mapPublicIpOnLaunch"), isDefault);
    out.tagSet(subnet.tags);
}

Ec2Error invalidFilter(const QString& name)
{
    return Ec2Error::client(
        QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(name));
}

} // namespace

void Ec2VpcActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("CreateVpc"), &createVpc);
    table.insert(QStringLiteral("DescribeVpcs"), &describeVpcs);
    table.insert(QStringLiteral("DeleteVpc"), &deleteVpc);
    table.insert(QStringLiteral("CreateSubnet"), &createSubnet);
    table.insert(QStringLiteral("DescribeSubnets"), &describeSubnets);
    table.insert(QStringLiteral("DeleteSubnet"), &deleteSubnet);
}

Ec2Outcome Ec2VpcActions::createVpc(Ec2Call& call)
{
    const QString cidr = call.request.value(QStringLiteral("CidrBlock"));
    if (cidr.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("CidrBlock"));
    if (!validBlock(cidr))
        return Ec2Error::client(
            QStringLiteral("InvalidVpc.Range"), QStringLiteral("The CIDR '%1' is invalid.").arg(cidr));
    Ec2Vpc vpc;
    vpc.id = call.state.newId(QStringLiteral("vpc"));
    vpc.cidr = cidr;
    vpc.tags = Ec2State::specifiedTags(call.request, QStringLiteral("vpc"));
    call.region.vpcs.insert(vpc.id, vpc);
    // Every new VPC comes with its default security group (egress open), as in EC2.
    Ec2SecurityGroup group;
    group.id = call.state.newId(QStringLiteral("sg"));
    group.name = QStringLiteral("default");
    group.description = QStringLiteral("default VPC security group");
    group.vpcId = vpc.id;
    group.rules.append(
        { call.state.newId(QStringLiteral("sgr")), QStringLiteral("-1"), -1, -1, QStringLiteral("0.0.0.0/0"), true });
    call.region.securityGroups.insert(group.id, group);

    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("vpc"));
    writeVpc(out, vpc, QStringLiteral("pending"));
    out.end();
    return out.finish();
}

Ec2Outcome Ec2VpcActions::describeVpcs(Ec2Call& call)
{
    const QStringList ids = call.request.list(QStringLiteral("VpcId"));
    QStringList missing;
    for (const QString& id : ids) {
        if (!call.region.vpcs.contains(id))
            missing << id;
    }
    if (!missing.isEmpty())
        return Ec2Error::notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("vpc ID"), missing);
    if (auto error = Ec2Paging::read(call.request, 5, 1000))
        return *error;
    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("vpcSet"));
    int n = 0;
    for (const Ec2Vpc& vpc : call.region.vpcs) {
        if (!ids.isEmpty() && !ids.contains(vpc.id))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, vpc.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("vpc-id"))
                    return QStringList { vpc.id };
                if (name == QStringLiteral("cidr") || name == QStringLiteral("cidr-block-association.cidr-block"))
                    return QStringList { vpc.cidr };
                if (name == QStringLiteral("is-default"))
                    return QStringList { vpc.isDefault ? QStringLiteral("true") : QStringLiteral("false") };
                if (name == QStringLiteral("state"))
                    return QStringList { vpc.state };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return invalidFilter(invalid);
        if (!match || !page.contains(n++))
            continue;
        out.item();
        writeVpc(out, vpc, vpc.state);
        out.end();
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2VpcActions::deleteVpc(Ec2Call& call)
{
    const QString id = call.request.value(QStringLiteral("VpcId"));
    if (id.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("VpcId"));
    if (!call.region.vpcs.contains(id))
        return Ec2Error::notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("vpc ID"), { id });
    bool busy = false;
    for (const Ec2Subnet& s : call.region.subnets)
        busy = busy || s.vpcId == id;
    for (const Ec2SecurityGroup& g : call.region.securityGroups)
        busy = busy || (g.vpcId == id && g.name != QStringLiteral("default"));
    if (busy)
        return Ec2Error::dependency(QStringLiteral("The vpc '%1' has dependencies and cannot be deleted.").arg(id));
    for (auto it = call.region.securityGroups.begin(); it != call.region.securityGroups.end();)
        it = it->vpcId == id ? call.region.securityGroups.erase(it) : std::next(it);
    call.region.vpcs.remove(id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2VpcActions::createSubnet(Ec2Call& call)
{
    const QString vpcId = call.request.value(QStringLiteral("VpcId"));
    const QString cidr = call.request.value(QStringLiteral("CidrBlock"));
    if (vpcId.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("VpcId"));
    if (cidr.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("CidrBlock"));
    if (!call.region.vpcs.contains(vpcId))
        return Ec2Error::notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("vpc ID"), { vpcId });
    const QStringList zones = Ec2Catalog::zones(call.region.name);
    const QString zone = call.request.value(QStringLiteral("AvailabilityZone"), zones.value(0));
    if (!zones.contains(zone))
        return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
            QStringLiteral(
                "Value (%1) for parameter availabilityZone is invalid. Subnets can currently only be created "
                "in the following availability zones: %2.")
                .arg(zone, zones.join(QStringLiteral(", "))));
    if (!validBlock(cidr) || !Ec2State::cidrContains(call.region.vpcs.value(vpcId).cidr, cidr))
        return Ec2Error::client(
            QStringLiteral("InvalidSubnet.Range"), QStringLiteral("The CIDR '%1' is invalid.").arg(cidr));
    for (const Ec2Subnet& s : call.region.subnets) {
        if (s.vpcId == vpcId && Ec2State::cidrOverlaps(s.cidr, cidr))
            return Ec2Error::client(QStringLiteral("InvalidSubnet.Conflict"),
                QStringLiteral("The CIDR '%1' conflicts with another subnet").arg(cidr));
    }
    Ec2Subnet subnet;
    subnet.id = call.state.newId(QStringLiteral("subnet"));
    subnet.vpcId = vpcId;
    subnet.cidr = cidr;
    subnet.zone = zone;
    subnet.tags = Ec2State::specifiedTags(call.request, QStringLiteral("subnet"));
    call.region.subnets.insert(subnet.id, subnet);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("subnet"));
    writeSubnet(out, subnet, call.region, QStringLiteral("pending"));
    out.end();
    return out.finish();
}

Ec2Outcome Ec2VpcActions::describeSubnets(Ec2Call& call)
{
    const QStringList ids = call.request.list(QStringLiteral("SubnetId"));
    QStringList missing;
    for (const QString& id : ids) {
        if (!call.region.subnets.contains(id))
            missing << id;
    }
    if (!missing.isEmpty())
        return Ec2Error::notFound(QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet ID"), missing);
    if (auto error = Ec2Paging::read(call.request, 5, 1000))
        return *error;
    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("subnetSet"));
    int n = 0;
    for (const Ec2Subnet& subnet : call.region.subnets) {
        if (!ids.isEmpty() && !ids.contains(subnet.id))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, subnet.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("subnet-id"))
                    return QStringList { subnet.id };
                if (name == QStringLiteral("vpc-id"))
                    return QStringList { subnet.vpcId };
                if (name == QStringLiteral("availability-zone"))
                    return QStringList { subnet.zone };
                if (name == QStringLiteral("cidr-block") || name == QStringLiteral("cidr"))
                    return QStringList { subnet.cidr };
                if (name == QStringLiteral("default-for-az"))
                    return QStringList { call.region.vpcs.value(subnet.vpcId).isDefault ? QStringLiteral("true")
                                                                                        : QStringLiteral("false") };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return invalidFilter(invalid);
        if (!match || !page.contains(n++))
            continue;
        out.item();
        writeSubnet(out, subnet, call.region, QStringLiteral("available"));
        out.end();
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2VpcActions::deleteSubnet(Ec2Call& call)
{
    const QString id = call.request.value(QStringLiteral("SubnetId"));
    if (id.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("SubnetId"));
    if (!call.region.subnets.contains(id))
        return Ec2Error::notFound(QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet ID"), { id });
    for (const Ec2Instance& i : call.region.instances) {
        if (i.subnetId == id && i.state != QStringLiteral("terminated"))
            return Ec2Error::dependency(
                QStringLiteral("The subnet '%1' has dependencies and cannot be deleted.").arg(id));
    }
    call.region.subnets.remove(id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

} // namespace Barista
