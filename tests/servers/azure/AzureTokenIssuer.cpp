// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureTokenIssuer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Barista {

namespace {

QByteArray b64url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

const QString kAudience = QStringLiteral("https://management.azure.com/");

} // namespace

AzureTokenIssuer::AzureTokenIssuer()
    : m_key(32, '\0')
{
    RAND_bytes(reinterpret_cast<unsigned char*>(m_key.data()), int(m_key.size()));
}

qint64 AzureTokenIssuer::now() const
{
    return m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
}

void AzureTokenIssuer::addClient(const QString& tenantId, const QString& clientId, const QString& secret)
{
    m_clients.insert(clientId, { tenantId, secret.toUtf8() });
}

QByteArray AzureTokenIssuer::sign(const QByteArray& input) const
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()), reinterpret_cast<const unsigned char*>(input.constData()),
        size_t(input.size()), mac, &size);
    return QByteArray(reinterpret_cast<const char*>(mac), int(size));
}

AzureArmReply AzureTokenIssuer::aadError(int status, const QString& error, int code, const QString& text) const
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString description = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                                    .arg(code).arg(text, trace, correlation, stamp);
    AzureArmReply reply = AzureArmReply::json(status,
        QJsonObject { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description },
            { QStringLiteral("error_codes"), QJsonArray { code } }, { QStringLiteral("timestamp"), stamp },
            { QStringLiteral("trace_id"), trace }, { QStringLiteral("correlation_id"), correlation },
            { QStringLiteral("error_uri"), QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code) } });
    reply.errorCode = error;
    return reply;
}

AzureArmReply AzureTokenIssuer::token(const QString& tenant, const QByteArray& formBody)
{
    const QUrlQuery form(QString::fromUtf8(formBody).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const auto field = [&form](const char* name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("grant_type") != QLatin1String("client_credentials"))
        return aadError(400, QStringLiteral("unsupported_grant_type"), 70003,
            QStringLiteral("The app requested an unsupported grant type '%1'.").arg(field("grant_type")));
    bool tenantKnown = false;
    for (const Client& c : std::as_const(m_clients))
        tenantKnown = tenantKnown || c.tenant.compare(tenant, Qt::CaseInsensitive) == 0;
    if (!tenantKnown)
        return aadError(400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing "
                           "into the correct cloud.").arg(tenant));
    const QString scope = field("scope");
    if (scope.isEmpty())
        return aadError(400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'scope'."));
    if (!scope.endsWith(QLatin1String("/.default")))
        return aadError(400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must have a scope "
                           "value with /.default suffixed to the resource identifier (application ID URI).").arg(scope));
    const QString clientId = field("client_id");
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.constEnd() || client->tenant.compare(tenant, Qt::CaseInsensitive) != 0)
        return aadError(400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can happen if "
                           "the application has not been installed by the administrator of the tenant or consented "
                           "to by any user in the tenant. You may have sent your authentication request to the wrong "
                           "tenant.").arg(clientId, tenant));
    if (!sameBytes(field("client_secret").toUtf8(), client->secret))
        return aadError(401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is the client "
                           "secret value, not the client secret ID, for a secret added to app '%1'.").arg(clientId));

    const qint64 issuedAt = now();
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") }, { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject claims { { QStringLiteral("aud"), kAudience },
        { QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tenant) },
        { QStringLiteral("iat"), issuedAt }, { QStringLiteral("nbf"), issuedAt },
        { QStringLiteral("exp"), issuedAt + m_lifetime }, { QStringLiteral("appid"), clientId },
        { QStringLiteral("tid"), tenant }, { QStringLiteral("uti"), QUuid::createUuid().toString(QUuid::Id128) } };
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray jwt = input + '.' + b64url(sign(input));
    ++m_issued;
    return AzureArmReply::json(200,
        QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_lifetime }, { QStringLiteral("ext_expires_in"), m_lifetime },
            { QStringLiteral("access_token"), QString::fromLatin1(jwt) } });
}

AzureTokenCheck AzureTokenIssuer::check(const QByteArray& authorization) const
{
    AzureTokenCheck out;
    if (authorization.isEmpty()) {
        out.code = QStringLiteral("AuthenticationFailed");
        out.message = QStringLiteral("Authentication failed. The 'Authorization' header is missing.");
        return out;
    }
    if (!authorization.startsWith("Bearer ")) {
        out.code = QStringLiteral("AuthenticationFailed");
        out.message = QStringLiteral("Authentication failed. The 'Authorization' header is provided in an invalid format.");
        return out;
    }
    out.code = QStringLiteral("InvalidAuthenticationToken");
    out.message = QStringLiteral("The access token is invalid.");
    const QList<QByteArray> parts = authorization.mid(7).trimmed().split('.');
    if (parts.size() != 3)
        return out;
    const QByteArray expected = sign(parts[0] + '.' + parts[1]);
    const QByteArray given = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (!sameBytes(expected, given))
        return out;
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (claims.value(QStringLiteral("aud")).toString() != kAudience) {
        out.message = QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. It "
                                     "should exactly match with one of the allowed audiences '%2'.")
                          .arg(claims.value(QStringLiteral("aud")).toString(), kAudience);
        return out;
    }
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) <= now()) {
        out.code = QStringLiteral("ExpiredAuthenticationToken");
        out.message = QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                          .arg(QDateTime::fromSecsSinceEpoch(qint64(claims.value(QStringLiteral("exp")).toDouble()), Qt::UTC)
                                   .toString(Qt::ISODate),
                              QDateTime::fromSecsSinceEpoch(now(), Qt::UTC).toString(Qt::ISODate));
        return out;
    }
    out.ok = true;
    out.clientId = claims.value(QStringLiteral("appid")).toString();
    return out;
}

} // namespace Barista
