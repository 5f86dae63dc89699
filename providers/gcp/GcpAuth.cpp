// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpAuth.h"

#include "providers/common/JwsSigner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace Barista {

namespace {

// A JSON string literal as JSON.stringify writes it (QJsonDocument escapes alike for our ASCII).
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

GcpAuth::GcpAuth(GcpServiceAccount account, Clock* clock, std::function<QDateTime()> wallNow)
    : m_account(std::move(account))
    , m_clock(clock)
    , m_wallNow(std::move(wallNow))
{
}

QByteArray GcpAuth::assertionHeader()
{
    // Exactly what google-auth-library (gtoken) sends, so that our assertion equals the official
    // library's byte for byte (tests/conformance ConformanceGcpJwt); Google's token endpoint takes
    // it without "typ" and "kid", as it does from every Node.js client.
    return QByteArrayLiteral("{\"alg\":\"RS256\"}");
}

QByteArray GcpAuth::assertionClaims(const GcpServiceAccount& account, const QString& scope, qint64 issuedAtSecs)
{
    return "{\"iss\":" + jsonString(account.clientEmail) + ",\"scope\":" + jsonString(scope)
        + ",\"aud\":" + jsonString(account.tokenUri) + ",\"exp\":" + QByteArray::number(issuedAtSecs + 3600)
        + ",\"iat\":" + QByteArray::number(issuedAtSecs) + '}';
}

Result<QByteArray> GcpAuth::assertion(const GcpServiceAccount& account, const QString& scope, qint64 issuedAtSecs)
{
    const JwsResult signed_ = JwsSigner::sign(assertionHeader(),
        assertionClaims(account, scope, issuedAtSecs), JwsSigner::Algorithm::RS256, account.privateKeyPem);
    if (!signed_.ok())
        return CloudError::make(CloudError::Kind::Auth, QStringLiteral("InvalidCredential"),
            QCoreApplication::translate("GcpAuth", "The private key of %1 cannot sign: %2")
                .arg(account.clientEmail, signed_.error));
    return signed_.compact;
}

QByteArray GcpAuth::tokenRequestBody(const QByteArray& assertion)
{
    return QByteArrayLiteral("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=")
        + assertion.toPercentEncoding();
}

qint64 GcpAuth::refreshMarginMs(qint64 lifetimeMs)
{
    return qMin<qint64>(lifetimeMs / 4, 5 * 60 * 1000);
}

int GcpAuth::issuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_issued;
}

void GcpAuth::invalidate(const QByteArray& tokenValue)
{
    QMutexLocker lock(&m_mutex);
    if (m_token == tokenValue)
        m_token.clear();
}

Result<QByteArray> GcpAuth::token(HttpClient& http, const QUrl& tokenUrl, const HttpClient::CancelCheck& isCanceled)
{
    // Held while issuing: parallel workers wait for the one token instead of each asking.
    QMutexLocker lock(&m_mutex);
    if (!m_token.isEmpty() && m_clock->nowMs() < m_refreshAtMs)
        return m_token;
    m_token.clear();
    http.redactor().addSecret(m_account.privateKeyPem);
    const QDateTime now = m_wallNow ? m_wallNow() : QDateTime::currentDateTimeUtc();
    const Result<QByteArray> signedAssertion = assertion(m_account, cloudPlatformScope(), now.toSecsSinceEpoch());
    if (!signedAssertion.ok())
        return signedAssertion.error();
    http.redactor().addSecret(signedAssertion.value());

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = tokenUrl;
    request.header("Content-Type", "application/x-www-form-urlencoded");
    request.header("Accept", "application/json");
    request.body = tokenRequestBody(signedAssertion.value());
    const qint64 sentAtMs = m_clock->nowMs();
    const Result<HttpResponse> response = http.send(request, isCanceled);
    if (!response.ok()) {
        CloudError error = response.error();
        // The token endpoint speaks OAuth: any 4xx there is the credential's fault, not retried.
        if (error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 429)
            error.kind = CloudError::Kind::Auth;
        return error;
    }
    const Result<QJsonObject> body = response.value().jsonObject();
    if (!body.ok())
        return body.error();
    const QByteArray value = body.value().value(QLatin1String("access_token")).toString().toUtf8();
    const qint64 expiresIn = body.value().value(QLatin1String("expires_in")).toInteger(3600);
    if (value.isEmpty())
        return CloudError::make(CloudError::Kind::Auth, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("GcpAuth", "The token endpoint %1 answered without an access_token.")
                .arg(tokenUrl.toDisplayString()));
    http.redactor().addSecret(value);
    const qint64 lifetimeMs = expiresIn * 1000;
    m_token = value;
    m_refreshAtMs = sentAtMs + lifetimeMs - refreshMarginMs(lifetimeMs);
    ++m_issued;
    return m_token;
}

} // namespace Barista
