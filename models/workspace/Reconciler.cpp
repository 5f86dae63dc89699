// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/Reconciler.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/interfaces/CloudProvider.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/Journal.h"
#include "models/workspace/PagedListing.h"

#include <QPointer>
#include <QPromise>

namespace Barista {

namespace {
const Resource* findByToken(const QList<Resource>& items, const QString& token)
{
    for (const Resource& r : items) {
        if (r.tags().value(Journal::tagKey()) == token)
            return &r;
    }
    return nullptr;
}

const Resource* findByIid(const QList<Resource>& items, const Iid& iid)
{
    for (const Resource& r : items) {
        if (r.iid().matches(iid))
            return &r;
    }
    return nullptr;
}

bool isGoing(const Resource& r)
{
    const VmInfo* vm = r.as<VmInfo>();
    return vm && (vm->status == VmStatus::Terminating || vm->status == VmStatus::Terminated);
}
} // namespace

Reconciler::Reconciler(Journal* journal, ProviderRegistry* providers, JobQueue* jobs, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_providers(providers)
    , m_jobs(jobs)
{
}

QFuture<QList<ReconcileDecision>> Reconciler::reconcile()
{
    const QList<JournalEntry> orphans = m_journal->orphanedIntents();
    auto promise = std::make_shared<QPromise<QList<ReconcileDecision>>>();
    promise->start();
    if (orphans.isEmpty()) {
        promise->addResult(QList<ReconcileDecision>());
        promise->finish();
        return promise->future();
    }
    auto decisions = std::make_shared<QList<ReconcileDecision>>();
    decisions->resize(orphans.size());
    auto remaining = std::make_shared<int>(int(orphans.size()));
    for (int i = 0; i < orphans.size(); ++i) {
        settle(orphans.at(i)).then(QtFuture::Launch::Sync, [promise, decisions, remaining, i](const ReconcileDecision& d) {
            (*decisions)[i] = d;
            if (--*remaining == 0) {
                promise->addResult(*decisions);
                promise->finish();
            }
        });
    }
    return promise->future();
}

QFuture<ReconcileDecision> Reconciler::settle(const JournalEntry& entry)
{
    ReconcileDecision base{entry.id, entry.operation, entry.connection, entry.iid.nameId, QString(), QString()};
    QString error;
    const std::shared_ptr<CloudProvider> provider = m_providers->provider(entry.connection, &error);
    if (!provider) {
        base.verdict = QStringLiteral("unreachable");
        base.note = error;
        return QtFuture::makeReadyFuture(base);
    }
    JobRequest request;
    request.title = tr("Reconcile %1 '%2' on %3").arg(resourceKindLabel(entry.kind), entry.iid.nameId, entry.connection);
    request.connection = entry.connection;
    request.provider = provider->connection().provider;
    const ResourceKind kind = entry.kind;
    QFuture<Result<QList<Resource>>> listing = m_jobs->submit<QList<Resource>>(
        request, [provider, kind] { return listAllPages(provider, kind); });

    // See ResourceService::mutate for why this is Sync with a QPointer, not .then(this).
    QPointer<Reconciler> self(this);
    return listing.then(QtFuture::Launch::Sync, [self, entry, base](const Result<QList<Resource>>& listed) {
        ReconcileDecision d = base;
        if (!self) {
            d.verdict = QStringLiteral("unreachable");
            return d;
        }
        Journal* journal = self->m_journal;
        if (!listed.ok()) {
            // Leave the intent Pending: we must not claim anything we could not check.
            d.verdict = QStringLiteral("unreachable");
            d.note = Reconciler::tr("The cloud could not be asked: %1").arg(listed.error().toString());
            return d;
        }
        const QList<Resource>& items = listed.value();
        const Resource* found = findByToken(items, entry.token);
        if (!found && entry.operation != QLatin1String("create"))
            found = findByIid(items, entry.iid);

        using State = JournalEntry::State;
        if (entry.operation == QLatin1String("create")) {
            if (found) {
                d.verdict = QStringLiteral("adopted");
                d.note = Reconciler::tr("The cloud has the resource (found by its tag); adopted into the journal.");
                journal->complete(entry.id, State::Adopted, found->iid(), found->toJson(), std::nullopt, d.note);
            } else {
                d.verdict = QStringLiteral("failed");
                d.note = Reconciler::tr("The cloud has no resource with this intent's tag: it was never created.");
                journal->complete(entry.id, State::Failed, Iid(), QJsonObject(), std::nullopt, d.note);
            }
        } else if (entry.operation == QLatin1String("delete")) {
            if (!found || isGoing(*found)) {
                d.verdict = QStringLiteral("confirmed");
                d.note = found ? Reconciler::tr("The cloud reports the resource as terminating or terminated.")
                               : Reconciler::tr("The cloud no longer has the resource: the delete took effect.");
                journal->complete(entry.id, State::Succeeded, entry.iid, found ? found->toJson() : QJsonObject(),
                                    std::nullopt, d.note);
            } else {
                d.verdict = QStringLiteral("failed");
                d.note = Reconciler::tr("The resource still exists: the delete did not take effect.");
                journal->complete(entry.id, State::Failed, found->iid(), found->toJson(), std::nullopt, d.note);
            }
        } else {
            if (found) {
                d.verdict = QStringLiteral("confirmed");
                d.note = Reconciler::tr("The cloud reports the resource with status %1.").arg(found->statusName());
                journal->complete(entry.id, State::Succeeded, found->iid(), found->toJson(), std::nullopt, d.note);
            } else {
                d.verdict = QStringLiteral("failed");
                d.note = Reconciler::tr("The resource no longer exists.");
                journal->complete(entry.id, State::Failed, entry.iid, QJsonObject(), std::nullopt, d.note);
            }
        }
        return d;
    });
}

} // namespace Barista
