// SPDX-License-Identifier: GPL-3.0-or-later
// Cluster on the GCP adapter = a GKE zonal cluster over the Kubernetes Engine API v1, against the
// in-process GCP test server: created with one node pool (our tags and the journal's token as
// resourceLabels, on the nodes too) and answered at once as Creating, then Active with its node
// pool, version and endpoint; a retry of the same job taking its own cluster for done; a missing
// network or subnetwork answered with GKE's error verbatim; throttling as Throttled; the delete
// making it STOPPING (Deleting), then gone from the server.

#include "tests/providers/GcpTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

class TestGcpProviderCluster : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lifecycle();
    void errorsAsGkeSendsThem();
    void throttled();

private:
    bool makeVpc();
    ClusterInfo request(const QString& name) const;
    static QString clusters() { return path(QStringLiteral("locations/asia-northeast3-a/clusters")); }

    Fixture m_fixture;
    std::unique_ptr<GcpProvider> m_gcp;
};

void TestGcpProviderCluster::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
    m_gcp = provider(*m_fixture.server, m_fixture.account);
}

void TestGcpProviderCluster::cleanup()
{
    m_gcp.reset();
    m_fixture = {};
}

bool TestGcpProviderCluster::makeVpc()
{
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("vpc-one");
    vpc.ipv4Cidr = QStringLiteral("10.10.0.0/16");
    vpc.subnets
        = { SubnetInfo { { QStringLiteral("subnet-a"), QString() }, zone(), QStringLiteral("10.10.1.0/24"), {} } };
    return await(m_gcp->create(vpc, MutationContext { QStringLiteral("tok-vpc"), {} })).ok();
}

ClusterInfo TestGcpProviderCluster::request(const QString& name) const
{
    ClusterInfo cluster;
    cluster.iid.nameId = name;
    cluster.version = QStringLiteral("1.30.5-gke.1014001");
    cluster.vpcIid = { QStringLiteral("vpc-one"), QString() };
    cluster.subnetIids = { { QStringLiteral("subnet-a"), QString() } };
    cluster.tags = { { QStringLiteral("team"), QStringLiteral("web") } };
    NodeGroupInfo group;
    group.iid.nameId = QStringLiteral("pool-1");
    group.specName = QStringLiteral("e2-standard-2");
    group.imageName = QStringLiteral("COS_CONTAINERD");
    group.rootDiskSizeGb = 50;
    group.onAutoScaling = true;
    group.desiredNodeSize = 2;
    group.minNodeSize = 1;
    group.maxNodeSize = 3;
    cluster.nodeGroups = { group };
    return cluster;
}

