// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include "models/catalog/LatencyMatrix.h"
#include "models/fleet/FleetMonitor.h"
#include "models/fleet/FleetSummary.h"
#include "models/items/ResourceTreeModel.h"
#include "models/jobs/JobQueue.h"
#include "models/interfaces/SecretStore.h"
#include "models/workspace/ConnectionStore.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/dialogs/CreateResourceDialog.h"
#include "ui/infra/InfraPanel.h"
#include "ui/infra/DriftDialog.h"
#include "ui/jobs/JobPanel.h"
#include "ui/mainwindow/OverviewPage.h"
#include "ui/map/WorldMapRenderer.h"
#include "ui/map/WorldMapWidget.h"
#include "ui/tree/ResourceTreeView.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace Barista {

namespace {
const QString GEOMETRY_KEY = QStringLiteral("mainWindow/geometry");
const QString STATE_KEY = QStringLiteral("mainWindow/state");
const QString TAB_KEY = QStringLiteral("mainWindow/centralTab");
const QString MAP_SELECTION_KEY = QStringLiteral("mainWindow/mapSelection");
constexpr int LAYOUT_VERSION = 3; ///< bump when docks are added or renamed
} // namespace

MainWindow::MainWindow(ConnectionStore* connections, ResourceService* service, JobQueue* jobs, QWidget* parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_service(service)
    , m_jobs(jobs)
    , m_treeModel(new ResourceTreeModel(connections, service, this))
    , m_tree(new ResourceTreeView(m_treeModel, service))
    , m_jobPanel(new JobPanel(jobs))
    , m_overview(new OverviewPage)
    , m_map(new WorldMapWidget)
    , m_tabs(new QTabWidget(this))
    , m_treeDock(new QDockWidget(tr("Resources"), this))
    , m_jobDock(new QDockWidget(tr("Jobs"), this))
    , m_jobStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Barista Console"));

    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    addCentralPage(m_map, tr("Map"));
    addCentralPage(m_overview, tr("Overview"));
    setCentralWidget(m_tabs);

    m_treeDock->setObjectName(QStringLiteral("resourceDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    m_jobDock->setObjectName(QStringLiteral("jobDock"));
    m_jobDock->setWidget(m_jobPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobDock);
    resizeDocks({ m_treeDock }, { 340 }, Qt::Horizontal);
    resizeDocks({ m_jobDock }, { 200 }, Qt::Vertical);

    m_jobStatus->setObjectName(QStringLiteral("jobStatusLabel"));
    statusBar()->addPermanentWidget(m_jobStatus);
    updateJobCounts(m_jobs->activeCount(), m_jobs->queuedCount());
    connect(m_jobs, &JobQueue::countsChanged, this, &MainWindow::updateJobCounts);

    createMenus();

    connect(m_tree, &ResourceTreeView::currentSourceChanged, this, [this](const QModelIndex& index) {
        m_overview->showNode(index);
        updateActions();
        // The map is the home view; a node picked in the tree is shown in its Overview.
        if (index.isValid() && m_tabs->currentWidget() == m_map)
            m_tabs->setCurrentWidget(m_overview);
    });
    connect(m_tree, &ResourceTreeView::createRequested, this, &MainWindow::openCreateDialog);
    connect(m_tree, &ResourceTreeView::createFromVmRequested, this,
        [this](const QString& connection, ResourceKind kind, const QString& vm) {
            openCreateDialog(connection, kind)->preselectVm(vm);
        });
    // Statuses change under the user's eyes (a VM finishing Suspending): keep the page current.
    connect(m_treeModel, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            const QModelIndex shown = m_overview->currentNode();
            if (shown.isValid() && shown.parent() == topLeft.parent() && shown.row() >= topLeft.row()
                && shown.row() <= bottomRight.row())
                m_overview->showNode(shown);
        });
    connect(m_connections, &ConnectionStore::connectionsChanged, this, &MainWindow::updateActions);
    updateActions();

    // First start: most of the screen, the map getting what the docks leave.
    resize(1400, 860);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(1760, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));
    }
    QSettings settings;
    restoreLayout(settings);
}

MainWindow::~MainWindow() = default;

