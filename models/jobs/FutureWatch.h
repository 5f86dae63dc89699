// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <utility>

namespace Barista {

/// Calls f(future) on the calling thread once future has finished (with a result or
/// canceled), unless context is destroyed first. Use this, never QFuture::then(), for a future
/// that another thread finishes (a provider's, the secret store's, the SSH pool's): with Qt
/// 6.4, a Sync then() attached here to a page the simulator's thread finished crashed at the
/// exit of a CLI run (under ASan: the continuation ran with its promise already moved-from,
/// SEGV in QPromise::start; in CI: "double free or corruption"). A watcher's call-outs are
/// taken under the future's own mutex and delivered here, as the job queue has always done.
/// context, when given, must live on the calling thread; without one the watcher lives until
/// the future finishes.
template <typename T, typename F> void watchFuture(const QFuture<T>& future, QObject* context, F f)
{
    Q_ASSERT(!context || context->thread() == QThread::currentThread());
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, f = std::move(f)]() mutable {
        watcher->deleteLater();
        f(watcher->future());
    });
    watcher->setFuture(future);
}

} // namespace Barista
