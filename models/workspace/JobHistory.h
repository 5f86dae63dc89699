// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>

namespace Barista {

class JobQueue;
class Workspace;

/// A job as remembered after its process ended (for `barista jobs` and the activity log).
struct JobRecord
{
    QString session;
    JobId jobId = 0;
    QString title;
    QString connection;
    QString provider;
    bool mutating = false;
    QString state;
    int attempts = 0;
    std::optional<CloudError> error;
    qint64 queuedAtMs = 0;   ///< wall clock, ms since epoch
    qint64 finishedAtMs = 0; ///< 0 while not finished
    bool sessionAlive = false;

    QJsonObject toJson() const;
};

/// Writes this process's jobs to the workspace as they are queued and when they finish, so
/// jobs outlive the CLI invocation that ran them and another process can list them.
class JobHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistory)

public:
    JobHistory(Workspace* workspace, JobQueue* queue, QObject* parent = nullptr);
    ~JobHistory() override;

    /// Newest first.
    QList<JobRecord> recent(int limit = 100);
    /// Writes the events gathered since the last write (also done on a timer and at exit).
    void flush();

private:
    void record(JobId id);

    Workspace* m_workspace;
    JobQueue* m_queue;
    QHash<JobId, qint64> m_queuedWallMs; ///< jobs not finished yet
    QHash<JobId, QVariantList> m_pending; ///< rows not written yet, the latest event per job
    QTimer m_flushTimer;
};

} // namespace Barista
