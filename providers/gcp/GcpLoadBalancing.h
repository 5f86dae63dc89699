// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpInternalLoadBalancing.h"
#include "providers/gcp/GcpLoadBalancerParts.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// NLB = the classic external passthrough Network Load Balancer of the connection's region, made
/// of three Compute objects named after the NLB:
///   global/httpHealthChecks/{name}     a legacy HTTP health check (only for health protocol HTTP)
///   regions/{r}/targetPools/{name}     the VM group: instance selfLinks and that health check
///   regions/{r}/forwardingRules/{name} the listener: IPProtocol, portRange P-P, the target pool,
///                                      loadBalancingScheme EXTERNAL, our tags as labels
/// created in that order (each Operation waited on) and, when a later step fails, the earlier
/// parts deleted again before the error is answered. Health checks and target pools have no
/// labels: their tags go into the description JSON, as for networks (GcpMapper).
///
/// Type INTERNAL is the internal passthrough NLB (backend service based): GcpInternalLoadBalancing.
/// Decisions for PUBLIC: the classic target pool (not a backend service), as CB-Spider makes it. A target pool
/// forwards to the port the client used, so the VM group's port must equal the listener's. A
/// target pool only takes legacy HTTP health checks: health protocol HTTP makes one (path "/");
/// TCP makes none, which GCP documents as "every instance counts as healthy" — the requested TCP
/// values are kept in the forwarding rule's description and read back, with extra["healthCheck"]
/// = "none" saying nothing probes. listenerIp = the rule's IPAddress; GCP gives no DNS name.
/// list() maps every forwarding rule of the region whose target is a target pool or whose
/// backend service is INTERNAL (ours or not); other kinds are skipped.
/// remove() deletes forwarding rule, target pool, health check in that order, tolerating parts
/// already gone (and a health check another pool still uses); an internal one as
/// GcpInternalLoadBalancing says.
class GcpLoadBalancing final
{
public:
    GcpLoadBalancing(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& name);
    Result<Resource> create(const NlbInfo& request, const MutationContext& context);
    Result<Done> remove(const Iid& iid, const MutationContext& context);

private:
    Result<NlbInfo> assemble(const QJsonObject& rule);
    std::optional<CloudError> validate(const NlbInfo& request) const;
    Result<QJsonObject> insertPart(const QString& collection, const QJsonObject& body, const QString& requestId)
    {
        return m_parts.insert(collection, body, requestId);
    }
    Result<bool> deletePart(const QString& path, const QString& requestId, bool tolerateInUse = false)
    {
        return m_parts.remove(path, requestId, tolerateInUse);
    }
    static CloudError notAnNlb(const QString& name);

    QString rulePath(const QString& name) const;
    QString poolPath(const QString& name) const;
    static QString checkPath(const QString& name);

    GcpSession& m_session;
    ConnectionConfig m_connection;
    GcpLoadBalancerParts m_parts;
    GcpInternalLoadBalancing m_internal;
};

} // namespace Barista
