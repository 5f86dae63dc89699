// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// Network load balancers (Spider's NLB) over ELBv2: one NLB is a network load balancer, a target
/// group of instances (the VM group and its health check), the VMs registered in it and one TCP
/// listener forwarding to it. The target group and the load balancer both carry the NLB's name
/// (they live in separate name spaces) and every tag, the call's token included.
class AwsLoadBalancing final
{
public:
    AwsLoadBalancing(AwsSession& session, const ConnectionConfig& connection);

    /// DescribeLoadBalancers paged by PageSize/Marker; the network ones, each with its parts.
    Result<ResourcePage> list(const ListRequest& request);
    /// By load balancer name or ARN.
    Result<Resource> get(const QString& id);
    /// CreateTargetGroup, RegisterTargets, CreateLoadBalancer, CreateListener, in that order; if a
    /// step fails, what the earlier ones made is deleted before the error is returned. A retry
    /// with the same token sends the same requests, which ELBv2 answers with the existing parts
    /// (its Create actions are idempotent for the same name and settings).
    Result<Resource> create(const NlbInfo& request, const MutationContext& context);
    /// DeleteListener for each listener, DeleteLoadBalancer, then DeleteTargetGroup for the groups
    /// it forwarded to; parts already gone are fine.
    Result<Done> remove(const Iid& iid);

private:
    Result<AwsXmlNode> findLoadBalancer(const QString& nameOrArn);
    /// Listeners, target groups, target health and (unless given) tags of one load balancer.
    Result<NlbInfo> assemble(const AwsXmlNode& loadBalancer, const QMap<QString, QString>* knownTags);
    Result<QMap<QString, QMap<QString, QString>>> tagsOf(const QStringList& arns);
    /// One subnet per zone: those of the VMs, else those of the VPC.
    Result<QStringList> subnetsFor(const QString& vpcId, const QList<VmInfo>& vms);
    /// Best effort: the parts a failed create made, newest first.
    void rollBack(const QString& loadBalancerArn, const QString& targetGroupArn);
    /// Fills the VMs' names from DescribeInstances (best effort: ids stay when it fails).
    void nameVms(NlbInfo& nlb);

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
