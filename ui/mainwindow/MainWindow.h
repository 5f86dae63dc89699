// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"
#include "models/geo/MapRegion.h"
#include "ui/dialogs/ConnectionDialog.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace Barista {

class CatalogPanel;
class FleetMonitor;
class ConnectionStore;
class InfraEngine;
class InfraPanel;
class InfraReviewer;
class InfraStore;
class CreateResourceDialog;
class DriftDialog;
class DriftReport;
class JobPanel;
class JobQueue;
class OverviewPage;
class ResourceService;
class ResourceTreeModel;
class ResourceTreeView;
class WorldMapWidget;

/// The console's main window: the world map in the middle (with the Overview of the selected
/// tree node as a second tab), the resource tree docked on the left, the catalog and other
/// panels docked on the right, jobs and activity at the bottom. The map's region selection
/// narrows the catalog search. Window and dock layout, the central tab and the map selection
/// are kept in QSettings. It builds its own models over the objects app/ hands in and owns
/// none of those.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Restores the saved layout from the default QSettings (the application's organisation
    /// and name; tests point QSettings at a temporary folder first).
    MainWindow(ConnectionStore* connections, ResourceService* service, JobQueue* jobs, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page to the central tabs and returns its tab index.
    int addCentralPage(QWidget* page, const QString& title);
    /// Docks a panel (objectName must be set: the layout is saved by it) with a View menu
    /// toggle; panels in the same area are tabbed together.
    QDockWidget* addPanelDock(QWidget* panel, const QString& title, Qt::DockWidgetArea area);
    /// Shows the regions on the map and restores the last session's map selection.
    void setMapRegions(const QList<MapRegion>& regions);
    /// Docks the catalog on the right and lets the map's selection and "near here" point
    /// narrow its search.
    void setCatalogPanel(CatalogPanel* panel);
    /// Draws the fleet's VMs (counts per region and status) and its infrastructures on the map,
    /// kept current as the monitor refreshes.
    void setFleet(FleetMonitor* fleet);
    /// Docks the Infrastructures panel (tabbed with the resource tree), fills the Infra menu
    /// with its actions and hands the map's selection and "near here" point to its editor.
    void setInfra(InfraStore* store, InfraEngine* engine, InfraReviewer* reviewer);
    /// The cheapest known price of each region ("entry/region" key, USD per hour) for the
    /// map's tooltips.
    void setCheapestPrices(const QHash<QString, double>& pricesByRegion);
    /// Adds Tools ▸ Drift…: the workspace's records against a connection's cloud listing.
    void setDriftReport(DriftReport* drift);
    /// Adds the Connections menu: add, and edit or remove the connection selected in the tree.
    void setConnectionServices(const ConnectionDialog::Services& services);

    ResourceTreeModel* resourceModel() const { return m_treeModel; }
    ResourceTreeView* resourceTree() const { return m_tree; }
    JobPanel* jobPanel() const { return m_jobPanel; }
    OverviewPage* overviewPage() const { return m_overview; }
    WorldMapWidget* worldMap() const { return m_map; }
    CatalogPanel* catalogPanel() const { return m_catalog; }
    InfraPanel* infraPanel() const { return m_infraPanel; }
    QTabWidget* centralTabs() const { return m_tabs; }
    QDockWidget* resourceDock() const { return m_treeDock; }
    QDockWidget* jobDock() const { return m_jobDock; }

    void saveLayout(QSettings& settings) const;
    void restoreLayout(QSettings& settings);

public Q_SLOTS:
    /// Opens the (non-blocking) create dialog; returns it so callers and tests can drive it.
    CreateResourceDialog* openCreateDialog(const QString& connection, Barista::ResourceKind kind);
    void showAbout();
    /// Opens the (non-blocking) drift view; nullptr until setDriftReport().
    DriftDialog* openDriftDialog();
    /// Opens the (non-blocking) connection dialog, on `connection` when it names one (edit).
    ConnectionDialog* openConnectionDialog(const QString& connection = QString());

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateJobCounts(int active, int queued);
    void updateActions();
    void createFromSelection();
    void restoreMapSelection();
    QStringList regionTooltipLines(const QString& regionKey) const;

    ConnectionStore* m_connections;
    ResourceService* m_service;
    JobQueue* m_jobs;
    ResourceTreeModel* m_treeModel;
    ResourceTreeView* m_tree;
    JobPanel* m_jobPanel;
    OverviewPage* m_overview;
    WorldMapWidget* m_map;
    CatalogPanel* m_catalog = nullptr;
    InfraPanel* m_infraPanel = nullptr;
    QTabWidget* m_tabs;
    QDockWidget* m_treeDock;
    QDockWidget* m_jobDock;
    QLabel* m_jobStatus;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_infraMenu = nullptr;
    QHash<QString, double> m_cheapestPrices;
    QHash<QString, MapRegion> m_regionsByKey;
    QStringList m_savedMapSelection; ///< applied once the map has its regions
    bool m_mapSelectionRestored = false;
    QAction* m_createAction = nullptr;
    QAction* m_refreshAction = nullptr;
    DriftReport* m_drift = nullptr;
    ConnectionDialog::Services m_connectionServices;
};

} // namespace Barista
