// SPDX-License-Identifier: GPL-3.0-or-later
// NLB on the GCP adapter = legacy HTTP health check + target pool + forwarding rule, against the
// in-process GCP test server: made for two VMs (every part on the server, the VMs as selfLinks,
// labels with the journal's token), read back with VMs, ports, health checker and listener IP,
// listed with other load balancers of the region (a foreign target-pool NLB mapped, a rule of
// another kind skipped) and paged; TCP health = no probe; a failure in a later step leaves no
// earlier part behind (the server's state says so) and the job's retry then succeeds; the
// remove deletes rule, pool and check in that order; the requests refused before any call.
// Type INTERNAL (backend service based): TestGcpProviderNlbInternal.

#include "tests/providers/GcpTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

const QString kRules = QStringLiteral("regions/asia-northeast3/forwardingRules");
const QString kPools = QStringLiteral("regions/asia-northeast3/targetPools");
const QString kChecks = QStringLiteral("global/httpHealthChecks");

} // namespace

class TestGcpProviderNlb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lifecycleWithHttpHealth();
    void tcpHealthAndForeignBalancers();
    void laterStepFailureRollsBack();
    void refusedRequests();

private:
    bool makeVpc(const QString& name, const QString& cidr);
    bool makeVm(const QString& name, const QString& vpc);
    int parts(const QString& collection) const
    {
        return int(m_fixture.server->state().children(path(collection)).size());
    }
    QJsonObject stored(const QString& rest) const { return m_fixture.server->state().resources().value(path(rest)); }

    Fixture m_fixture;
    std::unique_ptr<GcpProvider> m_gcp;
};

void TestGcpProviderNlb::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
    m_gcp = provider(*m_fixture.server, m_fixture.account);
    QVERIFY(makeVpc(QStringLiteral("vpc-one"), QStringLiteral("10.10")));
    QVERIFY(makeVm(QStringLiteral("vm-1"), QStringLiteral("vpc-one")));
    QVERIFY(makeVm(QStringLiteral("vm-2"), QStringLiteral("vpc-one")));
}

void TestGcpProviderNlb::cleanup()
{
    m_gcp.reset();
    m_fixture = {};
}

bool TestGcpProviderNlb::makeVpc(const QString& name, const QString& cidr)
{
    const VpcInfo vpc = vpcRequest(name, name + QStringLiteral("-a"), cidr);
    return await(m_gcp->create(vpc, MutationContext { QStringLiteral("tok-") + name, {} })).ok();
}

bool TestGcpProviderNlb::makeVm(const QString& name, const QString& vpc)
{
    return createVm(*m_gcp, name, vpc, vpc + QStringLiteral("-a")).ok();
}

