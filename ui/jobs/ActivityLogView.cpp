// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/ActivityLogView.h"

#include "models/items/ActivityLogModel.h"
#include "ui/jobs/ActivityLogFilter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Barista {

ActivityLogView::ActivityLogView(ActivityLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ActivityLogFilter(this))
    , m_text(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_copy(new QAction(tr("&Copy"), this))
{
    Q_ASSERT(m_model);
    setObjectName(QStringLiteral("activityLog"));
    m_filter->setSourceModel(m_model);

    m_text->setObjectName(QStringLiteral("activityFilter"));
    m_text->setPlaceholderText(tr("Filter the activity log"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Shows only rows containing this text in any column (case-insensitive)"));
    connect(m_text, &QLineEdit::textChanged, m_filter, &ActivityLogFilter::setText);

    m_level->setObjectName(QStringLiteral("activityLevel"));
    m_level->addItem(tr("All levels"), int(ActivityLogModel::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(ActivityLogModel::Level::Warning));
    m_level->addItem(tr("Errors only"), int(ActivityLogModel::Level::Error));
    m_level->setToolTip(tr("The least severe level shown"));
    connect(m_level, &QComboBox::currentIndexChanged, this, &ActivityLogView::onLevelChanged);

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep thousands of rows cheap to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(
        ActivityLogModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88:88 ")));
    m_table->horizontalHeader()->resizeSection(ActivityLogModel::LevelColumn, 80);

    m_copy->setObjectName(QStringLiteral("activityCopy"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this, &ActivityLogView::copySelection);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_copy->setEnabled(m_table->selectionModel()->hasSelection()); });

    // The user scrolling away from the bottom pauses following; scrolling back resumes it.
    QScrollBar* bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_followNewest = value >= bar->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityLogView::onRowsInserted);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityLogView::onRowsInserted);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_text, 1);
    tools->addWidget(m_level);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
}

void ActivityLogView::onLevelChanged(int comboIndex)
{
    m_filter->setMinimumLevel(ActivityLogModel::Level(m_level->itemData(comboIndex).toInt()));
}

void ActivityLogView::onRowsInserted()
{
    if (m_followNewest)
        m_table->scrollToBottom();
}

QString ActivityLogView::selectedRowsText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    const int columns = m_filter->columnCount();
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(m_filter->index(row.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void ActivityLogView::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace Barista
