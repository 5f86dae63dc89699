// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsNetwork.h"

#include "providers/aws/AwsMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QString kVpcSet = QStringLiteral("vpcSet");
const QString kSubnetSet = QStringLiteral("subnetSet");
const QString kGroupSet = QStringLiteral("securityGroupInfo");

bool isDefaultEgress(const SecurityRule& rule)
{
    return rule.direction == QLatin1String("outbound")
        && AwsMapper::wireProtocol(rule.ipProtocol) == QLatin1String("-1") && rule.cidr == QLatin1String("0.0.0.0/0");
}

} // namespace

AwsNetwork::AwsNetwork(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

CloudError AwsNetwork::notFound(const QString& code, const QString& what, const QString& id) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, code,
        QCoreApplication::translate("AwsNetwork", "No %1 \"%2\" in region %3.").arg(what, id, m_connection.region));
    error.httpStatus = 400;
    return error;
}

Result<QMap<QString, QList<SubnetInfo>>> AwsNetwork::subnetsByVpc(const QStringList& vpcIds)
{
    QMap<QString, QList<SubnetInfo>> byVpc;
    if (vpcIds.isEmpty())
        return byVpc;
    const Result<QList<AwsXmlNode>> subnets = m_session.all(
        QStringLiteral("DescribeSubnets"), AwsParams().filter(QStringLiteral("vpc-id"), vpcIds), kSubnetSet);
    if (!subnets.ok())
        return subnets.error();
    for (const AwsXmlNode& subnet : subnets.value())
        byVpc[subnet.value(QStringLiteral("vpcId"))].append(AwsMapper::toSubnet(subnet));
    return byVpc;
}

