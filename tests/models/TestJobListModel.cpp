// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/JobListModel.h"
#include "models/jobs/JobQueue.h"
#include "tests/support/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;

namespace {

/// Attempts whose outcome the test decides by hand.
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
    void answer(int i, const Result<int>& result)
    {
        m_promises.at(i)->addResult(result);
        m_promises.at(i)->finish();
    }

private:
    QList<std::shared_ptr<QPromise<Result<int>>>> m_promises;
};

JobRequest request(const QString& title, const QString& connection)
{
    JobRequest r;
    r.title = title;
    r.connection = connection;
    r.provider = QStringLiteral("aws");
    r.retry.jitterFraction = 0;
    return r;
}

ConnectionLimits oneAtATime()
{
    ConnectionLimits l;
    l.maxConcurrent = 1;
    l.ratePerSecond = 1000;
    l.burst = 1000;
    return l;
}

} // namespace

class TestJobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsLiveQueue();
    void existingJobsAreRows();
    void manyJobsUnderTheTester();
    void headersAndRoles();
    void oldFinishedJobsAreForgotten();
};

void TestJobListModel::followsLiveQueue()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    queue.setConnectionLimits(QStringLiteral("aws-seoul"), oneAtATime());
    JobListModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    JobId a = 0, b = 0, c = 0;
    queue.submit<int>(request(QStringLiteral("Create VM web-1"), QStringLiteral("aws-seoul")), calls.attempt(), &a);
    queue.submit<int>(request(QStringLiteral("Create VM web-2"), QStringLiteral("aws-seoul")), calls.attempt(), &b);
    queue.submit<int>(request(QStringLiteral("List VPCs"), QStringLiteral("aws-seoul")), calls.attempt(), &c);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobIdAt(0), a);
    QCOMPARE(model.jobIdAt(2), c);
    QCOMPARE(model.jobIdAt(3), JobId(0));
    QCOMPARE(model.rowOf(b), 1);
    QCOMPARE(model.rowOf(JobId(999)), -1);
    QCOMPARE(model.index(1, JobListModel::TitleColumn).data().toString(), QStringLiteral("Create VM web-2"));
    QCOMPARE(model.index(1, JobListModel::ConnectionColumn).data().toString(), QStringLiteral("aws-seoul"));
    QCOMPARE(model.index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("Queued"));
    QCOMPARE(model.index(0, 0).data(JobListModel::StateRole).toInt(), int(JobState::Running));
    QCOMPARE(model.index(0, 0).data(JobListModel::JobIdRole).value<quint64>(), a);
    QCOMPARE(model.index(0, JobListModel::AttemptsColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, JobListModel::AttemptsColumn).data().toInt(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    queue.setProgress(a, 3, 12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, JobListModel::ColumnCount - 1));
    QCOMPARE(model.index(0, JobListModel::ProgressColumn).data().toString(), QStringLiteral("3/12"));
    QCOMPARE(model.index(0, 0).data(JobListModel::ProgressValueRole).toInt(), 3);
    QCOMPARE(model.index(0, 0).data(JobListModel::ProgressMaximumRole).toInt(), 12);
    QVERIFY(model.index(1, JobListModel::ProgressColumn).data().toString().isEmpty());

    const CloudError quota = CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"),
        QStringLiteral("vCPU limit 64 exceeded in ap-northeast-2"));
    calls.answer(0, Result<int>(quota));
    QTRY_COMPARE(model.index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(0, JobListModel::ErrorColumn).data().toString(), quota.toString());
    QCOMPARE(model.index(0, JobListModel::ErrorColumn).data().toString(),
        QStringLiteral("[VcpuLimitExceeded] vCPU limit 64 exceeded in ap-northeast-2"));
    QCOMPARE(model.index(0, 0).data(JobListModel::ErrorCodeRole).toString(), QStringLiteral("VcpuLimitExceeded"));
    QCOMPARE(model.index(0, 0).data(JobListModel::ErrorMessageRole).toString(), quota.message);
    QCOMPARE(model.index(0, 0).data(JobListModel::CancelableRole).toBool(), false);
    // The freed slot went to the next job, and its row says so.
    QCOMPARE(model.index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(1, 0).data(JobListModel::CancelableRole).toBool(), true);
    QVERIFY(model.index(1, JobListModel::ErrorColumn).data().toString().isEmpty());

    queue.cancel(c);
    QCOMPARE(model.index(2, JobListModel::StateColumn).data().toString(), QStringLiteral("Canceled"));
    QCOMPARE(model.index(2, 0).data(JobListModel::ErrorCodeRole).toString(), QStringLiteral("Canceled"));

    calls.answer(1, 5);
    QTRY_COMPARE(model.index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model.rowCount(), 3); // rows never move or vanish
}

