// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// Managed Kubernetes (Spider's Cluster) over the EKS REST-JSON API: one cluster and its managed
/// node groups, addressed by name. EKS needs IAM roles the adapter does not create: the request's
/// extra "roleArn" (the cluster role, always) and "nodeRoleArn" (the node role, when node groups
/// are asked for).
///
/// EKS accepts a node group only once its cluster is ACTIVE (10-20 minutes after CreateCluster).
/// create() is therefore a step the caller repeats with the same request and token: the first call
/// sends CreateCluster and returns the cluster Creating, with the node groups not made yet in
/// extra "pendingNodeGroups"; a later call finds the cluster (ours by its barista-token tag), and
/// once it is ACTIVE sends CreateNodegroup for each group still missing (the app's
/// NodeGroupFollowUp makes that call). Reads never create anything.
class AwsKubernetes final
{
public:
    AwsKubernetes(AwsSession& session, const ConnectionConfig& connection);

    /// ListClusters paged by maxResults/nextToken, each cluster described with its node groups.
    Result<ResourcePage> list(const ListRequest& request);
    /// DescribeCluster, ListNodegroups and DescribeNodegroup of each.
    Result<Resource> get(const QString& name);
    Result<Resource> create(const ClusterInfo& request, const MutationContext& context);
    /// DeleteNodegroup for each node group, then waits (polling ListNodegroups, cancelable) until
    /// they are gone, as EKS refuses DeleteCluster while any exists (ResourceInUseException);
    /// then DeleteCluster. Returns once EKS accepted it (the cluster is Deleting).
    Result<Done> remove(const Iid& iid);

private:
    Result<QJsonObject> describeCluster(const QString& name);
    Result<QStringList> nodegroupNames(const QString& cluster);
    Result<ClusterInfo> assemble(const QJsonObject& cluster);
    /// Subnets and security groups by id or Name tag, within the request's VPC.
    Result<ClusterInfo> resolve(const ClusterInfo& request);
    /// CreateNodegroup for the requested groups not in `existing`; returns those still pending.
    Result<QList<NodeGroupInfo>> createNodegroups(const ClusterInfo& request, const QString& cluster,
        const QStringList& existing, const MutationContext& context);

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
