// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's NLBs over ELBv2 against the in-process test server (which serves ELBv2 on the
// same base URL, checking the signature for the service "elasticloadbalancing"): create with two
// VMs (target group, targets, network load balancer, listener, all tagged), get/list with every
// part, the token retry, removal of every part, roll-back when a later step fails, ELBv2's
// errors verbatim, and Marker paging.

#include "tests/providers/AwsTestSupport.h"

#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

class TestAwsProviderNlb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createGetListRemove();
    void failedListenerRollsBack();
    void failedRegistrationRollsBack();
    void errorsAndPaging();

private:
    VmInfo runningVm(const QString& name);
    NlbInfo request(const QString& name, const QList<Iid>& vms) const;
    Elbv2RegionState& elb() { return m_server->elb(region()); }

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<AwsProvider> m_aws;
    QString m_vpcId;
};

void TestAwsProviderNlb::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_aws = provider(*m_server);
    // The region's default VPC (the one a VM without a subnet lands in).
    for (const Ec2Vpc& vpc : m_server->state().region(region()).vpcs) {
        if (vpc.isDefault)
            m_vpcId = vpc.id;
    }
    QVERIFY(!m_vpcId.isEmpty());
}

void TestAwsProviderNlb::cleanup()
{
    m_aws.reset();
    m_server.reset();
}

VmInfo TestAwsProviderNlb::runningVm(const QString& name)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("al2023-ami-2023.4.20240319.1-kernel-6.1-x86_64");
    vm.specName = QStringLiteral("t3.micro");
    const Result<Resource> made = await(m_aws->create(vm, MutationContext { QStringLiteral("tok-") + name, {} }));
    if (!made.ok())
        return VmInfo();
    const Result<Resource> running = getUntil(*m_aws, ResourceKind::Vm, name, QStringLiteral("Running"));
    return running.ok() ? *running.value().as<VmInfo>() : VmInfo();
}

NlbInfo TestAwsProviderNlb::request(const QString& name, const QList<Iid>& vms) const
{
    NlbInfo nlb;
    nlb.iid.nameId = name;
    nlb.vpcIid = { QString(), m_vpcId };
    nlb.type = QStringLiteral("PUBLIC");
    nlb.listenerPort = 80;
    nlb.vmGroupPort = 8080;
    nlb.vms = vms;
    nlb.healthPort = 8080;
    nlb.healthInterval = 10;
    nlb.healthTimeout = 5;
    nlb.healthThreshold = 3;
    nlb.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    return nlb;
}

