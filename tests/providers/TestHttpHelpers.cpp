// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer's pure helpers: log redaction patterns, pagination links, the OpenStack
// services' error bodies read verbatim, and the AWS REST-JSON error code from x-amzn-ErrorType.

#include "providers/common/HttpErrorMapper.h"
#include "providers/common/HttpPager.h"
#include "providers/common/LogRedactor.h"
#include "providers/openstack/OpenStackErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Barista;

class TestHttpHelpers : public QObject
{
    Q_OBJECT

private slots:
    void testRedactPatterns_data();
    void testRedactPatterns();
    void testKnownSecrets();
    void testNextLinks();
    void testMarkers();
    void testOpenStackErrorBodies_data();
    void testOpenStackErrorBodies();
    void testErrorTypeHeader_data();
    void testErrorTypeHeader();
};

void TestHttpHelpers::testRedactPatterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("json password") << R"({"user": {"name": "demo", "password": "hunter2!x"}})" << "hunter2!x";
    QTest::newRow("json escaped quote") << R"({"client_secret": "ab\"cd-ef"})" << "cd-ef";
    QTest::newRow("json private key") << R"({"private_key": "-----BEGIN...xyz"})" << "BEGIN...xyz";
    QTest::newRow("header line") << "Accept: */*\nX-Auth-Token: gAAAAAB-abc\nHost: h" << "gAAAAAB-abc";
    QTest::newRow("subject token header") << "x-subject-token:  tok-123456" << "tok-123456";
    QTest::newRow("authorization sigv4") << "Authorization: AWS4-HMAC-SHA256 Credential=AK/x, Signature=f00dbabe" << "f00dbabe";
    QTest::newRow("query signature") << "GET https://s3.example/o?X-Amz-Signature=deadbeef99&x=1" << "deadbeef99";
    QTest::newRow("query token") << "https://h/cb?code=1&access_token=ya29.tok" << "ya29.tok";
    QTest::newRow("form password") << "username=u&password=pa55word" << "pa55word";
    QTest::newRow("bearer") << "calling with Bearer eyJhbGciOi.payload.sig" << "eyJhbGciOi.payload.sig";
    QTest::newRow("pem") << "key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----\n"
                         << "b3BlbnNzaC1rZXk";
}

void TestHttpHelpers::testRedactPatterns()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QVERIFY(text.contains(secret));
    const QString redacted = LogRedactor::redactPatterns(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(LogRedactor::placeholder()), qPrintable(redacted));
}

void TestHttpHelpers::testKnownSecrets()
{
    LogRedactor redactor;
    redactor.addSecret(QStringLiteral("abc")); // too short to register
    redactor.addSecret(QByteArray("plain-token-value"));
    QCOMPARE(redactor.redact(QStringLiteral("the abc of it")), QStringLiteral("the abc of it"));
    QCOMPARE(redactor.redact(QStringLiteral("echo plain-token-value here")), QStringLiteral("echo <redacted> here"));
    // Ordinary text is left alone.
    const QString plain = QStringLiteral(R"(GET http://127.0.0.1:8774/v2.1/servers/detail?limit=2 -> 200 {"servers": []})");
    QCOMPARE(LogRedactor::redactPatterns(plain), plain);
    QVERIFY(LogRedactor::isSecretHeader("X-Auth-Token"));
    QVERIFY(LogRedactor::isSecretHeader("authorization"));
    QVERIFY(!LogRedactor::isSecretHeader("Content-Type"));
}

void TestHttpHelpers::testNextLinks()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:9292/v2/images?limit=2"));
    const QJsonObject nova { { QStringLiteral("servers_links"), QJsonArray { QJsonObject {
        { QStringLiteral("rel"), QStringLiteral("next") },
        { QStringLiteral("href"), QStringLiteral("http://127.0.0.1:8774/v2.1/servers/detail?limit=2&marker=abc") } } } } };
    QCOMPARE(HttpPager::nextLink(nova, QStringLiteral("servers"), base),
        QUrl(QStringLiteral("http://127.0.0.1:8774/v2.1/servers/detail?limit=2&marker=abc")));
    const QJsonObject glance { { QStringLiteral("next"), QStringLiteral("/v2/images?marker=img-2&limit=2") } };
    QCOMPARE(HttpPager::nextLink(glance, QStringLiteral("images"), base),
        QUrl(QStringLiteral("http://127.0.0.1:9292/v2/images?marker=img-2&limit=2")));
    QCOMPARE(HttpPager::nextLink(QJsonObject { { QStringLiteral("images"), QJsonArray() } }, QStringLiteral("images"), base), QUrl());
    const QJsonObject azure { { QStringLiteral("nextLink"), QStringLiteral("https://management.azure.com/x?$skiptoken=1") } };
    QCOMPARE(HttpPager::nextLink(azure, QStringLiteral("value"), base).host(), QStringLiteral("management.azure.com"));

    const QByteArray link = R"(<https://api.example/items?page=1>; rel="prev", <https://api.example/items?page=3>; rel="next")";
    QCOMPARE(HttpPager::nextFromLinkHeader(link, base), QUrl(QStringLiteral("https://api.example/items?page=3")));
    QCOMPARE(HttpPager::nextFromLinkHeader(R"(</p?page=2>; rel="next last")", base),
        QUrl(QStringLiteral("http://127.0.0.1:9292/p?page=2")));
    QCOMPARE(HttpPager::nextFromLinkHeader(R"(<https://a/b>; rel="prev")", base), QUrl());
}

