// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimContext.h"

#include "providers/sim/SimTrace.h"

namespace Barista {

qint64 SimContext::dueAfter(SimOp op) const
{
    const qint64 ms = latency->transitionMs(op, *rng);
    if (SimTrace::active())
        SimTrace::noteTransition(op, ms);
    return nowMs + ms;
}

} // namespace Barista
