// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/JobHistory.h"

#include "models/jobs/JobQueue.h"
#include "models/workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Barista {

namespace {
bool isFinalName(const QString& state)
{
    for (JobState s : {JobState::Succeeded, JobState::Failed, JobState::Canceled}) {
        if (jobStateName(s) == state)
            return true;
    }
    return false;
}
} // namespace

QJsonObject JobRecord::toJson() const
{
    QJsonObject json{
        {QStringLiteral("session"), session},
        {QStringLiteral("id"), qint64(jobId)},
        {QStringLiteral("title"), title},
        {QStringLiteral("connection"), connection},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("mutating"), mutating},
        {QStringLiteral("state"), state},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("queuedAt"), QDateTime::fromMSecsSinceEpoch(queuedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    if (finishedAtMs > 0)
        json.insert(QStringLiteral("finishedAt"),
                    QDateTime::fromMSecsSinceEpoch(finishedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (error)
        json.insert(QStringLiteral("error"), error->toJson());
    if (!isFinalName(state))
        json.insert(QStringLiteral("sessionAlive"), sessionAlive);
    return json;
}

JobHistory::JobHistory(Workspace* workspace, JobQueue* queue, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_queue(queue)
{
    connect(queue, &JobQueue::jobAdded, this, &JobHistory::record);
    connect(queue, &JobQueue::jobFinished, this, &JobHistory::record);
    // The workspace syncs every commit to disk (the journal needs that); history rows are
    // gathered and written in one transaction a moment later, not one fsync per job event
    // on the UI thread.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobHistory::flush);
}

JobHistory::~JobHistory()
{
    flush();
}

void JobHistory::record(JobId id)
{
    const JobInfo job = m_queue->job(id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // JobInfo times come from the queue's monotonic clock; the history keeps wall time.
    const qint64 queuedWall = m_queuedWallMs.value(id, now);
    if (isFinal(job.state))
        m_queuedWallMs.remove(id);
    else
        m_queuedWallMs.insert(id, queuedWall);
    m_pending.insert(id,
                     {QVariant(m_workspace->sessionId()), QVariant(qint64(id)), QVariant(job.request.title),
                      QVariant(job.request.connection), QVariant(job.request.provider),
                      QVariant(job.request.mutating ? 1 : 0), QVariant(jobStateName(job.state)), QVariant(job.attempts),
                      QVariant(job.lastError && isFinal(job.state) && job.state != JobState::Succeeded
                                   ? QString::fromUtf8(
                                       QJsonDocument(job.lastError->toJson()).toJson(QJsonDocument::Compact))
                                   : QString()),
                      QVariant(queuedWall), isFinal(job.state) ? QVariant(now) : QVariant()});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobHistory::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QSqlDatabase db = m_workspace->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (session, job_id, title, connection, provider, mutating, "
                             "state, attempts, error, queued_ms, finished_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariantList& row : std::as_const(m_pending)) {
        for (const QVariant& value : row)
            q.addBindValue(value);
        if (!q.exec())
            qWarning("job history: %s", qPrintable(q.lastError().text()));
    }
    db.commit();
    m_pending.clear();
}

QList<JobRecord> JobHistory::recent(int limit)
{
    flush(); // this session's own latest events first
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT session, job_id, title, connection, provider, mutating, state, attempts, error, "
                             "queued_ms, finished_ms FROM jobs ORDER BY queued_ms DESC, job_id DESC LIMIT ?"));
    q.addBindValue(limit);
    QList<JobRecord> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        JobRecord r;
        r.session = q.value(0).toString();
        r.jobId = q.value(1).toULongLong();
        r.title = q.value(2).toString();
        r.connection = q.value(3).toString();
        r.provider = q.value(4).toString();
        r.mutating = q.value(5).toInt() != 0;
        r.state = q.value(6).toString();
        r.attempts = q.value(7).toInt();
        const QJsonObject error = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        if (!error.isEmpty())
            r.error = CloudError::fromJson(error);
        r.queuedAtMs = q.value(9).toLongLong();
        r.finishedAtMs = q.value(10).toLongLong();
        r.sessionAlive = m_workspace->isSessionAlive(r.session);
        result.append(r);
    }
    return result;
}

} // namespace Barista
