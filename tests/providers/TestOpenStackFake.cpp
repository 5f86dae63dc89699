// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenStack adapter's error paths and wire details against a small local cloud (Keystone
// plus a few Nova/Neutron/Cinder routes): a wrong password, pagination over two pages, Cinder's
// 413 over-quota, Neutron's error body, a revoked token, tags on a created VM, and status mapping.

#include "providers/BuiltinProviderFactory.h"
#include "providers/openstack/OpenStackMapper.h"
#include "providers/openstack/OpenStackProvider.h"
#include "tests/providers/FakeKeystone.h"
#include "tests/providers/ResultText.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QTest>

using namespace Barista;
using namespace Barista::Test;
using Barista::Test::ScratchDir;

Q_DECLARE_METATYPE(Barista::VmStatus)

namespace {

const QString kNet = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kImage = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const QString kNewServer = QStringLiteral("99999999-8888-7777-6666-555555555555");

QJsonObject server(const QString& id, const QString& name, const QJsonObject& metadata = {})
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("status"), QStringLiteral("ACTIVE") }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("flavor"), QJsonObject { { QStringLiteral("original_name"), QStringLiteral("m1.tiny") } } } };
}

template<typename T>
Result<T> await(const QFuture<Result<T>>& future)
{
    if (!Test::waitFor(future, 20000))
        return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return future.result();
}

} // namespace

class TestOpenStackFake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testWrongPasswordIsOneRequest();
    void testPaginationOverTwoPages();
    void testOverQuotaIsQuotaExceeded();
    void testNeutronErrorVerbatim();
    void testRevokedTokenIsRenewedOnce();
    void testCreateVmCarriesTags();
    void testUnsupportedKindsSayWhy();
    void testFactoryReadsTheSecretStore();
    void testVmStatusMapping_data();
    void testVmStatusMapping();

private:
    std::unique_ptr<OpenStackProvider> provider(const QString& password = QStringLiteral("s3cret-pass"));
    FakeReply route(const FakeRequest& r);

    FakeHttpServer m_server;
    FakeKeystone m_keystone;
    QByteArray m_revokedToken;
    QJsonObject m_createdServer;
};

void TestOpenStackFake::initTestCase()
{
    m_server.setHandler([this](const FakeRequest& r) { return route(r); });
    QVERIFY(m_server.start() != 0);
}

void TestOpenStackFake::init()
{
    m_server.clearRequests();
    m_keystone = FakeKeystone {};
    m_revokedToken.clear();
    m_createdServer = QJsonObject();
}

std::unique_ptr<OpenStackProvider> TestOpenStackFake::provider(const QString& password)
{
    return m_keystone.provider(m_server.url(QStringLiteral("/v3")), QStringLiteral("fake-os"), password);
}

