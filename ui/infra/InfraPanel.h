// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraOutcome.h"

#include <QFuture>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QToolBar;
class QTreeView;

namespace Barista {

class CatalogStore;
class InfraEditorDialog;
class InfraEngine;
class InfraOutputView;
class InfraReviewer;
class InfraStore;
class InfraTreeModel;

/// The "Infrastructures" dock (objectName "infraPanel"): every infra of the workspace as a tree
/// (infra > node group > node, kept current as the store changes) and its actions, which apply
/// to the selected row's scope: the whole infra, one node group or one node. Suspend, resume,
/// reboot and run command need running (or suspended) nodes in the scope; every action but
/// refresh and abort waits while the engine is busy with the infra; abort needs it busy.
///
/// Below the tree, the selected row's details (a node's place, spec, IPs and error; an infra's
/// failed nodes). While an action runs on the selected infra a bar shows how many of its nodes have settled.
/// Outcomes land in a message line (failed nodes with the provider's message verbatim) and
/// command output in a pane below the tree.
class InfraPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraPanel)

public:
    /// Asked before a destructive action; true goes ahead.
    using ConfirmHandler = std::function<bool(const QString& question)>;

    InfraPanel(InfraStore* store, InfraEngine* engine, InfraReviewer* reviewer, QWidget* parent = nullptr);
    ~InfraPanel() override;

    /// Enables costs (the catalog's prices) and the editor's "Add from map selection".
    void setCatalog(CatalogStore* catalog);
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }

    InfraTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// The toolbar's actions, in order (the main window's Infra menu shows them too).
    QList<QAction*> infraActions() const;
    QString currentInfra() const;
    InfraScope currentScope() const;
    /// Selects and expands an infra (and its groups).
    void selectInfra(const QString& infra);

public Q_SLOTS:
    /// The map's selected regions ("entry/region") and "near here" point (latitude, longitude),
    /// handed to the editor.
    void setMapSelection(const QStringList& regionKeys);
    void setNearPoint(const std::optional<QPointF>& latLon);
    /// Opens the (non-modal) editor, or brings the open one to the front; returns it so that
    /// callers and tests can drive it.
    InfraEditorDialog* openEditor();
    void refreshStatus();
    /// suspend, resume, reboot, terminate, reconcile or abort on the current scope.
    void control(const QString& action);
    void scale(const QString& group, int size);
    void runCommand(const QString& command, const QString& userName);
    void deleteCurrent();
    /// Follows an operation started elsewhere (the editor's create): its outcome shows here.
    void watch(const QFuture<InfraOutcome>& future, const QString& infra);

Q_SIGNALS:
    /// An outcome of an action started here (or watched) arrived and was shown.
    void outcomeShown(const QString& infra, bool ok);

private:
    QAction* addToolAction(const QString& name, const QString& text, int icon);
    void askScale();
    void askCommand();
    void updateActions();
    void updateProgress();
    void updateDetail();
    void showOutcome(const InfraOutcome& outcome);
    void showMessage(const QString& text, bool error);
    bool confirm(const QString& question);
    QString scopeText() const;

    InfraEngine* m_engine;
    InfraReviewer* m_reviewer;
    CatalogStore* m_catalog = nullptr;
    InfraTreeModel* m_model;
    QToolBar* m_toolbar;
    QTreeView* m_view;
    QLabel* m_detail;
    QWidget* m_progressRow;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QLabel* m_message;
    InfraOutputView* m_output;
    QHash<QString, QAction*> m_actions;
    QHash<QString, QString> m_lastProgress; ///< the engine's last progress line per infra
    QPointer<InfraEditorDialog> m_editor; ///< the open editor, if any
    QStringList m_mapSelection;
    std::optional<QPointF> m_nearPoint;
    QString m_selectWhenShown; ///< an infra being created, selected once its row appears
    ConfirmHandler m_confirm;
};

} // namespace Barista
