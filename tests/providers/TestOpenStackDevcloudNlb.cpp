// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenStack adapter's NLBs on a REAL Octavia (tests/devcloud/start-octavia.sh on top of
// ../shared/devcloud: Octavia 11 API + controller worker with its no-op amphora/compute/network
// drivers, so the VIP is the no-op driver's address): network + subnet, two VMs, an NLB over
// them (load balancer, listener, pool, members, health monitor, each waited to ACTIVE), get /
// list / retried create, a failing last step that must leave nothing behind, remove; everything
// made is deleted again, also on failure.
// Credentials: OS_AUTH_URL & co. from the environment, else /tmp/devcloud/clouds.yaml (cloud
// "devcloud-demo"). Without a reachable cloud with Octavia it skips, unless BARISTA_DEVCLOUD=1
// (CI): then it fails.

#include "providers/BuiltinProviderFactory.h"
#include "providers/openstack/OpenStackProvider.h"
#include "tests/providers/DevcloudClouds.h"
#include "tests/providers/ResultText.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace Barista;
using Barista::Test::why;
using Barista::Test::ScratchDir;

namespace {

constexpr int kSettleMs = 180000;
constexpr int kNlbMs = 600000; // an NLB create is five Octavia steps, each waited to ACTIVE

} // namespace

class TestOpenStackDevcloudNlb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testNetworkAndVms();
    void testRefusedBeforeAnythingIsMade();
    void testFailedStepLeavesNothing();
    void testCreateGetList();
    void testRemove();

private:
    template<typename T>
    Result<T> await(const QFuture<Result<T>>& future, int timeoutMs = 60000);
    bool settle(ResourceKind kind, const QString& id, const std::function<bool(const Resource&)>& done, bool gone = false);
    MutationContext context(const QString& step) const;
    NlbInfo request(const QString& name) const;
    /// The NLBs whose name starts with prefix, as Octavia lists them now.
    QList<Iid> nlbsNamed(const QString& prefix);

    ScratchDir m_workspace;
    std::unique_ptr<BuiltinProviderFactory> m_factory;
    std::shared_ptr<CloudProvider> m_cloud;
    QString m_run; ///< unique prefix of everything this run makes
    Iid m_vpc, m_nlb;
    QList<Iid> m_vms;
};

template<typename T>
Result<T> TestOpenStackDevcloudNlb::await(const QFuture<Result<T>>& future, int timeoutMs)
{
    if (!Test::waitFor(future, timeoutMs))
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer in time"));
    return future.result();
}

MutationContext TestOpenStackDevcloudNlb::context(const QString& step) const
{
    return MutationContext { m_run + QLatin1Char('-') + step,
        { { QStringLiteral("barista-test"), m_run }, { QStringLiteral("barista-step"), step } } };
}

NlbInfo TestOpenStackDevcloudNlb::request(const QString& name) const
{
    NlbInfo nlb;
    nlb.iid.nameId = m_run + QLatin1Char('-') + name;
    nlb.vpcIid = Iid { m_vpc.nameId, QString() }; // by name, as the CLI passes it
    nlb.type = QStringLiteral("INTERNAL");
    nlb.listenerPort = 80;
    nlb.vmGroupPort = 8080;
    nlb.healthPort = 8080;
    nlb.healthProtocol = QStringLiteral("TCP");
    nlb.healthInterval = 10;
    nlb.healthTimeout = 5;
    nlb.healthThreshold = 3;
    nlb.vms = { Iid { m_vms.value(0).nameId, QString() }, Iid { QString(), m_vms.value(1).systemId } };
    nlb.tags.insert(QStringLiteral("owner"), QStringLiteral("nlb-test"));
    return nlb;
}

