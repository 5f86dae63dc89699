// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeCloudProvider.h"
#include "tests/support/FakeProviderFactory.h"

#include <QTest>

using namespace Barista;

namespace {

template <typename T> T resultOf(const QFuture<T>& future)
{
    // Ready futures only: the fake answers at once unless asked not to.
    Q_ASSERT(future.isFinished());
    return future.result();
}

KeyPairInfo keyPair(const QString& name)
{
    KeyPairInfo kp;
    kp.iid.nameId = name;
    return kp;
}

} // namespace

/// The fake is what many other tests stand on, so its promises are tested too.
class TestFakeCloudProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAssignsIdsAndTags();
    void createIsIdempotentByToken();
    void duplicateNameConflicts();
    void listPages();
    void scriptedFailures();
    void controlFollowsVmStates();
    void heldCallsCompleteOnRelease();
    void canceledHeldCallFinishes();
    void factoryHandsOutTheSameFake();
};

void TestFakeCloudProvider::createAssignsIdsAndTags()
{
    FakeCloudProvider fake(ConnectionConfig {});
    MutationContext ctx;
    ctx.idempotencyToken = QStringLiteral("tok-1");
    ctx.tags.insert(QStringLiteral("barista-intent"), QStringLiteral("tok-1"));
    const Result<Resource> r = resultOf(fake.create(keyPair(QStringLiteral("k1")), ctx));
    QVERIFY(r.ok());
    QVERIFY(!r.value().iid().systemId.isEmpty());
    QCOMPARE(r.value().tags().value(QStringLiteral("barista-intent")), QStringLiteral("tok-1"));
    QCOMPARE(fake.resources(ResourceKind::KeyPair).size(), 1);
    QCOMPARE(fake.callCount(Operation::Create), 1);
    QCOMPARE(fake.callCount(Operation::Create, ResourceKind::KeyPair), 1);
    QCOMPARE(fake.mutationContexts().size(), 1);
    QCOMPARE(fake.mutationLog(), QStringList { QStringLiteral("create keypair k1") });
    // get() finds it by either id.
    QVERIFY(resultOf(fake.get(ResourceKind::KeyPair, r.value().iid().systemId)).ok());
    QCOMPARE(
        resultOf(fake.get(ResourceKind::KeyPair, QStringLiteral("nope"))).error().kind, CloudError::Kind::NotFound);
}

void TestFakeCloudProvider::createIsIdempotentByToken()
{
    FakeCloudProvider fake(ConnectionConfig {});
    MutationContext ctx;
    ctx.idempotencyToken = QStringLiteral("tok-1");
    const Result<Resource> first = resultOf(fake.create(keyPair(QStringLiteral("k1")), ctx));
    const Result<Resource> again = resultOf(fake.create(keyPair(QStringLiteral("k1")), ctx));
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again.value().iid(), first.value().iid());
    QCOMPARE(fake.resources(ResourceKind::KeyPair).size(), 1);
}

void TestFakeCloudProvider::duplicateNameConflicts()
{
    FakeCloudProvider fake(ConnectionConfig {});
    QVERIFY(resultOf(fake.create(keyPair(QStringLiteral("k1")), {})).ok());
    const Result<Resource> dup = resultOf(fake.create(keyPair(QStringLiteral("k1")), {}));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, CloudError::Kind::Conflict);
}

