// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleet/FleetSummary.h"

#include <QTest>

using namespace Barista;

namespace {

FleetVm vm(const QString& provider, const QString& region, VmStatus status, std::optional<double> price,
    const QString& infra = QString())
{
    static int n = 0;
    FleetVm v;
    v.connection = provider + QLatin1Char('-') + region;
    v.provider = provider;
    v.region = region;
    v.regionKey = provider + QLatin1Char('/') + region;
    v.name = QStringLiteral("vm-%1").arg(++n);
    v.status = status;
    v.specName = QStringLiteral("small");
    v.infra = infra;
    v.pricePerHour = price;
    return v;
}

/// aws: 2 running priced (0.1 + 0.2), 1 running unpriced, 1 suspended priced (costs nothing)
/// gcp: 1 running priced 0.5 (infra "shop"), 1 failed
/// azure: 1 creating
QList<FleetVm> fleet()
{
    const QString seoul = QStringLiteral("ap-northeast-2");
    const QString ohio = QStringLiteral("us-east-2");
    return {
        vm(QStringLiteral("aws"), seoul, VmStatus::Running, 0.1, QStringLiteral("shop")),
        vm(QStringLiteral("aws"), seoul, VmStatus::Running, 0.2),
        vm(QStringLiteral("aws"), ohio, VmStatus::Running, std::nullopt, QStringLiteral("shop")),
        vm(QStringLiteral("aws"), ohio, VmStatus::Suspended, 0.4, QStringLiteral("batch")),
        vm(QStringLiteral("gcp"), QStringLiteral("asia-northeast1"), VmStatus::Running, 0.5, QStringLiteral("shop")),
        vm(QStringLiteral("gcp"), QStringLiteral("asia-northeast1"), VmStatus::Failed, 0.5),
        vm(QStringLiteral("azure"), QStringLiteral("koreacentral"), VmStatus::Creating, 0.3),
    };
}

} // namespace

class TestFleetSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costByProviderCountsOnlyRunning();
    void costByInfraPutsLooseVmsLast();
    void totalsKeepUnknownApart();
    void countsByStatusProviderRegion();
    void nodeGroupsPerRegionAndStatus();
    void infrasWithDistinctRegions();
    void emptyFleet();
};

void TestFleetSummary::costByProviderCountsOnlyRunning()
{
    const QList<FleetCost> cost = FleetSummary::costByProvider(fleet());
    QCOMPARE(cost.size(), 2); // azure has no running VM
    QCOMPARE(cost.at(0).key, QStringLiteral("aws"));
    QCOMPARE(cost.at(0).runningVms, 3);
    QCOMPARE(cost.at(0).unpricedVms, 1);
    QVERIFY(qFuzzyCompare(cost.at(0).costPerHour, 0.3)); // not the suspended 0.4
    QCOMPARE(cost.at(1).key, QStringLiteral("gcp"));
    QCOMPARE(cost.at(1).runningVms, 1);
    QCOMPARE(cost.at(1).unpricedVms, 0);
    QVERIFY(qFuzzyCompare(cost.at(1).costPerHour, 0.5));
}

void TestFleetSummary::costByInfraPutsLooseVmsLast()
{
    const QList<FleetCost> cost = FleetSummary::costByInfra(fleet());
    QCOMPARE(cost.size(), 2); // "batch" has only a suspended VM
    QCOMPARE(cost.at(0).key, QStringLiteral("shop"));
    QCOMPARE(cost.at(0).runningVms, 3);
    QCOMPARE(cost.at(0).unpricedVms, 1);
    QVERIFY(qFuzzyCompare(cost.at(0).costPerHour, 0.6));
    QCOMPARE(cost.at(1).key, QString());
    QCOMPARE(cost.at(1).runningVms, 1);
    QVERIFY(qFuzzyCompare(cost.at(1).costPerHour, 0.2));
}

