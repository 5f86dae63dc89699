// SPDX-License-Identifier: GPL-3.0-or-later
// The internal passthrough Network Load Balancer parts of the GCP test server, validated as the
// Compute API reference and the load-balancing guide describe them:
//   {global|regions/{r}}/healthChecks   type TCP/SSL/HTTP/HTTPS/HTTP2/GRPC with its matching
//                                       {type}HealthCheck object (port 1..65535, default 80;
//                                       requestPath "/" for the HTTP kinds); timeoutSec <= checkIntervalSec
//   regions/{r}/backendServices         loadBalancingScheme INTERNAL (the only scheme offered here),
//                                       protocol TCP/UDP/UNSPECIFIED, exactly one health check
//                                       (global or this region's, not a legacy httpHealthCheck, existing),
//                                       backends = instance groups of this region's zones with
//                                       balancingMode CONNECTION and no capacity settings
//   zones/{z}/instanceGroups            unmanaged groups; network/subnetwork optional, set by the
//                                       first member (GcpComputeVerbs addInstances); namedPorts
//   regions/{r}/forwardingRules with a backendService: the scheme of that backend service,
//                                       IPProtocol TCP/UDP/L3_DEFAULT, ports (1..5 port numbers) or
//                                       allPorts (required for L3_DEFAULT), no portRange, a subnetwork
//                                       of this region (custom-mode networks need one) in the rule's
//                                       network; IPAddress inside the subnet's range, or one assigned
//                                       from it.
// None of the three new kinds takes labels (an unknown field, refused). Deleting a part still
// referenced (backend service by a rule, health check or instance group by a backend service) is
// refused with 400 resourceInUseByAnotherResource.
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

namespace Barista {

class GcpInternalLbInsert
{
public:
    static bool handles(const QString& collection);
    // Completes `body` for an insert into `collection` (scopeName: its region or zone).
    static std::optional<GcpApiError> prepare(GcpComputeState& state, const QString& project, const QString& collection,
        const QString& scopeName, const QJsonObject& input, QJsonObject& body);
    // A regional forwarding rule that names a backendService.
    static std::optional<GcpApiError> forwardingRule(GcpComputeState& state, int& ipCounter, const QString& project,
        const QString& region, const QJsonObject& input, QJsonObject& body);
    // A health check's checkIntervalSec/timeoutSec (timeout <= interval) and thresholds, which
    // the legacy httpHealthChecks (GcpLoadBalancerInsert) take alike.
    static std::optional<GcpApiError> timing(const QJsonObject& input, QJsonObject& body);
    static std::optional<GcpApiError> inUse(GcpComputeState& state, const QString& collection, const QString& path);
};

} // namespace Barista
