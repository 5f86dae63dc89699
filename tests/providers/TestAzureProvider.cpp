// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure adapter's lifecycle against the in-process ARM test server: catalog (locations with
// zones, resource SKUs with GPUs, platform images), VPC/subnet, security group, key pair, VM
// (NIC + public IP, instance-view status through deallocate/start/restart), disks (create,
// attach, resize, detach, delete), nothing left behind after terminate, nextLink paging, and the
// idempotency token on creates.

#include "tests/providers/AzureTestSupport.h"

#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

class TestAzureProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void catalog();
    void fullLifecycle();
    void pagingFollowsNextLink();
    void createIsIdempotentPerToken();
    void credentialResourceGroupIsUsedAsIs();

private:
    std::unique_ptr<AzureArmTestServer> m_server;
    std::unique_ptr<AzureProvider> m_azure;
};

void TestAzureProvider::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_azure = provider(*m_server);
}

void TestAzureProvider::cleanup()
{
    m_azure.reset();
    m_server.reset();
}

void TestAzureProvider::catalog()
{
    const Result<ResourcePage> regions = await(m_azure->list(ResourceKind::Region, {}));
    QVERIFY2(regions.ok(), why(regions));
    QCOMPARE(regions.value().items.size(), 4);
    const Result<Resource> seoul = await(m_azure->get(ResourceKind::Region, QStringLiteral("koreacentral")));
    QVERIFY2(seoul.ok(), why(seoul));
    QCOMPARE(seoul.value().as<RegionInfo>()->displayName, QStringLiteral("Korea Central"));
    QCOMPARE(seoul.value().as<RegionInfo>()->zones.size(), 3);

    const Result<ResourcePage> specs = await(m_azure->list(ResourceKind::Spec, {}));
    QVERIFY2(specs.ok(), why(specs));
    QCOMPARE(specs.value().items.size(), 6); // the disk SKU in the list is not a VM spec
    const Result<Resource> t4 = await(m_azure->get(ResourceKind::Spec, QStringLiteral("Standard_NC4as_T4_v3")));
    QVERIFY2(t4.ok(), why(t4));
    QCOMPARE(t4.value().as<SpecInfo>()->vcpu, 4);
    QCOMPARE(t4.value().as<SpecInfo>()->memoryGiB, 28.0);
    QCOMPARE(t4.value().as<SpecInfo>()->gpuCount, 1);
    QCOMPARE(t4.value().as<SpecInfo>()->gpuModel, QStringLiteral("NVIDIA T4"));

    const Result<ResourcePage> images = await(m_azure->list(ResourceKind::Image, {}));
    QVERIFY2(images.ok(), why(images));
    QStringList ids;
    for (const Resource& r : images.value().items)
        ids << r.as<ImageInfo>()->id;
    QVERIFY2(ids.contains(QStringLiteral("Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest")), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(QStringLiteral("Debian:debian-12:12-gen2:latest")));
    QCOMPARE(ids.size(), 5);
    const Result<Resource> missing = await(m_azure->get(ResourceKind::Image, QStringLiteral("Canonical:nope:1:latest")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
}

void TestAzureProvider::fullLifecycle()
{
    const MutationContext ctx { QStringLiteral("tok-vpc"), { { QStringLiteral("owner"), QStringLiteral("barista") } } };
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vnet-1");
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    vpc.subnets.append(SubnetInfo { { QStringLiteral("subnet-a"), {} }, {}, QStringLiteral("10.10.1.0/24"), {} });
    const Result<Resource> madeVpc = await(m_azure->create(vpc, ctx));
    QVERIFY2(madeVpc.ok(), why(madeVpc));
    QCOMPARE(madeVpc.value().as<VpcInfo>()->subnets.size(), 1);
    QVERIFY(m_server->state().hasResourceGroup(AzureProvider::defaultResourceGroup(region())));
    const QString vnetId = madeVpc.value().iid().systemId;
    QCOMPARE(m_server->state().resource(vnetId).value(QStringLiteral("tags")).toObject().value(QStringLiteral("owner")).toString(),
        QStringLiteral("barista"));
    QCOMPARE(m_server->state().resource(vnetId).value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-token")).toString(),
        QStringLiteral("tok-vpc"));

    SecurityGroupInfo sg;
    sg.iid.nameId = QStringLiteral("sg-1");
    sg.vpcIid = madeVpc.value().iid();
    sg.rules = { SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0") },
        SecurityRule { QStringLiteral("inbound"), QStringLiteral("tcp"), 8000, 8080, QStringLiteral("10.0.0.0/8") } };
    const Result<Resource> madeSg = await(m_azure->create(sg, { QStringLiteral("tok-sg"), {} }));
    QVERIFY2(madeSg.ok(), why(madeSg));
    QCOMPARE(madeSg.value().as<SecurityGroupInfo>()->rules, sg.rules);
    QCOMPARE(madeSg.value().as<SecurityGroupInfo>()->vpcIid.nameId, QStringLiteral("vnet-1"));

    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("key-1");
    key.publicKey = publicKey();
    const Result<Resource> madeKey = await(m_azure->create(key, { QStringLiteral("tok-key"), {} }));
    QVERIFY2(madeKey.ok(), why(madeKey));
    QVERIFY(madeKey.value().as<KeyPairInfo>()->fingerprint.startsWith(QLatin1String("SHA256:")));

    VmInfo vm;
    vm.iid.nameId = QStringLiteral("vm-1");
    vm.imageName = QStringLiteral("Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest");
    vm.specName = QStringLiteral("Standard_B2s");
    vm.vpcIid = { QStringLiteral("vnet-1"), {} };
    vm.subnetIid = { QStringLiteral("subnet-a"), {} };
    vm.securityGroupIids = { { QStringLiteral("sg-1"), {} } };
    vm.keyPairIid = { QStringLiteral("key-1"), {} };
    vm.zone = QStringLiteral("1");
    const Result<Resource> madeVm = await(m_azure->create(vm, { QStringLiteral("tok-vm"), {} }));
    QVERIFY2(madeVm.ok(), why(madeVm));
    const VmInfo* info = madeVm.value().as<VmInfo>();
    QCOMPARE(info->status, VmStatus::Running); // the create waited for its operation
    QCOMPARE(info->subnetIid.nameId, QStringLiteral("subnet-a"));
    QCOMPARE(info->vpcIid.nameId, QStringLiteral("vnet-1"));
    QCOMPARE(info->securityGroupIids.value(0).nameId, QStringLiteral("sg-1"));
    QCOMPARE(info->keyPairIid.nameId, QStringLiteral("key-1"));
    QVERIFY(!info->publicIp.isEmpty());
    QVERIFY(info->privateIp.startsWith(QLatin1String("10.10.1.")));
    QCOMPARE(info->vmUserName, QStringLiteral("azureuser"));
    const QJsonObject serverVm = m_server->state().resource(info->iid.systemId);
    const QJsonArray keys = serverVm.value(QStringLiteral("properties")).toObject().value(QStringLiteral("osProfile")).toObject()
                                .value(QStringLiteral("linuxConfiguration")).toObject().value(QStringLiteral("ssh")).toObject()
                                .value(QStringLiteral("publicKeys")).toArray();
    QCOMPARE(keys.first().toObject().value(QStringLiteral("keyData")).toString(), publicKey());
    QVERIFY(m_server->requestCount(QStringLiteral("/operations/"), "GET") >= 2); // InProgress, then Succeeded

    const Result<ResourcePage> vms = await(m_azure->list(ResourceKind::Vm, {}));
    QVERIFY2(vms.ok(), why(vms));
    QCOMPARE(vms.value().items.size(), 1);
    QCOMPARE(vms.value().items.first().as<VmInfo>()->status, VmStatus::Running);

    // The subnet is in use: ARM refuses, the adapter keeps its words.
    const Result<Done> early = await(m_azure->remove(ResourceKind::Vpc, madeVpc.value().iid(), {}));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(early.error().providerCode, QStringLiteral("InUseSubnetCannotBeDeleted"));
    QCOMPARE(early.error().message, lastServerMessage(*m_server));

    const Result<Resource> suspended = await(m_azure->control(ResourceKind::Vm, info->iid, ControlAction::Suspend, {}));
    QVERIFY2(suspended.ok(), why(suspended));
    QCOMPARE(suspended.value().as<VmInfo>()->status, VmStatus::Suspended);
    QCOMPARE(m_server->state().powerState(info->iid.systemId), QStringLiteral("deallocated"));
    const Result<Resource> resumed = await(m_azure->control(ResourceKind::Vm, info->iid, ControlAction::Resume, {}));
    QVERIFY2(resumed.ok(), why(resumed));
    QCOMPARE(resumed.value().as<VmInfo>()->status, VmStatus::Running);
    const Result<Resource> rebooted = await(m_azure->control(ResourceKind::Vm, info->iid, ControlAction::Reboot, {}));
    QVERIFY2(rebooted.ok(), why(rebooted));
    QCOMPARE(rebooted.value().as<VmInfo>()->status, VmStatus::Running);
    QCOMPARE(m_server->requestCount(QStringLiteral("/restart"), "POST"), 1);

    DiskInfo disk;
    disk.iid.nameId = QStringLiteral("data-1");
    disk.sizeGb = 16;
    const Result<Resource> madeDisk = await(m_azure->create(disk, { QStringLiteral("tok-disk"), {} }));
    QVERIFY2(madeDisk.ok(), why(madeDisk));
    QCOMPARE(madeDisk.value().as<DiskInfo>()->status, DiskStatus::Available);
    const auto call = [this](const char* fn, QMap<QString, QString> input) {
        return await(m_azure->anyCall(AnyCallRequest { QLatin1String(fn), input }));
    };
    const Result<AnyCallResponse> attached = call("AttachDisk", { { QStringLiteral("disk"), QStringLiteral("data-1") }, { QStringLiteral("vm"), QStringLiteral("vm-1") } });
    QVERIFY2(attached.ok(), why(attached));
    QCOMPARE(attached.value().output.value(QStringLiteral("status")), QStringLiteral("Attached"));
    QCOMPARE(attached.value().output.value(QStringLiteral("ownerVm")), info->iid.systemId);
    const Result<Resource> vmWithDisk = await(m_azure->get(ResourceKind::Vm, QStringLiteral("vm-1")));
    QVERIFY2(vmWithDisk.ok(), why(vmWithDisk));
    QCOMPARE(vmWithDisk.value().as<VmInfo>()->dataDiskIids.value(0).nameId, QStringLiteral("data-1"));
    const Result<Done> busy = await(m_azure->remove(ResourceKind::Disk, { QStringLiteral("data-1"), {} }, {}));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, CloudError::Kind::Conflict);
    const Result<AnyCallResponse> grown = call("ResizeDisk", { { QStringLiteral("disk"), QStringLiteral("data-1") }, { QStringLiteral("sizeGb"), QStringLiteral("32") } });
    QVERIFY2(grown.ok(), why(grown));
    QCOMPARE(grown.value().output.value(QStringLiteral("sizeGb")), QStringLiteral("32"));
    const Result<AnyCallResponse> shrunk = call("ResizeDisk", { { QStringLiteral("disk"), QStringLiteral("data-1") }, { QStringLiteral("sizeGb"), QStringLiteral("8") } });
    QVERIFY(!shrunk.ok());
    QCOMPARE(shrunk.error().message, lastServerMessage(*m_server));
    const Result<AnyCallResponse> detached = call("DetachDisk", { { QStringLiteral("disk"), QStringLiteral("data-1") } });
    QVERIFY2(detached.ok(), why(detached));
    QCOMPARE(detached.value().output.value(QStringLiteral("status")), QStringLiteral("Available"));
    const Result<Done> diskGone = await(m_azure->remove(ResourceKind::Disk, { QStringLiteral("data-1"), {} }, {}));
    QVERIFY2(diskGone.ok(), why(diskGone));

    const Result<Resource> terminated = await(m_azure->control(ResourceKind::Vm, info->iid, ControlAction::Terminate, {}));
    QVERIFY2(terminated.ok(), why(terminated));
    QCOMPARE(terminated.value().as<VmInfo>()->status, VmStatus::Terminated);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/virtualMachines")), 0);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Network/networkInterfaces")), 0);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Network/publicIPAddresses")), 0);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/disks")), 0); // OS disk too
    const Result<Resource> gone = await(m_azure->get(ResourceKind::Vm, QStringLiteral("vm-1")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);

    QVERIFY(await(m_azure->remove(ResourceKind::SecurityGroup, madeSg.value().iid(), {})).ok());
    QVERIFY(await(m_azure->remove(ResourceKind::KeyPair, madeKey.value().iid(), {})).ok());
    QVERIFY(await(m_azure->remove(ResourceKind::Vpc, madeVpc.value().iid(), {})).ok());
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Vm, ResourceKind::Disk }) {
        const Result<ResourcePage> left = await(m_azure->list(kind, {}));
        QVERIFY2(left.ok(), why(left));
        QVERIFY2(left.value().items.isEmpty(), qPrintable(resourceKindName(kind)));
    }
}

