// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// Cluster = a Kubernetes cluster on Magnum (container-infra v1, microversion 1.10):
///   list    GET    /v1/clusters?limit&marker   (the "next" link pages), then each cluster's
///                  GET /v1/clusters/{uuid} and GET /v1/clusters/{uuid}/nodegroups
///   get     GET    /v1/clusters/{uuid or name} + its nodegroups
///   create  POST   /v1/clusters  -> 202 {"uuid"}, answered with a get (CREATE_IN_PROGRESS ->
///                  Creating); the Heat stack takes minutes and is not waited for
///   delete  DELETE /v1/clusters/{uuid or name} -> 204; returns once Magnum accepted it
///                  (DELETE_IN_PROGRESS -> Deleting; Magnum deletes the node groups with it)
/// The cluster template: extra["clusterTemplate"] (name or uuid, passed to Magnum as is, so a
/// wrong one is answered with Magnum's own error); else the one kubernetes template the project
/// sees (with a version asked, the one whose kube_tag label matches); else InvalidRequest naming
/// the templates there are. The first node group is the cluster's default worker group
/// (node_count, flavor_id, keypair). Magnum takes further node groups (POST
/// /v1/clusters/{uuid}/nodegroups) only once the cluster has an API address: until then create()
/// answers them in extra "pendingNodeGroups", and the same create repeated with the same token
/// (the app's NodeGroupFollowUp does it once the cluster is Active) finds the cluster and makes
/// the groups still missing by name. extra["masterCount"]/["masterFlavor"] set the control
/// plane. VPC/subnet go as fixed_network/fixed_subnet (name or id).
/// Tags: labels with merge_labels=true (see OpenStackMagnumMapper). Magnum has no idempotency
/// token and cluster names need not be unique: a create with a token first looks for a cluster
/// of that name carrying it (label barista-client-token) and returns that one instead.
class OpenStackKubernetes final
{
public:
    OpenStackKubernetes(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& idOrName);
    Result<Resource> create(const ClusterInfo& request, const MutationContext& context);
    Result<Done> remove(const Iid& iid);

private:
    Result<QJsonObject> read(const QString& idOrName);
    /// A cluster's body and its nodegroups as one ClusterInfo.
    Result<ClusterInfo> describe(const QJsonObject& cluster);
    /// The uuid (or the name the user gave) to send as cluster_template_id.
    Result<QString> chooseTemplate(const ClusterInfo& request);
    Result<QJsonObject> findOwn(const QString& name, const QString& token);
    /// The answer to a create: the cluster, with the further node groups made when Magnum
    /// takes them and the ones it does not take yet in extra "pendingNodeGroups".
    Result<Resource> finish(const ClusterInfo& request, const QJsonObject& cluster);

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
