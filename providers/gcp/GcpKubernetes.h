// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// Cluster = a GKE cluster over the Kubernetes Engine API v1 (container.googleapis.com, served
/// under B/container/v1/ with an endpoint override; same OAuth token as Compute):
///   list    GET    projects/{p}/locations/{zone}/clusters        (one answer: GKE has no paging)
///   get     GET    projects/{p}/locations/{zone}/clusters/{name}
///   create  POST   projects/{p}/locations/{zone}/clusters        {"cluster": {...}}
///   delete  DELETE projects/{p}/locations/{zone}/clusters/{name}
/// The location is the connection's zone: a zonal cluster, next to the VMs this connection
/// makes (a regional one would triple the nodes, one set per zone). Create and delete return
/// once GKE accepted them (their Operation is PENDING/RUNNING for minutes; it is not polled):
/// create answers the cluster as a read right after shows it (PROVISIONING -> Creating), and
/// GKE deletes the node pools with their cluster, so remove() is the one DELETE.
/// The VPC and its (one) subnet go by name as network/subnetwork; each node group becomes a
/// node pool (specName -> machineType, imageName -> imageType, rootDiskSizeGb -> diskSizeGb,
/// desired -> initialNodeCount, autoscaling min/max); our tags and the journal's token are the
/// cluster's resourceLabels and the node VMs' resourceLabels. GKE has no requestId: a create
/// answered alreadyExists for a cluster that carries this job's barista-token is our own
/// earlier attempt and counts as done. Security groups and node key pairs have no GKE
/// counterpart (GKE manages its firewall rules; nodes use OS Login) and are not sent.
/// Status: PROVISIONING -> Creating, RUNNING -> Active, RECONCILING -> Updating, STOPPING ->
/// Deleting, ERROR/DEGRADED/other -> Inactive; the raw one is extra["status"].
class GcpKubernetes final
{
public:
    GcpKubernetes(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& name);
    Result<Resource> create(const ClusterInfo& request, const MutationContext& context);
    Result<Done> remove(const Iid& iid, const MutationContext& context);

    static ClusterInfo toCluster(const QJsonObject& cluster);
    static ClusterStatus clusterStatus(const QString& status);

private:
    QString collection() const;

    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
