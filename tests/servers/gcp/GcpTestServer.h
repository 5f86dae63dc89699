// SPDX-License-Identifier: GPL-3.0-or-later
// A local Google Cloud server for tests: QtHttpServer on loopback serving
//   POST /token                        the OAuth 2.0 token endpoint (RFC 7523 JWT bearer grant),
//                                      assertions checked by GcpJwtVerifier (OpenSSL, own code)
//   /compute/v1/projects/{project}/... the Compute Engine API v1 subset of GcpComputeRoutes,
//                                      every call checked for a Bearer token this server issued
//   /cloudbilling/v1/services[/...]    the Cloud Billing Catalog API of GcpBillingCatalog (same
//                                      Bearer check; faults and throttling as for Compute)
//   /container/v1/projects/{project}/locations/{l}/... the Kubernetes Engine API subset of
//                                      GcpContainerRoutes (same Bearer, project, fault checks)
// plus a control API under /_barista/ for out-of-process clients (the npm referee):
//   GET  /_barista/requests[?path=SUBSTRING]  -> {"count", "records": [{method, path, status, reason}]}
//   POST /_barista/requests/clear
//   POST /_barista/faults  JSON {"throttleEvery": N} | {"match": "POST /instances", "status": 403,
//        "reason": "quotaExceeded", "message": "...", "times": 1, "retryAfter": 2} |
//        {"operationError": {"type": "insert", "code": "ZONE_RESOURCE_POOL_EXHAUSTED", "message", "status"}} |
//        {"clear": true}
#pragma once

#include "tests/servers/gcp/GcpComputeRoutes.h"
#include "tests/servers/gcp/GcpComputeState.h"
#include "tests/servers/gcp/GcpContainerRoutes.h"
#include "tests/servers/gcp/GcpJwtVerifier.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QTcpServer;

namespace Barista {

struct GcpRequestRecord
{
    QByteArray method;
    QString path;
    int httpStatus = 0;
    QString reason; // the error's reason or OAuth error; empty on success
};

struct GcpReply
{
    int httpStatus = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class GcpTestServer : public QObject
{
    Q_OBJECT

public:
    explicit GcpTestServer(QObject* parent = nullptr);
    ~GcpTestServer() override;

    quint16 listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl endpoint() const; // http://127.0.0.1:PORT/
    QUrl tokenUrl() const { return endpoint().resolved(QUrl(QStringLiteral("token"))); }

    // A service account of `project` identified by its public key.
    void addServiceAccount(
        const QString& clientEmail, const QByteArray& publicKeyPem, const QString& keyId, const QString& project);
    // A key file as Google issues it, for a fresh RSA key registered here (tests, the referee).
    QByteArray createServiceAccount(const QString& project, const QString& clientEmail, const QString& keyId,
        const QString& tokenUri = QStringLiteral("https://oauth2.googleapis.com/token"));
    void setTokenLifetimeSecs(int secs) { m_tokenLifetimeSecs = secs; }
    // Seconds since the epoch for JWT and token expiry (tests pass a fake one).
    void setClock(std::function<qint64()> nowSecs);

    GcpComputeState& state() { return m_state; }
    GcpContainerRoutes& container() { return m_container; }
    GcpJwtVerifier& verifier() { return m_verifier; }

    void throttleEvery(int n);
    void failNext(const QString& match, const GcpApiError& error, int times = 1);
    void clearFaults();

    const QList<GcpRequestRecord>& requests() const { return m_records; }
    // Requests whose "METHOD path" contains `match` (empty: all).
    int requestCount(const QString& match = {}) const;
    int tokenRequestCount() const { return requestCount(QStringLiteral("POST /token")); }
    void clearRequests() { m_records.clear(); }
    int issuedTokenCount() const { return int(m_tokens.size()); }
    QStringList issuedTokens() const { return m_tokens.keys(); }
    // The last assertion the token endpoint received (checked or not), for the secrets-in-logs tests.
    const QByteArray& lastAssertion() const { return m_lastAssertion; }

    // The whole pipeline without the network.
    GcpReply handle(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        const QByteArray& body);

private:
    struct Token
    {
        QString clientEmail;
        QString project;
        qint64 expiresAtSecs = 0;
    };
    struct Fault
    {
        QString match;
        GcpApiError error;
        int remaining = 0;
    };
    GcpReply token(const QByteArray& body, GcpRequestRecord& record);
    GcpReply api(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
        const QByteArray& body, GcpRequestRecord& record);
    GcpReply containerApi(const QByteArray& method, const QUrl& url,
        const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, GcpRequestRecord& record);
    GcpReply billing(const QUrl& url, const QByteArray& method, const QList<QPair<QByteArray, QByteArray>>& headers,
        GcpRequestRecord& record);
    // The token a request's "Authorization: Bearer" names, if this server issued it and it is live.
    const Token* bearer(const QList<QPair<QByteArray, QByteArray>>& headers) const;
    static GcpApiError invalidCredentials();
    // An injected fault (failNext, throttleEvery) for "METHOD path", if one applies now.
    std::optional<GcpApiError> injectedFault(const QString& line, const QString& service, const QString& consumer);
    GcpReply control(const QByteArray& method, const QUrl& url, const QByteArray& body);
    static GcpReply errorReply(const GcpApiError& error, GcpRequestRecord& record);
    qint64 nowSecs() const;

    std::unique_ptr<QHttpServer> m_http;
    QTcpServer* m_tcp = nullptr;
    GcpJwtVerifier m_verifier;
    GcpComputeState m_state;
    GcpComputeRoutes m_routes { m_state };
    GcpContainerRoutes m_container { m_state };
    QMap<QString, QString> m_accountProjects;
    QMap<QString, Token> m_tokens;
    QList<Fault> m_faults;
    QList<GcpRequestRecord> m_records;
    std::function<qint64()> m_nowSecs;
    QByteArray m_lastAssertion;
    int m_tokenLifetimeSecs = 3599;
    int m_throttleEvery = 0;
    int m_apiCalls = 0;
};

} // namespace Barista
