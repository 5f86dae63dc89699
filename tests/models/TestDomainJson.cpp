// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ConnectionConfig.h"
#include "models/domain/Resource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>
#include <QTimeZone>

using namespace Barista;

Q_DECLARE_METATYPE(Barista::Resource)
Q_DECLARE_METATYPE(Barista::ConnectionConfig)
Q_DECLARE_METATYPE(Barista::Iid)

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QLatin1String(item));
    return list;
}

// Every field differs from its default, so a field that toJson forgets or fromJson
// misreads makes the round trip fail.
const QDateTime CREATED(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);

Iid iid(const char* name)
{
    return Iid { QLatin1String(name), QLatin1String(name) + QStringLiteral("-sys") };
}
QMap<QString, QString> tags()
{
    return { { QStringLiteral("env"), QStringLiteral("prod") }, { QStringLiteral("team"), QStringLiteral("core") } };
}
QJsonObject extra()
{
    return QJsonObject { { QStringLiteral("arn"), QStringLiteral("arn:aws:x") }, { QStringLiteral("n"), 3 } };
}

VpcInfo sampleVpc()
{
    SubnetInfo a { iid("subnet-a"), QStringLiteral("ap-northeast-2a"), QStringLiteral("10.0.1.0/24"), tags() };
    SubnetInfo b { iid("subnet-b"), QStringLiteral("ap-northeast-2b"), QStringLiteral("10.0.2.0/24"), {} };
    return VpcInfo { iid("vpc"), QStringLiteral("10.0.0.0/16"), { a, b }, tags(), CREATED, extra() };
}

SecurityGroupInfo sampleSecurityGroup()
{
    SecurityRule ssh { QStringLiteral("outbound"), QStringLiteral("udp"), 22, 23, QStringLiteral("10.0.0.0/8") };
    SecurityRule all { QStringLiteral("inbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") };
    return SecurityGroupInfo { iid("sg"), iid("vpc"), { ssh, all }, tags(), CREATED, extra() };
}

VmInfo sampleVm()
{
    VmInfo vm;
    vm.iid = iid("vm");
    vm.zone = QStringLiteral("ap-northeast-2a");
    vm.imageName = QStringLiteral("ami-123");
    vm.specName = QStringLiteral("t3.large");
    vm.vpcIid = iid("vpc");
    vm.subnetIid = iid("subnet-a");
    vm.securityGroupIids = { iid("sg1"), iid("sg2") };
    vm.keyPairIid = iid("key");
    vm.rootDiskType = QStringLiteral("gp3");
    vm.rootDiskSizeGb = 50;
    vm.dataDiskIids = { iid("disk") };
    vm.status = VmStatus::Running;
    vm.vmUserName = QStringLiteral("cb-user");
    vm.publicIp = QStringLiteral("3.3.3.3");
    vm.privateIp = QStringLiteral("10.0.1.5");
    vm.sshAccessPoint = QStringLiteral("3.3.3.3:22");
    vm.tags = tags();
    vm.createdAt = CREATED;
    vm.extra = extra();
    return vm;
}

NlbInfo sampleNlb()
{
    NlbInfo nlb;
    nlb.iid = iid("nlb");
    nlb.vpcIid = iid("vpc");
    nlb.type = QStringLiteral("INTERNAL");
    nlb.scope = QStringLiteral("GLOBAL");
    nlb.listenerProtocol = QStringLiteral("UDP");
    nlb.listenerPort = 53;
    nlb.listenerIp = QStringLiteral("10.0.0.9");
    nlb.listenerDnsName = QStringLiteral("nlb.example.com");
    nlb.vmGroupProtocol = QStringLiteral("UDP");
    nlb.vmGroupPort = 5353;
    nlb.vms = { iid("vm1"), iid("vm2") };
    nlb.healthProtocol = QStringLiteral("HTTP");
    nlb.healthPort = 8080;
    nlb.healthInterval = 30;
    nlb.healthTimeout = 5;
    nlb.healthThreshold = 2;
    nlb.tags = tags();
    nlb.createdAt = CREATED;
    nlb.extra = extra();
    return nlb;
}

