// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's whole lifecycle against the in-process EC2 test server: VPC with a subnet,
// security group with rules, key pair import, VMs (tags, ClientToken retry, paginated list,
// stop/start/reboot/terminate), volumes (create, attach, detach, grow, delete) and the
// clean-up, plus the catalog kinds (regions with zones, specs with GPUs, images).

#include "tests/providers/AwsTestSupport.h"

#include <QSet>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

namespace {

const QString kImageName = QStringLiteral("al2023-ami-2023.4.20240319.1-kernel-6.1-x86_64");
const QString kPublicKey
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl barista@test");

QString tagOf(const Ec2Tags& tags, const QString& key)
{
    return Ec2State::tagValue(tags, key);
}

} // namespace

class TestAwsProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullLifecycle();
    void catalogKinds();
    void imagesByOwnerAndName();

private:
    Resource createVm(const QString& name, const QString& token);
    Ec2RegionState& cloud() { return m_server->state().region(region()); }

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<AwsProvider> m_aws;
    QString m_vpcId;
};

void TestAwsProvider::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_aws = provider(*m_server);
}

void TestAwsProvider::cleanup()
{
    m_aws.reset();
    m_server.reset();
}

Resource TestAwsProvider::createVm(const QString& name, const QString& token)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = kImageName;
    vm.specName = QStringLiteral("t3.micro");
    vm.vpcIid = { QStringLiteral("vpc-one"), QString() }; // by name: the adapter resolves it
    vm.subnetIid = { QStringLiteral("subnet-a"), QString() };
    vm.securityGroupIids = { { QStringLiteral("sg-web"), QString() } };
    vm.keyPairIid = { QStringLiteral("key-one"), QString() };
    vm.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    const Result<Resource> made
        = await(m_aws->create(vm, MutationContext { token, { { QStringLiteral("owner"), QStringLiteral("me") } } }));
    if (!made.ok())
        qWarning() << made.error().toString();
    return made.ok() ? made.value() : Resource();
}

