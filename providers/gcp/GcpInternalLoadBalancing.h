// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpLoadBalancerParts.h"

#include <optional>

namespace Barista {

/// NLB type INTERNAL = Google's internal passthrough Network Load Balancer in the connection's
/// region, made of Compute objects named after the NLB, in this order (each Operation waited on):
///   regions/{r}/healthChecks/{name}       type TCP or HTTP (path "/") as the request's health checker
///   zones/{z}/instanceGroups/{name}       one unmanaged group per zone of the VMs, in the VPC,
///                                         filled with instanceGroups.addInstances
///   regions/{r}/backendServices/{name}    loadBalancingScheme INTERNAL, protocol TCP/UDP, that
///                                         health check, the groups as backends (balancingMode CONNECTION)
///   regions/{r}/forwardingRules/{name}    loadBalancingScheme INTERNAL, IPProtocol, ports [P], the
///                                         backend service, network + subnetwork (the VMs' subnet),
///                                         no IPAddress: Google assigns one from the subnet
///                                         (read back into listenerIp); our tags as labels
/// A later step failing deletes what the earlier ones made before the error is answered.
/// Only forwarding rules take labels: the other parts carry our tags in their description
/// JSON (GcpMapper::describe) with "nlb": name, which lets remove() find a half-made NLB's parts.
/// Named ports are not set: a passthrough balancer delivers to the port the client used.
/// remove() deletes forwarding rule -> backend service -> health check -> instance group(s),
/// tolerating parts already gone (and shared parts something else still uses).
class GcpInternalLoadBalancing final
{
public:
    explicit GcpInternalLoadBalancing(GcpSession& session);

    /// A forwarding rule of this kind: it names a backend service with scheme INTERNAL.
    static bool isInternal(const QJsonObject& rule);
    /// The NLB a forwarding rule stands for: VMs from its groups' members, health checker from
    /// the backend service's health check.
    Result<NlbInfo> assemble(const QJsonObject& rule);
    /// The request is already validated (ports, protocols) by GcpLoadBalancing.
    Result<Resource> create(const NlbInfo& request, const MutationContext& context);
    /// Deletes every part; rule is the forwarding rule when it still exists. Whether anything
    /// was there.
    Result<bool> remove(const QString& name, const std::optional<QJsonObject>& rule, const QString& token);

private:
    /// instanceGroups.listInstances: the members' URLs.
    Result<QStringList> members(const QString& groupPath);
    /// Adds the instances not yet in the group.
    std::optional<CloudError> fill(const QString& groupPath, const QStringList& instances, const QString& requestId);
    /// Deletes backend service, health checks, groups (in that order), tolerating parts gone.
    Result<bool> teardown(
        const QString& service, const QStringList& checks, const QStringList& groups, const QString& token);

    QString regional(const QString& collection, const QString& name) const;

    GcpSession& m_session;
    GcpLoadBalancerParts m_parts;
};

} // namespace Barista
