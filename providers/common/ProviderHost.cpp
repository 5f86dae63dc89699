// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/ProviderHost.h"

#include "providers/common/OpenSslThreadState.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>
#include <algorithm>
#include <deque>
#include <thread>
#include <vector>

namespace Barista {

namespace {
QAtomicInt g_liveWorkers;
} // namespace

/// Everything the workers touch: it outlives the ProviderHost while a worker still runs.
struct ProviderHost::Shared
{
    QString name;
    HttpSettings settings;
    int maxWorkers = 1;
    QMutex mutex;
    QWaitCondition wake;
    std::deque<Job> queue;
    std::vector<QThread*> workers;
    int idle = 0;
    bool stopping = false;
};

ProviderHost::ProviderHost(const QString& name, HttpSettings settings, int maxWorkers)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->name = name;
    m_shared->settings = std::move(settings);
    m_shared->maxWorkers = qMax(1, maxWorkers);
}

ProviderHost::~ProviderHost()
{
    std::vector<QThread*> workers;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stopping = true;
        m_shared->wake.wakeAll();
        workers.swap(m_shared->workers);
    }
    const bool onWorker = std::find(workers.begin(), workers.end(), QThread::currentThread()) != workers.end();
    if (!onWorker) {
        for (QThread* worker : workers) {
            worker->wait();
            delete worker;
        }
        return;
    }
    // A thread cannot join itself: a plain thread joins and frees the workers once they end.
    std::thread([workers] {
        for (QThread* worker : workers) {
            worker->wait();
            delete worker;
        }
    }).detach();
}

int ProviderHost::workerCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->workers.size());
}

bool ProviderHost::waitUntilAllStopped(int msecs)
{
    QDeadlineTimer deadline(msecs);
    while (g_liveWorkers.loadAcquire() > 0) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

void ProviderHost::post(Job job)
{
    Shared& shared = *m_shared;
    QMutexLocker lock(&shared.mutex);
    shared.queue.push_back(std::move(job));
    if (shared.idle == 0 && int(shared.workers.size()) < shared.maxWorkers) {
        g_liveWorkers.ref();
        QThread* worker = QThread::create([s = m_shared] {
            workerLoop(s);
            OpenSslThreadState::release(); // before waitUntilAllStopped() may let main() exit
            g_liveWorkers.deref();
        });
        worker->setObjectName(QStringLiteral("%1-%2").arg(shared.name).arg(shared.workers.size() + 1));
        shared.workers.push_back(worker);
        worker->start();
    } else {
        shared.wake.wakeOne();
    }
}

void ProviderHost::workerLoop(const std::shared_ptr<Shared>& shared)
{
    // The client (and its QNetworkAccessManager) is made, used and destroyed on this thread.
    HttpClient http(shared->settings);
    QMutexLocker lock(&shared->mutex);
    for (;;) {
        while (shared->queue.empty() && !shared->stopping) {
            ++shared->idle;
            shared->wake.wait(&shared->mutex);
            --shared->idle;
        }
        if (shared->queue.empty())
            return; // stopping, and nothing left to run
        Job job = std::move(shared->queue.front());
        shared->queue.pop_front();
        lock.unlock();
        job(http);
        job = nullptr; // drop what the job captured (promises, owners) before waiting again
        // Replies QNAM deleted later would otherwise pile up: no outer event loop runs here.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        lock.relock();
    }
}

} // namespace Barista
