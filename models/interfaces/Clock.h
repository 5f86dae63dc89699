// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>

class QObject;

namespace Barista {

/// Time for everything that waits or measures: the job queue's rate limits and backoff,
/// staleness, timeouts. Tests inject a fake that advances by hand, so they are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Monotonic milliseconds (origin unspecified).
    virtual qint64 nowMs() const = 0;
    /// Calls fn on context's thread once delayMs have passed; nothing happens if context is
    /// destroyed first.
    virtual void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) = 0;
};

} // namespace Barista
