// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace Barista {

class Workspace;

/// The workspace's connections (name, driver, provider, credential reference, region, zone,
/// endpoint). Credential values are never here: only the SecretStore key.
class ConnectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    explicit ConnectionStore(Workspace* workspace, QObject* parent = nullptr);

    QList<ConnectionConfig> all() const; ///< sorted by name
    std::optional<ConnectionConfig> find(const QString& name) const;
    /// Adds or replaces. Returns false and sets *error on invalid input or a database error.
    bool add(const ConnectionConfig& connection, QString* error = nullptr);
    bool remove(const QString& name, QString* error = nullptr);

Q_SIGNALS:
    void connectionsChanged();

private:
    Workspace* m_workspace;
    // find() per cloud call; see ConnectionStore.cpp for when the cache is still right.
    mutable QHash<QString, std::optional<ConnectionConfig>> m_cache;
    mutable qint64 m_cacheVersion = -1;
    mutable quint64 m_cacheWrites = 0;
};

} // namespace Barista
