// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ResourceTreeModel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Barista;
using Model = ResourceTreeModel;
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

VpcInfo vpc(const QString& name, const QStringList& subnets)
{
    VpcInfo v;
    v.iid.nameId = name;
    v.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    int i = 1;
    for (const QString& s : subnets) {
        SubnetInfo subnet;
        subnet.iid.nameId = s;
        subnet.ipv4Cidr = QStringLiteral("10.0.%1.0/24").arg(i++);
        v.subnets.append(subnet);
    }
    return v;
}

VmInfo vm(const QString& name, const QString& vpcName, const QString& subnet, VmStatus status = VmStatus::Running)
{
    VmInfo v;
    v.iid.nameId = name;
    v.vpcIid.nameId = vpcName;
    v.subnetIid.nameId = subnet;
    v.specName = QStringLiteral("t3.small");
    v.status = status;
    return v;
}

/// Names of the rows under parent (column 0).
QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r)
        names.append(model.index(r, 0, parent).data().toString());
    return names;
}

} // namespace

class TestResourceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void topLevelShowsProvidersAndConnections();
    void regionLoadsLazily();
    void vmAppearsUnderItsSubnet();
    void folderLoadsItsKind();
    void failedListShowsProviderMessage();
    void createAndDeleteUpdateRowsInPlace();
    void controlUpdatesStatusInPlace();
    void connectionChangesUpdateTopLevel();

private:
    void loadRegion(const QString& connection);

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestResourceTreeModel::init()
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
    FakeCloudProvider* aws = m_factory->provider(QStringLiteral("aws-seoul"));
    aws->addResource(vpc(QStringLiteral("net-1"), { QStringLiteral("sub-a"), QStringLiteral("sub-b") }));
    aws->addResource(vm(QStringLiteral("web-1"), QStringLiteral("net-1"), QStringLiteral("sub-b")));
    aws->addResource(vm(QStringLiteral("lost-1"), QString(), QString()));
    SecurityGroupInfo sg;
    sg.iid.nameId = QStringLiteral("sg-web");
    sg.vpcIid.nameId = QStringLiteral("net-1");
    aws->addResource(sg);

    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_model = std::make_unique<Model>(m_connections.get(), m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestResourceTreeModel::cleanup()
{
    // Jobs end before the service goes: a mutation's continuation needs its context alive.
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_tester.reset();
    m_model.reset();
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

void TestResourceTreeModel::loadRegion(const QString& connection)
{
    const QModelIndex region = m_model->regionIndex(connection);
    if (m_model->canFetchMore(region))
        m_model->fetchMore(region);
    QTRY_VERIFY_WITH_TIMEOUT(region.data(Model::LoadedRole).toBool(), 10000);
}

void TestResourceTreeModel::topLevelShowsProvidersAndConnections()
{
    // The tester may already have started loads; the structure above regions is static.
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex aws = m_model->index(0, 0);
    QCOMPARE(aws.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Provider));
    QCOMPARE(aws.data(Model::ProviderRole).toString(), QStringLiteral("aws"));
    QCOMPARE(m_model->index(1, 0).data(Model::ProviderRole).toString(), QStringLiteral("gcp"));
    const QModelIndex conn = m_model->index(0, 0, aws);
    QCOMPARE(conn.data().toString(), QStringLiteral("aws-seoul"));
    QCOMPARE(conn.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Connection));
    const QModelIndex region = m_model->index(0, 0, conn);
    QCOMPARE(region.data().toString(), QStringLiteral("ap-northeast-2"));
    QCOMPARE(region, m_model->regionIndex(QStringLiteral("aws-seoul")));
}

void TestResourceTreeModel::regionLoadsLazily()
{
    // A fresh model without a tester: nothing is listed until someone asks.
    m_tester.reset();
    m_model = std::make_unique<Model>(m_connections.get(), m_service.get());
    FakeCloudProvider* aws = m_factory->provider(QStringLiteral("aws-seoul"));
    aws->resetCounters();
    m_factory->provider(QStringLiteral("gcp-tokyo"))->resetCounters(); // init's tester fetched everything
    aws->setHoldCalls(true);

    QModelIndex region = m_model->regionIndex(QStringLiteral("aws-seoul"));
    QVERIFY(m_model->hasChildren(region));
    QVERIFY(m_model->canFetchMore(region));
    QCOMPARE(m_model->rowCount(region), 0);
    QCOMPARE(aws->callCount(Operation::List), 0);

    m_model->fetchMore(region);
    QVERIFY(!m_model->canFetchMore(region));
    QVERIFY(region.data(Model::LoadingRole).toBool());
    QCOMPARE(m_model->rowCount(region), 0); // no fake "Loading" row
    QTRY_COMPARE(aws->heldCount(), 2); // VPCs and VMs
    QCOMPARE(aws->callCount(Operation::List, ResourceKind::Vpc), 1);
    QCOMPARE(aws->callCount(Operation::List, ResourceKind::Vm), 1);

    aws->release();
    QTRY_VERIFY(!region.data(Model::LoadingRole).toBool());
    region = m_model->regionIndex(QStringLiteral("aws-seoul"));
    QVERIFY(region.data(Model::LoadedRole).toBool());
    QVERIFY(region.data(Model::ErrorRole).toString().isEmpty());
    QCOMPARE(childNames(*m_model, region),
        QStringList({ QStringLiteral("net-1"), QStringLiteral("Security groups"), QStringLiteral("Key pairs"),
            QStringLiteral("Disks"), QStringLiteral("Load balancers"), QStringLiteral("Clusters"),
            QStringLiteral("My images"), QStringLiteral("VMs") }));
    // Folders are lazy in turn: nothing listed for them yet.
    QCOMPARE(aws->callCount(Operation::List, ResourceKind::SecurityGroup), 0);
    QVERIFY(m_model->canFetchMore(m_model->folderIndex(QStringLiteral("aws-seoul"), ResourceKind::SecurityGroup)));
    // The other connection was never expanded and never listed.
    QCOMPARE(m_factory->provider(QStringLiteral("gcp-tokyo"))->callCount(Operation::List), 0);
}

