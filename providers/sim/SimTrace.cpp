// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimTrace.h"

namespace Barista {

std::atomic<SimTrace*> SimTrace::s_active { nullptr };

namespace {
// One host thread executes one call at a time, so a per-thread slot is enough.
thread_local SimOp t_transitionOp = SimOp::AnyCall;
thread_local qint64 t_transitionMs = -1;
} // namespace

SimTrace::SimTrace()
{
    m_clock.start();
}

SimTrace::~SimTrace()
{
    SimTrace* self = this;
    s_active.compare_exchange_strong(self, nullptr);
}

void SimTrace::install(SimTrace* trace)
{
    s_active.store(trace, std::memory_order_release);
}

void SimTrace::record(Call call)
{
    QMutexLocker lock(&m_mutex);
    m_calls.append(std::move(call));
}

QList<SimTrace::Call> SimTrace::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

void SimTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
}

void SimTrace::noteTransition(SimOp op, qint64 ms)
{
    t_transitionOp = op;
    t_transitionMs = ms;
}

void SimTrace::takeTransition(SimOp* op, qint64* ms)
{
    *op = t_transitionOp;
    *ms = t_transitionMs;
    t_transitionMs = -1;
}

} // namespace Barista
