// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud under the real job queue: the queue's attempt timeout cancels calls the
// sim never answers (without leaking them), and its retries ride out injected throttling.

#include "models/jobs/JobQueue.h"
#include "models/jobs/SystemClock.h"
#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QTest>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimWithJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void attemptTimeoutCancelsUnansweredCalls();
    void retriesRideOutThrottling();
    void lastReleaseInsideACallContinuation();
};

void TestSimWithJobQueue::attemptTimeoutCancelsUnansweredCalls()
{
    ScratchDir dir;
    SimSettings settings = fastSettings();
    settings.timeoutPct = 100;
    auto sim = SimCloud::create(dir.filePath(QStringLiteral("c.sqlite")), settings);
    auto aws = std::make_shared<SimProvider>(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
    SystemClock clock;
    JobQueue queue(&clock);
    JobRequest request;
    request.title = QStringLiteral("list vpcs");
    request.connection = QStringLiteral("aws-test");
    request.provider = QStringLiteral("aws");
    request.retry.maxAttempts = 2;
    request.retry.baseDelayMs = 1;
    request.retry.attemptTimeoutMs = 100;
    const QFuture<Result<ResourcePage>> outcome
        = queue.submit<ResourcePage>(request, [aws] { return aws->list(ResourceKind::Vpc, {}); });
    QVERIFY(Test::waitFor(outcome, 20000));
    QCOMPARE(outcome.resultCount(), 1);
    QVERIFY(!outcome.result().ok());
    QCOMPARE(outcome.result().error().kind, CloudError::Kind::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(sim->callsInFlight(), 0, 20000);
}

void TestSimWithJobQueue::retriesRideOutThrottling()
{
    ScratchDir dir;
    SimSettings settings = fastSettings(8);
    settings.throttlePct = 50;
    auto sim = SimCloud::create(dir.filePath(QStringLiteral("c.sqlite")), settings);
    auto azure = std::make_shared<SimProvider>(sim, connection(QStringLiteral("azure"), QStringLiteral("eastus")));
    SystemClock clock;
    JobQueue queue(&clock);
    ConnectionLimits limits;
    limits.ratePerSecond = 1000;
    limits.burst = 1000;
    queue.setConnectionLimits(QStringLiteral("azure-test"), limits);
    QList<QFuture<Result<ResourcePage>>> outcomes;
    for (int i = 0; i < 8; ++i) {
        JobRequest request;
        request.title = QStringLiteral("list specs");
        request.connection = QStringLiteral("azure-test");
        request.provider = QStringLiteral("azure");
        request.retry.maxAttempts = 20; // 0.5^20: a job that never gets through is not a flake
        request.retry.baseDelayMs = 1;
        request.retry.maxDelayMs = 5;
        outcomes.append(queue.submit<ResourcePage>(request, [azure] { return azure->list(ResourceKind::Spec, {}); }));
    }
    for (const auto& outcome : outcomes) {
        QVERIFY(Test::waitFor(outcome, 20000));
        QVERIFY2(
            outcome.result().ok(), qPrintable(outcome.result().ok() ? QString() : outcome.result().error().toString()));
    }
}

void TestSimWithJobQueue::lastReleaseInsideACallContinuation()
{
    // The CLI's case: the caller lets go of everything while a listing is in flight, so the
    // continuation on the sim's own thread (inside the timer that answered the call) holds the
    // last reference. That must neither delete the timer under itself nor leave a thread behind.
    ScratchDir dir;
    QVERIFY(SimCloud::waitUntilAllReleased(5000));
    for (int round = 0; round < 20; ++round) {
        auto sim = SimCloud::create(dir.filePath(QStringLiteral("c.sqlite")), fastSettings());
        auto aws = std::make_shared<SimProvider>(sim, connection(QStringLiteral("aws"), QStringLiteral("us-east-1")));
        std::atomic<bool> ran { false };
        auto keep = std::make_shared<std::shared_ptr<SimProvider>>(aws);
        QFuture<Result<ResourcePage>> page = aws->list(ResourceKind::Vpc, {});
        const QFuture<void> done = page.then(QtFuture::Launch::Sync, [keep, &ran](const Result<ResourcePage>& r) {
            ran = r.ok();
            keep->reset(); // the last owner lets go on the sim's thread
        });
        sim.reset();
        aws.reset();
        QVERIFY(Test::waitFor(done, 20000));
        QVERIFY(ran.load());
        QVERIFY2(SimCloud::waitUntilAllReleased(20000), "a simulated cloud outlived its last owner");
    }
}

QTEST_GUILESS_MAIN(TestSimWithJobQueue)
#include "TestSimWithJobQueue.moc"
