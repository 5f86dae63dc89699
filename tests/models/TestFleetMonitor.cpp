// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"
#include "models/fleet/FleetMonitor.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QSignalSpy>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

ConnectionConfig connection(const QString& name, const QString& provider, const QString& region)
{
    ConnectionConfig c;
    c.name = name;
    c.driver = QStringLiteral("sim");
    c.provider = provider;
    c.region = region;
    c.zone = region + QLatin1Char('a');
    return c;
}

VmInfo vm(const QString& name, VmStatus status, const QString& spec, const QString& infra = QString())
{
    VmInfo v;
    v.iid.nameId = name;
    v.specName = spec;
    v.status = status;
    if (!infra.isEmpty())
        v.tags.insert(FleetMonitor::infraTagKey(), infra);
    return v;
}

QStringList names(const QList<FleetVm>& vms)
{
    QStringList out;
    for (const FleetVm& v : vms)
        out.append(v.connection + QLatin1Char('/') + v.name);
    return out;
}

const FleetVm* find(const QList<FleetVm>& vms, const QString& name)
{
    for (const FleetVm& v : vms) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestFleetMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refreshListsEveryConnectionOnce();
    void pricesComeFromTheLookupAndUnknownStaysUnknown();
    void olderAnswerIsIgnored();
    void failedListKeepsLastVmsAndReportsError();
    void vmChangeRefreshesOnlyItsConnection();
    void removedConnectionIsForgotten();
    void intervalRefreshes();
    void regionKeyOfFindsCatalogEntry();

private:
    FakeCloudProvider* aws() { return m_factory->provider(QStringLiteral("aws-seoul")); }
    FakeCloudProvider* gcp() { return m_factory->provider(QStringLiteral("gcp-tokyo")); }

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<FleetMonitor> m_monitor;
};

void TestFleetMonitor::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    QVERIFY2(
        m_connections->add(
            connection(QStringLiteral("aws-seoul"), QStringLiteral("aws"), QStringLiteral("ap-northeast-2")), &error),
        qPrintable(error));
    QVERIFY2(
        m_connections->add(
            connection(QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"), QStringLiteral("asia-northeast1")), &error),
        qPrintable(error));
    m_factory = std::make_unique<FakeProviderFactory>();
    aws()->addResource(
        vm(QStringLiteral("web-1"), VmStatus::Running, QStringLiteral("t3.small"), QStringLiteral("shop")));
    aws()->addResource(vm(QStringLiteral("db-1"), VmStatus::Suspended, QStringLiteral("r6i.large")));
    gcp()->addResource(
        vm(QStringLiteral("api-1"), VmStatus::Running, QStringLiteral("e2-small"), QStringLiteral("shop")));

    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_monitor = std::make_unique<FleetMonitor>(m_connections.get(), m_service.get());
}

void TestFleetMonitor::cleanup()
{
    aws()->setHoldCalls(false);
    aws()->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_monitor.reset();
    m_service.reset();
    m_journal.reset();
    m_jobs.reset();
    m_clock.reset();
    m_registry.reset();
    m_factory.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestFleetMonitor::refreshListsEveryConnectionOnce()
{
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    QVERIFY(m_monitor->vms().isEmpty());
    m_monitor->refresh();
    QVERIFY(m_monitor->isRefreshing());
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!m_monitor->isRefreshing());
    const QList<FleetVm> vms = m_monitor->vms();
    // Connection order, then name order.
    QCOMPARE(names(vms),
        QStringList({ QStringLiteral("aws-seoul/db-1"), QStringLiteral("aws-seoul/web-1"),
            QStringLiteral("gcp-tokyo/api-1") }));
    const FleetVm* web = find(vms, QStringLiteral("web-1"));
    QVERIFY(web);
    QCOMPARE(web->provider, QStringLiteral("aws"));
    QCOMPARE(web->region, QStringLiteral("ap-northeast-2"));
    QCOMPARE(web->regionKey, QStringLiteral("aws/ap-northeast-2"));
    QCOMPARE(web->zone, QStringLiteral("ap-northeast-2a")); // the connection's, as the VM has none
    QCOMPARE(web->status, VmStatus::Running);
    QCOMPARE(web->specName, QStringLiteral("t3.small"));
    QCOMPARE(web->infra, QStringLiteral("shop"));
    QVERIFY(!web->systemId.isEmpty());
    QVERIFY(!web->pricePerHour); // no lookup set
    QCOMPARE(find(vms, QStringLiteral("db-1"))->infra, QString());
    QCOMPARE(find(vms, QStringLiteral("db-1"))->status, VmStatus::Suspended);
    QCOMPARE(find(vms, QStringLiteral("api-1"))->regionKey, QStringLiteral("gcp/asia-northeast1"));
    QCOMPARE(aws()->callCount(Operation::List, ResourceKind::Vm), 1);
    QCOMPARE(gcp()->callCount(Operation::List, ResourceKind::Vm), 1);
    // Nothing else arrives later.
    QTest::qWait(50);
    QCOMPARE(changed.count(), 1);
}

void TestFleetMonitor::pricesComeFromTheLookupAndUnknownStaysUnknown()
{
    int lookups = 0;
    QStringList asked;
    m_monitor->setPriceLookup([&](const QString& provider, const QString& region, const QString& spec) {
        ++lookups;
        asked.append(provider + QLatin1Char('+') + region + QLatin1Char('+') + spec);
        if (spec == QLatin1String("t3.small"))
            return std::optional<double>(0.026);
        return std::optional<double>();
    });
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 1);
    const QList<FleetVm> vms = m_monitor->vms();
    QCOMPARE(find(vms, QStringLiteral("web-1"))->pricePerHour, std::optional<double>(0.026));
    QVERIFY(!find(vms, QStringLiteral("api-1"))->pricePerHour.has_value());
    QVERIFY(asked.contains(QStringLiteral("aws+ap-northeast-2+t3.small")));
    QCOMPARE(lookups, 3);

    // Cached: a second refresh asks nothing new; invalidatePrices() asks again.
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(lookups, 3);
    m_monitor->invalidatePrices();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(lookups, 6);
}