void TestResourceTreeModel::vmAppearsUnderItsSubnet()
{
    loadRegion(QStringLiteral("aws-seoul"));
    const QModelIndex region = m_model->regionIndex(QStringLiteral("aws-seoul"));
    const QModelIndex net = m_model->index(0, 0, region);
    QCOMPARE(net.data().toString(), QStringLiteral("net-1"));
    QCOMPARE(net.data(Model::KindRole).toInt(), int(ResourceKind::Vpc));
    QCOMPARE(m_model->index(0, Model::DetailsColumn, region).data().toString(), QStringLiteral("10.0.0.0/16"));
    QCOMPARE(childNames(*m_model, net), QStringList({ QStringLiteral("sub-a"), QStringLiteral("sub-b") }));

    const QModelIndex subA = m_model->index(0, 0, net);
    const QModelIndex subB = m_model->index(1, 0, net);
    QCOMPARE(subB.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Subnet));
    QCOMPARE(m_model->rowCount(subA), 0);
    QCOMPARE(childNames(*m_model, subB), QStringList({ QStringLiteral("web-1") }));
    const QModelIndex web = m_model->index(0, 0, subB);
    QCOMPARE(web.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Resource));
    QCOMPARE(web.data(Model::KindRole).toInt(), int(ResourceKind::Vm));
    QCOMPARE(web.data(Model::StatusRole).toString(), QStringLiteral("Running"));
    QCOMPARE(m_model->index(0, Model::StatusColumn, subB).data().toString(), QStringLiteral("Running"));
    QVERIFY(!web.data(Model::SystemIdRole).toString().isEmpty()); // the cloud assigned one
    QCOMPARE(web.data(Model::ResourceJsonRole).toJsonObject().value(QStringLiteral("specName")).toString(),
        QStringLiteral("t3.small"));
    QCOMPARE(m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("web-1")), web);

    // The VM without a subnet goes to the "VMs" folder, and only it.
    const QModelIndex vms = m_model->folderIndex(QStringLiteral("aws-seoul"), ResourceKind::Vm);
    QVERIFY(vms.isValid());
    QCOMPARE(childNames(*m_model, vms), QStringList({ QStringLiteral("lost-1") }));
}

void TestResourceTreeModel::folderLoadsItsKind()
{
    loadRegion(QStringLiteral("aws-seoul"));
    const QModelIndex folder = m_model->folderIndex(QStringLiteral("aws-seoul"), ResourceKind::SecurityGroup);
    QVERIFY(folder.isValid());
    QCOMPARE(folder.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Folder));
    if (m_model->canFetchMore(folder))
        m_model->fetchMore(folder);
    QTRY_VERIFY(folder.data(Model::LoadedRole).toBool());
    QCOMPARE(childNames(*m_model, folder), QStringList({ QStringLiteral("sg-web") }));
    QCOMPARE(m_model->index(0, 0, folder).data(Model::KindRole).toInt(), int(ResourceKind::SecurityGroup));

    // An empty kind loads to an empty folder that has no expander.
    const QModelIndex disks = m_model->folderIndex(QStringLiteral("aws-seoul"), ResourceKind::Disk);
    if (m_model->canFetchMore(disks))
        m_model->fetchMore(disks);
    QTRY_VERIFY(disks.data(Model::LoadedRole).toBool());
    QCOMPARE(m_model->rowCount(disks), 0);
    QVERIFY(!m_model->hasChildren(disks));
}

