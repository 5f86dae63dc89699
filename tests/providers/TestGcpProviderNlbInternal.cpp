// SPDX-License-Identifier: GPL-3.0-or-later
// NLB type INTERNAL on the GCP adapter = regional health check + unmanaged instance group +
// INTERNAL regional backend service + internal forwarding rule, against the in-process GCP test
// server: made for two VMs (every part as the server holds it: the group's members, the backend
// service's health check and group, the rule's subnetwork, ports and labels; the address from
// the subnet), read back and listed beside a PUBLIC one; a retry sends the same requestIds; a
// failure in a later step leaves no earlier part (the server's state says so) and the job's
// retry then succeeds; remove deletes rule -> backend service -> health check -> group; and the
// server's own validation of these parts, with Google's error body.

#include "tests/providers/GcpTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

const QString kRules = QStringLiteral("regions/asia-northeast3/forwardingRules");
const QString kServices = QStringLiteral("regions/asia-northeast3/backendServices");
const QString kChecks = QStringLiteral("regions/asia-northeast3/healthChecks");
const QString kGroups = QStringLiteral("zones/asia-northeast3-a/instanceGroups");
const QString kCompute = QStringLiteral("POST /compute/v1/projects/barista-test/");

} // namespace

class TestGcpProviderNlbInternal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lifecycle();
    void laterStepFailureRollsBack();
    void serverValidatesParts();

private:
    NlbInfo request(const QString& name) const;
    int parts() const
    {
        int n = 0;
        for (const QString& c : { kRules, kServices, kChecks, kGroups })
            n += int(m_fixture.server->state().children(path(c)).size());
        return n;
    }
    QJsonObject stored(const QString& rest) const { return m_fixture.server->state().resources().value(path(rest)); }
    QString url(const QString& rest) const { return m_fixture.server->state().url(path(rest)); }
    // A raw call on the server with a token it issued to the adapter.
    QJsonObject call(const QByteArray& method, const QString& rest, const QJsonObject& body, int* status);

    Fixture m_fixture;
    std::unique_ptr<GcpProvider> m_gcp;
};

void TestGcpProviderNlbInternal::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
    m_gcp = provider(*m_fixture.server, m_fixture.account);
    const VpcInfo vpc = vpcRequest(QStringLiteral("vpc-one"), QStringLiteral("vpc-one-a"));
    QVERIFY(await(m_gcp->create(vpc, MutationContext { QStringLiteral("tok-vpc"), {} })).ok());
    for (const QString& vm : { QStringLiteral("vm-1"), QStringLiteral("vm-2") })
        QVERIFY(createVm(*m_gcp, vm, QStringLiteral("vpc-one"), QStringLiteral("vpc-one-a")).ok());
}

void TestGcpProviderNlbInternal::cleanup()
{
    m_gcp.reset();
    m_fixture = {};
}

NlbInfo TestGcpProviderNlbInternal::request(const QString& name) const
{
    NlbInfo nlb = nlbRequest(name);
    nlb.type = QStringLiteral("INTERNAL");
    return nlb;
}

