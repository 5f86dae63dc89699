// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/JobQueue.h"

#include "models/interfaces/Clock.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <utility>

namespace Barista {

namespace {

constexpr qsizetype LatencyWindow = 1000;
// Token arithmetic is in doubles; this keeps "exactly one token refilled" from reading as 0.999….
constexpr double TokenEpsilon = 1e-9;

/// Nearest-rank percentile of a sorted, non-empty list.
qint64 percentile(const QList<qint64>& sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(1, rank, sorted.size()) - 1);
}

} // namespace

struct JobQueue::Record
{
    JobInfo info;
    Starter starter;
    Finisher finisher; ///< reset once called: it runs exactly once
    std::function<void()> cancelAttempt; ///< of the attempt in flight, if any
    qint64 attemptStartedAtMs = 0;
    bool cancelRequested = false;
};

struct JobQueue::Bucket
{
    double tokens = 0;
    qint64 refilledAtMs = 0;
};

JobQueue::JobQueue(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    // Different jitter per process, so several consoles throttled together do not retry in step.
    , m_random(QRandomGenerator::securelySeeded())
{
    Q_ASSERT(m_clock);
}

JobQueue::~JobQueue()
{
    // Whoever waits on a job's future gets a Canceled result instead of a future without one.
    // No signals: the listeners may be half torn down already.
    const CloudError canceled = canceledError();
    for (const JobId id : std::as_const(m_order)) {
        const std::shared_ptr<Record> record = m_records.value(id);
        if (!record || isFinal(record->info.state))
            continue;
        record->info.state = JobState::Canceled;
        if (auto cancelAttempt = std::exchange(record->cancelAttempt, nullptr))
            cancelAttempt();
        if (auto finisher = std::exchange(record->finisher, nullptr))
            finisher(canceled);
    }
}

void JobQueue::setConnectionLimits(const QString& connection, const ConnectionLimits& limits)
{
    m_limits.insert(connection, limits);
    pump();
}

ConnectionLimits JobQueue::connectionLimits(const QString& connection) const
{
    return m_limits.value(connection, m_defaultLimits);
}

void JobQueue::setDefaultLimits(const ConnectionLimits& limits)
{
    m_defaultLimits = limits;
    pump();
}

void JobQueue::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

JobId JobQueue::enqueue(const JobRequest& request, Starter starter, Finisher finisher)
{
    auto record = std::make_shared<Record>();
    const JobId id = m_nextId++;
    record->info.id = id;
    record->info.request = request;
    record->info.state = JobState::Queued;
    record->info.queuedAtMs = m_clock->nowMs();
    record->starter = std::move(starter);
    record->finisher = std::move(finisher);
    forgetOldFinished();
    m_records.insert(id, record);
    m_order.append(id);
    m_pending.append(id); // ids grow, so the list stays sorted
    emit jobAdded(id);
    pump();
    return id;
}

void JobQueue::pump()
{
    // Callbacks run from here (attempts, signal handlers) may submit, cancel or change limits;
    // they ask for another pass instead of recursing.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    qint64 waitMs = -1;
    do {
        m_pumpAgain = false;
        waitMs = -1;
        // A connection whose head job cannot start blocks only its own later jobs.
        QSet<QString> blocked;
        const QList<JobId> pending = m_pending;
        for (const JobId id : pending) {
            const std::shared_ptr<Record> record = m_records.value(id);
            if (!record || record->info.state != JobState::Queued)
                continue;
            const QString connection = record->info.request.connection;
            if (blocked.contains(connection))
                continue;
            if (m_running.value(connection) >= qMax(1, connectionLimits(connection).maxConcurrent)) {
                blocked.insert(connection);
                continue;
            }
            qint64 tokenWaitMs = 0;
            if (!takeToken(connection, &tokenWaitMs)) {
                blocked.insert(connection);
                waitMs = waitMs < 0 ? tokenWaitMs : qMin(waitMs, tokenWaitMs);
                continue;
            }
            startAttempt(record);
        }
    } while (m_pumpAgain);
    m_pumping = false;
    if (waitMs >= 0)
        schedulePump(waitMs);
    emitCounts();
}

void JobQueue::schedulePump(qint64 delayMs)
{
    const qint64 atMs = m_clock->nowMs() + delayMs;
    // An earlier wake-up re-plans anyway; one timer per distinct moment is enough.
    if (m_pumpAtMs >= 0 && m_pumpAtMs <= atMs)
        return;
    m_pumpAtMs = atMs;
    m_clock->callAfter(delayMs, this, [this, atMs] {
        if (m_pumpAtMs != atMs)
            return;
        m_pumpAtMs = -1;
        pump();
    });
}

bool JobQueue::takeToken(const QString& connection, qint64* waitMs)
{
    const ConnectionLimits limits = connectionLimits(connection);
    // A rate of 0 would stall the connection forever once the burst is spent: read it as "no limit".
    if (limits.ratePerSecond <= 0)
        return true;
    const double capacity = qMax(1.0, limits.burst);
    const qint64 now = m_clock->nowMs();
    std::shared_ptr<Bucket>& bucket = m_buckets[connection];
    if (!bucket) {
        bucket = std::make_shared<Bucket>();
        bucket->tokens = capacity;
        bucket->refilledAtMs = now;
    }
    if (now > bucket->refilledAtMs) {
        bucket->tokens += double(now - bucket->refilledAtMs) * limits.ratePerSecond / 1000.0;
        bucket->refilledAtMs = now;
    }
    bucket->tokens = qMin(bucket->tokens, capacity); // also when the limits were lowered
    if (bucket->tokens + TokenEpsilon >= 1.0) {
        bucket->tokens = qMax(0.0, bucket->tokens - 1.0);
        return true;
    }
    const double missingMs = (1.0 - bucket->tokens) * 1000.0 / limits.ratePerSecond;
    *waitMs = qMax<qint64>(1, qint64(std::ceil(missingMs - TokenEpsilon)));
    return false;
}

void JobQueue::startAttempt(const std::shared_ptr<Record>& record)
{
    JobInfo& info = record->info;
    const JobId id = info.id;
    const qint64 now = m_clock->nowMs();
    m_pending.removeOne(id);
    m_running[info.request.connection] += 1;
    info.state = JobState::Running;
    info.attempts += 1;
    info.nextAttemptAtMs = 0;
    if (info.attempts == 1)
        info.startedAtMs = now;
    record->attemptStartedAtMs = now;
    const int attemptNo = info.attempts;

    ProviderCallStats& stats = m_stats[info.request.provider];
    stats.calls += 1;
    if (attemptNo > 1)
        stats.retries += 1;

    if (info.request.retry.attemptTimeoutMs > 0)
        addDeadline(now + info.request.retry.attemptTimeoutMs, id, attemptNo);

    std::function<void()> cancelAttempt = record->starter(id, attemptNo);
    // The attempt may have re-entered the queue (cancel) while starting.
    if (isCurrentAttempt(id, attemptNo)) {
        record->cancelAttempt = std::move(cancelAttempt);
        if (record->cancelRequested && record->cancelAttempt)
            record->cancelAttempt();
    }
    emit jobChanged(id);
    emit statsChanged(info.request.provider);
}

void JobQueue::addDeadline(qint64 atMs, JobId id, int attemptNo)
{
    // One clock call for the earliest deadline, not one timer per attempt: thousands of calls
    // would otherwise leave thousands of long timers that every new timer is sorted past.
    m_deadlines.emplace(atMs, std::make_pair(id, attemptNo));
    scheduleDeadlineCheck();
}

void JobQueue::scheduleDeadlineCheck()
{
    if (m_deadlines.empty())
        return;
    const qint64 atMs = m_deadlines.begin()->first;
    // An earlier wake-up re-arms for the next one anyway.
    if (m_deadlineCheckAtMs >= 0 && m_deadlineCheckAtMs <= atMs)
        return;
    m_deadlineCheckAtMs = atMs;
    m_clock->callAfter(qMax<qint64>(0, atMs - m_clock->nowMs()), this, [this, atMs] {
        if (m_deadlineCheckAtMs != atMs)
            return;
        m_deadlineCheckAtMs = -1;
        checkDeadlines();
    });
}

void JobQueue::checkDeadlines()
{
    const qint64 now = m_clock->nowMs();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const auto [id, attemptNo] = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        attemptTimedOut(id, attemptNo); // a no-op for an attempt that is already over
    }
    scheduleDeadlineCheck();
}

