// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ActivityLogModel.h"

#include "models/interfaces/Clock.h"
#include "models/jobs/JobQueue.h"
#include "models/workspace/JobHistory.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace Barista {

namespace {

std::optional<JobState> stateFromName(const QString& name)
{
    for (JobState s : { JobState::Queued, JobState::Running, JobState::WaitingRetry, JobState::Succeeded,
             JobState::Failed, JobState::Canceled }) {
        if (jobStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace

ActivityLogModel::ActivityLogModel(Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

ActivityLogModel::~ActivityLogModel() = default;

void ActivityLogModel::watch(JobQueue* queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    m_seen.clear();
    if (!queue)
        return;
    // Jobs already in the queue are remembered as they are, so that only what happens from
    // now on is logged (a running job's next progress report is not a "start").
    const QList<JobInfo> jobs = queue->jobs();
    for (const JobInfo& info : jobs) {
        if (!isFinal(info.state))
            m_seen.insert(info.id, Seen { info.state, info.attempts });
    }
    connect(queue, &JobQueue::jobAdded, this, &ActivityLogModel::onJobAdded);
    connect(queue, &JobQueue::jobChanged, this, &ActivityLogModel::onJobChanged);
}

void ActivityLogModel::onJobAdded(JobId id)
{
    const JobInfo info = m_queue->job(id);
    m_seen.insert(id, Seen { JobState::Queued, 0 });
    logJob(info, Level::Info, tr("Queued: %1").arg(info.request.title));
    // A job may already have moved on by the time its jobAdded is delivered.
    if (info.state != JobState::Queued)
        onJobChanged(id);
}

void ActivityLogModel::onJobChanged(JobId id)
{
    const auto seen = m_seen.find(id);
    if (seen == m_seen.end())
        return; // final already, or added before watch() and since finished
    const JobInfo info = m_queue->job(id);
    if (seen->state == info.state && seen->attempts == info.attempts)
        return; // progress only
    const JobState previous = seen->state;
    seen->state = info.state;
    seen->attempts = info.attempts;
    const QString& title = info.request.title;
    const QString error = info.lastError ? info.lastError->toString() : QString();

    switch (info.state) {
    case JobState::Queued:
        break; // back in line after a backoff: the retry itself is logged when it starts
    case JobState::Running:
        if (info.attempts <= 1 && previous == JobState::Queued)
            logJob(info, Level::Info, tr("Started: %1").arg(title));
        else
            logJob(info, Level::Info,
                tr("Started attempt %1 of %2: %3").arg(info.attempts).arg(info.request.retry.maxAttempts).arg(title));
        break;
    case JobState::WaitingRetry:
        logJob(info, Level::Warning,
            tr("Attempt %1 of %2 failed, retrying: %3 — %4")
                .arg(info.attempts)
                .arg(info.request.retry.maxAttempts)
                .arg(title, error));
        break;
    case JobState::Succeeded:
        logJob(info, Level::Info, tr("Succeeded: %1").arg(title));
        break;
    case JobState::Failed:
        logJob(info, Level::Error,
            error.isEmpty() ? tr("Failed: %1").arg(title) : tr("Failed: %1 — %2").arg(title, error));
        break;
    case JobState::Canceled:
        logJob(info, Level::Warning, tr("Canceled: %1").arg(title));
        break;
    }
    if (isFinal(info.state))
        m_seen.erase(seen);
}

void ActivityLogModel::logJob(const JobInfo& info, Level level, const QString& message)
{
    Entry entry;
    entry.timeMs = m_wallClock();
    entry.level = level;
    entry.connection = info.request.connection;
    entry.provider = info.request.provider;
    entry.message = message;
    entry.jobId = info.id;
    if (info.state != JobState::Succeeded)
        entry.error = info.lastError;
    append(entry);
}

void ActivityLogModel::append(const Entry& entry)
{
    m_pending.append(entry);
    if (m_pending.last().timeMs <= 0)
        m_pending.last().timeMs = m_wallClock();
    // Rows beyond the capacity would be dropped by the flush anyway; dropping them here keeps
    // a long burst from piling up (removing at the front of a QList is cheap in Qt 6).
    if (m_pending.size() > m_capacity)
        m_pending.removeFirst();
    scheduleFlush();
}

void ActivityLogModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    auto due = [this] {
        if (m_flushScheduled)
            flush();
    };
    if (m_clock)
        m_clock->callAfter(BatchDelayMs, this, due);
    else
        QTimer::singleShot(int(BatchDelayMs), this, due);
}

void ActivityLogModel::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const qsizetype incoming = m_pending.size();
    if (incoming >= m_capacity) {
        // The batch alone fills the log: one reset beats removing everything row by row.
        beginResetModel();
        m_rows = m_pending.mid(incoming - m_capacity);
        m_pending.clear();
        endResetModel();
        return;
    }
    const qsizetype overflow = m_rows.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow - 1));
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(incoming) - 1);
    m_rows.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

void ActivityLogModel::clear()
{
    m_pending.clear();
    m_flushScheduled = false;
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ActivityLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype overflow = m_rows.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow - 1));
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
}

