// SPDX-License-Identifier: GPL-3.0-or-later
// The test server's own check of service-account JWT assertions (RFC 7523 bearer grant), with
// OpenSSL directly and none of the adapter's code: RS256 signature against the registered
// PUBLIC key of the issuer, then alg, aud, iss, scope, iat and exp as Google's token endpoint
// checks them. Failures carry Google's OAuth error code and description.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Barista {

struct GcpJwtCheck
{
    bool ok = false;
    QString error; // OAuth "error" ("invalid_grant", "invalid_scope", ...)
    QString errorDescription; // OAuth "error_description"
    QJsonObject header;
    QJsonObject claims;
    QString clientEmail;
    QString scope;
};

class GcpJwtVerifier
{
public:
    // Public key PEM ("BEGIN PUBLIC KEY") of the service account; keyId = its private_key_id.
    void addServiceAccount(const QString& clientEmail, const QByteArray& publicKeyPem, const QString& keyId = {});
    void setAcceptedAudiences(const QStringList& audiences) { m_audiences = audiences; }
    const QStringList& acceptedAudiences() const { return m_audiences; }
    // Seconds since the epoch (tests pass a fixed one).
    void setClock(std::function<qint64()> nowSecs) { m_nowSecs = std::move(nowSecs); }
    qint64 nowSecs() const;

    GcpJwtCheck verify(const QByteArray& assertion) const;

    // RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over signingInput; OpenSSL EVP_DigestVerify.
    static bool verifyRs256(const QByteArray& signingInput, const QByteArray& signature, const QByteArray& publicKeyPem,
        QString* error = nullptr);
    // Test helpers on OpenSSL: a fresh RSA key as PKCS#8 PEM, and the public half of a private PEM.
    static QByteArray generateRsaPrivateKeyPem(int bits = 2048);
    static QByteArray publicKeyPem(const QByteArray& privateKeyPem);
    static QByteArray fromBase64Url(const QByteArray& text);

private:
    struct Account
    {
        QByteArray publicKeyPem;
        QString keyId;
    };
    QMap<QString, Account> m_accounts;
    QStringList m_audiences { QStringLiteral("https://oauth2.googleapis.com/token") };
    std::function<qint64()> m_nowSecs;
};

} // namespace Barista