bool JobQueue::isCurrentAttempt(JobId id, int attemptNo) const
{
    const std::shared_ptr<Record> record = m_records.value(id);
    return record && record->info.state == JobState::Running && record->info.attempts == attemptNo;
}

void JobQueue::attemptFinished(JobId id, int attemptNo, const std::optional<CloudError>& error)
{
    if (!isCurrentAttempt(id, attemptNo))
        return;
    const std::shared_ptr<Record> record = m_records.value(id);
    JobInfo& info = record->info;
    const QString provider = info.request.provider;
    const qint64 now = m_clock->nowMs();
    m_running[info.request.connection] -= 1;
    record->cancelAttempt = nullptr;
    if (info.request.retry.attemptTimeoutMs > 0)
        removeDeadline(record->attemptStartedAtMs + info.request.retry.attemptTimeoutMs, id, attemptNo);

    // An attempt we abandoned ourselves says nothing about the cloud's health.
    if (!record->cancelRequested) {
        ProviderCallStats& stats = m_stats[provider];
        if (error) {
            stats.errors += 1;
            if (error->kind == CloudError::Kind::Throttled)
                stats.throttles += 1;
            if (error->kind == CloudError::Kind::Timeout)
                stats.timeouts += 1;
        }
        recordLatency(provider, now - record->attemptStartedAtMs);
    }

    if (record->cancelRequested) {
        finish(record, JobState::Canceled, canceledError());
    } else if (!error) {
        finish(record, JobState::Succeeded, std::nullopt);
    } else if (error->kind == CloudError::Kind::Canceled) {
        finish(record, JobState::Canceled, error);
    } else if (error->isRetryable() && info.attempts < info.request.retry.maxAttempts
        && (error->kind != CloudError::Kind::Timeout || info.request.idempotent)) {
        // Retry-After is a floor: the cloud said when it will listen again.
        const qint64 delayMs = qMax(backoffDelayMs(info.request.retry, info.attempts), error->retryAfterMs);
        info.state = JobState::WaitingRetry;
        info.lastError = error;
        info.nextAttemptAtMs = now + delayMs;
        m_waitingRetry += 1;
        m_clock->callAfter(delayMs, this, [this, id, attemptNo] { retryDue(id, attemptNo); });
        emit jobChanged(id);
    } else {
        finish(record, JobState::Failed, error);
    }
    emit statsChanged(provider);
    pump();
}

