// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace database, the journal, ResourceService's journaling and the Reconciler.
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeCloudProvider.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {
ConnectionConfig connection(const QString& name, const QString& provider = QStringLiteral("aws"))
{
    ConnectionConfig c;
    c.name = name;
    c.provider = provider;
    c.region = QStringLiteral("ap-northeast-2");
    return c;
}

Resource vpcRequest(const QString& name)
{
    VpcInfo vpc;
    vpc.iid.nameId = name;
    vpc.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    return vpc;
}

/// The core wired as app/ wires it, over a fake cloud.
struct Core
{
    explicit Core(const QString& path)
        : workspace(path)
    {
        QVERIFY(workspace.open());
        connections = std::make_unique<ConnectionStore>(&workspace);
        journal = std::make_unique<Journal>(&workspace);
        jobs = std::make_unique<JobQueue>(&clock);
        registry = std::make_unique<ProviderRegistry>(&factory, connections.get());
        service = std::make_unique<ResourceService>(registry.get(), jobs.get(), journal.get());
        reconciler = std::make_unique<Reconciler>(journal.get(), registry.get(), jobs.get());
    }
    Workspace workspace;
    SystemClock clock;
    FakeProviderFactory factory;
    std::unique_ptr<ConnectionStore> connections;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<JobQueue> jobs;
    std::unique_ptr<ProviderRegistry> registry;
    std::unique_ptr<ResourceService> service;
    std::unique_ptr<Reconciler> reconciler;
};
} // namespace

class TestWorkspaceJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOpenCreatesSchemaOnce();
    void testRefusesNewerSchema();
    void testConnectionStoreRoundTrip();
    void testIntentIsWrittenBeforeTheCall();
    void testFailureKeepsProviderMessageVerbatim();
    void testDeleteOfVanishedResourceSucceeds();
    void testCanceledCreateIsSettledAgainstTheCloud();
    void testOrphanedIntentsOnlyFromDeadSessions();
    void testReconcileAdoptsOrFails();
    void testRegistryRebuildsOnChangedConnection();
    void testBeginManyCommitsEveryIntentBeforeItReturns();
    void testLateOutcomesAreReadAtOnceAndCommittedSoon();
};

void TestWorkspaceJournal::testOpenCreatesSchemaOnce()
{
    ScratchDir dir;
    {
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        QVERIFY(ws.isNew());
    }
    Workspace again(dir.path());
    QVERIFY(again.open());
    QVERIFY(!again.isNew());
    QSqlQuery q(again.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Workspace::SCHEMA_VERSION);
}

