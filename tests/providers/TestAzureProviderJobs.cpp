// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure adapter under the real job queue, against the in-process ARM test server: the
// queue's retries ride out 429s and a 5xx (the adapter sends each request once), a wrong secret
// reaches the token endpoint exactly once and is never retried; with wire logging on, neither
// the client secret nor an access token reaches the log.

#include "models/jobs/JobQueue.h"
#include "models/jobs/SystemClock.h"
#include "tests/providers/AzureTestSupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace Barista;
using namespace Barista::AzureTest;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

JobRequest job(const QString& title, bool mutating = false)
{
    JobRequest request;
    request.title = title;
    request.connection = QStringLiteral("azure-test");
    request.provider = QStringLiteral("azure");
    request.mutating = mutating;
    request.retry.maxAttempts = 5;
    request.retry.baseDelayMs = 1;
    request.retry.maxDelayMs = 5;
    return request;
}

} // namespace

class TestAzureProviderJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queueRetriesThrottlingAndServerErrors();
    void queueNeverRetriesAWrongSecret();
    void noSecretOrTokenInWireLog();

private:
    std::unique_ptr<AzureArmTestServer> m_server;
    SystemClock m_clock;
};

void TestAzureProviderJobs::init()
{
    m_server = startServer();
    QVERIFY(m_server);
}

void TestAzureProviderJobs::cleanup()
{
    m_server.reset();
}

void TestAzureProviderJobs::queueRetriesThrottlingAndServerErrors()
{
    std::shared_ptr<AzureProvider> azure = provider(*m_server);
    JobQueue queue(&m_clock);
    m_server->failNext({ QStringLiteral("/locations"), "GET", 429, QStringLiteral("TooManyRequests"),
        QStringLiteral("The request is being throttled."), 2, 0 });
    const Result<ResourcePage> regions = await(queue.submit<ResourcePage>(
        job(QStringLiteral("list regions")), [azure] { return azure->list(ResourceKind::Region, {}); }));
    QVERIFY2(regions.ok(), why(regions));
    QCOMPARE(regions.value().items.size(), 4);
    QCOMPARE(m_server->requestCount(QStringLiteral("/locations")), 3); // two throttled, one answered

    m_server->failNext({ QStringLiteral("sshPublicKeys/queued"), "PUT", 503, QStringLiteral("ServiceUnavailable"),
        QStringLiteral("The service is temporarily unavailable."), 1, -1 });
    KeyPairInfo key;
    key.iid.nameId = QStringLiteral("queued");
    key.publicKey = publicKey();
    const MutationContext context { QStringLiteral("tok-queued"), {} };
    const Result<Resource> made = await(queue.submit<Resource>(
        job(QStringLiteral("create key"), true), [azure, key, context] { return azure->create(key, context); }));
    QVERIFY2(made.ok(), why(made));
    QCOMPARE(m_server->requestCount(QStringLiteral("sshPublicKeys/queued"), "PUT"), 2);
    QCOMPARE(m_server->state().count(QStringLiteral("Microsoft.Compute/sshPublicKeys")), 1);
}

void TestAzureProviderJobs::queueNeverRetriesAWrongSecret()
{
    std::shared_ptr<AzureProvider> azure = provider(*m_server, credentials(QStringLiteral("not-the-secret-0123456789")));
    JobQueue queue(&m_clock);
    const Result<ResourcePage> denied = await(
        queue.submit<ResourcePage>(job(QStringLiteral("list vms")), [azure] { return azure->list(ResourceKind::Vm, {}); }));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().message, lastServerMessage(*m_server));
    QCOMPARE(m_server->tokenRequestCount(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAzureProviderJobs::noSecretOrTokenInWireLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("barista.http*=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QStringList tokens;
    {
        std::unique_ptr<AzureProvider> azure = provider(*m_server);
        const Result<ResourcePage> listed = await(azure->list(ResourceKind::Vpc, {}));
        KeyPairInfo key;
        key.iid.nameId = QStringLiteral("logged-key");
        key.publicKey = publicKey();
        const Result<Resource> imported = await(azure->create(key, { QStringLiteral("tok-log"), {} }));
        const Result<Resource> missing = await(azure->get(ResourceKind::Vm, QStringLiteral("absent-vm")));
        std::unique_ptr<AzureProvider> wrong = provider(*m_server, credentials(QStringLiteral("Wr0ng~Secret.Value_abcdefghij")));
        const Result<ResourcePage> denied = await(wrong->list(ResourceKind::Vpc, {}));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(listed.ok(), why(listed));
        QVERIFY2(imported.ok(), why(imported));
        QVERIFY(!missing.ok());
        QVERIFY(!denied.ok());
    }
    QMutexLocker lock(&g_logMutex);
    const QString log = g_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("oauth2/v2.0/token")), qPrintable(log)); // the token exchange was logged
    QVERIFY2(log.contains(QLatin1String("grant_type=client_credentials")), qPrintable(log)); // with its body
    QVERIFY2(log.contains(QLatin1String("ResourceNotFound")), qPrintable(log)); // error bodies too
    QVERIFY2(log.contains(QLatin1String("AADSTS7000215")), qPrintable(log));
    QVERIFY2(!log.contains(AzureArmTestServer::clientSecret()), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(AzureArmTestServer::clientSecret()))), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("Wr0ng~Secret.Value_abcdefghij")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("Wr0ng%7ESecret.Value_abcdefghij")), qPrintable(log));
    // No JWT (header.payload.signature, as the test server issues them) anywhere.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    QVERIFY2(!jwt.match(log).hasMatch(), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestAzureProviderJobs)
#include "TestAzureProviderJobs.moc"
