// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's resource lifecycles and injected faults, over real HTTP: instance states
// paced by Describe calls or by the (fake) clock, networks and their DependencyViolation, volumes,
// throttling, capacity and vCPU-limit errors.

#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/support/Ec2TestClient.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Barista;

namespace {

const QString kKey = QStringLiteral("AKIDTESTSERVER02");
const QString kSecret = QStringLiteral("another/Secret+Key/abcdefghij0123456789");

} // namespace

class TestEc2ServerLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void instanceStatesFollowDescribes();
    void instanceStatesFollowTheClock();
    void networkDependencies();
    void volumeLifecycle();
    void injectedFaults();
    void vcpuLimit();

private:
    QString run(const Ec2Params& extra = {}, int count = 1);
    QString state(const QString& id);

    QDateTime m_now;
    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<Ec2TestClient> m_client;
};

void TestEc2ServerLifecycle::init()
{
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    m_server = std::make_unique<Ec2TestServer>();
    m_server->addCredential(kKey, kSecret);
    m_server->setClock([this] { return m_now; });
    m_server->state().setTransitionDescribes(2);
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<Ec2TestClient>(m_server->endpoint(), kKey, kSecret);
    m_client->setClock([this] { return m_now; });
}

void TestEc2ServerLifecycle::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString TestEc2ServerLifecycle::run(const Ec2Params& extra, int count)
{
    Ec2Params params { { QStringLiteral("ImageId"), QStringLiteral("ami-0a1b2c3d4e5f60003") },
        { QStringLiteral("InstanceType"), QStringLiteral("t3.micro") },
        { QStringLiteral("MinCount"), QString::number(count) },
        { QStringLiteral("MaxCount"), QString::number(count) } };
    params += extra;
    const Ec2TestResponse r = m_client->call(QStringLiteral("RunInstances"), params);
    if (r.status != 200)
        qWarning() << r.body;
    return r.text(QStringLiteral("instanceId"));
}

QString TestEc2ServerLifecycle::state(const QString& id)
{
    const Ec2TestResponse r
        = m_client->call(QStringLiteral("DescribeInstances"), { { QStringLiteral("InstanceId.1"), id } });
    return r.text(QStringLiteral("instanceState")).isEmpty() ? QString() : r.texts(QStringLiteral("name")).value(0);
}

