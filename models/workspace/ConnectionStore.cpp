// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/ConnectionStore.h"

#include "models/workspace/Workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace Barista {

namespace {
// Writes of the connections table by any store of this process: another store may share this
// thread's database connection, whose own commits PRAGMA data_version does not count.
std::atomic<quint64> g_connectionWrites{0};

/// Moves whenever another connection commits to the database; -1 when it cannot be read.
qint64 dataVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

ConnectionStore::ConnectionStore(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

QList<ConnectionConfig> ConnectionStore::all() const
{
    QList<ConnectionConfig> result;
    QSqlQuery q(m_workspace->database());
    q.exec(QStringLiteral("SELECT config FROM connections ORDER BY name"));
    while (q.next())
        result.append(ConnectionConfig::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    return result;
}

std::optional<ConnectionConfig> ConnectionStore::find(const QString& name) const
{
    // Every cloud call looks its connection up: answered from a cache while nothing wrote the
    // table (this thread's connection only: data_version is per database connection).
    QSqlDatabase db = m_workspace->database();
    const bool cacheable = QThread::currentThread() == thread();
    if (cacheable) {
        const quint64 writes = g_connectionWrites.load();
        const qint64 version = dataVersion(db);
        if (version < 0 || version != m_cacheVersion || writes != m_cacheWrites) {
            m_cache.clear();
            m_cacheVersion = version;
            m_cacheWrites = writes;
        }
        if (auto it = m_cache.constFind(name); it != m_cache.constEnd())
            return it.value();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT config FROM connections WHERE name = ?"));
    q.addBindValue(name);
    std::optional<ConnectionConfig> found;
    if (q.exec() && q.next())
        found = ConnectionConfig::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    else if (q.lastError().isValid())
        return std::nullopt; // not cached: the next call asks again
    if (cacheable && m_cacheVersion >= 0)
        m_cache.insert(name, found);
    return found;
}

bool ConnectionStore::add(const ConnectionConfig& connection, QString* error)
{
    const QString invalid = connection.validationError();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO connections (name, config) VALUES (?, ?)"));
    q.addBindValue(connection.name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(connection.toJson()).toJson(QJsonDocument::Compact)));
    const bool ok = q.exec();
    g_connectionWrites.fetch_add(1);
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    Q_EMIT connectionsChanged();
    return true;
}

bool ConnectionStore::remove(const QString& name, QString* error)
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("DELETE FROM connections WHERE name = ?"));
    q.addBindValue(name);
    const bool ok = q.exec();
    g_connectionWrites.fetch_add(1);
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("No connection named '%1'.").arg(name);
        return false;
    }
    Q_EMIT connectionsChanged();
    return true;
}

} // namespace Barista
