// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudError.h"
#include "providers/common/HttpErrorMapper.h"

#include <QJsonObject>
#include <optional>

namespace Barista {

/// Google's error bodies: the API's {"error": {"code", "message", "status", "errors": [{"domain",
/// "reason", "message"}]}} (code = the first reason, e.g. "notFound", "rateLimitExceeded"), the
/// OAuth token endpoint's {"error": "invalid_grant", "error_description"} (code = "invalid_grant",
/// Auth), and a finished Operation's error field {"errors": [{"code", "message"}]}.
class GcpErrorParser final
{
public:
    static ProviderErrorDetail parse(int status, const QByteArray& body);
    /// The class a reason or an operation error code decides; nullopt = by HTTP status.
    static std::optional<CloudError::Kind> kindForCode(const QString& code);
    /// A DONE Operation's error as a CloudError; nullopt when it succeeded.
    static std::optional<CloudError> fromOperation(const QJsonObject& operation);
};

} // namespace Barista
