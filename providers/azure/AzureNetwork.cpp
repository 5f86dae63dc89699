// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureNetwork.h"

#include "providers/azure/AzureMapper.h"

#include <QJsonArray>

namespace Barista {

QString azureIdOrName(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

Result<AzurePage> azureGroupPage(
    AzureSession& session, const QString& type, const QString& api, const ListRequest& request, const QString& query)
{
    const QString path = session.groupPath() + QStringLiteral("/providers/") + type + query;
    const Result<AzurePage> page = session.page(path, api, request.pageToken);
    if (!page.ok() && page.error().providerCode == QLatin1String("ResourceGroupNotFound"))
        return AzurePage {};
    return page;
}

AzureNetwork::AzureNetwork(AzureSession& session)
    : m_session(session)
{
}

Result<ResourcePage> AzureNetwork::listVpcs(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, vnetType(), AzureApi::network(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& vnet : page.value().items)
        out.items.append(AzureMapper::vpc(vnet));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureNetwork::getVpc(const QString& id)
{
    const Result<QJsonObject> vnet = m_session.get(m_session.resourcePath(vnetType(), id), AzureApi::network());
    if (!vnet.ok())
        return vnet.error();
    return Resource(AzureMapper::vpc(vnet.value()));
}

Result<Resource> AzureNetwork::createVpc(const VpcInfo& vpc, const MutationContext& context)
{
    const QString path = m_session.resourcePath(vnetType(), vpc.iid.nameId);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(path, AzureApi::network(), context.idempotencyToken);
    if (!free.ok())
        return free.error();
    QJsonArray subnets;
    for (const SubnetInfo& subnet : vpc.subnets)
        subnets.append(QJsonObject { { QStringLiteral("name"), subnet.iid.nameId },
            { QStringLiteral("properties"), QJsonObject { { QStringLiteral("addressPrefix"), subnet.ipv4Cidr } } } });
    const QJsonObject body { { QStringLiteral("location"), m_session.config().location },
        { QStringLiteral("tags"), AzureSession::createTags(vpc.tags, context.tags, context.idempotencyToken) },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("addressSpace"),
                              QJsonObject { { QStringLiteral("addressPrefixes"),
                                  QJsonArray { vpc.ipv4Cidr.isEmpty() ? QStringLiteral("10.0.0.0/16") : vpc.ipv4Cidr } } } },
                { QStringLiteral("subnets"), subnets } } } };
    const Result<QJsonObject> made = m_session.put(path, AzureApi::network(), body);
    if (!made.ok())
        return made.error();
    return Resource(AzureMapper::vpc(made.value()));
}

Result<Done> AzureNetwork::removeVpc(const Iid& iid)
{
    return m_session.remove(m_session.resourcePath(vnetType(), azureIdOrName(iid)), AzureApi::network());
}

Result<ResourcePage> AzureNetwork::listSecurityGroups(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, nsgType(), AzureApi::network(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& nsg : page.value().items)
        out.items.append(AzureMapper::securityGroup(nsg));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureNetwork::getSecurityGroup(const QString& id)
{
    const Result<QJsonObject> nsg = m_session.get(m_session.resourcePath(nsgType(), id), AzureApi::network());
    if (!nsg.ok())
        return nsg.error();
    return Resource(AzureMapper::securityGroup(nsg.value()));
}

Result<Resource> AzureNetwork::createSecurityGroup(const SecurityGroupInfo& group, const MutationContext& context)
{
    const QString path = m_session.resourcePath(nsgType(), group.iid.nameId);
    const Result<Done> rg = m_session.ensureGroup();
    if (!rg.ok())
        return rg.error();
    const Result<Done> free = m_session.claim(path, AzureApi::network(), context.idempotencyToken);
    if (!free.ok())
        return free.error();
    QJsonObject tags = AzureSession::createTags(group.tags, context.tags, context.idempotencyToken);
    const QString vpc = azureIdOrName(group.vpcIid);
    if (!vpc.isEmpty())
        tags.insert(QStringLiteral("barista-vpc"), vpc.startsWith(QLatin1Char('/')) ? vpc : m_session.resourcePath(vnetType(), vpc));
    const QJsonObject body { { QStringLiteral("location"), m_session.config().location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("securityRules"), AzureMapper::securityRules(group.rules) } } } };
    const Result<QJsonObject> made = m_session.put(path, AzureApi::network(), body);
    if (!made.ok())
        return made.error();
    return Resource(AzureMapper::securityGroup(made.value()));
}

Result<Done> AzureNetwork::removeSecurityGroup(const Iid& iid)
{
    return m_session.remove(m_session.resourcePath(nsgType(), azureIdOrName(iid)), AzureApi::network());
}

} // namespace Barista
