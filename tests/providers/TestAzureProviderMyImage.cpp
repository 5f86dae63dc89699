// SPDX-License-Identifier: GPL-3.0-or-later
// MyImage on the Azure adapter against the in-process ARM test server: a Microsoft.Compute/images
// image captured from a running VM (asked to, the adapter deallocates and generalizes it first, as
// Azure requires; unasked it refuses and leaves the VM alone), with our tags, through its long-running operation; list/get/delete; a missing source
// VM answered with ARM's own error; a failed capture shown as Unavailable; paging by nextLink.

#include "tests/providers/AzureTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

class TestAzureProviderMyImage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createFromRunningVmThenDelete();
    void missingSourceVmIsTheProvidersError();
    void generalizingIsNeverASideEffect();
    void failedCaptureIsUnavailable();
    void listPagesByNextLink();

private:
    QString makeVm(const QString& name);
    Result<Resource> capture(const QString& image, const QString& vm, const QString& token, bool generalize = true);

    std::unique_ptr<AzureArmTestServer> m_server;
    std::unique_ptr<AzureProvider> m_azure;
};

void TestAzureProviderMyImage::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    m_azure = provider(*m_server);
}

void TestAzureProviderMyImage::cleanup()
{
    m_azure.reset();
    m_server.reset();
}

QString TestAzureProviderMyImage::makeVm(const QString& name)
{
    if (!await(m_azure->get(ResourceKind::Vpc, QStringLiteral("vnet-1"))).ok() && !makeNetworkAndKey(*m_azure))
        return QString();
    return AzureTest::makeVm(*m_azure, name);
}

Result<Resource> TestAzureProviderMyImage::capture(const QString& image, const QString& vm, const QString& token, bool generalize)
{
    MyImageInfo request;
    request.iid.nameId = image;
    request.sourceVm = { vm, {} };
    if (generalize)
        request.extra.insert(QStringLiteral("generalize"), true);
    request.tags = { { QStringLiteral("owner"), QStringLiteral("barista") } };
    return await(m_azure->create(request, { token, { { QStringLiteral("barista-journal"), QStringLiteral("j-1") } } }));
}