QList<Iid> TestOpenStackDevcloudNlb::nlbsNamed(const QString& prefix)
{
    QList<Iid> out;
    const Result<ResourcePage> listed = await(m_cloud->list(ResourceKind::Nlb, ListRequest {}));
    if (!listed.ok()) {
        qWarning().noquote() << "NLB list failed:" << listed.error().toString();
        return { Iid { QStringLiteral("<list failed>"), QString() } };
    }
    for (const Resource& r : listed.value().items) {
        if (r.iid().nameId.startsWith(prefix))
            out.append(r.iid());
    }
    return out;
}

bool TestOpenStackDevcloudNlb::settle(
    ResourceKind kind, const QString& id, const std::function<bool(const Resource&)>& done, bool gone)
{
    QDeadlineTimer deadline(kSettleMs);
    while (!deadline.hasExpired()) {
        const Result<Resource> now = await(m_cloud->get(kind, id));
        if (gone && !now.ok() && now.error().kind == CloudError::Kind::NotFound)
            return true;
        if (!gone && now.ok() && done(now.value()))
            return true;
        QTest::qWait(500);
    }
    return false;
}

void TestOpenStackDevcloudNlb::initTestCase()
{
    if (const QString why = Test::exportDevcloudCredentials(); !why.isEmpty())
        BARISTA_DEVCLOUD_MISSING(why);
    QVERIFY(m_workspace.isValid());
    m_factory = std::make_unique<BuiltinProviderFactory>(m_workspace.path());
    QString error;
    m_cloud = m_factory->create(Test::devcloudConnection(), &error);
    QVERIFY2(m_cloud, qPrintable(error));

    // Octavia must be in the catalog and answer (tests/devcloud/start-octavia.sh).
    const Result<ResourcePage> nlbs = await(m_cloud->list(ResourceKind::Nlb, ListRequest {}));
    if (!nlbs.ok()) {
        const QString why = QStringLiteral("no usable Octavia at %1: %2 (start tests/devcloud/start-octavia.sh)")
                                .arg(qEnvironmentVariable("OS_AUTH_URL"), nlbs.error().toString());
        m_cloud.reset();
        BARISTA_DEVCLOUD_MISSING(why);
    }
    m_run = QStringLiteral("bc-nlb-%1").arg(QRandomGenerator::global()->bounded(1u << 30), 0, 36);
    qInfo().noquote() << "run prefix" << m_run;
}

void TestOpenStackDevcloudNlb::cleanupTestCase()
{
    if (m_run.isEmpty()) {
        m_cloud.reset();
        return;
    }
    // NLBs first (their members point at the VMs), then VMs, then the network; anything named
    // with the run's prefix too, e.g. something whose create failed after the POST.
    const auto removeAndWait = [this](ResourceKind kind, const Iid& iid) {
        QDeadlineTimer deadline(kSettleMs);
        for (;;) {
            const Result<Done> removed = await(m_cloud->remove(kind, iid, MutationContext {}), kNlbMs);
            if (removed.ok() || removed.error().kind == CloudError::Kind::NotFound || deadline.hasExpired()) {
                if (!removed.ok() && removed.error().kind != CloudError::Kind::NotFound)
                    qWarning().noquote() << "cleanup of" << iid.nameId << "failed:" << removed.error().toString();
                break;
            }
            QTest::qWait(1000);
        }
        if (kind == ResourceKind::Vm)
            settle(kind, iid.systemId.isEmpty() ? iid.nameId : iid.systemId, {}, true);
    };
    for (ResourceKind kind : { ResourceKind::Nlb, ResourceKind::Vm, ResourceKind::Vpc }) {
        QList<Iid> targets;
        if (kind == ResourceKind::Nlb && !m_nlb.isEmpty())
            targets.append(m_nlb);
        if (kind == ResourceKind::Vm)
            targets = m_vms;
        if (kind == ResourceKind::Vpc && !m_vpc.isEmpty())
            targets.append(m_vpc);
        const Result<ResourcePage> listed = await(m_cloud->list(kind, ListRequest {}));
        if (listed.ok()) {
            for (const Resource& r : listed.value().items) {
                if (r.iid().nameId.startsWith(m_run) && !targets.contains(r.iid()))
                    targets.append(r.iid());
            }
        }
        for (const Iid& iid : targets)
            removeAndWait(kind, iid);
    }
    for (ResourceKind kind : { ResourceKind::Nlb, ResourceKind::Vm, ResourceKind::Vpc }) {
        const Result<ResourcePage> left = await(m_cloud->list(kind, ListRequest {}));
        QVERIFY2(left.ok(), why(left).constData());
        for (const Resource& r : left.value().items)
            QVERIFY2(!r.iid().nameId.startsWith(m_run), qPrintable(r.iid().nameId));
    }
    m_cloud.reset();
    QVERIFY(BuiltinProviderFactory::waitUntilProvidersReleased(10000));
}

