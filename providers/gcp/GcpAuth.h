// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/Result.h"
#include "providers/common/HttpClient.h"
#include "providers/gcp/GcpServiceAccount.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QUrl>
#include <functional>

namespace Barista {

/// Service-account OAuth 2.0 (RFC 7523 JWT bearer grant) for one credential, shared by the worker
/// threads of a connection. The assertion is an RS256 JWS (JwsSigner) with google-auth-library's
/// header {"alg":"RS256"} and the claims in its
/// order {"iss","scope","aud","exp","iat"} (aud = the key file's token_uri, exp = iat + 3600);
/// it is POSTed form-encoded (grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=)
/// to the token endpoint, which answers {"access_token","expires_in","token_type"}. The token is
/// cached and replaced before it expires: its lifetime (expires_in) counts on the injected Clock
/// from the moment it was issued. OAuth errors ({"error":"invalid_grant","error_description"})
/// come back as Auth with the description verbatim, and are never retried here.
class GcpAuth final
{
    Q_DISABLE_COPY_MOVE(GcpAuth)

public:
    static QString cloudPlatformScope() { return QStringLiteral("https://www.googleapis.com/auth/cloud-platform"); }

    /// wallNow gives iat (null = the system's UTC time); clock times the expiry.
    GcpAuth(GcpServiceAccount account, Clock* clock, std::function<QDateTime()> wallNow = {});

    /// The cached token, or a new one when there is none, it was invalidated, or it is within
    /// refreshMarginMs() of expiry. The assertion and the token go into the client's redactor.
    Result<QByteArray> token(HttpClient& http, const QUrl& tokenUrl, const HttpClient::CancelCheck& isCanceled = {});
    /// Forgets the token if it is still the cached one (the API answered 401 to it).
    void invalidate(const QByteArray& tokenValue);
    int issuedCount() const;
    const GcpServiceAccount& account() const { return m_account; }

    static QByteArray assertionHeader();
    static QByteArray assertionClaims(const GcpServiceAccount& account, const QString& scope, qint64 issuedAtSecs);
    /// The signed assertion; an Auth "InvalidCredential" error when the key cannot sign.
    static Result<QByteArray> assertion(const GcpServiceAccount& account, const QString& scope, qint64 issuedAtSecs);
    /// The form body of the token request.
    static QByteArray tokenRequestBody(const QByteArray& assertion);
    /// Refresh this long before expiry: a quarter of the lifetime, at most 5 minutes.
    static qint64 refreshMarginMs(qint64 lifetimeMs);

private:
    GcpServiceAccount m_account;
    Clock* m_clock;
    std::function<QDateTime()> m_wallNow;
    mutable QMutex m_mutex;
    QByteArray m_token;
    qint64 m_refreshAtMs = 0;
    int m_issued = 0;
};

} // namespace Barista