int MainWindow::addCentralPage(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& title, Qt::DockWidgetArea area)
{
    Q_ASSERT(!panel->objectName().isEmpty());
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(panel->objectName() + QStringLiteral("Dock"));
    dock->setWidget(panel);
    QDockWidget* sibling = nullptr;
    for (QDockWidget* other : findChildren<QDockWidget*>()) {
        if (other != dock && dockWidgetArea(other) == area && !other->isFloating()) {
            sibling = other;
            break;
        }
    }
    addDockWidget(area, dock);
    if (sibling)
        tabifyDockWidget(sibling, dock);
    else if (area == Qt::RightDockWidgetArea || area == Qt::LeftDockWidgetArea)
        resizeDocks({ dock }, { 480 }, Qt::Horizontal);
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggle") + dock->objectName() + QStringLiteral("Action"));
    m_viewMenu->addAction(toggle);
    // Docks are created after the constructor restored the layout: apply it to them too.
    QSettings settings;
    const QByteArray state = settings.value(STATE_KEY).toByteArray();
    if (!state.isEmpty())
        restoreDockWidget(dock);
    return dock;
}

void MainWindow::setMapRegions(const QList<MapRegion>& regions)
{
    m_regionsByKey.clear();
    for (const MapRegion& region : regions)
        m_regionsByKey.insert(region.key, region);
    m_map->setRegions(regions);
    m_map->setTooltipHook([this](const QString& key) { return regionTooltipLines(key); });
    restoreMapSelection();
}

void MainWindow::setFleet(FleetMonitor* fleet)
{
    const auto draw = [this, fleet] {
        const QList<FleetVm> vms = fleet->vms();
        m_map->setNodeGroups(FleetSummary::nodeGroups(vms));
        m_map->setInfras(FleetSummary::infras(vms));
    };
    connect(fleet, &FleetMonitor::changed, m_map, draw);
    draw();
}

void MainWindow::setCheapestPrices(const QHash<QString, double>& pricesByRegion)
{
    m_cheapestPrices = pricesByRegion;
}

QStringList MainWindow::regionTooltipLines(const QString& regionKey) const
{
    QStringList lines;
    const auto price = m_cheapestPrices.constFind(regionKey);
    if (price != m_cheapestPrices.cend())
        lines.append(tr("Cheapest known spec: $%1/h").arg(*price, 0, 'f', 4));
    else
        lines.append(tr("Cheapest known spec: price unknown"));
    // Latency from the first selected region (the one a user compares others against).
    const QString from = m_map->selectedRegions().value(0);
    if (from.isEmpty() || from == regionKey)
        return lines;
    const auto source = m_regionsByKey.constFind(from);
    const auto target = m_regionsByKey.constFind(regionKey);
    if (source == m_regionsByKey.cend() || target == m_regionsByKey.cend())
        return lines;
    const std::optional<Latency> latency = LatencyMatrix::bundled().latency(
        LatencyMatrix::key(source->entry, source->region), LatencyMatrix::key(target->entry, target->region),
        GeoPoint { source->latitude, source->longitude }, GeoPoint { target->latitude, target->longitude });
    if (!latency)
        return lines;
    lines.append(latency->estimated
            ? tr("Latency from %1: about %2 ms (estimated from distance)").arg(source->region).arg(qRound(latency->ms))
            : tr("Latency from %1: %2 ms (measured)").arg(source->region).arg(qRound(latency->ms)));
    return lines;
}

void MainWindow::restoreMapSelection()
{
    if (m_mapSelectionRestored || m_savedMapSelection.isEmpty())
        return;
    m_mapSelectionRestored = true;
    m_map->setSelectedRegions(m_savedMapSelection);
}

void MainWindow::setCatalogPanel(CatalogPanel* panel)
{
    Q_ASSERT(!m_catalog);
    m_catalog = panel;
    QDockWidget* dock = addPanelDock(panel, tr("Catalog"), Qt::RightDockWidgetArea);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_map, &WorldMapWidget::selectionChanged, panel, &CatalogPanel::setRegionFilter);
    connect(m_map, &WorldMapWidget::nearPointChosen, panel, [panel](double latitude, double longitude) {
        panel->setNearPoint(QPointF(latitude, longitude));
    });
    connect(panel, &CatalogPanel::mapFilterClearRequested, m_map, [this] {
        m_map->clearSelection();
        m_map->setNearPoint(std::nullopt);
        if (m_infraPanel)
            m_infraPanel->setNearPoint(std::nullopt);
    });
    panel->setRegionFilter(m_map->selectedRegions());
}

