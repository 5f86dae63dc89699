// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenStack adapter's whole lifecycle on a REAL OpenStack (../shared/devcloud: Keystone, Nova
// with the fake virt driver, Neutron, Glance, Cinder on loopback): network + subnet, security group
// + rule, key pair import, VM create -> Running, list/get, stop/start/reboot, volume create /
// attach / detach / extend / delete, VM delete; everything made is deleted again, also on failure.
// Credentials: OS_AUTH_URL & co. from the environment, else /tmp/devcloud/clouds.yaml (cloud
// "devcloud-demo"). Without a reachable cloud it skips, unless BARISTA_DEVCLOUD=1 (CI): then it fails.

#include "providers/BuiltinProviderFactory.h"
#include "providers/openstack/OpenStackProvider.h"
#include "providers/ssh/OpenSslSshKeyFactory.h"
#include "tests/providers/DevcloudClouds.h"
#include "tests/providers/ResultText.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace Barista;
using Barista::Test::why;
using Barista::Test::ScratchDir;

namespace {

constexpr int kSettleMs = 180000;

} // namespace

class TestOpenStackDevcloud : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testCatalog();
    void testNetwork();
    void testSecurityGroup();
    void testKeyPair();
    void testVmCreate();
    void testVmControl();
    void testDisk();
    void testMyImage();
    void testVmDelete();

private:
    template<typename T>
    Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 60000);
    /// Polls get() until done(resource) or the kind's NotFound (gone = true); false on timeout.
    bool settle(ResourceKind kind, const QString& id, const std::function<bool(const Resource&)>& done,
                bool gone = false);
    MutationContext context(const QString& step) const;

    ScratchDir m_workspace;
    std::unique_ptr<BuiltinProviderFactory> m_factory;
    std::shared_ptr<CloudProvider> m_cloud;
    QString m_run; ///< unique prefix of everything this run makes
    Iid m_vpc, m_group, m_key, m_vm, m_disk, m_image;
};

template<typename T>
Result<T> TestOpenStackDevcloud::await(const QFuture<Result<T>>& future, int timeoutMs)
{
    if (!Test::waitFor(future, timeoutMs))
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer in time"));
    return future.result();
}

MutationContext TestOpenStackDevcloud::context(const QString& step) const
{
    return MutationContext { m_run + QLatin1Char('-') + step,
        { { QStringLiteral("barista-test"), m_run }, { QStringLiteral("barista-step"), step } } };
}

bool TestOpenStackDevcloud::settle(
    ResourceKind kind, const QString& id, const std::function<bool(const Resource&)>& done, bool gone)
{
    QDeadlineTimer deadline(kSettleMs);
    while (!deadline.hasExpired()) {
        const Result<Resource> now = await(m_cloud->get(kind, id));
        if (gone && !now.ok() && now.error().kind == CloudError::Kind::NotFound)
            return true;
        if (!gone && now.ok() && done(now.value()))
            return true;
        if (!now.ok() && now.error().kind != CloudError::Kind::NotFound && !now.error().isRetryable())
            qWarning().noquote() << "while waiting:" << now.error().toString();
        QTest::qWait(500);
    }
    return false;
}

void TestOpenStackDevcloud::initTestCase()
{
    if (const QString why = Test::exportDevcloudCredentials(); !why.isEmpty())
        BARISTA_DEVCLOUD_MISSING(why);
    QVERIFY(m_workspace.isValid());
    m_factory = std::make_unique<BuiltinProviderFactory>(m_workspace.path());
    QString error;
    m_cloud = m_factory->create(Test::devcloudConnection(), &error);
    QVERIFY2(m_cloud, qPrintable(error));

    const Result<ResourcePage> regions = await(m_cloud->list(ResourceKind::Region, ListRequest {}));
    if (!regions.ok()) {
        const QString why = QStringLiteral("the OpenStack at %1 is not usable: %2")
                                .arg(qEnvironmentVariable("OS_AUTH_URL"), regions.error().toString());
        BARISTA_DEVCLOUD_MISSING(why);
    }
    m_run = QStringLiteral("bc-it-%1").arg(QRandomGenerator::global()->bounded(1u << 30), 0, 36);
    qInfo().noquote() << "run prefix" << m_run;
}

