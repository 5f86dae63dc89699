// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Barista {

class JobQueue;

/// The job queue as a table for the job panel (and anything else that wants to watch it).
/// Rows are jobs in submission order; a row never moves, so views keep their selection.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column
    {
        TitleColumn,
        ConnectionColumn,
        StateColumn,
        ProgressColumn,
        AttemptsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1, ///< JobId (quint64)
        StateRole,                    ///< int(JobState)
        ProgressValueRole,            ///< int
        ProgressMaximumRole,          ///< int, 0 = indeterminate
        ErrorCodeRole,                ///< the provider's code, verbatim
        ErrorMessageRole,             ///< the provider's message, verbatim
        CancelableRole,               ///< bool: not final yet
    };

    explicit JobListModel(JobQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    JobId jobIdAt(int row) const;
    int rowOf(JobId id) const; ///< -1 when unknown

private:
    void onJobAdded(JobId id);
    void onJobsForgotten(const QList<JobId>& ids);
    void onJobChanged(JobId id);

    JobQueue* m_queue;
    QList<JobId> m_ids;
    QHash<JobId, int> m_rowOf;
    QHash<JobId, JobInfo> m_cache;
};

} // namespace Barista