void TestAwsProvider::fullLifecycle()
{
    // VPC with one subnet; tags by TagSpecification; a retry with the same token makes nothing new.
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vpc-one");
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    vpc.subnets = { SubnetInfo { { QStringLiteral("subnet-a"), QString() }, QStringLiteral("ap-northeast-2a"),
        QStringLiteral("10.10.1.0/24"), {} } };
    vpc.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    const MutationContext vpcContext { QStringLiteral("tok-vpc-1"), {} };
    const Result<Resource> madeVpc = await(m_aws->create(vpc, vpcContext));
    QVERIFY2(madeVpc.ok(), why(madeVpc));
    const VpcInfo* gotVpc = madeVpc.value().as<VpcInfo>();
    QVERIFY(gotVpc->iid.systemId.startsWith(QStringLiteral("vpc-")));
    QCOMPARE(gotVpc->iid.nameId, QStringLiteral("vpc-one"));
    QCOMPARE(gotVpc->ipv4Cidr, QStringLiteral("10.10.0.0/16"));
    QCOMPARE(gotVpc->subnets.size(), 1);
    QCOMPARE(gotVpc->subnets.first().iid.nameId, QStringLiteral("subnet-a"));
    QCOMPARE(gotVpc->subnets.first().zone, QStringLiteral("ap-northeast-2a"));
    QCOMPARE(gotVpc->tags, (QMap<QString, QString> { { QStringLiteral("env"), QStringLiteral("test") } }));
    QCOMPARE(gotVpc->extra.value(QLatin1String("clientToken")).toString(), QStringLiteral("tok-vpc-1"));
    m_vpcId = gotVpc->iid.systemId;
    QCOMPARE(tagOf(cloud().vpcs.value(m_vpcId).tags, QStringLiteral("Name")), QStringLiteral("vpc-one"));
    const int vpcCount = int(cloud().vpcs.size());
    const Result<Resource> again = await(m_aws->create(vpc, vpcContext));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again.value().iid().systemId, m_vpcId);
    QCOMPARE(int(cloud().vpcs.size()), vpcCount);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateSubnet")), 1);

    // Security group with two inbound rules, in the VPC named by its name.
    SecurityGroupInfo group;
    group.iid.nameId = QStringLiteral("sg-web");
    group.vpcIid = { QStringLiteral("vpc-one"), QString() };
    group.rules
        = { SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0") },
              SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 80, 80, QStringLiteral("10.0.0.0/8") } };
    const Result<Resource> madeGroup = await(m_aws->create(group, MutationContext { QStringLiteral("tok-sg-1"), {} }));
    QVERIFY2(madeGroup.ok(), why(madeGroup));
    const SecurityGroupInfo* gotGroup = madeGroup.value().as<SecurityGroupInfo>();
    QVERIFY(gotGroup->iid.systemId.startsWith(QStringLiteral("sg-")));
    QCOMPARE(gotGroup->vpcIid.systemId, m_vpcId);
    QVERIFY(gotGroup->rules.contains(group.rules.at(0)));
    QVERIFY(gotGroup->rules.contains(group.rules.at(1)));
    QVERIFY(gotGroup->rules.contains(
        SecurityRule { QStringLiteral("outbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") }));

    // Key pair: our public key imported.
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("key-one");
    key.publicKey = kPublicKey;
    const Result<Resource> madeKey = await(m_aws->create(key, MutationContext { QStringLiteral("tok-key-1"), {} }));
    QVERIFY2(madeKey.ok(), why(madeKey));
    QVERIFY(madeKey.value().as<KeyPairInfo>()->iid.systemId.startsWith(QStringLiteral("key-")));
    QVERIFY(!madeKey.value().as<KeyPairInfo>()->fingerprint.isEmpty());
    QVERIFY(cloud().keyPairs.contains(QStringLiteral("key-one")));

    // A VM: ClientToken and every tag (Name included) reach EC2; a retry gives the same instance.
    const Resource vm = createVm(QStringLiteral("vm-1"), QStringLiteral("tok-vm-1"));
    const VmInfo* gotVm = vm.as<VmInfo>();
    QVERIFY(gotVm);
    const QString vmId = gotVm->iid.systemId;
    QVERIFY(vmId.startsWith(QStringLiteral("i-")));
    QCOMPARE(gotVm->iid.nameId, QStringLiteral("vm-1"));
    QCOMPARE(gotVm->status, VmStatus::Creating);
    QCOMPARE(gotVm->tags.value(QStringLiteral("env")), QStringLiteral("test"));
    QCOMPARE(gotVm->tags.value(QStringLiteral("owner")), QStringLiteral("me"));
    QCOMPARE(gotVm->keyPairIid.nameId, QStringLiteral("key-one"));
    QCOMPARE(gotVm->securityGroupIids, (QList<Iid> { gotGroup->iid }));
    const Ec2Instance instance = cloud().instances.value(vmId);
    QCOMPARE(instance.clientToken, QStringLiteral("tok-vm-1"));
    QCOMPARE(instance.subnetId, gotVpc->subnets.first().iid.systemId);
    QCOMPARE(tagOf(instance.tags, QStringLiteral("Name")), QStringLiteral("vm-1"));
    QCOMPARE(tagOf(instance.tags, QStringLiteral("owner")), QStringLiteral("me"));
    QCOMPARE(createVm(QStringLiteral("vm-1"), QStringLiteral("tok-vm-1")).iid().systemId, vmId);
    QCOMPARE(int(cloud().instances.size()), 1);

    // Six more, then the list over two pages of five.
    QSet<QString> ids { vmId };
    for (int i = 2; i <= 7; ++i)
        ids.insert(createVm(QStringLiteral("vm-%1").arg(i), QStringLiteral("tok-vm-%1").arg(i)).iid().systemId);
    QCOMPARE(ids.size(), 7);
    const Result<ResourcePage> first = await(m_aws->list(ResourceKind::Vm, ListRequest { QString(), 5 }));
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value().items.size(), 5);
    QVERIFY(!first.value().nextPageToken.isEmpty());
    const Result<ResourcePage> second
        = await(m_aws->list(ResourceKind::Vm, ListRequest { first.value().nextPageToken, 5 }));
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(second.value().items.size(), 2);
    QVERIFY(second.value().nextPageToken.isEmpty());
    QSet<QString> listed;
    for (const Resource& r : first.value().items + second.value().items)
        listed.insert(r.iid().systemId);
    QCOMPARE(listed, ids);

    // Get by name and by id; then stop, start and reboot.
    const Result<Resource> running
        = getUntil(*m_aws, ResourceKind::Vm, QStringLiteral("vm-1"), QStringLiteral("Running"));
    QVERIFY2(running.ok(), why(running));
    QCOMPARE(running.value().iid().systemId, vmId);
    QCOMPARE(running.value().as<VmInfo>()->status, VmStatus::Running);
    QVERIFY(!running.value().as<VmInfo>()->privateIp.isEmpty());
    const Iid vmIid { QString(), vmId };
    const Result<Resource> stopping = await(m_aws->control(ResourceKind::Vm, vmIid, ControlAction::Suspend, {}));
    QVERIFY2(stopping.ok(), why(stopping));
    QVERIFY(stopping.value().as<VmInfo>()->status == VmStatus::Suspending
        || stopping.value().as<VmInfo>()->status == VmStatus::Suspended);
    QCOMPARE(getUntil(*m_aws, ResourceKind::Vm, vmId, QStringLiteral("Suspended")).value().statusName(),
        QStringLiteral("Suspended"));
    const Result<Resource> starting = await(m_aws->control(ResourceKind::Vm, vmIid, ControlAction::Resume, {}));
    QVERIFY2(starting.ok(), why(starting));
    QCOMPARE(getUntil(*m_aws, ResourceKind::Vm, vmId, QStringLiteral("Running")).value().statusName(),
        QStringLiteral("Running"));
    const Result<Resource> rebooted = await(m_aws->control(ResourceKind::Vm, vmIid, ControlAction::Reboot, {}));
    QVERIFY2(rebooted.ok(), why(rebooted));
    QCOMPARE(m_server->requestCount(QStringLiteral("RebootInstances")), 1);

    // A volume in the VM's zone: available, attached, detached, grown, deleted.
    DiskInfo disk;
    disk.iid.nameId = QStringLiteral("disk-1");
    disk.sizeGb = 10;
    disk.diskType = QStringLiteral("gp3");
    disk.zone = running.value().as<VmInfo>()->zone;
    const Result<Resource> madeDisk = await(m_aws->create(disk, MutationContext { QStringLiteral("tok-disk-1"), {} }));
    QVERIFY2(madeDisk.ok(), why(madeDisk));
    const QString diskId = madeDisk.value().iid().systemId;
    QVERIFY(diskId.startsWith(QStringLiteral("vol-")));
    QCOMPARE(tagOf(cloud().volumes.value(diskId).tags, QStringLiteral("Name")), QStringLiteral("disk-1"));
    QCOMPARE(getUntil(*m_aws, ResourceKind::Disk, diskId, QStringLiteral("Available")).value().statusName(),
        QStringLiteral("Available"));
    const Result<AnyCallResponse> attached = await(m_aws->anyCall({ QStringLiteral("AttachDisk"),
        { { QStringLiteral("disk"), diskId }, { QStringLiteral("vm"), QStringLiteral("vm-1") } } }));
    QVERIFY2(attached.ok(), why(attached));
    QCOMPARE(attached.value().output.value(QStringLiteral("status")), QStringLiteral("Attached"));
    QCOMPARE(attached.value().output.value(QStringLiteral("ownerVm")), vmId);
    QCOMPARE(cloud().volumes.value(diskId).device, QStringLiteral("/dev/sdf"));
    const Result<AnyCallResponse> detached
        = await(m_aws->anyCall({ QStringLiteral("DetachDisk"), { { QStringLiteral("disk"), diskId } } }));
    QVERIFY2(detached.ok(), why(detached));
    QCOMPARE(getUntil(*m_aws, ResourceKind::Disk, diskId, QStringLiteral("Available")).value().statusName(),
        QStringLiteral("Available"));
    const Result<AnyCallResponse> grown = await(m_aws->anyCall({ QStringLiteral("ResizeDisk"),
        { { QStringLiteral("disk"), QStringLiteral("disk-1") },
            { QStringLiteral("sizeGb"), QStringLiteral("20") } } }));
    QVERIFY2(grown.ok(), why(grown));
    QCOMPARE(grown.value().output.value(QStringLiteral("sizeGb")), QStringLiteral("20"));
    QCOMPARE(cloud().volumes.value(diskId).sizeGiB, 20);
    const Result<Done> diskGone = await(m_aws->remove(ResourceKind::Disk, Iid { QString(), diskId }, {}));
    QVERIFY2(diskGone.ok(), why(diskGone));
    QVERIFY(!cloud().volumes.contains(diskId));

    // A volume created for a VM: the adapter waits for it and attaches it.
    disk.iid.nameId = QStringLiteral("disk-2");
    disk.ownerVm = Iid { QStringLiteral("vm-1"), QString() };
    const Result<Resource> withVm = await(m_aws->create(disk, MutationContext { QStringLiteral("tok-disk-2"), {} }));
    QVERIFY2(withVm.ok(), why(withVm));
    QCOMPARE(withVm.value().as<DiskInfo>()->ownerVm.systemId, vmId);
    QCOMPARE(withVm.value().as<DiskInfo>()->status, DiskStatus::Attached);

    // Terminate every VM (the attached volume is let go), then delete what is left.
    for (const QString& id : std::as_const(ids)) {
        const Result<Resource> ending
            = await(m_aws->control(ResourceKind::Vm, Iid { QString(), id }, ControlAction::Terminate, {}));
        QVERIFY2(ending.ok(), why(ending));
        QCOMPARE(getUntil(*m_aws, ResourceKind::Vm, id, QStringLiteral("Terminated")).value().statusName(),
            QStringLiteral("Terminated"));
    }
    QCOMPARE(getUntil(*m_aws, ResourceKind::Disk, QStringLiteral("disk-2"), QStringLiteral("Available"))
                 .value()
                 .statusName(),
        QStringLiteral("Available"));
    QVERIFY2(await(m_aws->remove(ResourceKind::Disk, Iid { QStringLiteral("disk-2"), QString() }, {})).ok(), "disk-2");
    QVERIFY2(await(m_aws->remove(ResourceKind::SecurityGroup, gotGroup->iid, {})).ok(), "security group");
    QVERIFY2(
        await(m_aws->remove(ResourceKind::KeyPair, Iid { QStringLiteral("key-one"), QString() }, {})).ok(), "key pair");
    const Result<Done> vpcGone
        = await(m_aws->remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-one"), QString() }, {}));
    QVERIFY2(vpcGone.ok(), why(vpcGone));
    QVERIFY(!cloud().vpcs.contains(m_vpcId));
    QVERIFY(!cloud().keyPairs.contains(QStringLiteral("key-one")));
    const Result<Resource> noVpc = await(m_aws->get(ResourceKind::Vpc, m_vpcId));
    QVERIFY(!noVpc.ok());
    QCOMPARE(noVpc.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(noVpc.error().providerCode, QStringLiteral("InvalidVpcID.NotFound"));
}

void TestAwsProvider::catalogKinds()
{
    const Result<ResourcePage> regions = await(m_aws->list(ResourceKind::Region, {}));
    QVERIFY2(regions.ok(), why(regions));
    QCOMPARE(regions.value().items.size(), 6);
    bool sawOwn = false;
    for (const Resource& r : regions.value().items) {
        const RegionInfo* info = r.as<RegionInfo>();
        QCOMPARE(info->provider, QStringLiteral("aws"));
        if (info->name == region()) {
            sawOwn = true;
            QCOMPARE(info->zones.size(), 4);
            QCOMPARE(info->zones.first().name, QStringLiteral("ap-northeast-2a"));
            QCOMPARE(info->zones.first().status, QStringLiteral("Available"));
        }
    }
    QVERIFY(sawOwn);
    // Another region's zones come from a call signed for (and answered by) that region.
    const Result<Resource> oregon = await(m_aws->get(ResourceKind::Region, QStringLiteral("us-west-2")));
    QVERIFY2(oregon.ok(), why(oregon));
    QCOMPARE(oregon.value().as<RegionInfo>()->zones.size(), 3);
    QCOMPARE(m_server->requests().last().region, QStringLiteral("us-west-2"));

    // Specs over pages of five; the GPU type carries its GPU.
    QList<SpecInfo> specs;
    QString token;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(m_aws->list(ResourceKind::Spec, ListRequest { token, 5 }));
        QVERIFY2(page.ok(), why(page));
        for (const Resource& r : page.value().items)
            specs.append(*r.as<SpecInfo>());
        token = page.value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(specs.size(), 13);
    const Result<Resource> gpu = await(m_aws->get(ResourceKind::Spec, QStringLiteral("g4dn.xlarge")));
    QVERIFY2(gpu.ok(), why(gpu));
    const SpecInfo* g4 = gpu.value().as<SpecInfo>();
    QCOMPARE(g4->vcpu, 4);
    QCOMPARE(g4->memoryGiB, 16.0);
    QCOMPARE(g4->gpuCount, 1);
    QCOMPARE(g4->gpuModel, QStringLiteral("NVIDIA T4"));
    QCOMPARE(g4->gpuMemoryGiB, 16.0);
    QCOMPARE(g4->specId(), QStringLiteral("aws+ap-northeast-2+g4dn.xlarge"));
    const Result<Resource> arm = await(m_aws->get(ResourceKind::Spec, QStringLiteral("m6g.large")));
    QVERIFY2(arm.ok(), why(arm));
    QCOMPARE(arm.value().as<SpecInfo>()->architecture, QStringLiteral("arm64"));
    const Result<Resource> noSpec = await(m_aws->get(ResourceKind::Spec, QStringLiteral("x9.huge")));
    QVERIFY(!noSpec.ok());
    QCOMPARE(noSpec.error().providerCode, QStringLiteral("InvalidInstanceType"));

    // Operations not offered say so (Price is listed: TestAwsPricing; only VMs take control actions).
    QVERIFY(!m_aws->capabilities().supports(ResourceKind::Cluster, Operation::Control));
    const Result<Resource> none
        = await(m_aws->control(ResourceKind::Cluster, Iid { QStringLiteral("k"), QString() }, ControlAction::Suspend, {}));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, CloudError::Kind::Unsupported);
    QVERIFY(!none.error().message.isEmpty());
    QVERIFY(m_aws->capabilities().supports(ResourceKind::Vm, Operation::Control));
}

