// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/PagedListing.h"

#include "models/interfaces/CloudProvider.h"

#include <QPromise>
#include <functional>

namespace Barista {

QFuture<Result<QList<Resource>>> listAllPages(const std::shared_ptr<CloudProvider>& provider, ResourceKind kind)
{
    using Outcome = Result<QList<Resource>>;
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto items = std::make_shared<QList<Resource>>();
    auto step = std::make_shared<std::function<void(const QString&)>>();
    promise->start();
    // The continuation holds the strong reference to `step`; `step` itself only a weak one,
    // so the chain frees itself after the last page instead of leaking a cycle.
    std::weak_ptr<std::function<void(const QString&)>> weakStep = step;
    *step = [provider, kind, promise, items, weakStep](const QString& pageToken) {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        auto strongStep = weakStep.lock();
        provider->list(kind, ListRequest{pageToken, 0})
            .then(QtFuture::Launch::Sync, [promise, items, strongStep](const Result<ResourcePage>& page) {
                if (!page.ok()) {
                    promise->addResult(Outcome(page.error()));
                    promise->finish();
                    return;
                }
                items->append(page.value().items);
                if (page.value().nextPageToken.isEmpty()) {
                    promise->addResult(Outcome(*items));
                    promise->finish();
                    return;
                }
                (*strongStep)(page.value().nextPageToken);
            });
    };
    (*step)(QString());
    return promise->future();
}

} // namespace Barista
