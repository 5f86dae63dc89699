// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/FutureWatch.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <utility>

namespace Barista {

/// Calls f(value) when future finishes, on the thread that finishes it (the job queue's, which
/// is the engine's), unless guard is gone by then. The engine's state machines are chains of
/// these: no continuation ever runs against a destroyed engine at shutdown.
template <typename T, typename F> void whenFinished(QFuture<T> future, QObject* guard, F f)
{
    QPointer<QObject> g(guard);
    future.then(QtFuture::Launch::Sync, [g, f = std::move(f)](const T& value) mutable {
        if (g)
            f(value);
    });
}

/// For futures finished on another thread (the secret store's, the SSH pool's): f runs on
/// guard's thread, so the engine's state is only ever touched there. Through a watcher, not
/// then(guard, ...): see watchFuture. A canceled future (no result) never calls f, as then().
template <typename T, typename F> void whenFinishedOn(QFuture<T> future, QObject* guard, F f)
{
    watchFuture(future, guard, [f = std::move(f)](const QFuture<T>& done) mutable {
        if (!done.isCanceled() && done.resultCount() > 0)
            f(done.result());
    });
}

/// The same for a future without a value (a delay, a write).
template <typename F> void whenFinished(QFuture<void> future, QObject* guard, F f)
{
    QPointer<QObject> g(guard);
    future.then(QtFuture::Launch::Sync, [g, f = std::move(f)]() mutable {
        if (g)
            f();
    });
}

} // namespace Barista
