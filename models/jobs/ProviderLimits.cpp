// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/ProviderLimits.h"

namespace Barista {

ConnectionLimits ProviderLimits::forProvider(const QString& provider, double timeScale)
{
    struct Row
    {
        const char* provider;
        int concurrent;
        double rate;
        double burst;
    };
    // Mutating-call pacing per account and region. AWS: EC2's request token bucket for
    // mutating actions (bucket 50, refill 5/s). Azure: ARM's subscription write limit (about
    // 1200 per hour sustained with short bursts). GCP: Compute Engine's per-project write rate.
    // The others publish lower limits or none; a gentle default applies.
    static const Row rows[] = {
        {"aws", 16, 5.0, 50.0},      {"azure", 8, 3.0, 20.0},   {"gcp", 16, 10.0, 40.0},
        {"alibaba", 8, 5.0, 20.0},   {"tencent", 8, 5.0, 20.0}, {"ibm", 8, 5.0, 20.0},
        {"openstack", 8, 5.0, 20.0}, {"ncp", 4, 2.0, 10.0},     {"nhn", 4, 2.0, 10.0},
        {"kt", 4, 2.0, 10.0},
    };
    ConnectionLimits limits;
    for (const Row& r : rows) {
        if (provider == QLatin1String(r.provider)) {
            limits.maxConcurrent = r.concurrent;
            limits.ratePerSecond = r.rate;
            limits.burst = r.burst;
        }
    }
    if (timeScale > 0 && timeScale < 1)
        limits.ratePerSecond /= timeScale;
    return limits;
}

} // namespace Barista
