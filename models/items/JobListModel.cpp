// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/JobListModel.h"

#include "models/jobs/JobQueue.h"

#include <QCoreApplication>
#include <algorithm>

namespace Barista {

namespace {

// Same context as the class's tr(), so all of the panel's words sit together for translators.
QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("Barista::JobListModel", "Queued");
    case JobState::Running:
        return QCoreApplication::translate("Barista::JobListModel", "Running");
    case JobState::WaitingRetry:
        return QCoreApplication::translate("Barista::JobListModel", "Waiting to retry");
    case JobState::Succeeded:
        return QCoreApplication::translate("Barista::JobListModel", "Succeeded");
    case JobState::Failed:
        return QCoreApplication::translate("Barista::JobListModel", "Failed");
    case JobState::Canceled:
        return QCoreApplication::translate("Barista::JobListModel", "Canceled");
    }
    return QString();
}

} // namespace

JobListModel::JobListModel(JobQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    Q_ASSERT(m_queue);
    const QList<JobInfo> jobs = m_queue->jobs();
    m_ids.reserve(jobs.size());
    for (const JobInfo& info : jobs) {
        m_rowOf.insert(info.id, int(m_ids.size()));
        m_ids.append(info.id);
        m_cache.insert(info.id, info);
    }
    connect(m_queue, &JobQueue::jobAdded, this, &JobListModel::onJobAdded);
    connect(m_queue, &JobQueue::jobChanged, this, &JobListModel::onJobChanged);
    connect(m_queue, &JobQueue::jobsForgotten, this, &JobListModel::onJobsForgotten);
}

void JobListModel::onJobsForgotten(const QList<JobId>& ids)
{
    QList<int> rows;
    for (const JobId id : ids) {
        const auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend())
            rows.append(*it);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Contiguous runs, last first, so earlier row numbers stay valid.
    for (int end = int(rows.size()) - 1; end >= 0;) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        beginRemoveRows(QModelIndex(), rows.at(start), rows.at(end));
        for (int k = end; k >= start; --k) {
            m_cache.remove(m_ids.at(rows.at(k)));
            m_ids.removeAt(rows.at(k));
        }
        endRemoveRows();
        end = start - 1;
    }
    m_rowOf.clear();
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto it = m_cache.constFind(m_ids.at(index.row()));
    if (it == m_cache.constEnd())
        return QVariant();
    const JobInfo& info = *it;

    switch (role) {
    case JobIdRole:
        return QVariant::fromValue<quint64>(info.id);
    case StateRole:
        return int(info.state);
    case ProgressValueRole:
        return info.progressValue;
    case ProgressMaximumRole:
        return info.progressMaximum;
    case ErrorCodeRole:
        return info.lastError ? info.lastError->providerCode : QString();
    case ErrorMessageRole:
        return info.lastError ? info.lastError->message : QString();
    case CancelableRole:
        return !isFinal(info.state);
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }

    switch (index.column()) {
    case TitleColumn:
        return info.request.title;
    case ConnectionColumn:
        return info.request.connection;
    case StateColumn:
        return stateText(info.state);
    case ProgressColumn:
        if (info.progressMaximum > 0)
            return tr("%1/%2").arg(info.progressValue).arg(info.progressMaximum);
        return QString();
    case AttemptsColumn:
        return info.attempts;
    case ErrorColumn:
        return info.lastError ? info.lastError->toString() : QString();
    default:
        return QVariant();
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ConnectionColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Error");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JobIdRole, QByteArrayLiteral("jobId"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    names.insert(ProgressValueRole, QByteArrayLiteral("progressValue"));
    names.insert(ProgressMaximumRole, QByteArrayLiteral("progressMaximum"));
    names.insert(ErrorCodeRole, QByteArrayLiteral("errorCode"));
    names.insert(ErrorMessageRole, QByteArrayLiteral("errorMessage"));
    names.insert(CancelableRole, QByteArrayLiteral("cancelable"));
    return names;
}

JobId JobListModel::jobIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : JobId(0);
}

int JobListModel::rowOf(JobId id) const
{
    return m_rowOf.value(id, -1);
}

void JobListModel::onJobAdded(JobId id)
{
    if (m_rowOf.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows(QModelIndex(), row, row);
    m_ids.append(id);
    m_rowOf.insert(id, row);
    m_cache.insert(id, m_queue->job(id));
    endInsertRows();
}

void JobListModel::onJobChanged(JobId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_cache.insert(id, m_queue->job(id));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Barista
