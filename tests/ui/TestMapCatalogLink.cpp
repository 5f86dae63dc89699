// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's map drives the catalog: clicking a region narrows the results to it,
// Ctrl+click adds one, the catalog's "Clear map filter" clears the map, Alt+click sets a
// "near here" point, and the map selection comes back in the next session.

#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "models/geo/MapRegion.h"
#include "models/items/CatalogResultModel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/map/MapLayout.h"
#include "ui/map/WorldMapRenderer.h"
#include "ui/map/WorldMapWidget.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

class TestMapCatalogLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickNarrowsCatalogToRegion();
    void clearMapFilterClearsMap();
    void altClickSetsNearPoint();
    void tooltipShowsCheapestPriceAndLatency();
    void selectionIsRestoredNextSession();

private:
    void openWindow();
    /// Lone markers (not in a bubble) of regions that have priced specs in the catalog.
    QStringList pricedLoneRegions() const;
    /// Every result row's region key ("entry/region"), after the searches in flight are done.
    QSet<QString> resultRegions();

    ScratchDir m_settingsDir;
    ScratchDir m_catalogDir;
    std::unique_ptr<CatalogStore> m_store;
    QHash<QString, double> m_prices;
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<MainWindow> m_window;
    CatalogPanel* m_panel = nullptr;
};

void TestMapCatalogLink::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("BaristaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMapCatalogLink"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    CatalogStore::Options options;
    options.readerThreads = 1;
    m_store = std::make_unique<CatalogStore>(m_catalogDir.filePath(QStringLiteral("catalog.sqlite")), options);
    QString error;
    QVERIFY2(m_store->openAndWait(&error), qPrintable(error));
    QFuture<QHash<QString, double>> prices = m_store->cheapestPricesAsync();
    QVERIFY(Test::waitFor(prices, 20000));
    m_prices = prices.result();
    // The bundled specs price Seoul on AWS; the cheapest is what a sorted search finds first.
    QVERIFY(m_prices.contains(QStringLiteral("aws/ap-northeast-2")));
    const CatalogSearchResult cheapest = m_store->search(QStringLiteral("provider:aws region:ap-northeast-2 sort:price limit:1"));
    QVERIFY(!cheapest.error);
    QCOMPARE(cheapest.specs.size(), 1);
    QVERIFY(cheapest.specs.first().spec.costPerHour.has_value());
    QCOMPARE(m_prices.value(QStringLiteral("aws/ap-northeast-2")), *cheapest.specs.first().spec.costPerHour);
}

void TestMapCatalogLink::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    m_factory = std::make_unique<FakeProviderFactory>();
    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    openWindow();
}

void TestMapCatalogLink::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_connections.get(), m_service.get(), m_jobs.get());
    m_window->setMapRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    m_panel = new CatalogPanel(m_store.get());
    m_window->setCatalogPanel(m_panel);
    m_window->setCheapestPrices(m_prices);
    m_window->resize(1600, 900);
    m_window->centralTabs()->setCurrentWidget(m_window->worldMap());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("catalogPanelDock")));
    // A query with results in many regions, so narrowing shows (the bundled specs have
    // prices for every region but mostly no vCPU figures: Tumblebug's CSV has none).
    m_panel->findChild<QLineEdit*>(QStringLiteral("catalogSearch"))->setText(QStringLiteral("sort:price"));
}

void TestMapCatalogLink::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_journal.reset();
    m_jobs.reset();
    m_registry.reset();
    m_factory.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
    QSettings().clear();
}

QStringList TestMapCatalogLink::pricedLoneRegions() const
{
    WorldMapRenderer& r = m_window->worldMap()->renderer();
    QStringList keys;
    for (const MapMarker& m : r.layout().markers()) {
        const MapRegion& region = r.regions().at(m.regions.first());
        if (m.kind == MapMarker::Kind::Single && m_prices.contains(region.key))
            keys.append(region.key);
    }
    return keys;
}

QSet<QString> TestMapCatalogLink::resultRegions()
{
    // One reader thread: a search queued now finishes after every earlier one.
    QSignalSpy finished(m_panel, &CatalogPanel::searchFinished);
    m_panel->searchNow();
    if (!finished.wait(20000))
        return { QStringLiteral("(no search result)") };
    QSet<QString> regions;
    CatalogResultModel* model = m_panel->model();
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        regions.insert(index.data(CatalogResultModel::ProviderRole).toString() + QLatin1Char('/')
                       + index.data(CatalogResultModel::RegionNameRole).toString());
    }
    return regions;
}

