// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/JobQueue.h"
#include "tests/support/FakeClock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;

namespace {

/// Attempts whose outcome the test decides by hand, one promise per attempt started.
class ManualAttempts
{
public:
    JobQueue::Attempt<int> attempt()
    {
        return [this] {
            auto promise = std::make_shared<QPromise<Result<int>>>();
            promise->start();
            m_promises.append(promise);
            return promise->future();
        };
    }
    int count() const { return int(m_promises.size()); }
    QPromise<Result<int>>& at(int i) { return *m_promises.at(i); }
    bool isCanceled(int i) const { return m_promises.at(i)->isCanceled(); }
    void answer(int i, const Result<int>& result)
    {
        m_promises.at(i)->addResult(result);
        m_promises.at(i)->finish();
    }

private:
    QList<std::shared_ptr<QPromise<Result<int>>>> m_promises;
};

JobRequest request(const QString& connection = QStringLiteral("c1"), const QString& provider = QStringLiteral("aws"))
{
    JobRequest r;
    r.title = QStringLiteral("job on %1").arg(connection);
    r.connection = connection;
    r.provider = provider;
    r.retry.maxAttempts = 5;
    r.retry.baseDelayMs = 100;
    r.retry.maxDelayMs = 10000;
    r.retry.jitterFraction = 0;
    r.retry.attemptTimeoutMs = 600000;
    return r;
}

ConnectionLimits limits(int maxConcurrent, double ratePerSecond, double burst)
{
    ConnectionLimits l;
    l.maxConcurrent = maxConcurrent;
    l.ratePerSecond = ratePerSecond;
    l.burst = burst;
    return l;
}

CloudError error(CloudError::Kind kind, const QString& code, const QString& message, qint64 retryAfterMs = -1)
{
    CloudError e = CloudError::make(kind, code, message);
    e.retryAfterMs = retryAfterMs;
    return e;
}

CloudError transient()
{
    return error(CloudError::Kind::Transient, QStringLiteral("InternalError"),
        QStringLiteral("We encountered an internal error. Please try again."));
}

QString stateOf(const JobQueue& queue, JobId id)
{
    return jobStateName(queue.job(id).state);
}

/// Lets watcher signals (posted events) arrive.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenBucketBurstThenRate();
    void noHeadOfLineBlockingAcrossConnections();
    void perConnectionConcurrency();
    void raisingLimitsStartsQueuedJobs();
    void retryWithExponentialBackoff();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void retryGoesBeforeLaterJobsOfItsConnection();
    void nonRetryableFailsAtOnce_data();
    void nonRetryableFailsAtOnce();
    void maxAttemptsOfOneMeansNoRetry();
    void cancelQueued();
    void cancelWaitingRetry();
    void cancelRunning();
    void cancelAllEndsEverything();
    void attemptTimeoutRetriesIdempotent();
    void attemptTimeoutFailsNonIdempotentMutating();
    void statsCounters();
    void latencyPercentiles();
    void latencyWindowKeepsRecentSamples();
    void jitterBoundsWithFixedSeed();
    void backoffWithoutJitterIsExact();
    void readyFutureSignalsAndSingleOutcome();
    void submitFromInsideAnAttempt();
    void destroyingQueueCancelsUnfinishedJobs();
};

void TestJobQueue::tokenBucketBurstThenRate()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(10, 1, 2));
    QList<JobId> ids;
    for (int i = 0; i < 5; ++i) {
        JobId id = 0;
        queue.submit<int>(request(), calls.attempt(), &id);
        ids.append(id);
    }
    QCOMPARE(calls.count(), 2);
    QCOMPARE(queue.activeCount(), 2);
    QCOMPARE(queue.queuedCount(), 3);
    QCOMPARE(stateOf(queue, ids[1]), QStringLiteral("running"));
    QCOMPARE(stateOf(queue, ids[2]), QStringLiteral("queued"));

    // Finishing calls frees slots, not tokens.
    calls.answer(0, 1);
    calls.answer(1, 1);
    QTRY_COMPARE(stateOf(queue, ids[0]), QStringLiteral("succeeded"));
    QTRY_COMPARE(stateOf(queue, ids[1]), QStringLiteral("succeeded"));
    QCOMPARE(calls.count(), 2);

    for (int next = 2; next < 5; ++next) {
        clock.advance(999);
        QCOMPARE(calls.count(), next);
        clock.advance(1);
        QCOMPARE(calls.count(), next + 1);
        QCOMPARE(stateOf(queue, ids[next]), QStringLiteral("running"));
    }
    QCOMPARE(queue.queuedCount(), 0);
}

