// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/CidrAllocator.h"

#include <QObject>
#include <QTest>

#include <algorithm>

using namespace Barista;

namespace {

Ipv4Cidr cidr(const char* text)
{
    const std::optional<Ipv4Cidr> parsed = Ipv4Cidr::parse(QLatin1String(text));
    return parsed ? *parsed : Ipv4Cidr();
}

CidrRequest request(const QString& connection, const QString& provider, int nodes, int subnets = 1)
{
    CidrRequest r;
    r.connection = connection;
    r.provider = provider;
    r.nodeCount = nodes;
    r.subnetCount = subnets;
    return r;
}

/// Rules from inline YAML, for plans that must run out of room quickly.
NetworkRules rulesFrom(const char* yaml)
{
    QString error;
    const std::optional<NetworkRules> rules = NetworkRules::fromYaml(QByteArray(yaml), &error);
    if (!rules)
        qFatal("bad test rules: %s", qPrintable(error));
    return *rules;
}

/// Every property a plan must have, checked pairwise; an empty string when all hold.
QString violations(
    const QList<CidrAllocation>& plan, const QList<CidrRequest>& requests, const QList<Ipv4Cidr>& avoid = {})
{
    if (plan.size() != requests.size())
        return QStringLiteral("%1 allocations for %2 requests").arg(plan.size()).arg(requests.size());
    const NetworkRules& rules = NetworkRules::bundled();
    for (int i = 0; i < plan.size(); ++i) {
        const CidrAllocation& a = plan.at(i);
        const QString where = a.connection + QLatin1String(": ");
        if (!a.ok())
            return where + a.error;
        if (a.connection != requests.at(i).connection)
            return where + QStringLiteral("out of order");
        const ProviderNetworkRule rule = rules.rule(a.provider);
        if (!a.vpc.isValid() || a.vpc.prefixLength() < rule.vnetPrefixMin || a.vpc.prefixLength() > rule.vnetPrefixMax)
            return where + QStringLiteral("VPC %1 outside the prefix limits").arg(a.vpc.toString());
        if (std::none_of(rule.availableBlocks.cbegin(), rule.availableBlocks.cend(),
                [&](const Ipv4Cidr& block) { return block.contains(a.vpc); }))
            return where + QStringLiteral("VPC %1 outside the available blocks").arg(a.vpc.toString());
        for (const Ipv4Cidr& reserved : rule.reservedBlocks + avoid) {
            if (reserved.overlaps(a.vpc))
                return where + QStringLiteral("VPC %1 overlaps %2").arg(a.vpc.toString(), reserved.toString());
        }
        if (a.subnets.size() != requests.at(i).subnetCount)
            return where + QStringLiteral("%1 subnets").arg(a.subnets.size());
        for (int s = 0; s < a.subnets.size(); ++s) {
            const Ipv4Cidr& subnet = a.subnets.at(s);
            if (!a.vpc.contains(subnet))
                return where + QStringLiteral("subnet %1 outside its VPC").arg(subnet.toString());
            if (subnet.prefixLength() < rule.subnetPrefixMin || subnet.prefixLength() > rule.subnetPrefixMax)
                return where + QStringLiteral("subnet %1 outside the prefix limits").arg(subnet.toString());
            if (rule.usableAddresses(subnet.prefixLength()) < quint64(requests.at(i).nodeCount))
                return where + QStringLiteral("subnet %1 too small").arg(subnet.toString());
            for (int t = 0; t < s; ++t) {
                if (subnet.overlaps(a.subnets.at(t)))
                    return where + QStringLiteral("subnets overlap: %1").arg(subnet.toString());
            }
        }
        for (int j = 0; j < i; ++j) {
            if (a.vpc.overlaps(plan.at(j).vpc))
                return where
                    + QStringLiteral("VPC %1 overlaps %2 of %3")
                          .arg(a.vpc.toString(), plan.at(j).vpc.toString(), plan.at(j).connection);
        }
    }
    return {};
}

} // namespace

class TestCidrAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testParse();
    void testParseErrors_data();
    void testParseErrors();
    void testArithmetic();
    void testManyConnections();
    void testExistingAvoided();
    void testOtherConnectionsExistingIsSoft();
    void testReservedBlocksAvoided();
    void testLargeGroup();
    void testSubnetSizes();
    void testShrinksWhenFull();
    void testImpossible();
    void testInvalidRequests();
};

