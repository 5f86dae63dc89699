// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// VPCs with their subnets, and security groups with their rules. Each method runs on the
/// caller's worker thread through its session.
class AwsNetwork final
{
public:
    AwsNetwork(AwsSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listVpcs(const ListRequest& request);
    Result<Resource> getVpc(const QString& id);
    /// CreateVpc and CreateSubnet (tags by TagSpecification); a retry with the same token finds
    /// the VPC by its token tag and only adds the subnets still missing. A failed subnet undoes
    /// the VPC (best effort) and reports the subnet's error.
    Result<Resource> createVpc(const VpcInfo& request, const MutationContext& context);
    /// Deletes the VPC's subnets first (EC2 does not), then the VPC.
    Result<Done> removeVpc(const Iid& iid);

    Result<ResourcePage> listSecurityGroups(const ListRequest& request);
    Result<Resource> getSecurityGroup(const QString& id);
    /// CreateSecurityGroup, then AuthorizeSecurityGroupIngress (and ...Egress for outbound rules
    /// other than EC2's default allow-all) with every rule in one call.
    Result<Resource> createSecurityGroup(const SecurityGroupInfo& request, const MutationContext& context);
    Result<Done> removeSecurityGroup(const Iid& iid);

    Result<QString> resolveVpcId(const Iid& iid);
    /// A subnet by id, or by Name tag (within vpcId when given).
    Result<QString> resolveSubnetId(const Iid& iid, const QString& vpcId);
    /// The first subnet of a VPC (in zone, when given): where a VM goes when only its VPC is named.
    Result<QString> firstSubnet(const QString& vpcId, const QString& zone);
    /// A group by id, or by name (within vpcId when given).
    Result<QString> resolveGroupId(const Iid& iid, const QString& vpcId);

private:
    Result<QMap<QString, QList<SubnetInfo>>> subnetsByVpc(const QStringList& vpcIds);
    Result<Done> createSubnets(const QString& vpcId, const VpcInfo& request, const MutationContext& context);
    Result<Done> authorize(const QString& groupId, const QList<SecurityRule>& rules, bool egress);
    CloudError notFound(const QString& code, const QString& what, const QString& id) const;

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
