// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureAuth.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QUrlQuery>

namespace Barista {

AzureAuth::AzureAuth(AzureCredentials credentials, QUrl authority, Clock* clock)
    : m_credentials(std::move(credentials))
    , m_authority(authority.isEmpty() ? defaultAuthority() : std::move(authority))
    , m_clock(clock)
{
}

qint64 AzureAuth::refreshMarginMs(qint64 lifetimeMs)
{
    return qMin<qint64>(5 * 60 * 1000, lifetimeMs / 4);
}

int AzureAuth::issuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_issued;
}

QUrl AzureAuth::tokenUrl() const
{
    QString base = m_authority.toString(QUrl::FullyEncoded);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return QUrl(base + QString::fromLatin1(QUrl::toPercentEncoding(m_credentials.tenantId)) + QStringLiteral("/oauth2/v2.0/token"));
}

void AzureAuth::invalidate(const QByteArray& token)
{
    QMutexLocker lock(&m_mutex);
    if (m_token == token)
        m_token.clear();
}

Result<QByteArray> AzureAuth::token(HttpClient& http, const HttpClient::CancelCheck& isCanceled)
{
    // Held while a token is fetched: concurrent calls wait for that one instead of each asking.
    QMutexLocker lock(&m_mutex);
    if (!m_token.isEmpty() && m_clock->nowMs() < m_refreshAtMs)
        return m_token;
    http.redactor().addSecret(m_credentials.clientSecret);
    http.redactor().addSecret(QString::fromLatin1(QUrl::toPercentEncoding(m_credentials.clientSecret)));

    QUrlQuery form;
    const auto add = [&form](const char* name, const QString& value) {
        form.addQueryItem(QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("grant_type", QStringLiteral("client_credentials"));
    add("client_id", m_credentials.clientId);
    add("client_secret", m_credentials.clientSecret);
    add("scope", armScope());
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = tokenUrl();
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    request.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    const qint64 sentAt = m_clock->nowMs();
    const Result<HttpResponse> response = http.send(request, isCanceled);
    if (!response.ok())
        return response.error();
    const Result<QJsonObject> body = response.value().jsonObject();
    if (!body.ok())
        return body.error();
    const QByteArray token = body.value().value(QStringLiteral("access_token")).toString().toLatin1();
    const qint64 lifetimeMs = qint64(body.value().value(QStringLiteral("expires_in")).toVariant().toLongLong()) * 1000;
    if (token.isEmpty() || lifetimeMs <= 0)
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedTokenResponse"),
            QCoreApplication::translate("AzureAuth", "The token endpoint %1 answered without access_token or expires_in.")
                .arg(request.url.toDisplayString(QUrl::RemoveQuery)));
    http.redactor().addSecret(token);
    m_token = token;
    m_refreshAtMs = sentAt + lifetimeMs - refreshMarginMs(lifetimeMs);
    ++m_issued;
    return m_token;
}

} // namespace Barista
