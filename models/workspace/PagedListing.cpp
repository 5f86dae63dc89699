// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/PagedListing.h"

#include "models/interfaces/CloudProvider.h"
#include "models/jobs/FutureWatch.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>

namespace Barista {

namespace {
using Outcome = Result<QList<Resource>>;

/// One listing in progress. Pages arrive on the provider's thread; a cancel arrives on the
/// caller's: the mutex and `done` make sure the promise is finished exactly once.
struct Listing
{
    std::shared_ptr<CloudProvider> provider;
    ResourceKind kind = ResourceKind::Vm;
    QMutex mutex;
    bool done = false;
    QPromise<Outcome> promise;
    QFuture<Result<ResourcePage>> page; ///< the page being fetched, so a cancel can reach it
    QList<Resource> items;

    void finish(std::optional<Outcome> outcome)
    {
        QMutexLocker lock(&mutex);
        if (done)
            return;
        done = true;
        if (outcome)
            promise.addResult(std::move(*outcome));
        promise.finish();
        page = QFuture<Result<ResourcePage>>(); // drop the reference the continuation also holds
    }
};

void fetch(const std::shared_ptr<Listing>& listing, const QString& pageToken)
{
    QFuture<Result<ResourcePage>> page = listing->provider->list(listing->kind, ListRequest{pageToken, 0});
    {
        QMutexLocker lock(&listing->mutex);
        if (listing->done) {
            page.cancel();
            return;
        }
        listing->page = page;
    }
    // A watcher on this (the job queue's) thread, not page.then(): the provider finishes the
    // page on its own thread (see watchFuture for the crash that then() caused).
    watchFuture(page, nullptr, [listing](const QFuture<Result<ResourcePage>>& done) {
        if (done.isCanceled() || done.resultCount() == 0) {
            // The provider gave up on the page (shutdown, its own cancel): end, never hang.
            listing->finish(Outcome(CloudError::make(
                CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                QCoreApplication::translate("PagedListing", "The provider canceled the listing."))));
            return;
        }
        const Result<ResourcePage> result = done.result();
        if (!result.ok()) {
            listing->finish(Outcome(result.error()));
            return;
        }
        QString next;
        {
            QMutexLocker lock(&listing->mutex);
            if (listing->done)
                return;
            listing->items.append(result.value().items);
            next = result.value().nextPageToken;
        }
        if (next.isEmpty())
            listing->finish(Outcome(listing->items));
        else
            fetch(listing, next);
    });
}
} // namespace

QFuture<Result<QList<Resource>>> listAllPages(const std::shared_ptr<CloudProvider>& provider, ResourceKind kind)
{
    auto listing = std::make_shared<Listing>();
    listing->provider = provider;
    listing->kind = kind;
    listing->promise.start();
    QFuture<Outcome> future = listing->promise.future();

    // A cancel of the returned future (the job queue's cancel or attempt timeout) reaches the
    // page in flight at once, instead of after it comes back.
    auto* watcher = new QFutureWatcher<Outcome>();
    // Weak: a finished watcher waiting for its deleteLater must not keep the provider alive.
    QObject::connect(watcher, &QFutureWatcherBase::canceled, watcher, [weak = std::weak_ptr<Listing>(listing)] {
        const std::shared_ptr<Listing> listing = weak.lock();
        if (!listing)
            return;
        QFuture<Result<ResourcePage>> inFlight;
        {
            QMutexLocker lock(&listing->mutex);
            inFlight = listing->page;
        }
        inFlight.cancel();
        listing->finish(std::nullopt);
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);

    fetch(listing, QString());
    return future;
}

} // namespace Barista