FakeReply TestOpenStackFake::route(const FakeRequest& r)
{
    if (std::optional<FakeReply> keystone = m_keystone.handle(r, m_server.url()))
        return *keystone;
    if (!m_revokedToken.isEmpty() && r.header("X-Auth-Token") == m_revokedToken)
        return FakeReply::json(401, { { QStringLiteral("error"), QJsonObject { { QStringLiteral("message"),
            QStringLiteral("The request you have made requires authentication.") } } } });
    if (r.header("X-Auth-Token") != m_keystone.currentToken())
        return FakeReply::raw(401, "bad token");
    const QString path = r.path();
    const QString volumes = QStringLiteral("/volume/v3/") + m_keystone.projectId + QStringLiteral("/volumes");
    if (path == QLatin1String("/compute/v2.1/servers/detail") && !r.query(QStringLiteral("name")).isEmpty())
        return FakeReply::json(200, { { QStringLiteral("servers"),
            m_createdServer.isEmpty() ? QJsonArray() : QJsonArray { m_createdServer } } });
    if (path == QLatin1String("/compute/v2.1/servers/detail")) {
        const QJsonArray all { server(QStringLiteral("s1"), QStringLiteral("one")), server(QStringLiteral("s2"), QStringLiteral("two")),
            server(QStringLiteral("s3"), QStringLiteral("three")) };
        const int limit = r.query(QStringLiteral("limit")).toInt();
        const QString marker = r.query(QStringLiteral("marker"));
        int start = 0;
        while (!marker.isEmpty() && start < all.size() && all[start][QLatin1String("id")].toString() != marker)
            ++start;
        start += marker.isEmpty() ? 0 : 1;
        QJsonArray page;
        for (int i = start; i < all.size() && (limit == 0 || page.size() < limit); ++i)
            page.append(all[i]);
        QJsonObject body { { QStringLiteral("servers"), page } };
        if (start + page.size() < all.size()) {
            const QString next = m_server.url().toString() + QStringLiteral("/compute/v2.1/servers/detail?limit=%1&marker=%2")
                                     .arg(limit).arg(page.last()[QLatin1String("id")].toString());
            body.insert(QLatin1String("servers_links"),
                QJsonArray { QJsonObject { { QStringLiteral("rel"), QStringLiteral("next") }, { QStringLiteral("href"), next } } });
        }
        return FakeReply::json(200, body);
    }
    if (r.method == "POST" && path == volumes)
        return FakeReply::json(413, { { QStringLiteral("overLimit"), QJsonObject { { QStringLiteral("code"), 413 },
            { QStringLiteral("message"), QStringLiteral("VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota 'volumes'.") },
            { QStringLiteral("retryAfter"), QStringLiteral("0") } } } });
    if (r.method == "DELETE" && path == QLatin1String("/network/v2.0/networks/") + kNet)
        return FakeReply::json(409, { { QStringLiteral("NeutronError"), QJsonObject { { QStringLiteral("type"), QStringLiteral("NetworkInUse") },
            { QStringLiteral("message"), QStringLiteral("Unable to complete operation on network %1. There are one or more ports still in use on the network.").arg(kNet) },
            { QStringLiteral("detail"), QString() } } } });
    if (r.method == "GET" && path == QLatin1String("/network/v2.0/networks"))
        return FakeReply::json(200, { { QStringLiteral("networks"), QJsonArray { QJsonObject {
            { QStringLiteral("id"), kNet }, { QStringLiteral("name"), QStringLiteral("private") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("team=blue") } } } } } });
    if (r.method == "GET" && path == QLatin1String("/network/v2.0/subnets"))
        return FakeReply::json(200, { { QStringLiteral("subnets"), QJsonArray() } });
    if (r.method == "GET" && path == QLatin1String("/image/v2/images"))
        return FakeReply::json(200, { { QStringLiteral("images"), QJsonArray { QJsonObject { { QStringLiteral("id"), kImage } } } } });
    if (r.method == "GET" && path == QLatin1String("/compute/v2.1/flavors/detail"))
        return FakeReply::json(200, { { QStringLiteral("flavors"), QJsonArray { QJsonObject {
            { QStringLiteral("id"), QStringLiteral("1") }, { QStringLiteral("name"), QStringLiteral("m1.tiny") },
            { QStringLiteral("vcpus"), 1 }, { QStringLiteral("ram"), 512 }, { QStringLiteral("disk"), 1 } } } } });
    if (r.method == "POST" && path == QLatin1String("/compute/v2.1/servers")) {
        const QJsonObject requested = r.json().value(QLatin1String("server")).toObject();
        m_createdServer = server(kNewServer, requested.value(QLatin1String("name")).toString(),
            requested.value(QLatin1String("metadata")).toObject());
        m_createdServer.insert(QLatin1String("status"), QStringLiteral("BUILD"));
        return FakeReply::json(202, { { QStringLiteral("server"), QJsonObject { { QStringLiteral("id"), kNewServer } } } });
    }
    if (r.method == "GET" && path == QLatin1String("/compute/v2.1/servers/") + kNewServer && !m_createdServer.isEmpty())
        return FakeReply::json(200, { { QStringLiteral("server"), m_createdServer } });
    return FakeReply::json(404, { { QStringLiteral("itemNotFound"), QJsonObject { { QStringLiteral("code"), 404 },
        { QStringLiteral("message"), QStringLiteral("No route in the fake for %1 %2").arg(QString::fromLatin1(r.method), path) } } } });
}

