// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudError.h"
#include "providers/common/HttpResponse.h"

#include <QDateTime>
#include <QNetworkReply>
#include <functional>
#include <optional>

namespace Barista {

/// What a provider's error body says, read by that provider's own parser.
struct ProviderErrorDetail
{
    QString code;                        ///< verbatim ("itemNotFound", "OverQuota", "InvalidVpcID.NotFound")
    QString message;                     ///< verbatim
    std::optional<CloudError::Kind> kind; ///< set when the provider's code decides the class
};

/// The per-provider hook: reads an error body (any status); leaves fields empty when the body
/// is not in the provider's format.
using ErrorBodyParser = std::function<ProviderErrorDetail(int status, const QByteArray& body)>;

/// Turns a failed exchange into a CloudError. It only classifies (the job queue alone decides
/// to retry): 429 and throttling codes are Throttled with the Retry-After wait, 5xx Transient,
/// 401/403 Auth, 404 NotFound, 409 Conflict, 413 or a quota message QuotaExceeded; the
/// provider's code and message are kept verbatim. A body without a code leaves it to the
/// x-amzn-ErrorType header where there is one (the AWS REST-JSON services put it there).
class HttpErrorMapper final
{
public:
    static CloudError fromResponse(const HttpResponse& response, const ErrorBodyParser& parser, const QDateTime& nowUtc);
    /// A transport failure without an HTTP answer. timedOut: our transfer timeout fired;
    /// canceled: the caller gave up.
    static CloudError fromNetworkError(
        QNetworkReply::NetworkError error, const QString& errorString, bool timedOut, bool canceled);

    static CloudError::Kind kindForStatus(int status);
    /// Retry-After as milliseconds from nowUtc: delta-seconds or an HTTP-date (RFC 9110);
    /// -1 when absent or unreadable, 0 for a date in the past.
    static qint64 retryAfterMs(const QByteArray& value, const QDateTime& nowUtc);
    static bool isThrottlingCode(const QString& code);
    static bool looksLikeQuota(const QString& code, const QString& message);
};

} // namespace Barista
