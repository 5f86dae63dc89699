// SPDX-License-Identifier: GPL-3.0-or-later
// Compact JWS (RFC 7515) with HS256 and RS256, and the GCP service-account assertion built on it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Barista {

struct JwsResult
{
    QByteArray compact; // header.payload.signature, base64url without padding
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};

class JwsSigner
{
public:
    enum class Algorithm
    {
        HS256,
        RS256
    };

    // Signs the exact bytes given (no re-serialisation). key: the shared secret for HS256, a PEM
    // private key (PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1 "BEGIN RSA PRIVATE KEY") for RS256.
    static JwsResult sign(const QByteArray& protectedHeaderJson, const QByteArray& payloadJson, Algorithm algorithm,
        const QByteArray& key);

    // The JWT a service account sends to https://oauth2.googleapis.com/token (grant type
    // urn:ietf:params:oauth:grant-type:jwt-bearer): iss, scope (space-separated), aud, exp = iat + 3600, iat.
    // keyId (the key file's private_key_id) goes into the header as "kid" when not empty.
    static JwsResult gcpServiceAccountAssertion(const QString& clientEmail, const QStringList& scopes,
        qint64 issuedAtSecs, const QByteArray& privateKeyPem, const QString& keyId = {});
    static QByteArray gcpTokenAudience();

    static QByteArray base64Url(const QByteArray& bytes);
    static QByteArray fromBase64Url(const QByteArray& text);

    // A PKCS#8 PEM for an RSA private JWK (n, e, d, p, q, dp, dq, qi); empty and *error set on failure.
    static QByteArray rsaPrivateKeyPemFromJwk(const QJsonObject& jwk, QString* error = nullptr);
};

} // namespace Barista
