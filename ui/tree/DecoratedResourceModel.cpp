// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tree/DecoratedResourceModel.h"

#include "models/domain/ResourceKind.h"
#include "models/items/ResourceTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace Barista {

namespace {

using Tree = ResourceTreeModel;

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QStyle::StandardPixmap typePixmap(Tree::NodeType type, ResourceKind kind)
{
    switch (type) {
    case Tree::NodeType::Provider:
        return QStyle::SP_DriveNetIcon;
    case Tree::NodeType::Connection:
        return QStyle::SP_DirLinkIcon;
    case Tree::NodeType::Region:
        return QStyle::SP_DirHomeIcon;
    case Tree::NodeType::Folder:
        return QStyle::SP_DirIcon;
    case Tree::NodeType::Subnet:
        return QStyle::SP_DirOpenIcon;
    case Tree::NodeType::Resource:
        break;
    }
    switch (kind) {
    case ResourceKind::Vpc:
        return QStyle::SP_DriveNetIcon;
    case ResourceKind::Vm:
        return QStyle::SP_ComputerIcon;
    case ResourceKind::Disk:
        return QStyle::SP_DriveHDIcon;
    case ResourceKind::MyImage:
        return QStyle::SP_DriveCDIcon;
    default:
        return QStyle::SP_FileIcon;
    }
}

} // namespace

DecoratedResourceModel::DecoratedResourceModel(QObject* parent)
    : QIdentityProxyModel(parent)
{
}

DecoratedResourceModel::StatusColour DecoratedResourceModel::statusColour(const QString& status)
{
    static const QStringList green = { QStringLiteral("Running"), QStringLiteral("Available"), QStringLiteral("Active"),
        QStringLiteral("Attached") };
    static const QStringList amber = { QStringLiteral("Creating"), QStringLiteral("Suspending"),
        QStringLiteral("Resuming"), QStringLiteral("Rebooting"), QStringLiteral("Terminating"),
        QStringLiteral("Deleting"), QStringLiteral("Updating") };
    static const QStringList red = { QStringLiteral("Failed"), QStringLiteral("Error") };
    static const QStringList grey = { QStringLiteral("Suspended"), QStringLiteral("Terminated"),
        QStringLiteral("NotExist"), QStringLiteral("Inactive"), QStringLiteral("Unavailable") };
    if (status.isEmpty())
        return StatusColour::None;
    if (green.contains(status))
        return StatusColour::Green;
    if (amber.contains(status))
        return StatusColour::Amber;
    if (red.contains(status))
        return StatusColour::Red;
    if (grey.contains(status))
        return StatusColour::Grey;
    return StatusColour::None;
}

QColor DecoratedResourceModel::colourOf(StatusColour colour)
{
    switch (colour) {
    case StatusColour::Green:
        return QColor(0x2e, 0xa0, 0x43);
    case StatusColour::Amber:
        return QColor(0xe0, 0x9b, 0x14);
    case StatusColour::Red:
        return QColor(0xd0, 0x2f, 0x2f);
    case StatusColour::Grey:
        return QColor(0x8a, 0x8a, 0x8a);
    case StatusColour::None:
        break;
    }
    return {};
}

QIcon DecoratedResourceModel::statusIcon(StatusColour colour) const
{
    if (colour == StatusColour::None)
        return {};
    auto it = m_dots.constFind(int(colour));
    if (it != m_dots.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor c = colourOf(colour);
        painter.setPen(c.darker(130));
        painter.setBrush(c);
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    }
    const QIcon icon(pixmap);
    m_dots.insert(int(colour), icon);
    return icon;
}

QVariant DecoratedResourceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DecorationRole) {
        if (index.column() == Tree::NameColumn) {
            const auto type = Tree::NodeType(index.data(Tree::NodeTypeRole).toInt());
            const auto kind = ResourceKind(index.data(Tree::KindRole).toInt());
            return standardIcon(typePixmap(type, kind));
        }
        if (index.column() == Tree::StatusColumn) {
            if (index.data(Tree::LoadingRole).toBool())
                return standardIcon(QStyle::SP_BrowserReload);
            if (!index.data(Tree::ErrorRole).toString().isEmpty())
                return standardIcon(QStyle::SP_MessageBoxWarning);
            return statusIcon(statusColour(index.data(Tree::StatusRole).toString()));
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Tree::StatusColumn
        && !index.data(Tree::ErrorRole).toString().isEmpty() && !index.data(Tree::LoadingRole).toBool()) {
        return colourOf(StatusColour::Red);
    }
    if (role == Qt::ToolTipRole) {
        // The error, verbatim, wherever the pointer is on the row.
        const QModelIndex first = index.siblingAtColumn(Tree::NameColumn);
        return QIdentityProxyModel::data(first, role);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Barista
