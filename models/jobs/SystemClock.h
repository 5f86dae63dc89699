// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"

#include <QElapsedTimer>

namespace Barista {

/// The real clock: a monotonic QElapsedTimer and single-shot timers delivered through the
/// context object's event loop (so a callback never outlives its context).
class SystemClock final : public Clock
{
public:
    SystemClock();

    qint64 nowMs() const override;
    /// Without a context the callback runs on the calling thread's event loop.
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

private:
    QElapsedTimer m_timer;
};

} // namespace Barista
