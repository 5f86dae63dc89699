// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/NetworkRules.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTest>

#include <thread>
#include <vector>

using namespace Barista;

namespace {

const QStringList AllProviders { QStringLiteral("aws"), QStringLiteral("azure"), QStringLiteral("gcp"),
    QStringLiteral("alibaba"), QStringLiteral("tencent"), QStringLiteral("ibm"), QStringLiteral("openstack"),
    QStringLiteral("ncp"), QStringLiteral("nhn"), QStringLiteral("kt") };

Ipv4Cidr cidr(const char* text)
{
    const std::optional<Ipv4Cidr> parsed = Ipv4Cidr::parse(QLatin1String(text));
    return parsed ? *parsed : Ipv4Cidr();
}

QList<Ipv4Cidr> rfc1918()
{
    return { cidr("10.0.0.0/8"), cidr("172.16.0.0/12"), cidr("192.168.0.0/16") };
}

/// The bundled YAML text, split per provider (the lines under "  <key>:"), read with regexes that
/// share nothing with yaml-cpp: a second reading for NetworkRules to agree with.
QMap<QString, QString> bundledSections()
{
    QFile file(QStringLiteral(":/infra/networkinfo.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression header(QStringLiteral("^  ([a-z]+):\\s*$"), QRegularExpression::MultilineOption);
    QMap<QString, QString> sections;
    QRegularExpressionMatchIterator it = header.globalMatch(text);
    QString key;
    qsizetype start = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (start >= 0)
            sections.insert(key, text.mid(start, match.capturedStart() - start));
        key = match.captured(1);
        start = match.capturedEnd();
    }
    if (start >= 0)
        sections.insert(key, text.mid(start));
    return sections;
}

} // namespace

class TestNetworkRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAllTenProviders();
    void testValuesFromTheFile();
    void testReservedIpsAgreeWithText();
    void testDefaultForMissingProvider();
    void testAliases();
    void testBundledIsSharedAcrossThreads();
    void testPartialAndInvalidEntries();
    void testMalformed_data();
    void testMalformed();
};

void TestNetworkRules::testAllTenProviders()
{
    const NetworkRules& rules = NetworkRules::bundled();
    QVERIFY2(rules.warnings().isEmpty(), qPrintable(rules.warnings().join(QLatin1Char('\n'))));
    for (const QString& provider : AllProviders) {
        QVERIFY2(rules.hasProvider(provider), qPrintable(provider));
        const ProviderNetworkRule rule = rules.rule(provider);
        QCOMPARE(rule.provider, provider);
        QCOMPARE(rule.fileKey, provider); // our ids are the file's keys
        QVERIFY(!rule.description.isEmpty());
        QVERIFY(!rule.availableBlocks.isEmpty());
        QVERIFY(rule.vnetPrefixMin <= rule.vnetPrefixMax);
        QVERIFY(rule.subnetPrefixMin <= rule.subnetPrefixMax);
        QVERIFY(rule.reservedIpsPerSubnet >= 3);
        // Only the two the file describes by name alone fall back entirely.
        const bool expectDefault = provider == QLatin1String("openstack") || provider == QLatin1String("kt");
        QCOMPARE(rule.isDefault, expectDefault);
        QCOMPARE(rule.defaultedFields.isEmpty(), !expectDefault);
    }
    QCOMPARE(rules.providers().size(), 10);
}

