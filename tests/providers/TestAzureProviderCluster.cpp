// SPDX-License-Identifier: GPL-3.0-or-later
// Managed Kubernetes (AKS) on the Azure adapter against the in-process ARM test server: a create
// returns once ARM accepted the PUT (Creating, the operation never polled), get/list show it move on
// to Active with its node group, version, endpoint and our tags in the server's state; a missing
// network or subnet, a bad pool name and throttling are AKS's / ARM's own answers; a delete returns
// once accepted and the cluster is then gone.

#include "providers/azure/AzureKubernetes.h"
#include "tests/providers/AzureTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

class TestAzureProviderCluster : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createReturnsCreatingThenActive();
    void retryFindsItsClusterOtherTokenConflicts();
    void missingNetworkOrSubnetIsTheProvidersError();
    void badPoolNameIsTheProvidersError();
    void deleteReturnsOnceAcceptedThenGone();
    void throttledCreateIsThrottled();
    void mapsAnArmBody();

private:
    bool makeNetwork();
    ClusterInfo request(const QString& name, const QString& vpc = QStringLiteral("vnet-1"),
        const QString& subnet = QStringLiteral("subnet-a")) const;
    Result<Resource> create(const ClusterInfo& cluster, const QString& token);
    QString clusterId(const QString& name) const;

    std::unique_ptr<AzureArmTestServer> m_server;
    std::unique_ptr<AzureProvider> m_azure;
};

void TestAzureProviderCluster::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_azure = provider(*m_server);
}

void TestAzureProviderCluster::cleanup()
{
    m_azure.reset();
    m_server.reset();
}

bool TestAzureProviderCluster::makeNetwork()
{
    return makeNetworkAndKey(*m_azure);
}

ClusterInfo TestAzureProviderCluster::request(const QString& name, const QString& vpc, const QString& subnet) const
{
    ClusterInfo cluster;
    cluster.iid.nameId = name;
    cluster.version = QStringLiteral("1.30");
    cluster.vpcIid = { vpc, {} };
    cluster.subnetIids = { { subnet, {} } };
    cluster.tags = { { QStringLiteral("owner"), QStringLiteral("barista") } };
    NodeGroupInfo group;
    group.iid.nameId = QStringLiteral("pool1");
    group.specName = QStringLiteral("Standard_B2s");
    group.rootDiskSizeGb = 64;
    group.keyPairIid = { QStringLiteral("key-1"), {} };
    group.onAutoScaling = true;
    group.minNodeSize = 1;
    group.desiredNodeSize = 2;
    group.maxNodeSize = 3;
    cluster.nodeGroups = { group };
    return cluster;
}

Result<Resource> TestAzureProviderCluster::create(const ClusterInfo& cluster, const QString& token)
{
    return await(m_azure->create(cluster, { token, { { QStringLiteral("barista-journal"), QStringLiteral("j-1") } } }));
}

QString TestAzureProviderCluster::clusterId(const QString& name) const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3")
        .arg(AzureArmTestServer::subscriptionId(), QStringLiteral("barista-") + region(), name);
}