void TestCidrAllocator::testParse()
{
    const std::optional<Ipv4Cidr> a = Ipv4Cidr::parse(QStringLiteral("10.0.0.0/16"));
    QVERIFY(a);
    QCOMPARE(a->network(), quint32(0x0a000000));
    QCOMPARE(a->prefixLength(), 16);
    QCOMPARE(a->size(), quint64(65536));
    QCOMPARE(a->lastAddress(), quint32(0x0a00ffff));
    QCOMPARE(a->netmask(), quint32(0xffff0000));
    QCOMPARE(a->toString(), QStringLiteral("10.0.0.0/16"));

    QCOMPARE(cidr("0.0.0.0/0").size(), quint64(1) << 32);
    QCOMPARE(cidr("0.0.0.0/0").lastAddress(), quint32(0xffffffff));
    QCOMPARE(cidr("255.255.255.255/32").size(), quint64(1));
    QCOMPARE(cidr("192.168.10.128/25").toString(), QStringLiteral("192.168.10.128/25"));
    QVERIFY(!Ipv4Cidr().isValid());
    QVERIFY(Ipv4Cidr().toString().isEmpty());
}

void TestCidrAllocator::testParseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hint"); // something the message must name
    QTest::addRow("empty") << QString() << QStringLiteral("CIDR notation");
    QTest::addRow("no prefix") << QStringLiteral("10.0.0.0") << QStringLiteral("CIDR notation");
    QTest::addRow("host bits") << QStringLiteral("10.0.0.1/16") << QStringLiteral("10.0.0.0/16");
    QTest::addRow("host bits /31") << QStringLiteral("192.168.1.1/31") << QStringLiteral("192.168.1.0/31");
    QTest::addRow("three octets") << QStringLiteral("10.0.0/16") << QStringLiteral("not an IPv4 address");
    QTest::addRow("five octets") << QStringLiteral("10.0.0.0.0/16") << QStringLiteral("not an IPv4 address");
    QTest::addRow("octet > 255") << QStringLiteral("256.0.0.0/8") << QStringLiteral("not an IPv4 address");
    QTest::addRow("empty octet") << QStringLiteral("10..0.0/16") << QStringLiteral("not an IPv4 address");
    QTest::addRow("leading zero") << QStringLiteral("010.0.0.0/8") << QStringLiteral("not an IPv4 address");
    QTest::addRow("letters") << QStringLiteral("a.b.c.d/8") << QStringLiteral("not an IPv4 address");
    QTest::addRow("spaces") << QStringLiteral(" 10.0.0.0/8") << QStringLiteral("not an IPv4 address");
    QTest::addRow("no address") << QStringLiteral("/8") << QStringLiteral("not an IPv4 address");
    QTest::addRow("prefix 33") << QStringLiteral("10.0.0.0/33") << QStringLiteral("0 to 32");
    QTest::addRow("negative prefix") << QStringLiteral("10.0.0.0/-1") << QStringLiteral("0 to 32");
    QTest::addRow("empty prefix") << QStringLiteral("10.0.0.0/") << QStringLiteral("0 to 32");
    QTest::addRow("padded prefix") << QStringLiteral("10.0.0.0/08") << QStringLiteral("0 to 32");
    QTest::addRow("trailing text") << QStringLiteral("10.0.0.0/8x") << QStringLiteral("0 to 32");
    QTest::addRow("two slashes") << QStringLiteral("10.0.0.0/8/8") << QStringLiteral("0 to 32");
}

void TestCidrAllocator::testParseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, hint);
    QString error;
    QVERIFY(!Ipv4Cidr::parse(text, &error));
    QVERIFY2(error.contains(hint), qPrintable(error));
    QVERIFY(!Ipv4Cidr::parse(text)); // no error pointer: no crash
}

