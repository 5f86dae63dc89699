// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's MyImage (own AMIs) against the in-process EC2 test server: CreateImage of a
// running VM with tags on the image and its snapshots, list/get with Owner self, the token retry,
// EC2's errors verbatim (missing VM, duplicate name), and removal of the AMI and its snapshots.

#include "tests/providers/AwsTestSupport.h"
#include "models/domain/MyImageFailure.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

class TestAwsProviderMyImage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createListGetRemove();
    void missingVmIsEc2sError();
    void duplicateNameAndTokenRetry();
    void failedImageIsMarked();

private:
    QString runningVm(const QString& name);
    Ec2RegionState& cloud() { return m_server->state().region(region()); }

    std::unique_ptr<Ec2TestServer> m_server;
    std::unique_ptr<AwsProvider> m_aws;
};

void TestAwsProviderMyImage::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_aws = provider(*m_server);
}

void TestAwsProviderMyImage::cleanup()
{
    m_aws.reset();
    m_server.reset();
}

QString TestAwsProviderMyImage::runningVm(const QString& name)
{
    VmInfo vm;
    vm.iid.nameId = name;
    vm.imageName = QStringLiteral("al2023-ami-2023.4.20240319.1-kernel-6.1-x86_64");
    vm.specName = QStringLiteral("t3.micro");
    const Result<Resource> made = await(m_aws->create(vm, MutationContext { QStringLiteral("tok-") + name, {} }));
    if (!made.ok())
        return QString();
    const Result<Resource> running = getUntil(*m_aws, ResourceKind::Vm, name, QStringLiteral("Running"));
    return running.ok() && running.value().statusName() == QLatin1String("Running") ? running.value().iid().systemId
                                                                                    : QString();
}

