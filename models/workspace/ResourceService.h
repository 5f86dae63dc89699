// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/CloudProvider.h"
#include "models/interfaces/Result.h"
#include "models/jobs/JobTypes.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Barista {

class Journal;
class JobQueue;
class NodeGroupFollowUp;
class ProviderRegistry;
class Reconciler;
struct JournalEntry;
struct ReconcileDecision;

/// The use cases on single resources that the resource tree and the `resource` CLI share:
/// every call runs as a job in the JobQueue, and every mutating call is journaled before it
/// is sent (intent with an idempotency token and a deterministic tag) and after (outcome).
class ResourceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceService)

public:
    ResourceService(ProviderRegistry* providers, JobQueue* jobs, Journal* journal, QObject* parent = nullptr);

    /// All pages of a kind on a connection.
    QFuture<Result<QList<Resource>>> list(const QString& connection, ResourceKind kind, JobId* jobId = nullptr);
    QFuture<Result<Resource>> get(const QString& connection, ResourceKind kind, const QString& id,
                                  JobId* jobId = nullptr);
    QFuture<Result<Resource>> create(const QString& connection, const Resource& request, JobId* jobId = nullptr);
    QFuture<Result<Done>> remove(const QString& connection, ResourceKind kind, const Iid& iid, JobId* jobId = nullptr);
    /// Many creates on one connection: all their intents are written in one transaction (one
    /// fsync), and only then are the calls sent. Futures and job ids in the order of requests.
    QList<QFuture<Result<Resource>>> createMany(const QString& connection, const QList<Resource>& requests,
                                                QList<JobId>* jobIds = nullptr);
    /// Many deletes of a kind, each (connection, iid): journaled together, then sent.
    QList<QFuture<Result<Done>>> removeMany(ResourceKind kind, const QList<std::pair<QString, Iid>>& targets,
                                            QList<JobId>* jobIds = nullptr);
    QFuture<Result<Resource>> control(const QString& connection, ResourceKind kind, const Iid& iid,
                                      ControlAction action, JobId* jobId = nullptr);
    /// Creates whose answer leaves node groups pending (EKS makes them only once the cluster
    /// is active) are finished by this: it follows the cluster and sends the create again,
    /// journaled, with the same token. Callers may wait for it (following()) or cancel it.
    NodeGroupFollowUp* nodeGroupFollowUp() const;

Q_SIGNALS:
    /// A mutating call on (connection, kind) finished: views that show them should refresh.
    void resourcesChanged(const QString& connection, Barista::ResourceKind kind);

private:
    /// One mutating call, before it is journaled and sent.
    template<typename T>
    struct Mutation
    {
        QString connection;
        QString operation;
        ResourceKind kind = ResourceKind::Vm;
        Iid iid;
        QJsonObject request;
        QString title;
        std::function<QFuture<Result<T>>(CloudProvider&, const MutationContext&)> call;
        /// A create whose answer may leave node groups pending: what to send again.
        std::optional<Resource> followUpRequest;
    };
    template<typename T>
    QList<QFuture<Result<T>>> mutate(const QList<Mutation<T>>& mutations, QList<JobId>* jobIds);
    template<typename T>
    QFuture<Result<T>> send(const Mutation<T>& mutation, const std::shared_ptr<CloudProvider>& provider,
                            const JournalEntry& entry, JobId* jobId);
    static Mutation<Resource> createMutation(const QString& connection, const Resource& request);
    /// The create of journal entry `journalId` again, as that same intent (see NodeGroupFollowUp).
    QFuture<Result<Resource>> resendCreate(qint64 journalId, const Resource& request, JobId* jobId);
    static Mutation<Done> removeMutation(const QString& connection, ResourceKind kind, const Iid& iid);
    QFuture<ReconcileDecision> settleOutcome(const JournalEntry& entry, const std::optional<CloudError>& error, const Iid& iid,
                       const QJsonObject& outcome);

    ProviderRegistry* m_providers;
    JobQueue* m_jobs;
    Journal* m_journal;
    Reconciler* m_reconciler;
    NodeGroupFollowUp* m_followUp;
};

} // namespace Barista