void MainWindow::setInfra(InfraStore* store, InfraEngine* engine, InfraReviewer* reviewer)
{
    Q_ASSERT(!m_infraPanel);
    m_infraPanel = new InfraPanel(store, engine, reviewer, this);
    addPanelDock(m_infraPanel, tr("Infrastructures"), Qt::LeftDockWidgetArea);
    m_treeDock->raise(); // the resource tree stays in front; the Infra menu brings the panel up
    const QList<QAction*> actions = m_infraPanel->infraActions();
    for (QAction* action : actions) {
        m_infraMenu->addAction(action);
        if (action->objectName() == QLatin1String("newInfraAction")) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
            m_infraMenu->addSeparator();
        }
    }
    m_infraMenu->menuAction()->setVisible(true);
    connect(m_infraMenu, &QMenu::aboutToShow, this, [this] {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("infraPanelDock"))) {
            dock->show();
            dock->raise();
        }
    });

    m_infraPanel->setMapSelection(m_map->selectedRegions());
    if (const std::optional<QPointF> lonLat = m_map->renderer().nearPoint())
        m_infraPanel->setNearPoint(QPointF(lonLat->y(), lonLat->x()));
    connect(m_map, &WorldMapWidget::selectionChanged, m_infraPanel, &InfraPanel::setMapSelection);
    connect(m_map, &WorldMapWidget::nearPointChosen, m_infraPanel, [this](double latitude, double longitude) {
        m_infraPanel->setNearPoint(QPointF(latitude, longitude));
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu = view;
    QAction* showMap = view->addAction(tr("&Map"), this, [this] {
        m_tabs->setCurrentWidget(m_map);
        m_map->setFocus();
    });
    showMap->setObjectName(QStringLiteral("showMapAction"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction* showOverview = view->addAction(tr("&Overview"), this, [this] { m_tabs->setCurrentWidget(m_overview); });
    showOverview->setObjectName(QStringLiteral("showOverviewAction"));
    showOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<std::pair<QString, QString>> choices { { QString(), tr("System language") },
        { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("ko"), QStringLiteral("한국어") } };
    for (const auto& [code, name] : choices) {
        QAction* choice = language->addAction(name);
        choice->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        choice->setCheckable(true);
        choice->setChecked(code == chosen);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The language changes the next time Barista Console starts."), 8000);
        });
    }
    view->addSeparator();
    QAction* toggleTree = m_treeDock->toggleViewAction();
    toggleTree->setObjectName(QStringLiteral("toggleResourceDockAction"));
    toggleTree->setText(tr("&Resources"));
    view->addAction(toggleTree);
    QAction* toggleJobs = m_jobDock->toggleViewAction();
    toggleJobs->setObjectName(QStringLiteral("toggleJobDockAction"));
    toggleJobs->setText(tr("&Jobs"));
    view->addAction(toggleJobs);

    QMenu* resource = menuBar()->addMenu(tr("&Resource"));
    resource->setObjectName(QStringLiteral("resourceMenu"));
    m_createAction = resource->addAction(tr("&Create…"), this, &MainWindow::createFromSelection);
    m_createAction->setObjectName(QStringLiteral("createResourceAction"));
    m_createAction->setShortcut(QKeySequence::New);
    m_refreshAction = resource->addAction(tr("Re&fresh"), m_tree, &ResourceTreeView::refreshCurrent);
    m_refreshAction->setObjectName(QStringLiteral("refreshResourceAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    // Filled by setInfra(); hidden until then.
    m_infraMenu = menuBar()->addMenu(tr("&Infra"));
    m_infraMenu->setObjectName(QStringLiteral("infraMenu"));
    m_infraMenu->menuAction()->setVisible(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Barista Console"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDriftReport(DriftReport* drift)
{
    m_drift = drift;
    auto* tools = menuBar()->findChild<QMenu*>(QStringLiteral("toolsMenu"));
    if (!tools) {
        tools = new QMenu(tr("&Tools"), menuBar());
        tools->setObjectName(QStringLiteral("toolsMenu"));
        auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        menuBar()->insertMenu(help ? help->menuAction() : nullptr, tools);
    }
    QAction* open = tools->addAction(tr("&Drift…"), this, &MainWindow::openDriftDialog);
    open->setObjectName(QStringLiteral("driftAction"));
}

void MainWindow::setConnectionServices(const ConnectionDialog::Services& services)
{
    m_connectionServices = services;
    auto* menu = new QMenu(tr("&Connections"), menuBar());
    menu->setObjectName(QStringLiteral("connectionsMenu"));
    auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    QAction* add = menu->addAction(tr("&Add connection…"), this, [this] { openConnectionDialog(); });
    add->setObjectName(QStringLiteral("addConnectionAction"));
    const auto selected = [this] {
        return m_tree->currentSourceIndex().data(ResourceTreeModel::ConnectionRole).toString();
    };
    QAction* edit = menu->addAction(tr("&Edit selected connection…"), this, [this, selected] {
        if (!selected().isEmpty())
            openConnectionDialog(selected());
    });
    edit->setObjectName(QStringLiteral("editConnectionAction"));
    QAction* remove = menu->addAction(tr("&Remove selected connection"), this, [this, selected] {
        const QString name = selected();
        if (name.isEmpty()
            || QMessageBox::question(this, tr("Remove connection"),
                                     tr("Remove the connection \"%1\"? Its resources in the cloud are not touched.").arg(name))
                != QMessageBox::Yes)
            return;
        const QString credentialRef = m_connections->find(name).value_or(ConnectionConfig()).credentialRef;
        QString error;
        if (!m_connections->remove(name, &error)) {
            QMessageBox::warning(this, tr("Remove connection"), error);
            return;
        }
        // The credential imported for this connection goes with it (as `connection remove` does);
        // a shared reference the user typed stays. The store answers off the UI thread.
        if (m_connectionServices.secrets && credentialRef == QStringLiteral("connection/") + name)
            m_connectionServices.secrets->remove(credentialRef);
    });
    remove->setObjectName(QStringLiteral("removeConnectionAction"));
    connect(menu, &QMenu::aboutToShow, this, [edit, remove, selected] {
        const bool any = !selected().isEmpty();
        edit->setEnabled(any);
        remove->setEnabled(any);
    });
}

ConnectionDialog* MainWindow::openConnectionDialog(const QString& connection)
{
    auto* dialog = new ConnectionDialog(m_connectionServices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!connection.isEmpty() && m_connections) {
        if (const std::optional<ConnectionConfig> existing = m_connections->find(connection))
            dialog->setConnection(*existing);
    }
    dialog->show();
    return dialog;
}

DriftDialog* MainWindow::openDriftDialog()
{
    if (!m_drift)
        return nullptr;
    auto* dialog = new DriftDialog(m_connections, m_drift, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The connection selected in the resource tree, if any.
    dialog->setConnection(m_tree->currentSourceIndex().data(ResourceTreeModel::ConnectionRole).toString());
    dialog->show();
    return dialog;
}

void MainWindow::updateJobCounts(int active, int queued)
{
    m_jobStatus->setText(tr("Jobs: %1 running, %2 queued").arg(active).arg(queued));
}

void MainWindow::updateActions()
{
    m_createAction->setEnabled(!m_connections->all().isEmpty());
    m_refreshAction->setEnabled(m_tree->currentSourceIndex().isValid());
}

void MainWindow::createFromSelection()
{
    const QModelIndex current = m_tree->currentSourceIndex();
    QString connection = current.data(ResourceTreeModel::ConnectionRole).toString();
    if (connection.isEmpty()) {
        const QList<ConnectionConfig> all = m_connections->all();
        if (all.isEmpty())
            return;
        connection = all.first().name;
    }
    ResourceKind kind = ResourceKind::Vpc;
    const QVariant selectedKind = current.data(ResourceTreeModel::KindRole);
    if (selectedKind.isValid() && CreateResourceDialog::creatableKinds().contains(ResourceKind(selectedKind.toInt())))
        kind = ResourceKind(selectedKind.toInt());
    openCreateDialog(connection, kind);
}

CreateResourceDialog* MainWindow::openCreateDialog(const QString& connection, ResourceKind kind)
{
    auto* dialog = new CreateResourceDialog(m_connections, m_service, connection, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateResourceDialog::submitted, m_jobPanel, &JobPanel::selectJob);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Barista Console"),
        tr("<h3>Barista Console %1</h3>"
           "<p>A desktop console for many clouds at once, in the spirit of the "
           "Cloud-Barista projects CB-Spider and CB-Tumblebug.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QLatin1String(BARISTA_VERSION)));
}

void MainWindow::saveLayout(QSettings& settings) const
{
    settings.setValue(GEOMETRY_KEY, saveGeometry());
    settings.setValue(STATE_KEY, saveState(LAYOUT_VERSION));
    settings.setValue(TAB_KEY, m_tabs->currentIndex());
    settings.setValue(MAP_SELECTION_KEY, m_map->selectedRegions());
}

void MainWindow::restoreLayout(QSettings& settings)
{
    const QByteArray geometry = settings.value(GEOMETRY_KEY).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(STATE_KEY).toByteArray();
    if (!state.isEmpty())
        restoreState(state, LAYOUT_VERSION);
    const int tab = settings.value(TAB_KEY, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    m_savedMapSelection = settings.value(MAP_SELECTION_KEY).toStringList();
    m_mapSelectionRestored = false;
    if (!m_map->providers().isEmpty())
        restoreMapSelection();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    saveLayout(settings);
    QMainWindow::closeEvent(event);
}

} // namespace Barista
