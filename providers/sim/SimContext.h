// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/RegionInfo.h"
#include "providers/sim/SimLatencyModel.h"
#include "providers/sim/SimSettings.h"

#include <QString>

class QRandomGenerator;

namespace Barista {

/// Everything one sim operation needs to know about where and when it runs.
struct SimContext
{
    QString provider; ///< "aws", ...
    QString region; ///< validated against the region catalog
    QString zone; ///< the connection's zone, or the region's first
    RegionInfo regionInfo;
    QString scope; ///< "provider/region": the account's region whose resources this sees
    SimSettings settings;
    const SimLatencyModel* latency = nullptr;
    QRandomGenerator* rng = nullptr;
    qint64 nowMs = 0; ///< wall clock, ms since epoch

    bool hasZone(const QString& name) const
    {
        for (const ZoneInfo& z : regionInfo.zones) {
            if (z.name == name)
                return true;
        }
        return false;
    }
    /// When a transition that takes a sampled time from now completes.
    qint64 dueAfter(SimOp op) const;
};

} // namespace Barista
