// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/ResourceService.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/Journal.h"
#include "models/workspace/NodeGroupFollowUp.h"
#include "models/workspace/PagedListing.h"
#include "models/workspace/Reconciler.h"

#include <QPointer>

namespace Barista {

namespace {
template<typename T>
QFuture<Result<T>> failedFuture(CloudError::Kind kind, const QString& message)
{
    return QtFuture::makeReadyFuture(Result<T>(CloudError::make(kind, QString(), message)));
}

/// Errors after which we cannot tell whether the cloud acted: the journal must ask it.
bool outcomeUnknown(const CloudError& error)
{
    switch (error.kind) {
    case CloudError::Kind::Canceled:
    case CloudError::Kind::Timeout:
    case CloudError::Kind::Transient:
    case CloudError::Kind::Internal:
        return true;
    default:
        return false;
    }
}
} // namespace

ResourceService::ResourceService(ProviderRegistry* providers, JobQueue* jobs, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
    , m_jobs(jobs)
    , m_journal(journal)
    , m_reconciler(new Reconciler(journal, providers, jobs, this))
    , m_followUp(new NodeGroupFollowUp(
          providers, jobs,
          [this](qint64 journalId, const Resource& request, JobId* jobId) {
              return resendCreate(journalId, request, jobId);
          },
          this))
{
}

NodeGroupFollowUp* ResourceService::nodeGroupFollowUp() const
{
    return m_followUp;
}

QFuture<Result<QList<Resource>>> ResourceService::list(const QString& connection, ResourceKind kind, JobId* jobId)
{
    QString error;
    std::shared_ptr<CloudProvider> provider = m_providers->provider(connection, &error);
    if (!provider)
        return failedFuture<QList<Resource>>(CloudError::Kind::InvalidRequest, error);
    JobRequest request;
    request.title = tr("List %1 on %2").arg(resourceKindPluralLabel(kind), connection);
    request.connection = connection;
    request.provider = provider->connection().provider;
    return m_jobs->submit<QList<Resource>>(request, [provider, kind] { return listAllPages(provider, kind); }, jobId);
}

QFuture<Result<Resource>> ResourceService::get(const QString& connection, ResourceKind kind, const QString& id,
                                               JobId* jobId)
{
    QString error;
    std::shared_ptr<CloudProvider> provider = m_providers->provider(connection, &error);
    if (!provider)
        return failedFuture<Resource>(CloudError::Kind::InvalidRequest, error);
    JobRequest request;
    request.title = tr("Get %1 '%2' on %3").arg(resourceKindLabel(kind), id, connection);
    request.connection = connection;
    request.provider = provider->connection().provider;
    return m_jobs->submit<Resource>(request, [provider, kind, id] { return provider->get(kind, id); }, jobId);
}

ResourceService::Mutation<Resource> ResourceService::createMutation(const QString& connection, const Resource& request)
{
    Mutation<Resource> m;
    m.connection = connection;
    m.operation = QStringLiteral("create");
    m.kind = request.kind();
    m.iid = request.iid();
    m.request = request.toJson();
    m.title = tr("Create %1 '%2' on %3").arg(resourceKindLabel(request.kind()), request.iid().nameId, connection);
    m.call = [request](CloudProvider& p, const MutationContext& ctx) { return p.create(request, ctx); };
    if (request.kind() == ResourceKind::Cluster)
        m.followUpRequest = request;
    return m;
}

QFuture<Result<Resource>> ResourceService::resendCreate(qint64 journalId, const Resource& request, JobId* jobId)
{
    const std::optional<JournalEntry> entry = m_journal->entry(journalId);
    if (!entry)
        return failedFuture<Resource>(CloudError::Kind::Internal, tr("The journal has no entry %1.").arg(journalId));
    QString error;
    const std::shared_ptr<CloudProvider> provider = m_providers->provider(entry->connection, &error);
    if (!provider)
        return failedFuture<Resource>(CloudError::Kind::InvalidRequest, error);
    // The same intent, Pending again before anything is sent, and the same token to the cloud:
    // a crash from here on is settled like any intent (the cluster is found by its tag), and
    // the cloud never makes a second cluster.
    JournalEntry intent = *entry;
    intent.state = JournalEntry::State::Pending;
    intent.note = tr("Adding the node groups now that the cluster is active.");
    if (!m_journal->complete(intent.id, intent.state, intent.iid, intent.outcome, std::nullopt, intent.note))
        return failedFuture<Resource>(CloudError::Kind::Internal, tr("Cannot write the journal."));
    Mutation<Resource> m = createMutation(intent.connection, request);
    m.title = tr("Add node groups to cluster '%1' on %2").arg(request.iid().nameId, intent.connection);
    m.followUpRequest.reset(); // NodeGroupFollowUp handles its own answer
    return send<Resource>(m, provider, intent, jobId);
}

ResourceService::Mutation<Done> ResourceService::removeMutation(const QString& connection, ResourceKind kind,
                                                                const Iid& iid)
{
    Mutation<Done> m;
    m.connection = connection;
    m.operation = QStringLiteral("delete");
    m.kind = kind;
    m.iid = iid;
    m.title = tr("Delete %1 '%2' on %3").arg(resourceKindLabel(kind), iid.nameId, connection);
    m.call = [kind, iid](CloudProvider& p, const MutationContext& ctx) { return p.remove(kind, iid, ctx); };
    return m;
}

QFuture<Result<Resource>> ResourceService::create(const QString& connection, const Resource& request, JobId* jobId)
{
    QList<JobId> ids;
    const QFuture<Result<Resource>> f = mutate<Resource>({createMutation(connection, request)}, &ids).constFirst();
    if (jobId)
        *jobId = ids.constFirst();
    return f;
}

QList<QFuture<Result<Resource>>> ResourceService::createMany(const QString& connection, const QList<Resource>& requests,
                                                             QList<JobId>* jobIds)
{
    QList<Mutation<Resource>> mutations;
    mutations.reserve(requests.size());
    for (const Resource& r : requests)
        mutations.append(createMutation(connection, r));
    return mutate<Resource>(mutations, jobIds);
}

QFuture<Result<Done>> ResourceService::remove(const QString& connection, ResourceKind kind, const Iid& iid,
                                              JobId* jobId)
{
    if (kind == ResourceKind::Cluster)
        m_followUp->cancel(connection, iid.nameId); // nothing to add to a cluster going away
    QList<JobId> ids;
    const QFuture<Result<Done>> f = mutate<Done>({removeMutation(connection, kind, iid)}, &ids).constFirst();
    if (jobId)
        *jobId = ids.constFirst();
    return f;
}

QList<QFuture<Result<Done>>> ResourceService::removeMany(ResourceKind kind, const QList<std::pair<QString, Iid>>& targets,
                                                         QList<JobId>* jobIds)
{
    QList<Mutation<Done>> mutations;
    mutations.reserve(targets.size());
    for (const auto& [connection, iid] : targets) {
        if (kind == ResourceKind::Cluster)
            m_followUp->cancel(connection, iid.nameId);
        mutations.append(removeMutation(connection, kind, iid));
    }
    return mutate<Done>(mutations, jobIds);
}

QFuture<Result<Resource>> ResourceService::control(const QString& connection, ResourceKind kind, const Iid& iid,
                                                   ControlAction action, JobId* jobId)
{
    Mutation<Resource> m;
    m.connection = connection;
    m.operation = controlActionName(action);
    m.kind = kind;
    m.iid = iid;
    m.request = QJsonObject{{QStringLiteral("action"), controlActionName(action)}};
    m.title = tr("%1 %2 '%3' on %4").arg(controlActionLabel(action), resourceKindLabel(kind), iid.nameId, connection);
    m.call = [kind, iid, action](CloudProvider& p, const MutationContext& ctx) {
        return p.control(kind, iid, action, ctx);
    };
    QList<JobId> ids;
    const QFuture<Result<Resource>> f = mutate<Resource>({m}, &ids).constFirst();
    if (jobId)
        *jobId = ids.constFirst();
    return f;
}

template<typename T>
QList<QFuture<Result<T>>> ResourceService::mutate(const QList<Mutation<T>>& mutations, QList<JobId>* jobIds)
{
    QList<QFuture<Result<T>>> out(mutations.size());
    QList<JobId> ids(mutations.size(), 0);
    QList<std::shared_ptr<CloudProvider>> providers(mutations.size());
    QList<JournalEntry> intents;
    QList<qsizetype> journaled; // index in mutations of each intent
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const Mutation<T>& m = mutations.at(i);
        QString error;
        providers[i] = m_providers->provider(m.connection, &error);
        if (!providers.at(i)) {
            out[i] = failedFuture<T>(CloudError::Kind::InvalidRequest, error);
            continue;
        }
        JournalEntry intent;
        intent.operation = m.operation;
        intent.connection = m.connection;
        intent.kind = m.kind;
        intent.iid = m.iid;
        intent.request = m.request;
        intents.append(intent);
        journaled.append(i);
    }
    if (!intents.isEmpty()) {
        // The intents are durable (one commit for all) before anything is sent: a crash from
        // here on leaves Pending rows that the next start reconciles against the cloud.
        QString error;
        const QList<JournalEntry> entries = m_journal->beginMany(intents, &error);
        for (qsizetype k = 0; k < journaled.size(); ++k) {
            const qsizetype i = journaled.at(k);
            out[i] = entries.isEmpty() ? failedFuture<T>(CloudError::Kind::Internal, error)
                                       : send<T>(mutations.at(i), providers.at(i), entries.at(k), &ids[i]);
        }
    }
    if (jobIds)
        *jobIds = ids;
    return out;
}

template<typename T>
QFuture<Result<T>> ResourceService::send(const Mutation<T>& mutation, const std::shared_ptr<CloudProvider>& provider,
                                         const JournalEntry& entry, JobId* jobId)
{
    MutationContext context;
    context.idempotencyToken = entry.token;
    context.tags.insert(Journal::tagKey(), entry.token);

    JobRequest job;
    job.title = mutation.title;
    job.connection = mutation.connection;
    job.provider = provider->connection().provider;
    job.mutating = true;
    job.idempotent = true; // the token makes the cloud deduplicate a retried call

    const auto call = mutation.call;
    QFuture<Result<T>> outcome
        = m_jobs->submit<T>(job, [provider, call, context] { return call(*provider, context); }, jobId);
    // Sync continuations with a QPointer rather than .then(this): the queue finishes its futures
    // on this thread, and at shutdown a service that is already gone must simply be skipped.
    QPointer<ResourceService> self(this);
    const ResourceKind kind = mutation.kind;
    const Iid iid = mutation.iid;
    const QString connection = mutation.connection;
    const std::optional<Resource> followUpRequest = mutation.followUpRequest;
    return outcome
        .then(QtFuture::Launch::Sync,
              [self, entry, kind, iid, connection, followUpRequest](const Result<T>& result) {
                  if (!self)
                      return QtFuture::makeReadyFuture(result);
                  std::optional<CloudError> error;
                  Iid finalIid = iid;
                  QJsonObject cloudView;
                  if (!result.ok()) {
                      error = result.error();
                  } else if constexpr (std::is_same_v<T, Resource>) {
                      finalIid = result.value().iid();
                      cloudView = result.value().toJson();
                      // Started before the caller hears of the create, so that it finds the
                      // follow-up (NodeGroupFollowUp::following) as soon as it does.
                      if (followUpRequest && NodeGroupFollowUp::hasPendingNodeGroups(result.value()))
                          self->m_followUp->follow(connection, *followUpRequest, entry.id);
                  }
                  // The caller's future finishes only once the journal holds the final verdict
                  // (recorded; committed with the others of the next few milliseconds).
                  return self->settleOutcome(entry, error, finalIid, cloudView)
                      .then(QtFuture::Launch::Sync, [self, connection, kind, result](const ReconcileDecision&) {
                          if (self)
                              Q_EMIT self->resourcesChanged(connection, kind);
                          return result;
                      });
              })
        .unwrap();
}

QFuture<ReconcileDecision> ResourceService::settleOutcome(const JournalEntry& entry,
                                                          const std::optional<CloudError>& error, const Iid& iid,
                                                          const QJsonObject& outcome)
{
    const QFuture<ReconcileDecision> nothingToAsk = QtFuture::makeReadyFuture(ReconcileDecision{});
    using State = JournalEntry::State;
    if (!error) {
        m_journal->completeLater(entry.id, State::Succeeded, iid, outcome, std::nullopt);
        return nothingToAsk;
    }
    if (entry.operation == QLatin1String("delete") && error->kind == CloudError::Kind::NotFound) {
        m_journal->completeLater(entry.id, State::Succeeded, iid, QJsonObject(), error,
                            tr("The cloud no longer had the resource."));
        return nothingToAsk;
    }
    if (outcomeUnknown(*error)) {
        // We cannot tell whether the cloud acted: record what we saw, then ask the cloud.
        m_journal->completeLater(entry.id, State::Pending, iid, QJsonObject(), error,
                            tr("Outcome unknown; asking the cloud."));
        JournalEntry pending = entry;
        pending.error = error;
        return m_reconciler->settle(pending);
    }
    if (entry.operation == QLatin1String("create") && !entry.outcome.isEmpty()) {
        // The follow-up of a create the cloud already carried out (a cluster's node groups):
        // the resource exists whatever this step did; the error says what is missing.
        m_journal->completeLater(entry.id, State::Succeeded, iid, entry.outcome, error,
                                 tr("The cluster exists; its node groups were not added."));
        return nothingToAsk;
    }
    m_journal->completeLater(entry.id, State::Failed, iid, QJsonObject(), error);
    return nothingToAsk;
}

} // namespace Barista
