// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cloud's API surface: capabilities, catalog kinds, region and zone validation,
// the factory, networks and key pairs, provider-flavoured errors, pagination, anyCall.

#include "providers/BuiltinProviderFactory.h"
#include "tests/providers/SimTestSupport.h"
#include "tests/support/ScratchDir.h"

#include <QJsonDocument>
#include <QTest>

using namespace Barista;
using namespace Barista::SimTest;
using Barista::Test::ScratchDir;

class TestSimProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void capabilitiesMatrix();
    void catalogKinds();
    void unknownRegionRejected();
    void zoneNamesAreReal();
    void factoryDrivers();
    void networkLifecycle();
    void keyPairIsDeterministicPublicOnly();
    void duplicateNameConflicts();
    void notFoundCodes_data();
    void notFoundCodes();
    void pagination();
    void anyCallFunctions();

private:
    std::shared_ptr<SimProvider> provider(const QString& provider = QStringLiteral("aws"),
        const QString& region = QStringLiteral("ap-northeast-2"), const QString& zone = QString());

    std::unique_ptr<ScratchDir> m_dir;
    std::shared_ptr<SimCloud> m_cloud;
};

void TestSimProvider::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_cloud = SimCloud::create(m_dir->filePath(QStringLiteral("cloud.sqlite")), fastSettings());
    QVERIFY(m_cloud->isReady());
}

void TestSimProvider::cleanup()
{
    m_cloud.reset();
    m_dir.reset();
}

std::shared_ptr<SimProvider> TestSimProvider::provider(
    const QString& provider, const QString& region, const QString& zone)
{
    return std::make_shared<SimProvider>(m_cloud, connection(provider, region, zone));
}

void TestSimProvider::capabilitiesMatrix()
{
    const ProviderCapabilities caps = provider()->capabilities();
    QVERIFY(caps.supports(ResourceKind::Region, Operation::List));
    QVERIFY(caps.supports(ResourceKind::Region, Operation::Get));
    QVERIFY(!caps.supports(ResourceKind::Region, Operation::Create));
    QVERIFY(caps.supports(ResourceKind::Spec, Operation::List));
    QVERIFY(!caps.supports(ResourceKind::Price, Operation::Delete));
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair,
             ResourceKind::Disk, ResourceKind::MyImage, ResourceKind::Nlb, ResourceKind::Cluster }) {
        QVERIFY(caps.supports(kind, Operation::Create));
        QVERIFY(caps.supports(kind, Operation::Delete));
        QVERIFY(!caps.supports(kind, Operation::Control));
    }
    QVERIFY(caps.supports(ResourceKind::Vm, Operation::Control));
    QCOMPARE(caps.anyCallFunctions, QStringList({ QStringLiteral("GetQuota"), QStringLiteral("Echo") }));
}

