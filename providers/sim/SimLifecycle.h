// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sim/SimRow.h"

#include <QString>

namespace Barista {

/// The state machines of the simulated cloud: which status a kind has, and what reaching a
/// transition's target means for the resource (a cluster's nodes appear when it turns Active,
/// a terminated VM loses its public address).
class SimLifecycle
{
public:
    /// Sets the status of kinds that have one; ignored for the others.
    static void setStatus(Resource& resource, const QString& status);
    /// Starts a transition: status now, target reached at dueMs.
    static void begin(SimRow& row, const QString& status, const QString& target, qint64 dueMs);
    /// Completes the pending transition of row (its dueMs has passed).
    static void reachTarget(SimRow& row);
};

} // namespace Barista
