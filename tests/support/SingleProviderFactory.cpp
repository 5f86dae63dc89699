// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SingleProviderFactory.h"

#include <utility>

namespace Barista {

SingleProviderFactory::SingleProviderFactory(std::shared_ptr<CloudProvider> provider)
    : m_provider(std::move(provider))
{
}

std::shared_ptr<CloudProvider> SingleProviderFactory::create(const ConnectionConfig& connection, QString* error)
{
    Q_UNUSED(connection)
    if (!m_provider && error)
        *error = QStringLiteral("no provider");
    return m_provider;
}

} // namespace Barista
