// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/common/HttpClient.h"
#include "providers/common/HttpSettings.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>
#include <functional>
#include <memory>

namespace Barista {

/// Where a native adapter's calls run: a few worker threads of its own, each owning one
/// HttpClient (and so one QNetworkAccessManager) for its whole life. A call is a function
/// that runs start to finish on one worker (blocking on its HTTP exchanges), so concurrent
/// calls of one connection run in parallel up to the worker count; callers on any thread
/// get a QFuture and never block. Workers start on demand.
class ProviderHost final
{
    Q_DISABLE_COPY_MOVE(ProviderHost)

public:
    using Job = std::function<void(HttpClient&)>;
    using CancelCheck = HttpClient::CancelCheck;

    ProviderHost(const QString& name, HttpSettings settings, int maxWorkers = 4);
    /// Lets the queued jobs finish, then stops the workers: joins them, or, when the last
    /// owner lets go on a worker itself (a continuation that ran there), leaves them to end
    /// on their own.
    ~ProviderHost();

    void post(Job job);

    /// Runs fn on a worker; the future carries its Result. A future canceled before the job
    /// starts gets no result; fn polls isCanceled between requests.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(HttpClient&, const CancelCheck&)> fn)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)](HttpClient& http) {
            const CancelCheck canceled = [p = promise.get()] { return p->isCanceled(); };
            if (!canceled())
                promise->addResult(fn(http, canceled));
            promise->finish();
        });
        return future;
    }

    int workerCount() const;
    /// Waits until every worker of every host in the process has ended; false on timeout.
    static bool waitUntilAllStopped(int msecs);

private:
    struct Shared;
    static void workerLoop(const std::shared_ptr<Shared>& shared);

    std::shared_ptr<Shared> m_shared;
};

} // namespace Barista
