// SPDX-License-Identifier: GPL-3.0-or-later
// NodeGroupFollowUp through ResourceService, over a cloud that makes node groups only once
// their cluster is active (StagedClusterCloud, EKS's contract): the create is sent again with
// the same token exactly once after Active, journaled before it is sent; following stops on a
// failed or vanished cluster, when giving up, and when canceled; after a restart it is taken up
// again from the journal. The pauses between checks run on a FakeClock: the test moves time,
// never waits for it.

#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/NodeGroupFollowUp.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/SingleProviderFactory.h"
#include "tests/support/StagedClusterCloud.h"
#include "tests/support/TestAwait.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;

namespace {
constexpr qint64 kInterval = 30000;
const QString kConnection = QStringLiteral("c1");

Resource clusterRequest(const QString& name, bool withGroup = true)
{
    ClusterInfo cluster;
    cluster.iid.nameId = name;
    cluster.version = QStringLiteral("1.31");
    cluster.vpcIid.nameId = QStringLiteral("vpc-1");
    cluster.subnetIids = {Iid{QStringLiteral("sn-a"), QString()}, Iid{QStringLiteral("sn-b"), QString()}};
    if (withGroup) {
        NodeGroupInfo group;
        group.iid.nameId = QStringLiteral("ng-1");
        group.specName = QStringLiteral("t3.large");
        group.desiredNodeSize = 2;
        group.maxNodeSize = 3;
        cluster.nodeGroups.append(group);
    }
    return cluster;
}

template<typename T>
Result<T> awaitResult(const QFuture<Result<T>>& future)
{
    if (!Test::waitFor(future) || future.resultCount() == 0)
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("TestNoAnswer"), QStringLiteral("no answer"));
    return future.result();
}
} // namespace

class TestNodeGroupFollowUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resendsOnceWithTheSameTokenAfterActive();
    void nothingToFollowWithoutPendingGroups();
    void stopsWhenTheClusterFails();
    void stopsWhenTheClusterIsGone();
    void givesUpAfterTheLimit();
    void cancelStopsFollowing();
    void cancelingTheCheckJobStopsFollowing();
    void resumesAfterARestart();

private:
    /// Creates the cluster through the service; returns its token (empty on failure).
    QString created(const QString& name);
    /// One pause: moves time by the interval and lets the check it triggers finish.
    void tick();
    QList<JournalEntry> entriesWithToken(const QString& token) const;
    std::optional<JobInfo> jobTitled(const QString& prefix) const;

    std::unique_ptr<Test::ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<Journal> m_journal;
    SystemClock m_queueClock;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::shared_ptr<StagedClusterCloud> m_cloud;
    std::unique_ptr<SingleProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<ResourceService> m_service;
};

void TestNodeGroupFollowUp::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_dir = std::make_unique<Test::ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QVERIFY(m_workspace->open());
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    ConnectionConfig c;
    c.name = kConnection;
    c.provider = QStringLiteral("aws");
    c.region = QStringLiteral("ap-northeast-2");
    QVERIFY(m_connections->add(c));
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_jobs = std::make_unique<JobQueue>(&m_queueClock);
    m_cloud = std::make_shared<StagedClusterCloud>(c);
    m_factory = std::make_unique<SingleProviderFactory>(m_cloud);
    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_service->nodeGroupFollowUp()->setClock(m_clock.get());
    m_service->nodeGroupFollowUp()->setPollIntervalMs(kInterval);
}

void TestNodeGroupFollowUp::cleanup()
{
    m_service.reset();
    m_registry.reset();
    m_factory.reset();
    m_cloud.reset();
    m_jobs.reset();
    m_journal.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
    m_clock.reset();
}

QString TestNodeGroupFollowUp::created(const QString& name)
{
    const Result<Resource> made = awaitResult(m_service->create(kConnection, clusterRequest(name)));
    if (!made.ok() || !NodeGroupFollowUp::hasPendingNodeGroups(made.value()))
        return QString();
    return made.value().tags().value(Journal::tagKey());
}

