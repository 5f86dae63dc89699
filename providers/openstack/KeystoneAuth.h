// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/Result.h"
#include "providers/common/HttpClient.h"
#include "providers/openstack/KeystoneCatalog.h"
#include "providers/openstack/OpenStackCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>

namespace Barista {

/// A Keystone v3 token with what came with it.
struct KeystoneToken
{
    QByteArray value;         ///< X-Subject-Token: a secret, never logged
    qint64 refreshAtMs = 0;   ///< on the injected Clock: issue time + server lifetime - refresh margin
    QDateTime expiresAtUtc;   ///< as the server said
    QString projectId;
    QString userId;
    KeystoneCatalog catalog;

    bool isValid() const { return !value.isEmpty(); }
};

/// Keystone v3 password authentication (project or domain scope), shared by the worker
/// threads of one connection. The token is cached and replaced before it expires: its
/// lifetime is the server's expires_at - issued_at, counted on the injected Clock from the
/// moment it was issued, so a skewed local wall clock does not matter. An auth failure is
/// returned as Keystone worded it and is not retried here.
class KeystoneAuth final
{
    Q_DISABLE_COPY_MOVE(KeystoneAuth)

public:
    KeystoneAuth(OpenStackCredentials credentials, Clock* clock);

    /// The cached token, or a new one when there is none, it was invalidated, or it is within
    /// refreshMarginMs() of expiry. Both the password and the token go into the client's
    /// redactor.
    Result<KeystoneToken> token(HttpClient& http, const HttpClient::CancelCheck& isCanceled = {});
    /// Forgets the token if it is still the cached one (a service answered 401 to it).
    void invalidate(const QByteArray& tokenValue);

    const OpenStackCredentials& credentials() const { return m_credentials; }
    /// How many tokens were issued so far (tests).
    int issuedCount() const;

    /// Refresh this long before expiry: a quarter of the lifetime, at most 5 minutes.
    static qint64 refreshMarginMs(qint64 lifetimeMs);
    /// The POST /v3/auth/tokens body for these credentials.
    static QJsonObject requestBody(const OpenStackCredentials& credentials);
    /// Keystone's ISO-8601 times carry microseconds ("2015-08-27T09:49:58.000000Z").
    static QDateTime parseTime(const QString& text);

private:
    Result<KeystoneToken> issue(HttpClient& http, const HttpClient::CancelCheck& isCanceled);

    OpenStackCredentials m_credentials;
    Clock* m_clock;
    mutable QMutex m_mutex;
    KeystoneToken m_token;
    int m_issued = 0;
};

} // namespace Barista
