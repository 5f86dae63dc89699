// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// Neutron: our VPC is a network with its subnets, our security group a Neutron security
/// group with its rules. Our tags become Neutron tags ("key=value"); a retried create with
/// the same idempotency token finds the first one by its token tag.
class OpenStackNetwork final
{
public:
    OpenStackNetwork(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listVpcs(const ListRequest& request);
    Result<Resource> getVpc(const QString& id);
    /// The network, its tags, then each subnet; a failed subnet deletes the network again.
    Result<Resource> createVpc(const VpcInfo& request, const MutationContext& context);
    Result<Done> removeVpc(const Iid& iid);

    Result<ResourcePage> listSecurityGroups(const ListRequest& request);
    Result<Resource> getSecurityGroup(const QString& id);
    Result<Resource> createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context);
    Result<Done> removeSecurityGroup(const Iid& iid);

private:
    /// The objects of collection whose id or exact name is id.
    Result<QJsonArray> find(const QString& collection, const QString& key, const QString& id);
    /// The objects of collection carrying our token tag.
    Result<QJsonArray> withToken(const QString& collection, const QString& key, const QString& token);
    Result<QString> resolve(const QString& collection, const QString& key, const Iid& iid, const QString& what);
    Result<Done> setTags(const QString& collection, const QString& id, const QMap<QString, QString>& tags);
    Result<QJsonArray> subnetsOf(const QJsonArray& networks);
    CloudError notFound(const QString& what, const QString& id) const;

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