void TestCidrAllocator::testArithmetic()
{
    const Ipv4Cidr vpc = cidr("10.1.0.0/16");
    QVERIFY(vpc.contains(cidr("10.1.255.0/24")));
    QVERIFY(vpc.contains(vpc));
    QVERIFY(!vpc.contains(cidr("10.0.0.0/8")));
    QVERIFY(vpc.contains(quint32(0x0a01abcd)));
    QVERIFY(!vpc.contains(quint32(0x0a020000)));
    QVERIFY(vpc.overlaps(cidr("10.0.0.0/8")));
    QVERIFY(cidr("10.0.0.0/8").overlaps(vpc));
    QVERIFY(!vpc.overlaps(cidr("10.2.0.0/16")));
    QVERIFY(!vpc.overlaps(cidr("10.0.255.0/24"))); // the block just below
    QVERIFY(!vpc.overlaps(Ipv4Cidr()));

    QCOMPARE(vpc.subnetCount(24), quint64(256));
    QCOMPARE(vpc.subnetCount(15), quint64(0));
    QCOMPARE(vpc.subnet(24, 3), cidr("10.1.3.0/24"));
    QCOMPARE(vpc.subnet(20, 15), cidr("10.1.240.0/20"));
    QVERIFY(!vpc.subnet(24, 256).isValid());
    QCOMPARE(vpc.split(18, 3), (QList<Ipv4Cidr> { cidr("10.1.0.0/18"), cidr("10.1.64.0/18"), cidr("10.1.128.0/18") }));
    QVERIFY(vpc.split(17, 3).isEmpty());
    QCOMPARE(cidr("10.1.3.0/24").supernet(16), vpc);
    QVERIFY(!vpc.supernet(24).isValid());
    QCOMPARE(Ipv4Cidr::fromNetwork(0xc0a80000, 16), cidr("192.168.0.0/16"));
    QVERIFY(!Ipv4Cidr::fromNetwork(0xc0a80001, 16));
    QVERIFY(!Ipv4Cidr::fromNetwork(0, 33));

    QCOMPARE(Ipv4Cidr::prefixForAddressCount(1), 32);
    QCOMPARE(Ipv4Cidr::prefixForAddressCount(256), 24);
    QCOMPARE(Ipv4Cidr::prefixForAddressCount(257), 23);
    QCOMPARE(Ipv4Cidr::prefixForAddressCount(4005), 20);
    QCOMPARE(Ipv4Cidr::prefixForAddressCount(quint64(1) << 32), 0);
    QCOMPARE(Ipv4Cidr::prefixForAddressCount((quint64(1) << 32) + 1), -1);

    QVERIFY(cidr("10.0.0.0/8") < cidr("10.0.0.0/16"));
    QVERIFY(cidr("10.0.0.0/16") < cidr("10.1.0.0/16"));
}

void TestCidrAllocator::testManyConnections()
{
    // 25 connections over the ten providers, some with several subnets or many nodes.
    const QStringList providers { QStringLiteral("aws"), QStringLiteral("azure"), QStringLiteral("gcp"),
        QStringLiteral("alibaba"), QStringLiteral("tencent"), QStringLiteral("ibm"), QStringLiteral("openstack"),
        QStringLiteral("ncp"), QStringLiteral("nhn"), QStringLiteral("kt") };
    CidrPlanInput input;
    for (int i = 0; i < 25; ++i) {
        const QString provider = providers.at(i % providers.size());
        input.requests.append(
            request(QStringLiteral("%1-region-%2").arg(provider).arg(i), provider, (i * 37) % 300 + 1, i % 4 + 1));
    }
    input.inUseElsewhere = { cidr("10.0.0.0/16"), cidr("192.168.0.0/24") };
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    const QString problem = violations(plan, input.requests, input.inUseElsewhere);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QCOMPARE(plan.first().vpc, cidr("10.1.0.0/16")); // 10.0.0.0/16 is taken
    QCOMPARE(plan.first().subnets.first(), cidr("10.1.0.0/24"));
    QVERIFY(!plan.at(2).vpcHasCidr); // gcp
    QVERIFY(plan.at(6).usedDefaultRule); // openstack
    QVERIFY(!plan.at(0).usedDefaultRule);

    // Same input, same plan, also from another allocator.
    const QList<CidrAllocation> again = CidrAllocator(NetworkRules::bundled()).allocate(input);
    for (int i = 0; i < plan.size(); ++i) {
        QCOMPARE(again.at(i).vpc, plan.at(i).vpc);
        QCOMPARE(again.at(i).subnets, plan.at(i).subnets);
    }
}

