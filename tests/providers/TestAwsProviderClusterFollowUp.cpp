// SPDX-License-Identifier: GPL-3.0-or-later
// An EKS cluster with a node group created the way the app does it — ResourceService, the
// JobQueue, the journal — against the EKS routes of the in-process EC2 test server: the first
// create leaves the node group pending, NodeGroupFollowUp sees the cluster ACTIVE and sends the
// create again with the same token, and the SERVER ends with one cluster and its node group.
// A node group EKS refuses stops the follow-up with EKS's own code (from x-amzn-ErrorType) and
// message, in the job list and the journal. The pauses run on a FakeClock.

#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/NodeGroupFollowUp.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/providers/AwsTestSupport.h"
#include "tests/servers/ec2/EksService.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/SingleProviderFactory.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

namespace {
constexpr qint64 kInterval = 30000;
}

class TestAwsProviderClusterFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nodeGroupIsAddedOnceActive();
    void refusedNodeGroupStopsWithEksError();

private:
    Resource request(const QString& name) const;
    /// Moves time on until the follow-up finishes (at most `pauses` pauses); its outcome.
    Result<Resource> followToTheEnd(const QFuture<Result<Resource>>& following, int pauses = 5);
    QList<JournalEntry> entriesWithToken(const QString& token) const;
    EksRegionState& eks() { return m_server->eks().clusters(region()); }

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<Test::ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<Journal> m_journal;
    SystemClock m_queueClock;
    FakeClock m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<SingleProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<ResourceService> m_service;
    QString m_connection;
};

void TestAwsProviderClusterFollowUp::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    Ec2KeyPair key;
    key.id = QStringLiteral("key-0a1b2c3d4e5f60001");
    key.name = QStringLiteral("kp1");
    key.keyType = QStringLiteral("ed25519");
    m_server->state().region(region()).keyPairs.insert(key.name, key);

    m_dir = std::make_unique<Test::ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QVERIFY(m_workspace->open());
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    const ConnectionConfig config = connection(*m_server);
    m_connection = config.name;
    QVERIFY(m_connections->add(config));
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_jobs = std::make_unique<JobQueue>(&m_queueClock);
    m_factory = std::make_unique<SingleProviderFactory>(std::shared_ptr<CloudProvider>(provider(*m_server).release()));
    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_service->nodeGroupFollowUp()->setClock(&m_clock);
    m_service->nodeGroupFollowUp()->setPollIntervalMs(kInterval);
}

void TestAwsProviderClusterFollowUp::cleanup()
{
    m_service.reset();
    m_registry.reset();
    m_factory.reset();
    m_jobs.reset();
    m_journal.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
    m_server.reset();
}

Resource TestAwsProviderClusterFollowUp::request(const QString& name) const
{
    return eksClusterRequest(*m_server, name);
}

