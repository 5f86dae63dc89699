// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/GeoDistance.h"
#include "models/catalog/LatencyMatrix.h"
#include "models/catalog/RegionCatalog.h"

#include <QObject>
#include <QTest>

using namespace Barista;

class TestCatalogLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testGreatCircle();
    void testBoundingBox();
    void testBundledMatrix();
    void testMissingPairsAreEstimatedAndFlagged();
    void testMalformed();
};

void TestCatalogLatency::testGreatCircle()
{
    const GeoPoint seoul { 37.5665, 126.978 };
    const GeoPoint tokyo { 35.6762, 139.6503 };
    const double km = GeoDistance::kilometres(seoul, tokyo);
    QVERIFY2(km > 1140 && km < 1170, qPrintable(QString::number(km)));
    QCOMPARE(GeoDistance::kilometres(seoul, seoul), 0.0);
    // Across the antimeridian: Auckland to Honolulu is ~7100 km, not ~32000.
    const double pacific = GeoDistance::kilometres(GeoPoint { -36.85, 174.76 }, GeoPoint { 21.31, -157.86 });
    QVERIFY2(pacific > 7000 && pacific < 7300, qPrintable(QString::number(pacific)));
    QVERIFY(GeoDistance::parse(QStringLiteral(" 37.5 , 127 ")));
    QVERIFY(!GeoDistance::parse(QStringLiteral("37.5")));
    QVERIFY(!GeoDistance::parse(QStringLiteral("95,0")));
}

void TestCatalogLatency::testBoundingBox()
{
    const GeoPoint centre { 37.5, 127.0 };
    double minLat = 0, maxLat = 0, minLon = 0, maxLon = 0;
    GeoDistance::boundingBox(centre, 500, &minLat, &maxLat, &minLon, &maxLon);
    // Points 499 km north, south, east and west are inside the box.
    for (const GeoPoint& p : { GeoPoint { 37.5 + 4.48, 127.0 }, GeoPoint { 37.5 - 4.48, 127.0 },
             GeoPoint { 37.5, 127.0 + 5.6 }, GeoPoint { 37.5, 127.0 - 5.6 } }) {
        QVERIFY(GeoDistance::kilometres(centre, p) < 500);
        QVERIFY(p.latitude >= minLat && p.latitude <= maxLat);
        QVERIFY(p.longitude >= minLon && p.longitude <= maxLon);
    }
    GeoDistance::boundingBox(GeoPoint { 89.5, 0 }, 200, &minLat, &maxLat, &minLon, &maxLon);
    QCOMPARE(minLon, -180.0);
    QCOMPARE(maxLon, 180.0);
}

void TestCatalogLatency::testBundledMatrix()
{
    const LatencyMatrix& matrix = LatencyMatrix::bundled();
    QVERIFY(!matrix.isEmpty());
    QCOMPARE(matrix.regionKeys().size(), 110);
    // Values from cloudlatencymap.csv (row alibaba-ap-south-1).
    QCOMPARE(matrix.measured(QStringLiteral("alibaba-ap-south-1"), QStringLiteral("alibaba-ap-south-1")),
        std::optional<double>(0.223));
    QCOMPARE(matrix.measured(QStringLiteral("alibaba-ap-south-1"), QStringLiteral("alibaba-ap-southeast-2")),
        std::optional<double>(148.493));
    const auto seoulTokyo = matrix.latency(
        QStringLiteral("aws-ap-northeast-2"), QStringLiteral("aws-ap-northeast-1"), std::nullopt, std::nullopt);
    QVERIFY(seoulTokyo);
    QVERIFY(!seoulTokyo->estimated);
    QVERIFY(seoulTokyo->ms > 10 && seoulTokyo->ms < 80);
    // The matrix covers 105 of the 196 bundled regions.
    int covered = 0;
    for (const RegionInfo& region : RegionCatalog::bundled().regions()) {
        if (matrix.regionKeys().contains(LatencyMatrix::key(region.provider, region.name)))
            ++covered;
    }
    QCOMPARE(covered, 105);
}

void TestCatalogLatency::testMissingPairsAreEstimatedAndFlagged()
{
    const LatencyMatrix& matrix = LatencyMatrix::bundled();
    const std::optional<RegionInfo> ncp = RegionCatalog::bundled().region(QStringLiteral("ncp"), QStringLiteral("KR"));
    const std::optional<RegionInfo> tokyo
        = RegionCatalog::bundled().region(QStringLiteral("aws"), QStringLiteral("ap-northeast-1"));
    QVERIFY(ncp && tokyo);
    const GeoPoint from { ncp->latitude, ncp->longitude };
    const GeoPoint to { tokyo->latitude, tokyo->longitude };
    QVERIFY(!matrix.measured(QStringLiteral("ncp-KR"), QStringLiteral("aws-ap-northeast-1")));
    const auto estimate = matrix.latency(QStringLiteral("ncp-KR"), QStringLiteral("aws-ap-northeast-1"), from, to);
    QVERIFY(estimate);
    QVERIFY(estimate->estimated);
    QCOMPARE(estimate->ms, matrix.estimateMs(GeoDistance::kilometres(from, to)));
    // Farther is slower; without coordinates there is no estimate.
    QVERIFY(matrix.estimateMs(5000) > matrix.estimateMs(1000));
    QVERIFY(!matrix.latency(QStringLiteral("x-a"), QStringLiteral("x-b"), std::nullopt, to));
    const auto same = matrix.latency(QStringLiteral("x-a"), QStringLiteral("x-a"), std::nullopt, std::nullopt);
    QVERIFY(same && same->estimated && same->ms < 5);
}

void TestCatalogLatency::testMalformed()
{
    QString error;
    QVERIFY(LatencyMatrix::fromJson("{\"schemaVersion\":1,\"regions\":[\"a\"],\"matrix\":[]}", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(LatencyMatrix::fromJson("not json", &error).isEmpty());
    const LatencyMatrix ok = LatencyMatrix::fromJson(
        "{\"schemaVersion\":1,\"estimate\":{\"baseMs\":10,\"msPerKm\":0.01,\"sameRegionMs\":0.5},"
        "\"regions\":[\"a-1\",\"b-1\"],\"matrix\":[[0.5,null],[20,0.4]]}",
        &error);
    QVERIFY2(!ok.isEmpty(), qPrintable(error));
    QVERIFY(!ok.measured(QStringLiteral("a-1"), QStringLiteral("b-1")));
    QCOMPARE(ok.measured(QStringLiteral("b-1"), QStringLiteral("a-1")), std::optional<double>(20));
    QCOMPARE(ok.estimateMs(100), 11.0);
}

QTEST_GUILESS_MAIN(TestCatalogLatency)
#include "TestCatalogLatency.moc"