QJsonObject TestGcpProviderNlbInternal::call(
    const QByteArray& method, const QString& rest, const QJsonObject& body, int* status)
{
    GcpTestServer& srv = *m_fixture.server;
    const QByteArray bearer = srv.issuedTokens().value(0).toUtf8();
    const GcpReply reply = srv.handle(method, srv.endpoint().resolved(QUrl(QStringLiteral("compute/v1/") + path(rest))),
        { { "Authorization", "Bearer " + bearer }, { "Content-Type", "application/json" } },
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    *status = reply.httpStatus;
    return QJsonDocument::fromJson(reply.body).object();
}

void TestGcpProviderNlbInternal::lifecycle()
{
    GcpTestServer& srv = *m_fixture.server;
    const MutationContext context { QStringLiteral("tok-ilb-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("tok-ilb-1") } } };
    const Result<Resource> made = await(m_gcp->create(request(QStringLiteral("web-ilb")), context));
    QVERIFY2(made.ok(), why(made));
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QVERIFY(nlb);
    QCOMPARE(nlb->type, QStringLiteral("INTERNAL"));
    QCOMPARE(nlb->vpcIid.systemId, QStringLiteral("vpc-one"));
    QCOMPARE(nlb->listenerProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->listenerPort, 8080);
    QCOMPARE(nlb->vmGroupProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->vmGroupPort, 8080);
    QCOMPARE(nlb->vms,
        (QList<Iid> {
            { QStringLiteral("vm-1"), QStringLiteral("vm-1") }, { QStringLiteral("vm-2"), QStringLiteral("vm-2") } }));
    QCOMPARE(nlb->healthProtocol, QStringLiteral("HTTP"));
    QCOMPARE(nlb->healthPort, 8081);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->healthTimeout, 5);
    QCOMPARE(nlb->healthThreshold, 3);
    QCOMPARE(nlb->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-ilb-1"));
    QCOMPARE(nlb->tags.value(QStringLiteral("team")), QStringLiteral("web"));
    QVERIFY2(nlb->listenerIp.startsWith(QStringLiteral("10.10.1.")), qPrintable(nlb->listenerIp));
    QVERIFY(nlb->listenerDnsName.isEmpty());

    // The four parts as the server holds them.
    const QJsonObject rule = stored(kRules + QStringLiteral("/web-ilb"));
    QCOMPARE(rule.value(QLatin1String("IPAddress")).toString(), nlb->listenerIp);
    QCOMPARE(rule.value(QLatin1String("loadBalancingScheme")).toString(), QStringLiteral("INTERNAL"));
    QCOMPARE(rule.value(QLatin1String("ports")).toArray(), (QJsonArray { QStringLiteral("8080") }));
    QVERIFY(!rule.contains(QLatin1String("portRange")));
    QVERIFY(!rule.contains(QLatin1String("target")));
    QCOMPARE(rule.value(QLatin1String("subnetwork")).toString(),
        url(QStringLiteral("regions/asia-northeast3/subnetworks/vpc-one-a")));
    QCOMPARE(rule.value(QLatin1String("network")).toString(), url(QStringLiteral("global/networks/vpc-one")));
    QCOMPARE(rule.value(QLatin1String("backendService")).toString(), url(kServices + QStringLiteral("/web-ilb")));
    QCOMPARE(rule.value(QLatin1String("labels")).toObject().value(QLatin1String("barista-token")).toString(),
        QStringLiteral("tok-ilb-1"));
    const QJsonObject service = stored(kServices + QStringLiteral("/web-ilb"));
    QCOMPARE(service.value(QLatin1String("loadBalancingScheme")).toString(), QStringLiteral("INTERNAL"));
    QCOMPARE(service.value(QLatin1String("protocol")).toString(), QStringLiteral("TCP"));
    QCOMPARE(service.value(QLatin1String("healthChecks")).toArray(),
        (QJsonArray { url(kChecks + QStringLiteral("/web-ilb")) }));
    const QJsonArray backends = service.value(QLatin1String("backends")).toArray();
    QCOMPARE(backends.size(), 1);
    QCOMPARE(backends.first().toObject().value(QLatin1String("group")).toString(),
        url(kGroups + QStringLiteral("/web-ilb")));
    QCOMPARE(
        backends.first().toObject().value(QLatin1String("balancingMode")).toString(), QStringLiteral("CONNECTION"));
    const QJsonObject check = stored(kChecks + QStringLiteral("/web-ilb"));
    QCOMPARE(check.value(QLatin1String("type")).toString(), QStringLiteral("HTTP"));
    QCOMPARE(check.value(QLatin1String("httpHealthCheck")).toObject().value(QLatin1String("port")).toInt(), 8081);
    QCOMPARE(check.value(QLatin1String("unhealthyThreshold")).toInt(), 3);
    QCOMPARE(check.value(QLatin1String("checkIntervalSec")).toInt(), 10);
    QCOMPARE(srv.state().members(path(kGroups + QStringLiteral("/web-ilb"))),
        (QStringList { url(QStringLiteral("zones/asia-northeast3-a/instances/vm-1")),
            url(QStringLiteral("zones/asia-northeast3-a/instances/vm-2")) }));
    QCOMPARE(stored(kGroups + QStringLiteral("/web-ilb")).value(QLatin1String("size")).toInt(), 2);

    // A retry of the same job: the same requestIds, nothing new.
    const int inserts = srv.requestCount(kCompute);
    QVERIFY(await(m_gcp->create(request(QStringLiteral("web-ilb")), context)).ok());
    QCOMPARE(parts(), 4);
    QCOMPARE(srv.state().members(path(kGroups + QStringLiteral("/web-ilb"))).size(), 2);
    QVERIFY(srv.requestCount(kCompute) > inserts);

    // get and list map it; list also maps a PUBLIC (target pool) one beside it.
    const Result<Resource> got = await(m_gcp->get(ResourceKind::Nlb, QStringLiteral("web-ilb")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(*got.value().as<NlbInfo>(), *nlb);
    NlbInfo pub = request(QStringLiteral("pub-lb"));
    pub.type = QStringLiteral("PUBLIC");
    pub.vms = { { QStringLiteral("vm-1"), QString() } };
    QVERIFY(await(m_gcp->create(pub, MutationContext { QStringLiteral("tok-pub"), {} })).ok());
    const Result<ResourcePage> listed = await(m_gcp->list(ResourceKind::Nlb, {}));
    QVERIFY2(listed.ok(), why(listed));
    QMap<QString, NlbInfo> seen;
    for (const Resource& item : listed.value().items)
        seen.insert(item.iid().nameId, *item.as<NlbInfo>());
    QCOMPARE(seen.keys(), (QStringList { QStringLiteral("pub-lb"), QStringLiteral("web-ilb") }));
    QCOMPARE(seen.value(QStringLiteral("web-ilb")), *nlb);
    QCOMPARE(seen.value(QStringLiteral("pub-lb")).type, QStringLiteral("PUBLIC"));

    // Remove: rule, backend service, health check, group; the PUBLIC one stays.
    srv.clearRequests();
    const Result<Done> removed
        = await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-ilb"), QStringLiteral("web-ilb") }, {}));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(parts(), 1); // pub-lb's forwarding rule
    QVERIFY(srv.state().has(path(kRules + QStringLiteral("/pub-lb"))));
    QCOMPARE(deletedCollections(srv),
        (QStringList { QStringLiteral("forwardingRules"), QStringLiteral("backendServices"),
            QStringLiteral("healthChecks"), QStringLiteral("instanceGroups") }));
    QCOMPARE(await(m_gcp->get(ResourceKind::Nlb, QStringLiteral("web-ilb"))).error().kind, CloudError::Kind::NotFound);
    const Result<Done> again = await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-ilb"), QString() }, {}));
    QCOMPARE(again.error().kind, CloudError::Kind::NotFound);
}

void TestGcpProviderNlbInternal::laterStepFailureRollsBack()
{
    GcpTestServer& srv = *m_fixture.server;
    const MutationContext context { QStringLiteral("tok-fail"), {} };
    // The forwarding rule (the last step) is refused: backend service, check and group go again.
    srv.failNext(kCompute + kRules,
        GcpApiError { 403, QStringLiteral("quotaExceeded"),
            QStringLiteral("Quota 'INTERNAL_FORWARDING_RULES_PER_NETWORK' exceeded.  Limit: 500.0 globally.") });
    const Result<Resource> failed = await(m_gcp->create(request(QStringLiteral("web-ilb")), context));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(failed.error().providerCode, QStringLiteral("quotaExceeded"));
    QCOMPARE(failed.error().message,
        QStringLiteral("Quota 'INTERNAL_FORWARDING_RULES_PER_NETWORK' exceeded.  Limit: 500.0 globally."));
    QCOMPARE(srv.requestCount(kCompute + kServices), 1);
    QCOMPARE(srv.requestCount(kCompute + kGroups + QStringLiteral("/web-ilb/addInstances")), 1);
    QCOMPARE(parts(), 0);

    // The job queue's retry (same token: the requestIds the rolled-back parts used): made, the
    // group refilled although its addInstances requestId was spent.
    const Result<Resource> retried = await(m_gcp->create(request(QStringLiteral("web-ilb")), context));
    QVERIFY2(retried.ok(), why(retried));
    QCOMPARE(parts(), 4);
    QCOMPARE(srv.state().members(path(kGroups + QStringLiteral("/web-ilb"))).size(), 2);
    QCOMPARE(retried.value().as<NlbInfo>()->vms.size(), 2);
    QVERIFY(await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("web-ilb"), QString() }, {})).ok());
    QCOMPARE(parts(), 0);

    // The backend service refused: the group and the health check are deleted again.
    srv.failNext(kCompute + kServices,
        GcpApiError { 503, QStringLiteral("backendError"), QStringLiteral("Internal error. Please try again.") });
    const Result<Resource> middle
        = await(m_gcp->create(request(QStringLiteral("web-ilb2")), MutationContext { QStringLiteral("tok-2"), {} }));
    QCOMPARE(middle.error().kind, CloudError::Kind::Transient);
    QCOMPARE(middle.error().providerCode, QStringLiteral("backendError"));
    QCOMPARE(parts(), 0);

    // addInstances' Operation ending in error: its error as the Operation carried it, nothing left.
    srv.state().failNextOperation(QStringLiteral("addInstances"), QStringLiteral("RESOURCE_NOT_READY"),
        QStringLiteral("The resource 'projects/barista-test/zones/asia-northeast3-a/instances/vm-1' is not ready"),
        400);
    const Result<Resource> opFailed
        = await(m_gcp->create(request(QStringLiteral("web-ilb3")), MutationContext { QStringLiteral("tok-3"), {} }));
    QCOMPARE(opFailed.error().providerCode, QStringLiteral("RESOURCE_NOT_READY"));
    QCOMPARE(parts(), 0);

    // A half-made NLB (its rule never made): remove finds its marked parts by name.
    QVERIFY(await(m_gcp->create(request(QStringLiteral("half")), MutationContext { QStringLiteral("tok-4"), {} })).ok());
    srv.state().resources().remove(path(kRules + QStringLiteral("/half")));
    QCOMPARE(parts(), 3);
    QVERIFY(await(m_gcp->remove(ResourceKind::Nlb, { QStringLiteral("half"), QString() }, {})).ok());
    QCOMPARE(parts(), 0);
}

void TestGcpProviderNlbInternal::serverValidatesParts()
{
    const auto reasonOf = [](const QJsonObject& reply) {
        const QJsonObject error = reply.value(QLatin1String("error")).toObject();
        const QJsonObject first = error.value(QLatin1String("errors")).toArray().first().toObject();
        // Google's body: code and message, and the same message under errors[0] with its reason.
        if (error.value(QLatin1String("message")) != first.value(QLatin1String("message"))
            || first.value(QLatin1String("domain")).toString() != QLatin1String("global"))
            return QStringLiteral("malformed");
        return first.value(QLatin1String("reason")).toString();
    };
    int status = 0;
    const QString services = kServices;
    const QJsonObject check { { QStringLiteral("name"), QStringLiteral("hc-1") },
        { QStringLiteral("type"), QStringLiteral("TCP") },
        { QStringLiteral("tcpHealthCheck"), QJsonObject { { QStringLiteral("port"), 80 } } } };
    call("POST", kChecks, check, &status);
    QCOMPARE(status, 200);

    QJsonObject service { { QStringLiteral("name"), QStringLiteral("bs-1") },
        { QStringLiteral("loadBalancingScheme"), QStringLiteral("INTERNAL") },
        { QStringLiteral("protocol"), QStringLiteral("TCP") } };
    QCOMPARE(reasonOf(call("POST", services, service, &status)), QStringLiteral("invalid")); // no health check
    QCOMPARE(status, 400);
    service.insert(QStringLiteral("healthChecks"), QJsonArray { QStringLiteral("global/httpHealthChecks/legacy") });
    QCOMPARE(reasonOf(call("POST", services, service, &status)), QStringLiteral("invalid")); // legacy check
    service.insert(QStringLiteral("healthChecks"), QJsonArray { path(kChecks + QStringLiteral("/hc-1")) });
    service.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("a"), QStringLiteral("b") } });
    QCOMPARE(reasonOf(call("POST", services, service, &status)), QStringLiteral("invalid")); // no labels field
    service.remove(QStringLiteral("labels"));
    call("POST", services, service, &status);
    QCOMPARE(status, 200);

    QJsonObject rule { { QStringLiteral("name"), QStringLiteral("fr-1") },
        { QStringLiteral("loadBalancingScheme"), QStringLiteral("INTERNAL") },
        { QStringLiteral("backendService"), path(kServices + QStringLiteral("/bs-1")) },
        { QStringLiteral("ports"), QJsonArray { QStringLiteral("80") } } };
    QCOMPARE(reasonOf(call("POST", kRules, rule, &status)), QStringLiteral("required")); // no subnetwork
    rule.insert(QStringLiteral("subnetwork"), QStringLiteral("regions/asia-northeast3/subnetworks/vpc-one-a"));
    rule.insert(QStringLiteral("ports"),
        QJsonArray { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5"), QStringLiteral("6") });
    QCOMPARE(reasonOf(call("POST", kRules, rule, &status)), QStringLiteral("invalid")); // more than 5 ports
    rule.insert(QStringLiteral("ports"), QJsonArray { QStringLiteral("80") });
    rule.insert(QStringLiteral("portRange"), QStringLiteral("80-80"));
    QCOMPARE(reasonOf(call("POST", kRules, rule, &status)), QStringLiteral("invalid")); // portRange
    rule.remove(QStringLiteral("portRange"));
    call("POST", QStringLiteral("regions/us-central1/subnetworks"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("sub-us") },
            { QStringLiteral("network"), QStringLiteral("global/networks/vpc-one") },
            { QStringLiteral("ipCidrRange"), QStringLiteral("10.30.0.0/24") } },
        &status);
    QCOMPARE(status, 200);
    rule.insert(QStringLiteral("subnetwork"), QStringLiteral("regions/us-central1/subnetworks/sub-us"));
    QCOMPARE(reasonOf(call("POST", kRules, rule, &status)), QStringLiteral("invalid")); // another region
    rule.insert(QStringLiteral("subnetwork"), QStringLiteral("regions/asia-northeast3/subnetworks/vpc-one-a"));
    rule.insert(QStringLiteral("IPAddress"), QStringLiteral("10.99.1.5"));
    QCOMPARE(reasonOf(call("POST", kRules, rule, &status)), QStringLiteral("invalid")); // not in the subnet
    rule.insert(QStringLiteral("IPAddress"), QStringLiteral("10.10.1.200"));
    call("POST", kRules, rule, &status);
    QCOMPARE(status, 200);
    QCOMPARE(stored(kRules + QStringLiteral("/fr-1")).value(QLatin1String("IPAddress")).toString(),
        QStringLiteral("10.10.1.200"));

    // Parts still referenced stay.
    QCOMPARE(reasonOf(call("DELETE", kChecks + QStringLiteral("/hc-1"), {}, &status)),
        QStringLiteral("resourceInUseByAnotherResource"));
    QCOMPARE(reasonOf(call("DELETE", kServices + QStringLiteral("/bs-1"), {}, &status)),
        QStringLiteral("resourceInUseByAnotherResource"));
    QCOMPARE(status, 400);
}

QTEST_GUILESS_MAIN(TestGcpProviderNlbInternal)
#include "TestGcpProviderNlbInternal.moc"
