// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpNetwork.h"

#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {

QString nameOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

QMap<QString, QString> merged(QMap<QString, QString> tags, const MutationContext& context)
{
    tags.insert(context.tags);
    return tags;
}

CloudError notFound(const QString& message)
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("notFound"), message);
    error.httpStatus = 404;
    return error;
}

} // namespace

GcpNetwork::GcpNetwork(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<QList<SubnetInfo>> GcpNetwork::subnetsOf(const QString& network)
{
    const Result<QJsonArray> all = m_session.all(QStringLiteral("regions/%1/subnetworks").arg(m_session.region()));
    if (!all.ok())
        return all.error();
    QList<SubnetInfo> subnets;
    for (const QJsonValue& value : all.value()) {
        const QJsonObject subnet = value.toObject();
        if (GcpMapper::lastSegment(subnet.value(QLatin1String("network")).toString()) == network)
            subnets.append(GcpMapper::toSubnet(subnet));
    }
    return subnets;
}

Result<ResourcePage> GcpNetwork::listVpcs(const ListRequest& request)
{
    const Result<GcpPage> page = m_session.page(QStringLiteral("global/networks"), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    const Result<QJsonArray> subnets = m_session.all(QStringLiteral("regions/%1/subnetworks").arg(m_session.region()));
    if (!subnets.ok())
        return subnets.error();
    ResourcePage out;
    for (const QJsonValue& value : page.value().items) {
        const QJsonObject network = value.toObject();
        QList<SubnetInfo> own;
        for (const QJsonValue& subnet : subnets.value()) {
            if (GcpMapper::lastSegment(subnet.toObject().value(QLatin1String("network")).toString())
                == network.value(QLatin1String("name")).toString())
                own.append(GcpMapper::toSubnet(subnet.toObject()));
        }
        out.items.append(GcpMapper::toVpc(network, own));
    }
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpNetwork::getVpc(const QString& name)
{
    const Result<QJsonObject> network = m_session.get(QStringLiteral("global/networks/") + name);
    if (!network.ok())
        return network.error();
    const Result<QList<SubnetInfo>> subnets = subnetsOf(name);
    if (!subnets.ok())
        return subnets.error();
    return Resource(GcpMapper::toVpc(network.value(), subnets.value()));
}

Result<Resource> GcpNetwork::createVpc(const VpcInfo& request, const MutationContext& context)
{
    const QString name = request.iid.nameId;
    const QMap<QString, QString> tags = merged(request.tags, context);
    const QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("autoCreateSubnetworks"), false },
        { QStringLiteral("routingConfig"),
            QJsonObject { { QStringLiteral("routingMode"), QStringLiteral("REGIONAL") } } },
        { QStringLiteral("description"),
            GcpMapper::describe(tags, QJsonObject { { QStringLiteral("cidr"), request.ipv4Cidr } }) } };
    const Result<QJsonObject> made = m_session.mutate(QByteArrayLiteral("POST"), QStringLiteral("global/networks"),
        body, GcpSession::requestId(context.idempotencyToken, QStringLiteral("network/") + name));
    if (!made.ok())
        return made.error();
    for (const SubnetInfo& subnet : request.subnets) {
        const QJsonObject subnetBody { { QStringLiteral("name"), subnet.iid.nameId },
            { QStringLiteral("network"), m_session.partial(QStringLiteral("global/networks/") + name) },
            { QStringLiteral("ipCidrRange"), subnet.ipv4Cidr },
            { QStringLiteral("description"),
                GcpMapper::describe(
                    merged(subnet.tags, context), QJsonObject { { QStringLiteral("zone"), subnet.zone } }) } };
        const Result<QJsonObject> madeSubnet = m_session.mutate(QByteArrayLiteral("POST"),
            QStringLiteral("regions/%1/subnetworks").arg(m_session.region()), subnetBody,
            GcpSession::requestId(context.idempotencyToken, QStringLiteral("subnet/") + subnet.iid.nameId));
        if (!madeSubnet.ok())
            return madeSubnet.error();
    }
    return getVpc(name);
}

Result<Done> GcpNetwork::removeVpc(const Iid& iid)
{
    const QString name = nameOf(iid);
    const Result<QList<SubnetInfo>> subnets = subnetsOf(name);
    if (!subnets.ok())
        return subnets.error();
    for (const SubnetInfo& subnet : subnets.value()) {
        const Result<QJsonObject> gone = m_session.mutate(QByteArrayLiteral("DELETE"),
            QStringLiteral("regions/%1/subnetworks/%2").arg(m_session.region(), subnet.iid.systemId), {},
            GcpSession::requestId({}, {}));
        if (!gone.ok())
            return gone.error();
    }
    const Result<QJsonObject> gone = m_session.mutate(
        QByteArrayLiteral("DELETE"), QStringLiteral("global/networks/") + name, {}, GcpSession::requestId({}, {}));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

QJsonObject GcpNetwork::firewallBody(const QString& group, const QString& name, const QString& networkUrl,
    const SecurityRule& rule, const QString& description)
{
    const bool egress = rule.direction == QLatin1String("outbound");
    QJsonObject allowed { { QStringLiteral("IPProtocol"), rule.ipProtocol } };
    if (rule.fromPort >= 0 && rule.ipProtocol != QLatin1String("icmp") && rule.ipProtocol != QLatin1String("all")) {
        const int to = rule.toPort < 0 ? rule.fromPort : rule.toPort;
        allowed.insert(QStringLiteral("ports"),
            QJsonArray { to == rule.fromPort ? QString::number(rule.fromPort)
                                             : QStringLiteral("%1-%2").arg(rule.fromPort).arg(to) });
    }
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("network"), networkUrl },
        { QStringLiteral("direction"), egress ? QStringLiteral("EGRESS") : QStringLiteral("INGRESS") },
        { QStringLiteral("priority"), 1000 },
        { egress ? QStringLiteral("destinationRanges") : QStringLiteral("sourceRanges"), QJsonArray { rule.cidr } },
        { QStringLiteral("targetTags"), QJsonArray { group } }, { QStringLiteral("allowed"), QJsonArray { allowed } },
        { QStringLiteral("description"), description } };
}