void TestAwsProviderNlb::createGetListRemove()
{
    const VmInfo a = runningVm(QStringLiteral("vm-a"));
    const VmInfo b = runningVm(QStringLiteral("vm-b"));
    QVERIFY(!a.iid.systemId.isEmpty() && !b.iid.systemId.isEmpty());
    QCOMPARE(a.vpcIid.systemId, m_vpcId);
    QVERIFY(m_aws->capabilities().supports(ResourceKind::Nlb, Operation::Create));

    // One VM by name, one by id: the adapter resolves both.
    const NlbInfo wanted
        = request(QStringLiteral("nlb-one"), { { QStringLiteral("vm-a"), QString() }, { QString(), b.iid.systemId } });
    const MutationContext context { QStringLiteral("tok-nlb-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("journal-9") } } };
    const Result<Resource> made = await(m_aws->create(wanted, context));
    QVERIFY2(made.ok(), why(made));
    const NlbInfo* nlb = made.value().as<NlbInfo>();
    QVERIFY(nlb);
    const QString arn = nlb->iid.systemId;
    QVERIFY(arn.startsWith(
        QStringLiteral("arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:loadbalancer/net/nlb-one/")));
    QCOMPARE(nlb->iid.nameId, QStringLiteral("nlb-one"));
    QCOMPARE(nlb->vpcIid.systemId, m_vpcId);
    QCOMPARE(nlb->type, QStringLiteral("PUBLIC"));
    QCOMPARE(nlb->listenerProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->listenerPort, 80);
    QCOMPARE(nlb->vmGroupProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->vmGroupPort, 8080);
    QCOMPARE(nlb->healthProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->healthPort, 8080);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->healthTimeout, 5);
    QCOMPARE(nlb->healthThreshold, 3);
    QCOMPARE(nlb->vms.size(), 2);
    QVERIFY(nlb->vms.contains(Iid { QStringLiteral("vm-a"), a.iid.systemId }));
    QVERIFY(nlb->vms.contains(Iid { QStringLiteral("vm-b"), b.iid.systemId }));
    QVERIFY(nlb->listenerDnsName.startsWith(QStringLiteral("nlb-one-")));
    QVERIFY(nlb->listenerDnsName.endsWith(QStringLiteral(".elb.ap-northeast-2.amazonaws.com")));
    QVERIFY(!nlb->listenerIp.isEmpty());
    QCOMPARE(nlb->tags.value(QStringLiteral("env")), QStringLiteral("test"));
    QCOMPARE(nlb->tags.value(QStringLiteral("barista-token")), QStringLiteral("journal-9"));
    QCOMPARE(nlb->extra.value(QLatin1String("clientToken")).toString(), QStringLiteral("tok-nlb-1"));

    // What ELBv2 holds: one of each part, tagged, both instances registered on the group's port.
    QCOMPARE(elb().loadBalancers.size(), 1);
    QCOMPARE(elb().targetGroups.size(), 1);
    QCOMPARE(elb().listeners.size(), 1);
    const Elbv2LoadBalancer lb = elb().loadBalancers.first();
    const Elbv2TargetGroup group = elb().targetGroups.first();
    QCOMPARE(lb.type, QStringLiteral("network"));
    QCOMPARE(lb.scheme, QStringLiteral("internet-facing"));
    QCOMPARE(Ec2State::tagValue(lb.tags, QStringLiteral("barista-token")), QStringLiteral("journal-9"));
    QCOMPARE(Ec2State::tagValue(group.tags, QStringLiteral("barista-token")), QStringLiteral("journal-9"));
    QCOMPARE(Ec2State::tagValue(group.tags, QStringLiteral("Name")), QStringLiteral("nlb-one"));
    QCOMPARE(group.targets.size(), 2);
    QCOMPARE(group.targets.first().port, 8080);
    QCOMPARE(elb().listeners.first().targetGroupArn, group.arn);

    // Get by name and list: the same NLB, its targets healthy once a listener forwards to them.
    const Result<Resource> got = await(m_aws->get(ResourceKind::Nlb, QStringLiteral("nlb-one")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(got.value().iid().systemId, arn);
    QCOMPARE(got.value()
                 .as<NlbInfo>()
                 ->extra.value(QLatin1String("targetHealth"))
                 .toObject()
                 .value(a.iid.systemId)
                 .toString(),
        QStringLiteral("healthy"));
    const Result<ResourcePage> listed = await(m_aws->list(ResourceKind::Nlb, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<NlbInfo>()->vms.size(), 2);
    QCOMPARE(listed.value().items.first().as<NlbInfo>()->tags.value(QStringLiteral("env")), QStringLiteral("test"));

    // The same token again: ELBv2's idempotent Create actions answer the same parts.
    const Result<Resource> again = await(m_aws->create(wanted, context));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again.value().iid().systemId, arn);
    QCOMPARE(elb().loadBalancers.size(), 1);
    QCOMPARE(elb().targetGroups.size(), 1);
    QCOMPARE(elb().listeners.size(), 1);

    // Remove: every part gone, then ELBv2's own not-found.
    const Result<Done> gone = await(m_aws->remove(ResourceKind::Nlb, Iid { QStringLiteral("nlb-one"), QString() }, {}));
    QVERIFY2(gone.ok(), why(gone));
    QVERIFY(elb().loadBalancers.isEmpty());
    QVERIFY(elb().targetGroups.isEmpty());
    QVERIFY(elb().listeners.isEmpty());
    const Result<Resource> none = await(m_aws->get(ResourceKind::Nlb, QStringLiteral("nlb-one")));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(none.error().providerCode, QStringLiteral("LoadBalancerNotFound"));
    QCOMPARE(none.error().message, QStringLiteral("Load balancers '[nlb-one]' not found"));
}

void TestAwsProviderNlb::failedListenerRollsBack()
{
    const VmInfo a = runningVm(QStringLiteral("vm-a"));
    QVERIFY(!a.iid.systemId.isEmpty());
    m_server->faults().failNext(QStringLiteral("CreateListener"),
        Ec2Error::client(QStringLiteral("TooManyListeners"),
            QStringLiteral("You've reached the limit on the number of listeners per load balancer")));
    const Result<Resource> made = await(m_aws->create(
        request(QStringLiteral("nlb-two"), { a.iid }), MutationContext { QStringLiteral("tok-nlb-2"), {} }));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(made.error().providerCode, QStringLiteral("TooManyListeners"));
    QCOMPARE(
        made.error().message, QStringLiteral("You've reached the limit on the number of listeners per load balancer"));
    // The load balancer and the target group the earlier steps made are gone from ELBv2.
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateLoadBalancer")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateTargetGroup")), 1);
    QVERIFY(elb().loadBalancers.isEmpty());
    QVERIFY(elb().targetGroups.isEmpty());
    QVERIFY(elb().listeners.isEmpty());
}

