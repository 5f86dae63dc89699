// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ActivityLogModel.h"
#include "models/jobs/JobQueue.h"
#include "models/workspace/JobHistory.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FakeCloudProvider.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;

namespace {

constexpr qint64 Epoch = 1'700'000'000'000; // 2023-11-14, any fixed wall time

JobRequest request(const QString& title, const QString& connection, const QString& provider = QStringLiteral("aws"))
{
    JobRequest r;
    r.title = title;
    r.connection = connection;
    r.provider = provider;
    r.retry.jitterFraction = 0; // backoff of exactly baseDelayMs for the first retry
    return r;
}

/// A job whose attempts are listings on the fake cloud.
QFuture<Result<ResourcePage>> submitList(JobQueue& queue, FakeCloudProvider& cloud, const JobRequest& r, JobId* id)
{
    return queue.submit<ResourcePage>(
        r, [&cloud] { return cloud.list(ResourceKind::Vm, ListRequest {}); }, id);
}

ConnectionLimits unlimited()
{
    ConnectionLimits l;
    l.maxConcurrent = 100000;
    l.ratePerSecond = 0; // no rate limit
    return l;
}

/// The messages logged about one job, in order.
QStringList messagesOf(const ActivityLogModel& model, JobId id)
{
    QStringList messages;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entryAt(row).jobId == id)
            messages.append(model.index(row, ActivityLogModel::MessageColumn).data().toString());
    }
    return messages;
}

int rowOf(const ActivityLogModel& model, JobId id, const QString& messagePrefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entryAt(row).jobId == id && model.entryAt(row).message.startsWith(messagePrefix))
            return row;
    }
    return -1;
}

ActivityLogModel::Entry entry(const QString& message, ActivityLogModel::Level level = ActivityLogModel::Level::Info)
{
    ActivityLogModel::Entry e;
    e.message = message;
    e.level = level;
    return e;
}

} // namespace

class TestActivityLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsJobLifecycleWithErrorsVerbatim();
    void cancelIsLogged();
    void burstIsBatched();
    void boundedDropsOldest();
    void historyIsMergedByTime();
    void headers();
};

