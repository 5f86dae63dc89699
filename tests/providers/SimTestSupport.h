// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Sim* tests: fast settings, request builders and waiting helpers.

#include "models/interfaces/CloudProvider.h"
#include "providers/sim/SimCloud.h"
#include "providers/sim/SimProvider.h"
#include "providers/sim/SimSettings.h"
#include "tests/support/TestAwait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <memory>

namespace Barista::SimTest {

/// Deterministic and a thousand times faster than real time: a 20 s boot takes about 20 ms.
inline SimSettings fastSettings(quint64 seed = 42)
{
    SimSettings s;
    s.seed = seed;
    s.timeScale = 0.001;
    // Ten simulated minutes (0.6 s here) of Terminated before a VM vanishes, so a poll on a
    // loaded machine still sees that state.
    s.terminatedRetentionMs = 600000;
    return s;
}

inline ConnectionConfig connection(
    const QString& provider, const QString& region, const QString& zone = QString(), const QString& name = QString())
{
    ConnectionConfig c;
    c.name = name.isEmpty() ? provider + QStringLiteral("-test") : name;
    c.driver = QStringLiteral("sim");
    c.provider = provider;
    c.region = region;
    c.zone = zone;
    return c;
}

template <typename T> Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 10000)
{
    if (!Test::waitFor(future, timeoutMs) || future.resultCount() == 0) {
        CloudError e;
        e.kind = CloudError::Kind::Internal;
        e.providerCode = QStringLiteral("TestNoAnswer");
        e.message = QStringLiteral("the future did not deliver a result");
        return e;
    }
    return future.result();
}

inline VpcInfo vpcRequest(const QString& name, const QString& zone = QString())
{
    VpcInfo vpc;
    vpc.iid.nameId = name;
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    SubnetInfo a;
    a.iid.nameId = name + QStringLiteral("-subnet-a");
    a.ipv4Cidr = QStringLiteral("10.10.1.0/24");
    a.zone = zone;
    SubnetInfo b;
    b.iid.nameId = name + QStringLiteral("-subnet-b");
    b.ipv4Cidr = QStringLiteral("10.10.2.0/24");
    b.zone = zone;
    vpc.subnets = { a, b };
    return vpc;
}

inline SecurityGroupInfo sgRequest(const QString& name, const QString& vpc)
{
    SecurityGroupInfo sg;
    sg.iid.nameId = name;
    sg.vpcIid.nameId = vpc;
    SecurityRule ssh;
    ssh.fromPort = 22;
    ssh.toPort = 22;
    sg.rules = { ssh };
    return sg;
}

inline KeyPairInfo keyRequest(const QString& name)
{
    KeyPairInfo key;
    key.iid.nameId = name;
    return key;
}

inline VmInfo vmRequest(const QString& name, const QString& vpc, const QString& sg, const QString& key,
    const QString& spec = QStringLiteral("t3.micro"))
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301");
    vm.specName = spec;
    vm.vpcIid.nameId = vpc;
    vm.subnetIid.nameId = vpc + QStringLiteral("-subnet-a");
    if (!sg.isEmpty())
        vm.securityGroupIids = { Iid { sg, QString() } };
    vm.keyPairIid.nameId = key;
    return vm;
}

/// Polls get() until the resource reports status (or timeoutMs pass); returns the last status seen.
inline QString waitForStatus(
    CloudProvider& provider, ResourceKind kind, const QString& id, const QString& status, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    do {
        const Result<Resource> r = await(provider.get(kind, id));
        last = r.ok() ? r.value().statusName() : QStringLiteral("error:") + r.error().providerCode;
        if (last == status)
            return last;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    } while (!deadline.hasExpired());
    return last;
}

/// Polls list() until no resource with nameId id is left; returns whether it disappeared.
inline bool waitUntilGone(CloudProvider& provider, ResourceKind kind, const QString& id, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        const Result<Resource> r = await(provider.get(kind, id));
        if (!r.ok() && r.error().kind == CloudError::Kind::NotFound)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    } while (!deadline.hasExpired());
    return false;
}

/// A VPC, a security group and a key pair, ready for VMs; false if any create failed.
inline bool createNetwork(CloudProvider& provider, const QString& vpc = QStringLiteral("vpc-01"),
    const QString& sg = QStringLiteral("sg-01"), const QString& key = QStringLiteral("key-01"))
{
    return await(provider.create(vpcRequest(vpc), {})).ok() && await(provider.create(sgRequest(sg, vpc), {})).ok()
        && await(provider.create(keyRequest(key), {})).ok();
}

} // namespace Barista::SimTest
