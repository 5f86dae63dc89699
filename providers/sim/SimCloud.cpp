// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimCloud.h"

#include "providers/sim/SimHost.h"
#include "providers/sim/SimStateStore.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

namespace Barista {

SimCloud::SimCloud(const QString& databasePath, const SimSettings& settings)
    : m_path(databasePath)
    , m_settings(settings)
    , m_host(std::make_unique<SimHost>(QStringLiteral("SimCloud")))
{
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
}

std::shared_ptr<SimCloud> SimCloud::shared(const QString& databasePath, const SimSettings& settings)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<SimCloud>> clouds;
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    QMutexLocker lock(&mutex);
    std::shared_ptr<SimCloud> cloud = clouds.value(key).lock();
    if (!cloud) {
        cloud = std::make_shared<SimCloud>(key, settings);
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