void TestActivityLogModel::logsJobLifecycleWithErrorsVerbatim()
{
    FakeClock clock;
    JobQueue queue(&clock);
    queue.setDefaultLimits(unlimited());
    FakeCloudProvider cloud(ConnectionConfig {});
    ActivityLogModel model(&clock);
    model.setWallClock([&clock] { return Epoch + clock.nowMs(); });
    model.watch(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Odd characters on purpose: the message must reach the log exactly as the cloud sent it.
    const CloudError throttled = CloudError::make(CloudError::Kind::Throttled, QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("Request limit exceeded.  <retry later> 요청 한도"));
    const CloudError quota = CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"),
        QStringLiteral("You have requested more vCPU capacity than your current "
                       "vCPU limit of 64 allows for ap-northeast-2."));
    cloud.failNext(Operation::List, 1, throttled);
    JobId listing = 0;
    const auto listed
        = submitList(queue, cloud, request(QStringLiteral("List VMs"), QStringLiteral("aws-seoul")), &listing);
    QTRY_COMPARE(queue.job(listing).state, JobState::WaitingRetry);

    // Nothing is shown before the batch is due.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.pendingCount() >= 3);

    clock.advance(250); // the backoff (and the batch delay) pass
    QTRY_VERIFY(listed.isFinished());
    QVERIFY(listed.result().ok());
    clock.advance(ActivityLogModel::BatchDelayMs);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(messagesOf(model, listing),
        (QStringList { QStringLiteral("Queued: List VMs"), QStringLiteral("Started: List VMs"),
            QStringLiteral("Attempt 1 of 5 failed, retrying: List VMs — ") + throttled.toString(),
            QStringLiteral("Started attempt 2 of 5: List VMs"), QStringLiteral("Succeeded: List VMs") }));
    const int retryRow = rowOf(model, listing, QStringLiteral("Attempt 1"));
    QVERIFY(retryRow >= 0);
    const QModelIndex retry = model.index(retryRow, ActivityLogModel::LevelColumn);
    QCOMPARE(retry.data(ActivityLogModel::LevelRole).toInt(), int(ActivityLogModel::Level::Warning));
    QCOMPARE(retry.data().toString(), QStringLiteral("Warning"));
    QCOMPARE(retry.data(ActivityLogModel::ErrorCodeRole).toString(), throttled.providerCode);
    QCOMPARE(retry.data(ActivityLogModel::ErrorMessageRole).toString(), throttled.message);
    QCOMPARE(model.index(retryRow, ActivityLogModel::ConnectionColumn).data().toString(), QStringLiteral("aws-seoul"));
    QCOMPARE(model.index(retryRow, ActivityLogModel::ProviderColumn).data().toString(), QStringLiteral("aws"));
    const int doneRow = rowOf(model, listing, QStringLiteral("Succeeded"));
    QCOMPARE(model.index(doneRow, 0).data(ActivityLogModel::LevelRole).toInt(), int(ActivityLogModel::Level::Info));
    QVERIFY(model.index(doneRow, 0).data(ActivityLogModel::ErrorCodeRole).toString().isEmpty());
    QCOMPARE(model.index(doneRow, 0).data(ActivityLogModel::TimestampRole).toLongLong(), Epoch + 250);
    QCOMPARE(model.index(doneRow, 0).data(ActivityLogModel::JobIdRole).value<quint64>(), listing);
    QCOMPARE(model.index(doneRow, 0).data(ActivityLogModel::FromHistoryRole).toBool(), false);

    // A final failure is an error row carrying the provider's words untouched.
    cloud.failNext(Operation::List, 1, quota);
    JobId failing = 0;
    const auto failed
        = submitList(queue, cloud, request(QStringLiteral("Create VM web-1"), QStringLiteral("aws-ohio")), &failing);
    QTRY_VERIFY(failed.isFinished());
    model.flush();
    const int failedRow = rowOf(model, failing, QStringLiteral("Failed"));
    QVERIFY(failedRow >= 0);
    QCOMPARE(model.index(failedRow, ActivityLogModel::MessageColumn).data().toString(),
        QStringLiteral("Failed: Create VM web-1 — [VcpuLimitExceeded] ") + quota.message);
    QCOMPARE(model.index(failedRow, 0).data(ActivityLogModel::LevelRole).toInt(), int(ActivityLogModel::Level::Error));
    QCOMPARE(model.index(failedRow, ActivityLogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(failedRow, 0).data(ActivityLogModel::ErrorCodeRole).toString(),
        QStringLiteral("VcpuLimitExceeded"));
    QCOMPARE(model.index(failedRow, 0).data(ActivityLogModel::ErrorMessageRole).toString(), quota.message);
    QVERIFY(model.entryAt(failedRow).error == std::optional<CloudError>(quota));
    // Not retryable: no retry was logged.
    QCOMPARE(messagesOf(model, failing).size(), 3);
}

void TestActivityLogModel::cancelIsLogged()
{
    FakeClock clock;
    JobQueue queue(&clock);
    ConnectionLimits one = unlimited();
    one.maxConcurrent = 1;
    queue.setDefaultLimits(one);
    FakeCloudProvider cloud(ConnectionConfig {});
    cloud.setHoldCalls(true);
    ActivityLogModel model(&clock);
    model.watch(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    JobId running = 0, waiting = 0;
    const auto first = submitList(queue, cloud,
        request(QStringLiteral("Sync regions"), QStringLiteral("gcp-1"), QStringLiteral("gcp")), &running);
    submitList(
        queue, cloud, request(QStringLiteral("Sync specs"), QStringLiteral("gcp-1"), QStringLiteral("gcp")), &waiting);
    QCOMPARE(queue.job(waiting).state, JobState::Queued);
    queue.cancel(waiting);
    queue.cancel(running);
    QTRY_VERIFY(first.isFinished());
    model.flush();
    QCOMPARE(messagesOf(model, waiting),
        (QStringList { QStringLiteral("Queued: Sync specs"), QStringLiteral("Canceled: Sync specs") }));
    QCOMPARE(messagesOf(model, running),
        (QStringList { QStringLiteral("Queued: Sync regions"), QStringLiteral("Started: Sync regions"),
            QStringLiteral("Canceled: Sync regions") }));
    const int row = rowOf(model, running, QStringLiteral("Canceled"));
    QCOMPARE(model.index(row, 0).data(ActivityLogModel::LevelRole).toInt(), int(ActivityLogModel::Level::Warning));
    QCOMPARE(model.index(row, ActivityLogModel::ProviderColumn).data().toString(), QStringLiteral("gcp"));
    QCOMPARE(model.index(row, 0).data(ActivityLogModel::ErrorCodeRole).toString(), QStringLiteral("Canceled"));

    // Progress reports are not events; after watch(nullptr) nothing more is logged.
    const int rows = model.rowCount();
    JobId later = 0;
    submitList(queue, cloud, request(QStringLiteral("Later"), QStringLiteral("gcp-2")), &later);
    queue.setProgress(later, 1, 4);
    model.flush();
    QCOMPARE(
        messagesOf(model, later), (QStringList { QStringLiteral("Queued: Later"), QStringLiteral("Started: Later") }));
    model.watch(nullptr);
    queue.cancel(later);
    cloud.release();
    QCoreApplication::processEvents();
    model.flush();
    QCOMPARE(model.rowCount(), rows + 2);
}

void TestActivityLogModel::burstIsBatched()
{
    FakeClock clock;
    JobQueue queue(&clock);
    queue.setDefaultLimits(unlimited());
    FakeCloudProvider cloud(ConnectionConfig {});
    ActivityLogModel model(&clock);
    model.watch(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    constexpr int Jobs = 1000;
    for (int i = 0; i < Jobs; ++i) {
        JobId id = 0;
        submitList(queue, cloud, request(QStringLiteral("job %1").arg(i), QStringLiteral("c%1").arg(i % 7)), &id);
    }
    QTRY_COMPARE(queue.activeCount() + queue.queuedCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    clock.advance(ActivityLogModel::BatchDelayMs);
    // 3,000 events (queued, started, succeeded per job) arrive as one insertion.
    QCOMPARE(model.rowCount(), 3 * Jobs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(3 * Jobs - 1, ActivityLogModel::MessageColumn).data().toString(),
        QStringLiteral("Succeeded: job 999"));

    // Past the capacity, one batch drops the oldest rows with one removal.
    model.setCapacity(3 * Jobs);
    inserted.clear();
    for (int i = 0; i < 10; ++i)
        submitList(queue, cloud, request(QStringLiteral("more %1").arg(i), QStringLiteral("c0")), nullptr);
    QTRY_COMPARE(queue.activeCount() + queue.queuedCount(), 0);
    clock.advance(ActivityLogModel::BatchDelayMs);
    QCOMPARE(model.rowCount(), 3 * Jobs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 29);
    // Rows were queued/started pairs per job, then the completions: 30 rows = jobs 0 to 14.
    QCOMPARE(model.index(0, ActivityLogModel::MessageColumn).data().toString(), QStringLiteral("Queued: job 15"));
    QCOMPARE(reset.count(), 0);
}

void TestActivityLogModel::boundedDropsOldest()
{
    ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCapacity(10);
    QCOMPARE(model.capacity(), 10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int i = 0; i < 8; ++i)
        model.append(entry(QStringLiteral("entry %1").arg(i)));
    model.flush();
    QCOMPARE(model.rowCount(), 8);
    for (int i = 8; i < 13; ++i)
        model.append(entry(QStringLiteral("entry %1").arg(i)));
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 5);
    QCOMPARE(inserted.last().at(2).toInt(), 9);
    QCOMPARE(model.entryAt(0).message, QStringLiteral("entry 3"));
    QCOMPARE(model.entryAt(9).message, QStringLiteral("entry 12"));

    // A batch larger than the log replaces it in one reset, keeping the newest.
    for (int i = 13; i < 40; ++i)
        model.append(entry(QStringLiteral("entry %1").arg(i)));
    QCOMPARE(model.pendingCount(), 10); // bounded before it is shown, too
    model.flush();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.entryAt(0).message, QStringLiteral("entry 30"));
    QCOMPARE(model.entryAt(9).message, QStringLiteral("entry 39"));

    model.setCapacity(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).message, QStringLiteral("entry 36"));
    model.setCapacity(0);
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.entryAt(0).message.isEmpty());
}

