// SPDX-License-Identifier: GPL-3.0-or-later
// The classic external passthrough Network Load Balancer parts of the GCP test server:
//   global/httpHealthChecks          legacy HTTP health checks (port, requestPath, intervals);
//   regions/{r}/targetPools          instances (URLs of existing instances of the region's zones)
//                                    and at most one legacy HTTP health check;
//   regions/{r}/forwardingRules      IPProtocol, portRange ("80" -> "80-80"), target (a target pool
//                                    that exists), loadBalancingScheme EXTERNAL (INTERNAL refused
//                                    for a target pool), labels; an ephemeral IPAddress assigned.
// Health checks and target pools have no labels field: a body with one is refused as the API's
// JSON parser refuses an unknown field. Deleting a part still referenced (a target pool named by a
// forwarding rule, a health check named by a target pool) is refused with 400
// resourceInUseByAnotherResource, as Compute does. The internal passthrough NLB's parts
// (healthChecks, backendServices, instanceGroups, a forwarding rule with a backendService) are
// handed to GcpInternalLbInsert.
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

namespace Barista {

class GcpLoadBalancerInsert
{
public:
    static bool handles(const QString& collection);
    // Completes `body` for an insert into `collection`; an error leaves nothing behind.
    static std::optional<GcpApiError> prepare(GcpComputeState& state, int& ipCounter, const QString& project,
        const QString& collection, const QString& region, const QJsonObject& input, QJsonObject& body);
    // Why the resource at `path` cannot be deleted yet, if something still refers to it.
    static std::optional<GcpApiError> inUse(GcpComputeState& state, const QString& collection, const QString& path);
};

} // namespace Barista
