// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/ProviderFactory.h"
#include "tests/support/FakeCloudProvider.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>

namespace Barista {

/// Hands out one FakeCloudProvider per connection name, so a test can seed and inspect the
/// very provider the code under test calls. The fake outlives a rebuild: asking again for a
/// connection (even with changed settings) gives the same cloud, as a real cloud would be.
class FakeProviderFactory final : public ProviderFactory
{
    Q_DISABLE_COPY_MOVE(FakeProviderFactory)

public:
    FakeProviderFactory() = default;

    std::shared_ptr<CloudProvider> create(const ConnectionConfig& connection, QString* error) override;

    /// The fake for a connection, made on first use (so tests can seed it before the code
    /// under test asks for it). A connection made here has only its name set until create()
    /// sees the real settings.
    FakeCloudProvider* provider(const QString& connection);
    std::shared_ptr<FakeCloudProvider> sharedProvider(const QString& connection);
    /// Makes create() fail for a connection with this message (empty = available again).
    void setUnavailable(const QString& connection, const QString& message);
    /// How often create() was asked for a connection.
    int createCount(const QString& connection) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<FakeCloudProvider>> m_providers;
    QHash<QString, QString> m_unavailable;
    QHash<QString, int> m_createCount;
};

} // namespace Barista
