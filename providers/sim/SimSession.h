// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "providers/sim/SimCall.h"
#include "providers/sim/SimContext.h"
#include "providers/sim/SimErrors.h"
#include "providers/sim/SimLatencyModel.h"
#include "providers/sim/SimOperations.h"
#include "providers/sim/SimStateStore.h"
#include "providers/sim/SimTrace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <type_traits>

namespace Barista {

/// One connection's traffic to a SimCloud: where it points (provider, region, zone), its own
/// seeded random stream, its token bucket, and the call machinery. A call is posted to the
/// host thread, decided there (throttle, failure, timeout, latency), and its cloud-side effect
/// happens when its latency has elapsed, unless the caller canceled before.
class SimSession final : public std::enable_shared_from_this<SimSession>
{
    Q_DISABLE_COPY_MOVE(SimSession)

public:
    template <typename T> using Work = std::function<Result<T>(SimOperations&)>;

    SimSession(SimCloud* cloud, const ConnectionConfig& connection);

    /// Empty when the connection names a real provider, region and zone; else the error
    /// every call of this session answers with.
    std::optional<CloudError> configError() const { return m_configError; }
    /// Checks provider, region and zone against the bundled region catalog; fills context.
    static std::optional<CloudError> validate(const ConnectionConfig& connection, SimContext* context);

    template <typename T> QFuture<Result<T>> submit(SimOp op, bool mutating, bool needsStore, Work<T> work)
    {
        auto call = std::make_shared<SimCall<T>>(m_cloud);
        call->promise.start();
        QFuture<Result<T>> future = call->promise.future();
        if (m_configError) {
            call->answer(*m_configError);
            return future;
        }
        const SimTrace* trace = SimTrace::active();
        const qint64 submittedAtMs = trace ? trace->elapsedMs() : -1;
        QMetaObject::invokeMethod(
            m_cloud->context(),
            [self = shared_from_this(), call, op, mutating, needsStore, submittedAtMs, work = std::move(work)]() mutable {
                self->start<T>(call, op, mutating, needsStore, submittedAtMs, std::move(work));
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    enum class Outcome
    {
        Answer,
        Throttle,
        Fail,
        Timeout,
    };
    struct Decision
    {
        Outcome outcome = Outcome::Answer;
        qint64 latencyMs = 0;
        qint64 retryAfterMs = -1;
        bool applyEffect = true; ///< for a timed-out mutation: did the cloud act before the answer got lost?
        SimOp op = SimOp::AnyCall;
        qint64 tracedAtMs = -1; ///< on the SimTrace's clock; -1 = no trace was installed
        qint64 submittedAtMs = -1; ///< when the caller submitted it, on the same clock
    };

    /// Host thread: rolls the dice for one call (always the same number of draws, so a seed
    /// replays the same story) and takes a token from the bucket.
    Decision decide(SimOp op);

    template <typename T>
    void start(std::shared_ptr<SimCall<T>> call, SimOp op, bool mutating, bool needsStore, qint64 submittedAtMs,
        Work<T> work)
    {
        QObject* host = m_cloud->context();
        if (call->promise.isCanceled()) {
            call->abandon();
            return;
        }
        auto* watcher = new QFutureWatcher<Result<T>>(host);
        QObject::connect(watcher, &QFutureWatcherBase::canceled, host, [call] { call->abandon(); });
        call->watcher = watcher;
        watcher->setFuture(call->promise.future());

        Decision decision = decide(op);
        decision.submittedAtMs = submittedAtMs;
        auto* timer = new QTimer(host);
        timer->setSingleShot(true);
        // Never earlier than the sampled latency (a coarse timer may fire up to 5 % early).
        timer->setTimerType(Qt::PreciseTimer);
        call->timer = timer;
        QObject::connect(timer, &QTimer::timeout, host,
            [self = shared_from_this(), call, decision, mutating, needsStore, work = std::move(work)] {
                self->complete<T>(call, decision, mutating, needsStore, work);
            });
        timer->start(int(qMin<qint64>(decision.latencyMs, std::numeric_limits<int>::max())));
    }

    template <typename T>
    void complete(const std::shared_ptr<SimCall<T>>& call, const Decision& decision, bool mutating, bool needsStore,
        const Work<T>& work)
    {
        if (call->settled)
            return;
        if (call->promise.isCanceled()) {
            call->abandon(); // canceled during the latency: the cloud never saw the request
            return;
        }
        switch (decision.outcome) {
        case Outcome::Throttle:
            traceCall<T>(decision, SimTrace::Outcome::Throttled, nullptr);
            call->answer(SimErrors::throttled(m_context.provider, decision.retryAfterMs));
            return;
        case Outcome::Fail:
            traceCall<T>(decision, SimTrace::Outcome::Failed, nullptr);
            call->answer(SimErrors::transient(m_context.provider));
            return;
        case Outcome::Timeout:
            // The request reached the cloud (or not) and the answer is lost: the future stays
            // open until the caller gives up and cancels it.
            if (mutating && decision.applyEffect)
                execute<T>(needsStore, work);
            traceCall<T>(decision, SimTrace::Outcome::TimedOut, nullptr);
            if (call->timer)
                call->timer->deleteLater();
            return;
        case Outcome::Answer: {
            Result<T> result = execute<T>(needsStore, work);
            traceCall<T>(decision, SimTrace::Outcome::Answered, &result);
            call->answer(std::move(result));
            return;
        }
        }
    }

    /// Records the call in the installed SimTrace, if any (see SimTrace).
    template <typename T> void traceCall(const Decision& decision, SimTrace::Outcome outcome, const Result<T>* result)
    {
        SimTrace* sink = SimTrace::active();
        if (!sink)
            return;
        SimOp transitionOp = SimOp::AnyCall;
        qint64 transitionMs = -1;
        SimTrace::takeTransition(&transitionOp, &transitionMs);
        if (decision.tracedAtMs < 0)
            return; // decided before the trace was installed
        SimTrace::Call c;
        c.connection = m_connectionName;
        c.op = decision.op;
        c.outcome = outcome;
        c.ok = result && result->ok();
        if constexpr (std::is_same_v<T, Resource>) {
            if (c.ok) {
                c.kind = int(result->value().kind());
                c.name = result->value().iid().nameId;
            }
        }
        c.submittedAtMs = decision.submittedAtMs;
        c.decidedAtMs = decision.tracedAtMs;
        c.answeredAtMs = sink->elapsedMs();
        c.latencyMs = decision.latencyMs;
        c.transitionOp = transitionOp;
        c.transitionMs = transitionMs;
        sink->record(std::move(c));
    }

    template <typename T> Result<T> execute(bool needsStore, const Work<T>& work)
    {
        SimContext context = m_context;
        context.nowMs = QDateTime::currentMSecsSinceEpoch();
        context.latency = &m_latency;
        context.rng = &m_rng;
        SimStateStore* store = m_cloud->store();
        SimOperations operations(store, context);
        if (!needsStore)
            return work(operations);
        QString openError;
        if (!store || !m_cloud->isReady(&openError))
            return storeUnavailable(openError);
        return store->run<T>(context.nowMs, [&] { return work(operations); });
    }

    static CloudError storeUnavailable(const QString& reason);

    SimCloud* m_cloud;
    QString m_connectionName;
    SimContext m_context;
    std::optional<CloudError> m_configError;
    SimLatencyModel m_latency;
    QRandomGenerator m_rng;
    QElapsedTimer m_bucketClock;
    double m_tokens = 0;
};

} // namespace Barista