void TestNodeGroupFollowUp::tick()
{
    const int gets = m_cloud->getCount();
    const int jobs = m_jobs->jobs().size();
    m_clock->advance(kInterval);
    if (m_jobs->jobs().size() == jobs)
        return; // nothing was due
    // The check job runs on the event loop; once its answer is handled the queue is idle.
    QTRY_VERIFY(m_cloud->getCount() > gets && m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0);
    QCoreApplication::processEvents();
}

QList<JournalEntry> TestNodeGroupFollowUp::entriesWithToken(const QString& token) const
{
    QList<JournalEntry> out;
    for (const JournalEntry& e : m_journal->entries()) {
        if (e.token == token)
            out.prepend(e); // oldest first
    }
    return out;
}

std::optional<JobInfo> TestNodeGroupFollowUp::jobTitled(const QString& prefix) const
{
    const QList<JobInfo> all = m_jobs->jobs();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->request.title.startsWith(prefix))
            return *it;
    }
    return std::nullopt;
}

void TestNodeGroupFollowUp::resendsOnceWithTheSameTokenAfterActive()
{
    m_cloud->setActiveAfterGets(3);
    // What the journal held when each create reached the cloud.
    QList<QList<JournalEntry>> journalAtSend;
    m_cloud->setOnCreate([this, &journalAtSend](const MutationContext& context) {
        journalAtSend.append(entriesWithToken(context.idempotencyToken));
    });
    const QString token = created(QStringLiteral("k1"));
    QVERIFY(!token.isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k1"));
    QVERIFY(following.has_value());
    QCOMPARE(m_cloud->createCount(), 1);
    QCOMPARE(m_cloud->getCount(), 0); // nothing asked before the first pause

    tick();
    tick();
    QCOMPARE(m_cloud->getCount(), 2);
    QCOMPARE(m_cloud->createCount(), 1); // still Creating: nothing sent
    QVERIFY(!following->isFinished());
    tick(); // the third get sees it Active: the create goes again
    const Result<Resource> done = awaitResult(*following);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QVERIFY(!NodeGroupFollowUp::hasPendingNodeGroups(done.value()));
    QCOMPARE(done.value().as<ClusterInfo>()->nodeGroups.size(), 1);

    // The cloud's state: one cluster, its node group, and exactly two creates with one token.
    QCOMPARE(m_cloud->clusterCount(), 1);
    QCOMPARE(m_cloud->cluster(QStringLiteral("k1"))->nodeGroups.size(), 1);
    QCOMPARE(m_cloud->cluster(QStringLiteral("k1"))->nodeGroups.first().iid.nameId, QStringLiteral("ng-1"));
    QCOMPARE(m_cloud->createTokens(), (QStringList{token, token}));

    // Journaled before it was sent: the create's own intent (its token) was Pending again at
    // that moment, having been Succeeded with the groups pending in between.
    QCOMPARE(journalAtSend.size(), 2);
    QCOMPARE(journalAtSend.at(0).size(), 1);
    QCOMPARE(journalAtSend.at(1).size(), 1);
    QCOMPARE(journalAtSend.at(1).first().id, journalAtSend.at(0).first().id);
    QCOMPARE(journalAtSend.at(1).first().state, JournalEntry::State::Pending);
    QCOMPARE(journalAtSend.at(1).first().operation, QStringLiteral("create"));
    QVERIFY(!journalAtSend.at(1).first().outcome.isEmpty()); // the first answer, kept meanwhile
    QVERIFY(m_journal->flush());
    const QList<JournalEntry> entries = entriesWithToken(token);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, JournalEntry::State::Succeeded);
    QVERIFY(!entries.first().error);
    QCOMPARE(entries.first().outcome.value(QStringLiteral("nodeGroups")).toArray().size(), 1);

    // Visible in the job list under its own title.
    const auto job = jobTitled(QStringLiteral("Add node groups to cluster 'k1'"));
    QVERIFY(job.has_value());
    QCOMPARE(job->state, JobState::Succeeded);

    // Done: no more checks, no more creates.
    QCOMPARE(m_service->nodeGroupFollowUp()->activeCount(), 0);
    for (int i = 0; i < 3; ++i)
        tick();
    QCOMPARE(m_cloud->getCount(), 3);
    QCOMPARE(m_cloud->createCount(), 2);
}

