// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud's resource lifecycles: VM boot and control transitions, termination,
// referential rules on delete, create validation, idempotent creates, disks, images, NLBs, clusters.

#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QTest>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void vmLifecycleAndControl();
    void invalidControlTransitions();
    void vpcDeleteBlockedByVm_data();
    void vpcDeleteBlockedByVm();
    void vmValidation();
    void idempotentCreate();
    void disksImagesNlbCluster();

private:
    std::shared_ptr<SimProvider> provider(const QString& provider = QStringLiteral("aws"),
        const QString& region = QStringLiteral("ap-northeast-2"), const QString& zone = QString());

    std::unique_ptr<ScratchDir> m_dir;
    std::shared_ptr<SimCloud> m_cloud;
};

void TestSimLifecycle::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_cloud = SimCloud::create(m_dir->filePath(QStringLiteral("cloud.sqlite")), fastSettings());
    QVERIFY(m_cloud->isReady());
}

void TestSimLifecycle::cleanup()
{
    m_cloud.reset();
    m_dir.reset();
}

std::shared_ptr<SimProvider> TestSimLifecycle::provider(
    const QString& provider, const QString& region, const QString& zone)
{
    return std::make_shared<SimProvider>(m_cloud, connection(provider, region, zone));
}

void TestSimLifecycle::vmLifecycleAndControl()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    MutationContext ctx;
    ctx.tags.insert(QStringLiteral("barista:intent"), QStringLiteral("42"));
    const Result<Resource> created = await(aws->create(
        vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        ctx));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    const VmInfo vm = *created.value().as<VmInfo>();
    QCOMPARE(vm.status, VmStatus::Creating);
    QVERIFY(vm.iid.systemId.startsWith(QLatin1String("i-")));
    QVERIFY(vm.privateIp.startsWith(QLatin1String("10.10.1.")));
    QVERIFY(!vm.publicIp.isEmpty());
    QCOMPARE(vm.tags.value(QStringLiteral("barista:intent")), QStringLiteral("42"));
    QCOMPARE(vm.vpcIid.nameId, QStringLiteral("vpc-01"));
    QVERIFY(!vm.subnetIid.systemId.isEmpty());

    QCOMPARE(waitForStatus(*aws, ResourceKind::Vm, QStringLiteral("vm-01"), QStringLiteral("Running")),
        QStringLiteral("Running"));

    const Result<Resource> suspending = await(aws->control(ResourceKind::Vm, vm.iid, ControlAction::Suspend, {}));
    QVERIFY(suspending.ok());
    QCOMPARE(suspending.value().as<VmInfo>()->status, VmStatus::Suspending);
    QCOMPARE(waitForStatus(*aws, ResourceKind::Vm, vm.iid.systemId, QStringLiteral("Suspended")),
        QStringLiteral("Suspended"));

    const Result<Resource> resuming = await(aws->control(ResourceKind::Vm, vm.iid, ControlAction::Resume, {}));
    QVERIFY(resuming.ok());
    QCOMPARE(resuming.value().as<VmInfo>()->status, VmStatus::Resuming);
    QCOMPARE(
        waitForStatus(*aws, ResourceKind::Vm, vm.iid.systemId, QStringLiteral("Running")), QStringLiteral("Running"));

    const Result<Resource> rebooting = await(aws->control(ResourceKind::Vm, vm.iid, ControlAction::Reboot, {}));
    QVERIFY(rebooting.ok());
    QCOMPARE(rebooting.value().as<VmInfo>()->status, VmStatus::Rebooting);
    QCOMPARE(
        waitForStatus(*aws, ResourceKind::Vm, vm.iid.systemId, QStringLiteral("Running")), QStringLiteral("Running"));

    // Delete is terminate: the VM stays listed as Terminated for a while, like EC2, then goes.
    QVERIFY(await(aws->remove(ResourceKind::Vm, vm.iid, {})).ok());
    QCOMPARE(waitForStatus(*aws, ResourceKind::Vm, vm.iid.systemId, QStringLiteral("Terminated")),
        QStringLiteral("Terminated"));
    QVERIFY(waitUntilGone(*aws, ResourceKind::Vm, vm.iid.systemId));
    const Result<ResourcePage> listed = await(aws->list(ResourceKind::Vm, {}));
    QVERIFY(listed.ok());
    QVERIFY(listed.value().items.isEmpty());
}

