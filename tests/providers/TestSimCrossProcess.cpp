// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud's state lives in its own file: another SimCloud on the same file (as a
// later CLI invocation or the GUI would open it) sees the same resources and transitions,
// and what a call committed survives the caller.

#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimCrossProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void secondInstanceSeesSameCloud();
    void laterReaderAppliesDueTransitions();
    void committedCreateSurvivesCaller();
    void concurrentWritersDoNotCollide();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("simcloud/cloud.sqlite")); }
    std::unique_ptr<ScratchDir> m_dir;
};

void TestSimCrossProcess::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
}

void TestSimCrossProcess::cleanup()
{
    m_dir.reset();
}

void TestSimCrossProcess::secondInstanceSeesSameCloud()
{
    auto cloudA = SimCloud::create(dbPath(), fastSettings(1));
    auto cloudB = SimCloud::create(dbPath(), fastSettings(2));
    SimProvider a(
        cloudA, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QString(), QStringLiteral("cli")));
    SimProvider b(
        cloudB, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QString(), QStringLiteral("gui")));
    QVERIFY(createNetwork(a));
    const Result<Resource> vm = await(a.create(
        vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        {}));
    QVERIFY(vm.ok());

    const Result<Resource> seen = await(b.get(ResourceKind::Vm, QStringLiteral("vm-01")));
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().iid(), vm.value().iid());
    QCOMPARE(waitForStatus(b, ResourceKind::Vm, QStringLiteral("vm-01"), QStringLiteral("Running")),
        QStringLiteral("Running"));
    QVERIFY(await(b.control(ResourceKind::Vm, vm.value().iid(), ControlAction::Suspend, {})).ok());
    QCOMPARE(waitForStatus(a, ResourceKind::Vm, QStringLiteral("vm-01"), QStringLiteral("Suspended")),
        QStringLiteral("Suspended"));

    // Referential rules hold across instances too.
    const Result<Done> blocked = await(b.remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-01"), {} }, {}));
    QVERIFY(!blocked.ok());
    QVERIFY(blocked.error().message.contains(QLatin1String("vm 'vm-01'")));

    // Another region of the same provider is another part of the cloud.
    SimProvider tokyo(cloudB, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-1")));
    QVERIFY(await(tokyo.list(ResourceKind::Vm, {})).value().items.isEmpty());
}

void TestSimCrossProcess::laterReaderAppliesDueTransitions()
{
    Iid vmIid;
    {
        auto first = SimCloud::create(dbPath(), fastSettings());
        SimProvider cli(first, connection(QStringLiteral("gcp"), QStringLiteral("us-central1")));
        QVERIFY(createNetwork(cli));
        const Result<Resource> vm
            = await(cli.create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                   QStringLiteral("key-01"), QStringLiteral("e2-small")),
                {}));
        QVERIFY(vm.ok());
        QCOMPARE(vm.value().as<VmInfo>()->status, VmStatus::Creating);
        vmIid = vm.value().iid();
    } // the first "process" exits while the VM boots

    // The file holds the transition as a wall-clock due time, not as a timer of the process.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT status, target, due_ms FROM resources WHERE kind = 'vm'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Creating"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Running"));
        QVERIFY(q.value(2).toLongLong() > 1700000000000LL);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    auto later = SimCloud::create(dbPath(), fastSettings());
    SimProvider reader(later, connection(QStringLiteral("gcp"), QStringLiteral("us-central1")));
    QCOMPARE(
        waitForStatus(reader, ResourceKind::Vm, vmIid.systemId, QStringLiteral("Running")), QStringLiteral("Running"));
}

void TestSimCrossProcess::committedCreateSurvivesCaller()
{
    MutationContext ctx;
    ctx.idempotencyToken = QStringLiteral("journal-intent-1");
    ctx.tags.insert(QStringLiteral("barista:intent"), QStringLiteral("1"));
    {
        auto crashing = SimCloud::create(dbPath(), fastSettings());
        SimProvider console(crashing, connection(QStringLiteral("azure"), QStringLiteral("koreacentral")));
        QVERIFY(await(console.create(vpcRequest(QStringLiteral("vnet-01")), ctx)).ok());
    }
    auto restarted = SimCloud::create(dbPath(), fastSettings());
    SimProvider console(restarted, connection(QStringLiteral("azure"), QStringLiteral("koreacentral")));
    const Result<ResourcePage> vpcs = await(console.list(ResourceKind::Vpc, {}));
    QVERIFY(vpcs.ok());
    QCOMPARE(vpcs.value().items.size(), 1);
    const Resource found = vpcs.value().items.first();
    QCOMPARE(found.tags().value(QStringLiteral("barista:intent")), QStringLiteral("1"));
    QCOMPARE(found.as<VpcInfo>()->extra.value(QStringLiteral("clientToken")).toString(), ctx.idempotencyToken);
    // Replaying the intent after the restart adopts the resource instead of duplicating it.
    const Result<Resource> replay = await(console.create(vpcRequest(QStringLiteral("vnet-01")), ctx));
    QVERIFY(replay.ok());
    QCOMPARE(replay.value().iid(), found.iid());
    QCOMPARE(await(console.list(ResourceKind::Vpc, {})).value().items.size(), 1);
}

void TestSimCrossProcess::concurrentWritersDoNotCollide()
{
    auto cloudA = SimCloud::create(dbPath(), fastSettings(1));
    auto cloudB = SimCloud::create(dbPath(), fastSettings(2));
    SimProvider a(cloudA, connection(QStringLiteral("tencent"), QStringLiteral("ap-seoul")));
    SimProvider b(cloudB, connection(QStringLiteral("tencent"), QStringLiteral("ap-seoul")));
    QList<QFuture<Result<Resource>>> calls;
    for (int i = 0; i < 15; ++i) {
        calls.append(a.create(keyRequest(QStringLiteral("a-%1").arg(i)), {}));
        calls.append(b.create(keyRequest(QStringLiteral("b-%1").arg(i)), {}));
    }
    QSet<QString> ids;
    for (const auto& call : calls) {
        const Result<Resource> r = await(call);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r.value().iid().systemId.startsWith(QLatin1String("skey-")));
        ids.insert(r.value().iid().systemId);
    }
    QCOMPARE(ids.size(), 30);
    ListRequest all;
    all.pageSize = 100;
    QCOMPARE(await(a.list(ResourceKind::KeyPair, all)).value().items.size(), 30);
}

QTEST_GUILESS_MAIN(TestSimCrossProcess)
#include "TestSimCrossProcess.moc"