void TestResourceTreeModel::failedListShowsProviderMessage()
{
    // AuthFailure is never retried, so the list fails at once with the cloud's words. The
    // script is set before the model exists, as the tester fetches everything it can.
    const QString message = QStringLiteral("AWS was not able to validate the provided access credentials");
    FakeCloudProvider* gcp = m_factory->provider(QStringLiteral("gcp-tokyo"));
    gcp->failNext(Operation::List, 1, CloudError::make(CloudError::Kind::Auth, QStringLiteral("AuthFailure"), message),
        ResourceKind::Vpc);
    m_tester.reset();
    m_model = std::make_unique<Model>(m_connections.get(), m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QModelIndex region = m_model->regionIndex(QStringLiteral("gcp-tokyo"));
    if (m_model->canFetchMore(region))
        m_model->fetchMore(region);
    QTRY_VERIFY_WITH_TIMEOUT(!region.data(Model::ErrorRole).toString().isEmpty(), 10000);
    QCOMPARE(region.data(Model::ErrorRole).toString(), message);
    QCOMPARE(region.data(Model::ErrorCodeRole).toString(), QStringLiteral("AuthFailure"));
    QVERIFY(!region.data(Model::LoadingRole).toBool());
    QVERIFY(region.data(Qt::ToolTipRole).toString().contains(message));
    QCOMPARE(
        m_model->index(region.row(), Model::StatusColumn, region.parent()).data().toString(), QStringLiteral("Error"));
    // A failed node does not refetch by itself (views would loop); refresh() tries again.
    QVERIFY(!m_model->canFetchMore(region));

    m_model->refresh(region);
    QTRY_VERIFY(region.data(Model::LoadedRole).toBool() && !region.data(Model::LoadingRole).toBool()
        && region.data(Model::ErrorRole).toString().isEmpty());
}

void TestResourceTreeModel::createAndDeleteUpdateRowsInPlace()
{
    loadRegion(QStringLiteral("aws-seoul"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex web(
        m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("web-1")));
    QVERIFY(web.isValid());

    // Create a VM in sub-a through the service: it appears there, and web-1 keeps its index.
    auto created = m_service->create(
        QStringLiteral("aws-seoul"), vm(QStringLiteral("api-1"), QStringLiteral("net-1"), QStringLiteral("sub-a")));
    QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 10000);
    QVERIFY(created.result().ok());
    QTRY_VERIFY(
        m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("api-1")).isValid());
    const QModelIndex api
        = m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("api-1"));
    QCOMPARE(api.parent().data().toString(), QStringLiteral("sub-a"));
    QVERIFY(web.isValid());
    QCOMPARE(web.data().toString(), QStringLiteral("web-1"));
    QVERIFY(inserted.count() >= 1);

    // Delete web-1: its row goes, nothing else moves.
    auto deleted
        = m_service->remove(QStringLiteral("aws-seoul"), ResourceKind::Vm, Iid { QStringLiteral("web-1"), {} });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.isFinished(), 10000);
    QVERIFY(deleted.result().ok());
    QTRY_VERIFY(!web.isValid());
    QVERIFY(removed.count() >= 1);
    QVERIFY(m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("api-1")).isValid());

    // A folder that was loaded follows its kind too.
    const QModelIndex keys = m_model->folderIndex(QStringLiteral("aws-seoul"), ResourceKind::KeyPair);
    m_model->fetchMore(keys);
    QTRY_VERIFY(keys.data(Model::LoadedRole).toBool());
    QCOMPARE(m_model->rowCount(keys), 0);
    KeyPairInfo kp;
    kp.iid.nameId = QStringLiteral("deploy");
    auto kpCreated = m_service->create(QStringLiteral("aws-seoul"), kp);
    QTRY_COMPARE(m_model->rowCount(keys), 1);
    QCOMPARE(m_model->index(0, 0, keys).data().toString(), QStringLiteral("deploy"));
    QCOMPARE(resets.count(), 0);
}

void TestResourceTreeModel::controlUpdatesStatusInPlace()
{
    loadRegion(QStringLiteral("aws-seoul"));
    const QPersistentModelIndex web(
        m_model->findResource(QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("web-1")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_service->control(
        QStringLiteral("aws-seoul"), ResourceKind::Vm, Iid { QStringLiteral("web-1"), {} }, ControlAction::Suspend);
    QTRY_COMPARE_WITH_TIMEOUT(web.data(Model::StatusRole).toString(), QStringLiteral("Suspended"), 10000);
    QVERIFY(web.isValid());
    QCOMPARE(removed.count(), 0);
    bool sawWeb = false;
    for (const auto& args : changed)
        sawWeb = sawWeb || args.at(0).toModelIndex() == QModelIndex(web);
    QVERIFY(sawWeb);
}

void TestResourceTreeModel::connectionChangesUpdateTopLevel()
{
    QString error;
    QVERIFY(m_connections->add(
        connection(QStringLiteral("aws-tokyo"), QStringLiteral("aws"), QStringLiteral("ap-northeast-1")), &error));
    const QModelIndex aws = m_model->index(0, 0);
    QCOMPARE(childNames(*m_model, aws), QStringList({ QStringLiteral("aws-seoul"), QStringLiteral("aws-tokyo") }));
    QVERIFY(m_connections->remove(QStringLiteral("gcp-tokyo"), &error));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->regionIndex(QStringLiteral("gcp-tokyo")).isValid());
}

QTEST_GUILESS_MAIN(TestResourceTreeModel)
#include "TestResourceTreeModel.moc"
