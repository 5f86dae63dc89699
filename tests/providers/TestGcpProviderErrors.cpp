// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP adapter's auth and error paths against the in-process GCP test server: a wrong key is
// exactly one token request and Google's own words; the token is cached and refreshed before
// expiry on the injected clock; a 401 drops it; Compute errors (notFound, alreadyExists,
// quotaExceeded, rateLimitExceeded with Retry-After, backendError) and a failed Operation
// (ZONE_RESOURCE_POOL_EXHAUSTED) keep Google's reason and message; and with wire logging on, no
// private key, assertion or access token reaches the log.

#include "providers/BuiltinProviderFactory.h"
#include "providers/gcp/GcpErrorParser.h"
#include "providers/gcp/GcpMapper.h"
#include "tests/providers/GcpTestSupport.h"
#include "tests/support/FakeClock.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScratchDir.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

DiskInfo diskNamed(const QString& name)
{
    DiskInfo disk;
    disk.iid.nameId = name;
    disk.sizeGb = 10;
    return disk;
}

} // namespace

class TestGcpProviderErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongKeyIsOneTokenRequestWithGooglesMessage();
    void unknownAccount();
    void tokenCachedAndRefreshedBeforeExpiry();
    void expiredTokenIsDroppedAfter401();
    void computeErrorsKeepGooglesWords();
    void failedOperationIsMapped();
    void errorParserAndLabels();
    void noSecretInWireLog();
    void factoryReadsTheKeyFileFromTheSecretStore();

private:
    Fixture m_fixture;
};

void TestGcpProviderErrors::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
}

void TestGcpProviderErrors::cleanup()
{
    m_fixture = {};
}

void TestGcpProviderErrors::wrongKeyIsOneTokenRequestWithGooglesMessage()
{
    GcpServiceAccount wrong = m_fixture.account;
    wrong.privateKeyPem = GcpJwtVerifier::generateRsaPrivateKeyPem(); // not the registered key
    auto gcp = provider(*m_fixture.server, wrong);
    const Result<ResourcePage> denied = await(gcp->list(ResourceKind::Vm, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().providerCode, QStringLiteral("invalid_grant"));
    QCOMPARE(denied.error().message, QStringLiteral("Invalid JWT Signature."));
    QCOMPARE(denied.error().httpStatus, 400);
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
    QCOMPARE(m_fixture.server->requests().size(), 1); // no API call went out without a token
}

void TestGcpProviderErrors::unknownAccount()
{
    GcpServiceAccount stranger = m_fixture.account;
    stranger.clientEmail = QStringLiteral("nobody@barista-test.iam.gserviceaccount.com");
    auto gcp = provider(*m_fixture.server, stranger);
    const Result<Resource> denied = await(gcp->get(ResourceKind::Region, region()));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().message, QStringLiteral("Invalid grant: account not found"));
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
}

void TestGcpProviderErrors::tokenCachedAndRefreshedBeforeExpiry()
{
    FakeClock clock(1000);
    auto gcp = provider(*m_fixture.server, m_fixture.account, &clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(gcp->get(ResourceKind::Region, region())).ok());
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
    QCOMPARE(gcp->tokensIssued(), 1);
    // expires_in 3599 s; refreshed 5 minutes before: at 3299 s after issue, not before.
    clock.advance(3298 * 1000);
    QVERIFY(await(gcp->get(ResourceKind::Region, region())).ok());
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
    clock.advance(2 * 1000);
    QVERIFY(await(gcp->get(ResourceKind::Region, region())).ok());
    QCOMPARE(m_fixture.server->tokenRequestCount(), 2);
    QCOMPARE(gcp->tokensIssued(), 2);
    QCOMPARE(m_fixture.server->requestCount(QStringLiteral("GET /compute/v1/")), 5);
}

void TestGcpProviderErrors::expiredTokenIsDroppedAfter401()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account);
    QVERIFY(await(gcp->get(ResourceKind::Region, region())).ok());
    // The server's clock jumps past the token's expiry: the API answers 401 with WWW-Authenticate.
    const qint64 later = QDateTime::currentSecsSinceEpoch() + 4000;
    m_fixture.server->setClock([later] { return later; });
    const Result<Resource> expired = await(gcp->get(ResourceKind::Region, region()));
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().kind, CloudError::Kind::Auth);
    QCOMPARE(expired.error().httpStatus, 401);
    QCOMPARE(expired.error().providerCode, QStringLiteral("authError"));
    QVERIFY(expired.error().message.startsWith(QStringLiteral("Request had invalid authentication credentials.")));
    m_fixture.server->setClock({});
    QVERIFY(await(gcp->get(ResourceKind::Region, region())).ok()); // a fresh token
    QCOMPARE(m_fixture.server->tokenRequestCount(), 2);
}