ClusterInfo sampleCluster()
{
    NodeGroupInfo group { iid("ng"), QStringLiteral("ubuntu"), QStringLiteral("m5.large"), 80, iid("key"), true, 3, 2,
        5, NodeGroupStatus::Active, { iid("node1"), iid("node2") } };
    NodeGroupInfo other = group;
    other.iid = iid("ng2");
    other.status = NodeGroupStatus::Updating;
    return ClusterInfo { iid("k8s"), QStringLiteral("1.29"), iid("vpc"), { iid("subnet-a") }, { iid("sg") },
        { group, other }, ClusterStatus::Inactive, QStringLiteral("https://k8s.example"), tags(), CREATED, extra() };
}

SpecInfo sampleSpec(bool withPrices)
{
    SpecInfo spec { QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("p3.2xlarge"), 8, 61.5,
        QStringLiteral("arm64"), QStringLiteral("V100"), 1, 16, 100, std::nullopt, std::nullopt,
        QStringLiteral("KRW") };
    if (withPrices) {
        spec.costPerHour = 3.06;
        spec.spotCostPerHour = 0.918;
    }
    return spec;
}

PriceInfo samplePrice(bool withPrice)
{
    PriceInfo price { QStringLiteral("gcp"), QStringLiteral("asia-northeast3"), QStringLiteral("Storage"),
        QStringLiteral("pd-ssd"), QStringLiteral("Spot"), std::nullopt, QStringLiteral("GiBMonth"),
        QStringLiteral("EUR"), CREATED };
    if (withPrice)
        price.pricePerHour = 0.000187;
    return price;
}

/// Turns every value into one of another JSON type, recursively for objects inside arrays.
QJsonValue wrongType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return 42;
    case QJsonValue::Double:
        return QStringLiteral("forty-two");
    case QJsonValue::Bool:
        return QStringLiteral("yes");
    case QJsonValue::Object:
        return QJsonArray { 1, 2 };
    case QJsonValue::Array:
        return QJsonObject { { QStringLiteral("x"), 1 } };
    default:
        return true;
    }
}

Resource defaultOf(const Resource& r)
{
    return std::visit([](const auto& v) { return Resource(std::decay_t<decltype(v)> {}); }, r.value);
}

QByteArray dump(const Resource& r)
{
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRoundTrip_data();
    void testRoundTrip();
    void testWrongTypesGiveDefaults_data() { testRoundTrip_data(); }
    void testWrongTypesGiveDefaults();
    void testWireFormat();
    void testPricesAreNeverZero();
    void testWrongTypedElementsAreSkipped();
    void testResourceFromJsonErrors();
    void testResourceAccessors();
    void testKindNames();
    void testStatusNames();
    void testActionAndOperationNames();
    void testIidMatches_data();
    void testIidMatches();
    void testConnectionValidation_data();
    void testConnectionValidation();
    void testConnectionJson();
    void testProviders();
};

