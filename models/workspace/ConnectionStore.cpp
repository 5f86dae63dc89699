// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/ConnectionStore.h"

#include "models/workspace/Workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Barista {

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
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT config FROM connections WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ConnectionConfig::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
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
    if (!q.exec()) {
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
    if (!q.exec()) {
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
