// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the TestAzureProvider* tests: an in-process ARM test server (tests/servers/azure),
// a connection to it and waiting helpers. The server runs on the test's thread, the adapter on its
// own workers, so every wait spins the test thread's event loop.

#include "models/domain/KeyPairInfo.h"
#include "models/domain/VmInfo.h"
#include "models/domain/VpcInfo.h"
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

/// vnet-1 (10.10.0.0/16 with subnet-a 10.10.1.0/24) and key-1, the network the MyImage, NLB and
/// cluster tests build on; false when the adapter could not make them.
inline bool makeNetworkAndKey(AzureProvider& azure)
{
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vnet-1");
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    vpc.subnets.append(SubnetInfo { { QStringLiteral("subnet-a"), {} }, {}, QStringLiteral("10.10.1.0/24"), {} });
    if (!await(azure.create(vpc, { QStringLiteral("tok-vpc"), {} })).ok())
        return false;
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("key-1");
    key.publicKey = publicKey();
    return await(azure.create(key, { QStringLiteral("tok-key"), {} })).ok();
}

/// An Ubuntu Standard_B2s VM in vnet-1/subnet-a with key-1 (made by makeNetworkAndKey), created
/// with the token "tok-<name>"; its ARM id, empty when the adapter could not make it.
inline QString makeVm(AzureProvider& azure, const QString& name)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest");
    vm.specName = QStringLiteral("Standard_B2s");
    vm.vpcIid = { QStringLiteral("vnet-1"), {} };
    vm.subnetIid = { QStringLiteral("subnet-a"), {} };
    vm.keyPairIid = { QStringLiteral("key-1"), {} };
    const Result<Resource> made = await(azure.create(vm, { QStringLiteral("tok-") + name, {} }));
    return made.ok() ? made.value().iid().systemId : QString();
}

} // namespace Barista::AzureTest
