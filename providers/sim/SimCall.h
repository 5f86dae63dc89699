// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/sim/SimCloud.h"

#include <QFutureWatcherBase>
#include <QPointer>
#include <QPromise>
#include <QTimer>

namespace Barista {

/// One call in flight on a SimCloud's host thread: the promise behind the caller's future,
/// the timer that stands for the call's latency, and the watcher that notices a cancel.
/// Shared by the timer's and the watcher's slots; released when both are gone.
template <typename T> struct SimCall
{
    explicit SimCall(SimCloud* owner)
        : cloud(owner)
    {
        cloud->callStarted();
    }
    ~SimCall() { cloud->callEnded(); } // ~QPromise finishes an unanswered future as canceled

    SimCall(const SimCall&) = delete;
    SimCall& operator=(const SimCall&) = delete;

    void answer(Result<T> result)
    {
        if (settled)
            return;
        settled = true;
        promise.addResult(std::move(result));
        promise.finish();
        release();
    }

    /// The caller canceled: finish at once (the watcher reports it) and apply nothing.
    void abandon()
    {
        if (settled)
            return;
        settled = true;
        promise.finish();
        release();
    }

    void release()
    {
        if (timer)
            timer->deleteLater();
        if (watcher)
            watcher->deleteLater();
    }

    SimCloud* cloud;
    QPromise<Result<T>> promise;
    QPointer<QTimer> timer;
    QPointer<QFutureWatcherBase> watcher;
    bool settled = false;
};

} // namespace Barista
