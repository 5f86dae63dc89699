// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"

#include <QObject>
#include <QTest>

using namespace Barista;

class TestRegionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testTotals();
    void testEntryCounts_data();
    void testEntryCounts();
    void testKnownRegion();
    void testBundledIsLoadedOnce();
    void testMalformed_data();
    void testMalformed();
    void testSmallValidCatalog();
};

void TestRegionCatalog::testTotals()
{
    const RegionCatalog& catalog = RegionCatalog::bundled();
    QCOMPARE(catalog.entries().size(), 11);
    QCOMPARE(catalog.regionCount(), 196);
    QCOMPARE(catalog.zoneCount(), 543);
    QCOMPARE(catalog.regions().size(), 196);
    // File order of cloudinfo.yaml.
    QCOMPARE(catalog.entries().first(), QStringLiteral("alibaba"));
    QCOMPARE(catalog.entries().last(), QStringLiteral("tencent"));
}

void TestRegionCatalog::testEntryCounts_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("zones");
    QTest::newRow("aws") << "aws"
                         << "aws" << 33 << 103;
    QTest::newRow("azure") << "azure"
                           << "azure" << 48 << 114;
    QTest::newRow("gcp") << "gcp"
                         << "gcp" << 43 << 130;
    QTest::newRow("alibaba") << "alibaba"
                             << "alibaba" << 32 << 103;
    QTest::newRow("tencent") << "tencent"
                             << "tencent" << 17 << 37;
    QTest::newRow("ibm") << "ibm"
                         << "ibm" << 13 << 39;
    QTest::newRow("ncp") << "ncp"
                         << "ncp" << 3 << 6;
    QTest::newRow("nhn") << "nhn"
                         << "nhn" << 4 << 8;
    QTest::newRow("kt") << "kt"
                        << "kt" << 1 << 1;
    QTest::newRow("openstack") << "openstack"
                               << "openstack" << 1 << 1;
    QTest::newRow("openstack-ex01") << "openstack-ex01"
                                    << "openstack" << 1 << 1;
}

void TestRegionCatalog::testEntryCounts()
{
    QFETCH(QString, entry);
    QFETCH(QString, provider);
    QFETCH(int, regions);
    QFETCH(int, zones);
    const RegionCatalog& catalog = RegionCatalog::bundled();
    QVERIFY(catalog.entries().contains(entry));
    QCOMPARE(catalog.providerOf(entry), provider);
    const QList<RegionInfo> list = catalog.regions(entry);
    QCOMPARE(list.size(), regions);
    int zoneCount = 0;
    for (const RegionInfo& region : list) {
        QCOMPARE(region.provider, entry);
        QVERIFY(!region.name.isEmpty());
        QVERIFY(!region.displayName.isEmpty());
        QVERIFY(region.latitude >= -90 && region.latitude <= 90);
        QVERIFY(region.longitude >= -180 && region.longitude <= 180);
        zoneCount += static_cast<int>(region.zones.size());
    }
    QCOMPARE(zoneCount, zones);
}

