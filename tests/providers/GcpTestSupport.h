// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the TestGcpProvider* tests: an in-process GCP test server (token endpoint + Compute
// API), a service account registered with it, a connection to it and waiting helpers. The server
// runs on the test's thread, the adapter on its own workers, so every wait spins the test
// thread's event loop (Test::waitFor) for the server to answer.

#include "providers/gcp/GcpProvider.h"
#include "tests/servers/gcp/GcpTestServer.h"
#include "tests/support/TestAwait.h"

#include <memory>

namespace Barista::GcpTest {

inline QString project()
{
    return QStringLiteral("barista-test");
}
inline QString clientEmail()
{
    return QStringLiteral("barista-sa@barista-test.iam.gserviceaccount.com");
}
inline QString keyId()
{
    return QStringLiteral("5f2d0c7a9b8e4f1d3c6a2b0e9d8c7b6a5f4e3d2c");
}
inline QString region()
{
    return QStringLiteral("asia-northeast3");
}
inline QString zone()
{
    return QStringLiteral("asia-northeast3-a");
}

struct Fixture
{
    std::unique_ptr<GcpTestServer> server;
    GcpServiceAccount account;
    QByteArray keyFile; ///< as Google issues it
};

inline Fixture startServer()
{
    Fixture f;
    f.server = std::make_unique<GcpTestServer>();
    if (f.server->listen() == 0)
        return {};
    f.server->state().setOperationSteps(2);
    f.keyFile = f.server->createServiceAccount(project(), clientEmail(), keyId());
    const Result<GcpServiceAccount> account = GcpServiceAccount::fromJson(f.keyFile, QStringLiteral("test"));
    if (!account.ok())
        return {};
    f.account = account.value();
    return f;
}

inline ConnectionConfig connection(const GcpTestServer& server)
{
    ConnectionConfig c;
    c.name = QStringLiteral("gcp-test");
    c.driver = QStringLiteral("native");
    c.provider = QStringLiteral("gcp");
    c.region = region();
    c.zone = zone();
    c.credentialRef = QStringLiteral("connection/gcp-test");
    c.endpointOverride = server.endpoint();
    return c;
}

inline GcpProvider::Options fastOptions(Clock* clock = nullptr)
{
    GcpProvider::Options options;
    options.clock = clock;
    options.pollIntervalMs = 1;
    options.timeoutMs = 20000;
    return options;
}

inline std::unique_ptr<GcpProvider> provider(
    const GcpTestServer& server, const GcpServiceAccount& account, Clock* clock = nullptr)
{
    return std::make_unique<GcpProvider>(connection(server), GcpServiceAccount::fixed(account), fastOptions(clock));
}

template <typename T> Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 20000)
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

inline QString path(const QString& rest)
{
    return QStringLiteral("projects/%1/%2").arg(project(), rest);
}

// The rig the NLB and machine-image tests build on: a VPC of {prefix}.0.0/16 with one subnet
// {subnet} = {prefix}.1.0/24 in zone() ...
inline VpcInfo vpcRequest(const QString& name, const QString& subnet, const QString& prefix = QStringLiteral("10.10"))
{
    VpcInfo vpc;
    vpc.iid.nameId = name;
    vpc.ipv4Cidr = prefix + QStringLiteral(".0.0/16");
    vpc.subnets = { SubnetInfo { { subnet, QString() }, zone(), prefix + QStringLiteral(".1.0/24"), {} } };
    return vpc;
}

// ... and e2-small Debian 12 VMs in it, each made under the journal token "tok-{name}".
inline Result<Resource> createVm(GcpProvider& gcp, const QString& name, const QString& vpc, const QString& subnet)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("debian-12-bookworm-v20240312");
    vm.specName = QStringLiteral("e2-small");
    vm.vpcIid = { vpc, QString() };
    vm.subnetIid = { subnet, QString() };
    return await(gcp.create(vm, MutationContext { QStringLiteral("tok-") + name, {} }));
}

// The NLB both NLB tests ask for (type unset = PUBLIC): vpc-one, TCP 8080 to vm-1 (by name) and
// vm-2 (by id), HTTP health on 8081 every 10 s, tagged Team=Web.
inline NlbInfo nlbRequest(const QString& name)
{
    NlbInfo nlb;
    nlb.iid.nameId = name;
    nlb.vpcIid = { QStringLiteral("vpc-one"), QString() };
    nlb.listenerPort = 8080;
    nlb.vmGroupPort = 8080;
    nlb.vms = { { QStringLiteral("vm-1"), QString() }, { QStringLiteral("vm-2"), QStringLiteral("vm-2") } };
    nlb.healthProtocol = QStringLiteral("HTTP");
    nlb.healthPort = 8081;
    nlb.healthInterval = 10;
    nlb.healthTimeout = 5;
    nlb.healthThreshold = 3;
    nlb.tags = { { QStringLiteral("Team"), QStringLiteral("Web") } };
    return nlb;
}

// The collection of each DELETE the server took, in order ("forwardingRules", ...): the order a
// remove tears an NLB's parts down in.
inline QStringList deletedCollections(const GcpTestServer& server)
{
    QStringList out;
    for (const GcpRequestRecord& r : server.requests()) {
        if (r.method == "DELETE")
            out.append(r.path.section(QLatin1Char('/'), -2, -2));
    }
    return out;
}

} // namespace Barista::GcpTest