void TestSimProvider::catalogKinds()
{
    auto aws = provider();
    const Result<ResourcePage> regions = await(aws->list(ResourceKind::Region, {}));
    QVERIFY2(regions.ok(), qPrintable(regions.ok() ? QString() : regions.error().message));
    QVERIFY(regions.value().items.size() > 10);
    bool seoul = false;
    for (const Resource& r : regions.value().items)
        seoul = seoul || r.as<RegionInfo>()->name == QLatin1String("ap-northeast-2");
    QVERIFY(seoul);
    const Result<Resource> region = await(aws->get(ResourceKind::Region, QStringLiteral("us-east-1")));
    QVERIFY(region.ok());
    QVERIFY(!region.value().as<RegionInfo>()->zones.isEmpty());

    const Result<ResourcePage> specs = await(aws->list(ResourceKind::Spec, {}));
    QVERIFY(specs.ok());
    const SpecInfo* micro = nullptr;
    const SpecInfo* gpu = nullptr;
    for (const Resource& r : specs.value().items) {
        const auto* s = r.as<SpecInfo>();
        if (s->name == QLatin1String("t3.micro"))
            micro = s;
        if (s->name == QLatin1String("g4dn.xlarge"))
            gpu = s;
    }
    QVERIFY(micro && gpu);
    QCOMPARE(micro->vcpu, 2);
    QCOMPARE(micro->memoryGiB, 1.0);
    QCOMPARE(micro->region, QStringLiteral("ap-northeast-2"));
    QCOMPARE(gpu->gpuModel, QStringLiteral("NVIDIA T4"));
    QCOMPARE(gpu->gpuCount, 1);

    const Result<ResourcePage> images = await(aws->list(ResourceKind::Image, {}));
    QVERIFY(images.ok());
    QVERIFY(images.value().items.size() >= 3);
    QVERIFY(images.value().items.first().as<ImageInfo>()->id.startsWith(QLatin1String("ami-")));

    const Result<ResourcePage> prices = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(prices.ok());
    QVERIFY(!prices.value().items.isEmpty());
    QVERIFY(prices.value().items.first().as<PriceInfo>()->pricePerHour.has_value());

    // Every provider has a real spec table of its own.
    const QList<QPair<QString, QString>> others {
        { QStringLiteral("azure"), QStringLiteral("Standard_B2s") },
        { QStringLiteral("gcp"), QStringLiteral("e2-medium") },
        { QStringLiteral("alibaba"), QStringLiteral("ecs.g7.large") },
        { QStringLiteral("tencent"), QStringLiteral("S5.MEDIUM4") },
        { QStringLiteral("ibm"), QStringLiteral("bx2-2x8") },
        { QStringLiteral("openstack"), QStringLiteral("m1.small") },
        { QStringLiteral("ncp"), QStringLiteral("s2-g3") },
        { QStringLiteral("nhn"), QStringLiteral("m2.c2m4") },
        { QStringLiteral("kt"), QStringLiteral("1x1.itl") },
    };
    const QHash<QString, QString> regionOf { { QStringLiteral("azure"), QStringLiteral("koreacentral") },
        { QStringLiteral("gcp"), QStringLiteral("asia-northeast3") },
        { QStringLiteral("alibaba"), QStringLiteral("ap-northeast-2") },
        { QStringLiteral("tencent"), QStringLiteral("ap-seoul") }, { QStringLiteral("ibm"), QStringLiteral("jp-tok") },
        { QStringLiteral("openstack"), QStringLiteral("RegionOne") }, { QStringLiteral("ncp"), QStringLiteral("KR") },
        { QStringLiteral("nhn"), QStringLiteral("KR1") }, { QStringLiteral("kt"), QStringLiteral("KR1") } };
    for (const auto& [name, spec] : others) {
        auto p = provider(name, regionOf.value(name));
        const Result<Resource> found = await(p->get(ResourceKind::Spec, spec));
        QVERIFY2(found.ok(), qPrintable(name + QLatin1Char(' ') + (found.ok() ? QString() : found.error().toString())));
        QVERIFY(found.value().as<SpecInfo>()->vcpu > 0);
    }
}

void TestSimProvider::unknownRegionRejected()
{
    auto mars = provider(QStringLiteral("aws"), QStringLiteral("mars-north-1"));
    const Result<ResourcePage> listed = await(mars->list(ResourceKind::Vpc, {}));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(listed.error().providerCode, QStringLiteral("InvalidRegion"));
    QVERIFY(listed.error().message.contains(QLatin1String("mars-north-1")));
    // A region name of another provider is not a region of this one.
    QVERIFY(
        !SimProvider::connectionError(connection(QStringLiteral("gcp"), QStringLiteral("ap-northeast-2"))).isEmpty());
    QVERIFY(
        SimProvider::connectionError(connection(QStringLiteral("gcp"), QStringLiteral("asia-northeast3"))).isEmpty());
}

