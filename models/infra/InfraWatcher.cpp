// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraWatcher.h"

#include "models/infra/InfraAsync.h"
#include "models/workspace/ResourceService.h"

namespace Barista {

InfraWatcher::InfraWatcher(ResourceService* resources, QObject* parent)
    : QObject(parent)
    , m_resources(resources)
{
    m_timer.setInterval(int(m_intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &InfraWatcher::tick);
}

void InfraWatcher::setInterval(qint64 ms)
{
    m_intervalMs = qMax<qint64>(1, ms);
    m_timer.setInterval(int(m_intervalMs));
}

void InfraWatcher::watch(const QString& connection)
{
    ++m_watchers[connection];
    if (!m_timer.isActive())
        m_timer.start();
}

void InfraWatcher::unwatch(const QString& connection)
{
    auto it = m_watchers.find(connection);
    if (it == m_watchers.end())
        return;
    if (--it.value() <= 0)
        m_watchers.erase(it);
    if (m_watchers.isEmpty())
        m_timer.stop();
}

QFuture<Result<QList<Resource>>> InfraWatcher::refresh(const QString& connection)
{
    auto it = m_inFlight.constFind(connection);
    if (it != m_inFlight.constEnd())
        return it.value();
    const qint64 sequence = mark();
    QFuture<Result<QList<Resource>>> listing = m_resources->list(connection, ResourceKind::Vm);
    m_inFlight.insert(connection, listing);
    whenFinished(listing, this, [this, connection, sequence](const Result<QList<Resource>>& result) {
        m_inFlight.remove(connection);
        if (result.ok())
            Q_EMIT listed(connection, result.value(), sequence);
    });
    return listing;
}

void InfraWatcher::tick()
{
    const QList<QString> connections = m_watchers.keys();
    for (const QString& c : connections) {
        if (!m_inFlight.contains(c))
            refresh(c);
    }
}

} // namespace Barista
