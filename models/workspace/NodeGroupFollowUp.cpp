// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/NodeGroupFollowUp.h"

#include "models/domain/PendingNodeGroups.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/interfaces/CloudProvider.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/Journal.h"

#include <QJsonArray>
#include <QPointer>
#include <QPromise>
#include <QSet>

namespace Barista {

namespace {
/// How often the create may be sent again while the cloud still reports groups pending (it
/// should make them all on the first send to an active cluster).
constexpr int kMaxResends = 3;

QString keyOf(const QString& connection, const QString& cluster)
{
    return connection + QLatin1Char('\n') + cluster;
}

CloudError stopped(const QString& message)
{
    return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("ClusterNotActive"), message);
}
} // namespace

struct NodeGroupFollowUp::Follow
{
    QString connection;
    QString cluster;
    Resource request;
    qint64 journalId = 0;
    qint64 giveUpAtMs = 0;
    int resends = 0;
    JobId job = 0; ///< the check or create in flight, 0 between them
    bool done = false;
    QPromise<Result<Resource>> promise;
};

NodeGroupFollowUp::NodeGroupFollowUp(ProviderRegistry* providers, JobQueue* jobs, Resend resend, QObject* parent)
    : QObject(parent)
    , m_providers(providers)
    , m_jobs(jobs)
    , m_resend(std::move(resend))
{
}

NodeGroupFollowUp::~NodeGroupFollowUp()
{
    // Whoever waits is told; the journal already holds every create that was sent.
    const QList<FollowPtr> follows = m_follows.values();
    for (const FollowPtr& f : follows) {
        f->done = true;
        f->promise.addResult(Result<Resource>(CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
            tr("The application stopped following cluster '%1'.").arg(f->cluster))));
        f->promise.finish();
    }
}

bool NodeGroupFollowUp::hasPendingNodeGroups(const Resource& created)
{
    const ClusterInfo* cluster = created.as<ClusterInfo>();
    return cluster && Barista::hasPendingNodeGroups(*cluster);
}

void NodeGroupFollowUp::setClock(Clock* clock)
{
    m_clock = clock;
}

void NodeGroupFollowUp::setPollIntervalMs(qint64 ms)
{
    m_pollIntervalMs = qMax<qint64>(1, ms);
}

void NodeGroupFollowUp::setGiveUpAfterMs(qint64 ms)
{
    m_giveUpAfterMs = ms;
}

Clock* NodeGroupFollowUp::clock() const
{
    if (m_clock)
        return m_clock;
    auto* self = const_cast<NodeGroupFollowUp*>(this);
    if (!self->m_ownClock)
        self->m_ownClock = std::make_unique<SystemClock>();
    return m_ownClock.get();
}

QFuture<Result<Resource>> NodeGroupFollowUp::follow(const QString& connection, const Resource& request,
                                                    qint64 journalId)
{
    const QString cluster = request.iid().nameId;
    if (const auto existing = following(connection, cluster))
        return *existing;
    auto f = std::make_shared<Follow>();
    f->connection = connection;
    f->cluster = cluster;
    f->request = request;
    f->journalId = journalId;
    f->giveUpAtMs = clock()->nowMs() + m_giveUpAfterMs;
    f->promise.start();
    m_follows.insert(keyOf(connection, cluster), f);
    scheduleCheck(f);
    return f->promise.future();
}

int NodeGroupFollowUp::resume(const QList<JournalEntry>& newestFirst)
{
    QSet<QString> deleted; // clusters deleted after their create
    int resumed = 0;
    for (const JournalEntry& e : newestFirst) {
        if (e.kind != ResourceKind::Cluster)
            continue;
        const QString key = keyOf(e.connection, e.iid.nameId);
        if (e.operation == QLatin1String("delete")) {
            deleted.insert(key);
            continue;
        }
        if (e.operation != QLatin1String("create") || deleted.contains(key) || e.error
            || (e.state != JournalEntry::State::Succeeded && e.state != JournalEntry::State::Adopted))
            continue;
        Resource request;
        if (!Resource::fromJson(e.request, &request) || !request.as<ClusterInfo>())
            continue;
        Resource outcome;
        const bool answered = Resource::fromJson(e.outcome, &outcome);
        bool unfinished = answered && hasPendingNodeGroups(outcome);
        if (!unfinished && e.state == JournalEntry::State::Adopted) {
            // Reconciliation recorded the cluster as listed: what it lacks is still to make.
            const ClusterInfo* seen = answered ? outcome.as<ClusterInfo>() : nullptr;
            for (const NodeGroupInfo& group : request.as<ClusterInfo>()->nodeGroups) {
                bool there = false;
                for (const NodeGroupInfo& g : seen ? seen->nodeGroups : QList<NodeGroupInfo>())
                    there = there || g.iid.nameId == group.iid.nameId;
                unfinished = unfinished || !there;
            }
        }
        if (!unfinished || following(e.connection, request.iid().nameId))
            continue;
        follow(e.connection, request, e.id);
        ++resumed;
    }
    return resumed;
}

std::optional<QFuture<Result<Resource>>> NodeGroupFollowUp::following(const QString& connection,
                                                                      const QString& cluster) const
{
    const FollowPtr f = m_follows.value(keyOf(connection, cluster));
    if (!f)
        return std::nullopt;
    return f->promise.future();
}