void TestRegionCatalog::testKnownRegion()
{
    const RegionCatalog& catalog = RegionCatalog::bundled();
    const std::optional<RegionInfo> seoul = catalog.region(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"));
    QVERIFY(seoul.has_value());
    QCOMPARE(seoul->provider, QStringLiteral("aws"));
    QCOMPARE(seoul->displayName, QStringLiteral("South Korea (Seoul)"));
    QCOMPARE(seoul->latitude, 37.36);
    QCOMPARE(seoul->longitude, 126.78);
    QStringList zones;
    for (const ZoneInfo& zone : seoul->zones)
        zones.append(zone.name);
    QCOMPARE(zones,
        (QStringList { QStringLiteral("ap-northeast-2a"), QStringLiteral("ap-northeast-2b"),
            QStringLiteral("ap-northeast-2c"), QStringLiteral("ap-northeast-2d") }));

    // The same region name under another entry is a different region.
    const std::optional<RegionInfo> aliSeoul
        = catalog.region(QStringLiteral("alibaba"), QStringLiteral("ap-northeast-2"));
    QVERIFY(aliSeoul.has_value());
    QCOMPARE(aliSeoul->zones.size(), 2);
    QVERIFY(!catalog.region(QStringLiteral("aws"), QStringLiteral("mars-north-1")).has_value());
    QVERIFY(!catalog.region(QStringLiteral("nope"), QStringLiteral("ap-northeast-2")).has_value());
    QVERIFY(catalog.regions(QStringLiteral("nope")).isEmpty());
    QVERIFY(catalog.providerOf(QStringLiteral("nope")).isEmpty());
}

void TestRegionCatalog::testBundledIsLoadedOnce()
{
    QCOMPARE(&RegionCatalog::bundled(), &RegionCatalog::bundled());
}

void TestRegionCatalog::testMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("regions: [");
    QTest::newRow("array root") << QByteArray("[1, 2]");
    QTest::newRow("no schema version") << QByteArray(R"({"entries": []})");
    QTest::newRow("future schema") << QByteArray(R"({"schemaVersion": 2, "entries": []})");
    QTest::newRow("entries not array") << QByteArray(R"({"schemaVersion": 1, "entries": {}})");
    QTest::newRow("entry without id") << QByteArray(R"({"schemaVersion": 1, "entries": [{"regions": []}]})");
    QTest::newRow("entry not object") << QByteArray(R"({"schemaVersion": 1, "entries": ["aws"]})");
    QTest::newRow("regions missing") << QByteArray(R"({"schemaVersion": 1, "entries": [{"id": "aws"}]})");
    QTest::newRow("region without name") << QByteArray(
        R"({"schemaVersion": 1, "entries": [{"id": "aws", "regions": [{"latitude": 1}]}]})");
    QTest::newRow("region not object") << QByteArray(
        R"({"schemaVersion": 1, "entries": [{"id": "aws", "regions": ["us-east-1"]}]})");
    QTest::newRow("duplicate entry") << QByteArray(
        R"({"schemaVersion": 1, "entries": [{"id": "aws", "regions": []}, {"id": "aws", "regions": []}]})");
}

void TestRegionCatalog::testMalformed()
{
    QFETCH(QByteArray, json);
    QString error;
    const RegionCatalog catalog = RegionCatalog::fromJson(json, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(catalog.entries().isEmpty());
    QCOMPARE(catalog.regionCount(), 0);
    QCOMPARE(catalog.zoneCount(), 0);
}

void TestRegionCatalog::testSmallValidCatalog()
{
    const QByteArray json = R"({"schemaVersion": 1, "source": "test", "entries": [
        {"id": "private-os", "provider": "openstack", "description": "Lab", "regions": [
          {"name": "RegionOne", "displayName": "Lab", "latitude": 1.5, "longitude": -2.5,
           "zones": [{"name": "nova"}, {"name": "az2"}]}]},
        {"id": "kt", "regions": []}]})";
    QString error = QStringLiteral("stale");
    const RegionCatalog catalog = RegionCatalog::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.entries(), (QStringList { QStringLiteral("private-os"), QStringLiteral("kt") }));
    QCOMPARE(catalog.providerOf(QStringLiteral("private-os")), QStringLiteral("openstack"));
    QCOMPARE(catalog.providerOf(QStringLiteral("kt")), QStringLiteral("kt")); // defaults to the id
    QCOMPARE(catalog.regionCount(), 1);
    QCOMPARE(catalog.zoneCount(), 2);
    const RegionInfo region = catalog.regions().first();
    QCOMPARE(region.provider, QStringLiteral("private-os"));
    QCOMPARE(region.longitude, -2.5);
    QCOMPARE(region.zones.last().name, QStringLiteral("az2"));
}

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "TestRegionCatalog.moc"