void TestWorkspaceJournal::testRefusesNewerSchema()
{
    ScratchDir dir;
    {
        Workspace ws(dir.path());
        QVERIFY(ws.open());
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    Workspace ws(dir.path());
    QString error;
    QVERIFY(!ws.open(&error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
}

void TestWorkspaceJournal::testConnectionStoreRoundTrip()
{
    ScratchDir dir;
    Workspace ws(dir.path());
    QVERIFY(ws.open());
    ConnectionStore store(&ws);
    QSignalSpy changed(&store, &ConnectionStore::connectionsChanged);
    ConnectionConfig c = connection(QStringLiteral("aws-seoul"));
    c.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    c.credentialRef = QStringLiteral("connection/aws-seoul");
    QVERIFY(store.add(c));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.find(QStringLiteral("aws-seoul")).value(), c);
    QString error;
    ConnectionConfig bad = c;
    bad.provider = QStringLiteral("nimbus");
    QVERIFY(!store.add(bad, &error));
    QVERIFY2(error.contains(QLatin1String("provider")), qPrintable(error));
    QVERIFY(!store.remove(QStringLiteral("nope"), &error));
    QVERIFY(store.remove(QStringLiteral("aws-seoul")));
    QVERIFY(store.all().isEmpty());
}

void TestWorkspaceJournal::testIntentIsWrittenBeforeTheCall()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    FakeCloudProvider* cloud = core.factory.provider(QStringLiteral("c1"));
    cloud->setHoldCalls(true);

    QFuture<Result<Resource>> created = core.service->create(QStringLiteral("c1"), vpcRequest(QStringLiteral("net")));
    QTRY_COMPARE(cloud->heldCount(), 1);
    // While the call is in flight, the intent is already durable and Pending.
    const QList<JournalEntry> during = core.journal->entries();
    QCOMPARE(during.size(), 1);
    QCOMPARE(during.first().state, JournalEntry::State::Pending);
    QCOMPARE(during.first().operation, QStringLiteral("create"));
    QCOMPARE(during.first().iid.nameId, QStringLiteral("net"));
    // The cloud got the intent's token both as the idempotency token and as a tag.
    QCOMPARE(cloud->mutationContexts().size(), 1);
    QCOMPARE(cloud->mutationContexts().first().idempotencyToken, during.first().token);
    QCOMPARE(cloud->mutationContexts().first().tags.value(Journal::tagKey()), during.first().token);

    cloud->release();
    QVERIFY(Test::waitFor(created));
    QVERIFY(created.result().ok());
    const JournalEntry after = core.journal->entries().first();
    QCOMPARE(after.state, JournalEntry::State::Succeeded);
    QVERIFY(!after.iid.systemId.isEmpty());
    QCOMPARE(after.iid.systemId, created.result().value().iid().systemId);
}

void TestWorkspaceJournal::testFailureKeepsProviderMessageVerbatim()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    const CloudError quota = CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"),
                                              QStringLiteral("You have requested more vCPU capacity than your current "
                                                             "vCPU limit of 64 allows."));
    core.factory.provider(QStringLiteral("c1"))->failNext(Operation::Create, 1, quota);
    QFuture<Result<Resource>> created = core.service->create(QStringLiteral("c1"), vpcRequest(QStringLiteral("net")));
    QVERIFY(Test::waitFor(created));
    QVERIFY(!created.result().ok());
    QCOMPARE(created.result().error().providerCode, quota.providerCode);
    QCOMPARE(created.result().error().message, quota.message);
    const JournalEntry e = core.journal->entries().first();
    QCOMPARE(e.state, JournalEntry::State::Failed);
    QVERIFY(e.error.has_value());
    QCOMPARE(e.error->message, quota.message);
    // Not retried: a quota refusal does not get better by asking again.
    QCOMPARE(core.factory.provider(QStringLiteral("c1"))->callCount(Operation::Create), 1);
}

void TestWorkspaceJournal::testDeleteOfVanishedResourceSucceeds()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    QFuture<Result<Done>> removed
        = core.service->remove(QStringLiteral("c1"), ResourceKind::Vpc, Iid{QStringLiteral("ghost"), QString()});
    QVERIFY(Test::waitFor(removed));
    QVERIFY(!removed.result().ok());
    QCOMPARE(removed.result().error().kind, CloudError::Kind::NotFound);
    QCOMPARE(core.journal->entries().first().state, JournalEntry::State::Succeeded);
}

void TestWorkspaceJournal::testCanceledCreateIsSettledAgainstTheCloud()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    FakeCloudProvider* cloud = core.factory.provider(QStringLiteral("c1"));
    cloud->setHoldCalls(true);
    cloud->setFinishOnCancel(false); // the cloud acts although we stopped listening

    JobId id = 0;
    QFuture<Result<Resource>> created
        = core.service->create(QStringLiteral("c1"), vpcRequest(QStringLiteral("net")), &id);
    QTRY_COMPARE(cloud->heldCount(), 1);
    core.jobs->cancel(id);
    cloud->setHoldCalls(false);
    cloud->release(); // the create happens in the cloud after all
    QVERIFY(Test::waitFor(created));
    const JournalEntry e = core.journal->entries().first();
    // Whatever the job's outcome, the journal must know the resource the cloud now has.
    QCOMPARE(cloud->resources(ResourceKind::Vpc).size(), 1);
    QVERIFY2(e.state == JournalEntry::State::Adopted || e.state == JournalEntry::State::Succeeded,
             qPrintable(journalStateName(e.state)));
    QCOMPARE(e.iid.systemId, cloud->resources(ResourceKind::Vpc).first().iid().systemId);
}