void TestNetworkRules::testValuesFromTheFile()
{
    const NetworkRules& rules = NetworkRules::bundled();

    const ProviderNetworkRule azure = rules.rule(QStringLiteral("azure"));
    QCOMPARE(azure.description, QStringLiteral("Microsoft Azure"));
    QCOMPARE(azure.reservedIpsPerSubnet, 5); // "reserved-ips: value: 5"
    QCOMPARE(azure.vnetPrefixMin, 8);
    QCOMPARE(azure.vnetPrefixMax, 29);
    QCOMPARE(azure.availableBlocks, rfc1918());
    QVERIFY(azure.reservedBlocks.isEmpty()); // commented out in the file

    const ProviderNetworkRule aws = rules.rule(QStringLiteral("aws"));
    QCOMPARE(aws.reservedIpsPerSubnet, 5); // "count: 5"
    QCOMPARE(aws.reservedBlocks, QList<Ipv4Cidr> { cidr("172.17.0.0/16") });
    QCOMPARE(aws.vnetPrefixMin, 16);
    QCOMPARE(aws.vnetPrefixMax, 28);
    QCOMPARE(aws.subnetPrefixMin, 16);
    QCOMPARE(aws.subnetPrefixMax, 28);
    QVERIFY(aws.vnetHasCidr);

    QCOMPARE(rules.rule(QStringLiteral("alibaba")).reservedIpsPerSubnet, 4);
    QCOMPARE(rules.rule(QStringLiteral("alibaba")).subnetPrefixMax, 29);
    QCOMPARE(rules.rule(QStringLiteral("tencent")).reservedIpsPerSubnet, 3);
    QCOMPARE(rules.rule(QStringLiteral("tencent")).vnetPrefixMin, 12);
    QCOMPARE(rules.rule(QStringLiteral("ibm")).vnetPrefixMin, 9);
    QCOMPARE(rules.rule(QStringLiteral("nhn")).vnetPrefixMax, 24);
    QCOMPARE(rules.rule(QStringLiteral("nhn")).reservedBlocks, QList<Ipv4Cidr> { cidr("169.254.0.0/16") });

    // GCP's VPC has no range: the file has no vnet section, the subnet limits stand in.
    const ProviderNetworkRule gcp = rules.rule(QStringLiteral("gcp"));
    QVERIFY(!gcp.vnetHasCidr);
    QCOMPARE(gcp.subnetPrefixMin, 8);
    QCOMPARE(gcp.subnetPrefixMax, 29);
    QCOMPARE(gcp.vnetPrefixMin, 8);
    QCOMPARE(gcp.vnetPrefixMax, 29);
    QCOMPARE(gcp.reservedIpsPerSubnet, 4);
    QCOMPARE(gcp.reservedBlocks, QList<Ipv4Cidr> { cidr("172.17.0.0/16") });
    QVERIFY(!gcp.defaultedFields.contains(QStringLiteral("vnet.prefix-length")));

    QCOMPARE(azure.usableAddresses(24), quint64(251));
    QCOMPARE(azure.usableAddresses(29), quint64(3));
    QCOMPARE(azure.usableAddresses(31), quint64(0));
}

void TestNetworkRules::testReservedIpsAgreeWithText()
{
    const QMap<QString, QString> sections = bundledSections();
    QCOMPARE(sections.size(), 10);
    // Only uncommented lines: kt has a commented-out reserved-ips block that must not count.
    static const QRegularExpression reserved(
        QStringLiteral("^\\s+reserved-ips:\\s*\\n\\s+(?:value|count):\\s*(\\d+)"), QRegularExpression::MultilineOption);
    int described = 0;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        const QRegularExpressionMatch match = reserved.match(it.value());
        const ProviderNetworkRule rule = NetworkRules::bundled().rule(it.key());
        if (match.hasMatch()) {
            ++described;
            QCOMPARE(rule.reservedIpsPerSubnet, match.captured(1).toInt());
            QVERIFY(!rule.defaultedFields.contains(QStringLiteral("subnet.reserved-ips")));
        } else {
            QVERIFY2(rule.defaultedFields.contains(QStringLiteral("subnet.reserved-ips")), qPrintable(it.key()));
        }
    }
    QCOMPARE(described, 8);
}

void TestNetworkRules::testDefaultForMissingProvider()
{
    for (const ProviderNetworkRule& rule :
        { NetworkRules::bundled().rule(QStringLiteral("Cloudless")), NetworkRules::bundled().rule(QStringLiteral("kt")),
            NetworkRules::bundled().rule(QStringLiteral("openstack")) }) {
        QVERIFY(rule.isDefault);
        QCOMPARE(rule.availableBlocks, rfc1918());
        QVERIFY(rule.reservedBlocks.isEmpty());
        QCOMPARE(rule.vnetPrefixMin, 16);
        QCOMPARE(rule.vnetPrefixMax, 28);
        QCOMPARE(rule.subnetPrefixMin, 16);
        QCOMPARE(rule.subnetPrefixMax, 28);
        QCOMPARE(rule.reservedIpsPerSubnet, 5);
        QVERIFY(rule.vnetHasCidr);
        QCOMPARE(rule.defaultedFields.size(), 4);
    }
    const ProviderNetworkRule missing = NetworkRules::bundled().rule(QStringLiteral("Cloudless"));
    QCOMPARE(missing.provider, QStringLiteral("cloudless"));
    QVERIFY(missing.fileKey.isEmpty());
    QVERIFY(!NetworkRules::bundled().hasProvider(QStringLiteral("cloudless")));
    QCOMPARE(NetworkRules::bundled().rule(QStringLiteral("kt")).description, QStringLiteral("KT Cloud (VPC)"));
}

