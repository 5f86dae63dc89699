// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/SystemClock.h"

#include <QTimer>
#include <limits>

namespace Barista {

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::nowMs() const
{
    return m_timer.elapsed();
}

void SystemClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    const int ms = int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max())));
    // Precise: a coarse timer may fire up to 5% early, and a Retry-After is a floor.
    const Qt::TimerType type = Qt::PreciseTimer;
    if (context)
        QTimer::singleShot(ms, type, context, std::move(fn));
    else
        QTimer::singleShot(ms, type, std::move(fn));
}

} // namespace Barista