void TestAwsProviderMyImage::createListGetRemove()
{
    const QString vmId = runningVm(QStringLiteral("vm-src"));
    QVERIFY(!vmId.isEmpty());
    QVERIFY(m_aws->capabilities().supports(ResourceKind::MyImage, Operation::Create));
    m_server->state().setTransitionDescribes(3); // the image stays pending for a few describes

    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-one");
    request.sourceVm = Iid { QStringLiteral("vm-src"), QString() }; // by name: the adapter resolves it
    request.tags = { { QStringLiteral("env"), QStringLiteral("test") } };
    const MutationContext context { QStringLiteral("tok-img-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("journal-7") } } };
    const Result<Resource> made = await(m_aws->create(request, context));
    QVERIFY2(made.ok(), why(made));
    const MyImageInfo* image = made.value().as<MyImageInfo>();
    QVERIFY(image);
    const QString amiId = image->iid.systemId;
    QVERIFY(amiId.startsWith(QStringLiteral("ami-")));
    QCOMPARE(image->iid.nameId, QStringLiteral("img-one"));
    QCOMPARE(image->sourceVm.systemId, vmId);
    QCOMPARE(image->status, QStringLiteral("Unavailable")); // pending right after CreateImage
    QCOMPARE(image->extra.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(image->tags.value(QStringLiteral("env")), QStringLiteral("test"));
    QCOMPARE(image->tags.value(QStringLiteral("barista-token")), QStringLiteral("journal-7"));

    // What EC2 holds: the AMI named and tagged, NoReboot asked, one snapshot tagged too.
    const Ec2UserImage stored = cloud().images.value(amiId);
    QCOMPARE(stored.name, QStringLiteral("img-one"));
    QCOMPARE(stored.sourceInstanceId, vmId);
    QCOMPARE(Ec2State::tagValue(stored.tags, QStringLiteral("Name")), QStringLiteral("img-one"));
    QCOMPARE(Ec2State::tagValue(stored.tags, QStringLiteral("barista-token")), QStringLiteral("journal-7"));
    QCOMPARE(stored.devices.size(), 1);
    const QString snapshotId = stored.devices.first().second;
    QCOMPARE(Ec2State::tagValue(cloud().snapshots.value(snapshotId).tags, QStringLiteral("barista-token")),
        QStringLiteral("journal-7"));

    // Listed with Owner self only (the public catalog stays out); get by name settles it.
    const Result<ResourcePage> listed = await(m_aws->list(ResourceKind::MyImage, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().iid().systemId, amiId);
    const Result<Resource> available
        = getUntil(*m_aws, ResourceKind::MyImage, QStringLiteral("img-one"), QStringLiteral("Available"));
    QVERIFY2(available.ok(), why(available));
    QCOMPARE(available.value().iid().systemId, amiId);
    QCOMPARE(available.value().as<MyImageInfo>()->status, QStringLiteral("Available"));
    QCOMPARE(available.value().as<MyImageInfo>()->extra.value(QLatin1String("snapshotIds")).toArray().size(), 1);

    // Remove: the AMI deregistered and its snapshot deleted.
    const Result<Done> gone
        = await(m_aws->remove(ResourceKind::MyImage, Iid { QStringLiteral("img-one"), QString() }, {}));
    QVERIFY2(gone.ok(), why(gone));
    QVERIFY(!cloud().images.contains(amiId));
    QVERIFY(!cloud().snapshots.contains(snapshotId));
    QCOMPARE(m_server->requestCount(QStringLiteral("DeregisterImage")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("DeleteSnapshot")), 1);
    const Result<ResourcePage> after = await(m_aws->list(ResourceKind::MyImage, {}));
    QVERIFY2(after.ok(), why(after));
    QVERIFY(after.value().items.isEmpty());
    const Result<Resource> noImage = await(m_aws->get(ResourceKind::MyImage, amiId));
    QVERIFY(!noImage.ok());
    QCOMPARE(noImage.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(noImage.error().providerCode, QStringLiteral("InvalidAMIID.NotFound"));
    QCOMPARE(noImage.error().message, QStringLiteral("The image id '[%1]' does not exist").arg(amiId));
}

void TestAwsProviderMyImage::missingVmIsEc2sError()
{
    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-none");
    request.sourceVm = Iid { QString(), QStringLiteral("i-00000000000000dead") };
    const Result<Resource> made = await(m_aws->create(request, MutationContext { QStringLiteral("tok-x"), {} }));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(made.error().providerCode, QStringLiteral("InvalidInstanceID.NotFound"));
    QCOMPARE(made.error().message, QStringLiteral("The instance ID 'i-00000000000000dead' does not exist"));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateImage")), 1);
    QVERIFY(cloud().images.isEmpty());

    // No source VM at all: refused before any call.
    request.sourceVm = Iid();
    const Result<Resource> none = await(m_aws->create(request, {}));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateImage")), 1);
}

void TestAwsProviderMyImage::duplicateNameAndTokenRetry()
{
    const QString vmId = runningVm(QStringLiteral("vm-dup"));
    QVERIFY(!vmId.isEmpty());
    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-dup");
    request.sourceVm = Iid { QString(), vmId };
    const Result<Resource> first = await(m_aws->create(request, MutationContext { QStringLiteral("tok-dup-1"), {} }));
    QVERIFY2(first.ok(), why(first));

    // The same token again: the adapter finds its image by the token tag, EC2 makes nothing new.
    const Result<Resource> again = await(m_aws->create(request, MutationContext { QStringLiteral("tok-dup-1"), {} }));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again.value().iid().systemId, first.value().iid().systemId);
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateImage")), 1);

    // Another token, same name: EC2's InvalidAMIName.Duplicate, verbatim, as a conflict.
    const Result<Resource> clash = await(m_aws->create(request, MutationContext { QStringLiteral("tok-dup-2"), {} }));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(clash.error().providerCode, QStringLiteral("InvalidAMIName.Duplicate"));
    QCOMPARE(clash.error().message,
        QStringLiteral("AMI name img-dup is already in use by AMI %1").arg(first.value().iid().systemId));
    QCOMPARE(int(cloud().images.size()), 1);
}

void TestAwsProviderMyImage::failedImageIsMarked()
{
    const QString vmId = runningVm(QStringLiteral("vm-fail"));
    QVERIFY(!vmId.isEmpty());
    m_server->state().setImageOutcome(QStringLiteral("failed"));
    m_server->state().setTransitionDescribes(2); // create's own describe sees it pending
    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-fail");
    request.sourceVm = Iid { QString(), vmId };
    const Result<Resource> made = await(m_aws->create(request, MutationContext { QStringLiteral("tok-fail"), {} }));
    QVERIFY2(made.ok(), why(made));
    QVERIFY(!myImageHasFailed(*made.value().as<MyImageInfo>())); // pending: not failed yet
    const Result<Resource> settled = await(m_aws->get(ResourceKind::MyImage, QStringLiteral("img-fail")));
    QVERIFY2(settled.ok(), why(settled));
    const MyImageInfo* image = settled.value().as<MyImageInfo>();
    QCOMPARE(image->status, QStringLiteral("Unavailable"));
    QCOMPARE(image->extra.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QVERIFY(myImageHasFailed(*image));
    QCOMPARE(image->extra.value(QLatin1String("stateReason")).toString(),
        QStringLiteral("Client.SnapshotCreationFailure: Snapshot creation failed"));
}

QTEST_GUILESS_MAIN(TestAwsProviderMyImage)
#include "TestAwsProviderMyImage.moc"