void TestDomainJson::testRoundTrip_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("kind");
    RegionInfo region { QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("Seoul"), 37.36, 126.78,
        { { QStringLiteral("ap-northeast-2a"), QStringLiteral("Zone A"), QStringLiteral("Available") },
            { QStringLiteral("ap-northeast-2b"), QString(), QStringLiteral("Unavailable") } } };
    KeyPairInfo key { iid("key"), QStringLiteral("SHA256:abc"), QStringLiteral("ssh-ed25519 AAAA"),
        QStringLiteral("ubuntu"), tags(), CREATED, extra() };
    DiskInfo disk { iid("disk"), QStringLiteral("ap-northeast-2a"), QStringLiteral("gp3"), 100, DiskStatus::Attached,
        iid("vm"), tags(), CREATED, extra() };
    MyImageInfo myImage { iid("img"), iid("vm"), QStringLiteral("Unavailable"), tags(), CREATED, extra() };
    ImageInfo image { QStringLiteral("azure"), QStringLiteral("koreacentral"),
        QStringLiteral("Canonical:ubuntu:22_04:latest"), QStringLiteral("Ubuntu 22.04"), QStringLiteral("Windows"),
        QStringLiteral("Ubuntu"), QStringLiteral("22.04"), QStringLiteral("arm64"), true, true,
        QStringLiteral("Deprecated") };

    QTest::newRow("region") << Resource(region) << "region";
    QTest::newRow("vpc") << Resource(sampleVpc()) << "vpc";
    QTest::newRow("securitygroup") << Resource(sampleSecurityGroup()) << "securitygroup";
    QTest::newRow("keypair") << Resource(key) << "keypair";
    QTest::newRow("vm") << Resource(sampleVm()) << "vm";
    QTest::newRow("disk") << Resource(disk) << "disk";
    QTest::newRow("myimage") << Resource(myImage) << "myimage";
    QTest::newRow("nlb") << Resource(sampleNlb()) << "nlb";
    QTest::newRow("cluster") << Resource(sampleCluster()) << "cluster";
    QTest::newRow("spec priced") << Resource(sampleSpec(true)) << "spec";
    QTest::newRow("spec unpriced") << Resource(sampleSpec(false)) << "spec";
    QTest::newRow("image") << Resource(image) << "image";
    QTest::newRow("price known") << Resource(samplePrice(true)) << "price";
    QTest::newRow("price unknown") << Resource(samplePrice(false)) << "price";
}

void TestDomainJson::testRoundTrip()
{
    QFETCH(Resource, resource);
    QFETCH(QString, kind);

    QVERIFY2(resource != defaultOf(resource), "the sample must not be the default value");
    const QJsonObject json = resource.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(resource.kind(), *resourceKindFromName(kind));

    // Through text, as the journal and the CLI see it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    Resource back;
    QString error;
    QVERIFY2(Resource::fromJson(reread, &back, &error), qPrintable(error));
    QVERIFY2(back == resource, dump(back).constData());
    QVERIFY(Resource::fromJson(resource.kind(), reread) == resource);
}

void TestDomainJson::testWrongTypesGiveDefaults()
{
    QFETCH(Resource, resource);
    const Resource defaults = defaultOf(resource);
    QVERIFY2(Resource::fromJson(resource.kind(), QJsonObject()) == defaults, "missing fields must give defaults");

    QJsonObject wrong = resource.toJson();
    wrong.remove(QStringLiteral("kind"));
    for (auto it = wrong.begin(); it != wrong.end(); ++it)
        it.value() = wrongType(it.value());
    const Resource parsed = Resource::fromJson(resource.kind(), wrong);
    QVERIFY2(parsed == defaults, dump(parsed).constData());
}

