// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4 behaviour the official suite does not cover: the S3 options (single encoding,
// x-amz-content-sha256, UNSIGNED-PAYLOAD), pre-signed URLs, unsignable headers, errors and
// log redaction. The S3 values are the worked examples of the Amazon S3 API reference
// ("Signature Calculations for the Authorization Header: Transferring Payload in a Single
// Chunk" and "Authenticating Requests: Using Query Parameters").

#include "providers/common/AwsSigV4Signer.h"

#include <QTest>
#include <QTimeZone>

using namespace Barista;

namespace {

AwsSigV4Request s3Example()
{
    AwsSigV4Request request;
    request.method = "GET";
    request.path = "/test.txt";
    request.service = QStringLiteral("s3");
    request.region = QStringLiteral("us-east-1");
    request.timestamp = QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
    request.credentials.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    request.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    request.headers = { { "Host", "examplebucket.s3.amazonaws.com" } };
    return request;
}

QByteArray header(const AwsHeaderList& headers, const QByteArray& name)
{
    for (const auto& [n, v] : headers) {
        if (n == name)
            return v;
    }
    return {};
}

} // namespace

class TestAwsSigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void s3GetObjectExample();
    void s3PresignedUrlExample();
    void unsignedPayloadAndPathVerbatim();
    void unsignableHeadersAreLeftOut();
    void callerDateAndAuthorizationAreReplaced();
    void errors();
    void redaction_data();
    void redaction();
    void uriEncode();
};

