// SPDX-License-Identifier: GPL-3.0-or-later
// AzureMapper on ARM's documented bodies (../shared/reference/api-examples/azure-arm/: a VM, its
// instance view, the VM list with nextLink, virtual networks, resource SKUs) and on the status
// and security-rule tables.

#include "providers/azure/AzureMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Barista;

Q_DECLARE_METATYPE(Barista::VmStatus)

namespace {

QJsonObject example(const char* name)
{
    QFile file(QStringLiteral(BARISTA_SHARED_DIR "/reference/api-examples/azure-arm/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestAzureMapper : public QObject
{
    Q_OBJECT

private slots:
    void vmWithInstanceView();
    void vmList();
    void virtualNetworks();
    void resourceSku();
    void vmStatus_data();
    void vmStatus();
    void securityRulesRoundTrip();
    void urnAndFingerprint();
};

void TestAzureMapper::vmWithInstanceView()
{
    QJsonObject vm = example("libcloud_subscriptions_99999999_resourceGroups_000000_providers_Microsoft_Compute_virtualMachines_test_node_1.json");
    const QJsonObject view = example("libcloud_subscriptions_99999999_resourceGroups_000000_providers_Microsoft_Compute_virtualMachines_test_node_1_InstanceView.json");
    QVERIFY2(!vm.isEmpty() && !view.isEmpty(), "the example bodies are missing");
    QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("instanceView"), view);
    vm.insert(QStringLiteral("properties"), props);
    const VmInfo info = AzureMapper::vm(vm);
    QCOMPARE(info.iid.nameId, QStringLiteral("test_vm"));
    QVERIFY(info.iid.systemId.endsWith(QLatin1String("/virtualMachines/test_vm")));
    QCOMPARE(info.specName, QStringLiteral("Standard_A1"));
    QCOMPARE(info.status, VmStatus::Running); // PowerState/running; provisioningState Succeeded
    QCOMPARE(info.rootDiskType, QStringLiteral("Standard_LRS"));
    QCOMPARE(info.dataDiskIids.size(), 1);
    QCOMPARE(info.dataDiskIids.first().nameId, QStringLiteral("DD0-9999"));
    QCOMPARE(info.tags.value(QStringLiteral("tag_key1")), QStringLiteral("tag_val1"));
    QCOMPARE(AzureMapper::powerState(view), QStringLiteral("running"));
}

void TestAzureMapper::vmList()
{
    const QJsonObject list = example("libcloud_subscriptions_99999999_providers_Microsoft_Compute_virtualMachines.json");
    QVERIFY(!list.isEmpty());
    const VmInfo vm = AzureMapper::vm(list.value(QStringLiteral("value")).toArray().first().toObject());
    QCOMPARE(vm.iid.nameId, QStringLiteral("test-node-1"));
    QCOMPARE(vm.imageName, QStringLiteral("OpenLogic:CentOS:7.3:latest"));
    QCOMPARE(vm.vmUserName, QStringLiteral("user"));
    QVERIFY(list.value(QStringLiteral("nextLink")).toString().contains(QLatin1String("$skiptoken=")));
}

void TestAzureMapper::virtualNetworks()
{
    const QJsonObject list = example("libcloud_subscriptions_99999999_providers_Microsoft_Network_virtualnetworks.json");
    QVERIFY(!list.isEmpty());
    const VpcInfo vpc = AzureMapper::vpc(list.value(QStringLiteral("value")).toArray().first().toObject());
    QCOMPARE(vpc.iid.nameId, QStringLiteral("test_network"));
    QCOMPARE(vpc.ipv4Cidr, QStringLiteral("10.39.0.0/16"));
    QCOMPARE(vpc.subnets.size(), 1);
    QCOMPARE(vpc.subnets.first().iid.nameId, QStringLiteral("Azure_VPC_Subnet"));
    QCOMPARE(vpc.subnets.first().ipv4Cidr, QStringLiteral("10.17.26.0/19"));
    QCOMPARE(vpc.tags.value(QStringLiteral("tag_key1")), QStringLiteral("tag_val1"));
}

void TestAzureMapper::resourceSku()
{
    const QJsonObject doc = example("specs_ListAvailableResourceSkusForARegion_2021-07-01.json");
    QVERIFY(!doc.isEmpty());
    const QJsonArray skus = doc.value(QStringLiteral("responses")).toObject().value(QStringLiteral("200")).toObject()
                                .value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toArray();
    QVERIFY(!skus.isEmpty());
    const SpecInfo spec = AzureMapper::spec(skus.first().toObject(), QStringLiteral("westus"));
    QCOMPARE(spec.vcpu, 1);
    QCOMPARE(spec.memoryGiB, 0.75);
    QCOMPARE(spec.gpuCount, 0);
    QCOMPARE(spec.provider, QStringLiteral("azure"));
}

void TestAzureMapper::vmStatus_data()
{
    QTest::addColumn<QString>("provisioning");
    QTest::addColumn<QString>("power");
    QTest::addColumn<VmStatus>("expected");
    QTest::newRow("creating") << "Creating" << "starting" << VmStatus::Creating;
    QTest::newRow("running") << "Succeeded" << "running" << VmStatus::Running;
    QTest::newRow("deallocating") << "Updating" << "deallocating" << VmStatus::Suspending;
    QTest::newRow("stopping") << "Succeeded" << "stopping" << VmStatus::Suspending;
    QTest::newRow("deallocated") << "Succeeded" << "deallocated" << VmStatus::Suspended;
    QTest::newRow("stopped") << "Succeeded" << "stopped" << VmStatus::Suspended;
    QTest::newRow("starting") << "Updating" << "starting" << VmStatus::Resuming;
    QTest::newRow("deleting") << "Deleting" << "running" << VmStatus::Terminating;
    QTest::newRow("failed") << "Failed" << "running" << VmStatus::Failed;
}

void TestAzureMapper::vmStatus()
{
    QFETCH(QString, provisioning);
    QFETCH(QString, power);
    QFETCH(VmStatus, expected);
    QCOMPARE(AzureMapper::vmStatus(provisioning, power), expected);
}

void TestAzureMapper::securityRulesRoundTrip()
{
    const QList<SecurityRule> rules { { QStringLiteral("inbound"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0") },
        { QStringLiteral("inbound"), QStringLiteral("udp"), 5000, 5100, QStringLiteral("10.0.0.0/8") },
        { QStringLiteral("outbound"), QStringLiteral("all"), -1, -1, QStringLiteral("0.0.0.0/0") } };
    const QJsonArray azure = AzureMapper::securityRules(rules);
    QCOMPARE(azure.at(1).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("destinationPortRange")).toString(),
        QStringLiteral("5000-5100"));
    QCOMPARE(azure.at(1).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("priority")).toInt(), 110);
    const QJsonObject nsg { { QStringLiteral("name"), QStringLiteral("g") },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("securityRules"), azure } } } };
    QCOMPARE(AzureMapper::securityGroup(nsg).rules, rules);
}

void TestAzureMapper::urnAndFingerprint()
{
    const QJsonObject ref = AzureMapper::imageReference(QStringLiteral("Canonical:ubuntu-24_04-lts:server:latest"));
    QCOMPARE(ref.value(QStringLiteral("offer")).toString(), QStringLiteral("ubuntu-24_04-lts"));
    QVERIFY(AzureMapper::imageReference(QStringLiteral("ami-0123")).isEmpty());
    // What OpenSSH's `ssh-keygen -lf` prints for this key.
    QCOMPARE(AzureMapper::fingerprint(QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x")),
        QStringLiteral("SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU"));
}

QTEST_GUILESS_MAIN(TestAzureMapper)
#include "TestAzureMapper.moc"