void TestNetworkRules::testAliases()
{
    QCOMPARE(NetworkRules::canonicalProvider(QStringLiteral("NCPVPC")), QStringLiteral("ncp"));
    QCOMPARE(NetworkRules::canonicalProvider(QStringLiteral("ktcloudvpc")), QStringLiteral("kt"));
    QCOMPARE(NetworkRules::canonicalProvider(QStringLiteral(" AWS ")), QStringLiteral("aws"));
    const ProviderNetworkRule ncp = NetworkRules::bundled().rule(QStringLiteral("ncpvpc"));
    QCOMPARE(ncp.fileKey, QStringLiteral("ncp"));
    QVERIFY(!ncp.isDefault);
}

void TestNetworkRules::testBundledIsSharedAcrossThreads()
{
    std::vector<const NetworkRules*> seen(4, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = &NetworkRules::bundled(); });
    for (std::thread& thread : threads)
        thread.join();
    for (const NetworkRules* rules : seen)
        QCOMPARE(rules, &NetworkRules::bundled());
}

void TestNetworkRules::testPartialAndInvalidEntries()
{
    const QByteArray yaml = R"(
network:
  mini:
    description: A small cloud
    available-cidr-blocks:
      - cidr-block: 192.168.0.0/16
      - cidr-block: 10.0.0.1/8
      - cidr-block: not-a-cidr
    reserved-cidr-blocks:
      - cidr-block: 192.168.100.0/24
    subnet:
      prefix-length:
        min: 20
        max: 27
      reserved-ips:
        count: 2
  broken:
    available-cidr-blocks:
      - cidr-block: 300.0.0.0/8
    vnet:
      prefix-length:
        min: 28
        max: 16
    subnet:
      reserved-ips:
        count: lots
  empty:
)";
    QString error;
    const std::optional<NetworkRules> rules = NetworkRules::fromYaml(yaml, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->providers(),
        (QStringList { QStringLiteral("broken"), QStringLiteral("empty"), QStringLiteral("mini") }));

    const ProviderNetworkRule mini = rules->rule(QStringLiteral("mini"));
    QVERIFY(!mini.isDefault);
    QCOMPARE(mini.availableBlocks, QList<Ipv4Cidr> { cidr("192.168.0.0/16") });
    QCOMPARE(mini.reservedBlocks, QList<Ipv4Cidr> { cidr("192.168.100.0/24") });
    QCOMPARE(mini.subnetPrefixMin, 20);
    QCOMPARE(mini.subnetPrefixMax, 27);
    QCOMPARE(mini.reservedIpsPerSubnet, 2);
    QVERIFY(!mini.vnetHasCidr); // subnets but no vnet section
    QCOMPARE(mini.vnetPrefixMin, 20);

    const ProviderNetworkRule broken = rules->rule(QStringLiteral("broken"));
    QVERIFY(broken.isDefault);
    QCOMPARE(broken.availableBlocks, rfc1918());
    QCOMPARE(broken.vnetPrefixMin, 16);
    QCOMPARE(broken.vnetPrefixMax, 28);
    QCOMPARE(broken.reservedIpsPerSubnet, 5);
    QVERIFY(broken.defaultedFields.contains(QStringLiteral("vnet.prefix-length")));
    QVERIFY(broken.defaultedFields.contains(QStringLiteral("subnet.reserved-ips")));

    const ProviderNetworkRule empty = rules->rule(QStringLiteral("empty"));
    QVERIFY(empty.isDefault);
    QCOMPARE(empty.fileKey, QStringLiteral("empty"));

    // Two bad CIDRs in mini, one in broken, the reversed vnet range and the unreadable count.
    const QString warnings = rules->warnings().join(QLatin1Char('\n'));
    QCOMPARE(rules->warnings().size(), 5);
    QVERIFY2(warnings.contains(QLatin1String("10.0.0.1/8")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("network.broken.vnet")), qPrintable(warnings));
}

void TestNetworkRules::testMalformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addRow("not yaml") << QByteArray("network: [unclosed\n  - : :");
    QTest::addRow("no network") << QByteArray("other:\n  aws: {}\n");
    QTest::addRow("network is a list") << QByteArray("network:\n  - aws\n");
    QTest::addRow("empty") << QByteArray();
}

void TestNetworkRules::testMalformed()
{
    QFETCH(QByteArray, yaml);
    QString error;
    QVERIFY(!NetworkRules::fromYaml(yaml, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "TestNetworkRules.moc"
