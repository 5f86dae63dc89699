// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// VPCs and security groups. A VPC is a custom-mode network (autoCreateSubnetworks false,
/// regional routing) with its subnetworks in the connection's region. A security group is, as
/// CB-Spider does it, a set of firewall rules of one network bound by a target tag equal to
/// the group's name: one firewall "<group>-i<n>" per inbound rule and "<group>-e<n>" per
/// outbound rule (plus "<group>-e0" allowing all egress when the group has no outbound rule,
/// as AWS's default); a VM joins the group by carrying the tag.
class GcpNetwork final
{
public:
    GcpNetwork(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listVpcs(const ListRequest& request);
    Result<Resource> getVpc(const QString& name);
    Result<Resource> createVpc(const VpcInfo& request, const MutationContext& context);
    Result<Done> removeVpc(const Iid& iid);

    Result<ResourcePage> listSecurityGroups();
    Result<Resource> getSecurityGroup(const QString& name);
    Result<Resource> createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context);
    Result<Done> removeSecurityGroup(const Iid& iid);

    static QJsonObject firewallBody(const QString& group, const QString& name, const QString& networkUrl,
        const SecurityRule& rule, const QString& description);

private:
    Result<QList<SubnetInfo>> subnetsOf(const QString& network);
    Result<QList<QJsonObject>> firewallsOf(const QString& group);

    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
