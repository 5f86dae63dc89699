// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimHost.h"

#include <QMetaObject>
#include <QObject>

namespace Barista {

SimHost::SimHost(const QString& name)
    : m_thread(new QThread)
{
    m_thread->setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
}

SimHost::~SimHost()
{
    runBlocking([this] {
        delete m_context;
        m_context = nullptr;
    });
    m_thread->quit();
    if (isHostThread()) {
        // The last owner let go from inside the host thread (a continuation that ran there):
        // a thread cannot join itself, so let it wind down and free itself afterwards.
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        return;
    }
    m_thread->wait();
    delete m_thread;
}

void SimHost::runBlocking(const std::function<void()>& fn)
{
    if (isHostThread()) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection);
}

} // namespace Barista