void TestDomainJson::testWireFormat()
{
    const QJsonObject vm = Resource(sampleVm()).toJson();
    QCOMPARE(vm.value(QStringLiteral("status")).toString(), QStringLiteral("Running"));
    QCOMPARE(vm.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2024-05-06T07:08:09.123Z"));
    QCOMPARE(vm.value(QStringLiteral("iid")).toObject(),
        (QJsonObject { { QStringLiteral("nameId"), QStringLiteral("vm") },
            { QStringLiteral("systemId"), QStringLiteral("vm-sys") } }));
    QCOMPARE(
        vm.value(QStringLiteral("tags")).toObject().value(QStringLiteral("env")).toString(), QStringLiteral("prod"));
    QCOMPARE(vm.value(QStringLiteral("securityGroupIids")).toArray().size(), 2);
    QVERIFY(vm.contains(QStringLiteral("sshAccessPoint")));

    // A date in another time zone is written as UTC.
    VmInfo local = sampleVm();
    local.createdAt = QDateTime(QDate(2024, 5, 6), QTime(16, 8, 9, 123), QTimeZone(9 * 3600));
    QCOMPARE(local.toJson().value(QStringLiteral("createdAt")).toString(), QStringLiteral("2024-05-06T07:08:09.123Z"));
    VmInfo undated = sampleVm();
    undated.createdAt = QDateTime();
    QVERIFY(!undated.toJson().contains(QStringLiteral("createdAt")));

    QVERIFY(!sampleSpec(false).toJson().contains(QStringLiteral("costPerHour")));
    QCOMPARE(sampleSpec(true).toJson().value(QStringLiteral("spotCostPerHour")).toDouble(), 0.918);
    QVERIFY(!samplePrice(false).toJson().contains(QStringLiteral("pricePerHour")));
    QCOMPARE(sampleSpec(true).specId(), QStringLiteral("aws+ap-northeast-2+p3.2xlarge"));
}

void TestDomainJson::testPricesAreNeverZero()
{
    const auto priceFrom = [](const QJsonValue& v) {
        return PriceInfo::fromJson(QJsonObject { { QStringLiteral("pricePerHour"), v } }).pricePerHour;
    };
    QCOMPARE(priceFrom(0.25), std::optional<double>(0.25));
    QVERIFY(!priceFrom(0).has_value());
    QVERIFY(!priceFrom(-1).has_value());
    QVERIFY(!priceFrom(QJsonValue::Null).has_value());
    QVERIFY(!priceFrom(QStringLiteral("0.25")).has_value());

    PriceInfo zero = samplePrice(false);
    zero.pricePerHour = 0.0;
    QVERIFY(!zero.toJson().contains(QStringLiteral("pricePerHour")));
}

void TestDomainJson::testWrongTypedElementsAreSkipped()
{
    const QJsonObject json {
        { QStringLiteral("subnets"),
            QJsonArray { 1, QStringLiteral("x"), QJsonValue::Null,
                QJsonObject { { QStringLiteral("zone"), QStringLiteral("z1") } } } },
        { QStringLiteral("tags"),
            QJsonObject { { QStringLiteral("ok"), QStringLiteral("v") }, { QStringLiteral("n"), 1 },
                { QStringLiteral("o"), QJsonObject() } } },
        { QStringLiteral("createdAt"), QStringLiteral("not a date") },
    };
    const VpcInfo vpc = VpcInfo::fromJson(json);
    QCOMPARE(vpc.subnets.size(), 1);
    QCOMPARE(vpc.subnets.first().zone, QStringLiteral("z1"));
    QCOMPARE(vpc.tags, (QMap<QString, QString> { { QStringLiteral("ok"), QStringLiteral("v") } }));
    QVERIFY(!vpc.createdAt.isValid());

    const VmInfo vm = VmInfo::fromJson(QJsonObject { { QStringLiteral("status"), QStringLiteral("Exploded") },
        { QStringLiteral("rootDiskSizeGb"), 2.5 }, { QStringLiteral("createdAt"), 1714979289123.0 } });
    QCOMPARE(vm.status, VmStatus::Creating);
    QCOMPARE(vm.rootDiskSizeGb, 0);
    QVERIFY(!vm.createdAt.isValid()); // dates are ISO-8601 strings only

    const RegionInfo region
        = RegionInfo::fromJson(QJsonObject { { QStringLiteral("zones"), QJsonArray { QStringLiteral("a"), 7 } } });
    QCOMPARE(region.zones.size(), 1);
    QCOMPARE(region.zones.first().name, QStringLiteral("a"));
}

void TestDomainJson::testResourceFromJsonErrors()
{
    Resource out = sampleVm();
    QString error;
    QVERIFY(!Resource::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("blob") } }, &out, &error));
    QVERIFY2(error.contains(QStringLiteral("blob")), qPrintable(error));
    QVERIFY(out == Resource(sampleVm())); // untouched on failure

    error.clear();
    QVERIFY(!Resource::fromJson(QJsonObject(), &out, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Resource::fromJson(QJsonObject { { QStringLiteral("kind"), 3 } }, &out));

    QVERIFY(Resource::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("sg") } }, &out, &error));
    QCOMPARE(out.kind(), ResourceKind::SecurityGroup);
}

