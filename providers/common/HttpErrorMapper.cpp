// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/HttpErrorMapper.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTimeZone>

namespace Barista {

namespace {

constexpr int kMaxBodyInMessage = 300;

QString bodyAsMessage(const QByteArray& body)
{
    QString text = QString::fromUtf8(body).simplified();
    // An HTML error page says nothing useful past its title; keep plain text only.
    if (text.startsWith(QLatin1Char('<')))
        return QString();
    if (text.size() > kMaxBodyInMessage)
        text = text.left(kMaxBodyInMessage) + QStringLiteral("…");
    return text;
}

QDateTime parseHttpDate(const QByteArray& value)
{
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), then the obsolete RFC 850 and asctime forms
    // (RFC 9110 5.6.7). The weekday is dropped first: it is redundant, and Qt would check it
    // against a two-digit year read as 19xx.
    static const QRegularExpression weekday(QStringLiteral("^[A-Za-z]+,?\\s+"));
    const QString text = QString::fromLatin1(value).simplified().remove(weekday);
    static const QLatin1String formats[] = {
        QLatin1String("dd MMM yyyy HH:mm:ss 'GMT'"),
        QLatin1String("dd-MMM-yy HH:mm:ss 'GMT'"),
        QLatin1String("MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    for (const QLatin1String& format : formats) {
        QDateTime date = c.toDateTime(text, format);
        if (date.isValid()) {
            if (date.date().year() < 1970)
                date = date.addYears(100); // two-digit years of RFC 850
            date.setTimeZone(QTimeZone::utc());
            return date;
        }
    }
    return QDateTime();
}

/// The AWS REST-JSON services (EKS, ...) name the error in this header, not in the body:
/// "ResourceInUseException:http://internal.amazon.com/coral/com.amazon.eks/" or
/// "aws.protocols#ValidationException". The bare shape name is before any ':' and after any '#'.
QString codeFromErrorTypeHeader(const QByteArray& value)
{
    QString code = QString::fromLatin1(value).section(QLatin1Char(':'), 0, 0);
    return code.section(QLatin1Char('#'), -1).trimmed();
}

} // namespace

CloudError::Kind HttpErrorMapper::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return CloudError::Kind::InvalidRequest;
    case 401:
    case 403:
        return CloudError::Kind::Auth;
    case 404:
    case 410:
        return CloudError::Kind::NotFound;
    case 405:
    case 501:
        return CloudError::Kind::Unsupported;
    case 408:
        return CloudError::Kind::Timeout;
    case 409:
    case 412:
        return CloudError::Kind::Conflict;
    case 413:
        return CloudError::Kind::QuotaExceeded;
    case 429:
        return CloudError::Kind::Throttled;
    default:
        break;
    }
    if (status >= 500)
        return CloudError::Kind::Transient;
    if (status >= 400)
        return CloudError::Kind::InvalidRequest;
    return CloudError::Kind::Internal; // 1xx/3xx where a success was expected
}

qint64 HttpErrorMapper::retryAfterMs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, nowUtc.msecsTo(when));
}

bool HttpErrorMapper::isThrottlingCode(const QString& code)
{
    static const QStringList codes = { QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
        QStringLiteral("RequestLimitExceeded"), QStringLiteral("TooManyRequests"),
        QStringLiteral("TooManyRequestsException"), QStringLiteral("RequestThrottled"), QStringLiteral("SlowDown"),
        QStringLiteral("rateLimitExceeded"), QStringLiteral("userRateLimitExceeded") };
    return codes.contains(code);
}

bool HttpErrorMapper::looksLikeQuota(const QString& code, const QString& message)
{
    static const QRegularExpression quota(
        QStringLiteral("quota|OverLimit|LimitExceeded|exceeds? (?:the )?(?:allowed|limit)"),
        QRegularExpression::CaseInsensitiveOption);
    return !isThrottlingCode(code) && (quota.match(code).hasMatch() || quota.match(message).hasMatch());
}

CloudError HttpErrorMapper::fromResponse(
    const HttpResponse& response, const ErrorBodyParser& parser, const QDateTime& nowUtc)
{
    ProviderErrorDetail detail;
    if (parser)
        detail = parser(response.status, response.body);
    if (detail.code.isEmpty())
        detail.code = codeFromErrorTypeHeader(response.header("x-amzn-ErrorType"));
    CloudError error;
    error.httpStatus = response.status;
    error.providerCode = detail.code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : detail.code;
    error.message = detail.message;
    if (error.message.isEmpty())
        error.message = bodyAsMessage(response.body);
    if (error.message.isEmpty())
        error.message = response.reasonPhrase.isEmpty()
            ? QCoreApplication::translate("HttpErrorMapper", "HTTP status %1").arg(response.status)
            : QString::fromLatin1(response.reasonPhrase);
    error.retryAfterMs = retryAfterMs(response.header("Retry-After"), nowUtc);

    if (response.status == 429 || isThrottlingCode(detail.code))
        error.kind = CloudError::Kind::Throttled;
    else if (detail.kind)
        error.kind = *detail.kind;
    else if (response.status >= 400 && response.status < 500 && looksLikeQuota(detail.code, error.message))
        error.kind = CloudError::Kind::QuotaExceeded;
    else
        error.kind = kindForStatus(response.status);
    return error;
}

CloudError HttpErrorMapper::fromNetworkError(
    QNetworkReply::NetworkError networkError, const QString& errorString, bool timedOut, bool canceled)
{
    using E = QNetworkReply::NetworkError;
    const QString code = QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(networkError));
    if (canceled)
        return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
            QCoreApplication::translate("HttpErrorMapper", "The request was canceled."));
    if (timedOut || networkError == E::TimeoutError || networkError == E::ProxyTimeoutError
        || networkError == E::OperationCanceledError)
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"),
            QCoreApplication::translate("HttpErrorMapper", "No answer in time: %1").arg(errorString));
    switch (networkError) {
    case E::SslHandshakeFailedError:
        // Certificate problems are never waved through and never retried.
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("TlsHandshakeFailed"), errorString);
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return CloudError::make(CloudError::Kind::Internal, code, errorString);
    default:
        // Refused, reset, DNS, proxy and temporary network failures: worth another try later.
        return CloudError::make(CloudError::Kind::Transient, code, errorString);
    }
}

} // namespace Barista
