// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>

namespace Barista::Test {

/// Runs the event loop until the future finishes (or the deadline passes) and returns whether
/// it finished. Tests use it instead of sleeps.
template<typename T>
bool waitFor(const QFuture<T>& future, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished();
}

} // namespace Barista::Test
