// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"

#include <QList>
#include <QString>
#include <QTreeView>
#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace Barista {

class DecoratedResourceModel;
class ResourceService;
class ResourceTreeModel;

/// The resource tree: a QTreeView over ResourceTreeModel (through DecoratedResourceModel for
/// icons) with a context menu whose actions depend on the node and on the resource's status.
/// Actions start jobs through ResourceService and return at once; the job panel shows them.
/// Destructive actions ask first, through a handler tests can replace.
class ResourceTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTreeView)

public:
    /// Returns true to go ahead. The argument is the (translated) question.
    using ConfirmHandler = std::function<bool(const QString& question)>;

    ResourceTreeView(ResourceTreeModel* model, ResourceService* service, QWidget* parent = nullptr);

    ResourceTreeModel* resourceModel() const { return m_model; }
    /// Maps an index of this view (the proxy) to the ResourceTreeModel, and back.
    QModelIndex toSource(const QModelIndex& viewIndex) const;
    QModelIndex fromSource(const QModelIndex& sourceIndex) const;
    /// The selected node, as a ResourceTreeModel index (invalid when nothing is selected).
    QModelIndex currentSourceIndex() const;

    void setConfirmHandler(ConfirmHandler handler);

    /// The context-menu actions for a node (a ResourceTreeModel index), parented to `parent`;
    /// disabled when not valid for the resource's status. Exposed so tests can trigger them.
    QList<QAction*> actionsFor(const QModelIndex& sourceIndex, QObject* parent);

public Q_SLOTS:
    void refreshCurrent();

Q_SIGNALS:
    /// "Create…" on a region or folder: the window opens the dialog for that connection.
    void createRequested(const QString& connection, Barista::ResourceKind kind);
    /// "Create image…" on a VM: the dialog for that kind, with the VM chosen as its source.
    void createFromVmRequested(const QString& connection, Barista::ResourceKind kind, const QString& vm);
    /// The current node changed (a ResourceTreeModel index; invalid when none).
    void currentSourceChanged(const QModelIndex& sourceIndex);

private:
    void showContextMenu(const QPoint& pos);
    QAction* addControl(
        QList<QAction*>& actions, QObject* parent, const QModelIndex& index, ControlAction action, bool enabled);
    void runControl(const QModelIndex& index, ControlAction action);
    void runDelete(const QModelIndex& index);
    bool confirm(const QString& question);

    ResourceTreeModel* m_model;
    DecoratedResourceModel* m_proxy;
    ResourceService* m_service;
    ConfirmHandler m_confirm;
};

} // namespace Barista
