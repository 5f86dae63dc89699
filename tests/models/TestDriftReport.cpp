// SPDX-License-Identifier: GPL-3.0-or-later
// The drift view: the workspace's records (journal, infra store) against the cloud's listing,
// and the adopt / delete / forget actions, over a fake cloud and a real workspace.
#include "models/infra/DriftReport.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeCloudProvider.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {
const QString C1 = QStringLiteral("c1");

Resource vpc(const QString& name, const QMap<QString, QString>& tags = {})
{
    VpcInfo v;
    v.iid.nameId = name;
    v.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    v.tags = tags;
    return v;
}

Resource vm(const QString& name, const QMap<QString, QString>& tags = {}, VmStatus status = VmStatus::Running)
{
    VmInfo v;
    v.iid.nameId = name;
    v.specName = QStringLiteral("t3.small");
    v.imageName = QStringLiteral("ubuntu-22.04");
    v.status = status;
    v.tags = tags;
    return v;
}

Resource keyPair(const QString& name)
{
    KeyPairInfo k;
    k.iid.nameId = name;
    return k;
}

/// The core as app/ wires it, over a fake cloud.
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
        infra = std::make_unique<InfraStore>(&workspace);
        drift = std::make_unique<DriftReport>(service.get(), journal.get(), infra.get(), registry.get());
        ConnectionConfig c;
        c.name = C1;
        c.provider = QStringLiteral("aws");
        c.region = QStringLiteral("ap-northeast-2");
        QVERIFY(connections->add(c));
        cloud = factory.provider(C1);
    }

    Resource create(const Resource& request)
    {
        QFuture<Result<Resource>> f = service->create(C1, request);
        if (!Test::waitFor(f) || !f.result().ok())
            qFatal("create failed");
        return f.result().value();
    }

    DriftSnapshot scan(const QList<ResourceKind>& kinds = {})
    {
        QFuture<DriftSnapshot> f = drift->scan(C1, kinds);
        if (!Test::waitFor(f))
            qFatal("scan did not finish");
        return f.result();
    }

    Workspace workspace;
    SystemClock clock;
    FakeProviderFactory factory;
    std::unique_ptr<ConnectionStore> connections;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<JobQueue> jobs;
    std::unique_ptr<ProviderRegistry> registry;
    std::unique_ptr<ResourceService> service;
    std::unique_ptr<InfraStore> infra;
    std::unique_ptr<DriftReport> drift;
    FakeCloudProvider* cloud = nullptr;
};

/// "group kind name" lines, sorted, for whole-snapshot comparisons.
QStringList summary(const DriftSnapshot& s)
{
    QStringList lines;
    for (const DriftItem& i : s.items)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(DriftItem::groupName(i.group), resourceKindName(i.kind), i.iid.nameId, i.originName());
    lines.sort();
    return lines;
}

DriftItem only(const DriftSnapshot& s, const QString& id)
{
    const QList<DriftItem> found = s.find(id);
    if (found.size() != 1)
        qFatal("expected one drift item for %s, found %d", qPrintable(id), int(found.size()));
    return found.first();
}

void makeInfra(InfraStore& store, const QString& name, const QList<InfraNode>& nodes,
    const QList<InfraSharedResource>& shared = {})
{
    InfraRecord r;
    r.name = name;
    r.spec.name = name;
    QString error;
    QVERIFY2(store.create(r, nodes, shared, &error), qPrintable(error));
}

InfraNode node(const QString& infra, const QString& name, const QString& systemId, const QString& status)
{
    InfraNode n;
    n.infra = infra;
    n.name = name;
    n.group = name.section(QLatin1Char('-'), 0, -2);
    n.connection = C1;
    n.provider = QStringLiteral("aws");
    n.vmName = InfraTags::vmName(infra, name);
    n.systemId = systemId;
    n.status = status;
    return n;
}
} // namespace

class TestDriftReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testThreeGroups();
    void testOrphanTagsAndTokens();
    void testSkipsKindsTheProviderCannotList();
    void testFailedListingConcludesNothing();
    void testTerminatedVmIsNotListed();
    void testInfraRecordsAreKnown();
    void testAdoptRecordsAndFillsTheInfra();
    void testRemoveIsJournaledAndFailClosed();
    void testForgetMarksTheRecordGone();
};

void TestDriftReport::testThreeGroups()
{
    ScratchDir dir;
    Core core(dir.path());
    const Resource net = core.create(vpc(QStringLiteral("net")));
    core.create(keyPair(QStringLiteral("key")));
    core.create(vpc(QStringLiteral("old")));
    QFuture<Result<Done>> removed
        = core.service->remove(C1, ResourceKind::Vpc, Iid { QStringLiteral("old"), QString() });
    QVERIFY(Test::waitFor(removed));
    QVERIFY(removed.result().ok());
    // Drift: someone deletes our key pair behind our back and makes a VPC we never asked for.
    QVERIFY(core.cloud->removeResource(ResourceKind::KeyPair, QStringLiteral("key")));
    core.cloud->addResource(vpc(QStringLiteral("theirs"), { { QStringLiteral("owner"), QStringLiteral("bob") } }));

    const DriftSnapshot s = core.scan();
    QVERIFY(!s.error);
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.kinds, DriftReport::userKinds());
    QCOMPARE(summary(s),
        QStringList({ QStringLiteral("mapped vpc net tracked"), QStringLiteral("onlyInCloud vpc theirs foreign"),
            QStringLiteral("onlyOurs keypair key tracked") }));
    const DriftItem mapped = only(s, QStringLiteral("net"));
    QCOMPARE(mapped.iid, net.iid());
    QVERIFY(mapped.journalId > 0);
    QCOMPARE(core.journal->entry(mapped.journalId)->iid.nameId, QStringLiteral("net"));
    QVERIFY(!mapped.token.isEmpty());
    QCOMPARE(mapped.status(), net.statusName());
    const DriftItem gone = only(s, QStringLiteral("key"));
    QVERIFY(!gone.cloud);
    QVERIFY(gone.journalId > 0);
    QCOMPARE(s.group(DriftItem::Group::OnlyInCloud).size(), 1);
    // The JSON view carries the three groups by name.
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("mapped")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("onlyOurs")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("onlyInCloud"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("origin"))
                 .toString(),
        QStringLiteral("foreign"));
}

void TestDriftReport::testOrphanTagsAndTokens()
{
    ScratchDir dir;
    Core core(dir.path());
    // A create this workspace recorded as failed although the cloud made the resource.
    const JournalEntry failed = core.journal->begin(
        QStringLiteral("create"), C1, ResourceKind::Vpc, Iid { QStringLiteral("lost"), QString() }, QJsonObject());
    QVERIFY(core.journal->complete(failed.id, JournalEntry::State::Failed, failed.iid, QJsonObject(),
        CloudError::make(CloudError::Kind::Timeout, QString(), QStringLiteral("no answer"))));
    core.cloud->addResource(vpc(QStringLiteral("lost"), { { Journal::tagKey(), failed.token } }));
    core.cloud->addResource(
        vpc(QStringLiteral("other-ws"), { { Journal::tagKey(), QStringLiteral("someone-elses-token") } }));
    core.cloud->addResource(vm(QStringLiteral("shop-web-1"),
        InfraTags::nodeTags(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("web-1"))));
    core.cloud->addResource(vpc(QStringLiteral("bc-c1-vpc"), InfraTags::sharedTags(C1)));
    core.cloud->addResource(
        vm(QStringLiteral("plain"), { { QStringLiteral("barista"), QStringLiteral("not-our-key") } }));

    const DriftSnapshot s = core.scan();
    QCOMPARE(summary(s),
        QStringList({ QStringLiteral("onlyInCloud vm plain foreign"),
            QStringLiteral("onlyInCloud vm shop-web-1 orphan"), QStringLiteral("onlyInCloud vpc bc-c1-vpc orphan"),
            QStringLiteral("onlyInCloud vpc lost orphan"), QStringLiteral("onlyInCloud vpc other-ws orphan") }));
    QCOMPARE(only(s, QStringLiteral("lost")).journalId, failed.id);
    QCOMPARE(only(s, QStringLiteral("other-ws")).journalId, 0);
    const DriftItem node = only(s, QStringLiteral("shop-web-1"));
    QCOMPARE(node.infra, QStringLiteral("shop"));
    QCOMPARE(node.node, QStringLiteral("web-1"));
    QVERIFY(!node.managedByInfra);
    QVERIFY(only(s, QStringLiteral("bc-c1-vpc")).shared);
}