void TestMapCatalogLink::clickNarrowsCatalogToRegion()
{
    WorldMapWidget* map = m_window->worldMap();
    const QStringList lone = pricedLoneRegions();
    QVERIFY2(lone.size() >= 2, "two priced regions should stand alone on a world view");
    QVERIFY(resultRegions().size() > 2); // unfiltered: many regions

    const auto first = map->markerPosition(lone.at(0));
    QVERIFY(first);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, first->toPoint());
    QCOMPARE(map->selectedRegions(), QStringList { lone.at(0) });
    QCOMPARE(m_panel->regionFilter(), QStringList { lone.at(0) });
    QCOMPARE(resultRegions(), QSet<QString> { lone.at(0) });

    const auto second = map->markerPosition(lone.at(1));
    QVERIFY(second);
    QTest::mouseClick(map, Qt::LeftButton, Qt::ControlModifier, second->toPoint());
    QCOMPARE(resultRegions(), (QSet<QString> { lone.at(0), lone.at(1) }));
}

void TestMapCatalogLink::clearMapFilterClearsMap()
{
    WorldMapWidget* map = m_window->worldMap();
    const QStringList lone = pricedLoneRegions();
    QVERIFY(!lone.isEmpty());
    map->setSelectedRegions({ lone.first() });
    auto* clear = m_panel->findChild<QPushButton*>(QStringLiteral("clearMapFilterButton"));
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(map->selectedRegions().isEmpty());
    QVERIFY(m_panel->regionFilter().isEmpty());
    QVERIFY(!clear->isVisible());
    QVERIFY(resultRegions().size() > 2);
}

void TestMapCatalogLink::altClickSetsNearPoint()
{
    WorldMapWidget* map = m_window->worldMap();
    QVERIFY(!m_panel->nearPoint());
    // A spot with nothing on it (no marker, no legend), e.g. over an ocean.
    QPoint empty(-1, -1);
    for (int x = map->width() / 4; x < map->width() * 3 / 4 && empty.x() < 0; x += 20) {
        const QPoint p(x, map->height() / 2);
        if (map->tooltipTextAt(p).isEmpty() && !map->renderer().markerAt(p))
            empty = p;
    }
    QVERIFY(empty.x() >= 0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::AltModifier, empty);
    QVERIFY(m_panel->nearPoint().has_value());
    QVERIFY2(m_panel->effectiveQuery().contains(QLatin1String("near:")), qPrintable(m_panel->effectiveQuery()));
    QVERIFY(m_panel->nearPoint()->x() >= -90 && m_panel->nearPoint()->x() <= 90);
}

void TestMapCatalogLink::tooltipShowsCheapestPriceAndLatency()
{
    WorldMapWidget* map = m_window->worldMap();
    const QStringList lone = pricedLoneRegions();
    QVERIFY(lone.size() >= 2);
    const auto pos = map->markerPosition(lone.at(1));
    QVERIFY(pos);
    const QString price = QString::number(m_prices.value(lone.at(1)), 'f', 4);
    QString tip = map->tooltipTextAt(pos->toPoint());
    QVERIFY2(tip.contains(price), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("Latency")), qPrintable(tip)); // nothing selected to measure from
    map->setSelectedRegions({ lone.at(0) });
    tip = map->tooltipTextAt(pos->toPoint());
    QVERIFY2(tip.contains(QLatin1String("Latency from")), qPrintable(tip));
}

void TestMapCatalogLink::selectionIsRestoredNextSession()
{
    const QStringList lone = pricedLoneRegions();
    QVERIFY(lone.size() >= 2);
    const QStringList chosen { lone.at(0), lone.at(1) };
    m_window->worldMap()->setSelectedRegions(chosen);
    m_window->close(); // saves the layout
    m_window.reset();
    openWindow();
    const QSet<QString> wanted(chosen.cbegin(), chosen.cend());
    const QStringList restored = m_window->worldMap()->selectedRegions();
    QCOMPARE(QSet<QString>(restored.cbegin(), restored.cend()), wanted);
    const QStringList filter = m_panel->regionFilter();
    QCOMPARE(QSet<QString>(filter.cbegin(), filter.cend()), wanted);
}

QTEST_MAIN(TestMapCatalogLink)
#include "TestMapCatalogLink.moc"