void TestAwsProvider::imagesByOwnerAndName()
{
    const Result<ResourcePage> images = await(m_aws->list(ResourceKind::Image, {}));
    QVERIFY2(images.ok(), why(images));
    QStringList names;
    for (const Resource& r : images.value().items)
        names << r.as<ImageInfo>()->name;
    QCOMPARE(names.size(), 5); // Amazon's two, Canonical's two and Debian's one
    const Result<Resource> windows = await(m_aws->get(ResourceKind::Image, QStringLiteral("ami-0a1b2c3d4e5f60005")));
    QVERIFY2(windows.ok(), why(windows));
    QCOMPARE(windows.value().as<ImageInfo>()->osType, QStringLiteral("Windows"));
    const Result<Resource> ubuntu = await(m_aws->get(
        ResourceKind::Image, QStringLiteral("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301")));
    QVERIFY2(ubuntu.ok(), why(ubuntu));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->id, QStringLiteral("ami-0a1b2c3d4e5f60001"));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->osDistribution, QStringLiteral("Ubuntu"));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->osVersion, QStringLiteral("22.04"));
    // The request asked for these owners only (a name is trusted from them alone).
    const Result<Resource> missing = await(m_aws->get(ResourceKind::Image, QStringLiteral("no-such-image")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestAwsProvider)
#include "TestAwsProvider.moc"
