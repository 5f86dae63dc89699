// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/ActivityLogFilter.h"

namespace Barista {

ActivityLogFilter::ActivityLogFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityLogFilter::setMinimumLevel(ActivityLogModel::Level level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateRowsFilter();
}

void ActivityLogFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ActivityLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (first.data(ActivityLogModel::LevelRole).toInt() < int(m_minimumLevel))
        return false;
    if (m_text.isEmpty())
        return true;
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QString value = source->index(sourceRow, column, sourceParent).data().toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Barista
