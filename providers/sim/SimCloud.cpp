// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimCloud.h"

#include "providers/sim/SimHost.h"
#include "providers/sim/SimStateStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QThread>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QWaitCondition>

namespace Barista {

namespace {
QMutex g_liveMutex;
QWaitCondition g_allReleased;
int g_liveClouds = 0;
} // namespace

SimCloud::SimCloud(const QString& databasePath, const SimSettings& settings)
    : m_path(databasePath)
    , m_settings(settings)
    , m_host(std::make_unique<SimHost>(QStringLiteral("SimCloud")))
{
    {
        QMutexLocker lock(&g_liveMutex);
        ++g_liveClouds;
    }
    m_host->runBlocking([this] {
        m_store = std::make_unique<SimStateStore>(m_path);
        if (!m_store->open(&m_openError) && m_openError.isEmpty())
            m_openError = QStringLiteral("cannot open %1").arg(m_path);
    });
}

SimCloud::~SimCloud()
{
    m_host->runBlocking([this] {
        // Timers and watchers of pending calls: deleting them releases the calls, whose
        // promises then finish as canceled instead of leaving a waiter hanging.
        const QList<QPointer<QObject>> children = [this] {
            QList<QPointer<QObject>> out;
            for (QObject* child : m_host->context()->children())
                out.append(child);
            return out;
        }();
        for (const QPointer<QObject>& child : children)
            delete child.data();
        m_store.reset();
    });
    m_host.reset();
    QMutexLocker lock(&g_liveMutex);
    if (--g_liveClouds == 0)
        g_allReleased.wakeAll();
}

std::shared_ptr<SimCloud> SimCloud::create(const QString& databasePath, const SimSettings& settings)
{
    return std::shared_ptr<SimCloud>(new SimCloud(databasePath, settings), [](SimCloud* cloud) {
        if (cloud->m_host->isHostThread()) {
            // Let go inside a call's continuation, perhaps inside the very timer that answered
            // it: the host thread can neither delete that timer under itself nor join itself.
            QThreadPool::globalInstance()->start([cloud] { delete cloud; });
            return;
        }
        delete cloud;
    });
}

bool SimCloud::waitUntilAllReleased(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    const bool onMainThread = QCoreApplication::instance() != nullptr
        && QThread::currentThread() == QCoreApplication::instance()->thread();
    for (;;) {
        if (onMainThread) {
            // A finished watcher whose deleteLater never reached an event loop may hold the
            // last reference: let this thread's posted work and deferred deletes run.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        QMutexLocker lock(&g_liveMutex);
        if (g_liveClouds == 0)
            return true;
        if (deadline.hasExpired())
            return false;
        g_allReleased.wait(&g_liveMutex, QDeadlineTimer(20));
    }
}

std::shared_ptr<SimCloud> SimCloud::shared(const QString& databasePath, const SimSettings& settings)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<SimCloud>> clouds;
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    QMutexLocker lock(&mutex);
    std::shared_ptr<SimCloud> cloud = clouds.value(key).lock();
    if (!cloud) {
        cloud = create(key, settings);
        clouds.insert(key, cloud);
    }
    return cloud;
}

bool SimCloud::isReady(QString* error) const
{
    if (error)
        *error = m_openError;
    return m_openError.isEmpty();
}

QObject* SimCloud::context() const
{
    return m_host->context();
}

} // namespace Barista
