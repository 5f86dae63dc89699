// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"
#include "models/fleet/ApiHealthHistory.h"
#include "models/fleet/FleetMonitor.h"
#include "models/geo/MapRegion.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/map/WorldMapWidget.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

ConnectionConfig connection(const QString& name, const QString& provider, const QString& region)
{
    ConnectionConfig c;
    c.name = name;
    c.driver = QStringLiteral("sim");
    c.provider = provider;
    c.region = region;
    return c;
}

VmInfo vm(const QString& name, VmStatus status, const QString& spec, const QString& infra = QString())
{
    VmInfo v;
    v.iid.nameId = name;
    v.specName = spec;
    v.status = status;
    if (!infra.isEmpty())
        v.tags.insert(FleetMonitor::infraTagKey(), infra);
    return v;
}

/// The table's cells as text, row by row.
QList<QStringList> rows(const ChartCard* card)
{
    const QStandardItemModel* model = card->tableModel();
    QList<QStringList> out;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row.append(model->index(r, c).data().toString());
        out.append(row);
    }
    return out;
}

/// Counts paints of a widget (a chart view's viewport).
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

std::optional<double> price(const QString&, const QString&, const QString& spec)
{
    if (spec == QLatin1String("t3.small"))
        return 0.026;
    if (spec == QLatin1String("e2-small"))
        return 0.0168;
    return std::nullopt;
}

} // namespace

class TestDashboardPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableFallbackShowsFleetNumbers();
    void toggleSwitchesBetweenChartAndTable();
    void healthChartFollowsHistory();
    void freshnessShowsAgeAndNever();
    void chartsUpdateLiveWithoutRepaintingMap();

private:
    FakeCloudProvider* aws() { return m_factory->provider(QStringLiteral("aws-seoul")); }
    FakeCloudProvider* gcp() { return m_factory->provider(QStringLiteral("gcp-tokyo")); }
    void refreshFleet();
    /// Three calls on aws (one throttled), answered at once.
    void makeCalls(int count, bool throttle);

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<FleetMonitor> m_fleet;
    // API health runs on its own queue and fake clock, so its numbers are exact.
    std::unique_ptr<FakeClock> m_healthClock;
    std::unique_ptr<JobQueue> m_healthJobs;
    std::unique_ptr<ApiHealthHistory> m_health;
    std::unique_ptr<DashboardPanel> m_panel;
};

