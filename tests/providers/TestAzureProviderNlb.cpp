// SPDX-License-Identifier: GPL-3.0-or-later
// NLB on the Azure adapter against the in-process ARM test server: a Standard load balancer with
// a public IP (or a private frontend), a backend pool joined by the VMs' NICs, a probe and a rule;
// get/list map them back (VMs, ports, health checker, listener address); a failure in a later step
// leaves nothing behind (the server's state says so); remove deletes every part; list pages by
// nextLink.

#include "tests/providers/AzureTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

namespace {

const QString kLbType = QStringLiteral("Microsoft.Network/loadBalancers");
const QString kIpType = QStringLiteral("Microsoft.Network/publicIPAddresses");

} // namespace

class TestAzureProviderNlb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publicNlbWithTwoVms();
    void internalNlbWithHttpProbe();
    void failedLaterStepsLeaveNothingBehind();
    void invalidRequestsCreateNothing();
    void listPagesByNextLink();
    void createIsIdempotentPerToken();

private:
    bool makeVms(const QStringList& names);
    NlbInfo request(const QString& name, const QString& type, const QStringList& vms) const;
    // The pools the server says the VM's NIC joined.
    QJsonArray poolsOf(const QString& vm) const;

    std::unique_ptr<AzureArmTestServer> m_server;
    std::unique_ptr<AzureProvider> m_azure;
};

void TestAzureProviderNlb::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_azure = provider(*m_server);
}

void TestAzureProviderNlb::cleanup()
{
    m_azure.reset();
    m_server.reset();
}

bool TestAzureProviderNlb::makeVms(const QStringList& names)
{
    if (!makeNetworkAndKey(*m_azure))
        return false;
    for (const QString& name : names) {
        if (makeVm(*m_azure, name).isEmpty())
            return false;
    }
    return true;
}

NlbInfo TestAzureProviderNlb::request(const QString& name, const QString& type, const QStringList& vms) const
{
    NlbInfo nlb;
    nlb.iid.nameId = name;
    nlb.vpcIid = { QStringLiteral("vnet-1"), {} };
    nlb.type = type;
    nlb.listenerProtocol = QStringLiteral("TCP");
    nlb.listenerPort = 80;
    nlb.vmGroupProtocol = QStringLiteral("TCP");
    nlb.vmGroupPort = 8080;
    for (const QString& vm : vms)
        nlb.vms.append(Iid { vm, {} });
    nlb.healthProtocol = QStringLiteral("TCP");
    nlb.healthPort = 8080;
    nlb.healthInterval = 10;
    nlb.healthThreshold = 3;
    nlb.tags = { { QStringLiteral("owner"), QStringLiteral("barista") } };
    return nlb;
}

QJsonArray TestAzureProviderNlb::poolsOf(const QString& vm) const
{
    const QString nicId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/networkInterfaces/%3-nic")
                              .arg(AzureArmTestServer::subscriptionId(), AzureProvider::defaultResourceGroup(region()), vm);
    const QJsonArray configs = m_server->state().resource(nicId).value(QStringLiteral("properties")).toObject()
                                   .value(QStringLiteral("ipConfigurations")).toArray();
    return configs.first().toObject().value(QStringLiteral("properties")).toObject()
        .value(QStringLiteral("loadBalancerBackendAddressPools")).toArray();
}