void TestNodeGroupFollowUp::nothingToFollowWithoutPendingGroups()
{
    const Result<Resource> made
        = awaitResult(m_service->create(kConnection, clusterRequest(QStringLiteral("bare"), false)));
    QVERIFY(made.ok());
    QVERIFY(!m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("bare")).has_value());
    QCOMPARE(m_service->nodeGroupFollowUp()->activeCount(), 0);
    QCOMPARE(m_clock->pendingCount(), 0);
}

void TestNodeGroupFollowUp::stopsWhenTheClusterFails()
{
    QVERIFY(!created(QStringLiteral("k2")).isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k2"));
    QVERIFY(following.has_value());
    tick();
    QVERIFY(!following->isFinished());
    m_cloud->setStatus(QStringLiteral("k2"), ClusterStatus::Inactive); // EKS's FAILED
    tick();
    const Result<Resource> stopped = awaitResult(*following);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, CloudError::Kind::Conflict);
    QVERIFY2(stopped.error().message.contains(QLatin1String("'k2' is Inactive")), qPrintable(stopped.error().message));
    // The reason is where the user looks: a failed job with that message.
    const auto job = jobTitled(QStringLiteral("Check whether cluster 'k2'"));
    QVERIFY(job.has_value());
    QCOMPARE(job->state, JobState::Failed);
    QCOMPARE(job->lastError->message, stopped.error().message);
    // Stopped: nothing further is asked or sent, even once the cluster would be active.
    m_cloud->setStatus(QStringLiteral("k2"), ClusterStatus::Active);
    const int gets = m_cloud->getCount();
    tick();
    tick();
    QCOMPARE(m_cloud->getCount(), gets);
    QCOMPARE(m_cloud->createCount(), 1);
}

