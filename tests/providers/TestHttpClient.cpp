// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer against a local server: status classification with Retry-After, malformed
// bodies, the plain-http and TLS policy, timeouts, cancel, and that no secret reaches a log.

#include "providers/common/HttpClient.h"
#include "providers/common/ProviderHost.h"
#include "tests/providers/FakeHttpServer.h"
#include "tests/providers/ResultText.h"
#include "tests/support/TestAwait.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QSslKey>
#include <QTest>
#include <atomic>

using namespace Barista;
using namespace Barista::Test;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

ProviderErrorDetail testParser(int, const QByteArray& body)
{
    const QJsonObject fault = QJsonDocument::fromJson(body).object().value(QLatin1String("fault")).toObject();
    return ProviderErrorDetail { fault.value(QLatin1String("code")).toString(),
        fault.value(QLatin1String("message")).toString(), std::nullopt };
}

HttpRequest get(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testSuccessAndJson();
    void testStatusClassification_data();
    void testStatusClassification();
    void testThrottledWithRetryAfter();
    void testMalformedJson();
    void testPlainHttpPolicy();
    void testTlsVerificationStaysOn();
    void testTimeout();
    void testCancel();
    void testNoSecretInLog();
    void testProviderHostRunsOnWorkers();
    void testProviderHostReleasedOnItsOwnWorker();

private:
    FakeHttpServer m_server;
    HttpSettings m_settings;
};

void TestHttpClient::init()
{
    m_server.clearRequests();
    if (m_server.servers().isEmpty())
        QVERIFY(m_server.start() != 0);
    m_settings = HttpSettings {};
    m_settings.label = QStringLiteral("test");
    m_settings.errorParser = &testParser;
}

void TestHttpClient::testSuccessAndJson()
{
    m_server.setHandler([](const FakeRequest& r) {
        return FakeReply::json(200, { { QStringLiteral("path"), r.path() }, { QStringLiteral("n"), 42 } });
    });
    HttpClient http(m_settings);
    const Result<HttpResponse> response = http.send(get(m_server.url(QStringLiteral("/v2/things"))));
    QVERIFY2(response.ok(), why(response).constData());
    QCOMPARE(response.value().status, 200);
    const Result<QJsonObject> json = response.value().jsonObject();
    QVERIFY(json.ok());
    QCOMPARE(json.value().value(QLatin1String("path")).toString(), QStringLiteral("/v2/things"));
    QCOMPARE(json.value().value(QLatin1String("n")).toInt(), 42);
}

void TestHttpClient::testStatusClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    using K = CloudError::Kind;
    const QByteArray fault = R"({"fault": {"code": "SomeCode", "message": "Exactly what the cloud said."}})";
    QTest::newRow("500") << 500 << fault << int(K::Transient) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("503 html") << 503 << QByteArray("<html><body>busy</body></html>") << int(K::Transient)
                              << "HTTP 503" << "Service Unavailable";
    QTest::newRow("502 text") << 502 << QByteArray("upstream went away") << int(K::Transient) << "HTTP 502"
                              << "upstream went away";
    QTest::newRow("401") << 401 << fault << int(K::Auth) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("403") << 403 << fault << int(K::Auth) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("403 quota") << 403
                               << QByteArray(R"({"fault": {"code": "forbidden", "message": "Quota exceeded for cores: Requested 4, but already used 20 of 20 cores"}})")
                               << int(K::QuotaExceeded) << "forbidden"
                               << "Quota exceeded for cores: Requested 4, but already used 20 of 20 cores";
    QTest::newRow("404") << 404 << fault << int(K::NotFound) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("409") << 409 << fault << int(K::Conflict) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("413") << 413 << fault << int(K::QuotaExceeded) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("400") << 400 << fault << int(K::InvalidRequest) << "SomeCode" << "Exactly what the cloud said.";
    QTest::newRow("400 throttling code") << 400
                                         << QByteArray(R"({"fault": {"code": "Throttling", "message": "Rate exceeded"}})")
                                         << int(K::Throttled) << "Throttling" << "Rate exceeded";
    QTest::newRow("500 malformed body") << 500 << QByteArray("{\"fault\": {\"code\": ") << int(K::Transient)
                                        << "HTTP 500" << "{\"fault\": {\"code\":";
}

void TestHttpClient::testStatusClassification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    m_server.setHandler([&](const FakeRequest&) { return FakeReply::raw(status, body); });
    HttpClient http(m_settings);
    const Result<HttpResponse> response = http.send(get(m_server.url(QStringLiteral("/x"))));
    QVERIFY(!response.ok());
    QCOMPARE(int(response.error().kind), kind);
    QCOMPARE(response.error().httpStatus, status);
    QCOMPARE(response.error().providerCode, code);
    QCOMPARE(response.error().message, message);
    QCOMPARE(response.error().retryAfterMs, qint64(-1));
    QCOMPARE(m_server.requests().size(), 1); // the client never retries on its own
}

