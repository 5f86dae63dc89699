// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimContext.h"

namespace Barista {

qint64 SimContext::dueAfter(SimOp op) const
{
    return nowMs + latency->transitionMs(op, *rng);
}

} // namespace Barista
