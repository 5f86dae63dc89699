// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleet/ApiHealthHistory.h"
#include "models/jobs/JobQueue.h"
#include "tests/support/FakeClock.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;

namespace {

/// Calls whose answers the test gives by hand, so their latency is exact on the FakeClock.
class Calls
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
    void answer(int i, const Result<int>& result)
    {
        m_promises.at(i)->addResult(result);
        m_promises.at(i)->finish();
    }

private:
    QList<std::shared_ptr<QPromise<Result<int>>>> m_promises;
};

JobRequest request(const QString& provider)
{
    JobRequest r;
    r.title = QStringLiteral("call");
    r.connection = provider + QStringLiteral("-conn");
    r.provider = provider;
    r.retry.maxAttempts = 1; // every failure is final: one attempt per job
    r.retry.attemptTimeoutMs = 0;
    return r;
}

CloudError throttled()
{
    return CloudError::make(
        CloudError::Kind::Throttled, QStringLiteral("RequestLimitExceeded"), QStringLiteral("Request limit exceeded."));
}

CloudError denied()
{
    return CloudError::make(CloudError::Kind::Auth, QStringLiteral("AuthFailure"), QStringLiteral("Denied."));
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestApiHealthHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesOnTheClockWithDeltas();
    void ringIsBounded();
    void stopAndRestart();
    void combinedSumsProviders();
};

void TestApiHealthHistory::samplesOnTheClockWithDeltas()
{
    FakeClock clock;
    JobQueue jobs(&clock);
    ApiHealthHistory history(&jobs, &clock);
    QSignalSpy sampled(&history, &ApiHealthHistory::sampled);
    history.start(1000);
    QVERIFY(history.isRunning());

    Calls aws;
    for (int i = 0; i < 3; ++i)
        jobs.submit<int>(request(QStringLiteral("aws")), aws.attempt());
    clock.advance(100);
    aws.answer(0, 1);
    aws.answer(1, throttled());
    aws.answer(2, denied());
    settle();

    clock.advance(899);
    QCOMPARE(sampled.count(), 0);
    QVERIFY(history.providers().isEmpty());
    clock.advance(1);
    QCOMPARE(sampled.count(), 1);
    QCOMPARE(history.lastSampleMs(), 1000);
    QCOMPARE(history.providers(), QStringList({ QStringLiteral("aws") }));
    QList<ApiHealthSample> s = history.samples(QStringLiteral("aws"));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).atMs, 1000);
    QCOMPARE(s.at(0).calls, 3);
    QCOMPARE(s.at(0).errors, 2);
    QCOMPARE(s.at(0).throttles, 1);
    QCOMPARE(s.at(0).latencyP95Ms, 100);

    // The next sample counts only what happened since: one call of 300 ms.
    jobs.submit<int>(request(QStringLiteral("aws")), aws.attempt());
    clock.advance(300);
    aws.answer(3, 1);
    settle();
    clock.advance(700);
    QCOMPARE(sampled.count(), 2);
    s = history.samples(QStringLiteral("aws"));
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(1).atMs, 2000);
    QCOMPARE(s.at(1).calls, 1);
    QCOMPARE(s.at(1).errors, 0);
    QCOMPARE(s.at(1).throttles, 0);
    QCOMPARE(s.at(1).latencyP95Ms, 300);
    QCOMPARE(s.at(1).totals.calls, 4);
    QCOMPARE(s.at(1).totals.errors, 2);

    // Quiet intervals still sample (zero calls), so the chart shows the calm.
    clock.advance(1000);
    QCOMPARE(sampled.count(), 3);
    QCOMPARE(history.samples(QStringLiteral("aws")).last().calls, 0);
}

void TestApiHealthHistory::ringIsBounded()
{
    FakeClock clock;
    JobQueue jobs(&clock);
    ApiHealthHistory history(&jobs, &clock);
    QCOMPARE(history.capacity(), ApiHealthHistory::DEFAULT_CAPACITY);
    history.setCapacity(3);
    Calls gcp;
    jobs.submit<int>(request(QStringLiteral("gcp")), gcp.attempt());
    gcp.answer(0, 1);
    settle();
    history.start(10);
    clock.advance(50);
    const QList<ApiHealthSample> s = history.samples(QStringLiteral("gcp"));
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(0).atMs, 30);
    QCOMPARE(s.at(2).atMs, 50);
    QCOMPARE(s.at(0).calls, 0); // the call was counted by the first sample, now dropped

    history.setCapacity(2);
    QCOMPARE(history.samples(QStringLiteral("gcp")).size(), 2);
    QCOMPARE(history.samples(QStringLiteral("gcp")).first().atMs, 40);
}

void TestApiHealthHistory::stopAndRestart()
{
    FakeClock clock;
    JobQueue jobs(&clock);
    ApiHealthHistory history(&jobs, &clock);
    QSignalSpy sampled(&history, &ApiHealthHistory::sampled);
    history.start(100);
    clock.advance(250);
    QCOMPARE(sampled.count(), 2);
    history.stop();
    QVERIFY(!history.isRunning());
    clock.advance(1000);
    QCOMPARE(sampled.count(), 2);

    // A restart does not revive the old schedule next to the new one.
    history.start(100);
    history.start(500);
    clock.advance(499);
    QCOMPARE(sampled.count(), 2);
    clock.advance(1);
    QCOMPARE(sampled.count(), 3);

    // sample() works without a schedule too.
    history.stop();
    history.sample();
    QCOMPARE(sampled.count(), 4);
}

void TestApiHealthHistory::combinedSumsProviders()
{
    FakeClock clock;
    JobQueue jobs(&clock);
    ApiHealthHistory history(&jobs, &clock);
    Calls calls;
    jobs.submit<int>(request(QStringLiteral("aws")), calls.attempt());
    jobs.submit<int>(request(QStringLiteral("gcp")), calls.attempt());
    jobs.submit<int>(request(QStringLiteral("gcp")), calls.attempt());
    clock.advance(40);
    calls.answer(0, 1);
    settle(); // the queue sees the answer (and measures its latency) when its watcher reports
    clock.advance(160);
    calls.answer(1, throttled());
    calls.answer(2, 1);
    settle();
    history.sample();

    const QList<ApiHealthSample> all = history.combined();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).calls, 3);
    QCOMPARE(all.at(0).errors, 1);
    QCOMPARE(all.at(0).throttles, 1);
    QCOMPARE(all.at(0).latencyP95Ms, 200); // the worst provider's
    QCOMPARE(history.samples(QStringLiteral("aws")).first().latencyP95Ms, 40);
}

QTEST_GUILESS_MAIN(TestApiHealthHistory)
#include "TestApiHealthHistory.moc"