void TestOpenStackFake::testWrongPasswordIsOneRequest()
{
    const auto os = provider(QStringLiteral("wrong"));
    const Result<ResourcePage> page = await(os->list(ResourceKind::Vm, ListRequest {}));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, CloudError::Kind::Auth);
    QCOMPARE(page.error().message, FakeKeystone::unauthorizedMessage());
    QCOMPARE(page.error().providerCode, QStringLiteral("Unauthorized"));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.count("POST", QStringLiteral("/v3/auth/tokens")), 1);
}

void TestOpenStackFake::testPaginationOverTwoPages()
{
    const auto os = provider();
    const Result<ResourcePage> first = await(os->list(ResourceKind::Vm, ListRequest { QString(), 2 }));
    QVERIFY2(first.ok(), why(first).constData());
    QCOMPARE(first.value().items.size(), 2);
    QCOMPARE(first.value().items[0].iid(), (Iid { QStringLiteral("one"), QStringLiteral("s1") }));
    QCOMPARE(first.value().nextPageToken, QStringLiteral("s2"));
    const Result<ResourcePage> second = await(os->list(ResourceKind::Vm, ListRequest { first.value().nextPageToken, 2 }));
    QVERIFY(second.ok());
    QCOMPARE(second.value().items.size(), 1);
    QCOMPARE(second.value().items[0].iid().systemId, QStringLiteral("s3"));
    QVERIFY(second.value().nextPageToken.isEmpty());
    const FakeRequest& last = m_server.requests().last();
    QCOMPARE(last.query(QStringLiteral("marker")), QStringLiteral("s2"));
    QCOMPARE(last.query(QStringLiteral("limit")), QStringLiteral("2"));
    QCOMPARE(last.header("OpenStack-API-Version"), QByteArray("compute 2.79"));
    QCOMPARE(os->tokensIssued(), 1); // one token for both pages
}

void TestOpenStackFake::testOverQuotaIsQuotaExceeded()
{
    const auto os = provider();
    DiskInfo disk;
    disk.iid.nameId = QStringLiteral("data-1");
    disk.sizeGb = 10;
    const Result<Resource> created = await(os->create(disk, MutationContext {}));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(created.error().httpStatus, 413);
    QCOMPARE(created.error().providerCode, QStringLiteral("overLimit"));
    QCOMPARE(created.error().message,
        QStringLiteral("VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota 'volumes'."));
    QVERIFY(!created.error().isRetryable());
}

void TestOpenStackFake::testNeutronErrorVerbatim()
{
    const auto os = provider();
    const Result<Done> removed = await(os->remove(ResourceKind::Vpc, Iid { QStringLiteral("private"), kNet }, {}));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(removed.error().providerCode, QStringLiteral("NetworkInUse"));
    QVERIFY(removed.error().message.startsWith(QStringLiteral("Unable to complete operation on network ") + kNet));
}

void TestOpenStackFake::testRevokedTokenIsRenewedOnce()
{
    const auto os = provider();
    QVERIFY(await(os->list(ResourceKind::Vpc, ListRequest {})).ok());
    m_revokedToken = m_keystone.currentToken(); // the services now refuse it
    const Result<ResourcePage> page = await(os->list(ResourceKind::Vpc, ListRequest {}));
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page.value().items.first().tags().value(QStringLiteral("team")), QStringLiteral("blue"));
    QCOMPARE(os->tokensIssued(), 2);
    QCOMPARE(m_server.count("POST", QStringLiteral("/v3/auth/tokens")), 2);
}