void TestEc2ServerLifecycle::instanceStatesFollowDescribes()
{
    const QString id = run();
    QVERIFY(!id.isEmpty());
    QCOMPARE(state(id), QStringLiteral("pending"));
    QCOMPARE(state(id), QStringLiteral("running"));
    QCOMPARE(m_client->call(QStringLiteral("RebootInstances"), { { QStringLiteral("InstanceId.1"), id } }).status, 200);

    Ec2TestResponse r = m_client->call(QStringLiteral("StopInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(r.texts(QStringLiteral("name")), (QStringList { QStringLiteral("stopping"), QStringLiteral("running") }));
    QCOMPARE(r.texts(QStringLiteral("code")), (QStringList { QStringLiteral("64"), QStringLiteral("16") }));
    QCOMPARE(state(id), QStringLiteral("stopping"));
    QCOMPARE(state(id), QStringLiteral("stopped"));
    r = m_client->call(QStringLiteral("RebootInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(r.errorCode(), QStringLiteral("IncorrectInstanceState"));

    r = m_client->call(QStringLiteral("StartInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(r.texts(QStringLiteral("name")), (QStringList { QStringLiteral("pending"), QStringLiteral("stopped") }));
    QCOMPARE(state(id), QStringLiteral("pending"));
    QCOMPARE(state(id), QStringLiteral("running"));

    r = m_client->call(QStringLiteral("TerminateInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(
        r.texts(QStringLiteral("name")), (QStringList { QStringLiteral("shutting-down"), QStringLiteral("running") }));
    QCOMPARE(state(id), QStringLiteral("shutting-down"));
    QCOMPARE(state(id), QStringLiteral("terminated"));
    // Terminating again is a no-op; stopping a terminated instance is an error.
    r = m_client->call(QStringLiteral("TerminateInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(
        r.texts(QStringLiteral("name")), (QStringList { QStringLiteral("terminated"), QStringLiteral("terminated") }));
    r = m_client->call(QStringLiteral("StopInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("IncorrectInstanceState"));
    QCOMPARE(
        r.errorMessage(), QStringLiteral("The instance '%1' is not in a state from which it can be stopped.").arg(id));
}

void TestEc2ServerLifecycle::instanceStatesFollowTheClock()
{
    m_server->state().setTransitionDescribes(1000);
    m_server->state().setTransitionMs(30000);
    const QString id = run();
    QCOMPARE(state(id), QStringLiteral("pending"));
    m_now = m_now.addSecs(29);
    QCOMPARE(state(id), QStringLiteral("pending"));
    m_now = m_now.addSecs(2);
    QCOMPARE(state(id), QStringLiteral("running"));
}

void TestEc2ServerLifecycle::networkDependencies()
{
    Ec2TestResponse r = m_client->call(
        QStringLiteral("CreateVpc"), { { QStringLiteral("CidrBlock"), QStringLiteral("10.1.0.0/16") } });
    const QString vpc = r.text(QStringLiteral("vpcId"));
    QCOMPARE(r.text(QStringLiteral("state")), QStringLiteral("pending"));
    r = m_client->call(QStringLiteral("CreateVpc"), { { QStringLiteral("CidrBlock"), QStringLiteral("10.0.0.0/8") } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidVpc.Range"));

    const auto subnet = [&](const QString& cidr) {
        return m_client->call(QStringLiteral("CreateSubnet"),
            { { QStringLiteral("VpcId"), vpc }, { QStringLiteral("CidrBlock"), cidr },
                { QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1b") } });
    };
    const QString subnetId = subnet(QStringLiteral("10.1.1.0/24")).text(QStringLiteral("subnetId"));
    QVERIFY(subnetId.startsWith(QStringLiteral("subnet-")));
    QCOMPARE(subnet(QStringLiteral("10.1.1.128/25")).errorCode(), QStringLiteral("InvalidSubnet.Conflict"));
    QCOMPARE(subnet(QStringLiteral("10.2.0.0/24")).errorCode(), QStringLiteral("InvalidSubnet.Range"));

    r = m_client->call(QStringLiteral("CreateSecurityGroup"),
        { { QStringLiteral("GroupName"), QStringLiteral("web") },
            { QStringLiteral("GroupDescription"), QStringLiteral("web") }, { QStringLiteral("VpcId"), vpc } });
    const QString group = r.text(QStringLiteral("groupId"));
    const Ec2Params rule { { QStringLiteral("GroupId"), group },
        { QStringLiteral("IpPermissions.1.IpProtocol"), QStringLiteral("tcp") },
        { QStringLiteral("IpPermissions.1.FromPort"), QStringLiteral("443") },
        { QStringLiteral("IpPermissions.1.ToPort"), QStringLiteral("443") },
        { QStringLiteral("IpPermissions.1.IpRanges.1.CidrIp"), QStringLiteral("0.0.0.0/0") } };
    QCOMPARE(m_client->call(QStringLiteral("AuthorizeSecurityGroupIngress"), rule).status, 200);
    QCOMPARE(m_client->call(QStringLiteral("AuthorizeSecurityGroupIngress"), rule).errorCode(),
        QStringLiteral("InvalidPermission.Duplicate"));

    const QString id
        = run({ { QStringLiteral("SubnetId"), subnetId }, { QStringLiteral("SecurityGroupId.1"), group } });
    QVERIFY(!id.isEmpty());
    r = m_client->call(QStringLiteral("DeleteVpc"), { { QStringLiteral("VpcId"), vpc } });
    QCOMPARE(r.errorCode(), QStringLiteral("DependencyViolation"));
    QCOMPARE(r.errorMessage(), QStringLiteral("The vpc '%1' has dependencies and cannot be deleted.").arg(vpc));
    QCOMPARE(m_client->call(QStringLiteral("DeleteSubnet"), { { QStringLiteral("SubnetId"), subnetId } }).errorCode(),
        QStringLiteral("DependencyViolation"));
    QCOMPARE(
        m_client->call(QStringLiteral("DeleteSecurityGroup"), { { QStringLiteral("GroupId"), group } }).errorCode(),
        QStringLiteral("DependencyViolation"));

    m_client->call(QStringLiteral("TerminateInstances"), { { QStringLiteral("InstanceId.1"), id } });
    QCOMPARE(state(id), QStringLiteral("shutting-down"));
    QCOMPARE(m_client->call(QStringLiteral("DeleteSubnet"), { { QStringLiteral("SubnetId"), subnetId } }).errorCode(),
        QStringLiteral("DependencyViolation"));
    QCOMPARE(state(id), QStringLiteral("terminated"));
    QCOMPARE(
        m_client->call(QStringLiteral("DeleteSecurityGroup"), { { QStringLiteral("GroupId"), group } }).status, 200);
    QCOMPARE(m_client->call(QStringLiteral("DeleteSubnet"), { { QStringLiteral("SubnetId"), subnetId } }).status, 200);
    QCOMPARE(m_client->call(QStringLiteral("DeleteVpc"), { { QStringLiteral("VpcId"), vpc } }).status, 200);
    r = m_client->call(QStringLiteral("DescribeVpcs"), { { QStringLiteral("VpcId.1"), vpc } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidVpcID.NotFound"));
}

void TestEc2ServerLifecycle::volumeLifecycle()
{
    const QString id = run({ { QStringLiteral("Placement.AvailabilityZone"), QStringLiteral("us-east-1c") } });
    state(id);
    QCOMPARE(state(id), QStringLiteral("running"));
    Ec2TestResponse r = m_client->call(QStringLiteral("CreateVolume"),
        { { QStringLiteral("AvailabilityZone"), QStringLiteral("us-east-1c") },
            { QStringLiteral("Size"), QStringLiteral("8") } });
    const QString volume = r.text(QStringLiteral("volumeId"));
    QCOMPARE(r.text(QStringLiteral("status")), QStringLiteral("creating"));
    const Ec2Params attach { { QStringLiteral("VolumeId"), volume }, { QStringLiteral("InstanceId"), id },
        { QStringLiteral("Device"), QStringLiteral("/dev/sdf") } };
    QCOMPARE(m_client->call(QStringLiteral("AttachVolume"), attach).errorCode(), QStringLiteral("IncorrectState"));
    const auto volumeStatus = [&] {
        return m_client->call(QStringLiteral("DescribeVolumes"), { { QStringLiteral("VolumeId.1"), volume } })
            .text(QStringLiteral("status"));
    };
    QCOMPARE(volumeStatus(), QStringLiteral("creating"));
    QCOMPARE(volumeStatus(), QStringLiteral("available"));
    QCOMPARE(m_client->call(QStringLiteral("AttachVolume"), attach).text(QStringLiteral("status")),
        QStringLiteral("attaching"));
    QCOMPARE(m_client->call(QStringLiteral("DeleteVolume"), { { QStringLiteral("VolumeId"), volume } }).errorCode(),
        QStringLiteral("VolumeInUse"));
    r = m_client->call(QStringLiteral("ModifyVolume"),
        { { QStringLiteral("VolumeId"), volume }, { QStringLiteral("Size"), QStringLiteral("4") } });
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidParameterValue"));
    r = m_client->call(QStringLiteral("ModifyVolume"),
        { { QStringLiteral("VolumeId"), volume }, { QStringLiteral("Size"), QStringLiteral("16") } });
    QCOMPARE(r.text(QStringLiteral("targetSize")), QStringLiteral("16"));
    QCOMPARE(m_client->call(QStringLiteral("DetachVolume"), { { QStringLiteral("VolumeId"), volume } })
                 .text(QStringLiteral("status")),
        QStringLiteral("detaching"));
    QCOMPARE(volumeStatus(), QStringLiteral("in-use"));
    QCOMPARE(volumeStatus(), QStringLiteral("available"));
    QCOMPARE(m_client->call(QStringLiteral("DeleteVolume"), { { QStringLiteral("VolumeId"), volume } }).status, 200);
    QCOMPARE(
        m_client->call(QStringLiteral("DescribeVolumes"), { { QStringLiteral("VolumeId.1"), volume } }).errorCode(),
        QStringLiteral("InvalidVolume.NotFound"));
}

void TestEc2ServerLifecycle::injectedFaults()
{
    m_server->faults().throttleEvery(3);
    QCOMPARE(m_client->call(QStringLiteral("DescribeRegions")).status, 200);
    QCOMPARE(m_client->call(QStringLiteral("DescribeRegions")).status, 200);
    Ec2TestResponse r = m_client->call(QStringLiteral("DescribeRegions"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.errorCode(), QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(r.errorMessage(), QStringLiteral("Request limit exceeded."));
    m_server->faults().throttleEvery(0);

    m_server->faults().failNext(QStringLiteral("RunInstances"),
        Ec2Error::insufficientCapacity(QStringLiteral("t3.micro"), QStringLiteral("us-east-1a")));
    QCOMPARE(m_client->call(QStringLiteral("DescribeRegions")).status, 200); // other actions unaffected
    r = m_client->call(QStringLiteral("RunInstances"),
        { { QStringLiteral("ImageId"), QStringLiteral("ami-0a1b2c3d4e5f60003") },
            { QStringLiteral("MinCount"), QStringLiteral("1") }, { QStringLiteral("MaxCount"), QStringLiteral("1") } });
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), QStringLiteral("InsufficientInstanceCapacity"));
    QVERIFY(!run().isEmpty()); // one-shot

    m_server->faults().failNext({}, Ec2Error::unavailable(), 2);
    QCOMPARE(m_client->call(QStringLiteral("DescribeVpcs")).status, 503);
    QCOMPARE(m_client->call(QStringLiteral("DescribeSubnets")).errorCode(), QStringLiteral("Unavailable"));
    QCOMPARE(m_client->call(QStringLiteral("DescribeSubnets")).status, 200);
    QCOMPARE(m_server->faults().injectedCount(), 4);

    // Faults come after authentication: a bad signature is never "throttled".
    m_server->faults().throttleEvery(1);
    m_client->setSecret(QStringLiteral("wrong"));
    QCOMPARE(m_client->call(QStringLiteral("DescribeRegions")).errorCode(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestEc2ServerLifecycle::vcpuLimit()
{
    m_server->state().setVcpuLimit(5); // t3.micro has 2 vCPUs
    QVERIFY(!run({}, 2).isEmpty());
    const Ec2TestResponse r = m_client->call(QStringLiteral("RunInstances"),
        { { QStringLiteral("ImageId"), QStringLiteral("ami-0a1b2c3d4e5f60003") },
            { QStringLiteral("InstanceType"), QStringLiteral("t3.micro") },
            { QStringLiteral("MinCount"), QStringLiteral("1") }, { QStringLiteral("MaxCount"), QStringLiteral("1") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("VcpuLimitExceeded"));
    QVERIFY(r.errorMessage().contains(QStringLiteral("vCPU limit of 5")));
}

QTEST_GUILESS_MAIN(TestEc2ServerLifecycle)
#include "TestEc2ServerLifecycle.moc"
