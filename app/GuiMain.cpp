// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include "app/AppContext.h"
#include "app/Translations.h"
#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "models/domain/SpecInfo.h"
#include "models/fleet/ApiHealthHistory.h"
#include "models/fleet/FleetMonitor.h"
#include "models/geo/MapRegion.h"
#include "models/infra/DriftReport.h"
#include "models/items/ActivityLogModel.h"
#include "models/items/InfraTreeModel.h"
#include "models/workspace/JobHistory.h"
#include "models/workspace/Journal.h"
#include "models/workspace/NodeGroupFollowUp.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/dashboard/DashboardPanel.h"
#include "ui/infra/InfraPanel.h"
#include "ui/jobs/ActivityLogView.h"
#include "ui/mainwindow/FirstPaintProbe.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/map/WorldMapWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHash>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtConcurrentRun>

namespace Barista {

namespace {

constexpr int FLEET_REFRESH_MS = 30000;
constexpr qint64 HEALTH_SAMPLE_MS = 5000;

void wireCatalog(MainWindow& window, CatalogStore& catalog, FleetMonitor& fleet, DashboardPanel& dashboard)
{
    window.setCatalogPanel(new CatalogPanel(&catalog, &window));
    if (InfraPanel* infra = window.infraPanel())
        infra->setCatalog(&catalog);
    if (Translations::language() == QLatin1String("ko")) {
        QHash<QString, QString> names;
        for (const CatalogRegion& region : catalog.regions())
            if (!region.nameKo.isEmpty())
                names.insert(MapRegion::keyOf(region.region.provider, region.region.name), region.nameKo);
        window.worldMap()->setRegionDisplayNames(names);
    }

    // Watchers owned by the window: it may close before the catalog answers.
    auto* prices = new QFutureWatcher<QHash<QString, double>>(&window);
    QObject::connect(prices, &QFutureWatcherBase::finished, &window, [&window, prices] {
        if (prices->future().resultCount() > 0)
            window.setCheapestPrices(prices->result());
        prices->deleteLater();
    });
    prices->setFuture(catalog.cheapestPricesAsync());

    // A VM's hourly cost is its spec's catalog price; cached by the monitor per spec.
    fleet.setPriceLookup([&catalog](const QString& provider, const QString& region,
                                    const QString& specName) -> std::optional<double> {
        SpecInfo spec;
        spec.provider = provider;
        spec.region = region;
        spec.name = specName;
        const std::optional<CatalogSpec> row = catalog.spec(spec.specId());
        if (!row || row->spec.currency != QLatin1String("USD"))
            return std::nullopt;
        return row->spec.costPerHour;
    });
    QObject::connect(&catalog, &CatalogStore::catalogChanged, &fleet, &FleetMonitor::invalidatePrices);

    // Freshness needs a scan over the specs: computed on a pool thread, on start and on change.
    const auto updateFreshness = [&window, &catalog, &dashboard] {
        auto* stats = new QFutureWatcher<CatalogStats>(&window);
        QObject::connect(stats, &QFutureWatcherBase::finished, &dashboard, [stats, &dashboard] {
            stats->deleteLater();
            if (stats->future().resultCount() == 0)
                return;
            QList<QPair<QString, QDateTime>> fetched;
            for (const ProviderStats& provider : stats->result().providers)
                fetched.append({ provider.provider, provider.fetchedAt.value(QStringLiteral("specs")) });
            dashboard.setCatalogFreshness(fetched);
        });
        stats->setFuture(QtConcurrent::run([&catalog] { return catalog.stats(); }));
    };
    QObject::connect(&catalog, &CatalogStore::catalogChanged, &dashboard, updateFreshness);
    updateFreshness();
}

/// The screenshot's "infra" view: the Infrastructures dock in front, wide enough for its
/// columns, with the first infra (or BARISTA_SCREENSHOT_INFRA) selected and expanded.
void showInfras(MainWindow& window)
{
    InfraPanel* panel = window.infraPanel();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("infraPanelDock"));
    if (!panel || !dock)
        return;
    dock->show();
    dock->raise();
    window.resizeDocks({dock}, {820}, Qt::Horizontal);
    if (auto* catalog = window.findChild<QDockWidget*>(QStringLiteral("catalogPanelDock")))
        catalog->hide(); // the map keeps room for the infras' outlines
    QString infra = qEnvironmentVariable("BARISTA_SCREENSHOT_INFRA");
    if (infra.isEmpty())
        infra = panel->model()->index(0, 0).data(InfraTreeModel::InfraRole).toString();
    panel->selectInfra(infra);
}

/// BARISTA_SCREENSHOT_VIEW=connection: the connection dialog (editing BARISTA_SCREENSHOT_CONNECTION
/// when set) after its "Test connection" has answered, for the manual's picture of an error.
void scheduleConnectionScreenshot(MainWindow& window, const QString& path)
{
    QTimer::singleShot(500, &window, [&window, path] {
        ConnectionDialog* dialog = window.openConnectionDialog(qEnvironmentVariable("BARISTA_SCREENSHOT_CONNECTION"));
        const auto take = [dialog, path] {
            const bool saved = dialog->grab().save(path);
            if (!saved)
                qWarning("cannot save the screenshot to %s", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        QObject::connect(dialog, &ConnectionDialog::testFinished, dialog, [dialog, take] {
            QTimer::singleShot(300, dialog, take); // the label's new size is laid out
        });
        dialog->testConnection();
    });
}

/// BARISTA_SCREENSHOT=FILE: once the fleet has been listed and the window painted, saves the
/// window (BARISTA_SCREENSHOT_VIEW map, dashboards, catalog or infra in front; BARISTA_SCREENSHOT_QUERY
/// typed into the catalog box) and quits. For the README's and the release's pictures.
void scheduleScreenshot(MainWindow& window, FleetMonitor& fleet)
{
    const QString path = qEnvironmentVariable("BARISTA_SCREENSHOT");
    if (path.isEmpty())
        return;
    const QString view = qEnvironmentVariable("BARISTA_SCREENSHOT_VIEW", QStringLiteral("map"));
    if (view == QLatin1String("connection")) {
        scheduleConnectionScreenshot(window, path);
        return;
    }
    const auto take = [&window, path] {
        const bool saved = window.grab().save(path);
        if (!saved)
            qWarning("cannot save the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    const auto arrange = [&window, view, take] {
        if (auto* d = window.findChild<QDockWidget*>(QStringLiteral("catalogPanelDock"))) {
            d->show();
            d->raise();
        }
        if (auto* panel = window.catalogPanel(); panel && view == QLatin1String("catalog")) {
            const QString query = qEnvironmentVariable("BARISTA_SCREENSHOT_QUERY");
            if (!query.isEmpty()) {
                // The first result selected, so its details show too.
                // (A moment later: the lazy model fetches its first rows when the view lays out.)
                QObject::connect(panel, &CatalogPanel::searchFinished, panel, [panel] {
                    if (auto* table = panel->findChild<QTableView*>(QStringLiteral("catalogResults")))
                        QTimer::singleShot(300, table, [table] { table->selectRow(0); });
                });
                panel->findChild<QLineEdit*>(QStringLiteral("catalogSearch"))->setText(query);
                panel->searchNow();
            }
        }
        if (view == QLatin1String("infra"))
            showInfras(window);
        QWidget* page = window.worldMap();
        if (view == QLatin1String("dashboards"))
            page = window.findChild<QWidget*>(QStringLiteral("dashboardPanel"));
        window.centralTabs()->setCurrentWidget(page);
        QTimer::singleShot(2500, &window, take); // searches and charts settle
    };
    auto fired = std::make_shared<bool>(false);
    // The catalog docks once it has opened: wait for it too (a few hundred ms on a new workspace).
    auto whenReady = std::make_shared<std::function<void(int)>>();
    *whenReady = [&window, arrange, weak = std::weak_ptr(whenReady)](int triesLeft) {
        if (window.catalogPanel() || triesLeft <= 0) {
            arrange();
            return;
        }
        if (const auto self = weak.lock()) // weak: the function must not own itself
            QTimer::singleShot(100, &window, [self, triesLeft] { (*self)(triesLeft - 1); });
    };
    const auto once = [whenReady, fired] {
        if (!*fired) {
            *fired = true;
            (*whenReady)(100);
        }
    };
    QObject::connect(&fleet, &FleetMonitor::changed, &window, once);
    QTimer::singleShot(20000, &window, once); // a cloud that never answers still gets a picture
}

} // namespace

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translations::install(app);

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("workspace"),
                                        QCoreApplication::translate("GuiMain", "Use the workspace in DIR."),
                                        QStringLiteral("dir")));
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                   : Workspace::defaultPath();
    AppContext context(path);
    QString error;
    if (!context.open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiMain", "Barista Console"),
                              QCoreApplication::translate("GuiMain", "The workspace cannot be opened:\n%1").arg(error));
        return 8;
    }

    // Models before the window: its panels hold pointers to them until it is gone.
    FleetMonitor fleet(&context.connections(), &context.resources());
    ApiHealthHistory health(&context.jobs(), &context.clock());
    ActivityLogModel activity;
    activity.watch(&context.jobs()); // before the reconciliation below, so its jobs are logged
    DriftReport drift(&context.resources(), &context.journal(), &context.infraStore(), &context.providers());

    MainWindow window(&context.connections(), &context.resources(), &context.jobs());
    window.setMapRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    auto* dashboard = new DashboardPanel(&fleet, &health, &window);
    window.setFleet(&fleet);
    window.setDriftReport(&drift);
    ConnectionDialog::Services connectionServices;
    connectionServices.connections = &context.connections();
    connectionServices.secrets = context.secrets();
    connectionServices.importer = &context.credentialImporter();
    connectionServices.tester = &context.connectionTester();
    window.setConnectionServices(connectionServices);

    // The catalog opens on its writer thread while the window paints (on a new workspace it
    // imports the bundled regions and specs, ~0.3 s); its panel docks when it is ready.
    auto* catalogOpen = new QFutureWatcher<CatalogWriteResult>(&window);
    QObject::connect(catalogOpen, &QFutureWatcherBase::finished, &window,
                     [catalogOpen, &context, &window, &fleet, dashboard] {
                         catalogOpen->deleteLater();
                         const CatalogWriteResult result = catalogOpen->future().resultCount() > 0
                             ? catalogOpen->result()
                             : CatalogWriteResult();
                         if (!result.ok) {
                             qWarning("catalog unavailable: %s", qPrintable(result.error));
                             return;
                         }
                         context.catalogOpened();
                         wireCatalog(window, context.catalog(), fleet, *dashboard);
                     });
    catalogOpen->setFuture(context.openCatalogAsync());
    // After openCatalogAsync: the reviewer keeps the catalog (usable once it has opened).
    window.setInfra(&context.infraStore(), &context.infraEngine(), &context.infraReviewer());
    // Charts need room: a page beside the map rather than a narrow dock.
    window.addCentralPage(dashboard, QCoreApplication::translate("GuiMain", "Dashboards"));

    window.addPanelDock(new ActivityLogView(&activity, &window), QCoreApplication::translate("GuiMain", "Activity"),
                        Qt::BottomDockWidgetArea);
    // The job panel stays in front of the activity log it is tabbed with.
    window.jobDock()->raise();

    FirstPaintProbe::installFromEnvironment(&window);
    scheduleScreenshot(window, fleet);
    // Work that can wait for the window to be on screen: earlier sessions' jobs for the log,
    // settling what a crashed session left unfinished (its listings are jobs, visible in the
    // job panel like any other), the first fleet listing (it opens the clouds' connections).
    new FirstPaintProbe(&window, [&window, &context, &activity, &fleet, &health] {
        activity.addHistory(context.jobHistory().recent(500), context.workspace().sessionId());
        // Once the journal is settled, clusters still waiting for their node groups (EKS) when
        // the console last closed are followed again.
        context.reconciler().reconcile().then(&window, [&context](const QList<ReconcileDecision>&) {
            context.resources().nodeGroupFollowUp()->resume(context.journal().entries(500));
        });
        fleet.setInterval(FLEET_REFRESH_MS);
        fleet.refresh();
        health.start(HEALTH_SAMPLE_MS);
    });
    window.show();
    return app.exec();
}

} // namespace Barista
