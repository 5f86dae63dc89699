// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tree/ResourceTreeView.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/domain/ResourceStatus.h"
#include "models/items/ResourceTreeModel.h"
#include "models/workspace/ResourceService.h"
#include "ui/dialogs/CreateResourceDialog.h"
#include "ui/tree/DecoratedResourceModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPersistentModelIndex>

namespace Barista {

namespace {

using Tree = ResourceTreeModel;

bool creatable(ResourceKind kind)
{
    return CreateResourceDialog::creatableKinds().contains(kind);
}

bool statusAllowsDelete(const QString& status)
{
    const auto colour = DecoratedResourceModel::statusColour(status);
    // Mid-transition resources and attached disks refuse deletion in every cloud.
    return colour != DecoratedResourceModel::StatusColour::Amber && status != QLatin1String("Attached");
}

} // namespace

ResourceTreeView::ResourceTreeView(ResourceTreeModel* model, ResourceService* service, QWidget* parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(new DecoratedResourceModel(this))
    , m_service(service)
{
    setObjectName(QStringLiteral("resourceTree"));
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(true);
    setColumnWidth(Tree::NameColumn, 220);
    setColumnWidth(Tree::StatusColumn, 110);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Please confirm"), question) == QMessageBox::Yes;
    };

    connect(this, &QWidget::customContextMenuRequested, this, &ResourceTreeView::showContextMenu);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { Q_EMIT currentSourceChanged(toSource(current)); });
}

QModelIndex ResourceTreeView::toSource(const QModelIndex& viewIndex) const
{
    return m_proxy->mapToSource(viewIndex);
}

QModelIndex ResourceTreeView::fromSource(const QModelIndex& sourceIndex) const
{
    return m_proxy->mapFromSource(sourceIndex);
}

QModelIndex ResourceTreeView::currentSourceIndex() const
{
    return toSource(currentIndex());
}

void ResourceTreeView::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

bool ResourceTreeView::confirm(const QString& question)
{
    return !m_confirm || m_confirm(question);
}

void ResourceTreeView::refreshCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (index.isValid())
        m_model->refresh(index.siblingAtColumn(0));
}

void ResourceTreeView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = toSource(indexAt(pos));
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addActions(actionsFor(index, &menu));
    menu.exec(viewport()->mapToGlobal(pos));
}

QAction* ResourceTreeView::addControl(
    QList<QAction*>& actions, QObject* parent, const QModelIndex& index, ControlAction action, bool enabled)
{
    auto* a = new QAction(controlActionLabel(action), parent);
    a->setObjectName(controlActionName(action) + QStringLiteral("Action"));
    a->setEnabled(enabled);
    const QPersistentModelIndex target(index);
    connect(a, &QAction::triggered, this, [this, target, action] {
        if (target.isValid())
            runControl(target, action);
    });
    actions.append(a);
    return a;
}

QList<QAction*> ResourceTreeView::actionsFor(const QModelIndex& sourceIndex, QObject* parent)
{
    QList<QAction*> actions;
    const QModelIndex index = sourceIndex.siblingAtColumn(0);
    if (!index.isValid())
        return actions;
    const auto type = Tree::NodeType(index.data(Tree::NodeTypeRole).toInt());
    const QString connection = index.data(Tree::ConnectionRole).toString();
    const QPersistentModelIndex target(index);

    if (type == Tree::NodeType::Region || type == Tree::NodeType::Folder) {
        const ResourceKind kind
            = type == Tree::NodeType::Folder ? ResourceKind(index.data(Tree::KindRole).toInt()) : ResourceKind::Vpc;
        auto* create = new QAction(tr("Create…"), parent);
        create->setObjectName(QStringLiteral("createAction"));
        create->setEnabled(creatable(kind));
        connect(
            create, &QAction::triggered, this, [this, connection, kind] { Q_EMIT createRequested(connection, kind); });
        actions.append(create);
    }

    if (type == Tree::NodeType::Resource) {
        const auto kind = ResourceKind(index.data(Tree::KindRole).toInt());
        const QString status = index.data(Tree::StatusRole).toString();
        if (kind == ResourceKind::Vm) {
            const std::optional<VmStatus> vm = vmStatusFromName(status);
            const bool running = vm == VmStatus::Running;
            const bool gone
                = !vm || *vm == VmStatus::Terminated || *vm == VmStatus::Terminating || *vm == VmStatus::NotExist;
            addControl(actions, parent, index, ControlAction::Suspend, running);
            addControl(actions, parent, index, ControlAction::Resume, vm == VmStatus::Suspended);
            addControl(actions, parent, index, ControlAction::Reboot, running);
            addControl(actions, parent, index, ControlAction::Terminate, !gone && !isTransitional(*vm));
            // Clouds capture a running or a stopped VM; the dialog says what each cloud needs.
            auto* image = new QAction(tr("Create image…"), parent);
            image->setObjectName(QStringLiteral("createImageAction"));
            image->setEnabled(running || vm == VmStatus::Suspended);
            connect(image, &QAction::triggered, this, [this, connection, target] {
                if (!target.isValid())
                    return;
                if (const std::optional<Resource> resource = m_model->resourceAt(target))
                    Q_EMIT createFromVmRequested(connection, ResourceKind::MyImage, resource->iid().nameId);
            });
            actions.append(image);
        }
        auto* remove = new QAction(tr("Delete"), parent);
        remove->setObjectName(QStringLiteral("deleteAction"));
        remove->setEnabled(statusAllowsDelete(status));
        connect(remove, &QAction::triggered, this, [this, target] {
            if (target.isValid())
                runDelete(target);
        });
        actions.append(remove);
    }

    auto* separator = new QAction(parent);
    separator->setSeparator(true);
    if (!actions.isEmpty())
        actions.append(separator);
    auto* refresh = new QAction(tr("Refresh"), parent);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    connect(refresh, &QAction::triggered, this, [this, target] {
        if (target.isValid())
            m_model->refresh(target);
    });
    actions.append(refresh);
    return actions;
}

void ResourceTreeView::runControl(const QModelIndex& index, ControlAction action)
{
    const std::optional<Resource> resource = m_model->resourceAt(index);
    if (!resource)
        return;
    const QString connection = index.data(Tree::ConnectionRole).toString();
    if (action == ControlAction::Terminate
        && !confirm(tr("Terminate %1 \"%2\" on %3? Its local disks are lost.")
                        .arg(resourceKindLabel(resource->kind()), resource->iid().nameId, connection))) {
        return;
    }
    // The job panel shows progress and any error; nothing to wait for here.
    m_service->control(connection, resource->kind(), resource->iid(), action);
}

void ResourceTreeView::runDelete(const QModelIndex& index)
{
    const std::optional<Resource> resource = m_model->resourceAt(index);
    if (!resource)
        return;
    const QString connection = index.data(Tree::ConnectionRole).toString();
    if (!confirm(tr("Delete %1 \"%2\" on %3? This cannot be undone.")
                     .arg(resourceKindLabel(resource->kind()), resource->iid().nameId, connection))) {
        return;
    }
    m_service->remove(connection, resource->kind(), resource->iid());
}

} // namespace Barista
