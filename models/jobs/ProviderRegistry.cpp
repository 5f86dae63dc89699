// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/ProviderRegistry.h"

#include "models/interfaces/CloudProvider.h"
#include "models/interfaces/ProviderFactory.h"
#include "models/workspace/ConnectionStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace Barista {

ProviderRegistry::ProviderRegistry(ProviderFactory* factory, ConnectionStore* connections)
    : m_factory(factory)
    , m_connections(connections)
{
}

ProviderRegistry::~ProviderRegistry() = default;

std::shared_ptr<CloudProvider> ProviderRegistry::provider(const QString& connection, QString* error)
{
    const std::optional<ConnectionConfig> config = m_connections->find(connection);
    QMutexLocker lock(&m_mutex);
    if (!config) {
        m_entries.remove(connection);
        if (error)
            *error = QCoreApplication::translate("ProviderRegistry", "No connection named '%1'.").arg(connection);
        return nullptr;
    }
    auto it = m_entries.find(connection);
    if (it != m_entries.end() && it->config == *config)
        return it->provider;
    // New or changed (another region, endpoint, credential): build a fresh adapter.
    std::shared_ptr<CloudProvider> created = m_factory->create(*config, error);
    if (!created) {
        m_entries.remove(connection);
        return nullptr;
    }
    m_entries.insert(connection, Entry{*config, created});
    return created;
}

void ProviderRegistry::forget(const QString& connection)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(connection);
}

} // namespace Barista