void TestActivityLogModel::historyIsMergedByTime()
{
    ActivityLogModel model;
    model.setWallClock([] { return Epoch + 50'000; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append(entry(QStringLiteral("live")));
    model.flush();

    const CloudError notFound = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidVpcID.NotFound"),
        QStringLiteral("The vpc ID 'vpc-0abc' does not exist"));
    JobRecord failed;
    failed.session = QStringLiteral("earlier");
    failed.jobId = 7;
    failed.title = QStringLiteral("Delete VPC net-1");
    failed.connection = QStringLiteral("aws-paris");
    failed.provider = QStringLiteral("aws");
    failed.state = jobStateName(JobState::Failed);
    failed.error = notFound;
    failed.queuedAtMs = Epoch + 1'000;
    failed.finishedAtMs = Epoch + 2'000;
    JobRecord interrupted = failed;
    interrupted.jobId = 8;
    interrupted.title = QStringLiteral("Create VM db-1");
    interrupted.state = jobStateName(JobState::Running);
    interrupted.error.reset();
    interrupted.finishedAtMs = 0;
    interrupted.queuedAtMs = Epoch + 500;
    JobRecord ok = failed;
    ok.jobId = 9;
    ok.title = QStringLiteral("List VMs");
    ok.state = jobStateName(JobState::Succeeded);
    ok.error.reset();
    ok.finishedAtMs = Epoch + 3'000;
    JobRecord current = ok;
    current.session = QStringLiteral("this-session");
    current.title = QStringLiteral("Mine");

    // Newest first, as JobHistory::recent() returns them.
    model.addHistory({ current, ok, failed, interrupted }, QStringLiteral("this-session"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).message, QStringLiteral("Interrupted when its session ended: Create VM db-1"));
    QCOMPARE(int(model.entryAt(0).level), int(ActivityLogModel::Level::Warning));
    QCOMPARE(model.entryAt(1).message,
        QStringLiteral("Failed: Delete VPC net-1 — [InvalidVpcID.NotFound] The vpc ID "
                       "'vpc-0abc' does not exist"));
    QCOMPARE(model.index(1, 0).data(ActivityLogModel::LevelRole).toInt(), int(ActivityLogModel::Level::Error));
    QCOMPARE(model.index(1, 0).data(ActivityLogModel::ErrorMessageRole).toString(), notFound.message);
    QCOMPARE(model.index(1, 0).data(ActivityLogModel::FromHistoryRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ActivityLogModel::TimestampRole).toLongLong(), Epoch + 2'000);
    QCOMPARE(model.index(1, ActivityLogModel::ConnectionColumn).data().toString(), QStringLiteral("aws-paris"));
    QCOMPARE(model.entryAt(2).message, QStringLiteral("Succeeded: List VMs"));
    QCOMPARE(model.entryAt(3).message, QStringLiteral("live"));

    // Another process still running it is not a warning.
    JobRecord alive = interrupted;
    alive.sessionAlive = true;
    alive.queuedAtMs = Epoch + 60'000;
    model.addHistory({ alive });
    QCOMPARE(model.entryAt(4).message, QStringLiteral("Running in another session: Create VM db-1"));
    QCOMPARE(int(model.entryAt(4).level), int(ActivityLogModel::Level::Info));
}

void TestActivityLogModel::headers()
{
    ActivityLogModel model;
    QCOMPARE(model.columnCount(), int(ActivityLogModel::ColumnCount));
    const QStringList expected { QStringLiteral("Time"), QStringLiteral("Level"), QStringLiteral("Connection"),
        QStringLiteral("Provider"), QStringLiteral("Message") };
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(ActivityLogModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.roleNames().value(ActivityLogModel::ErrorCodeRole), QByteArray("errorCode"));
    QCOMPARE(ActivityLogModel::levelText(ActivityLogModel::Level::Warning), QStringLiteral("Warning"));
}

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "TestActivityLogModel.moc"
