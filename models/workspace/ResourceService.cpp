// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/ResourceService.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/Journal.h"
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
{
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

QFuture<Result<Resource>> ResourceService::create(const QString& connection, const Resource& request, JobId* jobId)
{
    const QString title
        = tr("Create %1 '%2' on %3").arg(resourceKindLabel(request.kind()), request.iid().nameId, connection);
    return mutate<Resource>(
        connection, QStringLiteral("create"), request.kind(), request.iid(), request.toJson(), title,
        [request](CloudProvider& p, const MutationContext& ctx) { return p.create(request, ctx); }, jobId);
}

QFuture<Result<Done>> ResourceService::remove(const QString& connection, ResourceKind kind, const Iid& iid,
                                              JobId* jobId)
{
    const QString title = tr("Delete %1 '%2' on %3").arg(resourceKindLabel(kind), iid.nameId, connection);
    return mutate<Done>(
        connection, QStringLiteral("delete"), kind, iid, QJsonObject(), title,
        [kind, iid](CloudProvider& p, const MutationContext& ctx) { return p.remove(kind, iid, ctx); }, jobId);
}

QFuture<Result<Resource>> ResourceService::control(const QString& connection, ResourceKind kind, const Iid& iid,
                                                   ControlAction action, JobId* jobId)
{
    const QString title = tr("%1 %2 '%3' on %4")
                              .arg(controlActionLabel(action), resourceKindLabel(kind), iid.nameId, connection);
    return mutate<Resource>(
        connection, controlActionName(action), kind, iid, QJsonObject{{QStringLiteral("action"), controlActionName(action)}},
        title,
        [kind, iid, action](CloudProvider& p, const MutationContext& ctx) { return p.control(kind, iid, action, ctx); },
        jobId);
}

template<typename T>
QFuture<Result<T>> ResourceService::mutate(const QString& connection, const QString& operation, ResourceKind kind,
                                           const Iid& iid, const QJsonObject& request, const QString& title,
                                           std::function<QFuture<Result<T>>(CloudProvider&, const MutationContext&)> call,
                                           JobId* jobId)
{
    QString error;
    std::shared_ptr<CloudProvider> provider = m_providers->provider(connection, &error);
    if (!provider)
        return failedFuture<T>(CloudError::Kind::InvalidRequest, error);

    // The intent is durable before anything is sent: a crash from here on leaves a Pending row
    // that the next start reconciles against the cloud.
    const JournalEntry entry = m_journal->begin(operation, connection, kind, iid, request, &error);
    if (entry.id == 0)
        return failedFuture<T>(CloudError::Kind::Internal, error);

    MutationContext context;
    context.idempotencyToken = entry.token;
    context.tags.insert(Journal::tagKey(), entry.token);

    JobRequest job;
    job.title = title;
    job.connection = connection;
    job.provider = provider->connection().provider;
    job.mutating = true;
    job.idempotent = true; // the token makes the cloud deduplicate a retried call

    QFuture<Result<T>> outcome
        = m_jobs->submit<T>(job, [provider, call, context] { return call(*provider, context); }, jobId);
    // Sync continuations with a QPointer rather than .then(this): the queue finishes its futures
    // on this thread, and at shutdown a service that is already gone must simply be skipped.
    QPointer<ResourceService> self(this);
    return outcome
        .then(QtFuture::Launch::Sync,
              [self, entry, kind, iid, connection](const Result<T>& result) {
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
                  }
                  // The caller's future finishes only once the journal holds the final verdict.
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
        m_journal->complete(entry.id, State::Succeeded, iid, outcome, std::nullopt);
        return nothingToAsk;
    }
    if (entry.operation == QLatin1String("delete") && error->kind == CloudError::Kind::NotFound) {
        m_journal->complete(entry.id, State::Succeeded, iid, QJsonObject(), error,
                            tr("The cloud no longer had the resource."));
        return nothingToAsk;
    }
    if (outcomeUnknown(*error)) {
        // We cannot tell whether the cloud acted: record what we saw, then ask the cloud.
        m_journal->complete(entry.id, State::Pending, iid, QJsonObject(), error,
                            tr("Outcome unknown; asking the cloud."));
        JournalEntry pending = entry;
        pending.error = error;
        return m_reconciler->settle(pending);
    }
    m_journal->complete(entry.id, State::Failed, iid, QJsonObject(), error);
    return nothingToAsk;
}

} // namespace Barista