void TestOpenStackDevcloud::cleanupTestCase()
{
    if (m_run.isEmpty()) { // skipped or failed before anything was made
        m_cloud.reset();
        return;
    }
    // Whatever this run left (what the steps recorded, and anything named with the run's prefix,
    // e.g. a VM whose create failed after the POST), dependants first; each delete is retried
    // while its dependants go away (a volume still detaching, the port of a deleted VM).
    const auto removeAndWait = [this](ResourceKind kind, const Iid& iid) {
        QDeadlineTimer deadline(kSettleMs);
        for (;;) {
            const Result<Done> removed = await(m_cloud->remove(kind, iid, MutationContext {}));
            if (removed.ok() || removed.error().kind == CloudError::Kind::NotFound || deadline.hasExpired()) {
                if (!removed.ok() && removed.error().kind != CloudError::Kind::NotFound)
                    qWarning().noquote() << "cleanup of" << iid.nameId << "failed:" << removed.error().toString();
                break;
            }
            QTest::qWait(1000);
        }
        if (kind == ResourceKind::Vm || kind == ResourceKind::Disk || kind == ResourceKind::MyImage)
            settle(kind, iid.systemId.isEmpty() ? iid.nameId : iid.systemId, {}, true);
    };
    const std::pair<ResourceKind, Iid> order[] = { { ResourceKind::MyImage, m_image }, { ResourceKind::Disk, m_disk },
        { ResourceKind::Vm, m_vm },
        { ResourceKind::KeyPair, m_key }, { ResourceKind::SecurityGroup, m_group }, { ResourceKind::Vpc, m_vpc } };
    for (const auto& [kind, recorded] : order) {
        QList<Iid> targets;
        if (!recorded.isEmpty())
            targets.append(recorded);
        const Result<ResourcePage> listed = await(m_cloud->list(kind, ListRequest {}));
        if (listed.ok()) {
            for (const Resource& r : listed.value().items) {
                if (r.iid().nameId.startsWith(m_run) && r.iid().systemId != recorded.systemId)
                    targets.append(r.iid());
            }
        }
        for (const Iid& iid : targets)
            removeAndWait(kind, iid);
    }
    // Nothing of this run may be left.
    for (ResourceKind kind : { ResourceKind::MyImage, ResourceKind::Vm, ResourceKind::Disk, ResourceKind::KeyPair,
             ResourceKind::Vpc, ResourceKind::SecurityGroup }) {
        const Result<ResourcePage> left = await(m_cloud->list(kind, ListRequest {}));
        QVERIFY2(left.ok(), why(left).constData());
        for (const Resource& r : left.value().items)
            QVERIFY2(!r.iid().nameId.startsWith(m_run), qPrintable(r.iid().nameId));
    }
    m_cloud.reset();
    QVERIFY(BuiltinProviderFactory::waitUntilProvidersReleased(10000));
}

void TestOpenStackDevcloud::testCatalog()
{
    const Result<ResourcePage> regions = await(m_cloud->list(ResourceKind::Region, ListRequest {}));
    QVERIFY2(regions.ok(), why(regions).constData());
    const Result<Resource> region = await(m_cloud->get(ResourceKind::Region, m_cloud->connection().region));
    QVERIFY2(region.ok(), why(region).constData());
    QVERIFY(!region.value().as<RegionInfo>()->zones.isEmpty());
    QCOMPARE(region.value().as<RegionInfo>()->zones.first().name, QStringLiteral("nova"));

    const Result<Resource> tiny = await(m_cloud->get(ResourceKind::Spec, QStringLiteral("m1.tiny")));
    QVERIFY2(tiny.ok(), why(tiny).constData());
    QCOMPARE(tiny.value().as<SpecInfo>()->vcpu, 1);
    QVERIFY(tiny.value().as<SpecInfo>()->memoryGiB > 0);
    const Result<ResourcePage> specs = await(m_cloud->list(ResourceKind::Spec, ListRequest {}));
    QVERIFY(specs.ok() && specs.value().items.size() >= 2);

    const Result<Resource> image = await(m_cloud->get(ResourceKind::Image, QStringLiteral("tiny-raw")));
    QVERIFY2(image.ok(), why(image).constData());
    QCOMPARE(image.value().as<ImageInfo>()->status, QStringLiteral("Available"));

    const Result<AnyCallResponse> quota = await(m_cloud->anyCall(AnyCallRequest { QStringLiteral("GetQuota"), {} }));
    QVERIFY2(quota.ok(), why(quota).constData());
    QVERIFY(quota.value().output.value(QStringLiteral("vcpuLimit")).toInt() != 0);
}

