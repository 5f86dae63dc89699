// SPDX-License-Identifier: GPL-3.0-or-later
// MyImage on the GCP adapter = Compute Engine machine images, against the in-process GCP test
// server: made from a running VM (labels with our tags and the journal's token, a global
// Operation waited on), listed (paged by nextPageToken) and read, status READY -> Available and
// anything else -> Unavailable, a retry with the same token making nothing new, a duplicate name
// answered with Google's alreadyExists, a missing source VM with Google's notFound verbatim, and
// the delete leaving nothing on the server.

#include "tests/providers/GcpTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

class TestGcpProviderMyImage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lifecycle();
    void errorsAsGoogleSendsThem();

private:
    bool makeVm(const QString& name);
    QMap<QString, QString> serverImages() const;

    Fixture m_fixture;
    std::unique_ptr<GcpProvider> m_gcp;
};

void TestGcpProviderMyImage::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
    m_gcp = provider(*m_fixture.server, m_fixture.account);
}

void TestGcpProviderMyImage::cleanup()
{
    m_gcp.reset();
    m_fixture = {};
}

bool TestGcpProviderMyImage::makeVm(const QString& name)
{
    if (!m_fixture.server->state().has(path(QStringLiteral("global/networks/vpc-one")))) {
        const VpcInfo vpc = vpcRequest(QStringLiteral("vpc-one"), QStringLiteral("subnet-a"));
        const Result<Resource> made = await(m_gcp->create(vpc, MutationContext { QStringLiteral("tok-vpc"), {} }));
        if (!made.ok())
            return false;
    }
    // The instance is RUNNING from the first read after its insert.
    return createVm(*m_gcp, name, QStringLiteral("vpc-one"), QStringLiteral("subnet-a")).ok()
        && await(m_gcp->get(ResourceKind::Vm, name)).ok();
}

QMap<QString, QString> TestGcpProviderMyImage::serverImages() const
{
    QMap<QString, QString> out; // name -> status, as the server holds them
    for (const QString& key : m_fixture.server->state().children(path(QStringLiteral("global/machineImages"))))
        out.insert(key.section(QLatin1Char('/'), -1),
            m_fixture.server->state().resources().value(key).value(QLatin1String("status")).toString());
    return out;
}

void TestGcpProviderMyImage::lifecycle()
{
    GcpTestServer& srv = *m_fixture.server;
    QVERIFY(makeVm(QStringLiteral("vm-1")));
    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-one");
    request.sourceVm = { QStringLiteral("vm-1"), QString() };
    request.tags = { { QStringLiteral("Team"), QStringLiteral("Web") } };
    const MutationContext context { QStringLiteral("tok-img-1"),
        { { QStringLiteral("barista-token"), QStringLiteral("tok-img-1") } } };
    const Result<Resource> made = await(m_gcp->create(request, context));
    QVERIFY2(made.ok(), why(made));
    const MyImageInfo* image = made.value().as<MyImageInfo>();
    QVERIFY(image);
    QCOMPARE(image->iid, (Iid { QStringLiteral("img-one"), QStringLiteral("img-one") }));
    QCOMPARE(image->sourceVm, (Iid { QStringLiteral("vm-1"), QStringLiteral("vm-1") }));
    QCOMPARE(image->status, QStringLiteral("Available"));
    QCOMPARE(image->extra.value(QLatin1String("status")).toString(), QStringLiteral("READY"));
    QCOMPARE(image->tags.value(QStringLiteral("team")), QStringLiteral("web")); // GCP label rules
    QCOMPARE(image->tags.value(QStringLiteral("barista-token")), QStringLiteral("tok-img-1"));
    QVERIFY(image->createdAt.isValid());

    // What went over the wire: one global insert with sourceInstance and the labels, its global
    // Operation polled to DONE.
    QCOMPARE(srv.requestCount(QStringLiteral("POST /compute/v1/projects/barista-test/global/machineImages")), 1);
    QVERIFY(srv.requestCount(QStringLiteral("GET /compute/v1/projects/barista-test/global/operations/")) >= 1);
    const QJsonObject stored = srv.state().resources().value(path(QStringLiteral("global/machineImages/img-one")));
    QVERIFY(stored.value(QLatin1String("sourceInstance"))
                .toString()
                .endsWith(QStringLiteral("projects/barista-test/zones/asia-northeast3-a/instances/vm-1")));
    QCOMPARE(stored.value(QLatin1String("labels")).toObject().value(QLatin1String("barista-token")).toString(),
        QStringLiteral("tok-img-1"));

    // A retry of the same job: the same requestId, the same Operation, no second image and no 409.
    const Result<Resource> again = await(m_gcp->create(request, context));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(serverImages().size(), 1);

    // A second image from the stopped VM; a paged list of 1 + 1.
    QVERIFY(await(m_gcp->control(ResourceKind::Vm, { QStringLiteral("vm-1"), QString() }, ControlAction::Suspend, {}))
                .ok());
    request.iid.nameId = QStringLiteral("img-two");
    const Result<Resource> second = await(m_gcp->create(request, MutationContext { QStringLiteral("tok-img-2"), {} }));
    QVERIFY2(second.ok(), why(second));
    const Result<ResourcePage> first = await(m_gcp->list(ResourceKind::MyImage, ListRequest { QString(), 1 }));
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first.value().items.size(), 1);
    QVERIFY(!first.value().nextPageToken.isEmpty());
    const Result<ResourcePage> rest
        = await(m_gcp->list(ResourceKind::MyImage, ListRequest { first.value().nextPageToken, 1 }));
    QVERIFY2(rest.ok(), why(rest));
    QCOMPARE(rest.value().items.size(), 1);
    QVERIFY(rest.value().nextPageToken.isEmpty());
    QCOMPARE((QStringList { first.value().items.first().iid().nameId, rest.value().items.first().iid().nameId }),
        (QStringList { QStringLiteral("img-one"), QStringLiteral("img-two") }));

    // Not READY (still being made or uploaded, being deleted, broken): Unavailable, the raw
    // status kept.
    for (const QString& raw : { QStringLiteral("CREATING"), QStringLiteral("UPLOADING"), QStringLiteral("DELETING"),
             QStringLiteral("INVALID") }) {
        srv.state().at(path(QStringLiteral("global/machineImages/img-two"))).insert(QStringLiteral("status"), raw);
        const Result<Resource> notReady = await(m_gcp->get(ResourceKind::MyImage, QStringLiteral("img-two")));
        QVERIFY2(notReady.ok(), why(notReady));
        QCOMPARE(notReady.value().as<MyImageInfo>()->status, QStringLiteral("Unavailable"));
        QCOMPARE(notReady.value().as<MyImageInfo>()->extra.value(QLatin1String("status")).toString(), raw);
    }
    srv.state()
        .at(path(QStringLiteral("global/machineImages/img-two")))
        .insert(QStringLiteral("status"), QStringLiteral("READY"));

    // Delete both: gone from the server, get answers NotFound.
    QVERIFY(
        await(m_gcp->remove(ResourceKind::MyImage, { QStringLiteral("img-one"), QStringLiteral("img-one") }, {})).ok());
    QVERIFY(await(m_gcp->remove(ResourceKind::MyImage, { QStringLiteral("img-two"), QString() }, {})).ok());
    QVERIFY(serverImages().isEmpty());
    QCOMPARE(srv.requestCount(QStringLiteral("DELETE /compute/v1/projects/barista-test/global/machineImages/")), 2);
    const Result<Resource> gone = await(m_gcp->get(ResourceKind::MyImage, QStringLiteral("img-one")));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, CloudError::Kind::NotFound);
    const Result<ResourcePage> none = await(m_gcp->list(ResourceKind::MyImage, {}));
    QVERIFY2(none.ok(), why(none));
    QVERIFY(none.value().items.isEmpty());
}

