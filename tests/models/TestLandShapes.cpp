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
    const QList<QList<QPointF>> rings{{{-180, -90}, {180, 90}, {12.5, -33.25}}, {{0, 0}, {1, 0}, {1, 1}, {0, 1}}};
    const QByteArray data = LandShapes::toBinary(rings);
    QCOMPARE(data.size(), 16 + 2 * 4 + 7 * 4);
    QString error;
    const auto shapes = LandShapes::fromBinary(data, &error);
    QVERIFY2(shapes.has_value(), qPrintable(error));
    QCOMPARE(shapes->rings().size(), 2);
    QCOMPARE(shapes->pointCount(), 7);
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(shapes->rings().at(r).size(), rings.at(r).size());
        for (int i = 0; i < rings.at(r).size(); ++i) {
            // int16 quantization: better than 0.006° of longitude, 0.003° of latitude.
            QVERIFY(std::abs(shapes->rings().at(r).at(i).x() - rings.at(r).at(i).x()) < 0.006);
            QVERIFY(std::abs(shapes->rings().at(r).at(i).y() - rings.at(r).at(i).y()) < 0.003);
        }
    }
    QCOMPARE(shapes->rings().first().first(), QPointF(-180, -90)); // the extremes are exact
}

void TestLandShapes::testRejects_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = LandShapes::toBinary({{{0, 0}, {1, 0}, {1, 1}}});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("XLND").append(good.mid(4));
    QByteArray badVersion = good;
    badVersion[4] = 2;
    QTest::newRow("version 2") << badVersion;
    QTest::newRow("truncated") << good.left(good.size() - 1);
    QTest::newRow("trailing bytes") << good + QByteArray(4, '\0');
    QByteArray badCount = good;
    badCount[16] = 9; // the ring claims 9 points of 3
    QTest::newRow("ring longer than the points") << badCount;
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
    QTest::addColumn<int>("minRings");
    QTest::addColumn<int>("minPoints");
    QTest::newRow("110m") << QStringLiteral("land-110m.bin") << 100 << 4000;
    QTest::newRow("50m") << QStringLiteral("land-50m.bin") << 1000 << 50000;
}

void TestLandShapes::testShippedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, minRings);
    QFETCH(int, minPoints);
    QFile f(QStringLiteral(BARISTA_TEST_DATA_DIR "/../../resources/map/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QString error;
    const auto shapes = LandShapes::fromBinary(f.readAll(), &error);
    QVERIFY2(shapes.has_value(), qPrintable(error));
    QVERIFY(shapes->rings().size() >= minRings);
    QVERIFY(shapes->pointCount() >= minPoints);
    // Every point is a valid coordinate, and some land reaches far south (Antarctica).
    double south = 0;
    for (const QList<QPointF>& ring : shapes->rings()) {
        QVERIFY(ring.size() >= 3);
        for (const QPointF& p : ring) {
            QVERIFY(std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90);
            south = std::min(south, p.y());
        }
    }
    QVERIFY(south < -80);
}

QTEST_GUILESS_MAIN(TestLandShapes)
#include "TestLandShapes.moc"
