// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MarkerClusterer.h"

#include <QLineF>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Barista;

class TestMarkerClusterer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testGroups_data();
    void testGroups();
    void testEveryMarkerInExactlyOneCluster();
    void testDeterministic();
    void testChainIsMerged();
    void testCentreIsMean();
};

using Groups = QList<QList<int>>;

void TestMarkerClusterer::testGroups_data()
{
    QTest::addColumn<QList<QPointF>>("positions");
    QTest::addColumn<double>("radius");
    QTest::addColumn<Groups>("groups");

    QTest::newRow("empty") << QList<QPointF> {} << 10.0 << Groups {};
    QTest::newRow("single") << QList<QPointF> { { 5, 5 } } << 10.0 << Groups { { 0 } };
    QTest::newRow("apart") << QList<QPointF> { { 0, 0 }, { 50, 0 }, { 0, 50 } } << 10.0
                           << Groups { { 0 }, { 1 }, { 2 } };
    // Seoul (three providers on top of each other), Tokyo apart.
    QTest::newRow("Seoul and Tokyo") << QList<QPointF> { { 100, 100 }, { 300, 120 }, { 101, 99 }, { 100, 101 } } << 12.0
                                     << Groups { { 0, 2, 3 }, { 1 } };
    QTest::newRow("exactly at radius joins") << QList<QPointF> { { 0, 0 }, { 10, 0 } } << 10.0 << Groups { { 0, 1 } };
    QTest::newRow("just beyond radius stays apart")
        << QList<QPointF> { { 0, 0 }, { 10.01, 0 } } << 10.0 << Groups { { 0 }, { 1 } };
    QTest::newRow("negative coordinates")
        << QList<QPointF> { { -5, -5 }, { 3, 2 }, { -400, 7 } } << 12.0 << Groups { { 0, 1 }, { 2 } };
}

void TestMarkerClusterer::testGroups()
{
    QFETCH(QList<QPointF>, positions);
    QFETCH(double, radius);
    QFETCH(Groups, groups);
    Groups got;
    for (const MarkerCluster& c : MarkerClusterer::cluster(positions, radius))
        got.append(c.members);
    QCOMPARE(got, groups);
}

void TestMarkerClusterer::testEveryMarkerInExactlyOneCluster()
{
    QRandomGenerator random(42);
    QList<QPointF> positions;
    for (int i = 0; i < 2000; ++i)
        positions.append(QPointF(random.bounded(1920.0), random.bounded(1080.0)));
    const QList<MarkerCluster> clusters = MarkerClusterer::cluster(positions, 20);
    QList<int> seen;
    for (const MarkerCluster& c : clusters)
        seen += c.members;
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen.size(), positions.size());
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), i);
    // Clustering must have reduced the count but not swallowed everything.
    QVERIFY(clusters.size() < positions.size());
    QVERIFY(clusters.size() > 100);
    // After merging, no two cluster centres overlap.
    for (qsizetype a = 0; a < clusters.size(); ++a)
        for (qsizetype b = a + 1; b < clusters.size(); ++b)
            QVERIFY(QLineF(clusters.at(a).center, clusters.at(b).center).length() > 20);
}

void TestMarkerClusterer::testDeterministic()
{
    QRandomGenerator random(7);
    QList<QPointF> positions;
    for (int i = 0; i < 300; ++i)
        positions.append(QPointF(random.bounded(800.0), random.bounded(400.0)));
    const QList<MarkerCluster> first = MarkerClusterer::cluster(positions, 25);
    QCOMPARE(MarkerClusterer::cluster(positions, 25), first);
}

void TestMarkerClusterer::testChainIsMerged()
{
    // 0-1 and 1-2 overlap but 0-2 do not: greedy seeding from 0 takes {0, 1}, leaving 2,
    // whose centre is then within radius of {0, 1}'s centre (5, 0), so they merge.
    const QList<QPointF> chain { { 0, 0 }, { 9, 0 }, { 14, 0 } };
    const QList<MarkerCluster> clusters = MarkerClusterer::cluster(chain, 10);
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().members, (QList<int> { 0, 1, 2 }));
}

void TestMarkerClusterer::testCentreIsMean()
{
    const QList<MarkerCluster> clusters = MarkerClusterer::cluster({ { 0, 0 }, { 4, 0 }, { 2, 6 } }, 10);
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().center, QPointF(2, 2));
}

QTEST_GUILESS_MAIN(TestMarkerClusterer)
#include "TestMarkerClusterer.moc"