void TestDashboardPanel::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    QVERIFY(m_connections->add(
        connection(QStringLiteral("aws-seoul"), QStringLiteral("aws"), QStringLiteral("ap-northeast-2")), &error));
    QVERIFY(m_connections->add(
        connection(QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"), QStringLiteral("asia-northeast1")), &error));
    m_factory = std::make_unique<FakeProviderFactory>();
    aws()->addResource(
        vm(QStringLiteral("web-1"), VmStatus::Running, QStringLiteral("t3.small"), QStringLiteral("shop")));
    aws()->addResource(vm(QStringLiteral("db-1"), VmStatus::Suspended, QStringLiteral("t3.small")));
    gcp()->addResource(
        vm(QStringLiteral("api-1"), VmStatus::Running, QStringLiteral("e2-small"), QStringLiteral("shop")));
    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_fleet = std::make_unique<FleetMonitor>(m_connections.get(), m_service.get());
    m_fleet->setPriceLookup(&price);
    m_healthClock = std::make_unique<FakeClock>(1000000);
    m_healthJobs = std::make_unique<JobQueue>(m_healthClock.get());
    m_health = std::make_unique<ApiHealthHistory>(m_healthJobs.get(), m_healthClock.get());
    m_panel = std::make_unique<DashboardPanel>(m_fleet.get(), m_health.get());
    QCOMPARE(m_panel->objectName(), QStringLiteral("dashboardPanel"));
}

void TestDashboardPanel::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_panel.reset();
    m_health.reset();
    m_healthJobs.reset();
    m_healthClock.reset();
    m_fleet.reset();
    m_service.reset();
    m_journal.reset();
    m_jobs.reset();
    m_clock.reset();
    m_registry.reset();
    m_factory.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestDashboardPanel::refreshFleet()
{
    QSignalSpy changed(m_fleet.get(), &FleetMonitor::changed);
    m_fleet->refresh();
    QTRY_COMPARE(changed.count(), 1);
}

void TestDashboardPanel::makeCalls(int count, bool throttle)
{
    JobRequest r;
    r.title = QStringLiteral("call");
    r.connection = QStringLiteral("aws-seoul");
    r.provider = QStringLiteral("aws");
    r.retry.maxAttempts = 1;
    for (int i = 0; i < count; ++i) {
        const bool fail = throttle && i == 0;
        m_healthJobs->submit<Done>(r, [fail] {
            if (fail)
                return QtFuture::makeReadyFuture(Result<Done>(CloudError::make(
                    CloudError::Kind::Throttled, QStringLiteral("Throttling"), QStringLiteral("Rate exceeded"))));
            return QtFuture::makeReadyFuture(Result<Done>(Done {}));
        });
    }
    QTRY_COMPARE(m_healthJobs->activeCount() + m_healthJobs->queuedCount(), 0);
}

void TestDashboardPanel::tableFallbackShowsFleetNumbers()
{
    refreshFleet();
    ChartCard* cost = m_panel->card(QStringLiteral("costByProvider"));
    QVERIFY(cost);
    QCOMPARE(rows(cost),
        QList<QStringList>({ { QStringLiteral("AWS"), QStringLiteral("1"), QStringLiteral("0.0260"),
                                 QStringLiteral("0") },
            { QStringLiteral("Google Cloud"), QStringLiteral("1"), QStringLiteral("0.0168"), QStringLiteral("0") } }));
    QVERIFY(cost->note().isEmpty());
    ChartCard* infra = m_panel->card(QStringLiteral("costByInfra"));
    QCOMPARE(rows(infra),
        QList<QStringList>(
            { { QStringLiteral("shop"), QStringLiteral("2"), QStringLiteral("0.0428"), QStringLiteral("0") } }));
    QCOMPARE(rows(m_panel->card(QStringLiteral("vmsByStatus"))),
        QList<QStringList>({ { QStringLiteral("Running"), QStringLiteral("2") },
            { QStringLiteral("Suspended"), QStringLiteral("1") } }));
    QCOMPARE(rows(m_panel->card(QStringLiteral("vmsByRegion"))),
        QList<QStringList>({ { QStringLiteral("AWS"), QStringLiteral("ap-northeast-2"), QStringLiteral("2") },
            { QStringLiteral("Google Cloud"), QStringLiteral("asia-northeast1"), QStringLiteral("1") } }));

    // The fleet changes: two more running VMs on AWS, one of them of a spec without a price.
    aws()->addResource(
        vm(QStringLiteral("web-2"), VmStatus::Running, QStringLiteral("t3.small"), QStringLiteral("shop")));
    aws()->addResource(vm(QStringLiteral("gpu-1"), VmStatus::Running, QStringLiteral("p5.48xlarge")));
    gcp()->removeResource(ResourceKind::Vm, QStringLiteral("api-1"));
    refreshFleet();
    QCOMPARE(rows(cost),
        QList<QStringList>(
            { { QStringLiteral("AWS"), QStringLiteral("3"), QStringLiteral("0.0520"), QStringLiteral("1") } }));
    QVERIFY(cost->note().startsWith(QLatin1String("1 running VM")));
    QCOMPARE(rows(infra),
        QList<QStringList>(
            { { QStringLiteral("shop"), QStringLiteral("2"), QStringLiteral("0.0520"), QStringLiteral("0") },
                { QStringLiteral("Not in an infra"), QStringLiteral("1"), QStringLiteral("0.0000"),
                    QStringLiteral("1") } }));
    QCOMPARE(rows(m_panel->card(QStringLiteral("vmsByStatus"))),
        QList<QStringList>({ { QStringLiteral("Running"), QStringLiteral("3") },
            { QStringLiteral("Suspended"), QStringLiteral("1") } }));
    QCOMPARE(rows(m_panel->card(QStringLiteral("vmsByRegion"))),
        QList<QStringList>({ { QStringLiteral("AWS"), QStringLiteral("ap-northeast-2"), QStringLiteral("4") } }));
    auto* summary = m_panel->findChild<QLabel*>(QStringLiteral("dashboardSummaryLabel"));
    QVERIFY(summary);
    QVERIFY(summary->text().contains(QLatin1String("0.0520")));
}

void TestDashboardPanel::toggleSwitchesBetweenChartAndTable()
{
    auto* toggle = m_panel->findChild<QPushButton*>(QStringLiteral("vmsByStatusToggle"));
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("vmsByStatusTable"));
    auto* chart = m_panel->findChild<QChartView*>(QStringLiteral("vmsByStatusChart"));
    QVERIFY(toggle && table && chart);
    m_panel->resize(1200, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(chart->isVisible());
    QVERIFY(!table->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Show as table"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(table->isVisible());
    QVERIFY(!chart->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Show as chart"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(chart->isVisible());

    // The global toggle switches every card.
    auto* all = m_panel->findChild<QPushButton*>(QStringLiteral("dashboardTablesToggle"));
    QVERIFY(all);
    QTest::mouseClick(all, Qt::LeftButton);
    for (ChartCard* card : m_panel->cards())
        QVERIFY2(card->isTableShown(), qPrintable(card->objectName()));
    QTest::mouseClick(all, Qt::LeftButton);
    for (ChartCard* card : m_panel->cards())
        QVERIFY(!card->isTableShown());
}

void TestDashboardPanel::healthChartFollowsHistory()
{
    ChartCard* health = m_panel->card(QStringLiteral("apiHealth"));
    QVERIFY(health);
    QCOMPARE(health->tableModel()->rowCount(), 0);
    makeCalls(3, true);
    m_healthClock->advance(10000);
    m_health->sample();
    makeCalls(2, false);
    m_healthClock->advance(10000);
    m_health->sample();
    // Newest first: 0 s ago 2 calls; 10 s ago 3 calls, 1 error, 1 throttle.
    QCOMPARE(rows(health),
        QList<QStringList>({ { QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"),
                                 QStringLiteral("0") },
            { QStringLiteral("10"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"),
                QStringLiteral("0") } }));
    const QList<QAbstractSeries*> lines = health->chart()->series();
    QCOMPARE(lines.size(), 4);
    auto* calls = qobject_cast<QLineSeries*>(lines.at(0));
    QVERIFY(calls);
    QCOMPARE(calls->points(), QList<QPointF>({ { -10, 3 }, { 0, 2 } }));

    auto* combo = m_panel->findChild<QComboBox*>(QStringLiteral("apiHealthProviderCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2); // all providers + aws
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("aws"));
    combo->setCurrentIndex(1);
    QCOMPARE(health->tableModel()->rowCount(), 2);
}

void TestDashboardPanel::freshnessShowsAgeAndNever()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    m_panel->setCatalogFreshness(
        { { QStringLiteral("aws"), now.addSecs(-2 * 3600) }, { QStringLiteral("kt"), QDateTime() } }, now);
    ChartCard* card = m_panel->card(QStringLiteral("catalogFreshness"));
    const QList<QStringList> r = rows(card);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).at(0), QStringLiteral("AWS"));
    QCOMPARE(r.at(0).at(2), QStringLiteral("2.0"));
    QCOMPARE(r.at(1).at(1), QStringLiteral("Never"));
    QCOMPARE(r.at(1).at(2), QString());
    auto* bars = qobject_cast<QBarSeries*>(card->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 1); // "never" is not a zero-height bar
    QCOMPARE(bars->barSets().first()->at(0), 2.0);
    QVERIFY(!card->note().isEmpty());
}

void TestDashboardPanel::chartsUpdateLiveWithoutRepaintingMap()
{
    QWidget window;
    auto* map = new WorldMapWidget;
    map->setRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    auto* layout = new QHBoxLayout(&window);
    layout->addWidget(map, 1);
    layout->addWidget(m_panel.get(), 1);
    window.resize(1800, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(map->paintCount() > 0);
    // Let the first layout passes and paints finish.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }

    QChart* status = m_panel->card(QStringLiteral("vmsByStatus"))->chart();
    QChart* cost = m_panel->card(QStringLiteral("costByProvider"))->chart();
    QChart* infra = m_panel->card(QStringLiteral("costByInfra"))->chart();
    QChart* health = m_panel->card(QStringLiteral("apiHealth"))->chart();
    const QList<QAbstractSeries*> seriesBefore = status->series() + cost->series() + infra->series() + health->series();
    auto* statusPie = qobject_cast<QPieSeries*>(status->series().first());
    auto* costPie = qobject_cast<QPieSeries*>(cost->series().first());
    auto* calls = qobject_cast<QLineSeries*>(health->series().first());
    QVERIFY(statusPie && costPie && calls);
    QCOMPARE(statusPie->count(), 0);
    PaintCounter statusPaints(m_panel->card(QStringLiteral("vmsByStatus"))->chartView()->viewport());
    PaintCounter healthPaints(m_panel->card(QStringLiteral("apiHealth"))->chartView()->viewport());
    const int mapPaints = map->paintCount();

    // Fleet updates.
    refreshFleet();
    QTRY_VERIFY(statusPaints.count > 0);
    QCOMPARE(statusPie->count(), 2);
    QCOMPARE(statusPie->sum(), 3.0);
    QCOMPARE(costPie->count(), 2);
    aws()->addResource(vm(QStringLiteral("web-2"), VmStatus::Failed, QStringLiteral("t3.small")));
    refreshFleet();
    QCOMPARE(statusPie->count(), 3);
    QCOMPARE(statusPie->sum(), 4.0);
    aws()->addResource(
        vm(QStringLiteral("web-3"), VmStatus::Running, QStringLiteral("t3.small"), QStringLiteral("shop")));
    refreshFleet();
    QCOMPARE(statusPie->sum(), 5.0);
    QVERIFY(qFuzzyCompare(costPie->slices().first()->value(), 0.052));

    // Health updates.
    for (int i = 1; i <= 3; ++i) {
        makeCalls(i, i == 2);
        m_healthClock->advance(5000);
        m_health->sample();
        QCOMPARE(calls->count(), i);
        QCOMPARE(calls->points().last().y(), double(i));
    }
    const int statusPaintsNow = statusPaints.count;
    QTRY_VERIFY(healthPaints.count > 0);
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }
    QVERIFY(statusPaints.count >= statusPaintsNow);

    // The same series objects, updated in place, and not one repaint of the map.
    QCOMPARE(status->series() + cost->series() + infra->series() + health->series(), seriesBefore);
    QCOMPARE(map->paintCount(), mapPaints);

    layout->removeWidget(m_panel.get());
    m_panel->setParent(nullptr); // the fixture owns it
}

QTEST_MAIN(TestDashboardPanel)
#include "TestDashboardPanel.moc"
