// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QString>

namespace Barista {

/// The API limits each provider publishes, as the job queue's per-connection limits, so a big
/// deploy is paced by the cloud's own rules instead of being throttled by them.
class ProviderLimits
{
public:
    /// The limits for a provider's connection; timeScale < 1 speeds the rate up by as much
    /// (the simulated cloud's clock runs that much faster).
    static ConnectionLimits forProvider(const QString& provider, double timeScale = 1.0);
};

} // namespace Barista