void TestGcpProviderErrors::computeErrorsKeepGooglesWords()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account);
    GcpTestServer& srv = *m_fixture.server;
    const Result<Resource> missing = await(gcp->get(ResourceKind::Vm, QStringLiteral("nope")));
    QCOMPARE(missing.error().kind, CloudError::Kind::NotFound);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().message,
        QStringLiteral("The resource 'projects/barista-test/zones/asia-northeast3-a/instances/nope' was not found"));

    QVERIFY(await(gcp->create(diskNamed(QStringLiteral("d1")), MutationContext { QStringLiteral("t1"), {} })).ok());
    const Result<Resource> twice
        = await(gcp->create(diskNamed(QStringLiteral("d1")), MutationContext { QStringLiteral("t2"), {} }));
    QCOMPARE(twice.error().kind, CloudError::Kind::Conflict);
    QCOMPARE(twice.error().providerCode, QStringLiteral("alreadyExists"));
    QCOMPARE(twice.error().httpStatus, 409);

    const QString quotaMessage
        = QStringLiteral("Quota 'SSD_TOTAL_GB' exceeded.  Limit: 500.0 in region asia-northeast3.");
    srv.failNext(QStringLiteral("POST /compute/v1/projects/barista-test/zones/asia-northeast3-a/disks"),
        GcpApiError { 403, QStringLiteral("quotaExceeded"), quotaMessage });
    const Result<Resource> quota = await(gcp->create(diskNamed(QStringLiteral("d2")), {}));
    QCOMPARE(quota.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(quota.error().providerCode, QStringLiteral("quotaExceeded"));
    QCOMPARE(quota.error().message, quotaMessage);

    srv.failNext(QStringLiteral("GET /compute/v1/projects/barista-test/zones/asia-northeast3-a/disks"),
        GcpApiError { 429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"), 3 });
    const Result<ResourcePage> throttled = await(gcp->list(ResourceKind::Disk, {}));
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().retryAfterMs, 3000);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("rateLimitExceeded"));

    srv.failNext(QStringLiteral("GET /compute/v1/projects/barista-test/zones/asia-northeast3-a/disks"),
        GcpApiError { 503, QStringLiteral("backendError"), QStringLiteral("Internal error. Please try again.") });
    const Result<ResourcePage> transient = await(gcp->list(ResourceKind::Disk, {}));
    QCOMPARE(transient.error().kind, CloudError::Kind::Transient);
    QVERIFY2(await(gcp->list(ResourceKind::Disk, {})).ok(), "the faults were one-shot");
    QCOMPARE(srv.tokenRequestCount(), 1);
}

void TestGcpProviderErrors::failedOperationIsMapped()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account);
    const QString message = QStringLiteral("The zone 'projects/barista-test/zones/asia-northeast3-a' does not have "
                                           "enough resources available to fulfill the request.");
    m_fixture.server->state().failNextOperation(
        QStringLiteral("insert"), QStringLiteral("ZONE_RESOURCE_POOL_EXHAUSTED"), message, 503);
    const Result<Resource> failed = await(gcp->create(diskNamed(QStringLiteral("d9")), {}));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, CloudError::Kind::QuotaExceeded);
    QCOMPARE(failed.error().providerCode, QStringLiteral("ZONE_RESOURCE_POOL_EXHAUSTED"));
    QCOMPARE(failed.error().message, message);
    QVERIFY(!m_fixture.server->state().has(path(QStringLiteral("zones/asia-northeast3-a/disks/d9"))));
    // Polled by operations.get until DONE (2 steps here).
    QCOMPARE(m_fixture.server->requestCount(QStringLiteral("/operations/")), 2);
}

