// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"

#include <QString>
#include <memory>

namespace Barista {

class CloudProvider;

/// Builds the CloudProvider for a connection. Implemented in providers/ and handed to the
/// core by app/, so models/ never sees a concrete adapter.
class ProviderFactory
{
public:
    virtual ~ProviderFactory() = default;
    /// nullptr with *error set when the driver/provider pair is not available.
    virtual std::shared_ptr<CloudProvider> create(const ConnectionConfig& connection, QString* error) = 0;
};

} // namespace Barista