bool NodeGroupFollowUp::cancel(const QString& connection, const QString& cluster)
{
    const FollowPtr f = m_follows.value(keyOf(connection, cluster));
    if (!f)
        return false;
    const JobId inFlight = std::exchange(f->job, 0);
    finish(f, CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                               tr("Adding the node groups of cluster '%1' was canceled.").arg(cluster)));
    if (inFlight)
        m_jobs->cancel(inFlight);
    return true;
}

int NodeGroupFollowUp::activeCount() const
{
    return int(m_follows.size());
}

void NodeGroupFollowUp::scheduleCheck(const FollowPtr& follow)
{
    clock()->callAfter(m_pollIntervalMs, this, [this, follow] { check(follow); });
}

void NodeGroupFollowUp::check(const FollowPtr& follow)
{
    if (follow->done)
        return;
    QString error;
    const std::shared_ptr<CloudProvider> provider = m_providers->provider(follow->connection, &error);
    if (!provider) {
        finish(follow, CloudError::make(CloudError::Kind::InvalidRequest, QString(), error));
        return;
    }
    JobRequest job;
    job.title = tr("Check whether cluster '%1' on %2 is ready for its node groups")
                    .arg(follow->cluster, follow->connection);
    job.connection = follow->connection;
    job.provider = provider->connection().provider;
    const QString cluster = follow->cluster;
    const bool lastCheck = clock()->nowMs() >= follow->giveUpAtMs;
    const qint64 minutes = m_giveUpAfterMs / 60000;
    // A cluster that can no longer become active fails the check job itself, so the reason is
    // where the user looks: the job list and the activity log.
    auto attempt = [provider, cluster, lastCheck, minutes] {
        return provider->get(ResourceKind::Cluster, cluster)
            .then(QtFuture::Launch::Sync, [cluster, lastCheck, minutes](const Result<Resource>& got) {
                if (!got.ok())
                    return got;
                const ClusterInfo* info = got.value().as<ClusterInfo>();
                if (!info)
                    return got;
                const QString status = resourceStatusLabel(got.value().statusName());
                switch (info->status) {
                case ClusterStatus::Active:
                    return got;
                case ClusterStatus::Inactive:
                case ClusterStatus::Deleting:
                    return Result<Resource>(stopped(
                        tr("Cluster '%1' is %2: its node groups cannot be added.").arg(cluster, status)));
                case ClusterStatus::Creating:
                case ClusterStatus::Updating:
                    break;
                }
                if (lastCheck)
                    return Result<Resource>(stopped(
                        tr("Cluster '%1' is still %2 after %n minute(s): its node groups were not added.", nullptr,
                           int(minutes))
                            .arg(cluster, status)));
                return got;
            });
    };
    QFuture<Result<Resource>> answer = m_jobs->submit<Resource>(job, attempt, &follow->job);
    // The queue finishes its futures on this thread; a follow-up gone meanwhile is skipped.
    QPointer<NodeGroupFollowUp> self(this);
    answer.then(QtFuture::Launch::Sync, [self, follow](const Result<Resource>& result) {
        if (self)
            self->checked(follow, result);
    });
}

void NodeGroupFollowUp::checked(const FollowPtr& follow, const Result<Resource>& answer)
{
    if (follow->done)
        return;
    follow->job = 0;
    if (!answer.ok()) {
        // The queue already retried what was worth retrying right away; a cloud that is
        // briefly unreachable is asked again at the next interval, until the limit.
        if (answer.error().isRetryable() && clock()->nowMs() < follow->giveUpAtMs) {
            scheduleCheck(follow);
            return;
        }
        finish(follow, answer.error());
        return;
    }
    const ClusterInfo* cluster = answer.value().as<ClusterInfo>();
    if (!cluster) {
        finish(follow, CloudError::make(CloudError::Kind::Internal, QString(),
                                        tr("The cloud answered something else than cluster '%1'.").arg(follow->cluster)));
        return;
    }
    if (cluster->status != ClusterStatus::Active) {
        Q_EMIT waiting(follow->connection, follow->cluster, answer.value().statusName());
        scheduleCheck(follow);
        return;
    }
    resend(follow);
}

void NodeGroupFollowUp::resend(const FollowPtr& follow)
{
    ++follow->resends;
    Q_EMIT resending(follow->connection, follow->cluster);
    QFuture<Result<Resource>> sent = m_resend(follow->journalId, follow->request, &follow->job);
    QPointer<NodeGroupFollowUp> self(this);
    sent.then(QtFuture::Launch::Sync, [self, follow](const Result<Resource>& result) {
        if (!self || follow->done)
            return;
        follow->job = 0;
        if (result.ok() && hasPendingNodeGroups(result.value())) {
            if (follow->resends >= kMaxResends) {
                self->finish(follow, stopped(tr("Cluster '%1' still has node groups to add after %n attempt(s).",
                                                nullptr, follow->resends)
                                                 .arg(follow->cluster)));
                return;
            }
            self->scheduleCheck(follow); // e.g. the cluster went Updating in between
            return;
        }
        self->finish(follow, result);
    });
}

void NodeGroupFollowUp::finish(const FollowPtr& follow, const Result<Resource>& outcome)
{
    if (follow->done)
        return;
    follow->done = true;
    m_follows.remove(keyOf(follow->connection, follow->cluster));
    follow->promise.addResult(outcome);
    follow->promise.finish();
    Q_EMIT finished(follow->connection, follow->cluster, outcome.ok());
}

} // namespace Barista