void TestDriftReport::testSkipsKindsTheProviderCannotList()
{
    ScratchDir dir;
    Core core(dir.path());
    ProviderCapabilities caps;
    caps.operations.insert(ResourceKind::Vpc, { Operation::List, Operation::Create });
    caps.operations.insert(ResourceKind::Vm, { Operation::List });
    caps.operations.insert(ResourceKind::Disk, { Operation::Get }); // no list: cannot be compared
    core.cloud->setCapabilities(caps);
    const DriftSnapshot s = core.scan();
    QCOMPARE(s.kinds, QList<ResourceKind>({ ResourceKind::Vpc, ResourceKind::Vm }));
    QCOMPARE(s.skipped.size(), DriftReport::userKinds().size() - 2);
    QVERIFY(s.skipped.contains(ResourceKind::Disk));
    QCOMPARE(core.cloud->callCount(Operation::List), 2);
    QCOMPARE(core.cloud->callCount(Operation::List, ResourceKind::Disk), 0);

    // An explicit kind list narrows further.
    core.cloud->resetCounters();
    const DriftSnapshot vms = core.scan({ ResourceKind::Vm, ResourceKind::Cluster });
    QCOMPARE(vms.kinds, QList<ResourceKind>({ ResourceKind::Vm }));
    QCOMPARE(vms.skipped, QList<ResourceKind>({ ResourceKind::Cluster }));
    QCOMPARE(core.cloud->callCount(Operation::List), 1);
}

void TestDriftReport::testFailedListingConcludesNothing()
{
    ScratchDir dir;
    Core core(dir.path());
    core.create(vpc(QStringLiteral("net")));
    core.create(keyPair(QStringLiteral("key")));
    QVERIFY(core.cloud->removeResource(ResourceKind::KeyPair, QStringLiteral("key")));
    const CloudError denied = CloudError::make(CloudError::Kind::Auth, QStringLiteral("UnauthorizedOperation"),
        QStringLiteral("You are not authorized to perform this operation."));
    core.cloud->failNext(Operation::List, 1, denied, ResourceKind::Vpc);
    const DriftSnapshot s = core.scan();
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().first, ResourceKind::Vpc);
    QCOMPARE(s.errors.first().second.message, denied.message);
    // The VPC we could not list is neither "only ours" nor anything else; other kinds still are.
    QCOMPARE(summary(s), QStringList({ QStringLiteral("onlyOurs keypair key tracked") }));
    QCOMPARE(s.toJson().value(QStringLiteral("errors")).toArray().size(), 1);
}