void TestGcpProviderNlb::lifecycleWithHttpHealth()
{
    GcpTestServer& srv = *m_fixture.server;
    const MutationContext context { QStringLiteral("tok-nlb-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("tok-nlb-1") } } };
    const Result<Resource> made = await(m_gcp->create(nlbRequest(QStringLiteral("web-lb")), context));
    QVERIFY2(made.ok(), why(made));
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QVERIFY(nlb);
    QCOMPARE(nlb->iid, (Iid { QStringLiteral("web-lb"), QStringLiteral("web-lb") }));
    QCOMPARE(nlb->type, QStringLiteral("PUBLIC"));
    QCOMPARE(nlb->vpcIid.systemId, QStringLiteral("vpc-one"));
    QCOMPARE(nlb->listenerProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->listenerPort, 8080);
    QCOMPARE(nlb->vmGroupPort, 8080);
    QCOMPARE(nlb->vms,
        (QList<Iid> {
            { QStringLiteral("vm-1"), QStringLiteral("vm-1") }, { QStringLiteral("vm-2"), QStringLiteral("vm-2") } }));
    QCOMPARE(nlb->healthProtocol, QStringLiteral("HTTP"));
    QCOMPARE(nlb->healthPort, 8081);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->healthTimeout, 5);
    QCOMPARE(nlb->healthThreshold, 3);
    QCOMPARE(nlb->tags.value(QStringLiteral("team")), QStringLiteral("web"));
    QCOMPARE(nlb->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-nlb-1"));

    // The three parts as the server holds them.
    const QJsonObject rule = stored(kRules + QStringLiteral("/web-lb"));
    QVERIFY(!rule.value(QLatin1String("IPAddress")).toString().isEmpty());
    QCOMPARE(nlb->listenerIp, rule.value(QLatin1String("IPAddress")).toString());
    QCOMPARE(rule.value(QLatin1String("portRange")).toString(), QStringLiteral("8080-8080"));
    QCOMPARE(rule.value(QLatin1String("loadBalancingScheme")).toString(), QStringLiteral("EXTERNAL"));
    QCOMPARE(rule.value(QLatin1String("IPProtocol")).toString(), QStringLiteral("TCP"));
    QVERIFY(rule.value(QLatin1String("target")).toString().endsWith(path(kPools + QStringLiteral("/web-lb"))));
    QCOMPARE(rule.value(QLatin1String("labels")).toObject().value(QLatin1String("barista-token")).toString(),
        QStringLiteral("tok-nlb-1"));
    const QJsonObject pool = stored(kPools + QStringLiteral("/web-lb"));
    QCOMPARE(pool.value(QLatin1String("instances")).toArray(),
        (QJsonArray { stored(QStringLiteral("zones/asia-northeast3-a/instances/vm-1")).value(QLatin1String("selfLink")),
            stored(QStringLiteral("zones/asia-northeast3-a/instances/vm-2")).value(QLatin1String("selfLink")) }));
    QCOMPARE(pool.value(QLatin1String("healthChecks")).toArray().size(), 1);
    const QJsonObject check = stored(kChecks + QStringLiteral("/web-lb"));
    QCOMPARE(check.value(QLatin1String("port")).toInt(), 8081);
    QCOMPARE(check.value(QLatin1String("unhealthyThreshold")).toInt(), 3);

    // A retry of the same job: the same requestIds, nothing new.
    QVERIFY(await(m_gcp->create(nlbRequest(QStringLiteral("web-lb")), context)).ok());
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 3);

    const Result<Resource> got = await(m_gcp->get(ResourceKind::Nlb, QStringLiteral("web-lb")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(*got.value().as<NlbInfo>(), *nlb);
    const Result<ResourcePage> listed = await(m_gcp->list(ResourceKind::Nlb, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(*listed.value().items.first().as<NlbInfo>(), *nlb);

    // Remove: forwarding rule, then target pool, then health check; nothing left.
    srv.clearRequests();
    const Result<Done> removed
        = await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-lb"), QStringLiteral("web-lb") }, {}));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 0);
    QCOMPARE(deletedCollections(srv),
        (QStringList {
            QStringLiteral("forwardingRules"), QStringLiteral("targetPools"), QStringLiteral("httpHealthChecks") }));
    const Result<Resource> gone = await(m_gcp->get(ResourceKind::Nlb, QStringLiteral("web-lb")));
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    const Result<Done> again = await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-lb"), QString() }, {}));
    QCOMPARE(again.error().kind, CloudError::Kind::NotFound);
}

void TestGcpProviderNlb::tcpHealthAndForeignBalancers()
{
    GcpTestServer& srv = *m_fixture.server;
    NlbInfo tcp = nlbRequest(QStringLiteral("tcp-lb"));
    tcp.healthProtocol = QStringLiteral("TCP");
    tcp.healthPort = 8080;
    tcp.vms = { { QStringLiteral("vm-1"), QString() } };
    const Result<Resource> made = await(m_gcp->create(tcp, MutationContext { QStringLiteral("tok-tcp"), {} }));
    QVERIFY2(made.ok(), why(made));
    QCOMPARE(parts(kChecks), 0); // a target pool cannot probe TCP: no health check at all
    QVERIFY(stored(kPools + QStringLiteral("/tcp-lb")).value(QLatin1String("healthChecks")).toArray().isEmpty());
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QCOMPARE(nlb->healthProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->healthPort, 8080);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->extra.value(QLatin1String("healthCheck")).toString(), QStringLiteral("none"));

    // Someone else's NLB (no description, no labels) and a rule of another kind, made directly.
    const QString base = srv.state().base();
    const QString theirPool = base + path(kPools + QStringLiteral("/their-pool"));
    const QString targetInstance = base + path(QStringLiteral("zones/asia-northeast3-a/targetInstances/ti"));
    const QString vm2
        = stored(QStringLiteral("zones/asia-northeast3-a/instances/vm-2")).value(QLatin1String("selfLink")).toString();
    srv.state().at(path(kPools + QStringLiteral("/their-pool")))
        = QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#targetPool") },
              { QStringLiteral("name"), QStringLiteral("their-pool") },
              { QStringLiteral("instances"), QJsonArray { vm2 } }, { QStringLiteral("selfLink"), theirPool } };
    srv.state().at(path(kRules + QStringLiteral("/their-rule")))
        = QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#forwardingRule") },
              { QStringLiteral("name"), QStringLiteral("their-rule") },
              { QStringLiteral("IPAddress"), QStringLiteral("35.1.2.3") },
              { QStringLiteral("IPProtocol"), QStringLiteral("UDP") },
              { QStringLiteral("portRange"), QStringLiteral("53-53") },
              { QStringLiteral("loadBalancingScheme"), QStringLiteral("EXTERNAL") },
              { QStringLiteral("target"), theirPool } };
    srv.state().at(path(kRules + QStringLiteral("/other-kind")))
        = QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#forwardingRule") },
              { QStringLiteral("name"), QStringLiteral("other-kind") }, { QStringLiteral("target"), targetInstance } };

    // Paged by one: three rules, two of them NLBs.
    QMap<QString, NlbInfo> seen;
    QString token;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(m_gcp->list(ResourceKind::Nlb, ListRequest { token, 1 }));
        QVERIFY2(page.ok(), why(page));
        for (const Resource& item : page.value().items)
            seen.insert(item.iid().nameId, *item.as<NlbInfo>());
        token = page.value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.keys(), (QStringList { QStringLiteral("tcp-lb"), QStringLiteral("their-rule") }));
    const NlbInfo theirs = seen.value(QStringLiteral("their-rule"));
    QCOMPARE(theirs.listenerIp, QStringLiteral("35.1.2.3"));
    QCOMPARE(theirs.listenerProtocol, QStringLiteral("UDP"));
    QCOMPARE(theirs.listenerPort, 53);
    QCOMPARE(theirs.vms, (QList<Iid> { { QStringLiteral("vm-2"), QStringLiteral("vm-2") } }));
    QCOMPARE(theirs.vpcIid.systemId, QStringLiteral("vpc-one")); // from the VM's network
    QCOMPARE(theirs.healthProtocol, QStringLiteral("TCP"));
    QCOMPARE(theirs.healthPort, 53);
    const Result<Resource> notAnNlb = await(m_gcp->get(ResourceKind::Nlb, QStringLiteral("other-kind")));
    QCOMPARE(notAnNlb.error().kind, CloudError::Kind::NotFound);

    // Theirs can be removed too (its pool named by the rule, not by our naming).
    QVERIFY(await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("their-rule"), QString() }, {})).ok());
    QVERIFY(!srv.state().has(path(kPools + QStringLiteral("/their-pool"))));
    QVERIFY(await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("tcp-lb"), QString() }, {})).ok());
    QCOMPARE(parts(kPools), 0);
    QCOMPARE(parts(kRules), 1); // only the other kind's rule
}