Result<ResourcePage> AwsNetwork::listVpcs(const ListRequest& request)
{
    const Result<AwsPage> page
        = m_session.page(QStringLiteral("DescribeVpcs"), AwsParams(), kVpcSet, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    QStringList ids;
    for (const AwsXmlNode& vpc : page.value().items)
        ids.append(vpc.value(QStringLiteral("vpcId")));
    const Result<QMap<QString, QList<SubnetInfo>>> subnets = subnetsByVpc(ids);
    if (!subnets.ok())
        return subnets.error();
    ResourcePage out;
    for (const AwsXmlNode& vpc : page.value().items)
        out.items.append(AwsMapper::toVpc(vpc, subnets.value().value(vpc.value(QStringLiteral("vpcId")))));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<Resource> AwsNetwork::getVpc(const QString& id)
{
    AwsParams params;
    if (AwsMapper::isId(id, QStringLiteral("vpc")))
        params.list(QStringLiteral("VpcId"), { id });
    else
        params.filter(QStringLiteral("tag:Name"), { id });
    const Result<QList<AwsXmlNode>> vpcs = m_session.all(QStringLiteral("DescribeVpcs"), params, kVpcSet);
    if (!vpcs.ok())
        return vpcs.error();
    if (vpcs.value().isEmpty())
        return notFound(QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("VPC"), id);
    const AwsXmlNode& vpc = vpcs.value().first();
    const QString vpcId = vpc.value(QStringLiteral("vpcId"));
    const Result<QMap<QString, QList<SubnetInfo>>> subnets = subnetsByVpc({ vpcId });
    if (!subnets.ok())
        return subnets.error();
    return Resource(AwsMapper::toVpc(vpc, subnets.value().value(vpcId)));
}

Result<QString> AwsNetwork::resolveVpcId(const Iid& iid)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    if (iid.nameId.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("MissingParameter"),
            QCoreApplication::translate("AwsNetwork", "A VPC is needed."));
    const Result<Resource> vpc = getVpc(iid.nameId);
    if (!vpc.ok())
        return vpc.error();
    return vpc.value().iid().systemId;
}

Result<QString> AwsNetwork::resolveSubnetId(const Iid& iid, const QString& vpcId)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    AwsParams params;
    params.filter(QStringLiteral("tag:Name"), { iid.nameId });
    if (!vpcId.isEmpty())
        params.filter(QStringLiteral("vpc-id"), { vpcId });
    const Result<QList<AwsXmlNode>> subnets = m_session.all(QStringLiteral("DescribeSubnets"), params, kSubnetSet);
    if (!subnets.ok())
        return subnets.error();
    if (subnets.value().isEmpty())
        return notFound(QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet"), iid.nameId);
    return subnets.value().first().value(QStringLiteral("subnetId"));
}

Result<QString> AwsNetwork::firstSubnet(const QString& vpcId, const QString& zone)
{
    AwsParams params;
    params.filter(QStringLiteral("vpc-id"), { vpcId });
    if (!zone.isEmpty())
        params.filter(QStringLiteral("availability-zone"), { zone });
    const Result<QList<AwsXmlNode>> subnets = m_session.all(QStringLiteral("DescribeSubnets"), params, kSubnetSet);
    if (!subnets.ok())
        return subnets.error();
    if (subnets.value().isEmpty())
        return notFound(QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet of VPC"), vpcId);
    return subnets.value().first().value(QStringLiteral("subnetId"));
}

Result<Done> AwsNetwork::createSubnets(const QString& vpcId, const VpcInfo& request, const MutationContext& context)
{
    const Result<QMap<QString, QList<SubnetInfo>>> existing = subnetsByVpc({ vpcId });
    if (!existing.ok())
        return existing.error();
    QStringList have;
    for (const SubnetInfo& subnet : existing.value().value(vpcId))
        have << subnet.iid.nameId;
    for (const SubnetInfo& subnet : request.subnets) {
        if (!subnet.iid.nameId.isEmpty() && have.contains(subnet.iid.nameId))
            continue; // made by an earlier attempt with the same token
        AwsParams params;
        params.add(QStringLiteral("VpcId"), vpcId).add(QStringLiteral("CidrBlock"), subnet.ipv4Cidr);
        const QString zone = subnet.zone.isEmpty() ? m_connection.zone : subnet.zone;
        if (!zone.isEmpty())
            params.add(QStringLiteral("AvailabilityZone"), zone);
        params.tagSpecification(QStringLiteral("subnet"),
            AwsMapper::tagsFor(subnet.iid.nameId, subnet.tags, MutationContext { {}, context.tags }, false));
        const Result<AwsXmlNode> made = m_session.call(QStringLiteral("CreateSubnet"), params);
        if (!made.ok())
            return made.error();
    }
    return Done {};
}

Result<Resource> AwsNetwork::createVpc(const VpcInfo& request, const MutationContext& context)
{
    QString vpcId;
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QList<AwsXmlNode>> found = m_session.all(QStringLiteral("DescribeVpcs"),
            AwsParams().filter(QStringLiteral("tag:") + AwsMapper::tokenTag(), { context.idempotencyToken }), kVpcSet);
        if (!found.ok())
            return found.error();
        if (!found.value().isEmpty())
            vpcId = found.value().first().value(QStringLiteral("vpcId"));
    }
    const bool created = vpcId.isEmpty();
    if (created) {
        AwsParams params;
        params.add(
            QStringLiteral("CidrBlock"), request.ipv4Cidr.isEmpty() ? QStringLiteral("10.0.0.0/16") : request.ipv4Cidr);
        params.tagSpecification(QStringLiteral("vpc"), AwsMapper::tagsFor(request.iid.nameId, request.tags, context));
        const Result<AwsXmlNode> made = m_session.call(QStringLiteral("CreateVpc"), params);
        if (!made.ok())
            return made.error();
        vpcId = made.value().child(QStringLiteral("vpc")).value(QStringLiteral("vpcId"));
    }
    const Result<Done> subnets = createSubnets(vpcId, request, context);
    if (!subnets.ok()) {
        if (created)
            removeVpc(Iid { QString(), vpcId }); // best effort: the error that matters is the subnet's
        return subnets.error();
    }
    return getVpc(vpcId);
}

Result<Done> AwsNetwork::removeVpc(const Iid& iid)
{
    const Result<QString> id = resolveVpcId(iid);
    if (!id.ok())
        return id.error();
    const Result<QMap<QString, QList<SubnetInfo>>> subnets = subnetsByVpc({ id.value() });
    if (!subnets.ok())
        return subnets.error();
    for (const SubnetInfo& subnet : subnets.value().value(id.value())) {
        const Result<AwsXmlNode> gone = m_session.call(
            QStringLiteral("DeleteSubnet"), AwsParams().add(QStringLiteral("SubnetId"), subnet.iid.systemId));
        if (!gone.ok())
            return gone.error();
    }
    const Result<AwsXmlNode> gone
        = m_session.call(QStringLiteral("DeleteVpc"), AwsParams().add(QStringLiteral("VpcId"), id.value()));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

Result<ResourcePage> AwsNetwork::listSecurityGroups(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeSecurityGroups"), AwsParams(), kGroupSet, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& group : page.value().items)
        out.items.append(AwsMapper::toSecurityGroup(group));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<Resource> AwsNetwork::getSecurityGroup(const QString& id)
{
    AwsParams params;
    if (AwsMapper::isId(id, QStringLiteral("sg")))
        params.list(QStringLiteral("GroupId"), { id });
    else
        params.filter(QStringLiteral("group-name"), { id });
    const Result<QList<AwsXmlNode>> groups = m_session.all(QStringLiteral("DescribeSecurityGroups"), params, kGroupSet);
    if (!groups.ok())
        return groups.error();
    if (groups.value().isEmpty())
        return notFound(QStringLiteral("InvalidGroup.NotFound"), QStringLiteral("security group"), id);
    return Resource(AwsMapper::toSecurityGroup(groups.value().first()));
}

Result<QString> AwsNetwork::resolveGroupId(const Iid& iid, const QString& vpcId)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    AwsParams params;
    params.filter(QStringLiteral("group-name"), { iid.nameId });
    if (!vpcId.isEmpty())
        params.filter(QStringLiteral("vpc-id"), { vpcId });
    const Result<QList<AwsXmlNode>> groups = m_session.all(QStringLiteral("DescribeSecurityGroups"), params, kGroupSet);
    if (!groups.ok())
        return groups.error();
    if (groups.value().isEmpty())
        return notFound(QStringLiteral("InvalidGroup.NotFound"), QStringLiteral("security group"), iid.nameId);
    return groups.value().first().value(QStringLiteral("groupId"));
}

Result<Done> AwsNetwork::authorize(const QString& groupId, const QList<SecurityRule>& rules, bool egress)
{
    AwsParams params;
    params.add(QStringLiteral("GroupId"), groupId);
    int n = 0;
    for (const SecurityRule& rule : rules) {
        const QString base = QStringLiteral("IpPermissions.%1.").arg(++n);
        const QString protocol = AwsMapper::wireProtocol(rule.ipProtocol);
        params.add(base + QStringLiteral("IpProtocol"), protocol);
        if (protocol != QLatin1String("-1")) {
            const bool icmp = protocol == QLatin1String("icmp");
            // -1 means every port (every type for ICMP, where EC2 itself uses -1).
            params.add(base + QStringLiteral("FromPort"), rule.fromPort < 0 && !icmp ? 0 : rule.fromPort);
            params.add(base + QStringLiteral("ToPort"), rule.toPort < 0 && !icmp ? 65535 : rule.toPort);
        }
        const bool v6 = rule.cidr.contains(QLatin1Char(':'));
        params.add(base + (v6 ? QStringLiteral("Ipv6Ranges.1.CidrIpv6") : QStringLiteral("IpRanges.1.CidrIp")),
            rule.cidr.isEmpty() ? QStringLiteral("0.0.0.0/0") : rule.cidr);
    }
    if (n == 0)
        return Done {};
    const QString action
        = egress ? QStringLiteral("AuthorizeSecurityGroupEgress") : QStringLiteral("AuthorizeSecurityGroupIngress");
    const Result<AwsXmlNode> done = m_session.call(action, params);
    if (!done.ok())
        return done.error();
    return Done {};
}

Result<Resource> AwsNetwork::createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context)
{
    const Result<QString> vpcId = request.vpcIid.isEmpty() ? Result<QString>(QString()) : resolveVpcId(request.vpcIid);
    if (!vpcId.ok())
        return vpcId.error();
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QList<AwsXmlNode>> found = m_session.all(QStringLiteral("DescribeSecurityGroups"),
            AwsParams().filter(QStringLiteral("tag:") + AwsMapper::tokenTag(), { context.idempotencyToken }),
            kGroupSet);
        if (!found.ok())
            return found.error();
        if (!found.value().isEmpty())
            return Resource(AwsMapper::toSecurityGroup(found.value().first()));
    }
    const QString description = request.extra.value(QLatin1String("description")).toString();
    AwsParams params;
    params.add(QStringLiteral("GroupName"), request.iid.nameId)
        .add(QStringLiteral("GroupDescription"), description.isEmpty() ? request.iid.nameId : description);
    if (!vpcId.value().isEmpty())
        params.add(QStringLiteral("VpcId"), vpcId.value());
    params.tagSpecification(QStringLiteral("security-group"), AwsMapper::tagsFor(QString(), request.tags, context));
    const Result<AwsXmlNode> made = m_session.call(QStringLiteral("CreateSecurityGroup"), params);
    if (!made.ok())
        return made.error();
    const QString groupId = made.value().value(QStringLiteral("groupId"));
    QList<SecurityRule> inbound;
    QList<SecurityRule> outbound;
    for (const SecurityRule& rule : request.rules) {
        if (rule.direction == QLatin1String("outbound")) {
            if (!isDefaultEgress(rule))
                outbound.append(rule);
        } else {
            inbound.append(rule);
        }
    }
    Result<Done> rules = authorize(groupId, inbound, false);
    if (rules.ok())
        rules = authorize(groupId, outbound, true);
    if (!rules.ok()) {
        m_session.call(QStringLiteral("DeleteSecurityGroup"), AwsParams().add(QStringLiteral("GroupId"), groupId));
        return rules.error(); // the group is undone (best effort): the rule's error is what matters
    }
    return getSecurityGroup(groupId);
}

Result<Done> AwsNetwork::removeSecurityGroup(const Iid& iid)
{
    const Result<QString> id = resolveGroupId(iid, QString());
    if (!id.ok())
        return id.error();
    const Result<AwsXmlNode> gone
        = m_session.call(QStringLiteral("DeleteSecurityGroup"), AwsParams().add(QStringLiteral("GroupId"), id.value()));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

} // namespace Barista
