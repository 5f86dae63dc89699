// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>
#include <functional>

class QObject;

namespace Barista {

/// The thread a simulated cloud runs on: its database connection, its call timers and its
/// fault decisions live there, so callers on any thread only ever post to it and never block.
class SimHost final
{
    Q_DISABLE_COPY_MOVE(SimHost)

public:
    explicit SimHost(const QString& name);
    /// Deletes everything parented to context() on the host thread, then stops the thread.
    /// Must not run on the host thread itself.
    ~SimHost();

    /// An object living on the host thread: the receiver for posted work and the parent of
    /// timers and watchers.
    QObject* context() const { return m_context; }
    bool isHostThread() const { return QThread::currentThread() == m_thread; }
    /// Runs fn on the host thread and waits for it (runs it inline when already there).
    void runBlocking(const std::function<void()>& fn);

private:
    QThread* m_thread;
    QObject* m_context = nullptr;
};

} // namespace Barista
