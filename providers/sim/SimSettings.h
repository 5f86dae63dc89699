// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Barista {

/// The knobs of the simulated cloud. Every duration the sim produces (call latency, boot
/// time, retention of terminated VMs, Retry-After hints, token-bucket refill) is multiplied
/// by timeScale, so tests run the same behaviour a thousand times faster.
struct SimSettings
{
    quint64 seed = 1; ///< drives latencies and fault rolls (BARISTA_SIM_SEED)
    double timeScale = 1.0; ///< BARISTA_SIM_TIME_SCALE
    double latencyMultiplier = 1.0; ///< on call latencies only, not transitions (BARISTA_SIM_LATENCY_MULTIPLIER)
    double failurePct = 0; ///< Transient 5xx, no effect applied (BARISTA_SIM_FAILURE_PCT)
    double throttlePct = 0; ///< Throttled answers on top of the token bucket (BARISTA_SIM_THROTTLE_PCT)
    double timeoutPct = 0; ///< calls that never answer (BARISTA_SIM_TIMEOUT_PCT)
    /// VM creates refused for lack of capacity in the zone (AWS InsufficientInstanceCapacity,
    /// Azure AllocationFailed, GCP ZONE_RESOURCE_POOL_EXHAUSTED): final, not retried
    /// (BARISTA_SIM_CAPACITY_PCT).
    double capacityPct = 0;
    int quotaVcpu = 64; ///< per region (BARISTA_SIM_QUOTA_VCPU)
    int quotaVms = 20; ///< per region (BARISTA_SIM_QUOTA_VMS)
    double rateLimitPerSec = 20; ///< token bucket per connection, in simulated seconds
    double rateBurst = 40;
    qint64 terminatedRetentionMs = 60000; ///< how long a Terminated VM stays listed (simulated)
    /// "host:port" every simulated VM reports as its SSH access point, so remote commands can
    /// reach a real sshd on loopback (BARISTA_SIM_SSH_ENDPOINT); empty = "<public ip>:22".
    QString sshEndpoint;

    /// Defaults overridden by the BARISTA_SIM_* environment variables that are set and valid.
    static SimSettings fromEnvironment();

    /// ms of simulated time -> ms of wall-clock time.
    qint64 scaled(double simulatedMs) const;
};

} // namespace Barista
