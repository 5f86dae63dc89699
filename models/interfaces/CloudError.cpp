// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/interfaces/CloudError.h"

#include "models/domain/DomainJson.h"

namespace Barista {

namespace {
const std::pair<CloudError::Kind, const char*> KIND_NAMES[] = {
    { CloudError::Kind::Throttled, "throttled" },
    { CloudError::Kind::Transient, "transient" },
    { CloudError::Kind::Timeout, "timeout" },
    { CloudError::Kind::Auth, "auth" },
    { CloudError::Kind::NotFound, "notfound" },
    { CloudError::Kind::Conflict, "conflict" },
    { CloudError::Kind::QuotaExceeded, "quota" },
    { CloudError::Kind::InvalidRequest, "invalid" },
    { CloudError::Kind::Unsupported, "unsupported" },
    { CloudError::Kind::Canceled, "canceled" },
    { CloudError::Kind::Internal, "internal" },
};
} // namespace

QString CloudError::toString() const
{
    if (providerCode.isEmpty())
        return message;
    return QStringLiteral("[%1] %2").arg(providerCode, message);
}

QJsonObject CloudError::toJson() const
{
    QJsonObject json {
        { QStringLiteral("kind"), cloudErrorKindName(kind) },
        { QStringLiteral("providerCode"), providerCode },
        { QStringLiteral("message"), message },
        { QStringLiteral("httpStatus"), httpStatus },
    };
    if (retryAfterMs >= 0)
        json.insert(QLatin1String("retryAfterMs"), static_cast<double>(retryAfterMs));
    return json;
}

CloudError CloudError::fromJson(const QJsonObject& json)
{
    using DomainJson::read;
    CloudError error;
    QString kindName;
    read(json, "kind", kindName);
    error.kind = cloudErrorKindFromName(kindName);
    read(json, "providerCode", error.providerCode);
    read(json, "message", error.message);
    read(json, "httpStatus", error.httpStatus);
    read(json, "retryAfterMs", error.retryAfterMs);
    return error;
}

CloudError CloudError::make(Kind kind, const QString& code, const QString& message)
{
    CloudError error;
    error.kind = kind;
    error.providerCode = code;
    error.message = message;
    return error;
}

QString cloudErrorKindName(CloudError::Kind kind)
{
    return DomainJson::nameOf(KIND_NAMES, kind);
}

CloudError::Kind cloudErrorKindFromName(const QString& name)
{
    // An error we cannot classify is treated as our own fault, which is never retried.
    return DomainJson::valueOf(KIND_NAMES, name).value_or(CloudError::Kind::Internal);
}

} // namespace Barista