void TestSimProvider::zoneNamesAreReal()
{
    QVERIFY(SimProvider::connectionError(
        connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-2a")))
                .isEmpty());
    QVERIFY(SimProvider::connectionError(
        connection(QStringLiteral("openstack"), QStringLiteral("RegionOne"), QStringLiteral("nova")))
                .isEmpty());
    auto badZone = provider(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("us-east-1a"));
    const Result<ResourcePage> listed = await(badZone->list(ResourceKind::Vm, {}));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().providerCode, QStringLiteral("InvalidZone.NotFound"));

    // Without a zone the region's first real zone is used for subnets and VMs.
    auto aws = provider();
    const Result<Resource> vpc = await(aws->create(vpcRequest(QStringLiteral("vpc-z")), {}));
    QVERIFY(vpc.ok());
    const QString zone = vpc.value().as<VpcInfo>()->subnets.first().zone;
    QVERIFY2(zone.startsWith(QLatin1String("ap-northeast-2")) && zone.size() > 14, qPrintable(zone));
}

void TestSimProvider::factoryDrivers()
{
    qunsetenv("BARISTA_SIM_DB");
    BuiltinProviderFactory factory(m_dir->path(), fastSettings());
    QCOMPARE(factory.simDatabasePath(), m_dir->filePath(QStringLiteral("simcloud/cloud.sqlite")));
    QString error;
    std::shared_ptr<CloudProvider> sim
        = factory.create(connection(QStringLiteral("aws"), QStringLiteral("us-west-2")), &error);
    QVERIFY2(sim, qPrintable(error));
    QVERIFY(await(sim->list(ResourceKind::Vpc, {})).ok());
    // The same file is one SimCloud in a process.
    std::shared_ptr<CloudProvider> second
        = factory.create(connection(QStringLiteral("gcp"), QStringLiteral("us-central1")), &error);
    QVERIFY(second);
    QCOMPARE(
        std::static_pointer_cast<SimProvider>(sim)->cloud(), std::static_pointer_cast<SimProvider>(second)->cloud());

    // Alibaba has no native adapter yet (AWS, Azure, GCP and OpenStack do).
    ConnectionConfig native = connection(QStringLiteral("alibaba"), QStringLiteral("ap-northeast-2"));
    native.driver = QStringLiteral("native");
    QVERIFY(!factory.create(native, &error));
    QCOMPARE(error, QStringLiteral("native adapters are not available yet for alibaba"));

    QVERIFY(!factory.create(connection(QStringLiteral("aws"), QStringLiteral("atlantis-1")), &error));
    QVERIFY(error.contains(QLatin1String("atlantis-1")));

    // A state file that cannot be opened is refused up front, with the reason.
    BuiltinProviderFactory broken(QStringLiteral("/dev/null/not-a-folder"), fastSettings());
    QVERIFY(!broken.create(connection(QStringLiteral("aws"), QStringLiteral("us-west-2")), &error));
    QVERIFY2(error.contains(QLatin1String("/dev/null/not-a-folder")), qPrintable(error));

    qputenv("BARISTA_SIM_DB", m_dir->filePath(QStringLiteral("elsewhere.sqlite")).toUtf8());
    QCOMPARE(BuiltinProviderFactory::defaultSimDatabasePath(m_dir->path()),
        m_dir->filePath(QStringLiteral("elsewhere.sqlite")));
    qunsetenv("BARISTA_SIM_DB");
}