void TestAzureProviderNlb::publicNlbWithTwoVms()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1"), QStringLiteral("vm-2") }));
    QCOMPARE(m_server->state().count(kIpType), 2); // the VMs' own

    const Result<Resource> made = await(m_azure->create(request(QStringLiteral("nlb-1"), QStringLiteral("PUBLIC"),
                                                            { QStringLiteral("vm-1"), QStringLiteral("vm-2") }),
        { QStringLiteral("tok-nlb"), { { QStringLiteral("barista-journal"), QStringLiteral("j-7") } } }));
    QVERIFY2(made.ok(), why(made));
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QVERIFY(nlb);
    QCOMPARE(nlb->iid.nameId, QStringLiteral("nlb-1"));
    QCOMPARE(nlb->type, QStringLiteral("PUBLIC"));
    QCOMPARE(nlb->vpcIid.nameId, QStringLiteral("vnet-1"));
    QStringList vms;
    for (const Iid& vm : nlb->vms)
        vms << vm.nameId;
    vms.sort();
    QCOMPARE(vms, (QStringList { QStringLiteral("vm-1"), QStringLiteral("vm-2") }));
    QCOMPARE(nlb->listenerProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->listenerPort, 80);
    QCOMPARE(nlb->vmGroupPort, 8080);
    QCOMPARE(nlb->healthProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->healthPort, 8080);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->healthThreshold, 3);
    QCOMPARE(nlb->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-nlb"));
    QCOMPARE(nlb->tags.value(QStringLiteral("owner")), QStringLiteral("barista"));

    // The server's state: a Standard balancer, its own Standard static IP as the listener, both NICs in the pool.
    QCOMPARE(m_server->state().count(kLbType), 1);
    QCOMPARE(m_server->state().count(kIpType), 3);
    const QJsonObject lb = m_server->state().resource(nlb->iid.systemId);
    QCOMPARE(lb.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Standard"));
    QCOMPARE(lb.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-journal")).toString(), QStringLiteral("j-7"));
    const QString ipId = lb.value(QStringLiteral("properties")).toObject().value(QStringLiteral("frontendIPConfigurations")).toArray()
                             .first().toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("publicIPAddress"))
                             .toObject().value(QStringLiteral("id")).toString();
    const QJsonObject ip = m_server->state().resource(ipId);
    QCOMPARE(ip.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Standard"));
    QCOMPARE(ip.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-token")).toString(), QStringLiteral("tok-nlb"));
    const QString address = ip.value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipAddress")).toString();
    QVERIFY(!address.isEmpty());
    QCOMPARE(nlb->listenerIp, address);
    const QString poolId = nlb->iid.systemId + QStringLiteral("/backendAddressPools/backend-pool");
    QCOMPARE(poolsOf(QStringLiteral("vm-1")).first().toObject().value(QStringLiteral("id")).toString(), poolId);
    QCOMPARE(poolsOf(QStringLiteral("vm-2")).first().toObject().value(QStringLiteral("id")).toString(), poolId);

    const Result<Resource> got = await(m_azure->get(ResourceKind::Nlb, QStringLiteral("nlb-1")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(*got.value().as<NlbInfo>(), *nlb);
    const Result<ResourcePage> listed = await(m_azure->list(ResourceKind::Nlb, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<NlbInfo>()->vms.size(), 2);

    const Result<Done> removed = await(m_azure->remove(ResourceKind::Nlb, { QStringLiteral("nlb-1"), {} }, {}));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(m_server->state().count(kLbType), 0);
    QCOMPARE(m_server->state().count(kIpType), 2);
    QVERIFY(m_server->state().resource(ipId).isEmpty());
    QVERIFY(poolsOf(QStringLiteral("vm-1")).isEmpty());
    QVERIFY(poolsOf(QStringLiteral("vm-2")).isEmpty());
    const Result<Resource> gone = await(m_azure->get(ResourceKind::Nlb, QStringLiteral("nlb-1")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    const Result<Done> again = await(m_azure->remove(ResourceKind::Nlb, { QStringLiteral("nlb-1"), {} }, {}));
    QVERIFY2(again.ok(), why(again)); // parts already gone are fine
}

void TestAzureProviderNlb::internalNlbWithHttpProbe()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1") }));
    NlbInfo wanted = request(QStringLiteral("nlb-int"), QStringLiteral("INTERNAL"), { QStringLiteral("vm-1") });
    wanted.healthProtocol = QStringLiteral("HTTP");
    wanted.healthPort = 8081;
    const Result<Resource> made = await(m_azure->create(wanted, { QStringLiteral("tok-int"), {} }));
    QVERIFY2(made.ok(), why(made));
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QCOMPARE(nlb->type, QStringLiteral("INTERNAL"));
    QVERIFY2(nlb->listenerIp.startsWith(QLatin1String("10.10.1.")), qPrintable(nlb->listenerIp));
    QCOMPARE(nlb->healthProtocol, QStringLiteral("HTTP"));
    QCOMPARE(nlb->healthPort, 8081);
    QCOMPARE(nlb->vms.value(0).nameId, QStringLiteral("vm-1"));
    QCOMPARE(m_server->state().count(kIpType), 1); // no public IP for an internal balancer
    const QJsonObject probe = m_server->state().resource(nlb->iid.systemId).value(QStringLiteral("properties")).toObject()
                                  .value(QStringLiteral("probes")).toArray().first().toObject();
    QCOMPARE(probe.value(QStringLiteral("properties")).toObject().value(QStringLiteral("requestPath")).toString(), QStringLiteral("/"));

    // The subnet holds the frontend: ARM refuses to delete the VNet, and the adapter says why.
    QVERIFY(await(m_azure->control(ResourceKind::Vm, { QStringLiteral("vm-1"), {} }, ControlAction::Terminate, {})).ok());
    const Result<Done> busy = await(m_azure->remove(ResourceKind::Vpc, { QStringLiteral("vnet-1"), {} }, {}));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().providerCode, QStringLiteral("InUseSubnetCannotBeDeleted"));
    QVERIFY(await(m_azure->remove(ResourceKind::Nlb, nlb->iid, {})).ok());
    QCOMPARE(m_server->state().count(kLbType), 0);
    QVERIFY(await(m_azure->remove(ResourceKind::Vpc, { QStringLiteral("vnet-1"), {} }, {})).ok());
}

void TestAzureProviderNlb::failedLaterStepsLeaveNothingBehind()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1"), QStringLiteral("vm-2") }));

    // The second NIC refuses to join: the first leaves the pool again, balancer and IP are deleted.
    m_server->failNext({ QStringLiteral("/networkInterfaces/vm-2-nic"), "PUT", 409, QStringLiteral("AnotherOperationInProgress"),
        QStringLiteral("Another operation on this or dependent resource is in progress."), 1, -1 });
    const Result<Resource> made = await(m_azure->create(request(QStringLiteral("nlb-1"), QStringLiteral("PUBLIC"),
                                                            { QStringLiteral("vm-1"), QStringLiteral("vm-2") }),
        { QStringLiteral("tok-1"), {} }));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().providerCode, QStringLiteral("AnotherOperationInProgress"));
    QCOMPARE(made.error().message, QStringLiteral("Another operation on this or dependent resource is in progress."));
    QCOMPARE(m_server->requestCount(QStringLiteral("/loadBalancers/nlb-1"), "PUT"), 1); // it got that far
    QCOMPARE(m_server->state().count(kLbType), 0);
    QCOMPARE(m_server->state().count(kIpType), 2); // only the VMs' own
    QVERIFY(poolsOf(QStringLiteral("vm-1")).isEmpty());
    QVERIFY(poolsOf(QStringLiteral("vm-2")).isEmpty());

    // The balancer itself is refused: the public IP made before it is deleted.
    m_server->failNext({ QStringLiteral("/loadBalancers/nlb-2"), "PUT", 400, QStringLiteral("InvalidRequestFormat"),
        QStringLiteral("Cannot parse the request."), 1, -1 });
    const Result<Resource> refused = await(m_azure->create(request(QStringLiteral("nlb-2"), QStringLiteral("PUBLIC"),
                                                               { QStringLiteral("vm-1") }),
        { QStringLiteral("tok-2"), {} }));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().providerCode, QStringLiteral("InvalidRequestFormat"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/publicIPAddresses/nlb-2-ip"), "PUT"), 1);
    QCOMPARE(m_server->state().count(kLbType), 0);
    QCOMPARE(m_server->state().count(kIpType), 2);
}

void TestAzureProviderNlb::invalidRequestsCreateNothing()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1") }));
    const Result<Resource> missing = await(m_azure->create(request(QStringLiteral("nlb-1"), QStringLiteral("PUBLIC"),
                                                               { QStringLiteral("vm-1"), QStringLiteral("no-such-vm") }),
        { QStringLiteral("tok-1"), {} }));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("ResourceNotFound"));
    QCOMPARE(missing.error().message, lastServerMessage(*m_server));

    VpcInfo other;
    other.iid.nameId = QStringLiteral("vnet-2");
    other.ipv4Cidr = QStringLiteral("10.20.0.0/16");
    other.subnets.append(SubnetInfo { { QStringLiteral("subnet-b"), {} }, {}, QStringLiteral("10.20.1.0/24"), {} });
    QVERIFY(await(m_azure->create(other, { QStringLiteral("tok-vpc2"), {} })).ok());
    NlbInfo elsewhere = request(QStringLiteral("nlb-2"), QStringLiteral("PUBLIC"), { QStringLiteral("vm-1") });
    elsewhere.vpcIid = { QStringLiteral("vnet-2"), {} };
    const Result<Resource> wrongVpc = await(m_azure->create(elsewhere, { QStringLiteral("tok-2"), {} }));
    QVERIFY(!wrongVpc.ok());
    QCOMPARE(wrongVpc.error().kind, CloudError::Kind::InvalidRequest);

    NlbInfo badPort = request(QStringLiteral("nlb-3"), QStringLiteral("PUBLIC"), { QStringLiteral("vm-1") });
    badPort.vmGroupPort = 70000;
    QCOMPARE(await(m_azure->create(badPort, { QStringLiteral("tok-3"), {} })).error().kind, CloudError::Kind::InvalidRequest);
    NlbInfo noVpc = request(QStringLiteral("nlb-4"), QStringLiteral("PUBLIC"), { QStringLiteral("vm-1") });
    noVpc.vpcIid = {};
    QCOMPARE(await(m_azure->create(noVpc, { QStringLiteral("tok-4"), {} })).error().kind, CloudError::Kind::InvalidRequest);

    QCOMPARE(m_server->state().count(kLbType), 0);
    QCOMPARE(m_server->state().count(kIpType), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/loadBalancers/"), "PUT"), 0);
}

void TestAzureProviderNlb::listPagesByNextLink()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1") }));
    for (const char* name : { "nlb-a", "nlb-b", "nlb-c" }) {
        const Result<Resource> made = await(m_azure->create(
            request(QLatin1String(name), QStringLiteral("INTERNAL"), {}), { QLatin1String(name), {} }));
        QVERIFY2(made.ok(), why(made));
        QCOMPARE(made.value().as<NlbInfo>()->vpcIid.nameId, QStringLiteral("vnet-1")); // from the frontend's subnet
    }
    m_server->state().setPageSize(2);
    QStringList names;
    ListRequest page;
    int pages = 0;
    do {
        const Result<ResourcePage> one = await(m_azure->list(ResourceKind::Nlb, page));
        QVERIFY2(one.ok(), why(one));
        for (const Resource& r : one.value().items)
            names << r.iid().nameId;
        page.pageToken = one.value().nextPageToken;
        ++pages;
    } while (!page.pageToken.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("nlb-a"), QStringLiteral("nlb-b"), QStringLiteral("nlb-c") }));
}

void TestAzureProviderNlb::createIsIdempotentPerToken()
{
    QVERIFY(makeVms({ QStringLiteral("vm-1") }));
    const NlbInfo wanted = request(QStringLiteral("nlb-1"), QStringLiteral("PUBLIC"), { QStringLiteral("vm-1") });
    QVERIFY(await(m_azure->create(wanted, { QStringLiteral("same"), {} })).ok());
    const Result<Resource> retried = await(m_azure->create(wanted, { QStringLiteral("same"), {} }));
    QVERIFY2(retried.ok(), why(retried)); // the job queue's retry of the same create
    QCOMPARE(retried.value().as<NlbInfo>()->vms.size(), 1);
    QCOMPARE(poolsOf(QStringLiteral("vm-1")).size(), 1);
    QCOMPARE(m_server->state().count(kLbType), 1);
    QCOMPARE(m_server->state().count(kIpType), 2);
    const Result<Resource> other = await(m_azure->create(wanted, { QStringLiteral("another"), {} }));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(other.error().providerCode, QStringLiteral("AlreadyExists"));
    QCOMPARE(m_server->state().count(kIpType), 2);
}

QTEST_GUILESS_MAIN(TestAzureProviderNlb)
#include "TestAzureProviderNlb.moc"
