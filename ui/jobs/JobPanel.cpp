// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/JobPanel.h"

#include "models/items/JobListModel.h"
#include "models/jobs/JobQueue.h"
#include "ui/jobs/ProgressBarDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Barista {

JobPanel::JobPanel(JobQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new JobListModel(queue, this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel job"), this))
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("jobPanel"));
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_summary->setObjectName(QStringLiteral("jobSummaryLabel"));
    m_details->setObjectName(QStringLiteral("jobErrorDetails"));

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JobListModel::TitleColumn, 320);
    m_table->setColumnWidth(JobListModel::ProgressColumn, 120);
    m_table->setWordWrap(false);

    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Cancel the selected job. A call already sent to the cloud is abandoned, "
                            "and the journal finds out what the cloud did."));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a failed job to see the error as the cloud reported it."));
    m_summary->setWordWrap(true);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_details, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_cancel, &QPushButton::clicked, this, &JobPanel::cancelSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
    updateDetails();
}

JobId JobPanel::selectedJob() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->jobIdAt(current.row());
}

void JobPanel::selectJob(JobId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobPanel::cancelSelected()
{
    const JobId id = selectedJob();
    if (id != 0)
        m_queue->cancel(id);
}

void JobPanel::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_cancel->setEnabled(false);
        m_summary->clear();
        m_details->clear();
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    m_cancel->setEnabled(first.data(JobListModel::CancelableRole).toBool());
    m_summary->setText(tr("%1 — %2").arg(
        first.data().toString(), current.siblingAtColumn(JobListModel::StateColumn).data().toString()));

    const QString code = first.data(JobListModel::ErrorCodeRole).toString();
    const QString message = first.data(JobListModel::ErrorMessageRole).toString();
    if (code.isEmpty() && message.isEmpty()) {
        m_details->clear();
        return;
    }
    // Verbatim: the user may search the provider's docs for exactly these words.
    const QString text = tr("Code: %1\nMessage: %2").arg(code, message);
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

} // namespace Barista
