// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/common/HttpErrorMapper.h"

#include <optional>

namespace Barista {

/// Reads Azure's error bodies: ARM's {"error": {"code", "message"}} and the identity
/// platform's {"error": "invalid_client", "error_description": "AADSTS7000215: ..."} (any
/// token-endpoint error is Auth: a wrong tenant, client or secret is never worth a retry), and
/// the Retail Prices API's {"Error": {"Code", "Message"}}.
/// Code and message are kept verbatim.
class AzureErrorParser final
{
public:
    static ProviderErrorDetail parse(int status, const QByteArray& body);
    static std::optional<CloudError::Kind> kindForCode(const QString& code, const QString& message);
};

} // namespace Barista
