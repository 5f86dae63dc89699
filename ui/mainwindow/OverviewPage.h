// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QJsonObject;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Barista {

/// Says what the selected tree node is: a heading (kind, name, status, connection), the
/// node's error if its list failed, and every field of its JSON form in a read-only tree.
/// Nothing more: no invented charts or figures.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    /// Shows a ResourceTreeModel node (invalid: the "nothing selected" hint).
    void showNode(const QModelIndex& index);
    QModelIndex currentNode() const { return m_index; }
    QString title() const;

private:
    void addFields(QTreeWidgetItem* parent, const QJsonObject& json);

    QPersistentModelIndex m_index;
    QLabel* m_title;
    QLabel* m_error;
    QTreeWidget* m_fields;
};

} // namespace Barista