void TestGcpProviderNlb::laterStepFailureRollsBack()
{
    GcpTestServer& srv = *m_fixture.server;
    const MutationContext context { QStringLiteral("tok-fail"), {} };
    // The forwarding rule (the last step) is refused: the pool and the check are deleted again.
    srv.failNext(QStringLiteral("POST /compute/v1/projects/barista-test/regions/asia-northeast3/forwardingRules"),
        GcpApiError { 403, QStringLiteral("quotaExceeded"),
            QStringLiteral("Quota 'FORWARDING_RULES' exceeded.  Limit: 15.0 in region asia-northeast3.") });
    const Result<Resource> failed = await(m_gcp->create(nlbRequest(QStringLiteral("web-lb")), context));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().providerCode, QStringLiteral("quotaExceeded"));
    QCOMPARE(failed.error().message,
        QStringLiteral("Quota 'FORWARDING_RULES' exceeded.  Limit: 15.0 in region asia-northeast3."));
    QCOMPARE(failed.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(srv.requestCount(QStringLiteral("POST /compute/v1/projects/barista-test/global/httpHealthChecks")), 1);
    QCOMPARE(
        srv.requestCount(QStringLiteral("POST /compute/v1/projects/barista-test/regions/asia-northeast3/targetPools")),
        1);
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 0);

    // The job queue's retry (same token, so the same requestIds the rolled-back parts used): made.
    const Result<Resource> retried = await(m_gcp->create(nlbRequest(QStringLiteral("web-lb")), context));
    QVERIFY2(retried.ok(), why(retried));
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 3);
    QVERIFY(await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-lb"), QString() }, {})).ok());

    // The target pool (the middle step) refused: the health check is deleted again.
    srv.failNext(QStringLiteral("POST /compute/v1/projects/barista-test/regions/asia-northeast3/targetPools"),
        GcpApiError { 503, QStringLiteral("backendError"), QStringLiteral("Internal error. Please try again.") });
    const Result<Resource> middle
        = await(m_gcp->create(nlbRequest(QStringLiteral("web-lb2")), MutationContext { QStringLiteral("tok-2"), {} }));
    QCOMPARE(middle.error().kind, CloudError::Kind::Transient);
    QCOMPARE(middle.error().providerCode, QStringLiteral("backendError"));
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 0);
    QCOMPARE(
        srv.requestCount(QStringLiteral("DELETE /compute/v1/projects/barista-test/global/httpHealthChecks/web-lb2")),
        1);

    // An Operation ending in error (TCP health: the pool's insert is the first Operation): its
    // error as the Operation carried it, nothing left.
    srv.state().failNextOperation(QStringLiteral("insert"), QStringLiteral("RESOURCE_NOT_READY"),
        QStringLiteral("The resource 'projects/barista-test/zones/asia-northeast3-a/instances/vm-1' is not ready"),
        400);
    NlbInfo tcp = nlbRequest(QStringLiteral("tcp-lb"));
    tcp.healthProtocol = QStringLiteral("TCP");
    const Result<Resource> opFailed = await(m_gcp->create(tcp, MutationContext { QStringLiteral("tok-3"), {} }));
    QCOMPARE(opFailed.error().providerCode, QStringLiteral("RESOURCE_NOT_READY"));
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 0);
}