void TestCidrAllocator::testExistingAvoided()
{
    CidrPlanInput input;
    input.requests = { request(QStringLiteral("aws-seoul"), QStringLiteral("aws"), 3),
        request(QStringLiteral("azure-korea"), QStringLiteral("azure"), 3) };
    input.existingByConnection.insert(
        QStringLiteral("aws-seoul"), { cidr("10.0.0.0/16"), cidr("10.1.128.0/20"), cidr("10.3.0.0/16") });
    input.inUseElsewhere = { cidr("10.2.0.0/16") };
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    const QString problem = violations(
        plan, input.requests, input.inUseElsewhere + input.existingByConnection.value(QStringLiteral("aws-seoul")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(plan.at(0).vpc, cidr("10.4.0.0/16"));
    QCOMPARE(plan.at(1).vpc, cidr("10.5.0.0/16")); // after aws-seoul's new VPC, clear of its old ones
}

void TestCidrAllocator::testOtherConnectionsExistingIsSoft()
{
    // Only room for two /24 VPCs; one holds a VPC of another connection.
    const NetworkRules rules = rulesFrom(R"(
network:
  tiny:
    available-cidr-blocks:
      - cidr-block: 192.168.0.0/23
    vnet: {prefix-length: {min: 24, max: 24}}
    subnet: {prefix-length: {min: 24, max: 28}, reserved-ips: {count: 5}}
)");
    CidrPlanInput input;
    input.existingByConnection.insert(QStringLiteral("other"), { cidr("192.168.0.0/24") });
    input.requests = { request(QStringLiteral("a"), QStringLiteral("tiny"), 10) };
    // While there is room, the other connection's VPC is avoided...
    QCOMPARE(CidrAllocator(rules).allocate(input).first().vpc, cidr("192.168.1.0/24"));
    // ...when there is not, it may be shared, but never the connection's own VPCs.
    input.requests.append(request(QStringLiteral("b"), QStringLiteral("tiny"), 10));
    input.requests.append(request(QStringLiteral("other"), QStringLiteral("tiny"), 10));
    const QList<CidrAllocation> plan = CidrAllocator(rules).allocate(input);
    QVERIFY(plan.at(0).ok());
    QVERIFY2(plan.at(1).ok(), qPrintable(plan.at(1).error));
    QCOMPARE(plan.at(1).vpc, cidr("192.168.0.0/24"));
    QVERIFY(!plan.at(2).ok());
}

void TestCidrAllocator::testReservedBlocksAvoided()
{
    // With 10/8 and 172.16/16 gone, the next /16 is 172.17/16: reserved by AWS, not by Azure.
    CidrPlanInput input;
    input.inUseElsewhere = { cidr("10.0.0.0/8"), cidr("172.16.0.0/16") };
    input.requests = { request(QStringLiteral("aws-1"), QStringLiteral("aws"), 5),
        request(QStringLiteral("azure-1"), QStringLiteral("azure"), 5) };
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    const QString problem = violations(plan, input.requests, input.inUseElsewhere);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(plan.at(0).vpc, cidr("172.18.0.0/16"));
    QCOMPARE(plan.at(1).vpc, cidr("172.17.0.0/16"));
}

void TestCidrAllocator::testLargeGroup()
{
    CidrPlanInput input;
    input.requests = { request(QStringLiteral("aws-big"), QStringLiteral("aws"), 4000, 2),
        request(QStringLiteral("azure-big"), QStringLiteral("azure"), 4000) };
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    const QString problem = violations(plan, input.requests);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const CidrAllocation& a : plan) {
        QCOMPARE(a.vpc.prefixLength(), 16);
        for (const Ipv4Cidr& subnet : a.subnets) {
            QCOMPARE(subnet.prefixLength(), 20); // 4000 + 5 reserved need 4096 addresses
            QVERIFY(subnet.size() >= 4005);
        }
    }
    QCOMPARE(plan.at(0).subnets, (QList<Ipv4Cidr> { cidr("10.0.0.0/20"), cidr("10.0.16.0/20") }));
}

void TestCidrAllocator::testSubnetSizes()
{
    const NetworkRules& rules = NetworkRules::bundled();
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("aws")), 1), 24);
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("aws")), 251), 24);
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("aws")), 252), 23); // 252 + 5 > 256
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("tencent")), 253), 24); // only 3 reserved
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("aws")), 65531), 16);
    QString error;
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("aws")), 65532, &error), -1);
    QVERIFY2(error.contains(QLatin1String("/16")), qPrintable(error));
    QCOMPARE(CidrAllocator::subnetPrefixFor(rules.rule(QStringLiteral("azure")), 65532), 15); // Azure allows /8

    // A provider whose smallest subnet is larger than /24 gets that.
    const NetworkRules coarse = rulesFrom(R"(
network:
  coarse:
    subnet: {prefix-length: {min: 16, max: 22}, reserved-ips: {value: 5}}
)");
    QCOMPARE(CidrAllocator::subnetPrefixFor(coarse.rule(QStringLiteral("coarse")), 1), 22);
}