void TestOpenStackFake::testCreateVmCarriesTags()
{
    const auto os = provider();
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("web-1");
    vm.imageName = QStringLiteral("tiny-raw");
    vm.specName = QStringLiteral("m1.tiny");
    vm.vpcIid.nameId = QStringLiteral("private");
    vm.securityGroupIids = { Iid { QStringLiteral("web-sg"), QString() } };
    vm.keyPairIid.nameId = QStringLiteral("my-key");
    vm.tags = { { QStringLiteral("owner"), QStringLiteral("me") } };
    const MutationContext context { QStringLiteral("tok-123"), { { QStringLiteral("barista-infra"), QStringLiteral("inf1") } } };
    const Result<Resource> created = await(os->create(vm, context));
    QVERIFY2(created.ok(), why(created).constData());
    const VmInfo* info = created.value().as<VmInfo>();
    QCOMPARE(info->iid, (Iid { QStringLiteral("web-1"), kNewServer }));
    QCOMPARE(info->status, VmStatus::Creating);
    QCOMPARE(info->tags.value(QStringLiteral("barista-infra")), QStringLiteral("inf1"));
    QCOMPARE(info->tags.value(QStringLiteral("owner")), QStringLiteral("me"));
    QVERIFY(!info->tags.contains(OpenStackMapper::tokenTag())); // kept out of the user's tags
    QCOMPARE(info->extra.value(QLatin1String("clientToken")).toString(), QStringLiteral("tok-123"));

    FakeRequest post;
    for (const FakeRequest& r : m_server.requests()) {
        if (r.method == "POST" && r.path() == QLatin1String("/compute/v2.1/servers"))
            post = r;
    }
    const QJsonObject body = post.json().value(QLatin1String("server")).toObject();
    QCOMPARE(body.value(QLatin1String("imageRef")).toString(), kImage);
    QCOMPARE(body.value(QLatin1String("flavorRef")).toString(), QStringLiteral("1"));
    QCOMPARE(body[QLatin1String("networks")][0][QLatin1String("uuid")].toString(), kNet);
    QCOMPARE(body[QLatin1String("security_groups")][0][QLatin1String("name")].toString(), QStringLiteral("web-sg"));
    QCOMPARE(body.value(QLatin1String("key_name")).toString(), QStringLiteral("my-key"));
    QCOMPARE(body[QLatin1String("metadata")][QLatin1String("barista-client-token")].toString(), QStringLiteral("tok-123"));

    // A retry with the same token finds the first VM instead of making a second one.
    m_createdServer.insert(QLatin1String("status"), QStringLiteral("ACTIVE"));
    const Result<Resource> retried = await(os->create(vm, context));
    QVERIFY2(retried.ok(), why(retried).constData());
    QCOMPARE(retried.value().iid().systemId, kNewServer);
    QCOMPARE(retried.value().as<VmInfo>()->status, VmStatus::Running);
    QCOMPARE(m_server.count("POST", QStringLiteral("/compute/v2.1/servers")), 1);
    // Another token is another VM.
    QVERIFY(await(os->create(vm, MutationContext { QStringLiteral("tok-456"), {} })).ok());
    QCOMPARE(m_server.count("POST", QStringLiteral("/compute/v2.1/servers")), 2);
}

void TestOpenStackFake::testUnsupportedKindsSayWhy()
{
    const auto os = provider();
    QVERIFY(os->capabilities().supports(ResourceKind::Nlb, Operation::List)); // this catalog has no Octavia
    QVERIFY(os->capabilities().supports(ResourceKind::Cluster, Operation::Create)); // nor Magnum
    QVERIFY(!os->capabilities().supports(ResourceKind::Price, Operation::List));
    QVERIFY(os->capabilities().supports(ResourceKind::Vm, Operation::Control));
    const Result<ResourcePage> nlb = await(os->list(ResourceKind::Nlb, ListRequest {}));
    QCOMPARE(nlb.error().kind, CloudError::Kind::Unsupported);
    QVERIFY2(nlb.error().message.contains(QLatin1String("Octavia")), qPrintable(nlb.error().message));
    const Result<ResourcePage> k8s = await(os->list(ResourceKind::Cluster, ListRequest {}));
    QVERIFY2(k8s.error().message.contains(QLatin1String("Magnum")), qPrintable(k8s.error().message));
    const Result<AnyCallResponse> unknown = await(os->anyCall(AnyCallRequest { QStringLiteral("Nope"), {} }));
    QCOMPARE(unknown.error().kind, CloudError::Kind::Unsupported);
}