void TestDomainJson::testResourceAccessors()
{
    const Resource vm = sampleVm();
    QCOMPARE(vm.iid(), iid("vm"));
    QCOMPARE(vm.tags(), tags());
    QCOMPARE(vm.statusName(), QStringLiteral("Running"));
    QVERIFY(vm.as<VmInfo>() && !vm.as<DiskInfo>());

    const Resource spec = sampleSpec(true);
    QCOMPARE(spec.iid(), (Iid { QStringLiteral("p3.2xlarge"), QStringLiteral("p3.2xlarge") }));
    QVERIFY(spec.tags().isEmpty());
    QVERIFY(spec.statusName().isEmpty());
    QCOMPARE(Resource(sampleCluster()).statusName(), QStringLiteral("Inactive"));
}

void TestDomainJson::testKindNames()
{
    const QStringList expected = strings({ "region", "vpc", "securitygroup", "keypair", "vm", "disk", "myimage", "nlb",
        "cluster", "spec", "image", "price" });
    const QList<ResourceKind> kinds = allResourceKinds();
    QCOMPARE(kinds.size(), expected.size());
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(resourceKindName(kinds[i]), expected[i]);
        QCOMPARE(resourceKindFromName(expected[i]), std::optional<ResourceKind>(kinds[i]));
        QCOMPARE(resourceKindFromName(expected[i].toUpper()), std::optional<ResourceKind>(kinds[i]));
    }
    QCOMPARE(resourceKindFromName(QStringLiteral("SG")), std::optional<ResourceKind>(ResourceKind::SecurityGroup));
    QCOMPARE(resourceKindFromName(QStringLiteral("security-group")),
        std::optional<ResourceKind>(ResourceKind::SecurityGroup));
    QCOMPARE(resourceKindFromName(QStringLiteral("key-pair")), std::optional<ResourceKind>(ResourceKind::KeyPair));
    QCOMPARE(resourceKindFromName(QStringLiteral("k8s")), std::optional<ResourceKind>(ResourceKind::Cluster));
    QCOMPARE(resourceKindFromName(QStringLiteral("Kubernetes")), std::optional<ResourceKind>(ResourceKind::Cluster));
    QVERIFY(!resourceKindFromName(QStringLiteral("bucket")).has_value());
    QVERIFY(!resourceKindFromName(QString()).has_value());

    QVERIFY(isCatalogKind(ResourceKind::Price) && isCatalogKind(ResourceKind::Region));
    QVERIFY(!isCatalogKind(ResourceKind::Vm) && !isCatalogKind(ResourceKind::MyImage));
}