void TestSimLifecycle::invalidControlTransitions()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    const Result<Resource> created = await(aws->create(
        vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        {}));
    QVERIFY(created.ok());
    const Iid iid = created.value().iid();
    QCOMPARE(waitForStatus(*aws, ResourceKind::Vm, iid.systemId, QStringLiteral("Running")), QStringLiteral("Running"));
    const Result<Resource> resume = await(aws->control(ResourceKind::Vm, iid, ControlAction::Resume, {}));
    QVERIFY(!resume.ok());
    QCOMPARE(resume.error().providerCode, QStringLiteral("IncorrectInstanceState"));
    QVERIFY(await(aws->control(ResourceKind::Vm, iid, ControlAction::Suspend, {})).ok());
    QCOMPARE(
        waitForStatus(*aws, ResourceKind::Vm, iid.systemId, QStringLiteral("Suspended")), QStringLiteral("Suspended"));
    const Result<Resource> again = await(aws->control(ResourceKind::Vm, iid, ControlAction::Suspend, {}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(again.error().providerCode, QStringLiteral("IncorrectInstanceState"));
    const Result<Resource> reboot = await(aws->control(ResourceKind::Vm, iid, ControlAction::Reboot, {}));
    QVERIFY(!reboot.ok());

    // A VM still booting cannot be stopped: real-time boot (about 20 s), near-instant answers.
    ScratchDir slowDir;
    SimSettings slowBoot = fastSettings();
    slowBoot.timeScale = 1.0;
    slowBoot.latencyMultiplier = 0.001;
    SimProvider booting(SimCloud::create(slowDir.filePath(QStringLiteral("c.sqlite")), slowBoot),
        connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    QVERIFY(createNetwork(booting));
    const Result<Resource> fresh = await(booting.create(
        vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        {}));
    QVERIFY(fresh.ok());
    const Result<Resource> early
        = await(booting.control(ResourceKind::Vm, fresh.value().iid(), ControlAction::Suspend, {}));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(early.error().providerCode, QStringLiteral("IncorrectInstanceState"));
    QVERIFY(early.error().message.contains(QLatin1String("Creating")));

    // Control is for VMs only; other clouds word the refusal their own way.
    const Result<Resource> vpcControl
        = await(aws->control(ResourceKind::Vpc, Iid { QStringLiteral("vpc-01"), {} }, ControlAction::Reboot, {}));
    QVERIFY(!vpcControl.ok());
    QCOMPARE(vpcControl.error().kind, CloudError::Kind::Unsupported);

    auto azure = provider(QStringLiteral("azure"), QStringLiteral("koreacentral"));
    QVERIFY(createNetwork(*azure));
    const Result<Resource> azVm
        = await(azure->create(vmRequest(QStringLiteral("vm-az"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                  QStringLiteral("key-01"), QStringLiteral("Standard_B2s")),
            {}));
    QVERIFY(azVm.ok());
    QVERIFY(azVm.value().iid().systemId.contains(QLatin1String("/providers/Microsoft.Compute/virtualMachines/vm-az")));
    QCOMPARE(waitForStatus(*azure, ResourceKind::Vm, QStringLiteral("vm-az"), QStringLiteral("Running")),
        QStringLiteral("Running"));
    const Result<Resource> azResume
        = await(azure->control(ResourceKind::Vm, azVm.value().iid(), ControlAction::Resume, {}));
    QVERIFY(!azResume.ok());
    QCOMPARE(azResume.error().providerCode, QStringLiteral("OperationNotAllowed"));
}

void TestSimLifecycle::vpcDeleteBlockedByVm_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("code");
    QTest::newRow("aws") << "aws"
                         << "ap-northeast-2"
                         << "t3.micro"
                         << "DependencyViolation";
    QTest::newRow("azure") << "azure"
                           << "koreacentral"
                           << "Standard_B1s"
                           << "InUseSubnetCannotBeDeleted";
    QTest::newRow("gcp") << "gcp"
                         << "asia-northeast3"
                         << "e2-micro"
                         << "resourceInUseByAnotherResource";
    QTest::newRow("nhn") << "nhn"
                         << "KR1"
                         << "m2.c2m4"
                         << "DependencyViolation";
}

void TestSimLifecycle::vpcDeleteBlockedByVm()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, spec);
    QFETCH(QString, code);
    auto p = this->provider(provider, region);
    QVERIFY(createNetwork(*p));
    const Result<Resource> vm = await(p->create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"),
                                                    QStringLiteral("sg-01"), QStringLiteral("key-01"), spec),
        {}));
    QVERIFY2(vm.ok(), qPrintable(vm.ok() ? QString() : vm.error().toString()));

    const Result<Done> blocked = await(p->remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-01"), {} }, {}));
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(blocked.error().providerCode, code);
    QVERIFY2(blocked.error().message.contains(QLatin1String("vm 'vm-01'")), qPrintable(blocked.error().message));
    QVERIFY2(blocked.error().message.contains(QLatin1String("'vpc-01'")), qPrintable(blocked.error().message));
    QVERIFY(blocked.error().message.contains(QLatin1String("securitygroup 'sg-01'")));

    // The SG is blocked by the VM too, until the VM is fully terminated.
    const Result<Done> sgBlocked
        = await(p->remove(ResourceKind::SecurityGroup, Iid { QStringLiteral("sg-01"), {} }, {}));
    QVERIFY(!sgBlocked.ok());
    QVERIFY(sgBlocked.error().message.contains(QLatin1String("vm 'vm-01'")));

    QVERIFY(await(p->remove(ResourceKind::Vm, vm.value().iid(), {})).ok());
    // Terminated stays listed only briefly at this time scale; on a loaded machine the poll may
    // first see the VM already gone, which is just as terminated.
    const QString after = waitForStatus(*p, ResourceKind::Vm, vm.value().iid().systemId, QStringLiteral("Terminated"));
    QVERIFY2(after == QLatin1String("Terminated") || after.contains(QLatin1String("notfound"), Qt::CaseInsensitive),
        qPrintable(after));
    QVERIFY(await(p->remove(ResourceKind::SecurityGroup, Iid { QStringLiteral("sg-01"), {} }, {})).ok());
    const Result<Done> removed = await(p->remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-01"), {} }, {}));
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().toString()));
}