Result<Resource> TestAwsProviderClusterFollowUp::followToTheEnd(const QFuture<Result<Resource>>& following, int pauses)
{
    for (int i = 0; i < pauses && !following.isFinished(); ++i) {
        m_clock.advance(kInterval);
        // The check (and the create it may send) run as jobs against the server; wait until the
        // queue is idle again, which is when the next pause is planned or the follow-up is over.
        QDeadlineTimer deadline(20000);
        while ((m_jobs->activeCount() > 0 || m_jobs->queuedCount() > 0) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return await(following);
}

QList<JournalEntry> TestAwsProviderClusterFollowUp::entriesWithToken(const QString& token) const
{
    QList<JournalEntry> out;
    for (const JournalEntry& e : m_journal->entries()) {
        if (e.token == token)
            out.prepend(e); // oldest first
    }
    return out;
}

void TestAwsProviderClusterFollowUp::nodeGroupIsAddedOnceActive()
{
    const Result<Resource> made = await(m_service->create(m_connection, request(QStringLiteral("k1"))));
    QVERIFY2(made.ok(), why(made));
    QCOMPARE(made.value().as<ClusterInfo>()->status, ClusterStatus::Creating);
    QVERIFY(NodeGroupFollowUp::hasPendingNodeGroups(made.value()));
    const QString token = made.value().tags().value(Journal::tagKey());
    QVERIFY(!token.isEmpty());
    QVERIFY(eks().contains(QStringLiteral("k1")));
    QVERIFY(eks()[QStringLiteral("k1")].nodegroups.isEmpty());

    const auto following = m_service->nodeGroupFollowUp()->following(m_connection, QStringLiteral("k1"));
    QVERIFY(following.has_value());
    const Result<Resource> done = followToTheEnd(*following);
    QVERIFY2(done.ok(), why(done));
    QVERIFY(!NodeGroupFollowUp::hasPendingNodeGroups(done.value()));

    // The server's state: one cluster, ACTIVE, with its node group tagged with the journal's token.
    QCOMPARE(eks().size(), 1);
    const EksCluster& cluster = eks()[QStringLiteral("k1")];
    QCOMPARE(cluster.status, QStringLiteral("ACTIVE"));
    QCOMPARE(cluster.token, token);
    QVERIFY(cluster.nodegroups.contains(QStringLiteral("ng-1")));
    const EksNodegroup& ng = cluster.nodegroups[QStringLiteral("ng-1")];
    QCOMPARE(ng.tags.value(QStringLiteral("barista-token")).toString(), token);
    QCOMPARE(ng.desiredSize, 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateCluster")), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateNodegroup")), 1);

    // One intent for the cluster and its node group, settled with the final answer.
    QVERIFY(m_journal->flush());
    const QList<JournalEntry> entries = entriesWithToken(token);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, JournalEntry::State::Succeeded);
    QCOMPARE(entries.first().outcome.value(QStringLiteral("nodeGroups")).toArray().size(), 1);

    // What the app shows next: the cluster with its node group.
    const Result<Resource> got = await(m_service->get(m_connection, ResourceKind::Cluster, QStringLiteral("k1")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(got.value().as<ClusterInfo>()->nodeGroups.size(), 1);
    QCOMPARE(got.value().as<ClusterInfo>()->nodeGroups.first().iid.nameId, QStringLiteral("ng-1"));
}

void TestAwsProviderClusterFollowUp::refusedNodeGroupStopsWithEksError()
{
    const QString message = QStringLiteral("The instance type t3.large is not supported in this zone.");
    m_server->faults().failNext(QStringLiteral("CreateNodegroup"),
                                Ec2Error{400, QStringLiteral("InvalidParameterException"), message});
    const Result<Resource> made = await(m_service->create(m_connection, request(QStringLiteral("k2"))));
    QVERIFY2(made.ok(), why(made));
    const auto following = m_service->nodeGroupFollowUp()->following(m_connection, QStringLiteral("k2"));
    QVERIFY(following.has_value());
    const Result<Resource> stopped = followToTheEnd(*following);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(stopped.error().providerCode, QStringLiteral("InvalidParameterException"));
    QCOMPARE(stopped.error().message, message);

    // The refused follow-up is a failed job, and the journal says what is missing in EKS's
    // words (the cluster itself exists: its create stays a success).
    std::optional<JobInfo> job;
    for (const JobInfo& j : m_jobs->jobs()) {
        if (j.request.title.startsWith(QStringLiteral("Add node groups to cluster 'k2'")))
            job = j;
    }
    QVERIFY(job.has_value());
    QCOMPARE(job->state, JobState::Failed);
    QCOMPARE(job->lastError->providerCode, QStringLiteral("InvalidParameterException"));
    QVERIFY(m_journal->flush());
    const QList<JournalEntry> entries = entriesWithToken(made.value().tags().value(Journal::tagKey()));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, JournalEntry::State::Succeeded);
    QVERIFY(entries.first().error.has_value());
    QCOMPARE(entries.first().error->providerCode, QStringLiteral("InvalidParameterException"));
    QCOMPARE(entries.first().error->message, message);
    // The server: the one cluster, no node group, and no further attempt.
    QCOMPARE(eks().size(), 1);
    QVERIFY(eks()[QStringLiteral("k2")].nodegroups.isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateNodegroup")), 1);
}

QTEST_GUILESS_MAIN(TestAwsProviderClusterFollowUp)
#include "TestAwsProviderClusterFollowUp.moc"
