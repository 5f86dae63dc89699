// SPDX-License-Identifier: GPL-3.0-or-later
// A local Azure Resource Manager server for tests: QtHttpServer on loopback, over HTTPS with a
// certificate from a CA generated at run time (AzureTestCa), or plain http. One base URL serves:
//   POST /{tenant}/oauth2/v2.0/token                 Microsoft identity platform, client credentials
//   /subscriptions/{id}/...?api-version=...          ARM (Bearer token checked on every call)
//   GET /api/retail/prices?api-version=&$filter=     the Retail Prices API (no auth, as prices.azure.com;
//                                                    see AzureRetailPrices); faults apply to it too, in its
//                                                    own error shape
//   /_barista/...                                    control API for out-of-process clients:
//     GET  /_barista/requests          -> {"count", "records": [{method, path, status, code}]}
//     POST /_barista/requests/clear
//     POST /_barista/faults  throttleEvery=N&retryAfter=S | Path=&Method=&Status=&Code=&Message=&Times=&RetryAfter=
//                            | failOperation=CODE&message=TEXT | clear=1
//     POST /_barista/config  pageSize=N&asyncPolls=N&coreQuota=N&retailLinkOrigin=URL
// Auth is checked with its own code (AzureTokenIssuer: HMAC-SHA256 JWTs via OpenSSL), never the
// adapter's.
#pragma once

#include "tests/servers/azure/AzureArmReply.h"
#include "tests/servers/azure/AzureArmState.h"
#include "tests/servers/azure/AzureRetailPrices.h"
#include "tests/servers/azure/AzureTestCa.h"
#include "tests/servers/azure/AzureTokenIssuer.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServer;
class QTcpServer;

namespace Barista {

struct AzureRequestRecord
{
    QByteArray method;
    QString path;
    int status = 0;
    QString code; // the error code; empty on success
    QByteArray errorBody; // the body sent with an error status (tests compare messages verbatim)
    bool hadAuthorization = false; // an Authorization header came with the request
    QString query; // the URL's query as sent (percent-encoded)
};

struct AzureFaultRule
{
    QString pathContains; // case-insensitive; empty = any ARM path
    QByteArray method;    // empty = any
    int status = 500;
    QString code;
    QString message;
    int times = 1;
    int retryAfterSecs = -1;
};

class AzureArmTestServer : public QObject
{
    Q_OBJECT

public:
    static QString tenantId() { return QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"); }
    static QString clientId() { return QStringLiteral("3f2c1e7a-0b5d-4c5e-9a8f-0d1e2f3a4b5c"); }
    static QString clientSecret() { return QStringLiteral("Bq~8Q~barista.Test-Secret_0123456789abcdEF"); }
    static QString subscriptionId() { return QStringLiteral("0b1f6471-1bf0-4dda-aec3-111122223333"); }

    // tls: serve HTTPS with a freshly generated test CA (see caCertificatePem()).
    explicit AzureArmTestServer(bool tls = false, QObject* parent = nullptr);
    ~AzureArmTestServer() override;

    quint16 listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    // "https://127.0.0.1:PORT/" (or http): the token endpoint and ARM both live under it.
    QUrl endpoint() const;
    bool isTls() const { return m_tls; }
    QByteArray caCertificatePem() const { return m_ca.caCertificatePem; }
    QString tlsError() const { return m_ca.error; }

    AzureArmState& state() { return m_state; }
    AzureTokenIssuer& tokens() { return m_tokens; }
    AzureRetailPrices& retail() { return m_retail; }

    void throttleEvery(int n, int retryAfterSecs = 1);
    void failNext(const AzureFaultRule& rule) { m_faults.append(rule); }
    void clearFaults();

    const QList<AzureRequestRecord>& requests() const { return m_records; }
    // Requests whose path contains pathContains (case-insensitive) and, if given, with that method.
    int requestCount(const QString& pathContains = {}, const QByteArray& method = {}) const;
    int tokenRequestCount() const { return requestCount(QStringLiteral("/oauth2/v2.0/token")); }
    void clearRequests() { m_records.clear(); }

    AzureArmReply handle(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        const QByteArray& body);

private:
    AzureArmReply arm(const QByteArray& method, const QUrl& url, const QByteArray& authorization,
        const QByteArray& host, const QByteArray& body);
    AzureArmReply control(const QByteArray& method, const QString& path, const QByteArray& body);
    AzureArmReply retail(const QByteArray& method, const QUrl& url, const QByteArray& host);
    std::optional<AzureArmReply> injected(const QByteArray& method, const QString& path);

    bool m_tls = false;
    AzureTestCa m_ca;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer* m_tcp = nullptr;
    AzureTokenIssuer m_tokens;
    AzureArmState m_state;
    AzureRetailPrices m_retail;
    QList<AzureFaultRule> m_faults;
    int m_throttleEvery = 0;
    int m_throttleRetryAfter = 1;
    int m_calls = 0;
    QList<AzureRequestRecord> m_records;
};

} // namespace Barista