void TestFakeCloudProvider::listPages()
{
    FakeCloudProvider fake(ConnectionConfig {});
    for (int i = 0; i < 5; ++i)
        fake.addResource(keyPair(QStringLiteral("k%1").arg(i)));
    fake.setPageSize(2);
    QStringList names;
    QString token;
    int pages = 0;
    do {
        const Result<ResourcePage> page = resultOf(fake.list(ResourceKind::KeyPair, ListRequest { token, 0 }));
        QVERIFY(page.ok());
        for (const Resource& r : page.value().items)
            names.append(r.iid().nameId);
        token = page.value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(names.size(), 5);
    QCOMPARE(fake.callCount(Operation::List, ResourceKind::KeyPair), 3);
}

void TestFakeCloudProvider::scriptedFailures()
{
    FakeCloudProvider fake(ConnectionConfig {});
    const CloudError throttled = CloudError::make(
        CloudError::Kind::Throttled, QStringLiteral("RequestLimitExceeded"), QStringLiteral("slow down"));
    fake.failNext(Operation::List, 2, throttled, ResourceKind::Vm);
    // Another kind is not affected.
    QVERIFY(resultOf(fake.list(ResourceKind::Vpc, {})).ok());
    QCOMPARE(resultOf(fake.list(ResourceKind::Vm, {})).error(), throttled);
    QCOMPARE(resultOf(fake.list(ResourceKind::Vm, {})).error(), throttled);
    QVERIFY(resultOf(fake.list(ResourceKind::Vm, {})).ok());
    QCOMPARE(fake.callCount(Operation::List), 4);
}

void TestFakeCloudProvider::controlFollowsVmStates()
{
    FakeCloudProvider fake(ConnectionConfig {});
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("web-1");
    vm.status = VmStatus::Running;
    fake.addResource(vm);
    const Iid id { QStringLiteral("web-1"), {} };
    QCOMPARE(resultOf(fake.control(ResourceKind::Vm, id, ControlAction::Resume, {})).error().kind,
        CloudError::Kind::Conflict);
    const Result<Resource> suspended = resultOf(fake.control(ResourceKind::Vm, id, ControlAction::Suspend, {}));
    QVERIFY(suspended.ok());
    QCOMPARE(suspended.value().as<VmInfo>()->status, VmStatus::Suspended);
    QVERIFY(resultOf(fake.control(ResourceKind::Vm, id, ControlAction::Resume, {})).ok());
    QVERIFY(resultOf(fake.remove(ResourceKind::Vm, id, {})).ok());
    QCOMPARE(resultOf(fake.remove(ResourceKind::Vm, id, {})).error().kind, CloudError::Kind::NotFound);
}

void TestFakeCloudProvider::heldCallsCompleteOnRelease()
{
    FakeCloudProvider fake(ConnectionConfig {});
    fake.setHoldCalls(true);
    QFuture<Result<Resource>> created = fake.create(keyPair(QStringLiteral("k1")), {});
    QFuture<Result<ResourcePage>> listed = fake.list(ResourceKind::KeyPair, {});
    QCOMPARE(fake.heldCount(), 2);
    QVERIFY(!created.isFinished());
    QVERIFY(fake.resources(ResourceKind::KeyPair).isEmpty()); // the cloud acts when it answers
    QCOMPARE(fake.release(1), 1);
    QVERIFY(created.isFinished());
    QCOMPARE(fake.resources(ResourceKind::KeyPair).size(), 1);
    QVERIFY(!listed.isFinished());
    QCOMPARE(fake.release(), 1);
    QCOMPARE(listed.result().value().items.size(), 1);
    QCOMPARE(fake.heldCount(), 0);
}

void TestFakeCloudProvider::canceledHeldCallFinishes()
{
    FakeCloudProvider fake(ConnectionConfig {});
    fake.setHoldCalls(true);
    QFuture<Result<ResourcePage>> listed = fake.list(ResourceKind::Vm, {});
    QCoreApplication::processEvents(); // the watcher is set up on the fake's thread
    listed.cancel();
    QTRY_VERIFY(listed.isFinished());
    QCOMPARE(listed.resultCount(), 0);
    QCOMPARE(fake.heldCount(), 0);
}

void TestFakeCloudProvider::factoryHandsOutTheSameFake()
{
    FakeProviderFactory factory;
    FakeCloudProvider* seeded = factory.provider(QStringLiteral("c1"));
    seeded->addResource(keyPair(QStringLiteral("k1")));
    ConnectionConfig config;
    config.name = QStringLiteral("c1");
    config.provider = QStringLiteral("aws");
    QString error;
    const std::shared_ptr<CloudProvider> made = factory.create(config, &error);
    QCOMPARE(made.get(), static_cast<CloudProvider*>(seeded));
    QCOMPARE(made->connection().provider, QStringLiteral("aws"));
    factory.setUnavailable(QStringLiteral("c1"), QStringLiteral("no driver"));
    QVERIFY(!factory.create(config, &error));
    QCOMPARE(error, QStringLiteral("no driver"));
    QCOMPARE(factory.createCount(QStringLiteral("c1")), 2);
}

QTEST_GUILESS_MAIN(TestFakeCloudProvider)
#include "TestFakeCloudProvider.moc"
