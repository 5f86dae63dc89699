// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Barista {

std::optional<CloudError::Kind> GcpErrorParser::kindForCode(const QString& code)
{
    using K = CloudError::Kind;
    static const QStringList throttled = { QStringLiteral("rateLimitExceeded"), QStringLiteral("userRateLimitExceeded"),
        QStringLiteral("RATE_LIMIT_EXCEEDED") };
    // Stock-outs are the zone's problem, but retrying at once does not help: final, as on AWS.
    static const QStringList quota = { QStringLiteral("quotaExceeded"), QStringLiteral("QUOTA_EXCEEDED"),
        QStringLiteral("ZONE_RESOURCE_POOL_EXHAUSTED"), QStringLiteral("ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS"),
        QStringLiteral("RESOURCE_POOL_EXHAUSTED") };
    static const QStringList notFound = { QStringLiteral("notFound"), QStringLiteral("RESOURCE_NOT_FOUND") };
    static const QStringList conflict = { QStringLiteral("alreadyExists"), QStringLiteral("RESOURCE_ALREADY_EXISTS"),
        QStringLiteral("resourceInUseByAnotherResource"), QStringLiteral("RESOURCE_IN_USE_BY_ANOTHER_RESOURCE"),
        QStringLiteral("resourceNotReady"), QStringLiteral("conditionNotMet"), QStringLiteral("RESOURCE_NOT_READY") };
    static const QStringList auth = { QStringLiteral("authError"), QStringLiteral("forbidden"),
        QStringLiteral("insufficientPermissions"), QStringLiteral("invalid_grant"), QStringLiteral("invalid_client"),
        QStringLiteral("unauthorized_client"), QStringLiteral("accessNotConfigured") };
    static const QStringList invalid = { QStringLiteral("invalid"), QStringLiteral("required"),
        QStringLiteral("badRequest"), QStringLiteral("invalidParameter"), QStringLiteral("invalid_request"),
        QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_scope") };
    static const QStringList transient
        = { QStringLiteral("backendError"), QStringLiteral("internalError"), QStringLiteral("INTERNAL_ERROR") };
    if (throttled.contains(code))
        return K::Throttled;
    if (quota.contains(code))
        return K::QuotaExceeded;
    if (notFound.contains(code))
        return K::NotFound;
    if (conflict.contains(code))
        return K::Conflict;
    if (auth.contains(code))
        return K::Auth;
    if (invalid.contains(code))
        return K::InvalidRequest;
    if (transient.contains(code))
        return K::Transient;
    return std::nullopt;
}

ProviderErrorDetail GcpErrorParser::parse(int status, const QByteArray& body)
{
    Q_UNUSED(status)
    ProviderErrorDetail detail;
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    const QJsonValue error = document.value(QLatin1String("error"));
    if (error.isString()) { // OAuth 2.0 (RFC 6749 section 5.2)
        detail.code = error.toString();
        detail.message = document.value(QLatin1String("error_description")).toString();
        if (detail.message.isEmpty())
            detail.message = detail.code;
        detail.kind = kindForCode(detail.code);
        return detail;
    }
    const QJsonObject object = error.toObject();
    if (object.isEmpty())
        return detail;
    detail.message = object.value(QLatin1String("message")).toString();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    detail.code = errors.isEmpty() ? object.value(QLatin1String("status")).toString()
                                   : errors.first().toObject().value(QLatin1String("reason")).toString();
    if (detail.message.isEmpty() && !errors.isEmpty())
        detail.message = errors.first().toObject().value(QLatin1String("message")).toString();
    if (!detail.code.isEmpty())
        detail.kind = kindForCode(detail.code);
    return detail;
}

std::optional<CloudError> GcpErrorParser::fromOperation(const QJsonObject& operation)
{
    const QJsonArray errors
        = operation.value(QLatin1String("error")).toObject().value(QLatin1String("errors")).toArray();
    if (errors.isEmpty())
        return std::nullopt;
    const QJsonObject first = errors.first().toObject();
    const QString code = first.value(QLatin1String("code")).toString();
    const int status = operation.value(QLatin1String("httpErrorStatusCode")).toInt();
    CloudError::Kind kind = kindForCode(code).value_or(
        status > 0 ? HttpErrorMapper::kindForStatus(status) : CloudError::Kind::InvalidRequest);
    CloudError result = CloudError::make(kind, code, first.value(QLatin1String("message")).toString());
    result.httpStatus = status;
    return result;
}

} // namespace Barista