void TestAzureProvider::pagingFollowsNextLink()
{
    // Before anything exists the resource group is missing: an empty list, not an error.
    const Result<ResourcePage> none = await(m_azure->list(ResourceKind::KeyPair, {}));
    QVERIFY2(none.ok(), why(none));
    QVERIFY(none.value().items.isEmpty());

    m_server->state().setPageSize(2);
    for (int i = 0; i < 5; ++i) {
        KeyPairInfo key;
        key.iid.nameId = QStringLiteral("key-%1").arg(i);
        key.publicKey = publicKey();
        QVERIFY(await(m_azure->create(key, { QStringLiteral("t%1").arg(i), {} })).ok());
    }
    QStringList names;
    ListRequest request;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(m_azure->list(ResourceKind::KeyPair, request));
        QVERIFY2(page.ok(), why(page));
        QVERIFY(page.value().items.size() <= 2);
        for (const Resource& r : page.value().items)
            names << r.iid().nameId;
        request.pageToken = page.value().nextPageToken;
        ++pages;
    } while (!request.pageToken.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("key-0"), QStringLiteral("key-1"), QStringLiteral("key-2"),
                        QStringLiteral("key-3"), QStringLiteral("key-4") }));
}

void TestAzureProvider::createIsIdempotentPerToken()
{
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vnet-idem");
    vpc.ipv4Cidr = QStringLiteral("10.20.0.0/16");
    QVERIFY(await(m_azure->create(vpc, { QStringLiteral("same"), {} })).ok());
    const Result<Resource> again = await(m_azure->create(vpc, { QStringLiteral("same"), {} }));
    QVERIFY2(again.ok(), why(again)); // the job queue's retry of the same create
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Network/virtualNetworks")), 1);
    const Result<Resource> other = await(m_azure->create(vpc, { QStringLiteral("another"), {} }));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(other.error().providerCode, QStringLiteral("AlreadyExists"));
}

