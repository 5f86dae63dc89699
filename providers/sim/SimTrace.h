// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sim/SimLatencyModel.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <atomic>

namespace Barista {

/// An opt-in record of what the simulated cloud sampled: per call its latency and outcome, and
/// the transitions its effect started (a VM create's boot). A benchmark reads it back to
/// compute the best schedule the same samples allow. Off unless one is installed; then the sim
/// pays one atomic load per call and per transition, and draws no extra random numbers, so a
/// seed replays the same story with or without a trace.
///
/// Thread-safe: every SimCloud's host thread records into the installed trace.
class SimTrace final
{
    Q_DISABLE_COPY_MOVE(SimTrace)

public:
    enum class Outcome
    {
        Answered, ///< the effect ran (ok or a provider error: see ok)
        Throttled,
        Failed, ///< injected transient error
        TimedOut, ///< the answer was lost
    };
    struct Call
    {
        QString connection;
        SimOp op = SimOp::AnyCall;
        Outcome outcome = Outcome::Answered;
        bool ok = false; ///< answered without an error
        int kind = -1; ///< ResourceKind of the resource the answer names (-1 = none, e.g. a delete)
        QString name; ///< its nameId
        qint64 submittedAtMs = -1; ///< on this trace's clock: when the caller sent it (-1: before install)
        qint64 decidedAtMs = 0; ///< on this trace's clock: when the host thread took it up and its latency started
        qint64 answeredAtMs = 0; ///< on this trace's clock: when its effect ran
        qint64 latencyMs = 0; ///< sampled, wall-clock (time scale applied)
        SimOp transitionOp = SimOp::AnyCall;
        qint64 transitionMs = -1; ///< sampled, wall-clock; -1 = the call started no transition
    };

    SimTrace();
    ~SimTrace();

    /// Makes this the trace the sim records into (nullptr: none). The caller keeps ownership
    /// and uninstalls before destroying it.
    static void install(SimTrace* trace);
    static SimTrace* active() { return s_active.load(std::memory_order_acquire); }

    qint64 elapsedMs() const { return m_clock.elapsed(); }
    void record(Call call);
    QList<Call> calls() const;
    void clear();

    /// For the sim's host threads: a transition sampled while executing a call. Collected per
    /// thread and handed to the call's record by takeTransition().
    static void noteTransition(SimOp op, qint64 ms);
    /// The last transition noted on this thread since the previous take (ms = -1: none).
    static void takeTransition(SimOp* op, qint64* ms);

private:
    static std::atomic<SimTrace*> s_active;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<Call> m_calls;
};

} // namespace Barista