void TestOpenStackDevcloud::testNetwork()
{
    VpcInfo vpc;
    vpc.iid.nameId = m_run + QStringLiteral("-vpc");
    vpc.ipv4Cidr = QStringLiteral("10.77.0.0/16");
    SubnetInfo subnet;
    subnet.iid.nameId = m_run + QStringLiteral("-subnet");
    subnet.ipv4Cidr = QStringLiteral("10.77.1.0/24");
    vpc.subnets = { subnet };
    const Result<Resource> created = await(m_cloud->create(vpc, context(QStringLiteral("vpc"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_vpc = created.value().iid();
    const VpcInfo* info = created.value().as<VpcInfo>();
    QVERIFY(!m_vpc.systemId.isEmpty());
    QCOMPARE(info->ipv4Cidr, vpc.ipv4Cidr);
    QCOMPARE(info->subnets.size(), 1);
    QCOMPARE(info->subnets.first().ipv4Cidr, subnet.ipv4Cidr);
    QCOMPARE(info->tags.value(QStringLiteral("barista-test")), m_run);
    // A retried create (same token) is the same network.
    const Result<Resource> again = await(m_cloud->create(vpc, context(QStringLiteral("vpc"))));
    QVERIFY(again.ok());
    QCOMPARE(again.value().iid().systemId, m_vpc.systemId);
    const Result<Resource> byName = await(m_cloud->get(ResourceKind::Vpc, vpc.iid.nameId));
    QVERIFY(byName.ok());
    QCOMPARE(byName.value().iid().systemId, m_vpc.systemId);
}

void TestOpenStackDevcloud::testSecurityGroup()
{
    SecurityGroupInfo group;
    group.iid.nameId = m_run + QStringLiteral("-sg");
    group.vpcIid = m_vpc;
    group.rules = { SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0") },
        SecurityRule { QStringLiteral("outbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") } };
    const Result<Resource> created = await(m_cloud->create(group, context(QStringLiteral("sg"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_group = created.value().iid();
    const SecurityGroupInfo* info = created.value().as<SecurityGroupInfo>();
    QVERIFY(info->rules.contains(group.rules.first()));
    QVERIFY(info->rules.contains(group.rules.last())); // Neutron's default egress rule, not an error
    QCOMPARE(info->vpcIid.systemId, m_vpc.systemId);
    QCOMPARE(info->tags.value(QStringLiteral("barista-step")), QStringLiteral("sg"));
}

void TestOpenStackDevcloud::testKeyPair()
{
    OpenSslSshKeyFactory keys;
    const Result<SshKeyPair> pair = keys.generate(m_run);
    QVERIFY(pair.ok());
    KeyPairInfo key;
    key.iid.nameId = m_run + QStringLiteral("-key");
    key.publicKey = pair.value().publicKey;
    const Result<Resource> created = await(m_cloud->create(key, context(QStringLiteral("key"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_key = created.value().iid();
    const Result<Resource> fetched = await(m_cloud->get(ResourceKind::KeyPair, key.iid.nameId));
    QVERIFY2(fetched.ok(), why(fetched).constData());
    QVERIFY(!fetched.value().as<KeyPairInfo>()->fingerprint.isEmpty());
    QCOMPARE(fetched.value().as<KeyPairInfo>()->publicKey.section(QLatin1Char(' '), 0, 1),
        pair.value().publicKey.section(QLatin1Char(' '), 0, 1));
}

void TestOpenStackDevcloud::testVmCreate()
{
    QVERIFY(!m_vpc.isEmpty() && !m_group.isEmpty() && !m_key.isEmpty());
    VmInfo vm;
    vm.iid.nameId = m_run + QStringLiteral("-vm");
    vm.imageName = QStringLiteral("tiny-raw");
    vm.specName = QStringLiteral("m1.tiny");
    vm.vpcIid = m_vpc;
    vm.securityGroupIids = { m_group };
    vm.keyPairIid = m_key;
    const Result<Resource> created = await(m_cloud->create(vm, context(QStringLiteral("vm"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_vm = created.value().iid();
    QVERIFY(!m_vm.systemId.isEmpty());
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, [](const Resource& r) { return r.as<VmInfo>()->status == VmStatus::Running; }));
    const Result<Resource> running = await(m_cloud->get(ResourceKind::Vm, vm.iid.nameId));
    QVERIFY(running.ok());
    const VmInfo* info = running.value().as<VmInfo>();
    QCOMPARE(info->specName, QStringLiteral("m1.tiny"));
    QCOMPARE(info->keyPairIid.nameId, m_key.nameId);
    QVERIFY(info->privateIp.startsWith(QLatin1String("10.77.1.")));
    QCOMPARE(info->tags.value(QStringLiteral("barista-test")), m_run);
    bool listed = false;
    const Result<ResourcePage> all = await(m_cloud->list(ResourceKind::Vm, ListRequest {}));
    QVERIFY(all.ok());
    for (const Resource& r : all.value().items)
        listed = listed || r.iid().systemId == m_vm.systemId;
    QVERIFY(listed);
}

void TestOpenStackDevcloud::testVmControl()
{
    QVERIFY(!m_vm.isEmpty());
    const auto is = [](VmStatus wanted) { return [wanted](const Resource& r) { return r.as<VmInfo>()->status == wanted; }; };
    QVERIFY2(await(m_cloud->control(ResourceKind::Vm, m_vm, ControlAction::Suspend, {})).ok(), "stop");
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, is(VmStatus::Suspended)));
    const Result<Resource> stopped = await(m_cloud->get(ResourceKind::Vm, m_vm.systemId));
    QCOMPARE(stopped.value().as<VmInfo>()->extra.value(QLatin1String("status")).toString(), QStringLiteral("SHUTOFF"));
    QVERIFY2(await(m_cloud->control(ResourceKind::Vm, m_vm, ControlAction::Resume, {})).ok(), "start");
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, is(VmStatus::Running)));
    const Result<Resource> rebooted = await(m_cloud->control(ResourceKind::Vm, m_vm, ControlAction::Reboot, {}));
    QVERIFY2(rebooted.ok(), why(rebooted).constData());
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, is(VmStatus::Running)));
}

void TestOpenStackDevcloud::testDisk()
{
    QVERIFY(!m_vm.isEmpty());
    DiskInfo disk;
    disk.iid.nameId = m_run + QStringLiteral("-disk");
    disk.sizeGb = 1;
    const Result<Resource> created = await(m_cloud->create(disk, context(QStringLiteral("disk"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_disk = created.value().iid();
    QCOMPARE(created.value().tags().value(QStringLiteral("barista-step")), QStringLiteral("disk"));
    const auto status = [](DiskStatus wanted) { return [wanted](const Resource& r) { return r.as<DiskInfo>()->status == wanted; }; };
    QVERIFY(settle(ResourceKind::Disk, m_disk.systemId, status(DiskStatus::Available)));

    const QMap<QString, QString> ids { { QStringLiteral("disk"), m_disk.systemId }, { QStringLiteral("vm"), m_vm.systemId } };
    const Result<AnyCallResponse> attached = await(m_cloud->anyCall(AnyCallRequest { QStringLiteral("AttachDisk"), ids }));
    QVERIFY2(attached.ok(), why(attached).constData());
    QVERIFY(settle(ResourceKind::Disk, m_disk.systemId, [this](const Resource& r) {
        return r.as<DiskInfo>()->status == DiskStatus::Attached && r.as<DiskInfo>()->ownerVm.systemId == m_vm.systemId;
    }));
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, [this](const Resource& r) {
        return r.as<VmInfo>()->dataDiskIids.contains(Iid { QString(), m_disk.systemId });
    }));

    const Result<AnyCallResponse> detached = await(m_cloud->anyCall(
        AnyCallRequest { QStringLiteral("DetachDisk"), { { QStringLiteral("disk"), m_disk.systemId } } }));
    QVERIFY2(detached.ok(), why(detached).constData());
    QVERIFY(settle(ResourceKind::Disk, m_disk.systemId, status(DiskStatus::Available)));

    const Result<AnyCallResponse> resized = await(m_cloud->anyCall(AnyCallRequest {
        QStringLiteral("ResizeDisk"), { { QStringLiteral("disk"), m_disk.systemId }, { QStringLiteral("sizeGb"), QStringLiteral("2") } } }));
    QVERIFY2(resized.ok(), why(resized).constData());
    // Cinder took the os-extend (202). The devcloud's fake volume backend cannot grow a volume
    // (FakeBrickLVM has no extend_volume), so there the volume ends in error_extending; a real
    // backend ends available with the new size. Anything else fails.
    QString outcome;
    QVERIFY(settle(ResourceKind::Disk, m_disk.systemId, [&outcome](const Resource& r) {
        outcome = r.as<DiskInfo>()->extra.value(QLatin1String("status")).toString();
        return (r.as<DiskInfo>()->sizeGb == 2 && outcome == QLatin1String("available"))
            || outcome == QLatin1String("error_extending");
    }));
    if (outcome == QLatin1String("error_extending"))
        qInfo("the devcloud's fake volume driver cannot extend volumes: resize sent and accepted, not carried out");

    const Result<Done> removed = await(m_cloud->remove(ResourceKind::Disk, m_disk, {}));
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(settle(ResourceKind::Disk, m_disk.systemId, {}, true));
    m_disk = Iid();
}

void TestOpenStackDevcloud::testMyImage()
{
    QVERIFY(!m_vm.isEmpty());
    MyImageInfo missing;
    missing.iid.nameId = m_run + QStringLiteral("-lost");
    missing.sourceVm = Iid { QString(), QStringLiteral("00000000-0000-4000-8000-000000000000") };
    const Result<Resource> refused = await(m_cloud->create(missing, context(QStringLiteral("lost"))));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::NotFound);

    // Nova's createImage snapshots the VM into Glance (the fake virt driver uploads 1 MiB).
    MyImageInfo image;
    image.iid.nameId = m_run + QStringLiteral("-image");
    image.sourceVm = Iid { m_vm.nameId, QString() }; // by name, as the CLI passes it
    const Result<Resource> created = await(m_cloud->create(image, context(QStringLiteral("image"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_image = created.value().iid();
    QVERIFY(!m_image.systemId.isEmpty());
    QVERIFY(settle(ResourceKind::MyImage, m_image.systemId,
        [](const Resource& r) { return r.as<MyImageInfo>()->status == QLatin1String("Available"); }));
    const Result<Resource> byName = await(m_cloud->get(ResourceKind::MyImage, image.iid.nameId));
    QVERIFY2(byName.ok(), why(byName).constData());
    const MyImageInfo* info = byName.value().as<MyImageInfo>();
    QCOMPARE(info->iid.systemId, m_image.systemId);
    QCOMPARE(info->sourceVm.systemId, m_vm.systemId);
    QCOMPARE(info->tags.value(QStringLiteral("barista-step")), QStringLiteral("image"));
    bool listed = false;
    const Result<ResourcePage> all = await(m_cloud->list(ResourceKind::MyImage, ListRequest {}));
    QVERIFY2(all.ok(), why(all).constData());
    for (const Resource& r : all.value().items) {
        listed = listed || r.iid().systemId == m_image.systemId;
        QVERIFY2(r.iid().nameId != QLatin1String("tiny-raw"), "a public image listed as the user's own");
    }
    QVERIFY(listed);

    const Result<Done> removed = await(m_cloud->remove(ResourceKind::MyImage, Iid { image.iid.nameId, QString() }, {}));
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(settle(ResourceKind::MyImage, m_image.systemId, {}, true));
    m_image = Iid();
}

void TestOpenStackDevcloud::testVmDelete()
{
    QVERIFY(!m_vm.isEmpty());
    const Result<Done> removed = await(m_cloud->remove(ResourceKind::Vm, m_vm, {}));
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(settle(ResourceKind::Vm, m_vm.systemId, {}, true));
    const Result<Resource> gone = await(m_cloud->get(ResourceKind::Vm, m_vm.systemId));
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    m_vm = Iid();
}

QTEST_GUILESS_MAIN(TestOpenStackDevcloud)
#include "TestOpenStackDevcloud.moc"
