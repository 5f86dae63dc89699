// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the TestAwsProvider* tests: an in-process EC2 test server, a connection to it and
// waiting helpers. The server runs on the test's thread; the adapter on its own workers, so
// every wait spins the test thread's event loop (Test::waitFor) for the server to answer.

#include "providers/aws/AwsProvider.h"
#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/support/TestAwait.h"

#include <QJsonObject>
#include <QSet>
#include <memory>

namespace Barista::AwsTest {

inline QString accessKeyId()
{
    return QStringLiteral("AKIDBARISTATEST01");
}
inline QString secretKey()
{
    return QStringLiteral("bAr1sta/Secret+Key/0123456789abcdefGHIJ");
}
inline QString region()
{
    return QStringLiteral("ap-northeast-2");
}

inline std::unique_ptr<Ec2TestServer> startServer()
{
    auto server = std::make_unique<Ec2TestServer>();
    server->addCredential(accessKeyId(), secretKey());
    server->state().setTransitionDescribes(1);
    if (server->listen() == 0)
        return nullptr;
    return server;
}

inline ConnectionConfig connection(const Ec2TestServer& server)
{
    ConnectionConfig c;
    c.name = QStringLiteral("aws-test");
    c.driver = QStringLiteral("native");
    c.provider = QStringLiteral("aws");
    c.region = region();
    c.credentialRef = QStringLiteral("connection/aws-test");
    c.endpointOverride = server.endpoint();
    return c;
}

inline AwsProvider::Options fastOptions()
{
    AwsProvider::Options options;
    options.pollIntervalMs = 5;
    options.timeoutMs = 20000;
    return options;
}

inline std::unique_ptr<AwsProvider> provider(
    const Ec2TestServer& server, const QString& secret = secretKey(), const QString& sessionToken = QString())
{
    return std::make_unique<AwsProvider>(connection(server),
        AwsCredentialSource::fixed(AwsCredentials { accessKeyId(), secret, sessionToken }), fastOptions());
}

template <typename T> Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 20000)
{
    if (!Test::waitFor(future, timeoutMs) || future.resultCount() == 0)
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("TestNoAnswer"),
            QStringLiteral("the future did not deliver a result"));
    return future.result();
}

/// The error text of a failed result, empty for a success (for QVERIFY2).
template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/// Gets the resource until its status word is `status` (the server settles a transition on
/// the next Describe), at most `tries` times; returns the last answer.
inline Result<Resource> getUntil(
    CloudProvider& cloud, ResourceKind kind, const QString& id, const QString& status, int tries = 10)
{
    Result<Resource> last = await(cloud.get(kind, id));
    for (int i = 1; i < tries && last.ok() && last.value().statusName() != status; ++i)
        last = await(cloud.get(kind, id));
    return last;
}

/// An EKS cluster request on the server's default VPC (two subnets in two zones, as EKS wants),
/// with the IAM roles EKS requires and one node group "ng-1" (t3.large, 1-2-3 nodes, key kp1).
inline ClusterInfo eksClusterRequest(Ec2TestServer& server, const QString& name)
{
    const Ec2RegionState& ec2 = server.state().region(region());
    ClusterInfo cluster;
    cluster.iid.nameId = name;
    cluster.version = QStringLiteral("1.31");
    QSet<QString> zones;
    for (const Ec2Vpc& vpc : ec2.vpcs) {
        if (vpc.isDefault)
            cluster.vpcIid.systemId = vpc.id;
    }
    for (const Ec2Subnet& subnet : ec2.subnets) {
        if (subnet.vpcId == cluster.vpcIid.systemId && !zones.contains(subnet.zone) && zones.size() < 2) {
            zones.insert(subnet.zone);
            cluster.subnetIids.append(Iid { QString(), subnet.id });
        }
    }
    cluster.extra = QJsonObject { { QStringLiteral("roleArn"), QStringLiteral("arn:aws:iam::123456789012:role/eks") },
        { QStringLiteral("nodeRoleArn"), QStringLiteral("arn:aws:iam::123456789012:role/eks-node") } };
    NodeGroupInfo group;
    group.iid.nameId = QStringLiteral("ng-1");
    group.specName = QStringLiteral("t3.large");
    group.rootDiskSizeGb = 40;
    group.keyPairIid.nameId = QStringLiteral("kp1");
    group.minNodeSize = 1;
    group.desiredNodeSize = 2;
    group.maxNodeSize = 3;
    cluster.nodeGroups.append(group);
    return cluster;
}

} // namespace Barista::AwsTest