void TestGcpProviderNlb::refusedRequests()
{
    GcpTestServer& srv = *m_fixture.server;
    const int before = srv.requestCount();
    // INTERNAL is made (TestGcpProviderNlbInternal); a type that is neither is refused.
    NlbInfo unknownType = nlbRequest(QStringLiteral("odd-lb"));
    unknownType.type = QStringLiteral("PRIVATE");
    const Result<Resource> refused = await(m_gcp->create(unknownType, {}));
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(refused.error().message.contains(QStringLiteral("PRIVATE")));
    NlbInfo ports = nlbRequest(QStringLiteral("port-lb"));
    ports.vmGroupPort = 80;
    QCOMPARE(await(m_gcp->create(ports, {})).error().kind, CloudError::Kind::InvalidRequest);
    NlbInfo outOfRange = nlbRequest(QStringLiteral("range-lb"));
    outOfRange.listenerPort = outOfRange.vmGroupPort = 70000;
    QCOMPARE(await(m_gcp->create(outOfRange, {})).error().kind, CloudError::Kind::InvalidRequest);
    NlbInfo noVpc = nlbRequest(QStringLiteral("novpc-lb"));
    noVpc.vpcIid = {};
    QCOMPARE(await(m_gcp->create(noVpc, {})).error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(srv.requestCount(), before); // none of them reached the cloud

    // A VM that does not exist: Google's notFound verbatim; a VM of another VPC: refused.
    NlbInfo missing = nlbRequest(QStringLiteral("miss-lb"));
    missing.vms.append({ QStringLiteral("no-such-vm"), QString() });
    const Result<Resource> notFound = await(m_gcp->create(missing, {}));
    QCOMPARE(notFound.error().providerCode, QStringLiteral("notFound"));
    QCOMPARE(notFound.error().message,
        QStringLiteral(
            "The resource 'projects/barista-test/zones/asia-northeast3-a/instances/no-such-vm' was not found"));
    QVERIFY(makeVpc(QStringLiteral("vpc-two"), QStringLiteral("10.20")));
    QVERIFY(makeVm(QStringLiteral("vm-9"), QStringLiteral("vpc-two")));
    NlbInfo mixed = nlbRequest(QStringLiteral("mixed-lb"));
    mixed.vms.append({ QStringLiteral("vm-9"), QString() });
    const Result<Resource> wrongVpc = await(m_gcp->create(mixed, {}));
    QCOMPARE(wrongVpc.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY(wrongVpc.error().message.contains(QStringLiteral("vm-9")));
    QCOMPARE(parts(kRules) + parts(kPools) + parts(kChecks), 0);
}

QTEST_GUILESS_MAIN(TestGcpProviderNlb)
#include "TestGcpProviderNlb.moc"
