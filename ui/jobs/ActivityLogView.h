// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace Barista {

class ActivityLogFilter;
class ActivityLogModel;

/// The activity log as a table with a text filter (any column, case-insensitive) and a level
/// filter. It follows the newest row unless the user has scrolled up to read older ones, and
/// copies the selected rows as tab-separated text.
class ActivityLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogView)

public:
    explicit ActivityLogView(ActivityLogModel* model, QWidget* parent = nullptr);

    ActivityLogModel* model() const { return m_model; }
    ActivityLogFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QAction* copyAction() const { return m_copy; }
    /// True while new rows scroll the table to the bottom.
    bool isFollowingNewest() const { return m_followNewest; }
    /// The selected rows, oldest first, one line each, columns separated by tabs.
    QString selectedRowsText() const;

public Q_SLOTS:
    void copySelection();

private:
    void onLevelChanged(int comboIndex);
    void onRowsInserted();

    ActivityLogModel* m_model;
    ActivityLogFilter* m_filter;
    QLineEdit* m_text;
    QComboBox* m_level;
    QTableView* m_table;
    QAction* m_copy;
    bool m_followNewest = true;
};

} // namespace Barista