void TestHttpHelpers::testMarkers()
{
    QCOMPARE(HttpPager::markerOf(QUrl(QStringLiteral("http://h/v2.0/networks?limit=2&marker=n-1"))), QStringLiteral("n-1"));
    QCOMPARE(HttpPager::markerOf(QUrl(QStringLiteral("http://h/v2.0/networks?page=2"))), QString());
    const QUrl paged = HttpPager::withMarker(QUrl(QStringLiteral("http://h/os-keypairs?user_id=u&marker=old&limit=9")),
        QStringLiteral("my key&1"), 50);
    QCOMPARE(HttpPager::markerOf(paged), QStringLiteral("my key&1"));
    QCOMPARE(QUrlQuery(paged).queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
    QCOMPARE(QUrlQuery(paged).queryItemValue(QStringLiteral("user_id")), QStringLiteral("u"));
}

void TestHttpHelpers::testOpenStackErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("nova") << QByteArray(R"({"itemNotFound": {"code": 404, "message": "Instance x could not be found."}})")
                          << "itemNotFound" << "Instance x could not be found.";
    QTest::newRow("nova badRequest") << QByteArray(R"({"badRequest": {"code": 400, "message": "Invalid flavorRef provided."}})")
                                     << "badRequest" << "Invalid flavorRef provided.";
    QTest::newRow("neutron") << QByteArray(R"({"NeutronError": {"type": "OverQuota", "message": "Quota exceeded for resources: ['network'].", "detail": ""}})")
                             << "OverQuota" << "Quota exceeded for resources: ['network'].";
    QTest::newRow("keystone") << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})")
                              << "Unauthorized" << "The request you have made requires authentication.";
    QTest::newRow("placement") << QByteArray(R"({"errors": [{"status": 409, "title": "Conflict", "detail": "There was a conflict.", "code": "placement.concurrent_update"}]})")
                               << "placement.concurrent_update" << "There was a conflict.";
    QTest::newRow("octavia") << QByteArray(R"({"faultcode": "Client", "faultstring": "Load Balancer x not found.", "debuginfo": null})")
                             << "Client" << "Load Balancer x not found.";
    QTest::newRow("glance text") << QByteArray("404 Not Found\n\nNo image found with ID x\n\n") << "" << "";
}

void TestHttpHelpers::testOpenStackErrorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ProviderErrorDetail detail = OpenStackErrorParser::parse(400, body);
    QCOMPARE(detail.code, code);
    QCOMPARE(detail.message, message);
}

void TestHttpHelpers::testErrorTypeHeader_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header"); // x-amzn-ErrorType; empty = absent
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QByteArray inUse(R"({"message":"Cluster already exists with name: k3"})");
    QTest::newRow("eks with coral suffix")
        << 409 << QByteArray("ResourceInUseException:http://internal.amazon.com/coral/com.amazon.eks/") << inUse
        << "ResourceInUseException" << int(CloudError::Kind::Conflict) << "Cluster already exists with name: k3";
    QTest::newRow("bare name") << 404 << QByteArray("ResourceNotFoundException")
                               << QByteArray(R"({"message":"No cluster found for name: x."})")
                               << "ResourceNotFoundException" << int(CloudError::Kind::NotFound)
                               << "No cluster found for name: x.";
    QTest::newRow("shape id") << 400 << QByteArray("aws.protocols#ThrottlingException:x") << QByteArray("{}")
                              << "ThrottlingException" << int(CloudError::Kind::Throttled) << "";
    QTest::newRow("quota by name") << 400 << QByteArray("ResourceLimitExceededException")
                                   << QByteArray(R"({"message":"Too many clusters"})")
                                   << "ResourceLimitExceededException" << int(CloudError::Kind::QuotaExceeded)
                                   << "Too many clusters";
    // The body's own code wins over the header (the JSON 1.1 services send both).
    QTest::newRow("body first") << 400 << QByteArray("Other")
                                << QByteArray(R"({"__type":"ns#InvalidParameterException","message":"m"})")
                                << "InvalidParameterException" << int(CloudError::Kind::InvalidRequest) << "m";
    QTest::newRow("no header") << 409 << QByteArray() << inUse << "HTTP 409" << int(CloudError::Kind::Conflict)
                               << "Cluster already exists with name: k3";
}

void TestHttpHelpers::testErrorTypeHeader()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QFETCH(QString, message);
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (!header.isEmpty())
        response.headers.append({ QByteArrayLiteral("X-Amzn-ErrorType"), header });
    // A body reader like the AWS adapter's: {"__type" or "code", "message"}.
    const ErrorBodyParser parser = [](int, const QByteArray& text) {
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        ProviderErrorDetail detail;
        detail.code = object.value(QStringLiteral("__type")).toString().section(QLatin1Char('#'), -1);
        detail.message = object.value(QStringLiteral("message")).toString();
        return detail;
    };
    const CloudError error = HttpErrorMapper::fromResponse(response, parser, QDateTime::currentDateTimeUtc());
    QCOMPARE(error.providerCode, code);
    QCOMPARE(int(error.kind), kind);
    if (!message.isEmpty())
        QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, status);
}

QTEST_GUILESS_MAIN(TestHttpHelpers)
#include "TestHttpHelpers.moc"
