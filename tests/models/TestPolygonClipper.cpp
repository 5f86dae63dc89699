// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/PolygonClipper.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace Barista;

namespace {

double area(const QList<QPointF>& ring)
{
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF& a = ring.at(i);
        const QPointF& b = ring.at((i + 1) % ring.size());
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(sum) / 2;
}

} // namespace

class TestPolygonClipper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testClipArea_data();
    void testClipArea();
    void testDecimate();
};

void TestPolygonClipper::testClipArea_data()
{
    QTest::addColumn<QList<QPointF>>("ring");
    QTest::addColumn<double>("expectedArea");
    const QList<QPointF> square { { 0, 0 }, { 10, 0 }, { 10, 10 }, { 0, 10 } };
    QTest::newRow("inside") << QList<QPointF> { { 2, 2 }, { 4, 2 }, { 4, 4 } } << 2.0;
    QTest::newRow("covers the rect") << QList<QPointF> { { -100, -100 }, { 100, -100 }, { 100, 100 }, { -100, 100 } }
                                     << 100.0;
    QTest::newRow("half out to the right") << QList<QPointF> { { 5, 0 }, { 15, 0 }, { 15, 10 }, { 5, 10 } } << 50.0;
    QTest::newRow("outside") << QList<QPointF> { { 20, 20 }, { 30, 20 }, { 30, 30 } } << 0.0;
    QTest::newRow("the rect itself, closed") << (square + QList<QPointF> { { 0, 0 } }) << 100.0;
    // A triangle poking out of a corner keeps only its inside part: the part with x <= 10 and
    // y <= 10 of the triangle (5,5) (20,5) (5,20) is the square 5..10 x 5..10 (25).
    QTest::newRow("corner") << QList<QPointF> { { 5, 5 }, { 20, 5 }, { 5, 20 } } << 25.0;
}

void TestPolygonClipper::testClipArea()
{
    QFETCH(QList<QPointF>, ring);
    QFETCH(double, expectedArea);
    const QList<QPointF> clipped = PolygonClipper::clipRing(ring, QRectF(0, 0, 10, 10));
    QVERIFY(std::abs(area(clipped) - expectedArea) < 1e-9);
    for (const QPointF& p : clipped)
        QVERIFY(p.x() >= -1e-9 && p.x() <= 10 + 1e-9 && p.y() >= -1e-9 && p.y() <= 10 + 1e-9);
}

void TestPolygonClipper::testDecimate()
{
    const QList<QPointF> line { { 0, 0 }, { 0.1, 0 }, { 0.2, 0 }, { 1, 0 }, { 1.05, 0 }, { 2, 0 }, { 2.01, 0 } };
    const QList<QPointF> out = PolygonClipper::decimate(line, 0.5);
    QCOMPARE(out, (QList<QPointF> { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 2.01, 0 } }));
    QCOMPARE(PolygonClipper::decimate({ { 0, 0 }, { 0.1, 0 } }, 5), (QList<QPointF> { { 0, 0 }, { 0.1, 0 } }));
}

QTEST_GUILESS_MAIN(TestPolygonClipper)
#include "TestPolygonClipper.moc"
