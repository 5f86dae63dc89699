// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartCard.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Barista {

namespace {
constexpr int CHART_MIN_HEIGHT = 240;
}

ChartCard::ChartCard(
    const QString& id, const QString& title, QChart* chart, const QStringList& columns, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_header(new QHBoxLayout)
    , m_toggle(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(chart, m_stack))
    , m_tableView(new QTableView(m_stack))
    , m_table(new QStandardItemModel(0, int(columns.size()), this))
    , m_note(new QLabel(this))
{
    setObjectName(id + QStringLiteral("Card"));
    m_toggle->setObjectName(id + QStringLiteral("Toggle"));
    m_view->setObjectName(id + QStringLiteral("Chart"));
    m_tableView->setObjectName(id + QStringLiteral("Table"));
    m_note->setObjectName(id + QStringLiteral("Note"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setBuddy(m_toggle);

    m_toggle->setCheckable(true);

    chart->setTitle(QString()); // the card's label is the title, so the chart does not repeat it
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not start timers
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(CHART_MIN_HEIGHT);
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(tr("Chart. Use \"Show as table\" for the same numbers as a table."));

    m_table->setHorizontalHeaderLabels(columns);
    m_tableView->setModel(m_table);
    m_tableView->setAccessibleName(title);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    // The tables are small (a row per provider, region or sample), so fitting is cheap.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setWordWrap(false);
    m_tableView->setMinimumHeight(CHART_MIN_HEIGHT);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_tableView);

    // A note of any length must not resize the card (and so the window around it).
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_note->setFixedHeight(m_note->fontMetrics().height());
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_header->addWidget(m_title, 1);
    m_header->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);

    connect(m_toggle, &QPushButton::toggled, this, &ChartCard::setTableShown);
    updateToggleText();
}

QChart* ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

void ChartCard::setRows(const QList<Row>& rows)
{
    if (m_table->rowCount() != rows.size())
        m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const Cell cell = row.value(c);
            QStandardItem* item = m_table->item(r, c);
            if (!item) {
                item = new QStandardItem;
                item->setEditable(false);
                m_table->setItem(r, c, item);
            }
            if (item->text() != cell.text)
                item->setText(cell.text);
            if (item->data(Qt::UserRole) != cell.value)
                item->setData(cell.value, Qt::UserRole);
            const Qt::Alignment align = cell.value.typeId() == QMetaType::QString || !cell.value.isValid()
                ? Qt::AlignLeft | Qt::AlignVCenter
                : Qt::AlignRight | Qt::AlignVCenter;
            if (item->textAlignment() != align)
                item->setTextAlignment(align);
        }
    }
}

void ChartCard::setNote(const QString& note)
{
    if (m_note->text() != note)
        m_note->setText(note);
}

QString ChartCard::note() const
{
    return m_note->text();
}

bool ChartCard::isTableShown() const
{
    return m_stack->currentWidget() == m_tableView;
}

void ChartCard::setTableShown(bool shown)
{
    if (shown == isTableShown())
        return;
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(m_tableView) : m_view);
    if (m_toggle->isChecked() != shown)
        m_toggle->setChecked(shown);
    updateToggleText();
    emit tableShownChanged(shown);
}

void ChartCard::updateToggleText()
{
    const QString title = m_title->text();
    m_toggle->setText(isTableShown() ? tr("Show as chart") : tr("Show as table"));
    m_toggle->setAccessibleName(
        isTableShown() ? tr("Show %1 as a chart").arg(title) : tr("Show %1 as a table").arg(title));
}

} // namespace Barista
