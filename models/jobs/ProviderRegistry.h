// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>

namespace Barista {

class CloudProvider;
class ConnectionStore;
class ProviderFactory;

/// One CloudProvider per connection, built on first use by the ProviderFactory that app/
/// handed in, and rebuilt when the connection's settings change.
class ProviderRegistry final
{
    Q_DISABLE_COPY_MOVE(ProviderRegistry)

public:
    ProviderRegistry(ProviderFactory* factory, ConnectionStore* connections);
    ~ProviderRegistry();

    /// nullptr with *error set for an unknown connection or an unavailable driver.
    std::shared_ptr<CloudProvider> provider(const QString& connection, QString* error = nullptr);
    void forget(const QString& connection);

private:
    struct Entry
    {
        ConnectionConfig config;
        std::shared_ptr<CloudProvider> provider;
    };
    ProviderFactory* m_factory;
    ConnectionStore* m_connections;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Barista
