// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/Result.h"
#include "providers/azure/AzureCredentialSource.h"
#include "providers/common/HttpClient.h"

#include <QByteArray>
#include <QMutex>
#include <QUrl>

namespace Barista {

/// The Microsoft identity platform's client-credentials grant for ARM, shared by the worker
/// threads of one connection:
///   POST {authority}/{tenantId}/oauth2/v2.0/token
///        grant_type=client_credentials&client_id&client_secret&scope=https://management.azure.com/.default
/// The token is cached and replaced refreshMarginMs() before its expires_in runs out, counted on
/// the injected Clock from the moment it was issued. A failure comes back as the identity
/// platform worded it (Auth, "AADSTS...") and is not retried here. Secret and token go into the
/// client's redactor before the first request.
class AzureAuth final
{
    Q_DISABLE_COPY_MOVE(AzureAuth)

public:
    static QUrl defaultAuthority() { return QUrl(QStringLiteral("https://login.microsoftonline.com/")); }
    static QString armScope() { return QStringLiteral("https://management.azure.com/.default"); }

    AzureAuth(AzureCredentials credentials, QUrl authority, Clock* clock);

    Result<QByteArray> token(HttpClient& http, const HttpClient::CancelCheck& isCanceled = {});
    /// Forgets the token if it is still the cached one (ARM answered 401 to it).
    void invalidate(const QByteArray& token);
    int issuedCount() const;
    QUrl tokenUrl() const;

    /// A quarter of the lifetime, at most 5 minutes.
    static qint64 refreshMarginMs(qint64 lifetimeMs);

private:
    AzureCredentials m_credentials;
    QUrl m_authority;
    Clock* m_clock;
    mutable QMutex m_mutex;
    QByteArray m_token;
    qint64 m_refreshAtMs = 0;
    int m_issued = 0;
};

} // namespace Barista
