// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/AntimeridianSplitter.h"
#include "models/geo/MapProjection.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace Barista;

namespace {

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

// The projection's value at the seam, east (+180) or west (-180) side.
double seamX(double latitude, double side)
{
    return MapProjection::projectRelative(side, latitude).x();
}

} // namespace

class TestMapProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testKnownPoints_data();
    void testKnownPoints();
    void testRoundTrip_data();
    void testRoundTrip();
    void testInverseOutsideWorld_data();
    void testInverseOutsideWorld();
    void testCentralMeridian();
    void testWorldBoundsAndOutline();
    void testRingNotCrossingIsKept();
    void testRingAcrossSeamIsCut();
    void testRingAroundPoleClosesThroughPole();
    void testPolylineAcrossSeam_data();
    void testPolylineAcrossSeam();
    void testPoleEdgeIsNotACrossing();
    void testGreatCircle();
};

void TestMapProjection::testKnownPoints_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // Values from the published polynomials evaluated independently (Python, double precision).
    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("equator east edge") << 180.0 << 0.0 << 2.735384723 << 0.0;
    QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << -1.422390507;
    QTest::newRow("north-east corner") << 180.0 << 90.0 << 1.505556392 << -1.422390507;
    QTest::newRow("south-west corner") << -180.0 << -90.0 << -1.505556392 << 1.422390507;
    QTest::newRow("Seoul") << 126.78 << 37.36 << 1.797042640 << -0.659281586;
    QTest::newRow("Virginia") << -77.5 << 38.1 << -1.095224577 << -0.672321661;
    QTest::newRow("Sydney") << 151.2 << -33.9 << 2.171387155 << 0.598175735;
}

void TestMapProjection::testKnownPoints()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF p = MapProjection().project(lon, lat);
    QVERIFY2(near(p.x(), x, 1e-8), qPrintable(QString::number(p.x(), 'g', 12)));
    QVERIFY2(near(p.y(), y, 1e-8), qPrintable(QString::number(p.y(), 'g', 12)));
}

void TestMapProjection::testRoundTrip_data()
{
    QTest::addColumn<double>("centralMeridian");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    for (double lon0 : { 0.0, 150.0, -100.0 }) {
        for (double lat = -85; lat <= 85; lat += 17) {
            for (double lon = -175; lon <= 175; lon += 35) {
                QTest::addRow("lon0=%g lon=%g lat=%g", lon0, lon, lat) << lon0 << lon << lat;
            }
        }
    }
    QTest::newRow("pole") << 0.0 << 0.0 << 90.0;
}

void TestMapProjection::testRoundTrip()
{
    QFETCH(double, centralMeridian);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const MapProjection projection(centralMeridian);
    const auto back = projection.inverse(projection.project(lon, lat));
    QVERIFY(back.has_value());
    QVERIFY2(near(back->y(), lat, 1e-7), qPrintable(QString::number(back->y(), 'g', 12)));
    if (std::abs(lat) < 90) // longitude is meaningless at a pole
        QVERIFY2(near(back->x(), lon, 1e-7), qPrintable(QString::number(back->x(), 'g', 12)));
}

void TestMapProjection::testInverseOutsideWorld_data()
{
    QTest::addColumn<QPointF>("mapPoint");
    QTest::newRow("above the pole") << QPointF(0, -1.43);
    QTest::newRow("below the pole") << QPointF(0, 1.5);
    QTest::newRow("east of the equator's end") << QPointF(2.74, 0);
    // Near the poles the world is narrower: x = 2.0 is inside at the equator, not at 80°N.
    QTest::newRow("beyond the curved edge") << MapProjection::projectRelative(181, 80);
}

void TestMapProjection::testInverseOutsideWorld()
{
    QFETCH(QPointF, mapPoint);
    QVERIFY(!MapProjection().inverse(mapPoint).has_value());
}

void TestMapProjection::testCentralMeridian()
{
    const MapProjection pacific(150);
    QCOMPARE(pacific.project(150, 0), QPointF(0, 0));
    QVERIFY(near(pacific.relativeLongitude(-150), 60, 1e-12)); // across the date line
    QVERIFY(near(pacific.relativeLongitude(-30), -180, 1e-12)); // the seam itself
    QVERIFY(near(MapProjection(-190).centralMeridian(), 170, 1e-12));
    // Seoul is east of the centre in a Pacific view only slightly.
    QVERIFY(pacific.project(126.78, 37.36).x() < 0);
    QVERIFY(MapProjection().project(126.78, 37.36).x() > 1.5);
}

void TestMapProjection::testWorldBoundsAndOutline()
{
    const QRectF world = MapProjection::worldBounds();
    QVERIFY(near(world.width(), 2 * 2.735384723, 1e-8));
    QVERIFY(near(world.height(), 2 * 1.422390507, 1e-8));
    const QList<QPointF> outline = MapProjection::outline(36);
    QCOMPARE(outline.first(), outline.last());
    for (const QPointF& p : outline) {
        QVERIFY(p.x() >= world.left() - 1e-9 && p.x() <= world.right() + 1e-9);
        QVERIFY(p.y() >= world.top() - 1e-9 && p.y() <= world.bottom() + 1e-9);
    }
}