void TestJobListModel::existingJobsAreRows()
{
    FakeClock clock;
    ManualAttempts calls;
    JobQueue queue(&clock);
    JobId a = 0, b = 0;
    queue.submit<int>(request(QStringLiteral("first"), QStringLiteral("c1")), calls.attempt(), &a);
    queue.submit<int>(request(QStringLiteral("second"), QStringLiteral("c2")), calls.attempt(), &b);
    JobListModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(a), 0);
    QCOMPARE(model.rowOf(b), 1);
    QCOMPARE(model.index(1, JobListModel::TitleColumn).data().toString(), QStringLiteral("second"));
    calls.answer(1, 1);
    QTRY_COMPARE(model.index(1, 0).data(JobListModel::StateRole).toInt(), int(JobState::Succeeded));
}

void TestJobListModel::manyJobsUnderTheTester()
{
    FakeClock clock;
    JobQueue queue(&clock);
    ConnectionLimits roomy = oneAtATime();
    roomy.maxConcurrent = 3;
    queue.setDefaultLimits(roomy);
    JobListModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 50; ++i) {
        const QString connection = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        queue.submit<int>(request(QStringLiteral("job %1").arg(i), connection),
            [i] { return QtFuture::makeReadyFuture(Result<int>(i)); });
    }
    QCOMPARE(inserted.count(), 50);
    QTRY_COMPARE(queue.activeCount() + queue.queuedCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, JobListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model.index(49, JobListModel::TitleColumn).data().toString(), QStringLiteral("job 49"));
}

void TestJobListModel::headersAndRoles()
{
    FakeClock clock;
    JobQueue queue(&clock);
    JobListModel model(&queue);
    QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
    const QStringList expected { QStringLiteral("Title"), QStringLiteral("Connection"), QStringLiteral("State"),
        QStringLiteral("Progress"), QStringLiteral("Attempts"), QStringLiteral("Error") };
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(JobListModel::ColumnCount, Qt::Horizontal).isValid());
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(JobListModel::JobIdRole), QByteArray("jobId"));
    QCOMPARE(roles.value(JobListModel::ErrorCodeRole), QByteArray("errorCode"));
    QCOMPARE(roles.value(JobListModel::CancelableRole), QByteArray("cancelable"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

void TestJobListModel::oldFinishedJobsAreForgotten()
{
    FakeClock clock;
    JobQueue queue(&clock);
    ConnectionLimits roomy = oneAtATime();
    roomy.maxConcurrent = 100;
    queue.setDefaultLimits(roomy);
    queue.setFinishedRetention(20);
    JobListModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ManualAttempts slow;
    // The first job never finishes: it must survive every pruning, whatever its age.
    const QFuture<Result<int>> longJob = queue.submit<int>(request(QStringLiteral("long"), QStringLiteral("c")), slow.attempt());
    QSignalSpy forgotten(&queue, &JobQueue::jobsForgotten);
    for (int i = 0; i < 200; ++i) {
        queue.submit<int>(request(QStringLiteral("job %1").arg(i), QStringLiteral("c")),
            [i] { return QtFuture::makeReadyFuture(Result<int>(i)); });
        QCoreApplication::processEvents(); // the ready answers are delivered as events
    }
    QTRY_COMPARE(queue.queuedCount(), 0);
    QVERIFY(forgotten.count() > 0);
    // Bounded: the retention, a batch of slack, and the running job.
    QVERIFY2(model.rowCount() <= 20 + 16 + 1, qPrintable(QString::number(model.rowCount())));
    QCOMPARE(int(queue.jobs().size()), model.rowCount());
    QCOMPARE(model.index(0, JobListModel::TitleColumn).data().toString(), QStringLiteral("long"));
    QCOMPARE(model.index(model.rowCount() - 1, JobListModel::TitleColumn).data().toString(), QStringLiteral("job 199"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), JobListModel::JobIdRole).value<quint64>(), queue.jobs().at(row).id);
    slow.answer(0, Result<int>(7));
    QTRY_VERIFY(longJob.isFinished());
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "TestJobListModel.moc"
