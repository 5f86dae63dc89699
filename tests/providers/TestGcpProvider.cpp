// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP adapter's whole lifecycle against the in-process GCP test server: custom-mode network
// with a subnetwork (requestId retry makes nothing new), security group as firewall rules bound
// by a target tag, key pair in the project's ssh-keys metadata, VMs (labels, ssh-keys injected,
// paginated list, stop/start/reset/delete with status mapped), disks (create, attach, detach,
// grow, delete) and the clean-up; plus the catalog kinds (regions with zones, machine types with
// GPUs, images of the public projects, paged).

#include "providers/gcp/GcpCompute.h"
#include "tests/providers/GcpTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

const QString kImage = QStringLiteral("debian-12-bookworm-v20240312");
const QString kPublicKey
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl barista@test");

} // namespace

class TestGcpProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullLifecycle();
    void catalogKinds();

private:
    Resource createVm(const QString& name, const QString& token);
    QJsonObject server(const QString& rest) { return m_fixture.server->state().resources().value(path(rest)); }

    Fixture m_fixture;
    std::unique_ptr<GcpProvider> m_gcp;
};

void TestGcpProvider::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
    m_gcp = provider(*m_fixture.server, m_fixture.account);
}

void TestGcpProvider::cleanup()
{
    m_gcp.reset();
    m_fixture = {};
}

Resource TestGcpProvider::createVm(const QString& name, const QString& token)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = kImage; // by name: found in debian-cloud
    vm.specName = QStringLiteral("e2-small");
    vm.vpcIid = { QStringLiteral("vpc-one"), QString() };
    vm.subnetIid = { QStringLiteral("subnet-a"), QString() };
    vm.securityGroupIids = { { QStringLiteral("sg-web"), QString() } };
    vm.keyPairIid = { QStringLiteral("key-one"), QString() };
    vm.tags = { { QStringLiteral("Env"), QStringLiteral("Test") } };
    const Result<Resource> made
        = await(m_gcp->create(vm, MutationContext { token, { { QStringLiteral("owner"), QStringLiteral("me") } } }));
    if (!made.ok())
        qWarning() << made.error().toString();
    return made.ok() ? made.value() : Resource();
}