void TestSimLifecycle::vmValidation()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    const Result<Resource> spec
        = await(aws->create(vmRequest(QStringLiteral("vm-x"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                QStringLiteral("key-01"), QStringLiteral("Standard_B1s")),
            {}));
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(spec.error().message.contains(QLatin1String("Standard_B1s")));

    VmInfo noImage = vmRequest(
        QStringLiteral("vm-x"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01"));
    noImage.imageName.clear();
    const Result<Resource> image = await(aws->create(noImage, {}));
    QVERIFY(!image.ok());
    QCOMPARE(image.error().kind, CloudError::Kind::InvalidRequest);

    VmInfo badSubnet = vmRequest(
        QStringLiteral("vm-x"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01"));
    badSubnet.subnetIid.nameId = QStringLiteral("nope");
    const Result<Resource> subnet = await(aws->create(badSubnet, {}));
    QVERIFY(!subnet.ok());
    QCOMPARE(subnet.error().providerCode, QStringLiteral("InvalidSubnetID.NotFound"));

    const Result<Resource> key = await(aws->create(
        vmRequest(QStringLiteral("vm-x"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-zz")),
        {}));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().providerCode, QStringLiteral("InvalidKeyPair.NotFound"));

    const Result<Resource> sg = await(aws->create(
        vmRequest(QStringLiteral("vm-x"), QStringLiteral("vpc-01"), QStringLiteral("sg-zz"), QStringLiteral("key-01")),
        {}));
    QVERIFY(!sg.ok());
    QCOMPARE(sg.error().providerCode, QStringLiteral("InvalidGroup.NotFound"));

    const Result<ResourcePage> vms = await(aws->list(ResourceKind::Vm, {}));
    QVERIFY(vms.ok());
    QVERIFY(vms.value().items.isEmpty());
}

void TestSimLifecycle::idempotentCreate()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    MutationContext ctx;
    ctx.idempotencyToken = QStringLiteral("intent-7f3a");
    ctx.tags.insert(QStringLiteral("barista:workspace"), QStringLiteral("w1"));
    const VmInfo request = vmRequest(
        QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01"));
    const Result<Resource> first = await(aws->create(request, ctx));
    QVERIFY(first.ok());
    const Result<Resource> retry = await(aws->create(request, ctx));
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().toString()));
    QCOMPARE(retry.value().iid(), first.value().iid());
    QCOMPARE(retry.value().tags().value(QStringLiteral("barista:workspace")), QStringLiteral("w1"));
    QCOMPARE(retry.value().as<VmInfo>()->extra.value(QStringLiteral("clientToken")).toString(), ctx.idempotencyToken);
    const Result<ResourcePage> listed = await(aws->list(ResourceKind::Vm, {}));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().items.size(), 1);

    VmInfo other = request;
    other.specName = QStringLiteral("t3.large");
    const Result<Resource> mismatch = await(aws->create(other, ctx));
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(mismatch.error().providerCode, QStringLiteral("IdempotentParameterMismatch"));
    QCOMPARE(await(aws->list(ResourceKind::Vm, {})).value().items.size(), 1);
}

void TestSimLifecycle::disksImagesNlbCluster()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    const Result<Resource> vm = await(aws->create(
        vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"), QStringLiteral("key-01")),
        {}));
    QVERIFY(vm.ok());

    DiskInfo loose;
    loose.iid.nameId = QStringLiteral("disk-01");
    loose.sizeGb = 50;
    const Result<Resource> disk = await(aws->create(loose, {}));
    QVERIFY(disk.ok());
    QCOMPARE(disk.value().as<DiskInfo>()->diskType, QStringLiteral("gp3"));
    QCOMPARE(disk.value().as<DiskInfo>()->status, DiskStatus::Creating);
    QCOMPARE(waitForStatus(*aws, ResourceKind::Disk, QStringLiteral("disk-01"), QStringLiteral("Available")),
        QStringLiteral("Available"));

    DiskInfo attached = loose;
    attached.iid.nameId = QStringLiteral("disk-02");
    attached.ownerVm = vm.value().iid();
    QVERIFY(await(aws->create(attached, {})).ok());
    QCOMPARE(waitForStatus(*aws, ResourceKind::Disk, QStringLiteral("disk-02"), QStringLiteral("Attached")),
        QStringLiteral("Attached"));
    const Result<Done> inUse = await(aws->remove(ResourceKind::Disk, Iid { QStringLiteral("disk-02"), {} }, {}));
    QVERIFY(!inUse.ok());
    QCOMPARE(inUse.error().providerCode, QStringLiteral("VolumeInUse"));
    DiskInfo badType = loose;
    badType.iid.nameId = QStringLiteral("disk-03");
    badType.diskType = QStringLiteral("pd-ssd");
    QCOMPARE(await(aws->create(badType, {})).error().kind, CloudError::Kind::InvalidRequest);

    QCOMPARE(waitForStatus(*aws, ResourceKind::Vm, QStringLiteral("vm-01"), QStringLiteral("Running")),
        QStringLiteral("Running"));
    MyImageInfo image;
    image.iid.nameId = QStringLiteral("img-01");
    image.sourceVm.nameId = QStringLiteral("vm-01");
    const Result<Resource> myImage = await(aws->create(image, {}));
    QVERIFY(myImage.ok());
    QCOMPARE(myImage.value().as<MyImageInfo>()->status, QStringLiteral("Unavailable"));
    QVERIFY(myImage.value().iid().systemId.startsWith(QLatin1String("ami-")));

    NlbInfo nlb;
    nlb.iid.nameId = QStringLiteral("nlb-01");
    nlb.vpcIid.nameId = QStringLiteral("vpc-01");
    nlb.vms = { Iid { QStringLiteral("vm-01"), {} } };
    const Result<Resource> lb = await(aws->create(nlb, {}));
    QVERIFY(lb.ok());
    QVERIFY(lb.value().as<NlbInfo>()->listenerDnsName.endsWith(QLatin1String(".elb.ap-northeast-2.amazonaws.com")));
    QCOMPARE(lb.value().as<NlbInfo>()->vms.first().systemId, vm.value().iid().systemId);

    // A shorter time scale: a control plane takes minutes even in the sim.
    ScratchDir fastDir;
    SimSettings faster = fastSettings();
    faster.timeScale = 0.0001;
    auto fastCloud = SimCloud::create(fastDir.filePath(QStringLiteral("c.sqlite")), faster);
    SimProvider eks(fastCloud, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    QVERIFY(createNetwork(eks));
    ClusterInfo cluster;
    cluster.iid.nameId = QStringLiteral("k8s-01");
    cluster.vpcIid.nameId = QStringLiteral("vpc-01");
    cluster.subnetIids
        = { Iid { QStringLiteral("vpc-01-subnet-a"), {} }, Iid { QStringLiteral("vpc-01-subnet-b"), {} } };
    NodeGroupInfo group;
    group.iid.nameId = QStringLiteral("ng-01");
    group.specName = QStringLiteral("m5.large");
    group.desiredNodeSize = 2;
    group.maxNodeSize = 3;
    cluster.nodeGroups = { group };
    const Result<Resource> k8s = await(eks.create(cluster, {}));
    QVERIFY2(k8s.ok(), qPrintable(k8s.ok() ? QString() : k8s.error().toString()));
    QCOMPARE(k8s.value().as<ClusterInfo>()->status, ClusterStatus::Creating);
    QCOMPARE(waitForStatus(eks, ResourceKind::Cluster, QStringLiteral("k8s-01"), QStringLiteral("Active")),
        QStringLiteral("Active"));
    const Result<Resource> active = await(eks.get(ResourceKind::Cluster, QStringLiteral("k8s-01")));
    QCOMPARE(active.value().as<ClusterInfo>()->nodeGroups.first().nodes.size(), 2);
    QCOMPARE(active.value().as<ClusterInfo>()->nodeGroups.first().status, ClusterStatus::Active);
    const Result<Done> vpcBlocked = await(eks.remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-01"), {} }, {}));
    QVERIFY(!vpcBlocked.ok());
    QVERIFY(vpcBlocked.error().message.contains(QLatin1String("cluster 'k8s-01'")));
}

QTEST_GUILESS_MAIN(TestSimLifecycle)
#include "TestSimLifecycle.moc"
