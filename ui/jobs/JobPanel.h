// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Barista {

class JobListModel;
class JobQueue;

/// The job queue as a table (title, connection, state, progress bar, attempts, error), a
/// Cancel button for the selected job while it can still be canceled, and the selected failed
/// job's error as the provider reported it: code and message verbatim.
class JobPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPanel)

public:
    explicit JobPanel(JobQueue* queue, QWidget* parent = nullptr);

    JobListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The selected job (0 when none).
    JobId selectedJob() const;
    void selectJob(JobId id);

public Q_SLOTS:
    void cancelSelected();

private:
    void updateDetails();

    JobQueue* m_queue;
    JobListModel* m_model;
    QTableView* m_table;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QPlainTextEdit* m_details;
};

} // namespace Barista
