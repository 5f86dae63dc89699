// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
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
/// Decisions: only PUBLIC (a target pool cannot serve an internal load balancer; INTERNAL is
/// refused with a clear message rather than half-mapped to a backend service). A target pool
/// forwards to the port the client used, so the VM group's port must equal the listener's. A
/// target pool only takes legacy HTTP health checks: health protocol HTTP makes one (path "/");
/// TCP makes none, which GCP documents as "every instance counts as healthy" — the requested TCP
/// values are kept in the forwarding rule's description and read back, with extra["healthCheck"]
/// = "none" saying nothing probes. listenerIp = the rule's IPAddress; GCP gives no DNS name.
/// list() maps every forwarding rule of the region whose target is a target pool (ours or not).
/// remove() deletes forwarding rule, target pool, health check in that order, tolerating parts
/// already gone (and a health check another pool still uses).
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
    /// An insert whose requestId may already have been spent by an earlier attempt that was
    /// rolled back: if the part is then missing, it is inserted again under a fresh requestId.
    Result<QJsonObject> insertPart(const QString& collection, const QJsonObject& body, const QString& requestId);
    /// DELETE and wait; a part already gone is fine (false = it was not there).
    Result<bool> deletePart(const QString& path, const QString& requestId, bool tolerateInUse = false);

    QString rulePath(const QString& name) const;
    QString poolPath(const QString& name) const;
    static QString checkPath(const QString& name);

    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
