// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"

#include <QList>
#include <QPointer>

namespace Barista {

/// A clock for tests: time moves only when advance() is called, and due callbacks run then,
/// synchronously on the calling thread, in time order (ties in scheduling order). Callbacks
/// scheduled by a callback run in the same advance() if they fall inside its window.
/// Callbacks whose context object has been destroyed are dropped.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0);

    qint64 nowMs() const override;
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> fn) override;

    /// Moves time forward by ms (>= 0) and fires what became due; advance(0) fires what is due now.
    void advance(qint64 ms);
    /// Callbacks not yet fired (including ones whose context is gone).
    int pendingCount() const;
    /// Time of the earliest pending callback, or -1 when none.
    qint64 nextDueMs() const;

private:
    struct Pending
    {
        qint64 dueMs = 0;
        quint64 seq = 0;
        bool hasContext = false;
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    int nextDueIndex(qint64 untilMs) const;

    qint64 m_nowMs;
    quint64 m_nextSeq = 0;
    QList<Pending> m_pending;
};

} // namespace Barista
