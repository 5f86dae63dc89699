// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/ProviderFactory.h"

#include <memory>

namespace Barista {

/// Hands out the one provider a test built (a special fake, or a real adapter pointed at a
/// test server) for every connection, so the core's registry calls exactly that object.
class SingleProviderFactory final : public ProviderFactory
{
    Q_DISABLE_COPY_MOVE(SingleProviderFactory)

public:
    explicit SingleProviderFactory(std::shared_ptr<CloudProvider> provider);

    std::shared_ptr<CloudProvider> create(const ConnectionConfig& connection, QString* error) override;

private:
    std::shared_ptr<CloudProvider> m_provider;
};

} // namespace Barista