void TestMapProjection::testRingNotCrossingIsKept()
{
    const QList<QPointF> square { { 10, 10 }, { 20, 10 }, { 20, 20 }, { 10, 20 } };
    const QList<QList<QPointF>> pieces = AntimeridianSplitter::splitRing(square);
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(pieces.first().size(), 5); // closed
    QCOMPARE(pieces.first().first(), pieces.first().last());
}

void TestMapProjection::testRingAcrossSeamIsCut()
{
    // An island from 178°E to 178°W (Fiji-like), crossing the seam twice.
    const QList<QPointF> island { { 178, -16 }, { -178, -16 }, { -178, -18 }, { 178, -18 } };
    const QList<QList<QPointF>> pieces = AntimeridianSplitter::splitRing(island, 1.0);
    QCOMPARE(pieces.size(), 2);
    for (const QList<QPointF>& piece : pieces) {
        QVERIFY(piece.size() >= 4);
        const double side = piece.first().x() > 0 ? 1 : -1;
        for (const QPointF& p : piece) {
            QVERIFY2(p.x() * side >= 0, "every piece stays on one side of the seam");
            QVERIFY(p.y() <= -16 + 1e-9 && p.y() >= -18 - 1e-9);
        }
        QVERIFY(near(piece.first().y(), piece.last().y(), 1e-9)); // closed along the seam
        QVERIFY(near(std::abs(piece.last().x()), 180, 1e-9));
    }
    // Projected, the east piece touches the east edge of the map and the west piece the west.
    const QList<QList<QPointF>> projected = MapProjection().projectRing(island);
    QCOMPARE(projected.size(), 2);
    double maxX = -10, minX = 10;
    for (const QList<QPointF>& piece : projected) {
        for (const QPointF& p : piece) {
            maxX = std::max(maxX, p.x());
            minX = std::min(minX, p.x());
        }
    }
    QVERIFY(near(maxX, seamX(-16, 180), 1e-9));
    QVERIFY(near(minX, seamX(-16, -180), 1e-9));
    // Without cutting, the same ring would span the whole map: it is cut nowhere else.
    QVERIFY(MapProjection(180).projectRing(island).size() == 1);
}

void TestMapProjection::testRingAroundPoleClosesThroughPole()
{
    // A coarse Antarctica: a ring round the South Pole crossing the seam once.
    QList<QPointF> ring;
    for (int lon = 175; lon >= -175; lon -= 50)
        ring.append(QPointF(lon, -70));
    const QList<QList<QPointF>> pieces = AntimeridianSplitter::splitRing(ring, 5.0);
    QCOMPARE(pieces.size(), 1);
    int atPole = 0;
    for (const QPointF& p : pieces.first())
        atPole += near(p.y(), -90, 1e-9) ? 1 : 0;
    QVERIFY(atPole >= 2); // both seam sides go down to the pole
    // With the seam moved into the ring's middle nothing changes the pole closure.
    QCOMPARE(MapProjection(60).projectRing(ring).size(), 1);
}

void TestMapProjection::testPolylineAcrossSeam_data()
{
    QTest::addColumn<double>("centralMeridian");
    QTest::addColumn<int>("pieces");
    // Seoul to Oregon across the Pacific.
    QTest::newRow("Atlantic-centred view cuts it") << 0.0 << 2;
    QTest::newRow("Pacific-centred view keeps it whole") << 150.0 << 1;
}

void TestMapProjection::testPolylineAcrossSeam()
{
    QFETCH(double, centralMeridian);
    QFETCH(int, pieces);
    const MapProjection projection(centralMeridian);
    const QList<QPointF> arc = MapProjection::greatCircle({ 126.78, 37.36 }, { -119.7, 45.8 }, 32);
    const QList<QList<QPointF>> cut = projection.projectPolyline(arc);
    QCOMPARE(int(cut.size()), pieces);
    // No projected segment jumps across the map.
    for (const QList<QPointF>& piece : cut)
        for (qsizetype i = 1; i < piece.size(); ++i)
            QVERIFY(std::abs(piece.at(i).x() - piece.at(i - 1).x()) < 1.0);
}

void TestMapProjection::testPoleEdgeIsNotACrossing()
{
    QVERIFY(!AntimeridianSplitter::crossesSeam({ 180, -90 }, { -180, -90 }));
    QVERIFY(AntimeridianSplitter::crossesSeam({ 180, -80 }, { -180, -80 }));
    QVERIFY(AntimeridianSplitter::crossesSeam({ -179, 0 }, { 179, 10 }));
    QVERIFY(near(AntimeridianSplitter::seamLatitude({ 179, 0 }, { -179, 10 }), 5, 1e-12));
    QVERIFY(near(AntimeridianSplitter::seamLatitude({ -170, 0 }, { 175, 15 }), 10, 1e-12));
}

void TestMapProjection::testGreatCircle()
{
    const QList<QPointF> line = MapProjection::greatCircle({ 0, 0 }, { 90, 0 }, 3);
    QCOMPARE(line.size(), 4);
    QVERIFY(near(line.at(1).x(), 30, 1e-9));
    QVERIFY(near(line.at(1).y(), 0, 1e-9));
    // A great circle between two points at 60°N bulges towards the pole.
    const QList<QPointF> north = MapProjection::greatCircle({ -60, 60 }, { 60, 60 }, 2);
    QVERIFY(north.at(1).y() > 65);
    QVERIFY(near(north.at(1).x(), 0, 1e-9));
}

QTEST_GUILESS_MAIN(TestMapProjection)
#include "TestMapProjection.moc"
