// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's managed Kubernetes (EKS) against the EKS routes of the in-process EC2 test
// server: CreateCluster returns the cluster Creating with its node groups pending, a repeated
// create() adds them once the cluster is ACTIVE, list/get show the node groups, version,
// endpoint and our tags (checked in the server's state), errors come verbatim (the code from
// EKS's x-amzn-ErrorType header), remove() deletes the node groups before the cluster, and
// throttling is Throttled.

#include "tests/providers/AwsTestSupport.h"
#include "tests/servers/ec2/EksService.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

class TestAwsProviderCluster : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createWithNodeGroupBecomesActive();
    void requestErrors();
    void removeDeletesNodeGroupsFirst();
    void throttlingIsThrottled();

private:
    ClusterInfo request(const QString& name) const;
    /// Creates the cluster, sees it ACTIVE, and repeats create() so the node group is made.
    bool createdWithNodeGroup(const QString& name);
    Ec2RegionState& cloud() { return m_server->state().region(region()); }
    EksRegionState& eks() { return m_server->eks().clusters(region()); }

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<AwsProvider> m_aws;
    MutationContext m_context { QStringLiteral("tok-k8s-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("journal-9") } } };
};

void TestAwsProviderCluster::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_aws = provider(*m_server);
    Ec2KeyPair key;
    key.id = QStringLiteral("key-0a1b2c3d4e5f60001");
    key.name = QStringLiteral("kp1");
    key.keyType = QStringLiteral("ed25519");
    cloud().keyPairs.insert(key.name, key);
}

void TestAwsProviderCluster::cleanup()
{
    m_aws.reset();
    m_server.reset();
}

ClusterInfo TestAwsProviderCluster::request(const QString& name) const
{
    ClusterInfo cluster = eksClusterRequest(*m_server, name);
    cluster.securityGroupIids.append(Iid { QStringLiteral("default"), QString() }); // by name
    cluster.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    return cluster;
}

bool TestAwsProviderCluster::createdWithNodeGroup(const QString& name)
{
    if (!await(m_aws->create(request(name), m_context)).ok())
        return false;
    const Result<Resource> active = getUntil(*m_aws, ResourceKind::Cluster, name, QStringLiteral("Active"));
    if (!active.ok() || active.value().statusName() != QLatin1String("Active"))
        return false;
    const Result<Resource> again = await(m_aws->create(request(name), m_context));
    return again.ok() && again.value().as<ClusterInfo>()->nodeGroups.size() == 1;
}