void TestSimProvider::networkLifecycle()
{
    auto aws = provider();
    const Result<Resource> created = await(aws->create(vpcRequest(QStringLiteral("vpc-01")), {}));
    QVERIFY(created.ok());
    const VpcInfo vpc = *created.value().as<VpcInfo>();
    QVERIFY(vpc.iid.systemId.startsWith(QLatin1String("vpc-")));
    QCOMPARE(vpc.subnets.size(), 2);
    QVERIFY(vpc.subnets.first().iid.systemId.startsWith(QLatin1String("subnet-")));

    const Result<Resource> byName = await(aws->get(ResourceKind::Vpc, QStringLiteral("vpc-01")));
    const Result<Resource> bySystemId = await(aws->get(ResourceKind::Vpc, vpc.iid.systemId));
    QVERIFY(byName.ok() && bySystemId.ok());
    QCOMPARE(byName.value(), bySystemId.value());

    SubnetInfo outside;
    outside.iid.nameId = QStringLiteral("outside");
    outside.ipv4Cidr = QStringLiteral("192.168.0.0/24");
    VpcInfo bad = vpcRequest(QStringLiteral("vpc-bad"));
    bad.subnets.append(outside);
    const Result<Resource> refused = await(aws->create(bad, {}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);

    const Result<Resource> sg = await(aws->create(sgRequest(QStringLiteral("sg-01"), QStringLiteral("vpc-01")), {}));
    QVERIFY(sg.ok());
    QCOMPARE(sg.value().as<SecurityGroupInfo>()->vpcIid, vpc.iid);
    QCOMPARE(sg.value().as<SecurityGroupInfo>()->rules.size(), 2); // ssh in + default all out

    const Result<Resource> orphan
        = await(aws->create(sgRequest(QStringLiteral("sg-02"), QStringLiteral("vpc-none")), {}));
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(orphan.error().providerCode, QStringLiteral("InvalidVpcID.NotFound"));

    QVERIFY(await(aws->remove(ResourceKind::SecurityGroup, Iid { QStringLiteral("sg-01"), {} }, {})).ok());
    QVERIFY(await(aws->remove(ResourceKind::Vpc, vpc.iid, {})).ok());
    const Result<ResourcePage> after = await(aws->list(ResourceKind::Vpc, {}));
    QVERIFY(after.ok());
    QVERIFY(after.value().items.isEmpty());
}

void TestSimProvider::keyPairIsDeterministicPublicOnly()
{
    auto aws = provider();
    const Result<Resource> key = await(aws->create(keyRequest(QStringLiteral("key-01")), {}));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    const KeyPairInfo info = *key.value().as<KeyPairInfo>();
    QVERIFY(info.publicKey.startsWith(QLatin1String("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")));
    QVERIFY(info.fingerprint.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(info.vmUserName, QStringLiteral("cb-user"));
    QVERIFY(!QJsonDocument(key.value().toJson()).toJson().contains("PRIVATE KEY"));

    // Another file with the same history hands out the same key.
    ScratchDir other;
    auto twin = SimCloud::create(other.filePath(QStringLiteral("c.sqlite")), fastSettings());
    SimProvider twinAws(twin, connection(QStringLiteral("aws"), QStringLiteral("ap-northeast-2")));
    const Result<Resource> twinKey = await(twinAws.create(keyRequest(QStringLiteral("key-01")), {}));
    QVERIFY(twinKey.ok());
    QCOMPARE(twinKey.value().as<KeyPairInfo>()->publicKey, info.publicKey);
}

void TestSimProvider::duplicateNameConflicts()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    const Result<Resource> sg = await(aws->create(sgRequest(QStringLiteral("sg-01"), QStringLiteral("vpc-01")), {}));
    QVERIFY(!sg.ok());
    QCOMPARE(sg.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(sg.error().providerCode, QStringLiteral("InvalidGroup.Duplicate"));
    const Result<Resource> key = await(aws->create(keyRequest(QStringLiteral("key-01")), {}));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().providerCode, QStringLiteral("InvalidKeyPair.Duplicate"));

    auto gcp = provider(QStringLiteral("gcp"), QStringLiteral("us-central1"));
    QVERIFY(await(gcp->create(vpcRequest(QStringLiteral("net")), {})).ok());
    const Result<Resource> twice = await(gcp->create(vpcRequest(QStringLiteral("net")), {}));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().providerCode, QStringLiteral("alreadyExists"));
}