void TestWorkspaceJournal::testOrphanedIntentsOnlyFromDeadSessions()
{
    ScratchDir dir;
    Workspace alive(dir.path());
    QVERIFY(alive.open());
    Journal aliveJournal(&alive);
    const JournalEntry mine
        = aliveJournal.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vpc, Iid{}, QJsonObject());
    QVERIFY(mine.id > 0);
    qint64 crashedId = 0;
    {
        Workspace other(dir.path()); // another process that then goes away
        QVERIFY(other.open());
        Journal otherJournal(&other);
        QVERIFY(otherJournal.orphanedIntents().isEmpty()); // ours is alive
        crashedId = otherJournal
                        .begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vm,
                               Iid{QStringLiteral("vm"), QString()}, QJsonObject())
                        .id;
        QVERIFY(aliveJournal.orphanedIntents().isEmpty()); // the other is alive too
    }
    const QList<JournalEntry> orphans = aliveJournal.orphanedIntents();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().id, crashedId);
}

void TestWorkspaceJournal::testReconcileAdoptsOrFails()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    FakeCloudProvider* cloud = core.factory.provider(QStringLiteral("c1"));
    QString adoptedToken;
    {
        // A crashed session: one create reached the cloud, one did not, one delete did.
        Workspace crashed(dir.path());
        QVERIFY(crashed.open());
        Journal j(&crashed);
        const JournalEntry reached = j.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vpc,
                                             Iid{QStringLiteral("reached"), QString()}, QJsonObject());
        adoptedToken = reached.token;
        VpcInfo inCloud;
        inCloud.iid.nameId = QStringLiteral("reached");
        inCloud.tags.insert(Journal::tagKey(), reached.token);
        cloud->addResource(inCloud);
        j.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vpc,
                Iid{QStringLiteral("lost"), QString()}, QJsonObject());
        j.begin(QStringLiteral("delete"), QStringLiteral("c1"), ResourceKind::Vpc,
                Iid{QStringLiteral("gone"), QStringLiteral("vpc-gone")}, QJsonObject());
        j.begin(QStringLiteral("create"), QStringLiteral("nowhere"), ResourceKind::Vpc,
                Iid{QStringLiteral("x"), QString()}, QJsonObject());
    }
    QFuture<QList<ReconcileDecision>> done = core.reconciler->reconcile();
    QVERIFY(Test::waitFor(done));
    QMap<QString, QString> verdicts;
    for (const ReconcileDecision& d : done.result())
        verdicts.insert(d.resource, d.verdict);
    QCOMPARE(verdicts.value(QStringLiteral("reached")), QStringLiteral("adopted"));
    QCOMPARE(verdicts.value(QStringLiteral("lost")), QStringLiteral("failed"));
    QCOMPARE(verdicts.value(QStringLiteral("gone")), QStringLiteral("confirmed"));
    QCOMPARE(verdicts.value(QStringLiteral("x")), QStringLiteral("unreachable"));

    QMap<QString, JournalEntry> byName;
    for (const JournalEntry& e : core.journal->entries())
        byName.insert(e.iid.nameId, e);
    QCOMPARE(byName.value(QStringLiteral("reached")).state, JournalEntry::State::Adopted);
    QCOMPARE(byName.value(QStringLiteral("reached")).iid.systemId,
             cloud->resources(ResourceKind::Vpc).first().iid().systemId);
    QCOMPARE(byName.value(QStringLiteral("lost")).state, JournalEntry::State::Failed);
    QCOMPARE(byName.value(QStringLiteral("gone")).state, JournalEntry::State::Succeeded);
    // An unreachable cloud settles nothing: the intent stays for the next start.
    QCOMPARE(byName.value(QStringLiteral("x")).state, JournalEntry::State::Pending);
    QCOMPARE(core.journal->orphanedIntents().size(), 1);
}

