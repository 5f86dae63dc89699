// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Barista {

std::optional<CloudError::Kind> AzureErrorParser::kindForCode(const QString& code, const QString& message)
{
    using K = CloudError::Kind;
    static const QStringList auth = { QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("AuthenticationFailed"),
        QStringLiteral("ExpiredAuthenticationToken"), QStringLiteral("AuthorizationFailed"),
        QStringLiteral("InvalidAuthenticationTokenTenant"), QStringLiteral("LinkedAuthorizationFailed"),
        QStringLiteral("SubscriptionNotFound") };
    static const QStringList notFound = { QStringLiteral("ResourceNotFound"), QStringLiteral("ResourceGroupNotFound"),
        QStringLiteral("NotFound"), QStringLiteral("PlatformImageNotFound"), QStringLiteral("ParentResourceNotFound"),
        QStringLiteral("OperationNotFound"), QStringLiteral("SubnetNotFound") };
    static const QStringList conflict = { QStringLiteral("Conflict"), QStringLiteral("InUseSubnetCannotBeDeleted"),
        QStringLiteral("InUseNetworkSecurityGroupCannotBeDeleted"), QStringLiteral("NicInUse"),
        QStringLiteral("PublicIPAddressCannotBeDeleted"), QStringLiteral("AnotherOperationInProgress"),
        QStringLiteral("OperationPreempted"), QStringLiteral("ResourceGroupBeingDeleted"), QStringLiteral("InvalidResourceLocation") };
    static const QStringList quota = { QStringLiteral("QuotaExceeded"), QStringLiteral("SkuNotAvailable"),
        QStringLiteral("AllocationFailed"), QStringLiteral("ZonalAllocationFailed"), QStringLiteral("OverconstrainedAllocationRequest") };
    static const QStringList transient = { QStringLiteral("InternalServerError"), QStringLiteral("ServiceUnavailable"),
        QStringLiteral("InternalExecutionError"), QStringLiteral("GatewayTimeout"), QStringLiteral("RetryableError") };
    if (code == QLatin1String("TooManyRequests") || code == QLatin1String("SubscriptionRequestsThrottled"))
        return K::Throttled;
    if (auth.contains(code))
        return K::Auth;
    if (quota.contains(code))
        return K::QuotaExceeded;
    // ARM says OperationNotAllowed both for quota ("... exceeding approved ... quota") and for a
    // resource in the wrong state (an attached disk): only the message tells them apart.
    if (code == QLatin1String("OperationNotAllowed"))
        return message.contains(QLatin1String("quota"), Qt::CaseInsensitive) ? K::QuotaExceeded : K::Conflict;
    if (notFound.contains(code))
        return K::NotFound;
    if (conflict.contains(code))
        return K::Conflict;
    if (transient.contains(code))
        return K::Transient;
    if (code.startsWith(QLatin1String("Invalid")) || code.startsWith(QLatin1String("Missing"))
        || code == QLatin1String("BadRequest") || code == QLatin1String("LocationRequired")
        || code.startsWith(QLatin1String("SecurityRuleInvalid")))
        return K::InvalidRequest;
    return std::nullopt;
}

ProviderErrorDetail AzureErrorParser::parse(int status, const QByteArray& body)
{
    Q_UNUSED(status)
    ProviderErrorDetail detail;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue error = json.value(QStringLiteral("error"));
    if (error.isString()) {
        // The identity platform (OAuth2 token endpoint).
        detail.code = error.toString();
        detail.message = json.value(QStringLiteral("error_description")).toString();
        detail.kind = detail.code == QLatin1String("temporarily_unavailable") ? CloudError::Kind::Transient
                                                                               : CloudError::Kind::Auth;
        return detail;
    }
    const QJsonValue retailError = json.value(QStringLiteral("Error"));
    if (!error.isObject() && retailError.isObject()) {
        // The Retail Prices API: {"Error": {"Code": "BadRequest", "Message": "Invalid OData parameters supplied"}}.
        const QJsonObject retail = retailError.toObject();
        detail.code = retail.value(QStringLiteral("Code")).toString();
        detail.message = retail.value(QStringLiteral("Message")).toString();
        if (!detail.code.isEmpty())
            detail.kind = kindForCode(detail.code, detail.message);
        return detail;
    }
    const QJsonObject armError = error.isObject() ? error.toObject() : json.value(QStringLiteral("odata.error")).toObject();
    detail.code = armError.value(QStringLiteral("code")).toString();
    const QJsonValue message = armError.value(QStringLiteral("message"));
    detail.message = message.isObject() ? message.toObject().value(QStringLiteral("value")).toString() : message.toString();
    if (!detail.code.isEmpty())
        detail.kind = kindForCode(detail.code, detail.message);
    return detail;
}

} // namespace Barista