void TestSimProvider::notFoundCodes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("aws vpc") << "aws"
                             << "us-east-1" << int(ResourceKind::Vpc) << "InvalidVpcID.NotFound";
    QTest::newRow("aws vm") << "aws"
                            << "us-east-1" << int(ResourceKind::Vm) << "InvalidInstanceID.NotFound";
    QTest::newRow("gcp vm") << "gcp"
                            << "us-central1" << int(ResourceKind::Vm) << "notFound";
    QTest::newRow("azure disk") << "azure"
                                << "eastus" << int(ResourceKind::Disk) << "ResourceNotFound";
    QTest::newRow("openstack vm") << "openstack"
                                  << "RegionOne" << int(ResourceKind::Vm) << "NotFound";
}

void TestSimProvider::notFoundCodes()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(int, kind);
    QFETCH(QString, code);
    auto p = this->provider(provider, region);
    const Result<Resource> got = await(p->get(ResourceKind(kind), QStringLiteral("does-not-exist")));
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(got.error().providerCode, code);
    QVERIFY(got.error().message.contains(QLatin1String("does-not-exist")));
    const Result<Done> removed = await(p->remove(ResourceKind(kind), Iid { QStringLiteral("does-not-exist"), {} }, {}));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().providerCode, code);
}

void TestSimProvider::pagination()
{
    auto aws = provider();
    for (int i = 0; i < 5; ++i)
        QVERIFY(await(aws->create(keyRequest(QStringLiteral("key-%1").arg(i)), {})).ok());
    ListRequest request;
    request.pageSize = 2;
    QStringList seen;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(aws->list(ResourceKind::KeyPair, request));
        QVERIFY(page.ok());
        QVERIFY(page.value().items.size() <= 2);
        for (const Resource& r : page.value().items)
            seen.append(r.iid().nameId);
        request.pageToken = page.value().nextPageToken;
        ++pages;
    } while (!request.pageToken.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen,
        QStringList({ QStringLiteral("key-0"), QStringLiteral("key-1"), QStringLiteral("key-2"),
            QStringLiteral("key-3"), QStringLiteral("key-4") }));

    const Result<ResourcePage> all = await(aws->list(ResourceKind::KeyPair, {}));
    QVERIFY(all.ok());
    QCOMPARE(all.value().items.size(), 5);
    QVERIFY(all.value().nextPageToken.isEmpty());

    ListRequest bad;
    bad.pageToken = QStringLiteral("garbage!");
    const Result<ResourcePage> refused = await(aws->list(ResourceKind::KeyPair, bad));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
}

void TestSimProvider::anyCallFunctions()
{
    auto aws = provider();
    QVERIFY(createNetwork(*aws));
    QVERIFY(await(aws->create(vmRequest(QStringLiteral("vm-01"), QStringLiteral("vpc-01"), QStringLiteral("sg-01"),
                                  QStringLiteral("key-01"), QStringLiteral("m5.xlarge")),
                      {}))
                .ok());
    const Result<AnyCallResponse> quota = await(aws->anyCall({ QStringLiteral("GetQuota"), {} }));
    QVERIFY(quota.ok());
    QCOMPARE(quota.value().output.value(QStringLiteral("vcpuLimit")), QStringLiteral("64"));
    QCOMPARE(quota.value().output.value(QStringLiteral("vcpuUsage")), QStringLiteral("4"));
    QCOMPARE(quota.value().output.value(QStringLiteral("vmUsage")), QStringLiteral("1"));
    QCOMPARE(quota.value().output.value(QStringLiteral("vmLimit")), QStringLiteral("20"));

    const Result<AnyCallResponse> echo
        = await(aws->anyCall({ QStringLiteral("Echo"), { { QStringLiteral("ping"), QStringLiteral("pong") } } }));
    QVERIFY(echo.ok());
    QCOMPARE(echo.value().output.value(QStringLiteral("ping")), QStringLiteral("pong"));

    const Result<AnyCallResponse> unknown = await(aws->anyCall({ QStringLiteral("FormatC"), {} }));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, CloudError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestSimProvider)
#include "TestSimProvider.moc"