void TestDriftReport::testTerminatedVmIsNotListed()
{
    ScratchDir dir;
    Core core(dir.path());
    const Resource created = core.create(vm(QStringLiteral("web")));
    core.create(vm(QStringLiteral("db")));
    // The cloud still shows "web" for a while, terminated: it no longer exists for the user.
    Resource terminated = vm(QStringLiteral("web"), created.tags(), VmStatus::Terminated);
    terminated.as<VmInfo>()->iid.systemId = created.iid().systemId;
    core.cloud->addResource(terminated);
    core.cloud->addResource(vm(QStringLiteral("ghost"), {}, VmStatus::Terminated));
    // Our own delete that the cloud is still carrying out is no drift either; someone else's is.
    const Resource leaving = core.create(vm(QStringLiteral("leaving")));
    QFuture<Result<Done>> removed = core.service->remove(C1, ResourceKind::Vm, leaving.iid());
    QVERIFY(Test::waitFor(removed) && removed.result().ok());
    Resource terminating = vm(QStringLiteral("leaving"), leaving.tags(), VmStatus::Terminating);
    terminating.as<VmInfo>()->iid.systemId = leaving.iid().systemId;
    core.cloud->addResource(terminating);
    core.cloud->addResource(vm(QStringLiteral("theirs"), {}, VmStatus::Terminating));
    const DriftSnapshot s = core.scan({ ResourceKind::Vm });
    QCOMPARE(summary(s),
        QStringList({ QStringLiteral("mapped vm db tracked"), QStringLiteral("onlyInCloud vm theirs foreign"),
            QStringLiteral("onlyOurs vm web tracked") }));
}

void TestDriftReport::testInfraRecordsAreKnown()
{
    ScratchDir dir;
    Core core(dir.path());
    const Resource web = core.cloud->addResource(vm(QStringLiteral("shop-web-1"),
        InfraTags::nodeTags(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("web-1"))));
    const Resource net = core.cloud->addResource(vpc(InfraTags::vpcName(C1), InfraTags::sharedTags(C1)));
    InfraSharedResource sharedVpc;
    sharedVpc.connection = C1;
    sharedVpc.kind = int(ResourceKind::Vpc);
    sharedVpc.nameId = net.iid().nameId;
    sharedVpc.systemId = net.iid().systemId;
    sharedVpc.state = QStringLiteral("Active");
    InfraSharedResource key; // a release the cloud never confirmed: a tombstone
    key.connection = C1;
    key.kind = int(ResourceKind::KeyPair);
    key.nameId = InfraTags::keyPairName(C1);
    key.systemId = QStringLiteral("key-0001");
    key.state = QStringLiteral("Deleting");
    makeInfra(*core.infra, QStringLiteral("shop"),
        { node(QStringLiteral("shop"), QStringLiteral("web-1"), web.iid().systemId, QStringLiteral("Running")),
            node(QStringLiteral("shop"), QStringLiteral("web-2"), QStringLiteral("i-vanished"),
                QStringLiteral("Running")),
            node(QStringLiteral("shop"), QStringLiteral("web-3"), QString(), QStringLiteral("Planned")) },
        { sharedVpc, key });

    const DriftSnapshot s = core.scan();
    QCOMPARE(summary(s),
        QStringList({ QStringLiteral("mapped vm shop-web-1 tracked"), QStringLiteral("mapped vpc bc-c1-vpc tracked"),
            QStringLiteral("onlyOurs keypair bc-c1-key tracked"), QStringLiteral("onlyOurs vm shop-web-2 tracked") }));
    const DriftItem mapped = only(s, web.iid().systemId);
    QCOMPARE(mapped.infra, QStringLiteral("shop"));
    QCOMPARE(mapped.node, QStringLiteral("web-1"));
    QVERIFY(mapped.managedByInfra);
    QCOMPARE(mapped.journalId, 0);
    const DriftItem missing = only(s, QStringLiteral("i-vanished"));
    QCOMPARE(missing.node, QStringLiteral("web-2"));
    QVERIFY(only(s, QStringLiteral("bc-c1-key")).shared);
}