void TestNodeGroupFollowUp::stopsWhenTheClusterIsGone()
{
    QVERIFY(!created(QStringLiteral("k3")).isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k3"));
    QVERIFY(following.has_value());
    QVERIFY(awaitResult(m_cloud->remove(ResourceKind::Cluster, Iid{QStringLiteral("k3"), QString()}, {})).ok());
    tick();
    const Result<Resource> stopped = awaitResult(*following);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(stopped.error().message, QStringLiteral("No cluster found for name: k3.")); // the cloud's, verbatim
    QCOMPARE(m_service->nodeGroupFollowUp()->activeCount(), 0);
    QCOMPARE(m_cloud->createCount(), 1);
}

void TestNodeGroupFollowUp::givesUpAfterTheLimit()
{
    m_service->nodeGroupFollowUp()->setGiveUpAfterMs(2 * kInterval);
    QVERIFY(!created(QStringLiteral("k4")).isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k4"));
    QVERIFY(following.has_value());
    tick();
    QVERIFY(!following->isFinished());
    tick(); // at the limit: the last check
    const Result<Resource> stopped = awaitResult(*following);
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.error().message.contains(QLatin1String("'k4' is still Creating")),
             qPrintable(stopped.error().message));
    QCOMPARE(m_cloud->getCount(), 2);
    QCOMPARE(m_cloud->createCount(), 1);
}

void TestNodeGroupFollowUp::cancelStopsFollowing()
{
    m_cloud->setActiveAfterGets(1);
    QVERIFY(!created(QStringLiteral("k5")).isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k5"));
    QVERIFY(following.has_value());
    QVERIFY(m_service->nodeGroupFollowUp()->cancel(kConnection, QStringLiteral("k5")));
    const Result<Resource> canceled = awaitResult(*following);
    QVERIFY(!canceled.ok());
    QCOMPARE(canceled.error().kind, CloudError::Kind::Canceled);
    QVERIFY(!m_service->nodeGroupFollowUp()->cancel(kConnection, QStringLiteral("k5")));
    tick();
    tick();
    // The cluster would have been active at the first check: nothing was asked, nothing sent.
    QCOMPARE(m_cloud->getCount(), 0);
    QCOMPARE(m_cloud->createCount(), 1);
    QVERIFY(m_cloud->cluster(QStringLiteral("k5"))->nodeGroups.isEmpty());
}

void TestNodeGroupFollowUp::cancelingTheCheckJobStopsFollowing()
{
    m_cloud->setActiveAfterGets(1);
    QVERIFY(!created(QStringLiteral("k8")).isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k8"));
    QVERIFY(following.has_value());
    const qsizetype jobs = m_jobs->jobs().size();
    m_clock->advance(kInterval);
    QCOMPARE(m_jobs->jobs().size(), jobs + 1);
    const JobInfo check = m_jobs->jobs().last();
    QVERIFY(check.request.title.startsWith(QStringLiteral("Check whether cluster 'k8'")));
    m_jobs->cancel(check.id); // as the job panel's Cancel does
    const Result<Resource> canceled = awaitResult(*following);
    QVERIFY(!canceled.ok());
    QCOMPARE(canceled.error().kind, CloudError::Kind::Canceled);
    QCOMPARE(m_service->nodeGroupFollowUp()->activeCount(), 0);
    tick();
    QCOMPARE(m_cloud->createCount(), 1);
    QVERIFY(m_cloud->cluster(QStringLiteral("k8"))->nodeGroups.isEmpty());
}

void TestNodeGroupFollowUp::resumesAfterARestart()
{
    const QString token = created(QStringLiteral("k6"));
    QVERIFY(!token.isEmpty());
    const auto following = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k6"));
    QVERIFY(following.has_value());
    QVERIFY(!created(QStringLiteral("k7")).isEmpty());
    QVERIFY(awaitResult(m_service->remove(kConnection, ResourceKind::Cluster, Iid{QStringLiteral("k7"), QString()})).ok());
    // Deleting a cluster ends its follow-up.
    QVERIFY(!m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k7")).has_value());
    // The application quits while following: whoever waited hears it; the journal keeps the
    // create's answer with its pending node groups.
    m_service.reset();
    const Result<Resource> cut = awaitResult(*following);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().kind, CloudError::Kind::Canceled);
    QVERIFY(m_journal->flush());

    // The next start: a new service takes it up from the journal (k7 was deleted since: not).
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_service->nodeGroupFollowUp()->setClock(m_clock.get());
    m_service->nodeGroupFollowUp()->setPollIntervalMs(kInterval);
    QCOMPARE(m_service->nodeGroupFollowUp()->resume(m_journal->entries(500)), 1);
    QCOMPARE(m_service->nodeGroupFollowUp()->resume(m_journal->entries(500)), 0); // already followed
    const auto again = m_service->nodeGroupFollowUp()->following(kConnection, QStringLiteral("k6"));
    QVERIFY(again.has_value());
    m_cloud->setStatus(QStringLiteral("k6"), ClusterStatus::Active);
    tick();
    const Result<Resource> done = awaitResult(*again);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(m_cloud->cluster(QStringLiteral("k6"))->nodeGroups.size(), 1);
    QCOMPARE(m_cloud->createTokens(), (QStringList{token, m_cloud->createTokens().at(1), token}));
    QCOMPARE(m_cloud->clusterCount(), 1);
    // Finished: the newest entry of that token has no groups pending any more.
    QVERIFY(m_journal->flush());
    QCOMPARE(m_service->nodeGroupFollowUp()->resume(m_journal->entries(500)), 0);
}

QTEST_GUILESS_MAIN(TestNodeGroupFollowUp)
#include "TestNodeGroupFollowUp.moc"