void TestOpenStackDevcloudNlb::testNetworkAndVms()
{
    VpcInfo vpc;
    vpc.iid.nameId = m_run + QStringLiteral("-vpc");
    vpc.ipv4Cidr = QStringLiteral("10.78.0.0/16");
    SubnetInfo subnet;
    subnet.iid.nameId = m_run + QStringLiteral("-subnet");
    subnet.ipv4Cidr = QStringLiteral("10.78.1.0/24");
    vpc.subnets = { subnet };
    const Result<Resource> created = await(m_cloud->create(vpc, context(QStringLiteral("vpc"))));
    QVERIFY2(created.ok(), why(created).constData());
    m_vpc = created.value().iid();

    for (const char* name : { "vm1", "vm2" }) {
        VmInfo vm;
        vm.iid.nameId = m_run + QLatin1Char('-') + QLatin1String(name);
        vm.imageName = QStringLiteral("tiny-raw");
        vm.specName = QStringLiteral("m1.tiny");
        vm.vpcIid = m_vpc;
        const Result<Resource> made = await(m_cloud->create(vm, context(QLatin1String(name))));
        QVERIFY2(made.ok(), why(made).constData());
        m_vms.append(made.value().iid());
    }
    for (const Iid& vm : std::as_const(m_vms))
        QVERIFY(settle(ResourceKind::Vm, vm.systemId, [](const Resource& r) { return r.as<VmInfo>()->status == VmStatus::Running; }));
}