void TestDomainJson::testStatusNames()
{
    const QStringList vm = strings({ "Creating", "Running", "Suspending", "Suspended", "Resuming", "Rebooting",
        "Terminating", "Terminated", "NotExist", "Failed" });
    const QStringList transitional = strings({ "Creating", "Suspending", "Resuming", "Rebooting", "Terminating" });
    for (int i = 0; i < vm.size(); ++i) {
        const auto status = static_cast<VmStatus>(i);
        QCOMPARE(vmStatusName(status), vm[i]);
        QCOMPARE(vmStatusFromName(vm[i]), std::optional<VmStatus>(status));
        QCOMPARE(vmStatusFromName(vm[i].toLower()), std::optional<VmStatus>(status));
        QCOMPARE(isTransitional(status), transitional.contains(vm[i]));
    }
    QVERIFY(vmStatusName(static_cast<VmStatus>(vm.size())).isEmpty()); // the table has no extra entries

    const QStringList disk = strings({ "Creating", "Available", "Attached", "Deleting", "Error" });
    for (int i = 0; i < disk.size(); ++i) {
        QCOMPARE(diskStatusName(static_cast<DiskStatus>(i)), disk[i]);
        QCOMPARE(diskStatusFromName(disk[i]), std::optional<DiskStatus>(static_cast<DiskStatus>(i)));
    }
    const QStringList cluster = strings({ "Creating", "Active", "Inactive", "Updating", "Deleting" });
    for (int i = 0; i < cluster.size(); ++i) {
        QCOMPARE(clusterStatusName(static_cast<ClusterStatus>(i)), cluster[i]);
        QCOMPARE(clusterStatusFromName(cluster[i]), std::optional<ClusterStatus>(static_cast<ClusterStatus>(i)));
    }
    QVERIFY(!vmStatusFromName(QStringLiteral("Exploded")).has_value());
    QVERIFY(!diskStatusFromName(QStringLiteral("Running")).has_value());
}

void TestDomainJson::testActionAndOperationNames()
{
    const QStringList actions = strings({ "suspend", "resume", "reboot", "terminate" });
    for (int i = 0; i < actions.size(); ++i) {
        QCOMPARE(controlActionName(static_cast<ControlAction>(i)), actions[i]);
        QCOMPARE(controlActionFromName(actions[i]), std::optional<ControlAction>(static_cast<ControlAction>(i)));
    }
    const QStringList operations = strings({ "list", "get", "create", "delete", "control" });
    for (int i = 0; i < operations.size(); ++i) {
        QCOMPARE(operationName(static_cast<Operation>(i)), operations[i]);
        QCOMPARE(operationFromName(operations[i]), std::optional<Operation>(static_cast<Operation>(i)));
    }
    QVERIFY(!controlActionFromName(QStringLiteral("start")).has_value());
    QVERIFY(!operationFromName(QStringLiteral("update")).has_value());
}

void TestDomainJson::testIidMatches_data()
{
    QTest::addColumn<Iid>("a");
    QTest::addColumn<Iid>("b");
    QTest::addColumn<bool>("matches");
    const QString n = QStringLiteral("web"), s = QStringLiteral("i-1"), other = QStringLiteral("i-2");
    QTest::newRow("equal") << Iid { n, s } << Iid { n, s } << true;
    QTest::newRow("name only on one side") << Iid { n, s } << Iid { QString(), s } << true;
    QTest::newRow("system id missing") << Iid { n, QString() } << Iid { n, s } << true;
    QTest::newRow("system ids differ") << Iid { n, s } << Iid { n, other } << false;
    QTest::newRow("names differ") << Iid { n, s } << Iid { QStringLiteral("db"), s } << false;
    QTest::newRow("nothing comparable") << Iid { n, QString() } << Iid { QString(), s } << false;
    QTest::newRow("both empty") << Iid() << Iid() << false;
}

void TestDomainJson::testIidMatches()
{
    QFETCH(Iid, a);
    QFETCH(Iid, b);
    QFETCH(bool, matches);
    QCOMPARE(a.matches(b), matches);
    QCOMPARE(b.matches(a), matches);
}

