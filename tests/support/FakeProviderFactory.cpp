// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeProviderFactory.h"

#include <QMutexLocker>

namespace Barista {

std::shared_ptr<CloudProvider> FakeProviderFactory::create(const ConnectionConfig& connection, QString* error)
{
    QMutexLocker lock(&m_mutex);
    ++m_createCount[connection.name];
    if (const QString message = m_unavailable.value(connection.name); !message.isEmpty()) {
        if (error)
            *error = message;
        return nullptr;
    }
    std::shared_ptr<FakeCloudProvider>& fake = m_providers[connection.name];
    if (!fake)
        fake = std::make_shared<FakeCloudProvider>(connection);
    else
        fake->setConnection(connection);
    return fake;
}

FakeCloudProvider* FakeProviderFactory::provider(const QString& connection)
{
    return sharedProvider(connection).get();
}

std::shared_ptr<FakeCloudProvider> FakeProviderFactory::sharedProvider(const QString& connection)
{
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<FakeCloudProvider>& fake = m_providers[connection];
    if (!fake) {
        ConnectionConfig config;
        config.name = connection;
        fake = std::make_shared<FakeCloudProvider>(config);
    }
    return fake;
}

void FakeProviderFactory::setUnavailable(const QString& connection, const QString& message)
{
    QMutexLocker lock(&m_mutex);
    if (message.isEmpty())
        m_unavailable.remove(connection);
    else
        m_unavailable.insert(connection, message);
}

int FakeProviderFactory::createCount(const QString& connection) const
{
    QMutexLocker lock(&m_mutex);
    return m_createCount.value(connection);
}

} // namespace Barista
