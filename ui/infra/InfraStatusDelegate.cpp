// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraStatusDelegate.h"

#include "models/items/InfraTreeModel.h"
#include "ui/tree/DecoratedResourceModel.h"

#include <QPainter>
#include <QPixmap>

namespace Barista {

InfraStatusDelegate::InfraStatusDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QColor InfraStatusDelegate::colourOf(const QString& status)
{
    using Colour = DecoratedResourceModel::StatusColour;
    if (status.startsWith(QLatin1String("Partial-"))) // some nodes differ: worth a look
        return DecoratedResourceModel::colourOf(status.endsWith(QLatin1String("Failed")) ? Colour::Red : Colour::Amber);
    if (status == QLatin1String("Planned"))
        return DecoratedResourceModel::colourOf(Colour::Amber);
    if (status == QLatin1String("Empty"))
        return DecoratedResourceModel::colourOf(Colour::Grey);
    return DecoratedResourceModel::colourOf(DecoratedResourceModel::statusColour(status));
}

QIcon InfraStatusDelegate::dot(const QColor& colour) const
{
    const auto it = m_dots.constFind(colour.rgb());
    if (it != m_dots.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    }
    const QIcon icon(pixmap);
    m_dots.insert(colour.rgb(), icon);
    return icon;
}

void InfraStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == InfraTreeModel::StatusColumn) {
        const QColor colour = colourOf(index.data(InfraTreeModel::StatusRole).toString());
        if (colour.isValid()) {
            option->icon = dot(colour);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
    } else if (index.column() == InfraTreeModel::ErrorColumn
        && index.data(InfraTreeModel::NodeTypeRole).toInt() == int(InfraTreeModel::NodeType::Node)) {
        option->palette.setColor(
            QPalette::Text, DecoratedResourceModel::colourOf(DecoratedResourceModel::StatusColour::Red));
    }
}

} // namespace Barista
