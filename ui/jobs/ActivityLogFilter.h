// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/ActivityLogModel.h"

#include <QSortFilterProxyModel>

namespace Barista {

/// The activity log narrowed by a minimum level and by a text that may appear in any column
/// (case-insensitive, plain text: no wildcard or regular expression surprises).
class ActivityLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogFilter)

public:
    explicit ActivityLogFilter(QObject* parent = nullptr);

    ActivityLogModel::Level minimumLevel() const { return m_minimumLevel; }
    void setMinimumLevel(ActivityLogModel::Level level);
    QString text() const { return m_text; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ActivityLogModel::Level m_minimumLevel = ActivityLogModel::Level::Info;
    QString m_text;
};

} // namespace Barista
