// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "providers/common/HttpSettings.h"

namespace Barista {

/// The HttpSettings every native adapter derives from its connection: the name for log lines,
/// the user's plain-http permission, the timeout, the provider's error body reader and the
/// connection's own CA bundle.
class ConnectionHttpSettings final
{
public:
    /// A CA bundle without a readable PEM certificate leaves *caError with a translated reason:
    /// the adapter then fails every call with it, it never falls back to skipping verification.
    static HttpSettings make(
        const ConnectionConfig& connection, int timeoutMs, ErrorBodyParser parser, QString* caError);
};

} // namespace Barista