void TestAzureProviderMyImage::createFromRunningVmThenDelete()
{
    const QString vmId = makeVm(QStringLiteral("vm-1"));
    QVERIFY(!vmId.isEmpty());
    QCOMPARE(m_server->state().powerState(vmId), QStringLiteral("running"));
    m_server->clearRequests();

    const Result<Resource> made = capture(QStringLiteral("img-1"), QStringLiteral("vm-1"), QStringLiteral("tok-img"));
    QVERIFY2(made.ok(), why(made));
    const MyImageInfo* info = made.value().as<MyImageInfo>();
    QVERIFY(info);
    QCOMPARE(info->iid.nameId, QStringLiteral("img-1"));
    QVERIFY(info->iid.systemId.endsWith(QLatin1String("/providers/Microsoft.Compute/images/img-1")));
    QCOMPARE(info->status, QStringLiteral("Available")); // the create waited for the capture to end
    QCOMPARE(info->extra.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(info->sourceVm.nameId, QStringLiteral("vm-1"));
    QCOMPARE(info->sourceVm.systemId, vmId);
    QCOMPARE(info->tags.value(QStringLiteral("owner")), QStringLiteral("barista"));
    QCOMPARE(info->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-img"));
    QVERIFY(info->createdAt.isValid());

    // What the server holds, not the adapter's word: the image with our tags, the VM captured the Azure way.
    const QJsonObject stored = m_server->state().resource(info->iid.systemId);
    QCOMPARE(stored.value(QStringLiteral("properties")).toObject().value(QStringLiteral("sourceVirtualMachine")).toObject()
                 .value(QStringLiteral("id")).toString(), vmId);
    QCOMPARE(stored.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-token")).toString(), QStringLiteral("tok-img"));
    QCOMPARE(stored.value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-journal")).toString(), QStringLiteral("j-1"));
    QVERIFY(m_server->state().isGeneralized(vmId));
    QCOMPARE(m_server->state().powerState(vmId), QStringLiteral("deallocated"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/deallocate"), "POST"), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/generalize"), "POST"), 1);
    QVERIFY(m_server->requestCount(QStringLiteral("/operations/"), "GET") >= 2); // the image PUT's operation was polled

    const Result<ResourcePage> listed = await(m_azure->list(ResourceKind::MyImage, {}));
    QVERIFY2(listed.ok(), why(listed));
    QCOMPARE(listed.value().items.size(), 1);
    QCOMPARE(listed.value().items.first().as<MyImageInfo>()->iid.nameId, QStringLiteral("img-1"));
    const Result<Resource> got = await(m_azure->get(ResourceKind::MyImage, QStringLiteral("img-1")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(got.value().as<MyImageInfo>()->status, QStringLiteral("Available"));
    QCOMPARE(got.value().as<MyImageInfo>()->sourceVm.systemId, vmId);

    // Azure's rule: a generalized VM does not start again; the adapter passes ARM's refusal on.
    const Result<Resource> resumed = await(m_azure->control(ResourceKind::Vm, { QStringLiteral("vm-1"), {} }, ControlAction::Resume, {}));
    QVERIFY(!resumed.ok());
    QCOMPARE(resumed.error().providerCode, QStringLiteral("OperationNotAllowed"));
    QCOMPARE(resumed.error().message, lastServerMessage(*m_server));

    const Result<Done> removed = await(m_azure->remove(ResourceKind::MyImage, info->iid, {}));
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/images")), 0);
    const Result<Resource> gone = await(m_azure->get(ResourceKind::MyImage, QStringLiteral("img-1")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    const Result<ResourcePage> empty = await(m_azure->list(ResourceKind::MyImage, {}));
    QVERIFY2(empty.ok(), why(empty));
    QVERIFY(empty.value().items.isEmpty());
    const Result<Done> again = await(m_azure->remove(ResourceKind::MyImage, { QStringLiteral("img-1"), {} }, {}));
    QVERIFY2(again.ok(), why(again)); // already gone is done
}

void TestAzureProviderMyImage::generalizingIsNeverASideEffect()
{
    const QString vmId = makeVm(QStringLiteral("vm-1"));
    QVERIFY(!vmId.isEmpty());
    m_server->clearRequests();
    const Result<Resource> refused = capture(QStringLiteral("img-1"), QStringLiteral("vm-1"), QStringLiteral("tok-img"), false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    QVERIFY2(refused.error().message.contains(QLatin1String("generalize")), qPrintable(refused.error().message));
    // The VM was not touched and nothing was made.
    QCOMPARE(m_server->state().powerState(vmId), QStringLiteral("running"));
    QVERIFY(!m_server->state().isGeneralized(vmId));
    QCOMPARE(m_server->requestCount(QStringLiteral("/deallocate")), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/generalize")), 0);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/images")), 0);
}

void TestAzureProviderMyImage::missingSourceVmIsTheProvidersError()
{
    QVERIFY(!makeVm(QStringLiteral("vm-1")).isEmpty());
    const Result<Resource> made = capture(QStringLiteral("img-x"), QStringLiteral("no-such-vm"), QStringLiteral("tok-x"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(made.error().providerCode, QStringLiteral("ResourceNotFound"));
    QCOMPARE(made.error().message, lastServerMessage(*m_server));
    QVERIFY(made.error().message.contains(QLatin1String("no-such-vm")));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/images")), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/generalize")), 0);

    const Result<Resource> nameless = capture(QStringLiteral("img-y"), QString(), QStringLiteral("tok-y"));
    QVERIFY(!nameless.ok());
    QCOMPARE(nameless.error().kind, CloudError::Kind::InvalidRequest);
}

void TestAzureProviderMyImage::failedCaptureIsUnavailable()
{
    QVERIFY(!makeVm(QStringLiteral("vm-1")).isEmpty());
    // The VM's own operations (deallocate) come first: fail the capture's operation only.
    m_server->failNext({ QStringLiteral("/images/img-f"), "PUT", 409, QStringLiteral("OSProvisioningClientError"),
        QStringLiteral("Capture of the OS disk failed."), 1, -1 });
    Result<Resource> made = capture(QStringLiteral("img-f"), QStringLiteral("vm-1"), QStringLiteral("tok-f"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().providerCode, QStringLiteral("OSProvisioningClientError"));
    QCOMPARE(made.error().message, QStringLiteral("Capture of the OS disk failed."));
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/images")), 0);

    // Accepted, then the long-running operation ends Failed: the image stays, Unavailable.
    m_server->state().failNextOperation(QStringLiteral("InternalOperationError"), QStringLiteral("The capture did not complete."));
    made = capture(QStringLiteral("img-f"), QStringLiteral("vm-1"), QStringLiteral("tok-f"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().providerCode, QStringLiteral("InternalOperationError"));
    QCOMPARE(made.error().message, QStringLiteral("The capture did not complete."));
    const Result<Resource> got = await(m_azure->get(ResourceKind::MyImage, QStringLiteral("img-f")));
    QVERIFY2(got.ok(), why(got));
    QCOMPARE(got.value().as<MyImageInfo>()->status, QStringLiteral("Unavailable"));
    QCOMPARE(got.value().as<MyImageInfo>()->extra.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Failed"));
    QVERIFY(await(m_azure->remove(ResourceKind::MyImage, got.value().iid(), {})).ok());
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/images")), 0);
}

void TestAzureProviderMyImage::listPagesByNextLink()
{
    QVERIFY(!makeVm(QStringLiteral("vm-1")).isEmpty());
    for (int i = 0; i < 3; ++i) {
        const Result<Resource> made = capture(QStringLiteral("img-%1").arg(i), QStringLiteral("vm-1"), QStringLiteral("tok-%1").arg(i));
        QVERIFY2(made.ok(), why(made));
    }
    QCOMPARE(m_server->requestCount(QStringLiteral("/generalize"), "POST"), 1); // already generalized after the first
    m_server->state().setPageSize(2);
    QStringList names;
    ListRequest request;
    int pages = 0;
    do {
        const Result<ResourcePage> page = await(m_azure->list(ResourceKind::MyImage, request));
        QVERIFY2(page.ok(), why(page));
        for (const Resource& r : page.value().items)
            names << r.iid().nameId;
        request.pageToken = page.value().nextPageToken;
        ++pages;
    } while (!request.pageToken.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("img-0"), QStringLiteral("img-1"), QStringLiteral("img-2") }));
}

QTEST_GUILESS_MAIN(TestAzureProviderMyImage)
#include "TestAzureProviderMyImage.moc"