void TestDomainJson::testConnectionValidation_data()
{
    QTest::addColumn<ConnectionConfig>("config");
    QTest::addColumn<QString>("field"); // a word the error must contain; empty = valid
    const ConnectionConfig good { QStringLiteral("aws-seoul_1.0"), QStringLiteral("native"), QStringLiteral("aws"),
        QStringLiteral("cred:aws"), QStringLiteral("ap-northeast-2"), QString(), QUrl() };
    const auto with = [&good](auto change) {
        ConnectionConfig c = good;
        change(c);
        return c;
    };
    QTest::newRow("valid") << good << QString();
    QTest::newRow("valid sim with endpoint") << with([](ConnectionConfig& c) {
        c.driver = QStringLiteral("sim");
        c.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:1024"));
    }) << QString();
    QTest::newRow("64-char name") << with([](ConnectionConfig& c) { c.name = QString(64, QLatin1Char('a')); })
                                  << QString();
    QTest::newRow("empty name") << with([](ConnectionConfig& c) { c.name.clear(); }) << "name";
    QTest::newRow("65-char name") << with([](ConnectionConfig& c) { c.name = QString(65, QLatin1Char('a')); })
                                  << "name";
    QTest::newRow("space in name") << with([](ConnectionConfig& c) { c.name = QStringLiteral("aws seoul"); }) << "name";
    QTest::newRow("slash in name") << with([](ConnectionConfig& c) { c.name = QStringLiteral("../x"); }) << "name";
    QTest::newRow("unknown provider") << with([](ConnectionConfig& c) { c.provider = QStringLiteral("oracle"); })
                                      << "provider";
    QTest::newRow("upper-case provider") << with([](ConnectionConfig& c) { c.provider = QStringLiteral("AWS"); })
                                         << "provider";
    QTest::newRow("bad driver") << with([](ConnectionConfig& c) { c.driver = QStringLiteral("spider"); }) << "driver";
    QTest::newRow("empty region") << with([](ConnectionConfig& c) { c.region.clear(); }) << "region";
    QTest::newRow("ftp endpoint") << with([](ConnectionConfig& c) {
        c.endpointOverride = QUrl(QStringLiteral("ftp://h/"));
    }) << "endpoint";
}

void TestDomainJson::testConnectionValidation()
{
    QFETCH(ConnectionConfig, config);
    QFETCH(QString, field);
    const QString error = config.validationError();
    if (field.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(field, Qt::CaseInsensitive), qPrintable(error));
}

void TestDomainJson::testConnectionJson()
{
    const ConnectionConfig config { QStringLiteral("os"), QStringLiteral("native"), QStringLiteral("openstack"),
        QStringLiteral("cred:os"), QStringLiteral("RegionOne"), QStringLiteral("nova"),
        QUrl(QStringLiteral("https://keystone.example:5000/v3")) };
    QCOMPARE(ConnectionConfig::fromJson(config.toJson()), config);
    QVERIFY(!config.toJson().contains(QLatin1String("allowInsecureHttp")));
    QVERIFY(!config.toJson().contains(QLatin1String("caBundle")));
    ConnectionConfig privateCloud = config;
    privateCloud.endpointOverride = QUrl(QStringLiteral("http://10.1.2.3:5000/v3"));
    privateCloud.allowInsecureHttp = true;
    privateCloud.caBundle = QStringLiteral("/etc/ssl/private-cloud-ca.pem");
    QCOMPARE(ConnectionConfig::fromJson(privateCloud.toJson()), privateCloud);
    QCOMPARE(ConnectionConfig::fromJson(QJsonObject()).driver, QStringLiteral("sim"));
    QCOMPARE(ConnectionConfig::fromJson(QJsonObject { { QStringLiteral("name"), 5 } }), ConnectionConfig());
}

void TestDomainJson::testProviders()
{
    const QStringList providers = knownProviders();
    QCOMPARE(
        providers, (strings({ "aws", "azure", "gcp", "alibaba", "tencent", "ibm", "openstack", "ncp", "nhn", "kt" })));
    const QStringList names = strings({ "AWS", "Azure", "GCP", "Alibaba Cloud", "Tencent Cloud", "IBM Cloud VPC",
        "OpenStack", "NAVER Cloud (NCP)", "NHN Cloud", "KT Cloud" });
    for (int i = 0; i < providers.size(); ++i)
        QCOMPARE(providerDisplayName(providers[i]), names[i]);
    QCOMPARE(providerDisplayName(QStringLiteral("mystery")), QStringLiteral("mystery"));
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "TestDomainJson.moc"
