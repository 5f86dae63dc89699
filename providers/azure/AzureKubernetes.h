// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// Cluster = an AKS Microsoft.ContainerService/managedClusters with its node groups inline as
/// agentPoolProfiles (the first is the "System" pool, the others "User"), a SystemAssigned
/// identity and Azure CNI in the request's subnets. A create returns as soon as ARM accepted the
/// PUT (201 + Azure-AsyncOperation, provisioningState Creating): unlike the other creates it does
/// not go through AzureSession::put (which waits for the operation) but sends the PUT itself and
/// maps the accepted body; get/list show Creating move on to Active. remove() sends the DELETE and
/// returns once ARM accepted it (202; AKS deletes the agent pools with the cluster, so there is no
/// separate node group delete). AKS keeps only the public key's text (linuxProfile): the key pair a
/// node group names is kept in the cluster's "barista-keypair" tag, as VMs do. Status:
/// provisioningState Creating -> Creating, Succeeded + powerState Running -> Active, Succeeded +
/// Stopped / Failed / Canceled -> Inactive, Updating/Upgrading/Scaling -> Updating, Deleting ->
/// Deleting; the raw states are kept in extra.
class AzureKubernetes final
{
public:
    explicit AzureKubernetes(AzureSession& session);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& id);
    Result<Resource> create(const ClusterInfo& cluster, const MutationContext& context);
    Result<Done> remove(const Iid& iid);

    static QString clusterType() { return QStringLiteral("Microsoft.ContainerService/managedClusters"); }
    static QString api() { return QStringLiteral("2024-09-01"); }
    static ClusterInfo map(const QJsonObject& cluster);
    static ClusterStatus status(const QString& provisioningState, const QString& powerState);

private:
    AzureSession& m_session;
};

} // namespace Barista
