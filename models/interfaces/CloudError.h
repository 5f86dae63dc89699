// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Barista {

/// A failure as the cloud reported it. providerCode and message are kept verbatim so the
/// user sees exactly what AWS/Azure/... said; kind is our classification, which the job
/// queue alone uses to decide on a retry.
struct CloudError
{
    enum class Kind
    {
        Throttled,      ///< rate limit hit (AWS RequestLimitExceeded, HTTP 429): retry after a wait
        Transient,      ///< 5xx, connection reset: retry with backoff
        Timeout,        ///< no answer in time: retry with backoff (idempotent calls only)
        Auth,           ///< bad or expired credential: never retried
        NotFound,
        Conflict,       ///< already exists, or still in use (e.g. a VPC that still has a VM)
        QuotaExceeded,  ///< vCPU/VM limit of the region: not retried
        InvalidRequest, ///< the request itself is wrong: not retried
        Unsupported,    ///< the provider has no such kind or operation
        Canceled,       ///< the user or the caller gave up
        Internal,       ///< our own bug or a reply we could not read
    };

    Kind kind = Kind::Internal;
    QString providerCode; ///< e.g. "InvalidVpcID.NotFound", "QuotaExceeded"
    QString message;      ///< the provider's own message, verbatim
    int httpStatus = 0;
    qint64 retryAfterMs = -1; ///< from Retry-After or the provider's hint; -1 when none

    bool isRetryable() const { return kind == Kind::Throttled || kind == Kind::Transient || kind == Kind::Timeout; }
    /// "[QuotaExceeded] vCPU limit 64 exceeded in ap-northeast-2" (code first, then message).
    QString toString() const;

    QJsonObject toJson() const;
    static CloudError fromJson(const QJsonObject& json);

    static CloudError make(Kind kind, const QString& code, const QString& message);
    bool operator==(const CloudError&) const = default;
};

QString cloudErrorKindName(CloudError::Kind kind);
CloudError::Kind cloudErrorKindFromName(const QString& name);

} // namespace Barista