Result<QList<QJsonObject>> GcpNetwork::firewallsOf(const QString& group)
{
    const Result<QJsonArray> all = m_session.all(QStringLiteral("global/firewalls"));
    if (!all.ok())
        return all.error();
    QList<QJsonObject> own;
    for (const QJsonValue& value : all.value()) {
        if (GcpMapper::described(value.toObject()).value(QLatin1String("sg")).toString() == group)
            own.append(value.toObject());
    }
    return own;
}

namespace {

SecurityGroupInfo toGroup(const QString& name, const QList<QJsonObject>& firewalls)
{
    SecurityGroupInfo group;
    group.iid = { name, name };
    for (const QJsonObject& firewall : firewalls) {
        const QString network = GcpMapper::lastSegment(firewall.value(QLatin1String("network")).toString());
        group.vpcIid = { network, network };
        group.rules += GcpMapper::toRules(firewall);
        group.tags = GcpMapper::tagsOf(firewall);
        const QDateTime created = GcpMapper::timestamp(firewall);
        if (!group.createdAt.isValid() || created < group.createdAt)
            group.createdAt = created;
        QJsonArray names = group.extra.value(QLatin1String("firewalls")).toArray();
        names.append(firewall.value(QLatin1String("name")));
        group.extra.insert(QStringLiteral("firewalls"), names);
    }
    return group;
}

} // namespace

Result<ResourcePage> GcpNetwork::listSecurityGroups()
{
    const Result<QJsonArray> all = m_session.all(QStringLiteral("global/firewalls"));
    if (!all.ok())
        return all.error();
    QMap<QString, QList<QJsonObject>> groups;
    for (const QJsonValue& value : all.value()) {
        const QString group = GcpMapper::described(value.toObject()).value(QLatin1String("sg")).toString();
        if (!group.isEmpty())
            groups[group].append(value.toObject());
    }
    ResourcePage out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.items.append(toGroup(it.key(), it.value()));
    return out;
}

Result<Resource> GcpNetwork::getSecurityGroup(const QString& name)
{
    const Result<QList<QJsonObject>> firewalls = firewallsOf(name);
    if (!firewalls.ok())
        return firewalls.error();
    if (firewalls.value().isEmpty())
        return notFound(
            QCoreApplication::translate("GcpNetwork", "No firewall rule belongs to the security group \"%1\".")
                .arg(name));
    return Resource(toGroup(name, firewalls.value()));
}

Result<Resource> GcpNetwork::createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context)
{
    const QString group = request.iid.nameId;
    const QString network = nameOf(request.vpcIid);
    if (network.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"),
            QCoreApplication::translate("GcpNetwork", "A security group on GCP needs its VPC (network)."));
    QList<SecurityRule> rules = request.rules;
    const bool hasOutbound = std::any_of(
        rules.cbegin(), rules.cend(), [](const SecurityRule& r) { return r.direction == QLatin1String("outbound"); });
    if (!hasOutbound)
        rules.append(
            SecurityRule { QStringLiteral("outbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") });
    const QString description
        = GcpMapper::describe(merged(request.tags, context), QJsonObject { { QStringLiteral("sg"), group } });
    int inbound = 0;
    int outbound = 0;
    for (const SecurityRule& rule : rules) {
        const bool egress = rule.direction == QLatin1String("outbound");
        const QString name = QStringLiteral("%1-%2%3")
                                 .arg(group, egress ? QStringLiteral("e") : QStringLiteral("i"))
                                 .arg(egress ? outbound++ : inbound++);
        const Result<QJsonObject> made = m_session.mutate(QByteArrayLiteral("POST"), QStringLiteral("global/firewalls"),
            firewallBody(
                group, name, m_session.partial(QStringLiteral("global/networks/") + network), rule, description),
            GcpSession::requestId(context.idempotencyToken, QStringLiteral("firewall/") + name));
        if (!made.ok())
            return made.error();
    }
    return getSecurityGroup(group);
}

Result<Done> GcpNetwork::removeSecurityGroup(const Iid& iid)
{
    const QString group = nameOf(iid);
    const Result<QList<QJsonObject>> firewalls = firewallsOf(group);
    if (!firewalls.ok())
        return firewalls.error();
    if (firewalls.value().isEmpty())
        return notFound(
            QCoreApplication::translate("GcpNetwork", "No firewall rule belongs to the security group \"%1\".")
                .arg(group));
    for (const QJsonObject& firewall : firewalls.value()) {
        const Result<QJsonObject> gone = m_session.mutate(QByteArrayLiteral("DELETE"),
            QStringLiteral("global/firewalls/") + firewall.value(QLatin1String("name")).toString(), {},
            GcpSession::requestId({}, {}));
        if (!gone.ok())
            return gone.error();
    }
    return Done {};
}

} // namespace Barista