void TestAwsProviderNlb::failedRegistrationRollsBack()
{
    const VmInfo a = runningVm(QStringLiteral("vm-a"));
    QVERIFY(!a.iid.systemId.isEmpty());
    m_server->faults().failNext(QStringLiteral("RegisterTargets"),
        Ec2Error::client(QStringLiteral("InvalidTarget"),
            QStringLiteral("The following targets are not valid instances: '%1'").arg(a.iid.systemId)));
    const Result<Resource> made = await(m_aws->create(
        request(QStringLiteral("nlb-three"), { a.iid }), MutationContext { QStringLiteral("tok-nlb-3"), {} }));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(made.error().providerCode, QStringLiteral("InvalidTarget"));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateTargetGroup")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateLoadBalancer")), 0);
    QVERIFY(elb().targetGroups.isEmpty());
    QVERIFY(elb().loadBalancers.isEmpty());
}

void TestAwsProviderNlb::errorsAndPaging()
{
    // No VPC, or a VM outside the VPC: refused before any ELBv2 call (the simulator's rules).
    NlbInfo noVpc = request(QStringLiteral("nlb-novpc"), {});
    noVpc.vpcIid = Iid();
    const Result<Resource> refused = await(m_aws->create(noVpc, {}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    NlbInfo badPort = request(QStringLiteral("nlb-port"), {});
    badPort.listenerPort = 70000;
    QCOMPARE(await(m_aws->create(badPort, {})).error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateTargetGroup")), 0);

    // Three NLBs without VMs (one subnet per zone of the VPC), then pages of two.
    for (int i = 1; i <= 3; ++i) {
        const Result<Resource> made = await(m_aws->create(
            request(QStringLiteral("nlb-p%1").arg(i), {}), MutationContext { QStringLiteral("tok-p%1").arg(i), {} }));
        QVERIFY2(made.ok(), why(made));
        QVERIFY(made.value().as<NlbInfo>()->vms.isEmpty());
    }
    QCOMPARE(elb().loadBalancers.first().subnets.size(), 4); // ap-northeast-2 has four zones
    const Result<ResourcePage> first = await(m_aws->list(ResourceKind::Nlb, ListRequest { QString(), 2 }));
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value().items.size(), 2);
    QVERIFY(!first.value().nextPageToken.isEmpty());
    const Result<ResourcePage> second
        = await(m_aws->list(ResourceKind::Nlb, ListRequest { first.value().nextPageToken, 2 }));
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(second.value().items.size(), 1);
    QVERIFY(second.value().nextPageToken.isEmpty());
    QCOMPARE(second.value().items.first().iid().nameId, QStringLiteral("nlb-p3"));

    // The same name with other settings: ELBv2's DuplicateTargetGroupName, verbatim, and nothing new.
    NlbInfo clash = request(QStringLiteral("nlb-p1"), {});
    clash.vmGroupPort = 9090;
    const Result<Resource> duplicate = await(m_aws->create(clash, MutationContext { QStringLiteral("tok-other"), {} }));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(duplicate.error().providerCode, QStringLiteral("DuplicateTargetGroupName"));
    QCOMPARE(duplicate.error().message,
        QStringLiteral("A target group with the same name 'nlb-p1' exists, but with different settings"));
    QCOMPARE(elb().targetGroups.size(), 3);

    // Throttling comes back as ELBv2's Throttling error (the job queue retries it).
    m_server->faults().failNext(QStringLiteral("DescribeLoadBalancers"),
        Ec2Error::client(QStringLiteral("Throttling"), QStringLiteral("Rate exceeded")));
    const Result<ResourcePage> throttled = await(m_aws->list(ResourceKind::Nlb, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("Throttling"));

    // Removing one that is gone is ELBv2's not-found; the others go cleanly.
    for (int i = 1; i <= 3; ++i)
        QVERIFY(await(m_aws->remove(ResourceKind::Nlb, Iid { QStringLiteral("nlb-p%1").arg(i), QString() }, {})).ok());
    QVERIFY(elb().loadBalancers.isEmpty());
    QVERIFY(elb().targetGroups.isEmpty());
    const Result<Done> again = await(m_aws->remove(ResourceKind::Nlb, Iid { QStringLiteral("nlb-p1"), QString() }, {}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().providerCode, QStringLiteral("LoadBalancerNotFound"));
}

QTEST_GUILESS_MAIN(TestAwsProviderNlb)
#include "TestAwsProviderNlb.moc"
