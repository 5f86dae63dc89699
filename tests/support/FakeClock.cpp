// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeClock.h"

#include <QObject>
#include <limits>

namespace Barista {

FakeClock::FakeClock(qint64 startMs)
    : m_nowMs(startMs)
{
}

qint64 FakeClock::nowMs() const
{
    return m_nowMs;
}

void FakeClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    Pending p;
    p.dueMs = m_nowMs + qMax<qint64>(0, delayMs);
    p.seq = m_nextSeq++;
    p.hasContext = context != nullptr;
    p.context = context;
    p.fn = std::move(fn);
    m_pending.append(std::move(p));
}

int FakeClock::nextDueIndex(qint64 untilMs) const
{
    int best = -1;
    for (int i = 0; i < m_pending.size(); ++i) {
        const Pending& p = m_pending.at(i);
        if (p.dueMs > untilMs)
            continue;
        if (best < 0 || p.dueMs < m_pending.at(best).dueMs
            || (p.dueMs == m_pending.at(best).dueMs && p.seq < m_pending.at(best).seq))
            best = i;
    }
    return best;
}

void FakeClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    const qint64 target = m_nowMs + qMax<qint64>(0, ms);
    // One at a time, re-scanning after each: a callback may schedule new ones inside the window.
    for (int i = nextDueIndex(target); i >= 0; i = nextDueIndex(target)) {
        Pending p = m_pending.takeAt(i);
        m_nowMs = qMax(m_nowMs, p.dueMs);
        if (!p.hasContext || p.context)
            p.fn();
    }
    m_nowMs = target;
}

int FakeClock::pendingCount() const
{
    return int(m_pending.size());
}

qint64 FakeClock::nextDueMs() const
{
    const int i = nextDueIndex(std::numeric_limits<qint64>::max());
    return i < 0 ? -1 : m_pending.at(i).dueMs;
}

} // namespace Barista