void TestJobQueue::noHeadOfLineBlockingAcrossConnections()
{
    FakeClock clock;
    ManualAttempts slow;
    ManualAttempts other;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("slow"), limits(10, 1, 1));
    JobId a1 = 0, a2 = 0, b = 0;
    queue.submit<int>(request(QStringLiteral("slow")), slow.attempt(), &a1);
    queue.submit<int>(request(QStringLiteral("slow")), slow.attempt(), &a2);
    queue.submit<int>(request(QStringLiteral("other")), other.attempt(), &b);
    QCOMPARE(stateOf(queue, a1), QStringLiteral("running"));
    QCOMPARE(stateOf(queue, a2), QStringLiteral("queued"));
    QCOMPARE(stateOf(queue, b), QStringLiteral("running"));
    QCOMPARE(other.count(), 1);
}

void TestJobQueue::perConnectionConcurrency()
{
    FakeClock clock;
    ManualAttempts c1;
    ManualAttempts c2;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(2, 1000, 1000));
    queue.setConnectionLimits(QStringLiteral("c2"), limits(4, 1000, 1000));
    QList<JobId> ids;
    for (int i = 0; i < 4; ++i) {
        JobId id = 0;
        queue.submit<int>(request(QStringLiteral("c1")), c1.attempt(), &id);
        ids.append(id);
    }
    for (int i = 0; i < 2; ++i)
        queue.submit<int>(request(QStringLiteral("c2")), c2.attempt());
    QCOMPARE(c1.count(), 2);
    QCOMPARE(c2.count(), 2);
    QCOMPARE(queue.activeCount(), 4);
    QCOMPARE(queue.queuedCount(), 2);

    clock.advance(10000); // time alone frees no slot
    settle();
    QCOMPARE(c1.count(), 2);

    c1.answer(0, 42);
    QTRY_COMPARE(c1.count(), 3);
    QCOMPARE(stateOf(queue, ids[2]), QStringLiteral("running")); // in submission order
    QCOMPARE(stateOf(queue, ids[3]), QStringLiteral("queued"));

    c1.answer(1, Result<int>(error(CloudError::Kind::NotFound, QStringLiteral("x"), QStringLiteral("y"))));
    QTRY_COMPARE(c1.count(), 4);
    QCOMPARE(stateOf(queue, ids[1]), QStringLiteral("failed"));
}

void TestJobQueue::raisingLimitsStartsQueuedJobs()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(1, 1000, 1000));
    for (int i = 0; i < 3; ++i)
        queue.submit<int>(request(), calls.attempt());
    QCOMPARE(calls.count(), 1);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(3, 1000, 1000));
    QCOMPARE(calls.count(), 3);
}

void TestJobQueue::retryWithExponentialBackoff()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobRequest r = request();
    r.retry.maxAttempts = 4;
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(r, calls.attempt(), &id);
    QCOMPARE(calls.count(), 1);

    const QList<qint64> delays { 100, 200, 400 };
    for (int i = 0; i < delays.size(); ++i) {
        calls.answer(i, Result<int>(transient()));
        QTRY_COMPARE(stateOf(queue, id), QStringLiteral("waiting-retry"));
        QCOMPARE(queue.job(id).nextAttemptAtMs, clock.nowMs() + delays[i]);
        QCOMPARE(queue.queuedCount(), 1);
        QCOMPARE(queue.activeCount(), 0);
        clock.advance(delays[i] - 1);
        settle();
        QCOMPARE(calls.count(), i + 1);
        clock.advance(1);
        QCOMPARE(calls.count(), i + 2);
        QCOMPARE(queue.job(id).attempts, i + 2);
        QCOMPARE(stateOf(queue, id), QStringLiteral("running"));
    }

    const CloudError last = error(
        CloudError::Kind::Throttled, QStringLiteral("RequestLimitExceeded"), QStringLiteral("Request limit exceeded."));
    calls.answer(3, Result<int>(last));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("failed"));
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 4);
    QVERIFY(outcome.isFinished());
    QVERIFY(!outcome.result().ok());
    QVERIFY(outcome.result().error() == last);
    QVERIFY(queue.job(id).lastError == last);
}

