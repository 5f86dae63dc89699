// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP adapter under the real job queue, against the in-process GCP test server: the queue's
// retries ride out 429 rateLimitExceeded (with Retry-After) and 503 backendError (the adapter
// itself sends each request once), a retried insert carries the same requestId so one disk is
// made, and a wrong key is one token request, never retried.

#include "models/jobs/JobQueue.h"
#include "models/jobs/SystemClock.h"
#include "tests/providers/GcpTestSupport.h"

#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

JobRequest job(const QString& title, bool mutating = false)
{
    JobRequest request;
    request.title = title;
    request.connection = QStringLiteral("gcp-test");
    request.provider = QStringLiteral("gcp");
    request.mutating = mutating;
    request.retry.maxAttempts = 5;
    request.retry.baseDelayMs = 1;
    request.retry.maxDelayMs = 5;
    return request;
}

} // namespace

class TestGcpProviderJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queueRetriesThrottlingAndServerErrors();
    void queueNeverRetriesAWrongKey();

private:
    Fixture m_fixture;
    SystemClock m_clock;
};

void TestGcpProviderJobs::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
}

void TestGcpProviderJobs::cleanup()
{
    m_fixture = {};
}

void TestGcpProviderJobs::queueRetriesThrottlingAndServerErrors()
{
    GcpTestServer& srv = *m_fixture.server;
    std::shared_ptr<GcpProvider> gcp = provider(srv, m_fixture.account);
    JobQueue queue(&m_clock);
    const QString networks = QStringLiteral("GET /compute/v1/projects/barista-test/global/networks");
    srv.failNext(networks,
        GcpApiError { 429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"), 0 }, 2);
    const Result<ResourcePage> vpcs = await(queue.submit<ResourcePage>(
        job(QStringLiteral("list vpcs")), [gcp] { return gcp->list(ResourceKind::Vpc, {}); }));
    QVERIFY2(vpcs.ok(), why(vpcs));
    QCOMPARE(srv.requestCount(networks), 3); // two throttled, one answered

    // The first insert answers 503: the queue sends the job again (same requestId), one disk.
    const QString inserts = QStringLiteral("POST /compute/v1/projects/barista-test/zones/asia-northeast3-a/disks");
    int calls = 0;
    srv.failNext(inserts, GcpApiError { 503, QStringLiteral("backendError"), QStringLiteral("Backend Error") });
    DiskInfo disk;
    disk.iid.nameId = QStringLiteral("queued-disk");
    disk.sizeGb = 10;
    const MutationContext context { QStringLiteral("tok-queued-1"), {} };
    const Result<Resource> made
        = await(queue.submit<Resource>(job(QStringLiteral("create disk"), true), [gcp, disk, context, &calls] {
              ++calls;
              return gcp->create(disk, context);
          }));
    QVERIFY2(made.ok(), why(made));
    QCOMPARE(calls, 2);
    QCOMPARE(srv.requestCount(inserts), 2);
    QCOMPARE(srv.state().children(path(QStringLiteral("zones/asia-northeast3-a/disks"))).size(), 1);

    // A retried insert whose first try DID reach the server: same requestId -> the same operation.
    const QByteArray before = QByteArray::number(srv.state().resources().size());
    const Result<Resource> again = await(gcp->create(disk, context));
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(QByteArray::number(srv.state().resources().size()), before);
}

void TestGcpProviderJobs::queueNeverRetriesAWrongKey()
{
    GcpServiceAccount wrong = m_fixture.account;
    wrong.privateKeyPem = GcpJwtVerifier::generateRsaPrivateKeyPem();
    std::shared_ptr<GcpProvider> gcp = provider(*m_fixture.server, wrong);
    JobQueue queue(&m_clock);
    const Result<ResourcePage> denied = await(
        queue.submit<ResourcePage>(job(QStringLiteral("list vms")), [gcp] { return gcp->list(ResourceKind::Vm, {}); }));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().message, QStringLiteral("Invalid JWT Signature."));
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
    QCOMPARE(m_fixture.server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestGcpProviderJobs)
#include "TestGcpProviderJobs.moc"