void TestAwsProviderCluster::createWithNodeGroupBecomesActive()
{
    QVERIFY(m_aws->capabilities().supports(ResourceKind::Cluster, Operation::Create));
    const Result<Resource> made = await(m_aws->create(request(QStringLiteral("k1")), m_context));
    QVERIFY2(made.ok(), why(made));
    const ClusterInfo* first = made.value().as<ClusterInfo>();
    QCOMPARE(first->status, ClusterStatus::Creating);
    QVERIFY(first->nodeGroups.isEmpty());
    const QJsonArray pending = first->extra.value(QStringLiteral("pendingNodeGroups")).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(NodeGroupInfo::fromJson(pending.first().toObject()).iid.nameId, QStringLiteral("ng-1"));

    // The server's record: what went on the wire.
    QVERIFY(eks().contains(QStringLiteral("k1")));
    const EksCluster& onServer = eks()[QStringLiteral("k1")];
    QCOMPARE(onServer.status, QStringLiteral("CREATING"));
    QCOMPARE(onServer.version, QStringLiteral("1.31"));
    QCOMPARE(onServer.token, QStringLiteral("tok-k8s-1"));
    QCOMPARE(onServer.roleArn, QStringLiteral("arn:aws:iam::123456789012:role/eks"));
    QCOMPARE(onServer.subnetIds.size(), 2);
    QCOMPARE(onServer.securityGroupIds.size(), 1);
    QVERIFY(onServer.securityGroupIds.first().startsWith(QStringLiteral("sg-")));
    QCOMPARE(onServer.tags.value(QStringLiteral("barista-token")).toString(), QStringLiteral("journal-9"));
    QCOMPARE(onServer.tags.value(QStringLiteral("env")).toString(), QStringLiteral("test"));
    QCOMPARE(onServer.tags.value(QStringLiteral("Name")).toString(), QStringLiteral("k1"));
    QVERIFY(onServer.nodegroups.isEmpty());

    // Reads only read: the cluster turns ACTIVE, no node group appears by itself.
    const Result<Resource> active
        = getUntil(*m_aws, ResourceKind::Cluster, QStringLiteral("k1"), QStringLiteral("Active"));
    QVERIFY2(active.ok(), why(active));
    QCOMPARE(active.value().as<ClusterInfo>()->status, ClusterStatus::Active);
    QVERIFY(active.value().as<ClusterInfo>()->endpoint.startsWith(QStringLiteral("https://")));
    QVERIFY(eks()[QStringLiteral("k1")].nodegroups.isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateNodegroup")), 0);

    // The repeated step makes the node group.
    const Result<Resource> again = await(m_aws->create(request(QStringLiteral("k1")), m_context));
    QVERIFY2(again.ok(), why(again));
    QVERIFY(!again.value().as<ClusterInfo>()->extra.contains(QStringLiteral("pendingNodeGroups")));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateNodegroup")), 1);
    QCOMPARE(eks().size(), 1);
    const EksNodegroup& ng = eks()[QStringLiteral("k1")].nodegroups[QStringLiteral("ng-1")];
    QCOMPARE(ng.instanceTypes, QStringList { QStringLiteral("t3.large") });
    QCOMPARE(ng.minSize, 1);
    QCOMPARE(ng.desiredSize, 2);
    QCOMPARE(ng.maxSize, 3);
    QCOMPARE(ng.diskSize, 40);
    QCOMPARE(ng.sshKey, QStringLiteral("kp1"));
    QCOMPARE(ng.nodeRole, QStringLiteral("arn:aws:iam::123456789012:role/eks-node"));
    QCOMPARE(ng.subnets.size(), 2);
    QCOMPARE(ng.tags.value(QStringLiteral("barista-token")).toString(), QStringLiteral("journal-9"));

    const Result<Resource> got = await(m_aws->get(ResourceKind::Cluster, QStringLiteral("k1")));
    QVERIFY2(got.ok(), why(got));
    const ClusterInfo* cluster = got.value().as<ClusterInfo>();
    QCOMPARE(cluster->version, QStringLiteral("1.31"));
    QCOMPARE(cluster->tags.value(QStringLiteral("barista-token")), QStringLiteral("journal-9"));
    QCOMPARE(cluster->subnetIids.size(), 2);
    QCOMPARE(cluster->extra.value(QStringLiteral("arn")).toString(),
        QStringLiteral("arn:aws:eks:ap-northeast-2:123456789012:cluster/k1"));
    QCOMPARE(cluster->nodeGroups.size(), 1);
    const NodeGroupInfo& group = cluster->nodeGroups.first();
    QCOMPARE(group.iid.nameId, QStringLiteral("ng-1"));
    QCOMPARE(group.status, ClusterStatus::Active);
    QCOMPARE(group.specName, QStringLiteral("t3.large"));
    QCOMPARE(group.keyPairIid.nameId, QStringLiteral("kp1"));
    QCOMPARE(group.desiredNodeSize, 2);
    QCOMPARE(group.rootDiskSizeGb, 40);

    const Result<ResourcePage> listed = await(m_aws->list(ResourceKind::Cluster, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<ClusterInfo>()->nodeGroups.size(), 1);
    QCOMPARE(listed.value().items.first().as<ClusterInfo>()->status, ClusterStatus::Active);
}

void TestAwsProviderCluster::requestErrors()
{
    ClusterInfo noRole = request(QStringLiteral("k2"));
    noRole.extra.remove(QStringLiteral("roleArn"));
    const Result<Resource> refused = await(m_aws->create(noRole, m_context));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(refused.error().message.contains(QStringLiteral("roleArn")));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateCluster")), 0);

    // A subnet id EKS does not know: its error, message verbatim.
    ClusterInfo badSubnet = request(QStringLiteral("k2"));
    badSubnet.subnetIids.last().systemId = QStringLiteral("subnet-00000000000dead00");
    const Result<Resource> eksError = await(m_aws->create(badSubnet, m_context));
    QVERIFY(!eksError.ok());
    QCOMPARE(eksError.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(eksError.error().httpStatus, 400);
    QCOMPARE(eksError.error().message,
        QStringLiteral("The subnet ID 'subnet-00000000000dead00' does not exist (Service: AmazonEC2; Status Code: 400; "
                       "Error Code: InvalidSubnetID.NotFound)"));
    QCOMPARE(m_server->requests().last().errorCode, QStringLiteral("InvalidParameterException"));
    // EKS names the error only in its x-amzn-ErrorType header: the code comes from there.
    QCOMPARE(eksError.error().providerCode, QStringLiteral("InvalidParameterException"));

    // Subnets in one zone only.
    ClusterInfo oneZone = request(QStringLiteral("k2"));
    oneZone.subnetIids.removeLast();
    const Result<Resource> zoneError = await(m_aws->create(oneZone, m_context));
    QVERIFY(!zoneError.ok());
    QCOMPARE(zoneError.error().message, QStringLiteral("Subnets specified must be in at least two different AZs"));

    // A subnet or VPC by a name nobody has: EC2's error, code and message, before EKS is asked.
    ClusterInfo namedSubnet = request(QStringLiteral("k2"));
    namedSubnet.subnetIids.last() = Iid { QStringLiteral("no-such-subnet"), QString() };
    const Result<Resource> ec2Error = await(m_aws->create(namedSubnet, m_context));
    QVERIFY(!ec2Error.ok());
    QCOMPARE(ec2Error.error().providerCode, QStringLiteral("InvalidSubnetID.NotFound"));
    ClusterInfo noVpc = request(QStringLiteral("k2"));
    noVpc.vpcIid = Iid { QStringLiteral("no-such-vpc"), QString() };
    const Result<Resource> vpcError = await(m_aws->create(noVpc, m_context));
    QVERIFY(!vpcError.ok());
    QCOMPARE(vpcError.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateCluster")), 2);
    QVERIFY(eks().isEmpty());

    const Result<Resource> missing = await(m_aws->get(ResourceKind::Cluster, QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().message, QStringLiteral("No cluster found for name: nope."));
    QCOMPARE(missing.error().providerCode, QStringLiteral("ResourceNotFoundException"));

    // Someone else's cluster of that name: EKS's ResourceInUseException, not adopted.
    QVERIFY(await(m_aws->create(request(QStringLiteral("k3")), m_context)).ok());
    const Result<Resource> taken
        = await(m_aws->create(request(QStringLiteral("k3")), MutationContext { QStringLiteral("tok-other"), {} }));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(taken.error().message, QStringLiteral("Cluster already exists with name: k3"));
    QCOMPARE(taken.error().providerCode, QStringLiteral("ResourceInUseException"));
}

void TestAwsProviderCluster::removeDeletesNodeGroupsFirst()
{
    QVERIFY(createdWithNodeGroup(QStringLiteral("k4")));
    m_server->clearRequests();
    const Result<Done> removed = await(m_aws->remove(ResourceKind::Cluster, Iid { QStringLiteral("k4"), QString() }, {}));
    QVERIFY2(removed.ok(), why(removed));
    QStringList order;
    for (const Ec2RequestRecord& r : m_server->requests()) {
        if (r.action.startsWith(QStringLiteral("Delete")))
            order << r.action + QLatin1Char(':') + QString::number(r.httpStatus);
    }
    QCOMPARE(order, (QStringList { QStringLiteral("DeleteNodegroup:200"), QStringLiteral("DeleteCluster:200") }));
    // The server's state: the node group is gone, the cluster is deleting, then gone.
    QVERIFY(eks().contains(QStringLiteral("k4")));
    QVERIFY(eks()[QStringLiteral("k4")].nodegroups.isEmpty());
    QCOMPARE(eks()[QStringLiteral("k4")].status, QStringLiteral("DELETING"));
    const Result<Resource> gone = await(m_aws->get(ResourceKind::Cluster, QStringLiteral("k4")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QVERIFY(eks().isEmpty());
    const Result<Done> again = await(m_aws->remove(ResourceKind::Cluster, Iid { QStringLiteral("k4"), QString() }, {}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, CloudError::Kind::NotFound);
}

void TestAwsProviderCluster::throttlingIsThrottled()
{
    m_server->faults().failNext(QStringLiteral("ListClusters"),
        Ec2Error { 429, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"), 3 });
    const Result<ResourcePage> throttled = await(m_aws->list(ResourceKind::Cluster, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().retryAfterMs, qint64(3000));
    QCOMPARE(throttled.error().message, QStringLiteral("Rate exceeded"));
    QCOMPARE(throttled.error().providerCode, QStringLiteral("ThrottlingException"));
    m_server->faults().throttleEvery(1);
    const Result<Resource> also = await(m_aws->get(ResourceKind::Cluster, QStringLiteral("k1")));
    QVERIFY(!also.ok());
    QCOMPARE(also.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(m_server->requests().last().errorCode, QStringLiteral("ThrottlingException"));
    m_server->faults().throttleEvery(0);
    const Result<ResourcePage> fine = await(m_aws->list(ResourceKind::Cluster, {}));
    QVERIFY2(fine.ok(), why(fine));
    QVERIFY(fine.value().items.isEmpty());
}

QTEST_GUILESS_MAIN(TestAwsProviderCluster)
#include "TestAwsProviderCluster.moc"
