// SPDX-License-Identifier: GPL-3.0-or-later
// The Microsoft identity platform's client-credentials grant as the ARM test server serves it:
//   POST /{tenant}/oauth2/v2.0/token  grant_type=client_credentials&client_id&client_secret&scope
// It checks tenant, client id and secret with its own code (constant-time compare) and issues
// JWT access tokens signed HS256 with OpenSSL's HMAC under a key of its own; ARM calls are
// checked against that signature, the expiry and the audience. Errors are AADSTS bodies
// ({"error", "error_description", "error_codes", "timestamp", "trace_id", "correlation_id"}).
#pragma once

#include "tests/servers/azure/AzureArmReply.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>

namespace Barista {

struct AzureTokenCheck
{
    bool ok = false;
    QString code;    // InvalidAuthenticationToken, AuthenticationFailed, ExpiredAuthenticationToken
    QString message;
    QString clientId;
};

class AzureTokenIssuer
{
public:
    AzureTokenIssuer();

    void addClient(const QString& tenantId, const QString& clientId, const QString& secret);
    void setClock(std::function<qint64()> nowSecs) { m_now = std::move(nowSecs); }
    void setLifetimeSecs(int secs) { m_lifetime = secs; }
    int issuedCount() const { return m_issued; }

    AzureArmReply token(const QString& tenant, const QByteArray& formBody);
    // The Authorization header's value ("Bearer <jwt>"), checked for ARM.
    AzureTokenCheck check(const QByteArray& authorization) const;

private:
    struct Client
    {
        QString tenant;
        QByteArray secret;
    };
    AzureArmReply aadError(int status, const QString& error, int code, const QString& text) const;
    QByteArray sign(const QByteArray& input) const;
    qint64 now() const;

    QMap<QString, Client> m_clients; // by client id
    QByteArray m_key;
    std::function<qint64()> m_now;
    int m_lifetime = 3599;
    int m_issued = 0;
};

} // namespace Barista