void TestGcpProviderErrors::errorParserAndLabels()
{
    const ProviderErrorDetail oauth = GcpErrorParser::parse(
        400, QByteArrayLiteral("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));
    QCOMPARE(oauth.code, QStringLiteral("invalid_grant"));
    QCOMPARE(oauth.message, QStringLiteral("Invalid JWT Signature."));
    QCOMPARE(oauth.kind, std::optional<CloudError::Kind>(CloudError::Kind::Auth));
    const ProviderErrorDetail api
        = GcpErrorParser::parse(404, GcpApiError::notFound(QStringLiteral("projects/p/x")).body());
    QCOMPARE(api.code, QStringLiteral("notFound"));
    QCOMPARE(api.message, QStringLiteral("The resource 'projects/p/x' was not found"));
    QCOMPARE(GcpMapper::labelKey(QStringLiteral("Barista.Job ID")), QStringLiteral("barista_job_id"));
    QCOMPARE(GcpMapper::labelKey(QStringLiteral("9lives")), QStringLiteral("k9lives"));
    QCOMPARE(GcpMapper::labelValue(QStringLiteral("Hello World/1")), QStringLiteral("hello_world_1"));
    QCOMPARE(GcpMapper::labelValue(QString(80, QLatin1Char('x'))).size(), 63);
    QCOMPARE(GcpMapper::vmStatus(QStringLiteral("TERMINATED")), VmStatus::Suspended);
    QCOMPARE(GcpMapper::vmStatus(QStringLiteral("STAGING")), VmStatus::Creating);
    QCOMPARE(GcpMapper::diskStatus(QStringLiteral("READY"), true), DiskStatus::Attached);
}

void TestGcpProviderErrors::noSecretInWireLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("barista.http*=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        auto gcp = provider(*m_fixture.server, m_fixture.account);
        const Result<ResourcePage> listed = await(gcp->list(ResourceKind::Vpc, {}));
        const Result<Resource> made = await(gcp->create(diskNamed(QStringLiteral("logged")), {}));
        const Result<Resource> missing = await(gcp->get(ResourceKind::Vm, QStringLiteral("nope")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(listed.ok(), why(listed));
        QVERIFY2(made.ok(), why(made));
        QVERIFY(!missing.ok());
    }
    QMutexLocker lock(&g_logMutex);
    const QString log = g_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("grant_type")), qPrintable(log)); // the token request body was logged
    QVERIFY2(log.contains(QLatin1String("was not found")), qPrintable(log)); // error bodies too
    QVERIFY2(log.contains(QLatin1String("\"sizeGb\"")), qPrintable(log)); // and request bodies
    const QByteArray assertion = m_fixture.server->lastAssertion();
    QVERIFY(assertion.size() > 100);
    QVERIFY2(!log.contains(QString::fromLatin1(assertion)), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(assertion.split('.').at(2))), qPrintable(log)); // the signature alone
    QCOMPARE(m_fixture.server->issuedTokens().size(), 1);
    QVERIFY2(!log.contains(m_fixture.server->issuedTokens().first()), qPrintable(log));
    const QStringList keyLines = QString::fromLatin1(m_fixture.account.privateKeyPem).split(QLatin1Char('\n'));
    QVERIFY2(!log.contains(keyLines.at(1)), qPrintable(log));
}

void TestGcpProviderErrors::factoryReadsTheKeyFileFromTheSecretStore()
{
    Test::ScratchDir dir;
    MemorySecretStore store;
    BuiltinProviderFactory factory(dir.path());
    factory.setSecretStore(&store);
    ConnectionConfig c = connection(*m_fixture.server);
    QString error;
    std::shared_ptr<CloudProvider> made = factory.create(c, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(dynamic_cast<GcpProvider*>(made.get()));
    // Nothing stored yet: the store's error (ConnectionSecretReader), and no request at all.
    const Result<Resource> none = await(made->get(ResourceKind::Region, region()));
    QVERIFY(!none.ok());
    QCOMPARE(m_fixture.server->requests().size(), 0);
    QVERIFY(await(store.write(c.credentialRef, QByteArrayLiteral("{\"type\":\"authorized_user\"}"))).ok());
    const Result<Resource> wrongKind = await(made->get(ResourceKind::Region, region()));
    QCOMPARE(wrongKind.error().providerCode, QStringLiteral("InvalidCredential"));
    // The key file exactly as Google issues it: project_id becomes the project of every call.
    QVERIFY(await(store.write(c.credentialRef, m_fixture.keyFile)).ok());
    const Result<Resource> seoul = await(made->get(ResourceKind::Region, region()));
    QVERIFY2(seoul.ok(), why(seoul));
    QCOMPARE(
        m_fixture.server->requestCount(QStringLiteral("GET /compute/v1/projects/barista-test/regions/asia-northeast3")),
        1);
    made.reset();
    c.region.clear();
    QVERIFY(!factory.create(c, &error));
    QVERIFY(error.contains(QStringLiteral("region")));
}

QTEST_GUILESS_MAIN(TestGcpProviderErrors)
#include "TestGcpProviderErrors.moc"
