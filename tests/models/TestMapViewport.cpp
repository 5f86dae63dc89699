// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MapProjection.h"
#include "models/geo/MapViewport.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace Barista;

namespace {

bool near(const QPointF& a, const QPointF& b, double tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

class TestMapViewport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testWholeWorldFits_data();
    void testWholeWorldFits();
    void testPixelRoundTrip();
    void testZoomAtKeepsPointUnderCursor_data();
    void testZoomAtKeepsPointUnderCursor();
    void testZoomIsClamped();
    void testPanStaysInsideWorld();
    void testFitMapRect();
};

void TestMapViewport::testWholeWorldFits_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("1920x1080") << QSizeF(1920, 1080);
    QTest::newRow("tall 400x900") << QSizeF(400, 900);
    QTest::newRow("square") << QSizeF(500, 500);
}

void TestMapViewport::testWholeWorldFits()
{
    QFETCH(QSizeF, size);
    const MapViewport view(size);
    const QRectF world = MapProjection::worldBounds();
    const QRectF pixels(view.toPixel(world.topLeft()), view.toPixel(world.bottomRight()));
    QVERIFY(pixels.left() >= 0 && pixels.top() >= 0);
    QVERIFY(pixels.right() <= size.width() && pixels.bottom() <= size.height());
    // ...and fills one dimension (less the small margin).
    QVERIFY(pixels.width() > size.width() * 0.95 || pixels.height() > size.height() * 0.95);
    QCOMPARE(view.toPixel(QPointF(0, 0)), QPointF(size.width() / 2, size.height() / 2));
}

void TestMapViewport::testPixelRoundTrip()
{
    MapViewport view(QSizeF(1000, 600));
    view.setView(QPointF(1.0, -0.5), 5);
    const QPointF pixel(123, 456);
    QVERIFY(near(view.toPixel(view.toMap(pixel)), pixel, 1e-9));
}

void TestMapViewport::testZoomAtKeepsPointUnderCursor_data()
{
    QTest::addColumn<QPointF>("pixel");
    QTest::addColumn<double>("factor");
    QTest::newRow("zoom in on Seoul-ish") << QPointF(820, 220) << 2.0;
    QTest::newRow("zoom in at the centre") << QPointF(500, 300) << 3.0;
    QTest::newRow("small wheel step") << QPointF(300, 350) << 1.1;
}

void TestMapViewport::testZoomAtKeepsPointUnderCursor()
{
    QFETCH(QPointF, pixel);
    QFETCH(double, factor);
    MapViewport view(QSizeF(1000, 600));
    view.setView(QPointF(0.3, -0.2), 2);
    const QPointF anchor = view.toMap(pixel);
    view.zoomAt(pixel, factor);
    QVERIFY(std::abs(view.zoom() - 2 * factor) < 1e-12);
    QVERIFY(near(view.toPixel(anchor), pixel, 1e-6));
}

void TestMapViewport::testZoomIsClamped()
{
    MapViewport view(QSizeF(800, 400));
    view.zoomAt(QPointF(10, 10), 1e6);
    QCOMPARE(view.zoom(), MapViewport::MAX_ZOOM);
    view.zoomAt(QPointF(10, 10), 1e-6);
    QCOMPARE(view.zoom(), MapViewport::MIN_ZOOM);
    // At zoom 1 the whole world is shown, so the view is centred whatever was asked.
    QCOMPARE(view.center(), QPointF(0, 0));
}

void TestMapViewport::testPanStaysInsideWorld()
{
    MapViewport view(QSizeF(800, 400));
    view.setView(QPointF(0, 0), 4);
    view.panByPixels(QPointF(-1e6, 0)); // drag far to the left: the map moves left, we see the east
    const QRectF visible = view.visibleMapRect();
    QVERIFY(std::abs(visible.right() - MapProjection::worldBounds().right()) < 1e-9);
    view.panByPixels(QPointF(100, 0));
    QVERIFY(view.visibleMapRect().right() < MapProjection::worldBounds().right());
}

void TestMapViewport::testFitMapRect()
{
    MapViewport view(QSizeF(1000, 500));
    const MapProjection projection;
    const QRectF korea = QRectF(projection.project(124, 39), projection.project(131, 33)).normalized();
    view.fitMapRect(korea, 20);
    QVERIFY(view.zoom() > 10);
    const QRectF pixels(view.toPixel(korea.topLeft()), view.toPixel(korea.bottomRight()));
    QVERIFY(pixels.left() >= 19.999 && pixels.right() <= 980.001);
    QVERIFY(pixels.top() >= 19.999 && pixels.bottom() <= 480.001);
    QVERIFY(near(view.toPixel(korea.center()), QPointF(500, 250), 1e-6));
    // A point gets the zoom limit asked for.
    view.fitMapRect(QRectF(projection.project(10, 10), QSizeF(0, 0)), 20, 8);
    QCOMPARE(view.zoom(), 8.0);
}

QTEST_GUILESS_MAIN(TestMapViewport)
#include "TestMapViewport.moc"
