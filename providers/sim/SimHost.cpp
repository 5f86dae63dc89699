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
    // A thread can neither join itself nor safely delete the object whose event it is
    // handling: owners hand a release on the host thread to another thread (SimCloud::create).
    Q_ASSERT_X(!isHostThread(), "SimHost", "destroyed on its own thread");
    runBlocking([this] {
        delete m_context;
        m_context = nullptr;
    });
    m_thread->quit();
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
