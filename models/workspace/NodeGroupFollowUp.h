// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"
#include "models/jobs/JobTypes.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Barista {

class Clock;
class JobQueue;
class ProviderRegistry;
struct JournalEntry;

/// Finishes a cluster create the cloud could only half do. Some clouds (EKS) accept node groups
/// only once their cluster is active, 10-20 minutes after it was asked for: the provider's
/// create() then answers the cluster Creating with the groups it could not make yet in extra
/// "pendingNodeGroups", and expects the same create again, with the same idempotency token,
/// once the cluster is active.
///
/// This follows such a cluster: every pollInterval it asks the cloud for it (a short get job
/// in the JobQueue, so no worker or UI thread ever waits), and once the cluster is Active it
/// sends the create again through `resend` (the same journal intent, Pending again first, so
/// the same token: the cloud deduplicates the cluster and makes only the missing groups).
/// It stops, with the reason as a failed job, when the cluster is Inactive (failed) or
/// Deleting, when it is gone, on a non-retryable error, after giveUpAfter, or when canceled
/// (cancel(), a delete of the cluster, or the check job canceled in the job list). Any
/// provider whose create answers pendingNodeGroups is followed.
///
/// Thread affinity: the thread of the JobQueue.
class NodeGroupFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeGroupFollowUp)

public:
    /// Sends the create of `request` again as journal entry `journalId` (the intent of the
    /// first create, Pending again before the call, so the same token); sets *jobId to its job.
    using Resend = std::function<QFuture<Result<Resource>>(qint64 journalId, const Resource& request, JobId* jobId)>;

    NodeGroupFollowUp(ProviderRegistry* providers, JobQueue* jobs, Resend resend, QObject* parent = nullptr);
    ~NodeGroupFollowUp() override;

    /// True when a create's answer says part of the request is still to be made.
    static bool hasPendingNodeGroups(const Resource& created);

    /// The clock for the pauses between checks; by default a SystemClock of its own.
    void setClock(Clock* clock);
    void setPollIntervalMs(qint64 ms); ///< default 60 s (a cluster takes 10-20 minutes)
    void setGiveUpAfterMs(qint64 ms);  ///< default 60 min from follow()

    /// Starts following the cluster that `request` asked for (journal entry `journalId`). The
    /// future finishes once: with the cluster as the last create answered, or with the error
    /// that stopped it. Following a cluster already followed returns that follow-up's future.
    QFuture<Result<Resource>> follow(const QString& connection, const Resource& request, qint64 journalId);
    /// After a restart: follows again each cluster whose create in these journal entries
    /// (newest first, as Journal::entries gives them) left node groups to add: a success
    /// whose answer has pendingNodeGroups, or a follow-up cut short that reconciliation
    /// adopted without all the groups. Skips clusters deleted since and follow-ups that
    /// failed (their error is on the entry). Returns how many it follows.
    int resume(const QList<JournalEntry>& newestFirst);
    /// The follow-up of that cluster while it runs.
    std::optional<QFuture<Result<Resource>>> following(const QString& connection, const QString& cluster) const;
    /// Stops following: the future finishes as Canceled, a check or create in flight is
    /// canceled. False when that cluster is not followed.
    bool cancel(const QString& connection, const QString& cluster);
    int activeCount() const;

Q_SIGNALS:
    /// After each check that found the cluster not active yet: its status name ("Creating").
    void waiting(const QString& connection, const QString& cluster, const QString& status);
    /// The cluster is active and its create is being sent again.
    void resending(const QString& connection, const QString& cluster);
    void finished(const QString& connection, const QString& cluster, bool succeeded);

private:
    struct Follow;
    using FollowPtr = std::shared_ptr<Follow>;

    void scheduleCheck(const FollowPtr& follow);
    void check(const FollowPtr& follow);
    void checked(const FollowPtr& follow, const Result<Resource>& answer);
    void resend(const FollowPtr& follow);
    void finish(const FollowPtr& follow, const Result<Resource>& outcome);
    Clock* clock() const;

    ProviderRegistry* m_providers;
    JobQueue* m_jobs;
    Resend m_resend;
    std::unique_ptr<Clock> m_ownClock;
    Clock* m_clock = nullptr;
    qint64 m_pollIntervalMs = 60000;
    qint64 m_giveUpAfterMs = 60 * 60 * 1000;
    QHash<QString, FollowPtr> m_follows; ///< by connection and cluster name
};

} // namespace Barista