void TestGcpProviderMyImage::errorsAsGoogleSendsThem()
{
    QVERIFY(makeVm(QStringLiteral("vm-1")));
    MyImageInfo request;
    request.iid.nameId = QStringLiteral("img-x");

    // No source VM: refused before any call.
    const int before = m_fixture.server->requestCount();
    const Result<Resource> noSource = await(m_gcp->create(request, {}));
    QVERIFY(!noSource.ok());
    QCOMPARE(noSource.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(m_fixture.server->requestCount(), before);

    // A VM that does not exist: Google's 404 notFound, code and message verbatim; nothing made.
    request.sourceVm = { QStringLiteral("no-such-vm"), QString() };
    const Result<Resource> missing = await(m_gcp->create(request, {}));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().providerCode, QStringLiteral("notFound"));
    QCOMPARE(missing.error().message,
        QStringLiteral(
            "The resource 'projects/barista-test/zones/asia-northeast3-a/instances/no-such-vm' was not found"));
    QCOMPARE(missing.error().httpStatus, 404);
    QVERIFY(serverImages().isEmpty());

    // A duplicate name (another job, so another requestId): 409 alreadyExists.
    request.sourceVm = { QStringLiteral("vm-1"), QStringLiteral("vm-1") };
    QVERIFY(await(m_gcp->create(request, MutationContext { QStringLiteral("tok-a"), {} })).ok());
    const Result<Resource> duplicate = await(m_gcp->create(request, MutationContext { QStringLiteral("tok-b"), {} }));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(duplicate.error().providerCode, QStringLiteral("alreadyExists"));
    QCOMPARE(duplicate.error().message,
        QStringLiteral("The resource 'projects/barista-test/global/machineImages/img-x' already exists"));

    // The Operation itself failing (quota while uploading): its error, and no image left behind.
    m_fixture.server->state().failNextOperation(QStringLiteral("insert"), QStringLiteral("QUOTA_EXCEEDED"),
        QStringLiteral("Quota 'MACHINE_IMAGES' exceeded.  Limit: 1.0 globally."), 403);
    request.iid.nameId = QStringLiteral("img-y");
    const Result<Resource> quota = await(m_gcp->create(request, MutationContext { QStringLiteral("tok-c"), {} }));
    QVERIFY(!quota.ok());
    QCOMPARE(quota.error().providerCode, QStringLiteral("QUOTA_EXCEEDED"));
    QCOMPARE(quota.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(serverImages().keys(), QStringList { QStringLiteral("img-x") });

    // Deleting one that is not there: Google's notFound.
    const Result<Done> absent = await(m_gcp->remove(ResourceKind::MyImage, { QStringLiteral("img-z"), QString() }, {}));
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(absent.error().providerCode, QStringLiteral("notFound"));
}

QTEST_GUILESS_MAIN(TestGcpProviderMyImage)
#include "TestGcpProviderMyImage.moc"