void TestOpenStackDevcloudNlb::testRefusedBeforeAnythingIsMade()
{
    QCOMPARE(m_vms.size(), 2);
    NlbInfo missingVm = request(QStringLiteral("missing"));
    missingVm.vms.append(Iid { m_run + QStringLiteral("-novm"), QString() });
    const Result<Resource> noVm = await(m_cloud->create(missingVm, context(QStringLiteral("missing"))), kNlbMs);
    QVERIFY(!noVm.ok());
    QCOMPARE(noVm.error().kind, CloudError::Kind::NotFound);

    NlbInfo badPort = request(QStringLiteral("port"));
    badPort.listenerPort = 70000;
    const Result<Resource> port = await(m_cloud->create(badPort, context(QStringLiteral("port"))), kNlbMs);
    QVERIFY(!port.ok());
    QCOMPARE(port.error().kind, CloudError::Kind::InvalidRequest);

    NlbInfo elsewhere = request(QStringLiteral("elsewhere"));
    elsewhere.vpcIid = Iid { QStringLiteral("private"), QString() }; // the demo network: our VMs are not on it
    const Result<Resource> notInVpc = await(m_cloud->create(elsewhere, context(QStringLiteral("elsewhere"))), kNlbMs);
    QVERIFY(!notInVpc.ok());
    QCOMPARE(notInVpc.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(nlbsNamed(m_run), QList<Iid>());
}

void TestOpenStackDevcloudNlb::testFailedStepLeavesNothing()
{
    QCOMPARE(m_vms.size(), 2);
    // Octavia takes max_retries 1..10 only: the health monitor, the last step, fails after the
    // load balancer, listener, pool and members exist; all of them must be gone.
    NlbInfo doomed = request(QStringLiteral("doomed"));
    doomed.healthThreshold = 11;
    const Result<Resource> failed = await(m_cloud->create(doomed, context(QStringLiteral("doomed"))), kNlbMs);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(failed.error().httpStatus, 400);
    QVERIFY2(failed.error().message.contains(QLatin1String("max_retries")), qPrintable(failed.error().toString()));
    QCOMPARE(nlbsNamed(doomed.iid.nameId), QList<Iid>());
    const Result<Resource> gone = await(m_cloud->get(ResourceKind::Nlb, doomed.iid.nameId));
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
}

void TestOpenStackDevcloudNlb::testCreateGetList()
{
    QCOMPARE(m_vms.size(), 2);
    const NlbInfo wanted = request(QStringLiteral("nlb"));
    const Result<Resource> created = await(m_cloud->create(wanted, context(QStringLiteral("nlb"))), kNlbMs);
    QVERIFY2(created.ok(), why(created).constData());
    m_nlb = created.value().iid();
    QVERIFY(!m_nlb.systemId.isEmpty());
    const NlbInfo* made = created.value().as<NlbInfo>();
    QCOMPARE(made->extra.value(QLatin1String("provisioningStatus")).toString(), QStringLiteral("ACTIVE"));

    const Result<Resource> fetched = await(m_cloud->get(ResourceKind::Nlb, wanted.iid.nameId));
    QVERIFY2(fetched.ok(), why(fetched).constData());
    const NlbInfo* nlb = fetched.value().as<NlbInfo>();
    QCOMPARE(nlb->iid, m_nlb);
    QCOMPARE(nlb->vpcIid.systemId, m_vpc.systemId);
    QCOMPARE(nlb->vpcIid.nameId, m_vpc.nameId);
    QCOMPARE(nlb->type, QStringLiteral("INTERNAL"));
    QCOMPARE(nlb->listenerProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->listenerPort, 80);
    QVERIFY(!nlb->listenerIp.isEmpty());
    QCOMPARE(nlb->vmGroupProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->vmGroupPort, 8080);
    QCOMPARE(nlb->vms.size(), 2);
    for (const Iid& vm : std::as_const(m_vms))
        QVERIFY2(nlb->vms.contains(vm), qPrintable(vm.nameId));
    QCOMPARE(nlb->healthProtocol, QStringLiteral("TCP"));
    QCOMPARE(nlb->healthPort, 8080);
    QCOMPARE(nlb->healthInterval, 10);
    QCOMPARE(nlb->healthTimeout, 5);
    QCOMPARE(nlb->healthThreshold, 3);
    QCOMPARE(nlb->tags.value(QStringLiteral("owner")), QStringLiteral("nlb-test"));
    QCOMPARE(nlb->tags.value(QStringLiteral("barista-test")), m_run);
    QVERIFY(nlb->createdAt.isValid());

    // A retried create (same token) is the same load balancer, not a second one.
    const Result<Resource> again = await(m_cloud->create(wanted, context(QStringLiteral("nlb"))), kNlbMs);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again.value().iid().systemId, m_nlb.systemId);
    QCOMPARE(nlbsNamed(m_run), QList<Iid> { m_nlb });
}

void TestOpenStackDevcloudNlb::testRemove()
{
    QVERIFY(!m_nlb.isEmpty());
    const Result<Done> removed = await(m_cloud->remove(ResourceKind::Nlb, Iid { m_nlb.nameId, QString() }, {}), kNlbMs);
    QVERIFY2(removed.ok(), why(removed).constData());
    const Result<Resource> gone = await(m_cloud->get(ResourceKind::Nlb, m_nlb.systemId));
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(nlbsNamed(m_run), QList<Iid>());
    const Result<Done> twice = await(m_cloud->remove(ResourceKind::Nlb, m_nlb, {}), kNlbMs);
    QCOMPARE(twice.error().kind, CloudError::Kind::NotFound);
    m_nlb = Iid();
}

QTEST_GUILESS_MAIN(TestOpenStackDevcloudNlb)
#include "TestOpenStackDevcloudNlb.moc"
