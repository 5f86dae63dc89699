// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace Barista {

class ResourceService;

/// Watches the VMs of connections by listing them (one list call per connection per tick, not
/// one get per VM: a 500-node infra costs 25 calls a tick, not 500). Connections are watched
/// while someone needs them; a listing already in flight is joined, never doubled.
class InfraWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraWatcher)

public:
    explicit InfraWatcher(ResourceService* resources, QObject* parent = nullptr);

    void setInterval(qint64 ms);
    qint64 interval() const { return m_intervalMs; }

    /// Polls the connection every interval until unwatch() is called as many times.
    void watch(const QString& connection);
    void unwatch(const QString& connection);

    /// Lists the connection's VMs now (or joins the listing in flight).
    QFuture<Result<QList<Resource>>> refresh(const QString& connection);

    /// A point in the order of listing requests: a listing whose sequence (see listed) is
    /// below a mark was asked for before the mark was taken.
    qint64 mark() { return ++m_sequence; }

Q_SIGNALS:
    /// sequence: when the listing was asked for, in mark()'s order.
    void listed(const QString& connection, const QList<Barista::Resource>& vms, qint64 sequence);

private:
    void tick();

    ResourceService* m_resources;
    QTimer m_timer;
    qint64 m_intervalMs = 5000;
    QHash<QString, int> m_watchers;
    QHash<QString, QFuture<Result<QList<Resource>>>> m_inFlight;
    qint64 m_sequence = 0;
};

} // namespace Barista
