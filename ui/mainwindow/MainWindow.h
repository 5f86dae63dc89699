// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;
class QTabWidget;

namespace Barista {

class ConnectionStore;
class CreateResourceDialog;
class JobPanel;
class JobQueue;
class OverviewPage;
class ResourceService;
class ResourceTreeModel;
class ResourceTreeView;

/// The console's main window: the resource tree docked on the left, the job panel docked at
/// the bottom, and tabbed pages in the middle (an Overview of the selected node first; later
/// features add theirs with addCentralPage). The window and dock layout is kept in QSettings.
/// It builds its own models over the objects app/ hands in and owns none of those.
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

    ResourceTreeModel* resourceModel() const { return m_treeModel; }
    ResourceTreeView* resourceTree() const { return m_tree; }
    JobPanel* jobPanel() const { return m_jobPanel; }
    OverviewPage* overviewPage() const { return m_overview; }
    QDockWidget* resourceDock() const { return m_treeDock; }
    QDockWidget* jobDock() const { return m_jobDock; }

    void saveLayout(QSettings& settings) const;
    void restoreLayout(QSettings& settings);

public Q_SLOTS:
    /// Opens the (non-blocking) create dialog; returns it so callers and tests can drive it.
    CreateResourceDialog* openCreateDialog(const QString& connection, Barista::ResourceKind kind);
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateJobCounts(int active, int queued);
    void updateActions();
    void createFromSelection();

    ConnectionStore* m_connections;
    ResourceService* m_service;
    JobQueue* m_jobs;
    ResourceTreeModel* m_treeModel;
    ResourceTreeView* m_tree;
    JobPanel* m_jobPanel;
    OverviewPage* m_overview;
    QTabWidget* m_tabs;
    QDockWidget* m_treeDock;
    QDockWidget* m_jobDock;
    QLabel* m_jobStatus;
    QAction* m_createAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace Barista
