// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's wire-to-domain mapping on its own: EC2 instance and volume states onto the
// common enums, a namespaced DescribeInstances answer (the shape of the EC2 API reference's
// example) read into a VmInfo, and the Query API's flattened parameters.

#include "providers/aws/AwsMapper.h"
#include "providers/aws/AwsParams.h"

#include <QTest>

using namespace Barista;

Q_DECLARE_METATYPE(Barista::VmStatus)
Q_DECLARE_METATYPE(Barista::DiskStatus)

namespace {

// Plain literals, single-quoted attributes: with a raw string literal here moc (6.4) wrote an empty file.
const QByteArray kInstances
    = "<?xml version='1.0' encoding='UTF-8'?>\n"
      "<DescribeInstancesResponse xmlns='http://ec2.amazonaws.com/doc/2016-11-15/'>\n"
      "  <requestId>8f7724cf-496f-496e-8fe3-example</requestId>\n"
      "  <reservationSet>\n"
      "    <item>\n"
      "      <reservationId>r-1234567890abcdef0</reservationId>\n"
      "      <ownerId>123456789012</ownerId>\n"
      "      <instancesSet>\n"
      "        <item>\n"
      "          <instanceId>i-1234567890abcdef0</instanceId>\n"
      "          <imageId>ami-bff32ccc</imageId>\n"
      "          <instanceState><code>16</code><name>running</name></instanceState>\n"
      "          <keyName>my_keypair</keyName>\n"
      "          <instanceType>t2.micro</instanceType>\n"
      "          <launchTime>2018-05-08T16:46:19.000Z</launchTime>\n"
      "          <placement><availabilityZone>eu-west-1c</availabilityZone><tenancy>default</tenancy></placement>\n"
      "          <subnetId>subnet-56f5f633</subnetId>\n"
      "          <vpcId>vpc-11112222</vpcId>\n"
      "          <privateIpAddress>192.168.1.88</privateIpAddress>\n"
      "          <ipAddress>54.194.252.215</ipAddress>\n"
      "          "
      "<groupSet><item><groupId>sg-e4076980</groupId><groupName>SecurityGroup1</groupName></item></groupSet>\n"
      "          <rootDeviceName>/dev/xvda</rootDeviceName>\n"
      "          <blockDeviceMapping>\n"
      "            "
      "<item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-1234567890abcdef0</volumeId><status>attached</"
      "status></ebs></item>\n"
      "            "
      "<item><deviceName>/dev/sdf</deviceName><ebs><volumeId>vol-0abcdef1234567890</volumeId><status>attached</"
      "status></ebs></item>\n"
      "          </blockDeviceMapping>\n"
      "          <clientToken>tok-123</clientToken>\n"
      "          <tagSet>\n"
      "            <item><key>Name</key><value>web-1</value></item>\n"
      "            <item><key>env</key><value>prod</value></item>\n"
      "          </tagSet>\n"
      "        </item>\n"
      "      </instancesSet>\n"
      "    </item>\n"
      "  </reservationSet>\n"
      "</DescribeInstancesResponse>\n";

} // namespace

class TestAwsMapper : public QObject
{
    Q_OBJECT

private slots:
    void vmStatus_data();
    void vmStatus();
    void diskStatus_data();
    void diskStatus();
    void instanceFromNamespacedXml();
    void malformedXmlIsAnError();
    void queryParameters();
    void ids();
};

void TestAwsMapper::vmStatus_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<VmStatus>("status");
    QTest::newRow("pending") << QStringLiteral("pending") << VmStatus::Creating;
    QTest::newRow("running") << QStringLiteral("running") << VmStatus::Running;
    QTest::newRow("stopping") << QStringLiteral("stopping") << VmStatus::Suspending;
    QTest::newRow("stopped") << QStringLiteral("stopped") << VmStatus::Suspended;
    QTest::newRow("shutting-down") << QStringLiteral("shutting-down") << VmStatus::Terminating;
    QTest::newRow("terminated") << QStringLiteral("terminated") << VmStatus::Terminated;
    QTest::newRow("unknown") << QStringLiteral("hibernating") << VmStatus::Failed;
}

void TestAwsMapper::vmStatus()
{
    QFETCH(QString, state);
    QFETCH(VmStatus, status);
    QCOMPARE(AwsMapper::vmStatus(state), status);
}

void TestAwsMapper::diskStatus_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<DiskStatus>("status");
    QTest::newRow("creating") << QStringLiteral("creating") << DiskStatus::Creating;
    QTest::newRow("available") << QStringLiteral("available") << DiskStatus::Available;
    QTest::newRow("in-use") << QStringLiteral("in-use") << DiskStatus::Attached;
    QTest::newRow("deleting") << QStringLiteral("deleting") << DiskStatus::Deleting;
    QTest::newRow("error") << QStringLiteral("error") << DiskStatus::Error;
}

void TestAwsMapper::diskStatus()
{
    QFETCH(QString, state);
    QFETCH(DiskStatus, status);
    QCOMPARE(AwsMapper::diskStatus(state), status);
}