void TestFleetSummary::totalsKeepUnknownApart()
{
    QVERIFY(qFuzzyCompare(FleetSummary::totalCostPerHour(fleet()), 0.8));
    QCOMPARE(FleetSummary::unpricedRunningCount(fleet()), 1);
    // A known price of 0 (a free tier) is known, not unknown.
    QList<FleetVm> free = { vm(QStringLiteral("aws"), QStringLiteral("us-east-1"), VmStatus::Running, 0.0) };
    QCOMPARE(FleetSummary::unpricedRunningCount(free), 0);
    QCOMPARE(FleetSummary::costByProvider(free).first().unpricedVms, 0);
}

void TestFleetSummary::countsByStatusProviderRegion()
{
    const QList<FleetCount> status = FleetSummary::countByStatus(fleet());
    // VmStatus order: Creating, Running, ..., Suspended, ..., Failed.
    QCOMPARE(status,
        QList<FleetCount>({ { QStringLiteral("Creating"), 1 }, { QStringLiteral("Running"), 4 },
            { QStringLiteral("Suspended"), 1 }, { QStringLiteral("Failed"), 1 } }));
    QCOMPARE(FleetSummary::countByProvider(fleet()),
        QList<FleetCount>(
            { { QStringLiteral("aws"), 4 }, { QStringLiteral("azure"), 1 }, { QStringLiteral("gcp"), 2 } }));
    QCOMPARE(FleetSummary::countByRegion(fleet()),
        QList<FleetCount>({ { QStringLiteral("aws/ap-northeast-2"), 2 }, { QStringLiteral("aws/us-east-2"), 2 },
            { QStringLiteral("azure/koreacentral"), 1 }, { QStringLiteral("gcp/asia-northeast1"), 2 } }));
}

void TestFleetSummary::nodeGroupsPerRegionAndStatus()
{
    const QList<MapNodeGroup> groups = FleetSummary::nodeGroups(fleet());
    QCOMPARE(groups,
        QList<MapNodeGroup>({
            { QStringLiteral("aws/ap-northeast-2"), VmStatus::Running, 2 },
            { QStringLiteral("aws/us-east-2"), VmStatus::Running, 1 },
            { QStringLiteral("aws/us-east-2"), VmStatus::Suspended, 1 },
            { QStringLiteral("azure/koreacentral"), VmStatus::Creating, 1 },
            { QStringLiteral("gcp/asia-northeast1"), VmStatus::Running, 1 },
            { QStringLiteral("gcp/asia-northeast1"), VmStatus::Failed, 1 },
        }));
}

void TestFleetSummary::infrasWithDistinctRegions()
{
    const QList<MapInfra> infras = FleetSummary::infras(fleet());
    QCOMPARE(infras.size(), 2);
    QCOMPARE(infras.at(0).id, QStringLiteral("batch"));
    QCOMPARE(infras.at(0).regionKeys, QStringList({ QStringLiteral("aws/us-east-2") }));
    QCOMPARE(infras.at(1).id, QStringLiteral("shop"));
    QCOMPARE(infras.at(1).name, QStringLiteral("shop"));
    QCOMPARE(infras.at(1).regionKeys,
        QStringList({ QStringLiteral("aws/ap-northeast-2"), QStringLiteral("aws/us-east-2"),
            QStringLiteral("gcp/asia-northeast1") }));
}

void TestFleetSummary::emptyFleet()
{
    QVERIFY(FleetSummary::costByProvider({}).isEmpty());
    QVERIFY(FleetSummary::costByInfra({}).isEmpty());
    QCOMPARE(FleetSummary::totalCostPerHour({}), 0.0);
    QVERIFY(FleetSummary::countByStatus({}).isEmpty());
    QVERIFY(FleetSummary::nodeGroups({}).isEmpty());
    QVERIFY(FleetSummary::infras({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestFleetSummary)
#include "TestFleetSummary.moc"