void JobQueue::removeDeadline(qint64 atMs, JobId id, int attemptNo)
{
    auto [from, to] = m_deadlines.equal_range(atMs);
    for (auto it = from; it != to; ++it) {
        if (it->second == std::make_pair(id, attemptNo)) {
            m_deadlines.erase(it);
            return;
        }
    }
}

void JobQueue::attemptTimedOut(JobId id, int attemptNo)
{
    if (!isCurrentAttempt(id, attemptNo))
        return;
    const std::shared_ptr<Record> record = m_records.value(id);
    if (record->cancelAttempt)
        record->cancelAttempt();
    const qint64 timeoutMs = record->info.request.retry.attemptTimeoutMs;
    const QString message = timeoutMs % 1000 == 0 ? tr("No answer within %n second(s).", "", int(timeoutMs / 1000))
                                                  : tr("No answer within %1 ms.").arg(timeoutMs);
    attemptFinished(id, attemptNo, CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"), message));
}

void JobQueue::retryDue(JobId id, int attemptNo)
{
    const std::shared_ptr<Record> record = m_records.value(id);
    if (!record || record->info.state != JobState::WaitingRetry || record->info.attempts != attemptNo)
        return;
    m_waitingRetry -= 1;
    record->info.state = JobState::Queued;
    record->info.nextAttemptAtMs = 0;
    // Back at its submission position: ahead of the connection's later jobs.
    m_pending.insert(std::lower_bound(m_pending.begin(), m_pending.end(), id), id);
    emit jobChanged(id);
    pump();
}

void JobQueue::finish(const std::shared_ptr<Record>& record, JobState state, const std::optional<CloudError>& error)
{
    JobInfo& info = record->info;
    if (isFinal(info.state))
        return;
    if (info.state == JobState::Queued)
        m_pending.removeOne(info.id);
    else if (info.state == JobState::WaitingRetry)
        m_waitingRetry -= 1;
    info.state = state;
    info.lastError = state == JobState::Succeeded ? std::nullopt : error;
    info.finishedAtMs = m_clock->nowMs();
    info.nextAttemptAtMs = 0;
    record->cancelAttempt = nullptr;
    record->starter = nullptr; // releases whatever the attempt captured
    const Finisher finisher = std::exchange(record->finisher, nullptr);
    const JobId id = info.id;
    emit jobChanged(id);
    emit jobFinished(id);
    if (finisher)
        finisher(info.lastError);
}

void JobQueue::cancel(JobId id)
{
    const std::shared_ptr<Record> record = m_records.value(id);
    if (!record)
        return;
    switch (record->info.state) {
    case JobState::Queued:
    case JobState::WaitingRetry:
        finish(record, JobState::Canceled, canceledError());
        pump();
        break;
    case JobState::Running:
        // It ends when the call returns (or times out); attemptFinished then sees the request.
        if (!record->cancelRequested) {
            record->cancelRequested = true;
            if (record->cancelAttempt)
                record->cancelAttempt();
        }
        break;
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::Canceled:
        break;
    }
}

void JobQueue::cancelAll()
{
    // One pump at the end rather than one per job.
    const bool wasPumping = std::exchange(m_pumping, true);
    const QList<JobId> order = m_order;
    for (const JobId id : order)
        cancel(id);
    m_pumping = wasPumping;
    if (!wasPumping)
        pump();
}

void JobQueue::setProgress(JobId id, int value, int maximum)
{
    const std::shared_ptr<Record> record = m_records.value(id);
    if (!record || isFinal(record->info.state))
        return;
    if (record->info.progressValue == value && record->info.progressMaximum == maximum)
        return;
    record->info.progressValue = value;
    record->info.progressMaximum = qMax(0, maximum);
    emit jobChanged(id);
}

void JobQueue::setFinishedRetention(int jobs)
{
    m_finishedRetention = qMax(0, jobs);
    forgetOldFinished();
}

void JobQueue::forgetOldFinished()
{
    // In batches, so the scan runs once per few dozen jobs, not on every submission.
    const int slack = qMax(16, m_finishedRetention / 10);
    if (m_order.size() <= m_finishedRetention + slack)
        return;
    int finished = 0;
    for (const JobId id : std::as_const(m_order))
        finished += isFinal(m_records.value(id)->info.state) ? 1 : 0;
    int toForget = finished - m_finishedRetention;
    if (toForget <= 0)
        return;
    QList<JobId> forgotten;
    QList<JobId> kept;
    kept.reserve(m_order.size());
    for (const JobId id : std::as_const(m_order)) {
        if (toForget > 0 && isFinal(m_records.value(id)->info.state)) {
            forgotten.append(id);
            m_records.remove(id);
            --toForget;
        } else {
            kept.append(id);
        }
    }
    m_order = kept;
    emit jobsForgotten(forgotten);
}

JobInfo JobQueue::job(JobId id) const
{
    const std::shared_ptr<Record> record = m_records.value(id);
    return record ? record->info : JobInfo();
}

QList<JobInfo> JobQueue::jobs() const
{
    QList<JobInfo> result;
    result.reserve(m_order.size());
    for (const JobId id : m_order)
        result.append(m_records.value(id)->info);
    return result;
}

int JobQueue::activeCount() const
{
    int active = 0;
    for (const int running : m_running)
        active += running;
    return active;
}

int JobQueue::queuedCount() const
{
    return int(m_pending.size()) + m_waitingRetry;
}

ProviderCallStats JobQueue::stats(const QString& provider) const
{
    return m_stats.value(provider);
}

QStringList JobQueue::providersWithStats() const
{
    QStringList providers = m_stats.keys();
    providers.sort();
    return providers;
}

qint64 JobQueue::backoffDelayMs(const RetryPolicy& policy, int retryNumber)
{
    const int n = qMax(1, retryNumber);
    const double base = double(qMax<qint64>(0, policy.baseDelayMs));
    const double cap = double(qMax<qint64>(0, policy.maxDelayMs));
    // The exponent is clamped only to keep ldexp finite; the cap bites long before.
    const double exponential = std::min(cap, std::ldexp(base, qMin(n - 1, 62)));
    const double jitter = qBound(0.0, policy.jitterFraction, 1.0);
    double delay = exponential * (1.0 - jitter);
    if (jitter > 0)
        delay += m_random.generateDouble() * exponential * jitter;
    return qint64(std::llround(delay));
}

void JobQueue::recordLatency(const QString& provider, qint64 ms)
{
    QList<qint64>& window = m_latencies[provider];
    window.append(qMax<qint64>(0, ms));
    if (window.size() > LatencyWindow)
        window.remove(0, window.size() - LatencyWindow);
    QList<qint64> sorted = window;
    std::sort(sorted.begin(), sorted.end());
    ProviderCallStats& stats = m_stats[provider];
    stats.latencyP50Ms = percentile(sorted, 0.50);
    stats.latencyP95Ms = percentile(sorted, 0.95);
    stats.latencyMaxMs = sorted.last();
}

void JobQueue::emitCounts()
{
    const int active = activeCount();
    const int queued = queuedCount();
    if (active == m_lastActive && queued == m_lastQueued)
        return;
    m_lastActive = active;
    m_lastQueued = queued;
    emit countsChanged(active, queued);
}

CloudError JobQueue::canceledError() const
{
    return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), tr("The job was canceled."));
}

} // namespace Barista