void TestAwsMapper::instanceFromNamespacedXml()
{
    const Result<AwsXmlNode> document = AwsXmlNode::parse(kInstances);
    QVERIFY(document.ok());
    const QList<AwsXmlNode> reservations = document.value().items(QStringLiteral("reservationSet"));
    QCOMPARE(reservations.size(), 1);
    const QList<AwsXmlNode> instances = reservations.first().items(QStringLiteral("instancesSet"));
    QCOMPARE(instances.size(), 1);
    const VmInfo vm = AwsMapper::toVm(instances.first());
    QCOMPARE(vm.iid, (Iid { QStringLiteral("web-1"), QStringLiteral("i-1234567890abcdef0") }));
    QCOMPARE(vm.status, VmStatus::Running);
    QCOMPARE(vm.zone, QStringLiteral("eu-west-1c"));
    QCOMPARE(vm.specName, QStringLiteral("t2.micro"));
    QCOMPARE(vm.imageName, QStringLiteral("ami-bff32ccc"));
    QCOMPARE(vm.vpcIid.systemId, QStringLiteral("vpc-11112222"));
    QCOMPARE(vm.subnetIid.systemId, QStringLiteral("subnet-56f5f633"));
    QCOMPARE(
        vm.securityGroupIids, (QList<Iid> { { QStringLiteral("SecurityGroup1"), QStringLiteral("sg-e4076980") } }));
    QCOMPARE(vm.keyPairIid.nameId, QStringLiteral("my_keypair"));
    QCOMPARE(vm.publicIp, QStringLiteral("54.194.252.215"));
    QCOMPARE(vm.privateIp, QStringLiteral("192.168.1.88"));
    QCOMPARE(vm.sshAccessPoint, QStringLiteral("54.194.252.215:22"));
    QCOMPARE(vm.dataDiskIids, (QList<Iid> { { QString(), QStringLiteral("vol-0abcdef1234567890") } }));
    QCOMPARE(vm.extra.value(QLatin1String("rootVolumeId")).toString(), QStringLiteral("vol-1234567890abcdef0"));
    QCOMPARE(vm.extra.value(QLatin1String("clientToken")).toString(), QStringLiteral("tok-123"));
    QCOMPARE(vm.tags, (QMap<QString, QString> { { QStringLiteral("env"), QStringLiteral("prod") } }));
    QCOMPARE(vm.createdAt.toMSecsSinceEpoch(),
        QDateTime::fromString(QStringLiteral("2018-05-08T16:46:19Z"), Qt::ISODate).toMSecsSinceEpoch());
}

void TestAwsMapper::malformedXmlIsAnError()
{
    const Result<AwsXmlNode> broken = AwsXmlNode::parse(QByteArrayLiteral("<a><b></a>"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, CloudError::Kind::Internal);
    QCOMPARE(broken.error().providerCode, QStringLiteral("MalformedResponse"));
    QVERIFY(!AwsXmlNode::parse(QByteArray()).ok());
}

void TestAwsMapper::queryParameters()
{
    AwsParams params;
    params.list(QStringLiteral("InstanceId"), { QStringLiteral("i-1"), QString(), QStringLiteral("i-2") })
        .filter(QStringLiteral("tag:Name"), { QStringLiteral("a b") })
        .tagSpecification(QStringLiteral("instance"),
            { { QStringLiteral("z"), QStringLiteral("1") }, { QStringLiteral("Name"), QStringLiteral("x/y") } })
        .tagSpecification(QStringLiteral("volume"), {});
    QCOMPARE(params.formBody(QStringLiteral("DescribeInstances"), QStringLiteral("2016-11-15")),
        QByteArrayLiteral("Action=DescribeInstances&Version=2016-11-15&InstanceId.1=i-1&InstanceId.2=i-2"
                          "&Filter.1.Name=tag%3AName&Filter.1.Value.1=a%20b"
                          "&TagSpecification.1.ResourceType=instance"
                          "&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=x%2Fy"
                          "&TagSpecification.1.Tag.2.Key=z&TagSpecification.1.Tag.2.Value=1"));
    const MutationContext context { QStringLiteral("tok"), { { QStringLiteral("journal"), QStringLiteral("j1") } } };
    QCOMPARE(AwsMapper::tagsFor(QStringLiteral("n"), { { QStringLiteral("k"), QStringLiteral("v") } }, context),
        (QMap<QString, QString> { { QStringLiteral("Name"), QStringLiteral("n") },
            { QStringLiteral("k"), QStringLiteral("v") }, { QStringLiteral("journal"), QStringLiteral("j1") },
            { AwsMapper::tokenTag(), QStringLiteral("tok") } }));
    QVERIFY(!AwsMapper::tagsFor(QStringLiteral("n"), {}, context, false).contains(AwsMapper::tokenTag()));
}

void TestAwsMapper::ids()
{
    QVERIFY(AwsMapper::isId(QStringLiteral("i-1234567890abcdef0"), QStringLiteral("i")));
    QVERIFY(AwsMapper::isId(QStringLiteral("vpc-11112222"), QStringLiteral("vpc")));
    QVERIFY(!AwsMapper::isId(QStringLiteral("vpc-one"), QStringLiteral("vpc")));
    QVERIFY(!AwsMapper::isId(QStringLiteral("i-1234567890abcdef0"), QStringLiteral("vpc")));
    QVERIFY(!AwsMapper::isId(QStringLiteral("web-1"), QStringLiteral("i")));
}

QTEST_GUILESS_MAIN(TestAwsMapper)
#include "TestAwsMapper.moc"
