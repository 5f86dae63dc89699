// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the TestAzureProvider* tests: an in-process ARM test server (tests/servers/azure),
// a connection to it and waiting helpers. The server runs on the test's thread, the adapter on its
// own workers, so every wait spins the test thread's event loop.

#include "providers/azure/AzureProvider.h"
#include "tests/servers/azure/AzureArmTestServer.h"
#include "tests/support/TestAwait.h"

#include <QJsonDocument>
#include <memory>

namespace Barista::AzureTest {

inline QString region()
{
    return QStringLiteral("koreacentral");
}

inline std::unique_ptr<AzureArmTestServer> startServer(bool tls = false)
{
    auto server = std::make_unique<AzureArmTestServer>(tls);
    if (server->listen() == 0)
        return nullptr;
    return server;
}

inline AzureCredentials credentials(const QString& secret = AzureArmTestServer::clientSecret())
{
    return { AzureArmTestServer::tenantId(), AzureArmTestServer::clientId(), secret, AzureArmTestServer::subscriptionId(), {} };
}

inline ConnectionConfig connection(const AzureArmTestServer& server)
{
    ConnectionConfig c;
    c.name = QStringLiteral("azure-test");
    c.driver = QStringLiteral("native");
    c.provider = QStringLiteral("azure");
    c.region = region();
    c.credentialRef = QStringLiteral("connection/azure-test");
    c.endpointOverride = server.endpoint();
    return c;
}

inline AzureProvider::Options fastOptions(Clock* clock = nullptr)
{
    AzureProvider::Options options;
    options.clock = clock;
    options.pollIntervalMs = 2;
    options.timeoutMs = 20000;
    return options;
}

inline std::unique_ptr<AzureProvider> provider(const AzureArmTestServer& server,
    const AzureCredentials& creds = credentials(), Clock* clock = nullptr)
{
    return std::make_unique<AzureProvider>(connection(server), AzureCredentialSource::fixed(creds), fastOptions(clock));
}

template <typename T> Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 30000)
{
    if (!Test::waitFor(future, timeoutMs) || future.resultCount() == 0)
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("TestNoAnswer"),
            QStringLiteral("the future did not deliver a result"));
    return future.result();
}

template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/// The "message" (ARM) or "error_description" (identity platform) of the last error body the
/// server sent, as it sent it.
inline QString lastServerMessage(const AzureArmTestServer& server)
{
    for (auto it = server.requests().crbegin(); it != server.requests().crend(); ++it) {
        if (it->errorBody.isEmpty())
            continue;
        const QJsonObject body = QJsonDocument::fromJson(it->errorBody).object();
        const QJsonValue error = body.value(QStringLiteral("error"));
        return error.isString() ? body.value(QStringLiteral("error_description")).toString()
                                : error.toObject().value(QStringLiteral("message")).toString();
    }
    return QString();
}

inline QString publicKey()
{
    return QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl barista@test");
}

} // namespace Barista::AzureTest