void TestAzureProviderCluster::createReturnsCreatingThenActive()
{
    QVERIFY(makeNetwork());
    m_server->clearRequests();
    const Result<Resource> made = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks"));
    QVERIFY2(made.ok(), why(made));
    const ClusterInfo* info = made.value().as<ClusterInfo>();
    QVERIFY(info);
    QCOMPARE(info->status, ClusterStatus::Creating); // ARM accepted it; nobody waited for the operation
    QVERIFY(info->iid.systemId.endsWith(QLatin1String("/providers/Microsoft.ContainerService/managedClusters/aks-1")));
    QCOMPARE(m_server->requestCount(QStringLiteral("/managedClusters/aks-1"), "PUT"), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/operations/"), "GET"), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/operationResults/"), "GET"), 0);

    // The server's state, not the adapter's word.
    const QJsonObject stored = m_server->state().resource(info->iid.systemId);
    QVERIFY(!stored.isEmpty());
    const QJsonObject tags = stored.value(QStringLiteral("tags")).toObject();
    QCOMPARE(tags.value(QStringLiteral("barista-token")).toString(), QStringLiteral("tok-aks"));
    QCOMPARE(tags.value(QStringLiteral("barista-journal")).toString(), QStringLiteral("j-1"));
    QCOMPARE(tags.value(QStringLiteral("owner")).toString(), QStringLiteral("barista"));
    QCOMPARE(stored.value(QStringLiteral("identity")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    const QJsonObject props = stored.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Creating"));
    const QJsonObject pool = props.value(QStringLiteral("agentPoolProfiles")).toArray().first().toObject();
    QCOMPARE(pool.value(QStringLiteral("mode")).toString(), QStringLiteral("System"));
    QVERIFY(pool.value(QStringLiteral("vnetSubnetID")).toString().endsWith(QLatin1String("/virtualNetworks/vnet-1/subnets/subnet-a")));
    QCOMPARE(pool.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-token")).toString(), QStringLiteral("tok-aks"));
    QCOMPARE(props.value(QStringLiteral("linuxProfile")).toObject().value(QStringLiteral("ssh")).toObject()
                 .value(QStringLiteral("publicKeys")).toArray().first().toObject().value(QStringLiteral("keyData")).toString(),
        publicKey());

    // Each read moves the server's operation on (as its VMs do): Creating, then Active.
    const Result<Resource> first = await(m_azure->get(ResourceKind::Cluster, QStringLiteral("aks-1")));
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value().as<ClusterInfo>()->status, ClusterStatus::Creating);
    const Result<Resource> got = await(m_azure->get(ResourceKind::Cluster, QStringLiteral("aks-1")));
    QVERIFY2(got.ok(), why(got));
    const ClusterInfo* active = got.value().as<ClusterInfo>();
    QCOMPARE(active->status, ClusterStatus::Active);
    QCOMPARE(active->version, QStringLiteral("1.30.6"));
    QVERIFY2(active->endpoint.startsWith(QLatin1String("https://aks-1-"))
            && active->endpoint.endsWith(QLatin1String(".hcp.koreacentral.azmk8s.io:443")),
        qPrintable(active->endpoint));
    QCOMPARE(active->vpcIid.nameId, QStringLiteral("vnet-1"));
    QCOMPARE(active->subnetIids.size(), 1);
    QCOMPARE(active->subnetIids.first().nameId, QStringLiteral("subnet-a"));
    QCOMPARE(active->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-aks"));
    QCOMPARE(active->nodeGroups.size(), 1);
    const NodeGroupInfo& group = active->nodeGroups.first();
    QCOMPARE(group.iid.nameId, QStringLiteral("pool1"));
    QCOMPARE(group.specName, QStringLiteral("Standard_B2s"));
    QCOMPARE(group.rootDiskSizeGb, 64);
    QCOMPARE(group.keyPairIid.nameId, QStringLiteral("key-1"));
    QVERIFY(group.onAutoScaling);
    QCOMPARE(group.minNodeSize, 1);
    QCOMPARE(group.desiredNodeSize, 2);
    QCOMPARE(group.maxNodeSize, 3);
    QCOMPARE(group.status, ClusterStatus::Active);

    const Result<ResourcePage> listed = await(m_azure->list(ResourceKind::Cluster, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<ClusterInfo>()->status, ClusterStatus::Active);
    QCOMPARE(listed.value().items.first().as<ClusterInfo>()->nodeGroups.size(), 1);
}

void TestAzureProviderCluster::retryFindsItsClusterOtherTokenConflicts()
{
    QVERIFY(makeNetwork());
    QVERIFY(create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks")).ok());
    const Result<Resource> again = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks"));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(m_server->requestCount(QStringLiteral("/managedClusters/aks-1"), "PUT"), 1); // no second PUT
    const Result<Resource> other = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-other"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(m_server->requestCount(QStringLiteral("/managedClusters/aks-1"), "PUT"), 1);
}

void TestAzureProviderCluster::missingNetworkOrSubnetIsTheProvidersError()
{
    QVERIFY(makeNetwork());
    const Result<Resource> noVnet = create(request(QStringLiteral("aks-1"), QStringLiteral("vnet-nope")), QStringLiteral("tok-a"));
    QVERIFY(!noVnet.ok());
    QCOMPARE(noVnet.error().providerCode, QStringLiteral("SubnetNotFound"));
    QCOMPARE(noVnet.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(noVnet.error().message, lastServerMessage(*m_server));
    QVERIFY(noVnet.error().message.contains(QLatin1String("vnet-nope")));

    const Result<Resource> noSubnet
        = create(request(QStringLiteral("aks-1"), QStringLiteral("vnet-1"), QStringLiteral("subnet-zz")), QStringLiteral("tok-b"));
    QVERIFY(!noSubnet.ok());
    QCOMPARE(noSubnet.error().providerCode, QStringLiteral("SubnetNotFound"));
    QCOMPARE(noSubnet.error().message, lastServerMessage(*m_server));
    QVERIFY(noSubnet.error().message.contains(QLatin1String("subnet-zz")));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.ContainerService/managedClusters")), 0);
}

void TestAzureProviderCluster::badPoolNameIsTheProvidersError()
{
    QVERIFY(makeNetwork());
    ClusterInfo cluster = request(QStringLiteral("aks-1"));
    cluster.nodeGroups[0].iid.nameId = QStringLiteral("Pool_1"); // AKS: lower-case letters and digits, 12 at most
    const Result<Resource> made = create(cluster, QStringLiteral("tok-a"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(made.error().providerCode, QStringLiteral("InvalidParameter"));
    QCOMPARE(made.error().message, lastServerMessage(*m_server));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.ContainerService/managedClusters")), 0);
}

void TestAzureProviderCluster::deleteReturnsOnceAcceptedThenGone()
{
    QVERIFY(makeNetwork());
    const Result<Resource> made = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks"));
    QVERIFY2(made.ok(), why(made));
    const QString id = made.value().iid().systemId;
    QCOMPARE(id, clusterId(QStringLiteral("aks-1")));

    // The cluster's pool sits in the subnet: ARM refuses to delete the network under it.
    const Result<Done> vnet = await(m_azure->remove(ResourceKind::Vpc, { QStringLiteral("vnet-1"), {} }, {}));
    QVERIFY(!vnet.ok());
    QCOMPARE(vnet.error().providerCode, QStringLiteral("InUseSubnetCannotBeDeleted"));

    m_server->clearRequests();
    const Result<Done> removed = await(m_azure->remove(ResourceKind::Cluster, made.value().iid(), {}));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(m_server->requestCount(QStringLiteral("/managedClusters/aks-1"), "DELETE"), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/operations/"), "GET"), 0); // returned once accepted
    QCOMPARE(m_server->state().resource(id).value(QStringLiteral("properties")).toObject()
                 .value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Deleting"));

    const Result<Resource> deleting = await(m_azure->get(ResourceKind::Cluster, QStringLiteral("aks-1")));
    QVERIFY2(deleting.ok(), why(deleting));
    QCOMPARE(deleting.value().as<ClusterInfo>()->status, ClusterStatus::Deleting);
    const Result<Resource> gone = await(m_azure->get(ResourceKind::Cluster, QStringLiteral("aks-1")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QVERIFY(m_server->state().resource(id).isEmpty());
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.ContainerService/managedClusters")), 0);
    const Result<ResourcePage> empty = await(m_azure->list(ResourceKind::Cluster, {}));
    QVERIFY2(empty.ok(), why(empty));
    QVERIFY(empty.value().items.isEmpty());

    // Already gone is done; the network can go now.
    QVERIFY(await(m_azure->remove(ResourceKind::Cluster, made.value().iid(), {})).ok());
    const Result<Done> vnetAfter = await(m_azure->remove(ResourceKind::Vpc, { QStringLiteral("vnet-1"), {} }, {}));
    QVERIFY2(vnetAfter.ok(), why(vnetAfter));
}

void TestAzureProviderCluster::throttledCreateIsThrottled()
{
    QVERIFY(makeNetwork());
    m_server->failNext({ QStringLiteral("managedClusters/aks-1"), "PUT", 429, QStringLiteral("TooManyRequests"),
        QStringLiteral("The request is being throttled as the limit has been reached for operation type - "
                       "Write_ObservationWindow_00:01:00."),
        1, 7 });
    const Result<Resource> made = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(made.error().retryAfterMs, qint64(7000));
    QCOMPARE(made.error().providerCode, QStringLiteral("TooManyRequests"));
    QCOMPARE(made.error().message, lastServerMessage(*m_server));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.ContainerService/managedClusters")), 0);
    // The job queue's retry then goes through.
    const Result<Resource> retried = create(request(QStringLiteral("aks-1")), QStringLiteral("tok-aks"));
    QVERIFY2(retried.ok(), why(retried));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.ContainerService/managedClusters")), 1);
}

void TestAzureProviderCluster::mapsAnArmBody()
{
    // The shape of ARM's GET of a managed cluster (a stopped cluster, a pool without autoscaling).
    const QJsonObject body = QJsonDocument::fromJson(R"({
      "id": "/subscriptions/s1/resourcegroups/rg1/providers/Microsoft.ContainerService/managedClusters/clustername1",
      "location": "location1", "name": "clustername1", "type": "Microsoft.ContainerService/ManagedClusters",
      "tags": {"archv2": "", "tier": "production"},
      "properties": {
        "provisioningState": "Succeeded", "powerState": {"code": "Stopped"},
        "kubernetesVersion": "1.30", "currentKubernetesVersion": "1.30.6", "dnsPrefix": "dnsprefix1",
        "fqdn": "dnsprefix1-abcd1234.hcp.eastus.azmk8s.io", "nodeResourceGroup": "MC_rg1_clustername1_location1",
        "agentPoolProfiles": [{"name": "nodepool1", "count": 3, "vmSize": "Standard_DS2_v2", "osDiskSizeGB": 128,
          "maxPods": 110, "osType": "Linux", "provisioningState": "Succeeded", "powerState": {"code": "Stopped"},
          "orchestratorVersion": "1.30.6", "mode": "System", "type": "VirtualMachineScaleSets",
          "nodeImageVersion": "AKSUbuntu-2204gen2containerd-202411.12.0",
          "vnetSubnetID": "/subscriptions/s1/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/sn1"}],
        "networkProfile": {"networkPlugin": "azure", "serviceCidr": "10.0.0.0/16"}
      }
    })").object();
    const ClusterInfo info = AzureKubernetes::map(body);
    QCOMPARE(info.iid.nameId, QStringLiteral("clustername1"));
    QCOMPARE(info.status, ClusterStatus::Inactive);
    QCOMPARE(info.version, QStringLiteral("1.30.6"));
    QCOMPARE(info.endpoint, QStringLiteral("https://dnsprefix1-abcd1234.hcp.eastus.azmk8s.io:443"));
    QCOMPARE(info.vpcIid.nameId, QStringLiteral("vnet1"));
    QCOMPARE(info.subnetIids.first().nameId, QStringLiteral("sn1"));
    QCOMPARE(info.tags.value(QStringLiteral("tier")), QStringLiteral("production"));
    QCOMPARE(info.nodeGroups.size(), 1);
    QCOMPARE(info.nodeGroups.first().desiredNodeSize, 3);
    QCOMPARE(info.nodeGroups.first().minNodeSize, 3);
    QCOMPARE(info.nodeGroups.first().maxNodeSize, 3);
    QVERIFY(!info.nodeGroups.first().onAutoScaling);
    QVERIFY(info.nodeGroups.first().keyPairIid.isEmpty());
    QCOMPARE(info.nodeGroups.first().status, ClusterStatus::Inactive);
    QCOMPARE(info.extra.value(QStringLiteral("powerState")).toString(), QStringLiteral("Stopped"));
    QCOMPARE(AzureKubernetes::status(QStringLiteral("Upgrading"), QStringLiteral("Running")), ClusterStatus::Updating);
    QCOMPARE(AzureKubernetes::status(QStringLiteral("Failed"), QStringLiteral("Running")), ClusterStatus::Inactive);
    QCOMPARE(AzureKubernetes::status(QStringLiteral("Deleting"), QStringLiteral("Running")), ClusterStatus::Deleting);
    QCOMPARE(AzureKubernetes::status(QStringLiteral("Succeeded"), QStringLiteral("Running")), ClusterStatus::Active);
}

QTEST_GUILESS_MAIN(TestAzureProviderCluster)
#include "TestAzureProviderCluster.moc"