void TestHttpClient::testThrottledWithRetryAfter()
{
    m_server.setHandler([](const FakeRequest&) {
        FakeReply reply = FakeReply::raw(429, R"({"fault": {"code": "TooMany", "message": "Slow down."}})");
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
        return reply;
    });
    HttpClient http(m_settings);
    const Result<HttpResponse> response = http.send(get(m_server.url(QStringLiteral("/x"))));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(response.error().retryAfterMs, qint64(7000));
    QCOMPARE(response.error().message, QStringLiteral("Slow down."));
    QVERIFY(response.error().isRetryable());

    // The HTTP-date form, against a fixed "now" (deterministic).
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
    QCOMPARE(HttpErrorMapper::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), qint64(30000));
    QCOMPARE(HttpErrorMapper::retryAfterMs("Wednesday, 21-Oct-15 07:28:00 GMT", now), qint64(30000));
    QCOMPARE(HttpErrorMapper::retryAfterMs("Wed Oct 21 07:28:00 2015", now), qint64(30000));
    QCOMPARE(HttpErrorMapper::retryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), qint64(0));
    QCOMPARE(HttpErrorMapper::retryAfterMs("soon", now), qint64(-1));
    QCOMPARE(HttpErrorMapper::retryAfterMs("", now), qint64(-1));
    QCOMPARE(HttpErrorMapper::retryAfterMs(" 120 ", now), qint64(120000));

    // 503 keeps its class but carries the wait.
    m_server.setHandler([](const FakeRequest&) {
        FakeReply reply = FakeReply::raw(503, "maintenance");
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3")));
        return reply;
    });
    const Result<HttpResponse> unavailable = http.send(get(m_server.url(QStringLiteral("/x"))));
    QCOMPARE(unavailable.error().kind, CloudError::Kind::Transient);
    QCOMPARE(unavailable.error().retryAfterMs, qint64(3000));
}

void TestHttpClient::testMalformedJson()
{
    m_server.setHandler([](const FakeRequest&) { return FakeReply::raw(200, "{\"servers\": [ {\"id\": "); });
    HttpClient http(m_settings);
    const Result<HttpResponse> response = http.send(get(m_server.url(QStringLiteral("/servers"))));
    QVERIFY(response.ok());
    const Result<QJsonObject> json = response.value().jsonObject();
    QVERIFY(!json.ok());
    QCOMPARE(json.error().kind, CloudError::Kind::Internal);
    QCOMPARE(json.error().providerCode, QStringLiteral("MalformedResponse"));
    QVERIFY2(json.error().message.contains(QLatin1String("/servers")), qPrintable(json.error().message));

    m_server.setHandler([](const FakeRequest&) { return FakeReply::raw(200, "[1, 2, 3]"); });
    const Result<QJsonObject> array = http.send(get(m_server.url(QStringLiteral("/a")))).value().jsonObject();
    QVERIFY(!array.ok());
    QVERIFY(array.error().message.contains(QLatin1String("not a JSON object")));
}

void TestHttpClient::testPlainHttpPolicy()
{
    HttpClient http(m_settings);
    const Result<HttpResponse> refused = http.send(get(QUrl(QStringLiteral("http://cloud.example.com:5000/v3"))));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(refused.error().providerCode, QStringLiteral("InsecureEndpoint"));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:5000")), false));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("http://localhost/")), false));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("http://[::1]:8774/")), false));
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://10.0.0.5/")), false));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("http://10.0.0.5/")), true)); // the user confirmed
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("https://cloud.example.com/")), false));
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("ftp://cloud.example.com/")), true));
}

void TestHttpClient::testTlsVerificationStaysOn()
{
    const QString dir = QStringLiteral(BARISTA_TEST_DATA_DIR "/tls/");
    QFile certFile(dir + QStringLiteral("loopback-cert.pem"));
    QFile keyFile(dir + QStringLiteral("loopback-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull() && !key.isNull());
    FakeHttpServer tlsServer([](const FakeRequest&) { return FakeReply::raw(200, "{}"); });
    tlsServer.sslSetup(cert, key);
    const quint16 port = tlsServer.start();
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(port));

    HttpClient untrusting(m_settings);
    const Result<HttpResponse> refused = untrusting.send(get(url));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().providerCode, QStringLiteral("TlsHandshakeFailed"));
    QVERIFY(!refused.error().isRetryable());

    HttpSettings withCa = m_settings;
    withCa.caCertificates = { cert };
    HttpClient trusting(withCa);
    const Result<HttpResponse> accepted = trusting.send(get(url));
    QVERIFY2(accepted.ok(), why(accepted).constData());
}