void TestJobQueue::retryAfterHonoured_data()
{
    QTest::addColumn<qint64>("baseDelayMs");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<qint64>("expectedDelayMs");
    QTest::newRow("retry-after longer than backoff") << qint64(100) << qint64(5000) << qint64(5000);
    QTest::newRow("backoff longer than retry-after") << qint64(2000) << qint64(300) << qint64(2000);
    QTest::newRow("no retry-after") << qint64(250) << qint64(-1) << qint64(250);
}

void TestJobQueue::retryAfterHonoured()
{
    QFETCH(qint64, baseDelayMs);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, expectedDelayMs);
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobRequest r = request();
    r.retry.baseDelayMs = baseDelayMs;
    JobId id = 0;
    queue.submit<int>(r, calls.attempt(), &id);
    calls.answer(0,
        Result<int>(error(CloudError::Kind::Throttled, QStringLiteral("TooManyRequests"),
            QStringLiteral("Rate exceeded"), retryAfterMs)));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("waiting-retry"));
    clock.advance(expectedDelayMs - 1);
    settle();
    QCOMPARE(calls.count(), 1);
    clock.advance(1);
    QCOMPARE(calls.count(), 2);
    QCOMPARE(queue.stats(QStringLiteral("aws")).throttles, qint64(1));
}

void TestJobQueue::retryGoesBeforeLaterJobsOfItsConnection()
{
    FakeClock clock;
    ManualAttempts a, b, c;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(1, 1000, 1000));
    JobId idA = 0, idB = 0, idC = 0;
    queue.submit<int>(request(), a.attempt(), &idA);
    queue.submit<int>(request(), b.attempt(), &idB);
    queue.submit<int>(request(), c.attempt(), &idC);
    a.answer(0, Result<int>(transient()));
    // A backing off holds no slot, so B runs meanwhile.
    QTRY_COMPARE(b.count(), 1);
    clock.advance(100);
    QCOMPARE(stateOf(queue, idA), QStringLiteral("queued"));
    b.answer(0, 2);
    QTRY_COMPARE(a.count(), 2);
    QCOMPARE(c.count(), 0);
    QCOMPARE(stateOf(queue, idC), QStringLiteral("queued"));
}

void TestJobQueue::nonRetryableFailsAtOnce_data()
{
    // Kind as int, so CloudError needs no metatype declaration here.
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("quota") << int(CloudError::Kind::QuotaExceeded) << QStringLiteral("VcpuLimitExceeded")
                           << QStringLiteral(
                                  "You have requested more vCPU capacity than your current vCPU limit of 32 "
                                  "allows for the instance bucket that the specified instance type belongs to.");
    QTest::newRow("invalid") << int(CloudError::Kind::InvalidRequest) << QStringLiteral("InvalidParameterValue")
                             << QStringLiteral("Value (10.0.0.0/33) for parameter cidrBlock is invalid.");
    QTest::newRow("auth") << int(CloudError::Kind::Auth) << QStringLiteral("AuthFailure")
                          << QStringLiteral("AWS was not able to validate the provided access credentials");
    QTest::newRow("conflict") << int(CloudError::Kind::Conflict) << QStringLiteral("DependencyViolation")
                              << QStringLiteral("The vpc 'vpc-1a2b3c4d' has dependencies and cannot be deleted.");
}

void TestJobQueue::nonRetryableFailsAtOnce()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    CloudError failure = error(CloudError::Kind(kind), code, message);
    failure.httpStatus = 400;
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(request(), calls.attempt(), &id);
    calls.answer(0, Result<int>(failure));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("failed"));
    QTRY_VERIFY(outcome.isFinished());
    const CloudError got = outcome.result().error();
    QCOMPARE(got.providerCode, code);
    QCOMPARE(got.message, message);
    QVERIFY(got == failure);
    QVERIFY(queue.job(id).lastError == failure);
    QCOMPARE(queue.job(id).attempts, 1);
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 1);
    QCOMPARE(queue.stats(QStringLiteral("aws")).errors, qint64(1));
}

void TestJobQueue::maxAttemptsOfOneMeansNoRetry()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobRequest r = request();
    r.retry.maxAttempts = 1;
    JobId id = 0;
    queue.submit<int>(r, calls.attempt(), &id);
    calls.answer(0, Result<int>(transient()));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("failed"));
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 1);
}