void ActivityLogModel::setWallClock(std::function<qint64()> wallClock)
{
    m_wallClock = std::move(wallClock);
}

ActivityLogModel::Entry ActivityLogModel::historyEntry(const JobRecord& record) const
{
    Entry entry;
    entry.timeMs = record.finishedAtMs > 0 ? record.finishedAtMs : record.queuedAtMs;
    entry.connection = record.connection;
    entry.provider = record.provider;
    entry.jobId = record.jobId;
    entry.fromHistory = true;
    const QString error = record.error ? record.error->toString() : QString();
    const std::optional<JobState> state = stateFromName(record.state);
    if (state == JobState::Succeeded) {
        entry.message = tr("Succeeded: %1").arg(record.title);
        return entry;
    }
    entry.error = record.error;
    if (state == JobState::Failed) {
        entry.level = Level::Error;
        entry.message
            = error.isEmpty() ? tr("Failed: %1").arg(record.title) : tr("Failed: %1 — %2").arg(record.title, error);
    } else if (state == JobState::Canceled) {
        entry.level = Level::Warning;
        entry.message = tr("Canceled: %1").arg(record.title);
    } else if (record.sessionAlive) {
        entry.message = tr("Running in another session: %1").arg(record.title);
    } else {
        // Its process ended before the job did: the outcome is unknown until reconciled.
        entry.level = Level::Warning;
        entry.message = tr("Interrupted when its session ended: %1").arg(record.title);
    }
    return entry;
}

void ActivityLogModel::addHistory(const QList<JobRecord>& records, const QString& skipSession)
{
    QList<Entry> older;
    older.reserve(records.size());
    for (const JobRecord& record : records) {
        if (skipSession.isEmpty() || record.session != skipSession)
            older.append(historyEntry(record));
    }
    if (older.isEmpty())
        return;
    const auto byTime = [](const Entry& a, const Entry& b) { return a.timeMs < b.timeMs; };
    std::stable_sort(older.begin(), older.end(), byTime);
    QList<Entry> merged;
    merged.reserve(older.size() + m_rows.size());
    // Ties go to the history: it happened in an earlier session.
    std::merge(older.cbegin(), older.cend(), m_rows.cbegin(), m_rows.cend(), std::back_inserter(merged), byTime);
    if (merged.size() > m_capacity)
        merged.remove(0, merged.size() - m_capacity);
    // Once, at start-up: a reset is simpler than a series of inserts at scattered rows.
    beginResetModel();
    m_rows = std::move(merged);
    endResetModel();
}

ActivityLogModel::Entry ActivityLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Entry();
}

QString ActivityLogModel::levelText(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return QString();
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry& entry = m_rows.at(index.row());
    switch (role) {
    case LevelRole:
        return int(entry.level);
    case TimestampRole:
        return entry.timeMs;
    case JobIdRole:
        return QVariant::fromValue<quint64>(entry.jobId);
    case ErrorCodeRole:
        return entry.error ? entry.error->providerCode : QString();
    case ErrorMessageRole:
        return entry.error ? entry.error->message : QString();
    case FromHistoryRole:
        return entry.fromHistory;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case TimeColumn:
        // Sortable and unambiguous; the date matters for rows from earlier sessions.
        return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case LevelColumn:
        return levelText(entry.level);
    case ConnectionColumn:
        return entry.connection;
    case ProviderColumn:
        return entry.provider;
    case MessageColumn:
        return entry.message;
    default:
        return QVariant();
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ConnectionColumn:
        return tr("Connection");
    case ProviderColumn:
        return tr("Provider");
    case MessageColumn:
        return tr("Message");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ActivityLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LevelRole, QByteArrayLiteral("level"));
    names.insert(TimestampRole, QByteArrayLiteral("timestamp"));
    names.insert(JobIdRole, QByteArrayLiteral("jobId"));
    names.insert(ErrorCodeRole, QByteArrayLiteral("errorCode"));
    names.insert(ErrorMessageRole, QByteArrayLiteral("errorMessage"));
    names.insert(FromHistoryRole, QByteArrayLiteral("fromHistory"));
    return names;
}

} // namespace Barista