void TestGcpProviderCluster::lifecycle()
{
    GcpTestServer& srv = *m_fixture.server;
    QVERIFY(makeVpc());
    const MutationContext context { QStringLiteral("tok-k8s-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("tok-k8s-1") } } };
    const Result<Resource> made = await(m_gcp->create(request(QStringLiteral("k8s-one")), context));
    QVERIFY2(made.ok(), why(made));
    const ClusterInfo* cluster = made.value().as<ClusterInfo>();
    QVERIFY(cluster);
    // Accepted, not waited for: still provisioning, no endpoint yet.
    QCOMPARE(cluster->status, ClusterStatus::Creating);
    QCOMPARE(cluster->extra.value(QLatin1String("status")).toString(), QStringLiteral("PROVISIONING"));
    QVERIFY(cluster->endpoint.isEmpty());
    QCOMPARE(srv.requestCount(QStringLiteral("POST /container/v1/") + clusters()), 1);
    QCOMPARE(srv.requestCount(
                 QStringLiteral("/container/v1/") + path(QStringLiteral("locations/asia-northeast3-a/operations"))),
        0);

    // What the server holds: our labels on the cluster and on the node pool's VMs.
    const QString key = clusters() + QStringLiteral("/k8s-one");
    const QJsonObject stored = srv.state().resources().value(key);
    QCOMPARE(stored.value(QLatin1String("network")).toString(), QStringLiteral("vpc-one"));
    QCOMPARE(stored.value(QLatin1String("subnetwork")).toString(), QStringLiteral("subnet-a"));
    const QJsonObject labels = stored.value(QLatin1String("resourceLabels")).toObject();
    QCOMPARE(labels.value(QLatin1String("barista-token")).toString(), QStringLiteral("tok-k8s-1"));
    QCOMPARE(labels.value(QLatin1String("team")).toString(), QStringLiteral("web"));
    const QJsonObject pool = stored.value(QLatin1String("nodePools")).toArray().first().toObject();
    QCOMPARE(pool.value(QLatin1String("config"))
                 .toObject()
                 .value(QLatin1String("resourceLabels"))
                 .toObject()
                 .value(QLatin1String("barista-token")),
        QJsonValue(QStringLiteral("tok-k8s-1")));
    QCOMPARE(pool.value(QLatin1String("autoscaling")).toObject().value(QLatin1String("maxNodeCount")).toInt(), 3);

    // The next read: RUNNING with its endpoint and node pool.
    const Result<Resource> read = await(m_gcp->get(ResourceKind::Cluster, QStringLiteral("k8s-one")));
    QVERIFY2(read.ok(), why(read));
    const ClusterInfo active = *read.value().as<ClusterInfo>();
    QCOMPARE(active.status, ClusterStatus::Active);
    QCOMPARE(active.version, QStringLiteral("1.30.5-gke.1014001"));
    QVERIFY(active.endpoint.startsWith(QStringLiteral("https://34.64.")));
    QCOMPARE(active.vpcIid.nameId, QStringLiteral("vpc-one"));
    QCOMPARE(active.subnetIids.size(), 1);
    QCOMPARE(active.tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-k8s-1"));
    QVERIFY(active.createdAt.isValid());
    QCOMPARE(active.nodeGroups.size(), 1);
    const NodeGroupInfo& group = active.nodeGroups.first();
    QCOMPARE(group.iid.nameId, QStringLiteral("pool-1"));
    QCOMPARE(group.specName, QStringLiteral("e2-standard-2"));
    QCOMPARE(group.imageName, QStringLiteral("COS_CONTAINERD"));
    QCOMPARE(group.rootDiskSizeGb, 50);
    QVERIFY(group.onAutoScaling);
    QCOMPARE(group.desiredNodeSize, 2);
    QCOMPARE(group.minNodeSize, 1);
    QCOMPARE(group.maxNodeSize, 3);
    QCOMPARE(group.status, NodeGroupStatus::Active);
    QCOMPARE(srv.state().resources().value(key).value(QLatin1String("status")).toString(), QStringLiteral("RUNNING"));

    const Result<ResourcePage> listed = await(m_gcp->list(ResourceKind::Cluster, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<ClusterInfo>()->status, ClusterStatus::Active);
    QVERIFY(listed.value().nextPageToken.isEmpty());

    // A retry of the same job meets its own cluster (alreadyExists, our token): done, nothing new.
    const Result<Resource> again = await(m_gcp->create(request(QStringLiteral("k8s-one")), context));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(srv.state().children(clusters()).size(), 1);
    // Another job with the same name is told what GKE said.
    const Result<Resource> other = await(m_gcp->create(request(QStringLiteral("k8s-one")),
        MutationContext {
            QStringLiteral("tok-other"), { { QStringLiteral("barista-token"), QStringLiteral("tok-other") } } }));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(other.error().message, QStringLiteral("Already exists: %1.").arg(key));

    // Delete: accepted (STOPPING = Deleting on the next read), then gone from the server.
    const Result<Done> removed
        = await(m_gcp->remove(ResourceKind::Cluster, { QStringLiteral("k8s-one"), QString() }, context));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(srv.requestCount(QStringLiteral("DELETE /container/v1/") + key), 1);
    QCOMPARE(srv.state().resources().value(key).value(QLatin1String("status")).toString(), QStringLiteral("STOPPING"));
    const Result<Resource> deleting = await(m_gcp->get(ResourceKind::Cluster, QStringLiteral("k8s-one")));
    QVERIFY2(deleting.ok(), why(deleting));
    QCOMPARE(deleting.value().as<ClusterInfo>()->status, ClusterStatus::Deleting);
    const Result<Resource> gone = await(m_gcp->get(ResourceKind::Cluster, QStringLiteral("k8s-one")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(gone.error().message, QStringLiteral("Not found: %1.").arg(key));
    QVERIFY(!srv.state().has(key));
    QCOMPARE(await(m_gcp->list(ResourceKind::Cluster, {})).value().items.size(), 0);
}

void TestGcpProviderCluster::errorsAsGkeSendsThem()
{
    GcpTestServer& srv = *m_fixture.server;
    QVERIFY(makeVpc());
    ClusterInfo noVpc = request(QStringLiteral("k8s-x"));
    noVpc.vpcIid = { QStringLiteral("no-such-vpc"), QString() };
    const Result<Resource> a = await(m_gcp->create(noVpc, {}));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(a.error().providerCode, QStringLiteral("badRequest"));
    QCOMPARE(a.error().httpStatus, 400);
    QCOMPARE(a.error().message, QStringLiteral("Project \"barista-test\" has no network named \"no-such-vpc\"."));

    ClusterInfo noSubnet = request(QStringLiteral("k8s-x"));
    noSubnet.subnetIids = { { QStringLiteral("no-such-subnet"), QString() } };
    const Result<Resource> b = await(m_gcp->create(noSubnet, {}));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().providerCode, QStringLiteral("badRequest"));
    QCOMPARE(b.error().message,
        QStringLiteral("Subnetwork \"projects/barista-test/regions/asia-northeast3/subnetworks/no-such-subnet\" does "
                       "not exist."));
    QVERIFY(srv.state().children(clusters()).isEmpty());

    // Checked before any call: GKE needs a network and one subnetwork.
    ClusterInfo bare = request(QStringLiteral("k8s-x"));
    bare.vpcIid = {};
    const int calls = srv.requestCount(QStringLiteral("/container/v1/"));
    QCOMPARE(await(m_gcp->create(bare, {})).error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(srv.requestCount(QStringLiteral("/container/v1/")), calls);

    const Result<Resource> missing = await(m_gcp->get(ResourceKind::Cluster, QStringLiteral("nope")));
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("notFound"));
}

void TestGcpProviderCluster::throttled()
{
    GcpTestServer& srv = *m_fixture.server;
    srv.failNext(QStringLiteral("GET /container/v1/") + clusters(),
        GcpApiError { 429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"), 3 });
    const Result<ResourcePage> listed = await(m_gcp->list(ResourceKind::Cluster, {}));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(listed.error().retryAfterMs, 3000);
    QCOMPARE(listed.error().providerCode, QStringLiteral("rateLimitExceeded"));
    // The adapter does not retry: the job queue does.
    QCOMPARE(srv.requestCount(QStringLiteral("GET /container/v1/")), 1);
    const Result<ResourcePage> next = await(m_gcp->list(ResourceKind::Cluster, {}));
    QVERIFY2(next.ok(), why(next));
}

QTEST_GUILESS_MAIN(TestGcpProviderCluster)
#include "TestGcpProviderCluster.moc"
