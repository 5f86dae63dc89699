// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/LandShapes.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <cmath>

using namespace Barista;

class TestLandShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRoundTrip();
    void testRejects_data();
    void testRejects();
    void testShippedFiles_data();
    void testShippedFiles();
};

void TestLandShapes::testRoundTrip()
{
    // An island, and a square with a square hole.
    const QList<LandShapes::Polygon> polygons {
        { { { -180, -90 }, { 180, 90 }, { 12.5, -33.25 } } },
        { { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 } }, { { 2, 2 }, { 2, 4 }, { 4, 4 } } },
    };
    const QByteArray data = LandShapes::toBinary(polygons);
    QCOMPARE(data.size(), 20 + 2 * 4 + 3 * 4 + 10 * 4);
    QString error;
    const auto shapes = LandShapes::fromBinary(data, &error);
    QVERIFY2(shapes.has_value(), qPrintable(error));
    QCOMPARE(shapes->polygons().size(), 2);
    QCOMPARE(shapes->polygons().at(1).size(), 2); // outer ring and hole stay together
    QCOMPARE(shapes->ringCount(), 3);
    QCOMPARE(shapes->pointCount(), 10);
    for (int p = 0; p < polygons.size(); ++p) {
        for (int r = 0; r < polygons.at(p).size(); ++r) {
            const LandShapes::Ring& expected = polygons.at(p).at(r);
            const LandShapes::Ring& got = shapes->polygons().at(p).at(r);
            QCOMPARE(got.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                // int16 quantization: better than 0.006° of longitude, 0.003° of latitude.
                QVERIFY(std::abs(got.at(i).x() - expected.at(i).x()) < 0.006);
                QVERIFY(std::abs(got.at(i).y() - expected.at(i).y()) < 0.003);
            }
        }
    }
    QCOMPARE(shapes->polygons().first().first().first(), QPointF(-180, -90)); // the extremes are exact
}

void TestLandShapes::testRejects_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = LandShapes::toBinary({ { { { 0, 0 }, { 1, 0 }, { 1, 1 } } } });
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("XLND").append(good.mid(4));
    QByteArray badVersion = good;
    badVersion[4] = 2;
    QTest::newRow("version 2") << badVersion;
    QTest::newRow("truncated") << good.left(good.size() - 1);
    QTest::newRow("trailing bytes") << good + QByteArray(4, '\0');
    QByteArray badCount = good;
    badCount[24] = 9; // the ring claims 9 points of 3
    QTest::newRow("ring longer than the points") << badCount;
    QByteArray noRings = good;
    noRings[20] = 0; // a polygon without rings
    QTest::newRow("empty polygon") << noRings;
    QByteArray twoRings = good;
    twoRings[20] = 2; // the polygon claims 2 rings of 1
    QTest::newRow("polygon with more rings than the file") << twoRings;
}

void TestLandShapes::testRejects()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(!LandShapes::fromBinary(data, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestLandShapes::testShippedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minPolygons");
    QTest::addColumn<int>("minPoints");
    QTest::newRow("110m") << QStringLiteral("land-110m.bin") << 100 << 4000;
    QTest::newRow("50m") << QStringLiteral("land-50m.bin") << 1000 << 50000;
}

void TestLandShapes::testShippedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, minPolygons);
    QFETCH(int, minPoints);
    QFile f(QStringLiteral(BARISTA_TEST_DATA_DIR "/../../resources/map/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QString error;
    const auto shapes = LandShapes::fromBinary(f.readAll(), &error);
    QVERIFY2(shapes.has_value(), qPrintable(error));
    QVERIFY(shapes->polygons().size() >= minPolygons);
    QVERIFY(shapes->pointCount() >= minPoints);
    // Every point is a valid coordinate, some land reaches far south (Antarctica), and at
    // least one polygon has a hole (the Caspian Sea).
    double south = 0;
    int holes = 0;
    for (const LandShapes::Polygon& polygon : shapes->polygons()) {
        holes += int(polygon.size()) - 1;
        for (const LandShapes::Ring& ring : polygon) {
            QVERIFY(ring.size() >= 3);
            for (const QPointF& p : ring) {
                QVERIFY(std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90);
                south = std::min(south, p.y());
            }
        }
    }
    QVERIFY(south < -80);
    QVERIFY(holes >= 1);
}

QTEST_GUILESS_MAIN(TestLandShapes)
#include "TestLandShapes.moc"