void TestDriftReport::testAdoptRecordsAndFillsTheInfra()
{
    ScratchDir dir;
    Core core(dir.path());
    makeInfra(*core.infra, QStringLiteral("shop"),
        { node(QStringLiteral("shop"), QStringLiteral("web-1"), QString(), QStringLiteral("Planned")) });
    const Resource lost = core.cloud->addResource(vm(QStringLiteral("shop-web-2"),
        InfraTags::nodeTags(QStringLiteral("shop"), QStringLiteral("web"), QStringLiteral("web-2"))));
    const Resource foreign = core.cloud->addResource(vpc(QStringLiteral("theirs")));
    QSignalSpy changed(core.drift.get(), &DriftReport::changed);

    DriftSnapshot s = core.scan();
    const DriftAction adoptedVm = core.drift->adopt(only(s, QStringLiteral("shop-web-2")));
    QVERIFY2(adoptedVm.ok, qPrintable(adoptedVm.message));
    QVERIFY2(adoptedVm.message.contains(QLatin1String("web-2")), qPrintable(adoptedVm.message));
    const std::optional<JournalEntry> entry = core.journal->entry(adoptedVm.journalId);
    QVERIFY(entry);
    QCOMPARE(entry->operation, QStringLiteral("create"));
    QCOMPARE(entry->state, JournalEntry::State::Adopted);
    QCOMPARE(entry->iid, lost.iid());
    QCOMPARE(entry->outcome, lost.toJson());
    // The node the VM's tag names is now in the infra, with the cloud's id and status.
    std::optional<InfraNode> web2;
    for (const InfraNode& n : core.infra->nodes(QStringLiteral("shop"))) {
        if (n.name == QLatin1String("web-2"))
            web2 = n;
    }
    QVERIFY(web2);
    QCOMPARE(web2->systemId, lost.iid().systemId);
    QCOMPARE(web2->status, QStringLiteral("Running"));
    QCOMPARE(web2->group, QStringLiteral("web"));
    QCOMPARE(web2->connection, C1);
    QCOMPARE(web2->vmName, QStringLiteral("shop-web-2"));

    QVERIFY(core.drift->adopt(only(s, QStringLiteral("theirs"))).ok);
    QCOMPARE(changed.count(), 2);
    // Only what the cloud has and we do not can be adopted.
    s = core.scan();
    QCOMPARE(summary(s),
        QStringList({ QStringLiteral("mapped vm shop-web-2 tracked"), QStringLiteral("mapped vpc theirs tracked") }));
    QVERIFY(only(s, QStringLiteral("shop-web-2")).managedByInfra);
    QCOMPARE(only(s, QStringLiteral("theirs")).iid, foreign.iid());
    const int entries = int(core.journal->entries().size());
    QVERIFY(!core.drift->adopt(only(s, QStringLiteral("theirs"))).ok);
    QCOMPARE(core.journal->entries().size(), entries);
}

