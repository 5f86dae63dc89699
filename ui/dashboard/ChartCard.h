// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace Barista {

/// One dashboard chart with its accessible fallback: a title, the chart, a table of the same
/// numbers (a QTableView that screen readers can walk) and a button that switches between the
/// two. Object names derive from the id: <id>Card, <id>Chart, <id>Table, <id>Toggle, <id>Note.
class ChartCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    /// One table cell: the text shown and the raw value (Qt::UserRole) for sorting and tests.
    struct Cell
    {
        QString text;
        QVariant value;
    };
    using Row = QList<Cell>;

    /// Takes ownership of chart.
    ChartCard(
        const QString& id, const QString& title, QChart* chart, const QStringList& columns, QWidget* parent = nullptr);

    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    QTableView* tableView() const { return m_tableView; }
    QStandardItemModel* tableModel() const { return m_table; }
    QPushButton* toggleButton() const { return m_toggle; }

    /// Puts a control (a filter) in the header, before the toggle button.
    void addHeaderWidget(QWidget* widget);

    /// Replaces the table's rows in place: cells that did not change are not touched.
    void setRows(const QList<Row>& rows);
    /// A line under the chart ("2 VMs without a known price"); empty hides it.
    void setNote(const QString& note);
    QString note() const;

    bool isTableShown() const;

public Q_SLOTS:
    void setTableShown(bool shown);

Q_SIGNALS:
    void tableShownChanged(bool shown);

private:
    void updateToggleText();

    QLabel* m_title;
    QHBoxLayout* m_header;
    QPushButton* m_toggle;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QTableView* m_tableView;
    QStandardItemModel* m_table;
    QLabel* m_note;
};

} // namespace Barista