void TestFleetMonitor::olderAnswerIsIgnored()
{
    QVERIFY(m_connections->remove(QStringLiteral("gcp-tokyo")));
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    QTRY_COMPARE(changed.count(), 1); // connectionsChanged refreshed (nothing held yet)
    changed.clear();

    aws()->setHoldCalls(true);
    m_monitor->refresh(); // older
    QTRY_COMPARE(aws()->heldCount(), 1);
    aws()->addResource(vm(QStringLiteral("web-2"), VmStatus::Creating, QStringLiteral("t3.small")));
    m_monitor->refresh(); // newer
    QTRY_COMPARE(aws()->heldCount(), 2);

    // The older answer (which already sees web-2: the cloud answers when released) is dropped.
    QCOMPARE(aws()->release(1), 1);
    QTRY_COMPARE(aws()->heldCount(), 1);
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_monitor->isRefreshing());
    QVERIFY(!find(m_monitor->vms(), QStringLiteral("web-2")));

    QCOMPARE(aws()->release(1), 1);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(find(m_monitor->vms(), QStringLiteral("web-2")));
    QVERIFY(!m_monitor->isRefreshing());
}

void TestFleetMonitor::failedListKeepsLastVmsAndReportsError()
{
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_monitor->vms().size(), 3);

    aws()->failNext(Operation::List, 1,
        CloudError::make(CloudError::Kind::Auth, QStringLiteral("AuthFailure"),
            QStringLiteral("AWS was not able to validate the provided access credentials")),
        ResourceKind::Vm);
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(m_monitor->vms().size(), 3); // stale rows beat vanished ones
    const QHash<QString, QString> errors = m_monitor->errors();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.value(QStringLiteral("aws-seoul")).contains(QLatin1String("AuthFailure")));
    QVERIFY(errors.value(QStringLiteral("aws-seoul")).contains(QLatin1String("not able to validate")));

    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 3);
    QVERIFY(m_monitor->errors().isEmpty());
}

void TestFleetMonitor::vmChangeRefreshesOnlyItsConnection()
{
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 1);
    const int gcpLists = gcp()->callCount(Operation::List, ResourceKind::Vm);

    const Resource web = *aws()->resource(ResourceKind::Vm, QStringLiteral("web-1"));
    QFuture<Result<Resource>> done
        = m_service->control(QStringLiteral("aws-seoul"), ResourceKind::Vm, web.iid(), ControlAction::Suspend);
    QVERIFY(Test::waitFor(done));
    QVERIFY(done.result().ok());
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(find(m_monitor->vms(), QStringLiteral("web-1"))->status, VmStatus::Suspended);
    QCOMPARE(gcp()->callCount(Operation::List, ResourceKind::Vm), gcpLists);
    QCOMPARE(m_monitor->vms().size(), 3);
}

void TestFleetMonitor::removedConnectionIsForgotten()
{
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    m_monitor->refresh();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_connections->remove(QStringLiteral("gcp-tokyo")));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(
        names(m_monitor->vms()), QStringList({ QStringLiteral("aws-seoul/db-1"), QStringLiteral("aws-seoul/web-1") }));
}

void TestFleetMonitor::intervalRefreshes()
{
    QCOMPARE(m_monitor->interval(), 0);
    QSignalSpy changed(m_monitor.get(), &FleetMonitor::changed);
    m_monitor->setInterval(20);
    QCOMPARE(m_monitor->interval(), 20);
    QTRY_VERIFY(changed.count() >= 2);
    QVERIFY(aws()->callCount(Operation::List, ResourceKind::Vm) >= 2);
    m_monitor->setInterval(0);
    QCOMPARE(m_monitor->interval(), 0);
}

void TestFleetMonitor::regionKeyOfFindsCatalogEntry()
{
    QCOMPARE(FleetMonitor::regionKeyOf(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")),
        QStringLiteral("aws/ap-northeast-2"));
    QCOMPARE(FleetMonitor::regionKeyOf(QStringLiteral("openstack"), QStringLiteral("RegionOne")),
        QStringLiteral("openstack/RegionOne"));
    // Not in the catalog: the plain key, which the map ignores.
    QCOMPARE(FleetMonitor::regionKeyOf(QStringLiteral("aws"), QStringLiteral("mars-north-1")),
        QStringLiteral("aws/mars-north-1"));

    const QByteArray json = R"({"schemaVersion": 1, "entries": [
        {"id": "openstack-ex01", "provider": "openstack", "regions": [{"name": "RegionTwo", "zones": []}]},
        {"id": "openstack", "provider": "openstack", "regions": [{"name": "RegionOne", "zones": []}]}]})";
    QString error;
    const RegionCatalog catalog = RegionCatalog::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(FleetMonitor::regionKeyOf(QStringLiteral("openstack"), QStringLiteral("RegionTwo"), catalog),
        QStringLiteral("openstack-ex01/RegionTwo"));
    QCOMPARE(FleetMonitor::regionKeyOf(QStringLiteral("openstack"), QStringLiteral("RegionOne"), catalog),
        QStringLiteral("openstack/RegionOne"));
}

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "TestFleetMonitor.moc"
