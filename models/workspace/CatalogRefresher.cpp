// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/CatalogRefresher.h"

#include "models/catalog/CatalogStore.h"
#include "models/jobs/JobQueue.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ResourceService.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>

namespace Barista {

namespace {
const QList<QPair<ResourceKind, QString>> STEPS = {{ResourceKind::Region, QStringLiteral("regions")},
                                                   {ResourceKind::Spec, QStringLiteral("specs")},
                                                   {ResourceKind::Image, QStringLiteral("images")},
                                                   {ResourceKind::Price, QStringLiteral("prices")}};

template<typename T>
QList<T> valuesOf(const QList<Resource>& resources)
{
    QList<T> out;
    for (const Resource& r : resources) {
        if (const T* v = r.as<T>())
            out.append(*v);
    }
    return out;
}

/// One refresh in progress; lives until its last step finishes.
struct Run
{
    QPromise<CatalogRefreshReport> promise;
    CatalogRefreshReport report;
    QDateTime fetchedAt;
    QString source;
    int step = 0;
    JobId currentJob = 0;
};
} // namespace

QJsonObject CatalogRefreshReport::toJson() const
{
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("inserted"), it->inserted},
                                           {QStringLiteral("updated"), it->updated},
                                           {QStringLiteral("unchanged"), it->unchanged},
                                           {QStringLiteral("deleted"), it->deleted}});
    }
    QJsonObject json{{QStringLiteral("connection"), connection}, {QStringLiteral("provider"), provider},
                     {QStringLiteral("kinds"), kinds}, {QStringLiteral("canceled"), canceled}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

CatalogRefresher::CatalogRefresher(ResourceService* resources, JobQueue* jobs, ConnectionStore* connections,
                                   CatalogStore* catalog, QObject* parent)
    : QObject(parent)
    , m_resources(resources)
    , m_jobs(jobs)
    , m_connections(connections)
    , m_catalog(catalog)
{
}

QFuture<CatalogRefreshReport> CatalogRefresher::refresh(const QString& connection)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->promise.setProgressRange(0, int(STEPS.size()));
    run->report.connection = connection;
    run->fetchedAt = QDateTime::currentDateTimeUtc();
    QFuture<CatalogRefreshReport> future = run->promise.future();

    const std::optional<ConnectionConfig> config = m_connections->find(connection);
    if (!config) {
        run->report.error = tr("No connection named '%1'.").arg(connection);
        run->promise.addResult(run->report);
        run->promise.finish();
        return future;
    }
    run->report.provider = config->provider;
    run->source = QStringLiteral("%1:%2").arg(config->driver, connection);

    QPointer<CatalogRefresher> self(this);
    auto finish = [run] {
        run->promise.addResult(run->report);
        run->promise.finish();
    };
    // A cancel of the caller's future reaches the listing job in flight.
    auto* watcher = new QFutureWatcher<CatalogRefreshReport>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [self, run] {
        if (self && run->currentJob)
            self->m_jobs->cancel(run->currentJob);
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);

    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [self, run, finish, weakNext] {
        if (!self || run->promise.isCanceled() || run->step >= STEPS.size()) {
            run->report.canceled = run->promise.isCanceled() || !self;
            finish();
            return;
        }
        const auto [kind, kindName] = STEPS.at(run->step);
        QFuture<Result<QList<Resource>>> listed
            = self->m_resources->list(run->report.connection, kind, &run->currentJob);
        auto strongNext = weakNext.lock();
        listed.then(QtFuture::Launch::Sync, [self, run, finish, strongNext, kind, kindName](
                                                const Result<QList<Resource>>& result) {
            run->currentJob = 0;
            if (!self) {
                finish();
                return;
            }
            if (!result.ok()) {
                if (result.error().kind == CloudError::Kind::Canceled) {
                    run->report.canceled = true;
                    finish();
                    return;
                }
                // A provider without this kind is not a failed refresh; anything else is.
                if (result.error().kind != CloudError::Kind::Unsupported) {
                    run->report.error = result.error().toString();
                    finish();
                    return;
                }
                run->promise.setProgressValue(++run->step);
                (*strongNext)();
                return;
            }
            CatalogStore* catalog = self->m_catalog;
            const QString& provider = run->report.provider;
            QFuture<CatalogWriteResult> written;
            switch (kind) {
            case ResourceKind::Region:
                written = catalog->upsertRegions(provider, valuesOf<RegionInfo>(result.value()), run->source,
                                                 run->fetchedAt);
                break;
            case ResourceKind::Spec:
                written = catalog->replaceSpecs(provider, valuesOf<SpecInfo>(result.value()), run->source,
                                                run->fetchedAt);
                break;
            case ResourceKind::Image:
                written = catalog->replaceImages(provider, valuesOf<ImageInfo>(result.value()), run->source,
                                                 run->fetchedAt);
                break;
            default:
                written = catalog->upsertPrices(valuesOf<PriceInfo>(result.value()), run->source);
                break;
            }
            // The write finishes on the catalog's writer thread: come back to ours (where the job
            // queue lives) through a watcher before starting the next step.
            auto* writeWatcher = new QFutureWatcher<CatalogWriteResult>(self);
            QObject::connect(writeWatcher, &QFutureWatcherBase::finished, self,
                             [writeWatcher, run, finish, strongNext, kindName] {
                writeWatcher->deleteLater();
                const QFuture<CatalogWriteResult> done = writeWatcher->future();
                const CatalogWriteResult w = done.resultCount() > 0 ? done.result() : CatalogWriteResult{};
                run->report.byKind.insert(kindName, w);
                if (!w.ok) {
                    run->report.error = w.error.isEmpty() ? CatalogRefresher::tr("The catalog could not be written.")
                                                          : w.error;
                    finish();
                    return;
                }
                run->promise.setProgressValue(++run->step);
                (*strongNext)();
            });
            writeWatcher->setFuture(written);
        });
    };
    (*next)();
    return future;
}

} // namespace Barista