void TestGcpProvider::fullLifecycle()
{
    GcpTestServer& srv = *m_fixture.server;
    // VPC: a custom-mode network and one subnetwork; a retry with the same token makes nothing new.
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vpc-one");
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    vpc.subnets
        = { SubnetInfo { { QStringLiteral("subnet-a"), QString() }, zone(), QStringLiteral("10.10.1.0/24"), {} } };
    vpc.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    const MutationContext vpcContext { QStringLiteral("tok-vpc-1"), {} };
    const Result<Resource> madeVpc = await(m_gcp->create(vpc, vpcContext));
    QVERIFY2(madeVpc.ok(), why(madeVpc));
    const VpcInfo* gotVpc = madeVpc.value().as<VpcInfo>();
    QCOMPARE(gotVpc->iid, (Iid { QStringLiteral("vpc-one"), QStringLiteral("vpc-one") }));
    QCOMPARE(gotVpc->ipv4Cidr, QStringLiteral("10.10.0.0/16"));
    QCOMPARE(gotVpc->subnets.size(), 1);
    QCOMPARE(gotVpc->subnets.first().ipv4Cidr, QStringLiteral("10.10.1.0/24"));
    QCOMPARE(gotVpc->subnets.first().zone, zone());
    QCOMPARE(gotVpc->tags.value(QStringLiteral("env")), QStringLiteral("test"));
    QCOMPARE(
        server(QStringLiteral("global/networks/vpc-one")).value(QLatin1String("autoCreateSubnetworks")).toBool(true),
        false);
    const Result<Resource> again = await(m_gcp->create(vpc, vpcContext));
    QVERIFY2(again.ok(), why(again)); // same requestIds: the same operations, no 409
    QCOMPARE(srv.requestCount(QStringLiteral("POST /compute/v1/projects/barista-test/global/networks")), 2);
    QCOMPARE(srv.state().children(path(QStringLiteral("regions/asia-northeast3/subnetworks"))).size(), 1);

    // Security group: firewall rules with the group's name as target tag.
    SecurityGroupInfo group;
    group.iid.nameId = QStringLiteral("sg-web");
    group.vpcIid = { QStringLiteral("vpc-one"), QString() };
    group.rules = { SecurityRule {
                        QStringLiteral("inbound"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0") },
        SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 8000, 8080, QStringLiteral("10.0.0.0/8") } };
    const Result<Resource> madeGroup = await(m_gcp->create(group, MutationContext { QStringLiteral("tok-sg-1"), {} }));
    QVERIFY2(madeGroup.ok(), why(madeGroup));
    const SecurityGroupInfo* gotGroup = madeGroup.value().as<SecurityGroupInfo>();
    QCOMPARE(gotGroup->vpcIid.systemId, QStringLiteral("vpc-one"));
    QVERIFY(gotGroup->rules.contains(group.rules.at(0)));
    QVERIFY(gotGroup->rules.contains(group.rules.at(1)));
    QVERIFY(gotGroup->rules.contains(
        SecurityRule { QStringLiteral("outbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") }));
    const QJsonObject firewall = server(QStringLiteral("global/firewalls/sg-web-i1"));
    QCOMPARE(firewall.value(QLatin1String("targetTags")).toArray(), QJsonArray { QStringLiteral("sg-web") });
    QCOMPARE(
        firewall.value(QLatin1String("allowed")).toArray().first().toObject().value(QLatin1String("ports")).toArray(),
        QJsonArray { QStringLiteral("8000-8080") });
    const Result<ResourcePage> groups = await(m_gcp->list(ResourceKind::SecurityGroup, {}));
    QVERIFY2(groups.ok(), why(groups));
    QCOMPARE(groups.value().items.size(), 1);

    // Key pair: a line of the project's ssh-keys metadata.
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("key-one");
    key.publicKey = kPublicKey;
    const Result<Resource> madeKey = await(m_gcp->create(key, MutationContext { QStringLiteral("tok-key-1"), {} }));
    QVERIFY2(madeKey.ok(), why(madeKey));
    QCOMPARE(madeKey.value().as<KeyPairInfo>()->fingerprint, GcpCompute::fingerprint(kPublicKey));
    QVERIFY(madeKey.value().as<KeyPairInfo>()->fingerprint.startsWith(QStringLiteral("SHA256:")));
    const QJsonArray projectItems = srv.state()
                                        .resources()
                                        .value(QStringLiteral("projects/") + project())
                                        .value(QLatin1String("commonInstanceMetadata"))
                                        .toObject()
                                        .value(QLatin1String("items"))
                                        .toArray();
    QCOMPARE(projectItems.size(), 1);
    QCOMPARE(projectItems.first().toObject().value(QLatin1String("value")).toString(),
        QStringLiteral(
            "cb-user:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl key-one"));
    const Result<Resource> gotKey = await(m_gcp->get(ResourceKind::KeyPair, QStringLiteral("key-one")));
    QVERIFY2(gotKey.ok(), why(gotKey));
    QCOMPARE(gotKey.value().as<KeyPairInfo>()->vmUserName, QStringLiteral("cb-user"));

    // VMs: labels (legal forms of our tags), the key in the instance's own metadata, the group's tag.
    const Resource vm = createVm(QStringLiteral("vm-1"), QStringLiteral("tok-vm-1"));
    const VmInfo* gotVm = vm.as<VmInfo>();
    QVERIFY(gotVm);
    QCOMPARE(gotVm->iid.systemId, QStringLiteral("vm-1"));
    QCOMPARE(gotVm->status, VmStatus::Creating); // STAGING on the first read after the insert
    QCOMPARE(gotVm->zone, zone());
    QCOMPARE(gotVm->specName, QStringLiteral("e2-small"));
    QCOMPARE(gotVm->subnetIid.systemId, QStringLiteral("subnet-a"));
    QVERIFY(gotVm->privateIp.startsWith(QStringLiteral("10.10.1.")));
    QVERIFY(!gotVm->publicIp.isEmpty());
    QCOMPARE(gotVm->keyPairIid.nameId, QStringLiteral("key-one"));
    QCOMPARE(gotVm->vmUserName, QStringLiteral("cb-user"));
    QCOMPARE(gotVm->securityGroupIids, (QList<Iid> { { QStringLiteral("sg-web"), QStringLiteral("sg-web") } }));
    QCOMPARE(gotVm->tags.value(QStringLiteral("env")), QStringLiteral("test"));
    QCOMPARE(gotVm->tags.value(QStringLiteral("owner")), QStringLiteral("me"));
    const QJsonObject instance = server(QStringLiteral("zones/asia-northeast3-a/instances/vm-1"));
    QCOMPARE(instance.value(QLatin1String("labels")).toObject().value(QLatin1String("env")).toString(),
        QStringLiteral("test"));
    const QJsonArray metadata
        = instance.value(QLatin1String("metadata")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(metadata.size(), 2);
    QCOMPARE(
        metadata.at(1).toObject().value(QLatin1String("key")).toString(), QStringLiteral("block-project-ssh-keys"));
    const Result<Resource> running = await(m_gcp->get(ResourceKind::Vm, QStringLiteral("vm-1")));
    QVERIFY2(running.ok(), why(running));
    QCOMPARE(running.value().as<VmInfo>()->status, VmStatus::Running);

    // A retry with the same token: the same instance, no second insert effect.
    const Resource retried = createVm(QStringLiteral("vm-1"), QStringLiteral("tok-vm-1"));
    QCOMPARE(retried.iid().systemId, QStringLiteral("vm-1"));
    QCOMPARE(srv.state().children(path(QStringLiteral("zones/asia-northeast3-a/instances"))).size(), 1);

    // More VMs, then a paged list: 2 + 1.
    QVERIFY(!createVm(QStringLiteral("vm-2"), QStringLiteral("tok-vm-2")).iid().isEmpty());
    QVERIFY(!createVm(QStringLiteral("vm-3"), QStringLiteral("tok-vm-3")).iid().isEmpty());
    const Result<ResourcePage> first = await(m_gcp->list(ResourceKind::Vm, ListRequest { QString(), 2 }));
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value().items.size(), 2);
    QVERIFY(!first.value().nextPageToken.isEmpty());
    const Result<ResourcePage> second
        = await(m_gcp->list(ResourceKind::Vm, ListRequest { first.value().nextPageToken, 2 }));
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(second.value().items.size(), 1);
    QVERIFY(second.value().nextPageToken.isEmpty());
    QCOMPARE(second.value().items.first().iid().nameId, QStringLiteral("vm-3"));

    // Control: stop (TERMINATED = Suspended), start, reset.
    const Iid vm1 { QStringLiteral("vm-1"), QStringLiteral("vm-1") };
    const Result<Resource> stopped = await(m_gcp->control(ResourceKind::Vm, vm1, ControlAction::Suspend, {}));
    QVERIFY2(stopped.ok(), why(stopped));
    QCOMPARE(stopped.value().as<VmInfo>()->status, VmStatus::Suspended);
    QCOMPARE(server(QStringLiteral("zones/asia-northeast3-a/instances/vm-1")).value(QLatin1String("status")).toString(),
        QStringLiteral("TERMINATED"));
    const Result<Resource> started = await(m_gcp->control(ResourceKind::Vm, vm1, ControlAction::Resume, {}));
    QVERIFY2(started.ok(), why(started));
    QCOMPARE(started.value().as<VmInfo>()->status, VmStatus::Creating); // STAGING, then RUNNING
    QCOMPARE(
        await(m_gcp->get(ResourceKind::Vm, QStringLiteral("vm-1"))).value().as<VmInfo>()->status, VmStatus::Running);
    const Result<Resource> reset = await(m_gcp->control(ResourceKind::Vm, vm1, ControlAction::Reboot, {}));
    QVERIFY2(reset.ok(), why(reset));
    QCOMPARE(srv.requestCount(
                 QStringLiteral("POST /compute/v1/projects/barista-test/zones/asia-northeast3-a/instances/vm-1/reset")),
        1);

    // Disks: create, attach, grow, detach, delete.
    DiskInfo disk;
    disk.iid.nameId = QStringLiteral("data-1");
    disk.sizeGb = 20;
    disk.diskType = QStringLiteral("pd-ssd");
    const Result<Resource> madeDisk = await(m_gcp->create(disk, MutationContext { QStringLiteral("tok-disk-1"), {} }));
    QVERIFY2(madeDisk.ok(), why(madeDisk));
    QCOMPARE(madeDisk.value().as<DiskInfo>()->status, DiskStatus::Available);
    QCOMPARE(madeDisk.value().as<DiskInfo>()->diskType, QStringLiteral("pd-ssd"));
    const auto diskCall = [this](const QString& function, const QMap<QString, QString>& input) {
        return await(m_gcp->anyCall(AnyCallRequest { function, input }));
    };
    const Result<AnyCallResponse> attached = diskCall(QStringLiteral("AttachDisk"),
        { { QStringLiteral("disk"), QStringLiteral("data-1") }, { QStringLiteral("vm"), QStringLiteral("vm-1") } });
    QVERIFY2(attached.ok(), why(attached));
    QCOMPARE(attached.value().output.value(QStringLiteral("status")), diskStatusName(DiskStatus::Attached));
    QCOMPARE(attached.value().output.value(QStringLiteral("ownerVm")), QStringLiteral("vm-1"));
    QCOMPARE(await(m_gcp->get(ResourceKind::Vm, QStringLiteral("vm-1"))).value().as<VmInfo>()->dataDiskIids.size(), 1);
    const Result<AnyCallResponse> grown = diskCall(QStringLiteral("ResizeDisk"),
        { { QStringLiteral("disk"), QStringLiteral("data-1") }, { QStringLiteral("sizeGb"), QStringLiteral("40") } });
    QVERIFY2(grown.ok(), why(grown));
    QCOMPARE(grown.value().output.value(QStringLiteral("sizeGb")), QStringLiteral("40"));
    const Result<Done> busy = await(m_gcp->remove(ResourceKind::Disk, Iid { QStringLiteral("data-1"), QString() }, {}));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(busy.error().providerCode, QStringLiteral("resourceInUseByAnotherResource"));
    const Result<AnyCallResponse> detached
        = diskCall(QStringLiteral("DetachDisk"), { { QStringLiteral("disk"), QStringLiteral("data-1") } });
    QVERIFY2(detached.ok(), why(detached));
    QCOMPARE(detached.value().output.value(QStringLiteral("status")), diskStatusName(DiskStatus::Available));
    const Result<ResourcePage> disks = await(m_gcp->list(ResourceKind::Disk, {}));
    QVERIFY2(disks.ok(), why(disks));
    QCOMPARE(disks.value().items.size(), 4); // three boot disks and data-1
    QVERIFY2(
        await(m_gcp->remove(ResourceKind::Disk, Iid { QStringLiteral("data-1"), QString() }, {})).ok(), "disk delete");

    // Clean-up: the network cannot go while its subnetwork has VMs; after the VMs, it can.
    const Result<Done> early
        = await(m_gcp->remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-one"), QString() }, {}));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, CloudError::Kind::Conflict);
    for (const QString& name : { QStringLiteral("vm-1"), QStringLiteral("vm-2") }) {
        const Result<Resource> gone
            = await(m_gcp->control(ResourceKind::Vm, Iid { name, name }, ControlAction::Terminate, {}));
        QVERIFY2(gone.ok(), why(gone));
        QCOMPARE(gone.value().as<VmInfo>()->status, VmStatus::Terminated);
    }
    QVERIFY(await(m_gcp->remove(ResourceKind::Vm, Iid { QStringLiteral("vm-3"), QString() }, {})).ok());
    const Result<Resource> missing = await(m_gcp->get(ResourceKind::Vm, QStringLiteral("vm-1")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("notFound"));
    QCOMPARE(srv.state().children(path(QStringLiteral("zones/asia-northeast3-a/disks"))).size(),
        0); // boot disks auto-deleted
    QVERIFY(await(m_gcp->remove(ResourceKind::SecurityGroup, Iid { QStringLiteral("sg-web"), QString() }, {})).ok());
    QVERIFY(await(m_gcp->remove(ResourceKind::KeyPair, Iid { QStringLiteral("key-one"), QString() }, {})).ok());
    const Result<Done> removedVpc
        = await(m_gcp->remove(ResourceKind::Vpc, Iid { QStringLiteral("vpc-one"), QString() }, {}));
    QVERIFY2(removedVpc.ok(), why(removedVpc));
    QVERIFY(srv.state().children(path(QStringLiteral("global/networks"))).isEmpty());
    QVERIFY(srv.state().children(path(QStringLiteral("global/firewalls"))).isEmpty());
    const Result<ResourcePage> keys = await(m_gcp->list(ResourceKind::KeyPair, {}));
    QVERIFY2(keys.ok(), why(keys));
    QVERIFY(keys.value().items.isEmpty());
    QCOMPARE(m_gcp->tokensIssued(), 1); // one token served the whole lifecycle
}

void TestGcpProvider::catalogKinds()
{
    const Result<ResourcePage> regions = await(m_gcp->list(ResourceKind::Region, {}));
    QVERIFY2(regions.ok(), why(regions));
    QCOMPARE(regions.value().items.size(), 3);
    const RegionInfo* seoul = nullptr;
    for (const Resource& r : regions.value().items) {
        if (r.as<RegionInfo>()->name == region())
            seoul = r.as<RegionInfo>();
    }
    QVERIFY(seoul);
    QCOMPARE(seoul->provider, QStringLiteral("gcp"));
    QCOMPARE(seoul->zones.size(), 3);
    QCOMPARE(seoul->zones.first().status, QStringLiteral("Available"));

    const Result<Resource> gpu = await(m_gcp->get(ResourceKind::Spec, QStringLiteral("a2-highgpu-2g")));
    QVERIFY2(gpu.ok(), why(gpu));
    QCOMPARE(gpu.value().as<SpecInfo>()->vcpu, 24);
    QCOMPARE(gpu.value().as<SpecInfo>()->memoryGiB, 170.0);
    QCOMPARE(gpu.value().as<SpecInfo>()->gpuModel, QStringLiteral("nvidia-tesla-a100"));
    QCOMPARE(gpu.value().as<SpecInfo>()->gpuCount, 2);
    const Result<ResourcePage> specs = await(m_gcp->list(ResourceKind::Spec, ListRequest { QString(), 5 }));
    QVERIFY2(specs.ok(), why(specs));
    QCOMPARE(specs.value().items.size(), 5);
    QVERIFY(!specs.value().nextPageToken.isEmpty());

    // Images: the project has none; debian-cloud and ubuntu-os-cloud have three each; paged by 2.
    QStringList names;
    QString token;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(m_gcp->list(ResourceKind::Image, ListRequest { token, 2 }));
        QVERIFY2(page.ok(), why(page));
        for (const Resource& image : page.value().items)
            names.append(image.as<ImageInfo>()->name);
        token = page.value().nextPageToken;
    } while (!token.isEmpty() && ++pages < 20);
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(QStringLiteral("ubuntu-2204-jammy-v20240319")));
    const Result<Resource> ubuntu
        = await(m_gcp->get(ResourceKind::Image, QStringLiteral("ubuntu-2204-jammy-v20240319")));
    QVERIFY2(ubuntu.ok(), why(ubuntu));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->osDistribution, QStringLiteral("Ubuntu"));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->osVersion, QStringLiteral("22.04"));
    QCOMPARE(ubuntu.value().as<ImageInfo>()->id,
        QStringLiteral("projects/ubuntu-os-cloud/global/images/ubuntu-2204-jammy-v20240319"));
    const Result<Resource> none = await(m_gcp->get(ResourceKind::Image, QStringLiteral("no-such-image")));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, CloudError::Kind::NotFound);
    // Prices are listed only; reading one is still unsupported.
    const Result<Resource> price = await(m_gcp->get(ResourceKind::Price, QStringLiteral("any")));
    QVERIFY(!price.ok());
    QCOMPARE(price.error().kind, CloudError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestGcpProvider)
#include "TestGcpProvider.moc"
