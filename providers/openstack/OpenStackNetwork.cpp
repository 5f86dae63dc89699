// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackNetwork.h"

#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {

using S = OpenStackService;

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

const QString kNetworks = QStringLiteral("networks");
const QString kGroups = QStringLiteral("security-groups");
const QString kGroupsKey = QStringLiteral("security_groups");

} // namespace

OpenStackNetwork::OpenStackNetwork(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

CloudError OpenStackNetwork::notFound(const QString& what, const QString& id) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
        QCoreApplication::translate("OpenStackNetwork", "No %1 \"%2\" in region %3.").arg(what, id, m_connection.region));
    error.httpStatus = 404;
    return error;
}

Result<QJsonArray> OpenStackNetwork::find(const QString& collection, const QString& key, const QString& id)
{
    if (OpenStackMapper::looksLikeId(id)) {
        const Result<QJsonObject> one = m_session.get(S::Network, QLatin1Char('/') + collection + QLatin1Char('/') + id);
        if (one.ok())
            return QJsonArray { one.value().value(key.chopped(1)).toObject() };
        if (one.error().kind != CloudError::Kind::NotFound)
            return one.error();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), encoded(id));
    return m_session.all(S::Network, QLatin1Char('/') + collection, key, query);
}

Result<QJsonArray> OpenStackNetwork::withToken(const QString& collection, const QString& key, const QString& token)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tags"), encoded(OpenStackMapper::tokenTag() + QLatin1Char('=') + token));
    return m_session.all(S::Network, QLatin1Char('/') + collection, key, query);
}

Result<QString> OpenStackNetwork::resolve(const QString& collection, const QString& key, const Iid& iid, const QString& what)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    const Result<QJsonArray> found = find(collection, key, iid.nameId);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return notFound(what, iid.nameId);
    return found.value().first().toObject().value(QLatin1String("id")).toString();
}

Result<Done> OpenStackNetwork::setTags(const QString& collection, const QString& id, const QMap<QString, QString>& tags)
{
    if (tags.isEmpty())
        return Done {};
    const Result<QJsonObject> done = m_session.put(S::Network,
        QLatin1Char('/') + collection + QLatin1Char('/') + id + QStringLiteral("/tags"),
        QJsonObject { { QStringLiteral("tags"), QJsonArray::fromStringList(OpenStackMapper::neutronTags(tags)) } });
    if (!done.ok())
        return done.error();
    return Done {};
}

Result<QJsonArray> OpenStackNetwork::subnetsOf(const QJsonArray& networks)
{
    if (networks.isEmpty())
        return QJsonArray();
    QUrlQuery query;
    for (const QJsonValue& network : networks)
        query.addQueryItem(QStringLiteral("network_id"), network.toObject().value(QLatin1String("id")).toString());
    return m_session.all(S::Network, QStringLiteral("/subnets"), QStringLiteral("subnets"), query);
}