void TestHttpClient::testTimeout()
{
    m_server.setHandler([](const FakeRequest&) { return FakeReply { 200, {}, {}, true }; });
    HttpClient http(m_settings);
    HttpRequest request = get(m_server.url(QStringLiteral("/slow")));
    request.timeoutMs = 200;
    const Result<HttpResponse> response = http.send(request);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind, CloudError::Kind::Timeout);
    QVERIFY(response.error().isRetryable());
}

void TestHttpClient::testCancel()
{
    m_server.setHandler([](const FakeRequest&) { return FakeReply { 200, {}, {}, true }; });
    HttpClient http(m_settings);
    int polls = 0;
    const Result<HttpResponse> response
        = http.send(get(m_server.url(QStringLiteral("/hang"))), [&polls] { return ++polls > 2; });
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind, CloudError::Kind::Canceled);
}

void TestHttpClient::testNoSecretInLog()
{
    const QByteArray token = "gAAAAABsecret-token-value-0123456789";
    const QByteArray subject = "gAAAAABsubject-token-from-server-42";
    const QString password = QStringLiteral("correct horse battery staple");
    m_server.setHandler([&](const FakeRequest&) {
        FakeReply reply = FakeReply::raw(201, R"({"token": {"expires_at": "2030-01-01T00:00:00Z"}, "echo": ")"
                                                  + subject + R"("})");
        reply.headers.append(qMakePair(QByteArray("X-Subject-Token"), subject));
        return reply;
    });
    QLoggingCategory::setFilterRules(QStringLiteral("barista.http*=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        HttpClient http(m_settings);
        http.redactor().addSecret(subject); // what KeystoneAuth does with a token it receives
        HttpRequest request = get(m_server.url(QStringLiteral("/v3/auth/tokens?signature=abc123sig&x=1")));
        request.method = "POST";
        request.header("X-Auth-Token", token).header("Authorization", "Bearer " + token);
        request.body = R"({"auth": {"identity": {"password": {"user": {"name": "demo", "password": ")"
            + password.toUtf8() + R"("}}}}})";
        QVERIFY(http.send(request).ok());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString log = g_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("/v3/auth/tokens")), qPrintable(log)); // the log was written
    QVERIFY2(log.contains(QLatin1String("X-Subject-Token")), qPrintable(log)); // headers were logged
    QVERIFY2(!log.contains(QString::fromLatin1(token)), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(subject)), qPrintable(log));
    QVERIFY2(!log.contains(password), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("abc123sig")), qPrintable(log));
}

void TestHttpClient::testProviderHostRunsOnWorkers()
{
    m_server.setHandler([](const FakeRequest& r) { return FakeReply::json(200, { { QStringLiteral("p"), r.path() } }); });
    std::atomic<int> onMainThread { 0 };
    QThread* const mainThread = QThread::currentThread();
    QList<QFuture<Result<QString>>> futures;
    {
        ProviderHost host(QStringLiteral("test"), m_settings, 3);
        for (int i = 0; i < 6; ++i) {
            futures.append(host.run<QString>([&, i](HttpClient& http, const ProviderHost::CancelCheck&) -> Result<QString> {
                if (QThread::currentThread() == mainThread)
                    ++onMainThread;
                const Result<HttpResponse> r = http.send(get(m_server.url(QStringLiteral("/job/%1").arg(i))));
                if (!r.ok())
                    return r.error();
                return r.value().jsonObject().value().value(QLatin1String("p")).toString();
            }));
        }
        for (const auto& f : futures)
            QVERIFY(Test::waitFor(f));
        QVERIFY(host.workerCount() >= 1 && host.workerCount() <= 3);
    }
    for (int i = 0; i < futures.size(); ++i) {
        QVERIFY(futures[i].result().ok());
        QCOMPARE(futures[i].result().value(), QStringLiteral("/job/%1").arg(i));
    }
    QCOMPARE(onMainThread.load(), 0);
    QVERIFY(ProviderHost::waitUntilAllStopped(5000));
}

void TestHttpClient::testProviderHostReleasedOnItsOwnWorker()
{
    // A continuation that drops the last owner runs on the worker: the host must not join itself.
    auto host = std::make_shared<ProviderHost>(QStringLiteral("self"), m_settings, 1);
    const std::weak_ptr<ProviderHost> weak = host;
    const QFuture<Result<int>> done = host->run<int>(
        [keep = host](HttpClient&, const ProviderHost::CancelCheck&) -> Result<int> { return 7; });
    host.reset(); // the job now holds the only reference
    QVERIFY(Test::waitFor(done));
    QCOMPARE(done.result().value(), 7);
    QVERIFY(ProviderHost::waitUntilAllStopped(5000));
    QVERIFY(weak.expired());
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