void TestDriftReport::testRemoveIsJournaledAndFailClosed()
{
    ScratchDir dir;
    Core core(dir.path());
    core.cloud->addResource(vpc(QStringLiteral("theirs")));
    core.cloud->addResource(vpc(QStringLiteral("busy")));
    core.cloud->addResource(vpc(QStringLiteral("vanishing")));
    const Resource web = core.cloud->addResource(vm(QStringLiteral("shop-web-1")));
    makeInfra(*core.infra, QStringLiteral("shop"),
        { node(QStringLiteral("shop"), QStringLiteral("web-1"), web.iid().systemId, QStringLiteral("Running")) });
    const DriftSnapshot s = core.scan();

    QFuture<DriftAction> done = core.drift->remove(only(s, QStringLiteral("theirs")));
    QVERIFY(Test::waitFor(done));
    QVERIFY2(done.result().ok, qPrintable(done.result().message));
    QVERIFY(!core.cloud->resource(ResourceKind::Vpc, QStringLiteral("theirs")));
    const JournalEntry last = core.journal->entries().first();
    QCOMPARE(last.operation, QStringLiteral("delete"));
    QCOMPARE(last.state, JournalEntry::State::Succeeded);
    QCOMPARE(last.iid.nameId, QStringLiteral("theirs"));

    // Gone before we asked: the cloud's NotFound says it is gone, which is what was wanted.
    QVERIFY(core.cloud->removeResource(ResourceKind::Vpc, QStringLiteral("vanishing")));
    done = core.drift->remove(only(s, QStringLiteral("vanishing")));
    QVERIFY(Test::waitFor(done));
    QVERIFY(done.result().ok);
    QVERIFY2(done.result().message.contains(QLatin1String("already gone")), qPrintable(done.result().message));

    // A refusal keeps the resource and says why, in the provider's words.
    const CloudError inUse = CloudError::make(CloudError::Kind::Conflict, QStringLiteral("DependencyViolation"),
        QStringLiteral("The vpc 'busy' has dependencies and cannot be deleted."));
    core.cloud->failNext(Operation::Delete, 1, inUse);
    done = core.drift->remove(only(s, QStringLiteral("busy")));
    QVERIFY(Test::waitFor(done));
    QVERIFY(!done.result().ok);
    QCOMPARE(done.result().error->message, inUse.message);
    QVERIFY(done.result().message.contains(inUse.message));
    QVERIFY(core.cloud->resource(ResourceKind::Vpc, QStringLiteral("busy")));

    // An infra's VM is the infra engine's to release; nothing is sent.
    core.cloud->resetCounters();
    done = core.drift->remove(only(s, QStringLiteral("shop-web-1")));
    QVERIFY(Test::waitFor(done));
    QVERIFY(!done.result().ok);
    QCOMPARE(core.cloud->callCount(Operation::Delete), 0);
}

void TestDriftReport::testForgetMarksTheRecordGone()
{
    ScratchDir dir;
    Core core(dir.path());
    core.create(vpc(QStringLiteral("net")));
    core.create(keyPair(QStringLiteral("key")));
    QVERIFY(core.cloud->removeResource(ResourceKind::KeyPair, QStringLiteral("key")));
    makeInfra(*core.infra, QStringLiteral("shop"),
        { node(QStringLiteral("shop"), QStringLiteral("web-1"), QStringLiteral("i-vanished"),
            QStringLiteral("Running")) });
    DriftSnapshot s = core.scan();
    QCOMPARE(s.group(DriftItem::Group::OnlyOurs).size(), 2);

    const DriftAction forgotKey = core.drift->forget(only(s, QStringLiteral("key")));
    QVERIFY2(forgotKey.ok, qPrintable(forgotKey.message));
    const std::optional<JournalEntry> entry = core.journal->entry(forgotKey.journalId);
    QVERIFY(entry);
    QCOMPARE(entry->operation, QStringLiteral("delete"));
    QCOMPARE(entry->state, JournalEntry::State::Succeeded);
    QCOMPARE(entry->iid.nameId, QStringLiteral("key"));
    QVERIFY2(entry->note.contains(QLatin1String("not in the cloud's listing"), Qt::CaseInsensitive),
        qPrintable(entry->note));

    QVERIFY(core.drift->forget(only(s, QStringLiteral("shop-web-1"))).ok);
    const InfraNode web1 = core.infra->nodes(QStringLiteral("shop")).first();
    QCOMPARE(web1.status, QStringLiteral("Failed"));
    QVERIFY(web1.systemId.isEmpty());
    QVERIFY(web1.error && web1.error->kind == CloudError::Kind::NotFound);

    // Only what the cloud no longer lists can be forgotten; the rest stays as it was.
    const int entries = int(core.journal->entries().size());
    QVERIFY(!core.drift->forget(only(s, QStringLiteral("net"))).ok);
    QCOMPARE(core.journal->entries().size(), entries);
    s = core.scan();
    QCOMPARE(summary(s), QStringList({ QStringLiteral("mapped vpc net tracked") }));
}

QTEST_GUILESS_MAIN(TestDriftReport)
#include "TestDriftReport.moc"