Result<ResourcePage> OpenStackNetwork::listVpcs(const ListRequest& request)
{
    const Result<OpenStackPage> page
        = m_session.page(S::Network, QStringLiteral("/networks"), kNetworks, QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    const Result<QJsonArray> subnets = subnetsOf(page.value().items);
    if (!subnets.ok())
        return subnets.error();
    ResourcePage out;
    for (const QJsonValue& network : page.value().items)
        out.items.append(OpenStackMapper::toVpc(network.toObject(), subnets.value()));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackNetwork::getVpc(const QString& id)
{
    const Result<QJsonArray> found = find(kNetworks, kNetworks, id);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return notFound(QStringLiteral("network"), id);
    const QJsonArray one { found.value().first() };
    const Result<QJsonArray> subnets = subnetsOf(one);
    if (!subnets.ok())
        return subnets.error();
    return Resource(OpenStackMapper::toVpc(one.first().toObject(), subnets.value()));
}

Result<Resource> OpenStackNetwork::createVpc(const VpcInfo& request, const MutationContext& context)
{
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonArray> existing = withToken(kNetworks, kNetworks, context.idempotencyToken);
        if (!existing.ok())
            return existing.error();
        if (!existing.value().isEmpty())
            return getVpc(existing.value().first().toObject().value(QLatin1String("id")).toString());
    }
    if (m_session.isCanceled())
        return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
    const QJsonObject network { { QStringLiteral("name"), request.iid.nameId }, { QStringLiteral("admin_state_up"), true } };
    const Result<QJsonObject> created
        = m_session.post(S::Network, QStringLiteral("/networks"), QJsonObject { { QStringLiteral("network"), network } });
    if (!created.ok())
        return created.error();
    const QString id = created.value().value(QLatin1String("network")).toObject().value(QLatin1String("id")).toString();
    QMap<QString, QString> tags = OpenStackMapper::tagsFor(request.tags, context);
    if (!request.ipv4Cidr.isEmpty())
        tags.insert(OpenStackMapper::cidrTag(), request.ipv4Cidr);

    const auto undo = [this, &id](const CloudError& error) -> Result<Resource> {
        m_session.remove(S::Network, QStringLiteral("/networks/") + id); // best effort: the error that matters is the first
        return error;
    };
    const Result<Done> tagged = setTags(kNetworks, id, tags);
    if (!tagged.ok())
        return undo(tagged.error());
    for (const SubnetInfo& subnet : request.subnets) {
        const QJsonObject body { { QStringLiteral("network_id"), id }, { QStringLiteral("name"), subnet.iid.nameId },
            { QStringLiteral("cidr"), subnet.ipv4Cidr }, { QStringLiteral("ip_version"), 4 } };
        const Result<QJsonObject> made
            = m_session.post(S::Network, QStringLiteral("/subnets"), QJsonObject { { QStringLiteral("subnet"), body } });
        if (!made.ok())
            return undo(made.error());
        const QMap<QString, QString> subnetTags = OpenStackMapper::tagsFor(subnet.tags, MutationContext { {}, context.tags });
        const QString subnetId = made.value().value(QLatin1String("subnet")).toObject().value(QLatin1String("id")).toString();
        const Result<Done> subnetTagged = setTags(QStringLiteral("subnets"), subnetId, subnetTags);
        if (!subnetTagged.ok())
            return undo(subnetTagged.error());
    }
    return getVpc(id);
}

Result<Done> OpenStackNetwork::removeVpc(const Iid& iid)
{
    const Result<QString> id = resolve(kNetworks, kNetworks, iid, QStringLiteral("network"));
    if (!id.ok())
        return id.error();
    // Neutron deletes the network's subnets with it (a VM's port still on it gives 409 NetworkInUse).
    return m_session.remove(S::Network, QStringLiteral("/networks/") + id.value());
}

Result<ResourcePage> OpenStackNetwork::listSecurityGroups(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(
        S::Network, QStringLiteral("/security-groups"), kGroupsKey, QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& group : page.value().items)
        out.items.append(OpenStackMapper::toSecurityGroup(group.toObject()));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackNetwork::getSecurityGroup(const QString& id)
{
    const Result<QJsonArray> found = find(kGroups, kGroupsKey, id);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return notFound(QStringLiteral("security group"), id);
    return Resource(OpenStackMapper::toSecurityGroup(found.value().first().toObject()));
}

Result<Resource> OpenStackNetwork::createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context)
{
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonArray> existing = withToken(kGroups, kGroupsKey, context.idempotencyToken);
        if (!existing.ok())
            return existing.error();
        if (!existing.value().isEmpty())
            return Resource(OpenStackMapper::toSecurityGroup(existing.value().first().toObject()));
    }
    if (m_session.isCanceled())
        return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
    const QJsonObject group { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("description"), request.extra.value(QLatin1String("description")).toString() } };
    const Result<QJsonObject> created = m_session.post(
        S::Network, QStringLiteral("/security-groups"), QJsonObject { { QStringLiteral("security_group"), group } });
    if (!created.ok())
        return created.error();
    const QString id
        = created.value().value(QLatin1String("security_group")).toObject().value(QLatin1String("id")).toString();
    const auto undo = [this, &id](const CloudError& error) -> Result<Resource> {
        m_session.remove(S::Network, QStringLiteral("/security-groups/") + id);
        return error;
    };
    QMap<QString, QString> tags = OpenStackMapper::tagsFor(request.tags, context);
    if (!request.vpcIid.systemId.isEmpty())
        tags.insert(OpenStackMapper::vpcTag(), request.vpcIid.systemId);
    if (!request.vpcIid.nameId.isEmpty())
        tags.insert(OpenStackMapper::vpcNameTag(), request.vpcIid.nameId);
    const Result<Done> tagged = setTags(kGroups, id, tags);
    if (!tagged.ok())
        return undo(tagged.error());
    for (const SecurityRule& rule : request.rules) {
        const Result<QJsonObject> made
            = m_session.post(S::Network, QStringLiteral("/security-group-rules"), OpenStackMapper::ruleBody(rule, id));
        // Neutron already made the default egress rules; asking for one again is not an error.
        if (!made.ok() && made.error().providerCode != QLatin1String("SecurityGroupRuleExists"))
            return undo(made.error());
    }
    return getSecurityGroup(id);
}

Result<Done> OpenStackNetwork::removeSecurityGroup(const Iid& iid)
{
    const Result<QString> id = resolve(kGroups, kGroupsKey, iid, QStringLiteral("security group"));
    if (!id.ok())
        return id.error();
    return m_session.remove(S::Network, QStringLiteral("/security-groups/") + id.value());
}

} // namespace Barista
