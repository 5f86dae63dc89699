// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <functional>

namespace Barista {

class Clock;
class JobQueue;
struct JobRecord;

/// What happened, oldest first: job events of this session (queued, started, retrying,
/// succeeded, failed, canceled; a provider error with its code and message verbatim) and the
/// jobs of earlier sessions from the workspace history.
///
/// Live events are gathered and shown in batches (one rowsInserted, at most one rowsRemoved,
/// per batch), so a burst of a thousand job events costs a few model signals, not a thousand.
/// The log is bounded: the oldest rows are dropped once capacity() is reached.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        ConnectionColumn,
        ProviderColumn,
        MessageColumn,
        ColumnCount
    };
    enum class Level
    {
        Info,
        Warning,
        Error,
    };
    Q_ENUM(Level)
    enum Role
    {
        LevelRole = Qt::UserRole + 1, ///< int(Level)
        TimestampRole, ///< qint64, wall clock ms since the epoch
        JobIdRole, ///< JobId (quint64); 0 for entries not about a job
        ErrorCodeRole, ///< the provider's code, verbatim (empty when none)
        ErrorMessageRole, ///< the provider's message, verbatim (empty when none)
        FromHistoryRole, ///< bool: from an earlier session
    };

    struct Entry
    {
        qint64 timeMs = 0; ///< wall clock, ms since the epoch
        Level level = Level::Info;
        QString connection;
        QString provider;
        QString message; ///< already translated; includes the error verbatim when there is one
        JobId jobId = 0;
        std::optional<CloudError> error;
        bool fromHistory = false;
    };

    static constexpr int DefaultCapacity = 5000;
    /// How long live events gather before they are shown.
    static constexpr qint64 BatchDelayMs = 100;

    /// Batches are timed by `clock` when given (a FakeClock makes them deterministic),
    /// otherwise by a timer on this object's thread.
    explicit ActivityLogModel(Clock* clock = nullptr, QObject* parent = nullptr);
    ~ActivityLogModel() override;

    /// Logs the queue's job events from now on (one queue at a time; nullptr stops).
    void watch(JobQueue* queue);
    /// Adds jobs of earlier sessions (as JobHistory::recent() returns them, any order); records
    /// of `skipSession` (normally this session, whose events are logged live) are left out.
    /// Shown at once, merged by time.
    void addHistory(const QList<JobRecord>& records, const QString& skipSession = QString());
    /// Queues an entry of any origin (a timeMs of 0 means now); shown with the next batch.
    void append(const Entry& entry);
    /// Shows the queued entries now.
    void flush();
    int pendingCount() const { return int(m_pending.size()); }
    void clear();

    int capacity() const { return m_capacity; }
    /// At least 1; drops the oldest rows at once when lowered.
    void setCapacity(int capacity);
    /// The wall clock stamped on live events (default: QDateTime::currentMSecsSinceEpoch).
    void setWallClock(std::function<qint64()> wallClock);

    Entry entryAt(int row) const;
    static QString levelText(Level level);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Seen
    {
        JobState state = JobState::Queued;
        int attempts = 0;
    };

    void onJobAdded(JobId id);
    void onJobChanged(JobId id);
    void logJob(const JobInfo& info, Level level, const QString& message);
    void scheduleFlush();
    Entry historyEntry(const JobRecord& record) const;

    Clock* m_clock;
    QPointer<JobQueue> m_queue;
    QList<Entry> m_rows; ///< oldest first
    QList<Entry> m_pending; ///< not shown yet
    QHash<JobId, Seen> m_seen; ///< live jobs not final yet: their last logged state
    std::function<qint64()> m_wallClock;
    int m_capacity = DefaultCapacity;
    bool m_flushScheduled = false;
    quint64 m_flushGeneration = 0; ///< a clear() or manual flush voids a scheduled one
};

} // namespace Barista
