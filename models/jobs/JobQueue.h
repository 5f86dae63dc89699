// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "models/jobs/JobTypes.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QRandomGenerator>
#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace Barista {

class Clock;

/// The worker pool's scheduler and the ONE owner of per-connection concurrency, token-bucket
/// rate limits, retry with backoff and jitter (honouring Retry-After), per-attempt timeouts,
/// cancellation and progress. The calls themselves run wherever the CloudProvider runs them
/// (its own thread); this object only decides when to start an attempt and what to do with
/// its outcome, so its work on the owning (UI) thread is a few microseconds per event.
///
/// Thread affinity: use it from the thread that created it.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    /// One attempt of the work: starts it and returns its future. Called once per attempt.
    template<typename T>
    using Attempt = std::function<QFuture<Result<T>>()>;

    explicit JobQueue(Clock* clock, QObject* parent = nullptr);
    ~JobQueue() override;

    void setConnectionLimits(const QString& connection, const ConnectionLimits& limits);
    ConnectionLimits connectionLimits(const QString& connection) const;
    void setDefaultLimits(const ConnectionLimits& limits);
    /// Jitter comes from this generator; a fixed seed makes backoff delays repeatable.
    void setRandomSeed(quint32 seed);

    /// Queues a job. The returned future finishes once, with the final outcome: the value of
    /// the first successful attempt, the last error, or a CloudError of kind Canceled.
    template<typename T>
    QFuture<Result<T>> submit(const JobRequest& request, Attempt<T> attempt, JobId* idOut = nullptr)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        auto last = std::make_shared<Result<T>>();
        QFuture<Result<T>> outcome = promise->future();
        promise->start();
        const JobId id = enqueue(
            request,
            [this, attempt = std::move(attempt), last](JobId jobId, int attemptNo) {
                auto* watcher = new QFutureWatcher<Result<T>>(this);
                QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, last, jobId, attemptNo] {
                    watcher->deleteLater();
                    // A late answer from an attempt already written off (timed out) must not count.
                    if (!isCurrentAttempt(jobId, attemptNo))
                        return;
                    const QFuture<Result<T>> f = watcher->future();
                    if (f.isCanceled() || f.resultCount() == 0) {
                        attemptFinished(jobId, attemptNo,
                                        CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                                                         QStringLiteral("the call was canceled")));
                        return;
                    }
                    *last = f.result();
                    attemptFinished(jobId, attemptNo, last->ok() ? std::optional<CloudError>() : last->error());
                });
                QFuture<Result<T>> f = attempt();
                watcher->setFuture(f);
                return std::function<void()>([f]() mutable { f.cancel(); });
            },
            [promise, last](const std::optional<CloudError>& finalError) {
                if (finalError)
                    promise->addResult(Result<T>(*finalError));
                else
                    promise->addResult(*last);
                promise->finish();
            });
        if (idOut)
            *idOut = id;
        return outcome;
    }

    /// Cancels a job: a queued or backing-off job ends at once as Canceled; a running one has
    /// its in-flight call canceled and ends when that call returns (no further retries).
    void cancel(JobId id);
    void cancelAll();
    /// Progress a long job reports (e.g. "3 of 12 pages").
    void setProgress(JobId id, int value, int maximum);

    JobInfo job(JobId id) const;
    QList<JobInfo> jobs() const; ///< in submission order
    /// How many finished jobs are kept for job(), jobs() and the views (default 1000); older
    /// finished ones are forgotten as new jobs arrive (jobsForgotten), so a console that runs
    /// for weeks does not grow by one record per call.
    void setFinishedRetention(int jobs);
    int activeCount() const;     ///< running attempts
    int queuedCount() const;     ///< queued or waiting for a retry
    ProviderCallStats stats(const QString& provider) const;
    QStringList providersWithStats() const;

    /// The delay before retry number `retryNumber` (1 = first retry), before Retry-After.
    qint64 backoffDelayMs(const RetryPolicy& policy, int retryNumber);

Q_SIGNALS:
    void jobAdded(Barista::JobId id);
    void jobChanged(Barista::JobId id);
    void jobFinished(Barista::JobId id);
    void countsChanged(int active, int queued);
    void statsChanged(const QString& provider);
    /// Finished jobs dropped from the queue's memory, oldest first.
    void jobsForgotten(const QList<Barista::JobId>& ids);

private:
    /// Starts attempt number `attemptNo` of a job and returns what cancels that attempt.
    using Starter = std::function<std::function<void()>(JobId, int attemptNo)>;
    using Finisher = std::function<void(const std::optional<CloudError>&)>;

    struct Record;
    struct Bucket;

    JobId enqueue(const JobRequest& request, Starter starter, Finisher finisher);
    void forgetOldFinished();
    bool isCurrentAttempt(JobId id, int attemptNo) const;
    void attemptFinished(JobId id, int attemptNo, const std::optional<CloudError>& error);
    void attemptTimedOut(JobId id, int attemptNo);
    void addDeadline(qint64 atMs, JobId id, int attemptNo);
    void removeDeadline(qint64 atMs, JobId id, int attemptNo);
    void scheduleDeadlineCheck();
    void checkDeadlines();
    void startAttempt(const std::shared_ptr<Record>& record);
    void retryDue(JobId id, int attemptNo);
    void finish(const std::shared_ptr<Record>& record, JobState state, const std::optional<CloudError>& error);
    void pump();
    void schedulePump(qint64 delayMs);
    bool takeToken(const QString& connection, qint64* waitMs);
    void recordLatency(const QString& provider, qint64 ms);
    void emitCounts();
    CloudError canceledError() const;

    Clock* m_clock;
    ConnectionLimits m_defaultLimits;
    QHash<QString, ConnectionLimits> m_limits;
    QHash<QString, std::shared_ptr<Bucket>> m_buckets;
    QHash<QString, int> m_running; ///< per connection
    QHash<JobId, std::shared_ptr<Record>> m_records;
    QList<JobId> m_order;
    int m_finishedRetention = 1000;
    QList<JobId> m_pending; ///< Queued jobs, sorted by id (= submission order)
    int m_waitingRetry = 0;
    QHash<QString, ProviderCallStats> m_stats;
    QHash<QString, QList<qint64>> m_latencies; ///< recent window per provider
    QRandomGenerator m_random;
    JobId m_nextId = 1;
    qint64 m_pumpAtMs = -1;
    /// Attempt timeouts: when -> (job, attempt), earliest first; one clock call for the first.
    std::multimap<qint64, std::pair<JobId, int>> m_deadlines;
    qint64 m_deadlineCheckAtMs = -1;
    bool m_pumping = false;
    bool m_pumpAgain = false; ///< pump() was asked for while pumping
    int m_lastActive = -1;
    int m_lastQueued = -1;
};

} // namespace Barista