void TestJobQueue::cancelQueued()
{
    FakeClock clock;
    ManualAttempts a, b;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(1, 1000, 1000));
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    JobId idA = 0, idB = 0;
    queue.submit<int>(request(), a.attempt(), &idA);
    QFuture<Result<int>> outcomeB = queue.submit<int>(request(), b.attempt(), &idB);
    QCOMPARE(stateOf(queue, idB), QStringLiteral("queued"));

    queue.cancel(idB);
    QCOMPARE(stateOf(queue, idB), QStringLiteral("canceled"));
    QCOMPARE(queue.queuedCount(), 0);
    QVERIFY(outcomeB.isFinished());
    QCOMPARE(outcomeB.result().error().kind, CloudError::Kind::Canceled);
    QCOMPARE(finished.count(), 1);

    a.answer(0, 1);
    QTRY_COMPARE(stateOf(queue, idA), QStringLiteral("succeeded"));
    settle();
    QCOMPARE(b.count(), 0);
    QCOMPARE(queue.job(idB).attempts, 0);
    QCOMPARE(finished.count(), 2);
}

void TestJobQueue::cancelWaitingRetry()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(request(), calls.attempt(), &id);
    calls.answer(0, Result<int>(transient()));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("waiting-retry"));
    queue.cancel(id);
    QCOMPARE(stateOf(queue, id), QStringLiteral("canceled"));
    QVERIFY(outcome.isFinished());
    QCOMPARE(outcome.result().error().kind, CloudError::Kind::Canceled);
    QCOMPARE(queue.queuedCount(), 0);
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 1);
}

void TestJobQueue::cancelRunning()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(request(), calls.attempt(), &id);
    queue.cancel(id);
    QVERIFY(calls.isCanceled(0)); // the in-flight call was told
    QCOMPARE(stateOf(queue, id), QStringLiteral("running"));
    QVERIFY(!outcome.isFinished());

    // The provider stops with an error that would otherwise be retried: no retry after a cancel.
    calls.answer(0, Result<int>(transient()));
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("canceled"));
    QVERIFY(outcome.isFinished());
    QCOMPARE(outcome.resultCount(), 1);
    QCOMPARE(outcome.result().error().kind, CloudError::Kind::Canceled);
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 1);
    QCOMPARE(queue.activeCount(), 0);
}

void TestJobQueue::cancelAllEndsEverything()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(1, 1000, 1000));
    QList<QFuture<Result<int>>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes.append(queue.submit<int>(request(), calls.attempt()));
    queue.cancelAll();
    QVERIFY(calls.isCanceled(0));
    QVERIFY(outcomes[1].isFinished());
    QVERIFY(outcomes[2].isFinished());
    calls.at(0).finish();
    QTRY_VERIFY(outcomes[0].isFinished());
    QCOMPARE(outcomes[0].result().error().kind, CloudError::Kind::Canceled);
    QCOMPARE(calls.count(), 1);
    QCOMPARE(queue.activeCount() + queue.queuedCount(), 0);
}

void TestJobQueue::attemptTimeoutRetriesIdempotent()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobRequest r = request();
    r.retry.attemptTimeoutMs = 1500;
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(r, calls.attempt(), &id);
    clock.advance(1499);
    QCOMPARE(stateOf(queue, id), QStringLiteral("running"));
    clock.advance(1);
    QVERIFY(calls.isCanceled(0));
    QCOMPARE(stateOf(queue, id), QStringLiteral("waiting-retry"));
    const CloudError timeout = *queue.job(id).lastError;
    QCOMPARE(timeout.kind, CloudError::Kind::Timeout);
    QCOMPARE(timeout.providerCode, QStringLiteral("Timeout"));
    QVERIFY2(timeout.message.contains(QStringLiteral("1500")), qPrintable(timeout.message));
    QCOMPARE(queue.activeCount(), 0);

    clock.advance(100);
    QCOMPARE(calls.count(), 2);
    // The first attempt answers late: ignored, it was written off.
    calls.answer(0, 99);
    settle();
    QCOMPARE(stateOf(queue, id), QStringLiteral("running"));
    QCOMPARE(queue.job(id).attempts, 2);

    calls.answer(1, 7);
    QTRY_COMPARE(stateOf(queue, id), QStringLiteral("succeeded"));
    QCOMPARE(outcome.result().value(), 7);
    const ProviderCallStats stats = queue.stats(QStringLiteral("aws"));
    QCOMPARE(stats.calls, qint64(2));
    QCOMPARE(stats.timeouts, qint64(1));
    QCOMPARE(stats.errors, qint64(1));
    QCOMPARE(stats.retries, qint64(1));
}