void TestWorkspaceJournal::testRegistryRebuildsOnChangedConnection()
{
    ScratchDir dir;
    Core core(dir.path());
    QVERIFY(core.connections->add(connection(QStringLiteral("c1"))));
    auto first = core.registry->provider(QStringLiteral("c1"));
    QVERIFY(first);
    QCOMPARE(core.registry->provider(QStringLiteral("c1")), first);
    QCOMPARE(core.factory.createCount(QStringLiteral("c1")), 1);
    ConnectionConfig moved = connection(QStringLiteral("c1"));
    moved.region = QStringLiteral("us-east-1");
    QVERIFY(core.connections->add(moved));
    QVERIFY(core.registry->provider(QStringLiteral("c1")));
    QCOMPARE(core.factory.createCount(QStringLiteral("c1")), 2);
    QString error;
    QVERIFY(!core.registry->provider(QStringLiteral("missing"), &error));
    QVERIFY(error.contains(QLatin1String("missing")));
}

void TestWorkspaceJournal::testBeginManyCommitsEveryIntentBeforeItReturns()
{
    ScratchDir dir;
    Workspace workspace(dir.path());
    QVERIFY(workspace.open());
    Journal journal(&workspace);
    QList<JournalEntry> intents;
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        JournalEntry intent;
        intent.operation = QStringLiteral("create");
        intent.connection = QStringLiteral("c1");
        intent.kind = ResourceKind::Vm;
        intent.iid.nameId = name;
        intents.append(intent);
    }
    const QList<JournalEntry> written = journal.beginMany(intents);
    QCOMPARE(written.size(), 3);
    QSet<QString> tokens;
    for (const JournalEntry& e : written) {
        QVERIFY(e.id > 0);
        QCOMPARE(e.state, JournalEntry::State::Pending);
        tokens.insert(e.token);
    }
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(written.at(1).iid.nameId, QStringLiteral("b"));
    // Another database connection (as another process) reads all three: they are committed.
    Workspace other(dir.path());
    QVERIFY(other.open());
    Journal otherJournal(&other);
    const QList<JournalEntry> seen = otherJournal.entries();
    QCOMPARE(seen.size(), 3);
    for (const JournalEntry& e : seen)
        QVERIFY(tokens.contains(e.token));
}

void TestWorkspaceJournal::testLateOutcomesAreReadAtOnceAndCommittedSoon()
{
    ScratchDir dir;
    Workspace workspace(dir.path());
    QVERIFY(workspace.open());
    Journal journal(&workspace);
    Workspace other(dir.path());
    QVERIFY(other.open());
    Journal otherJournal(&other);
    const JournalEntry a = journal.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vm,
                                         Iid{QStringLiteral("a"), QString()}, QJsonObject());
    journal.completeLater(a.id, JournalEntry::State::Succeeded, Iid{QStringLiteral("a"), QStringLiteral("i-1")},
                          QJsonObject(), std::nullopt);
    // Not committed yet: elsewhere the intent is still Pending (what a crash here would leave).
    QCOMPARE(otherJournal.entry(a.id)->state, JournalEntry::State::Pending);
    // This journal's own reads see the outcome (and commit it first).
    const std::optional<JournalEntry> mine = journal.entry(a.id);
    QCOMPARE(mine->state, JournalEntry::State::Succeeded);
    QCOMPARE(mine->iid.systemId, QStringLiteral("i-1"));
    QCOMPARE(otherJournal.entry(a.id)->state, JournalEntry::State::Succeeded);
    // Without a read, the event loop commits it a moment later.
    const JournalEntry b = journal.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vm,
                                         Iid{QStringLiteral("b"), QString()}, QJsonObject());
    journal.completeLater(b.id, JournalEntry::State::Failed, Iid(), QJsonObject(), std::nullopt);
    QTRY_COMPARE(otherJournal.entry(b.id)->state, JournalEntry::State::Failed);
    // And the next intents carry outcomes recorded late in their own commit.
    journal.completeLater(a.id, JournalEntry::State::Adopted, Iid(), QJsonObject(), std::nullopt);
    journal.begin(QStringLiteral("create"), QStringLiteral("c1"), ResourceKind::Vm,
                  Iid{QStringLiteral("c"), QString()}, QJsonObject());
    QCOMPARE(otherJournal.entry(a.id)->state, JournalEntry::State::Adopted);
}

QTEST_GUILESS_MAIN(TestWorkspaceJournal)
#include "TestWorkspaceJournal.moc"
