// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter under the real job queue, against the in-process EC2 test server: the queue's
// retries ride out injected throttling and 5xx (the adapter itself sends each request once), a
// retried RunInstances makes one instance (ClientToken), a wrong secret is one request and never
// retried; and with wire logging on, no secret, session token or signature reaches the log.

#include "models/jobs/JobQueue.h"
#include "models/jobs/SystemClock.h"
#include "tests/providers/AwsTestSupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_logMutex); // adapter workers log from their own threads
    g_log.append(message);
}

JobRequest job(const QString& title, bool mutating = false)
{
    JobRequest request;
    request.title = title;
    request.connection = QStringLiteral("aws-test");
    request.provider = QStringLiteral("aws");
    request.mutating = mutating;
    request.retry.maxAttempts = 5;
    request.retry.baseDelayMs = 1;
    request.retry.maxDelayMs = 5;
    return request;
}

} // namespace

class TestAwsProviderJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queueRetriesThrottlingAndServerErrors();
    void queueNeverRetriesAWrongSecret();
    void noSecretInWireLog();

private:
    std::unique_ptr<Ec2TestServer> m_server;
    SystemClock m_clock;
};

void TestAwsProviderJobs::init()
{
    m_server = startServer();
    QVERIFY(m_server);
}

void TestAwsProviderJobs::cleanup()
{
    m_server.reset();
}

void TestAwsProviderJobs::queueRetriesThrottlingAndServerErrors()
{
    std::shared_ptr<AwsProvider> aws = provider(*m_server);
    JobQueue queue(&m_clock);
    m_server->faults().failNext(QStringLiteral("DescribeVpcs"), Ec2Error::requestLimitExceeded(), 2);
    const QFuture<Result<ResourcePage>> listed = queue.submit<ResourcePage>(
        job(QStringLiteral("list vpcs")), [aws] { return aws->list(ResourceKind::Vpc, {}); });
    const Result<ResourcePage> vpcs = await(listed);
    QVERIFY2(vpcs.ok(), why(vpcs));
    QCOMPARE(vpcs.value().items.size(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeVpcs")), 3); // two throttled, one answered

    // A create whose first RunInstances fails with a 5xx: the queue sends it again with the same
    // ClientToken, and EC2 (here: its test server) keeps one instance.
    m_server->faults().failNext(QStringLiteral("RunInstances"), Ec2Error::unavailable());
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("queued-vm");
    vm.imageName = QStringLiteral("ami-0a1b2c3d4e5f60003");
    vm.specName = QStringLiteral("t3.micro");
    const MutationContext context { QStringLiteral("tok-queued-1"), {} };
    const Result<Resource> made = await(queue.submit<Resource>(
        job(QStringLiteral("create vm"), true), [aws, vm, context] { return aws->create(vm, context); }));
    QVERIFY2(made.ok(), why(made));
    QCOMPARE(m_server->requestCount(QStringLiteral("RunInstances")), 2);
    QCOMPARE(m_server->state().region(region()).instances.size(), 1);
    QCOMPARE(m_server->state().region(region()).instances.first().id, made.value().iid().systemId);
}

void TestAwsProviderJobs::queueNeverRetriesAWrongSecret()
{
    std::shared_ptr<AwsProvider> aws = provider(*m_server, QStringLiteral("wrong/secret+key/0000000000000000000000"));
    JobQueue queue(&m_clock);
    const Result<ResourcePage> denied = await(
        queue.submit<ResourcePage>(job(QStringLiteral("list vms")), [aws] { return aws->list(ResourceKind::Vm, {}); }));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().providerCode, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAwsProviderJobs::noSecretInWireLog()
{
    const QString sessionToken = QStringLiteral("FwoGZXIvYXdzEBarista//SessionToken+Value/0123456789abcdef");
    m_server->addCredential(accessKeyId(), secretKey(), sessionToken);
    QLoggingCategory::setFilterRules(QStringLiteral("barista.http*=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        std::unique_ptr<AwsProvider> aws = provider(*m_server, secretKey(), sessionToken);
        const Result<ResourcePage> listed = await(aws->list(ResourceKind::Vpc, {}));
        KeyPairInfo key;
        key.iid.nameId = QStringLiteral("logged-key");
        key.publicKey
            = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x");
        const Result<Resource> imported = await(aws->create(key, MutationContext { QStringLiteral("tok-log"), {} }));
        const Result<Resource> missing = await(aws->get(ResourceKind::Vm, QStringLiteral("i-0123456789abcdef0")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(listed.ok(), why(listed));
        QVERIFY2(imported.ok(), why(imported));
        QVERIFY(!missing.ok());
    }
    QMutexLocker lock(&g_logMutex);
    const QString log = g_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("Action=DescribeVpcs")), qPrintable(log)); // request bodies were logged
    QVERIFY2(log.contains(QLatin1String("InvalidInstanceID.NotFound")), qPrintable(log)); // error bodies too
    QVERIFY2(log.contains(QLatin1String("x-amz-date"), Qt::CaseInsensitive), qPrintable(log)); // and headers
    QVERIFY2(!log.contains(secretKey()), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secretKey()))), qPrintable(log));
    QVERIFY2(!log.contains(sessionToken), qPrintable(log));
    static const QRegularExpression signature(QStringLiteral("Signature=[0-9a-f]{64}"));
    QVERIFY2(!signature.match(log).hasMatch(), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestAwsProviderJobs)
#include "TestAwsProviderJobs.moc"