void TestJobQueue::attemptTimeoutFailsNonIdempotentMutating()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobRequest r = request();
    r.mutating = true;
    r.idempotent = false;
    r.retry.attemptTimeoutMs = 1000;
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(r, calls.attempt(), &id);
    clock.advance(1000);
    QCOMPARE(stateOf(queue, id), QStringLiteral("failed"));
    QVERIFY(outcome.isFinished());
    QCOMPARE(outcome.result().error().kind, CloudError::Kind::Timeout);
    QCOMPARE(outcome.result().error().providerCode, QStringLiteral("Timeout"));
    clock.advance(100000);
    settle();
    QCOMPARE(calls.count(), 1);
}

void TestJobQueue::statsCounters()
{
    FakeClock clock;
    ManualAttempts first, second;
    JobQueue queue(&clock);
    QSignalSpy statsSpy(&queue, &JobQueue::statsChanged);
    JobId a = 0, b = 0;
    queue.submit<int>(request(QStringLiteral("c1"), QStringLiteral("gcp")), first.attempt(), &a);
    first.answer(0,
        Result<int>(error(
            CloudError::Kind::Throttled, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"))));
    QTRY_COMPARE(stateOf(queue, a), QStringLiteral("waiting-retry"));
    clock.advance(100);
    first.answer(1, 1);
    QTRY_COMPARE(stateOf(queue, a), QStringLiteral("succeeded"));

    queue.submit<int>(request(QStringLiteral("c1"), QStringLiteral("gcp")), second.attempt(), &b);
    second.answer(
        0, Result<int>(error(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"), QStringLiteral("no"))));
    QTRY_COMPARE(stateOf(queue, b), QStringLiteral("failed"));

    const ProviderCallStats gcp = queue.stats(QStringLiteral("gcp"));
    QCOMPARE(gcp.calls, qint64(3));
    QCOMPARE(gcp.errors, qint64(2));
    QCOMPARE(gcp.throttles, qint64(1));
    QCOMPARE(gcp.retries, qint64(1));
    QCOMPARE(gcp.timeouts, qint64(0));
    QCOMPARE(queue.stats(QStringLiteral("aws")).calls, qint64(0));
    QCOMPARE(queue.providersWithStats(), QStringList { QStringLiteral("gcp") });
    QVERIFY(!statsSpy.isEmpty());
    QCOMPARE(statsSpy.last().at(0).toString(), QStringLiteral("gcp"));
}

void TestJobQueue::latencyPercentiles()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(10, 1000, 1000));
    // Latencies 1..100 ms in a scrambled order (37 is coprime to 100).
    for (int i = 0; i < 100; ++i) {
        JobId id = 0;
        queue.submit<int>(request(), calls.attempt(), &id);
        clock.advance((i * 37) % 100 + 1);
        calls.answer(i, i);
        QTRY_COMPARE(stateOf(queue, id), QStringLiteral("succeeded"));
    }
    const ProviderCallStats stats = queue.stats(QStringLiteral("aws"));
    QCOMPARE(stats.calls, qint64(100));
    QCOMPARE(stats.latencyP50Ms, qint64(50));
    QCOMPARE(stats.latencyP95Ms, qint64(95));
    QCOMPARE(stats.latencyMaxMs, qint64(100));
}

void TestJobQueue::latencyWindowKeepsRecentSamples()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("c1"), limits(2000, 1, 2000));
    for (int i = 0; i < 1000; ++i)
        queue.submit<int>(request(), calls.attempt());
    clock.advance(5000);
    for (int i = 0; i < 1000; ++i)
        calls.answer(i, i);
    QTRY_COMPARE(queue.activeCount(), 0);
    QCOMPARE(queue.stats(QStringLiteral("aws")).latencyMaxMs, qint64(5000));

    // 1000 instant answers push every slow sample out of the window.
    for (int i = 0; i < 1000; ++i)
        queue.submit<int>(request(), [] { return QtFuture::makeReadyFuture(Result<int>(1)); });
    QTRY_COMPARE(queue.activeCount(), 0);
    const ProviderCallStats stats = queue.stats(QStringLiteral("aws"));
    QCOMPARE(stats.calls, qint64(2000));
    QCOMPARE(stats.latencyMaxMs, qint64(0));
    QCOMPARE(stats.latencyP95Ms, qint64(0));
}

void TestJobQueue::jitterBoundsWithFixedSeed()
{
    FakeClock clock;
    JobQueue a(&clock);
    JobQueue b(&clock);
    a.setRandomSeed(42);
    b.setRandomSeed(42);
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 8000;
    policy.jitterFraction = 0.5;

    QSet<qint64> distinct;
    for (int n = 1; n <= 6; ++n) {
        const qint64 exponential = qMin<qint64>(8000, qint64(1000) << (n - 1));
        int lowerHalf = 0;
        for (int k = 0; k < 200; ++k) {
            const qint64 delay = a.backoffDelayMs(policy, n);
            QCOMPARE(delay, b.backoffDelayMs(policy, n)); // same seed, same sequence
            QVERIFY2(delay >= exponential / 2 && delay <= exponential,
                qPrintable(QStringLiteral("n=%1 delay=%2").arg(n).arg(delay)));
            if (delay < exponential * 3 / 4)
                ++lowerHalf;
            distinct.insert(delay);
        }
        // Uniform over the jitter range: both halves of it are used.
        QVERIFY(lowerHalf > 40 && lowerHalf < 160);
    }
    QVERIFY(distinct.size() > 300);

    a.setRandomSeed(7);
    b.setRandomSeed(8);
    bool differs = false;
    for (int k = 0; k < 10; ++k)
        differs = differs || a.backoffDelayMs(policy, 3) != b.backoffDelayMs(policy, 3);
    QVERIFY(differs);
}

void TestJobQueue::backoffWithoutJitterIsExact()
{
    FakeClock clock;
    JobQueue queue(&clock);
    RetryPolicy policy;
    policy.baseDelayMs = 250;
    policy.maxDelayMs = 3000;
    policy.jitterFraction = 0;
    QCOMPARE(queue.backoffDelayMs(policy, 1), qint64(250));
    QCOMPARE(queue.backoffDelayMs(policy, 2), qint64(500));
    QCOMPARE(queue.backoffDelayMs(policy, 3), qint64(1000));
    QCOMPARE(queue.backoffDelayMs(policy, 4), qint64(2000));
    QCOMPARE(queue.backoffDelayMs(policy, 5), qint64(3000));
    QCOMPARE(queue.backoffDelayMs(policy, 1000), qint64(3000)); // no overflow
}

void TestJobQueue::readyFutureSignalsAndSingleOutcome()
{
    FakeClock clock;
    JobQueue queue(&clock);
    QSignalSpy added(&queue, &JobQueue::jobAdded);
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    QSignalSpy counts(&queue, &JobQueue::countsChanged);
    JobId id = 0;
    QFuture<Result<int>> outcome = queue.submit<int>(
        request(), [] { return QtFuture::makeReadyFuture(Result<int>(5)); }, &id);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).value<JobId>(), id);
    QTRY_VERIFY(outcome.isFinished());
    QCOMPARE(outcome.result().value(), 5);
    QCOMPARE(stateOf(queue, id), QStringLiteral("succeeded"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(counts.first(), (QList<QVariant> { 1, 0 }));
    QCOMPARE(counts.last(), (QList<QVariant> { 0, 0 }));

    queue.cancel(id); // too late: nothing changes
    settle();
    QCOMPARE(stateOf(queue, id), QStringLiteral("succeeded"));
    QCOMPARE(outcome.resultCount(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(queue.jobs().size(), 1);
    QCOMPARE(queue.jobs().first().id, id);
}

void TestJobQueue::submitFromInsideAnAttempt()
{
    FakeClock clock;
    ManualAttempts inner;
    JobQueue queue(&clock);
    JobId innerId = 0;
    queue.submit<int>(request(), [&] {
        queue.submit<int>(request(), inner.attempt(), &innerId);
        return QtFuture::makeReadyFuture(Result<int>(1));
    });
    QCOMPARE(inner.count(), 1);
    QCOMPARE(stateOf(queue, innerId), QStringLiteral("running"));
    QCOMPARE(queue.activeCount(), 2);
}

void TestJobQueue::destroyingQueueCancelsUnfinishedJobs()
{
    FakeClock clock;
    ManualAttempts calls;
    auto queue = std::make_unique<JobQueue>(&clock);
    queue->setConnectionLimits(QStringLiteral("c1"), limits(1, 1000, 1000));
    QFuture<Result<int>> running = queue->submit<int>(request(), calls.attempt());
    QFuture<Result<int>> queued = queue->submit<int>(request(), calls.attempt());
    queue.reset();
    QVERIFY(calls.isCanceled(0));
    QVERIFY(running.isFinished());
    QVERIFY(queued.isFinished());
    QCOMPARE(running.resultCount(), 1);
    QCOMPARE(queued.result().error().kind, CloudError::Kind::Canceled);
    clock.advance(1000000); // no callback into the dead queue
    settle();
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "TestJobQueue.moc"