void TestOpenStackFake::testFactoryReadsTheSecretStore()
{
    ScratchDir dir;
    BuiltinProviderFactory factory(dir.path());
    MemorySecretStore secrets;
    factory.setSecretStore(&secrets);
    ConnectionConfig c { QStringLiteral("os"), QStringLiteral("native"), QStringLiteral("openstack"), QString(),
        QStringLiteral("RegionOne"), QString(), QUrl() };
    QString error;
    QVERIFY(!factory.create(c, &error));
    QVERIFY2(error.contains(QLatin1String("credential")), qPrintable(error));
    c.credentialRef = QStringLiteral("connection/os");
    const std::shared_ptr<CloudProvider> os = factory.create(c, &error);
    QVERIFY2(os, qPrintable(error));
    const Result<ResourcePage> missing = await(os->list(ResourceKind::Vpc, ListRequest {}));
    QVERIFY(!missing.ok()); // nothing stored yet: the store's own error
    // The credential as clouds.yaml's auth block, with the Keystone URL from the endpoint override.
    const QByteArray credential = R"({"username": "demo", "password": "s3cret-pass", "project_name": "demo",
        "user_domain_name": "Default", "project_domain_name": "Default"})";
    QVERIFY(await(secrets.write(c.credentialRef, credential)).ok());
    c.endpointOverride = m_server.url(QStringLiteral("/v3"));
    const std::shared_ptr<CloudProvider> withUrl = factory.create(c, &error);
    const Result<ResourcePage> vpcs = await(withUrl->list(ResourceKind::Vpc, ListRequest {}));
    QVERIFY2(vpcs.ok(), why(vpcs).constData());
    QCOMPARE(vpcs.value().items.first().iid().nameId, QStringLiteral("private"));
}

void TestOpenStackFake::testVmStatusMapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("task");
    QTest::addColumn<VmStatus>("expected");
    QTest::newRow("BUILD") << "BUILD" << "spawning" << VmStatus::Creating;
    QTest::newRow("ACTIVE") << "ACTIVE" << "" << VmStatus::Running;
    QTest::newRow("ACTIVE powering-off") << "ACTIVE" << "powering-off" << VmStatus::Suspending;
    QTest::newRow("SHUTOFF") << "SHUTOFF" << "" << VmStatus::Suspended;
    QTest::newRow("SHUTOFF powering-on") << "SHUTOFF" << "powering-on" << VmStatus::Resuming;
    QTest::newRow("SUSPENDED") << "SUSPENDED" << "" << VmStatus::Suspended;
    QTest::newRow("PAUSED") << "PAUSED" << "" << VmStatus::Suspended;
    QTest::newRow("REBOOT") << "REBOOT" << "reboot_started" << VmStatus::Rebooting;
    QTest::newRow("ACTIVE rebooting") << "ACTIVE" << "rebooting" << VmStatus::Rebooting;
    QTest::newRow("HARD_REBOOT") << "HARD_REBOOT" << "" << VmStatus::Rebooting;
    QTest::newRow("ACTIVE deleting") << "ACTIVE" << "deleting" << VmStatus::Terminating;
    QTest::newRow("DELETED") << "DELETED" << "" << VmStatus::Terminated;
    QTest::newRow("ERROR") << "ERROR" << "" << VmStatus::Failed;
    QTest::newRow("VERIFY_RESIZE") << "VERIFY_RESIZE" << "" << VmStatus::Running;
    QTest::newRow("SHELVED_OFFLOADED") << "SHELVED_OFFLOADED" << "" << VmStatus::Suspended;
}

void TestOpenStackFake::testVmStatusMapping()
{
    QFETCH(QString, status);
    QFETCH(QString, task);
    QFETCH(VmStatus, expected);
    QCOMPARE(OpenStackMapper::vmStatus(status, task), expected);
}

QTEST_GUILESS_MAIN(TestOpenStackFake)
#include "TestOpenStackFake.moc"