void TestAwsSigV4Signer::s3GetObjectExample()
{
    AwsSigV4Request request = s3Example();
    request.headers += AwsHeaderList { { "Range", "bytes=0-9" } };
    AwsSigV4Options options;
    options.normalizePath = false;
    options.addContentSha256Header = true;
    const AwsSigV4Result result = AwsSigV4Signer::sign(request, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.signedHeaders, QByteArray("host;range;x-amz-content-sha256;x-amz-date"));
    QCOMPARE(result.signature, QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(header(result.headersToAdd, "x-amz-content-sha256"),
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(header(result.headersToAdd, "x-amz-date"), QByteArray("20130524T000000Z"));
    QCOMPARE(header(result.headersToAdd, "authorization"), result.authorization);
    QVERIFY(result.authorization.startsWith(
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "));
}

void TestAwsSigV4Signer::s3PresignedUrlExample()
{
    AwsSigV4Options options;
    options.normalizePath = false;
    options.unsignedPayload = true;
    const AwsSigV4Result result = AwsSigV4Signer::presign(s3Example(), 86400, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.headersToAdd.isEmpty());
    QCOMPARE(result.signature, QByteArray("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
    QCOMPARE(
        result.queryToAdd.last(), qMakePair(QStringLiteral("X-Amz-Signature"), QString::fromLatin1(result.signature)));
    QVERIFY(result.queryToAdd.contains(qMakePair(QStringLiteral("X-Amz-Expires"), QStringLiteral("86400"))));
    QVERIFY(result.canonicalRequest.endsWith("\nhost\nUNSIGNED-PAYLOAD"));

    QVERIFY(!AwsSigV4Signer::presign(s3Example(), 7 * 24 * 3600 + 1, options).ok());
    QVERIFY(!AwsSigV4Signer::presign(s3Example(), 0, options).ok());

    AwsSigV4Request withToken = s3Example();
    withToken.credentials.sessionToken = QStringLiteral("token/+=");
    const AwsSigV4Result tokenResult = AwsSigV4Signer::presign(withToken, 60, options);
    QVERIFY(
        tokenResult.queryToAdd.contains(qMakePair(QStringLiteral("X-Amz-Security-Token"), QStringLiteral("token/+="))));
    QVERIFY(tokenResult.canonicalRequest.contains("X-Amz-Security-Token=token%2F%2B%3D"));
}

void TestAwsSigV4Signer::unsignedPayloadAndPathVerbatim()
{
    AwsSigV4Request request = s3Example();
    request.method = "PUT";
    request.path = "/my-object//example//photo.user";
    request.body = "ignored for the hash";
    AwsSigV4Options options;
    options.normalizePath = false;
    options.unsignedPayload = true;
    options.addContentSha256Header = true;
    const AwsSigV4Result result = AwsSigV4Signer::sign(request, options);
    QVERIFY(result.ok());
    QCOMPARE(result.canonicalRequest.split('\n').at(1), QByteArray("/my-object//example//photo.user"));
    QVERIFY(result.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    QCOMPARE(header(result.headersToAdd, "x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));

    // Without the S3 option the same path is normalised and encoded once more.
    options.normalizePath = true;
    request.path = "/a//b/./c/../%41 d";
    QCOMPARE(AwsSigV4Signer::sign(request, options).canonicalRequest.split('\n').at(1), QByteArray("/a/b/%2541%20d"));

    // A caller's own x-amz-content-sha256 is the payload hash.
    request.headers += AwsHeaderList { { "X-Amz-Content-Sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" } };
    const AwsSigV4Result streaming = AwsSigV4Signer::sign(request, {});
    QVERIFY(streaming.canonicalRequest.endsWith("\nSTREAMING-AWS4-HMAC-SHA256-PAYLOAD"));
    QCOMPARE(header(streaming.headersToAdd, "x-amz-content-sha256"), QByteArray());
}

void TestAwsSigV4Signer::unsignableHeadersAreLeftOut()
{
    AwsSigV4Request request = s3Example();
    request.headers
        += AwsHeaderList { { "User-Agent", "barista" }, { "Connection", "keep-alive" }, { "Proxy-Authorization", "x" },
               { "X-Amzn-Trace-Id", "t" }, { "Expect", "100-continue" }, { "Content-Type", "text/plain" } };
    const AwsSigV4Result result = AwsSigV4Signer::sign(request);
    QCOMPARE(result.signedHeaders, QByteArray("content-type;host;x-amz-date"));
}

void TestAwsSigV4Signer::callerDateAndAuthorizationAreReplaced()
{
    AwsSigV4Request request = s3Example();
    request.headers += AwsHeaderList { { "X-Amz-Date", "19990101T000000Z" }, { "Authorization", "stale" } };
    request.credentials.sessionToken = QStringLiteral("fresh");
    request.headers += AwsHeaderList { { "X-Amz-Security-Token", "stale" } };
    const AwsSigV4Result result = AwsSigV4Signer::sign(request);
    QVERIFY(result.canonicalRequest.contains("\nx-amz-date:20130524T000000Z\nx-amz-security-token:fresh\n"));
    QVERIFY(!result.canonicalRequest.contains("stale"));
    QCOMPARE(result.signedHeaders, QByteArray("host;x-amz-date;x-amz-security-token"));
    QCOMPARE(header(result.headersToAdd, "x-amz-security-token"), QByteArray("fresh"));

    // Token added after signing: sent, but not signed.
    AwsSigV4Options after;
    after.signSessionToken = false;
    const AwsSigV4Result late = AwsSigV4Signer::sign(request, after);
    QCOMPARE(late.signedHeaders, QByteArray("host;x-amz-date"));
    QCOMPARE(header(late.headersToAdd, "x-amz-security-token"), QByteArray("fresh"));
}

void TestAwsSigV4Signer::errors()
{
    AwsSigV4Request request = s3Example();
    request.credentials.secretAccessKey.clear();
    QVERIFY(!AwsSigV4Signer::sign(request).ok());
    request = s3Example();
    request.timestamp = {};
    QVERIFY(!AwsSigV4Signer::sign(request).ok());
    request = s3Example();
    request.region.clear();
    const AwsSigV4Result result = AwsSigV4Signer::sign(request);
    QVERIFY(!result.ok());
    QVERIFY(result.authorization.isEmpty());
    QVERIFY(result.headersToAdd.isEmpty());
}

void TestAwsSigV4Signer::redaction_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sigv4") << QByteArray(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a")
                           << QStringLiteral(
                                  "AWS4-HMAC-SHA256 Credential=AKID****/20150830/us-east-1/service/aws4_request, "
                                  "SignedHeaders=host;x-amz-date, Signature=<redacted>");
    QTest::newRow("no spaces after commas")
        << QByteArray("AWS4-HMAC-SHA256 Credential=ASIAXYZ/20150830/r/s/aws4_request,SignedHeaders=host,Signature=abc")
        << QStringLiteral("AWS4-HMAC-SHA256 Credential=ASIA****/20150830/r/s/aws4_request, SignedHeaders=host, "
                          "Signature=<redacted>");
    QTest::newRow("bearer") << QByteArray("Bearer eyJhbGciOi.secret") << QStringLiteral("<redacted>");
    QTest::newRow("bare secret") << QByteArray("wJalrXUtnFEMI") << QStringLiteral("<redacted>");
}

void TestAwsSigV4Signer::redaction()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, expected);
    QCOMPARE(AwsSigV4Signer::redactAuthorization(authorization), expected);
}

void TestAwsSigV4Signer::uriEncode()
{
    QCOMPARE(AwsSigV4Signer::uriEncode("AZaz09-_.~ /!*'()+=&%\xe1\x88\xb4"),
        QByteArray("AZaz09-_.~%20%2F%21%2A%27%28%29%2B%3D%26%25%E1%88%B4"));
    QCOMPARE(AwsSigV4Signer::uriEncode("/a b/", true), QByteArray("/a%20b/"));
    QCOMPARE(AwsSigV4Signer::canonicalQuery(
                 { { QStringLiteral("b"), QString() }, { QStringLiteral("a"), QStringLiteral("2") },
                     { QStringLiteral("a"), QStringLiteral("1") }, { QStringLiteral("A"), QStringLiteral("x y") } }),
        QByteArray("A=x%20y&a=1&a=2&b="));
    QCOMPARE(AwsSigV4Signer::canonicalPath({}, true), QByteArray("/"));
}

QTEST_GUILESS_MAIN(TestAwsSigV4Signer)
#include "TestAwsSigV4Signer.moc"