void TestAzureProvider::credentialResourceGroupIsUsedAsIs()
{
    // The user's own group, made elsewhere with tags of its own: used, never rewritten.
    const AzureArmReply token = m_server->handle("POST",
        QUrl(m_server->endpoint().resolved(QUrl(AzureArmTestServer::tenantId() + QStringLiteral("/oauth2/v2.0/token")))), {},
        QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2&scope=https://management.azure.com/.default")
            .arg(AzureArmTestServer::clientId(), QString::fromLatin1(QUrl::toPercentEncoding(AzureArmTestServer::clientSecret())))
            .toUtf8());
    QCOMPARE(token.status, 200);
    const QByteArray bearer = "Bearer " + QJsonDocument::fromJson(token.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    const AzureArmReply group = m_server->handle("PUT",
        m_server->endpoint().resolved(QUrl(QStringLiteral("subscriptions/%1/resourceGroups/team-rg?api-version=2021-04-01")
                                               .arg(AzureArmTestServer::subscriptionId()))),
        { { "Authorization", bearer } }, R"({"location":"koreacentral","tags":{"cost-center":"42"}})");
    QCOMPARE(group.status, 201);

    AzureCredentials creds = credentials();
    creds.resourceGroup = QStringLiteral("team-rg");
    auto azure = provider(*m_server, creds);
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("team-key");
    key.publicKey = publicKey();
    const Result<Resource> made = await(azure->create(key, { QStringLiteral("tok-team"), {} }));
    QVERIFY2(made.ok(), why(made));
    QVERIFY(made.value().iid().systemId.contains(QLatin1String("/resourceGroups/team-rg/")));
    QVERIFY(!m_server->state().hasResourceGroup(AzureProvider::defaultResourceGroup(region())));
    int groupPuts = 0;
    for (const AzureRequestRecord& r : m_server->requests())
        groupPuts += r.method == "PUT" && r.path.endsWith(QLatin1String("/resourceGroups/team-rg")) ? 1 : 0;
    QCOMPARE(groupPuts, 1); // only the one above: the adapter found the group and left it alone
}

QTEST_GUILESS_MAIN(TestAzureProvider)
#include "TestAzureProvider.moc"