void TestCidrAllocator::testShrinksWhenFull()
{
    // One /16 available, its lower half taken: the VPC shrinks to /17 rather than fail.
    const NetworkRules rules = rulesFrom(R"(
network:
  small:
    available-cidr-blocks:
      - cidr-block: 192.168.0.0/16
    vnet: {prefix-length: {min: 16, max: 28}}
    subnet: {prefix-length: {min: 16, max: 28}, reserved-ips: {count: 5}}
)");
    CidrPlanInput input;
    input.inUseElsewhere = { cidr("192.168.0.0/17") };
    input.requests = { request(QStringLiteral("s1"), QStringLiteral("small"), 10, 2),
        request(QStringLiteral("s2"), QStringLiteral("small"), 10, 3) };
    const QList<CidrAllocation> plan = CidrAllocator(rules).allocate(input);
    QVERIFY2(plan.at(0).ok(), qPrintable(plan.at(0).error));
    QCOMPARE(plan.at(0).vpc, cidr("192.168.128.0/17"));
    QCOMPARE(plan.at(0).subnets, (QList<Ipv4Cidr> { cidr("192.168.128.0/24"), cidr("192.168.129.0/24") }));
    // Nothing left for s2 at any size down to /22 (the smallest holding 3 x /24).
    QVERIFY(!plan.at(1).ok());
    QVERIFY2(plan.at(1).error.contains(QLatin1String("s2")), qPrintable(plan.at(1).error));
    QVERIFY2(plan.at(1).error.contains(QLatin1String("/16 to /22")), qPrintable(plan.at(1).error));
    QVERIFY(!plan.at(1).vpc.isValid());
    QVERIFY(plan.at(1).subnets.isEmpty());
}

void TestCidrAllocator::testImpossible()
{
    CidrPlanInput input;
    input.requests = { request(QStringLiteral("tencent-huge"), QStringLiteral("tencent"), 70000),
        request(QStringLiteral("aws-many"), QStringLiteral("aws"), 10, 512),
        request(QStringLiteral("aws-ok"), QStringLiteral("aws"), 10) };
    QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    // Tencent's largest subnet is /16: 65536 addresses.
    QVERIFY(!plan.at(0).ok());
    QVERIFY2(plan.at(0).error.contains(QLatin1String("tencent-huge")), qPrintable(plan.at(0).error));
    QVERIFY2(plan.at(0).error.contains(QLatin1String("/16")), qPrintable(plan.at(0).error));
    // 512 subnets of /24 need a /15, and AWS VPCs stop at /16.
    QVERIFY(!plan.at(1).ok());
    QVERIFY2(plan.at(1).error.contains(QLatin1String("/15")), qPrintable(plan.at(1).error));
    // Failed requests take no space.
    QVERIFY(plan.at(2).ok());
    QCOMPARE(plan.at(2).vpc, cidr("10.0.0.0/16"));

    // Every private range in use elsewhere: nothing fits.
    input.requests = { request(QStringLiteral("aws-none"), QStringLiteral("aws"), 1) };
    input.inUseElsewhere = { cidr("10.0.0.0/8"), cidr("172.16.0.0/12"), cidr("192.168.0.0/16") };
    plan = CidrAllocator().allocate(input);
    QVERIFY(!plan.at(0).ok());
    QVERIFY2(plan.at(0).error.contains(QLatin1String("no free")), qPrintable(plan.at(0).error));
}

void TestCidrAllocator::testInvalidRequests()
{
    CidrPlanInput input;
    input.requests = { request(QStringLiteral("neg"), QStringLiteral("aws"), -1),
        request(QStringLiteral("none"), QStringLiteral("aws"), 1, 0),
        request(QStringLiteral("zero-nodes"), QStringLiteral("aws"), 0) };
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    QVERIFY(!plan.at(0).ok());
    QVERIFY(!plan.at(1).ok());
    QVERIFY2(plan.at(2).ok(), qPrintable(plan.at(2).error));
    QCOMPARE(plan.at(2).subnets, QList<Ipv4Cidr> { cidr("10.0.0.0/24") });
}

QTEST_GUILESS_MAIN(TestCidrAllocator)
#include "TestCidrAllocator.moc"
