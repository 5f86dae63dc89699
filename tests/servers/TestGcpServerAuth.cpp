// SPDX-License-Identifier: GPL-3.0-or-later
// The GCP test server's own JWT check (GcpJwtVerifier, OpenSSL) and its token endpoint: the RFC
// 7515 A.2 RS256 vector verifies and a flipped byte does not; a good service-account assertion
// is accepted and tampered, expired, too long-lived, wrongly addressed, unknown-issuer, HS256 and
// wrong-kid ones are refused with Google's OAuth error; the token endpoint issues a Bearer token
// that the Compute API then accepts, and a call without one gets 401 with WWW-Authenticate.
// The client side here uses the adapter's JwsSigner only to produce inputs.

#include "providers/common/JwsSigner.h"
#include "tests/servers/gcp/GcpTestServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Barista;

namespace {

const QString kEmail = QStringLiteral("sa@proj-1.iam.gserviceaccount.com");
const QString kKid = QStringLiteral("kid-0001");
const QByteArray kAudience = QByteArrayLiteral("https://oauth2.googleapis.com/token");

QByteArray claims(qint64 iat, qint64 exp, const QByteArray& aud = kAudience, const QString& iss = kEmail,
    const QByteArray& scope = QByteArrayLiteral("https://www.googleapis.com/auth/cloud-platform"))
{
    return "{\"iss\":\"" + iss.toUtf8() + "\",\"scope\":\"" + scope + "\",\"aud\":\"" + aud
        + "\",\"exp\":" + QByteArray::number(exp) + ",\"iat\":" + QByteArray::number(iat) + '}';
}

QByteArray header(const QString& kid = kKid)
{
    return "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid.toUtf8() + "\"}";
}

} // namespace

class TestGcpServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rfc7515VectorVerifies();
    void acceptsAGoodAssertion();
    void refusesBadAssertions_data();
    void refusesBadAssertions();
    void tokenEndpointAndBearerCheck();

private:
    QByteArray sign(const QByteArray& head, const QByteArray& body, const QByteArray& key = {}) const
    {
        return JwsSigner::sign(head, body, JwsSigner::Algorithm::RS256, key.isEmpty() ? m_key : key).compact;
    }

    QByteArray m_key;
    GcpJwtVerifier m_verifier;
    qint64 m_now = 1735689600; // 2025-01-01T00:00:00Z
};

void TestGcpServerAuth::initTestCase()
{
    m_key = GcpJwtVerifier::generateRsaPrivateKeyPem();
    QVERIFY(m_key.contains("BEGIN PRIVATE KEY"));
    const QByteArray publicKey = GcpJwtVerifier::publicKeyPem(m_key);
    QVERIFY(publicKey.contains("BEGIN PUBLIC KEY"));
    m_verifier.addServiceAccount(kEmail, publicKey, kKid);
    m_verifier.setClock([this] { return m_now; });
}

void TestGcpServerAuth::rfc7515VectorVerifies()
{
    QFile file(QStringLiteral(BARISTA_SHARED_DIR "/testvectors/jws_rfc7515_a2_rs256.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/testvectors is not present beside the checkout");
    const QJsonObject vector = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject inputs = vector.value(QLatin1String("inputs")).toObject();
    const QJsonObject expected = vector.value(QLatin1String("expected")).toObject();
    QString error;
    const QByteArray privatePem
        = JwsSigner::rsaPrivateKeyPemFromJwk(inputs.value(QLatin1String("jwk")).toObject(), &error);
    QVERIFY2(!privatePem.isEmpty(), qPrintable(error));
    const QByteArray publicPem = GcpJwtVerifier::publicKeyPem(privatePem);
    const QByteArray input = expected.value(QLatin1String("encoded_header")).toString().toLatin1() + '.'
        + expected.value(QLatin1String("encoded_payload")).toString().toLatin1();
    const QByteArray signature
        = GcpJwtVerifier::fromBase64Url(expected.value(QLatin1String("signature")).toString().toLatin1());
    QCOMPARE(signature.size(), 256);
    QVERIFY2(GcpJwtVerifier::verifyRs256(input, signature, publicPem, &error), qPrintable(error));
    QByteArray flipped = input;
    flipped[flipped.size() - 1] = flipped.at(flipped.size() - 1) == 'A' ? 'B' : 'A';
    QVERIFY(!GcpJwtVerifier::verifyRs256(flipped, signature, publicPem));
    QByteArray badSignature = signature;
    badSignature[10] = char(badSignature.at(10) ^ 0x01);
    QVERIFY(!GcpJwtVerifier::verifyRs256(input, badSignature, publicPem));
    QVERIFY(!GcpJwtVerifier::verifyRs256(input, signature, GcpJwtVerifier::publicKeyPem(m_key)));
}

void TestGcpServerAuth::acceptsAGoodAssertion()
{
    const GcpJwtCheck check = m_verifier.verify(sign(header(), claims(m_now - 10, m_now + 3590)));
    QVERIFY2(check.ok, qPrintable(check.errorDescription));
    QCOMPARE(check.clientEmail, kEmail);
    QCOMPARE(check.scope, QStringLiteral("https://www.googleapis.com/auth/cloud-platform"));
    QCOMPARE(check.header.value(QLatin1String("kid")).toString(), kKid);
    // google-auth-library's header has neither typ nor kid: accepted too.
    QVERIFY(m_verifier.verify(sign("{\"alg\":\"RS256\"}", claims(m_now, m_now + 3600))).ok);
}

void TestGcpServerAuth::refusesBadAssertions_data()
{
    QTest::addColumn<QByteArray>("assertion");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const qint64 now = 1735689600;
    const QString signatureText = QStringLiteral("Invalid JWT Signature.");
    const QString timeText = QStringLiteral("Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                                            "reasonable timeframe. Check your iat and exp values in the JWT claim.");
    const QByteArray good = sign(header(), claims(now, now + 3600));
    const QList<QByteArray> parts = good.split('.');
    // Tampered: other claims under the original signature.
    const QByteArray tampered = parts.at(0) + '.'
        + JwsSigner::base64Url(
            claims(now, now + 3600, kAudience, kEmail, QByteArrayLiteral("https://www.googleapis.com/auth/compute")))
        + '.' + parts.at(2);
    QTest::newRow("tampered claims") << tampered << QStringLiteral("invalid_grant") << signatureText;
    QTest::newRow("other key") << sign(header(), claims(now, now + 3600), GcpJwtVerifier::generateRsaPrivateKeyPem())
                               << QStringLiteral("invalid_grant") << signatureText;
    QTest::newRow("wrong kid") << sign(header(QStringLiteral("kid-9999")), claims(now, now + 3600))
                               << QStringLiteral("invalid_grant") << signatureText;
    QTest::newRow("expired") << sign(header(), claims(now - 7200, now - 3600)) << QStringLiteral("invalid_grant")
                             << timeText;
    QTest::newRow("issued in the future")
        << sign(header(), claims(now + 600, now + 4200)) << QStringLiteral("invalid_grant") << timeText;
    QTest::newRow("two hours of life") << sign(header(), claims(now, now + 7200)) << QStringLiteral("invalid_grant")
                                       << timeText;
    QTest::newRow("wrong audience") << sign(header(), claims(now, now + 3600, "https://example.com/token"))
                                    << QStringLiteral("invalid_grant")
                                    << QStringLiteral("Invalid JWT: Failed audience check. The right audience is "
                                                      "https://oauth2.googleapis.com/token");
    QTest::newRow("unknown issuer") << sign(
        header(), claims(now, now + 3600, kAudience, QStringLiteral("x@y.iam.gserviceaccount.com")))
                                    << QStringLiteral("invalid_grant")
                                    << QStringLiteral("Invalid grant: account not found");
    QTest::newRow("no scope") << sign(header(), claims(now, now + 3600, kAudience, kEmail, QByteArray()))
                              << QStringLiteral("invalid_scope")
                              << QStringLiteral("Invalid oauth scope or ID token audience provided.");
    QTest::newRow("HS256")
        << JwsSigner::sign("{\"alg\":\"HS256\"}", claims(now, now + 3600), JwsSigner::Algorithm::HS256, "k").compact
        << QStringLiteral("invalid_grant") << QStringLiteral("Invalid JWT: alg must be RS256.");
    QTest::newRow("not a JWT") << QByteArrayLiteral("abc.def") << QStringLiteral("invalid_grant")
                               << QStringLiteral("Invalid JWT: Not a JWT (expected 3 parts).");
}

void TestGcpServerAuth::refusesBadAssertions()
{
    QFETCH(QByteArray, assertion);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const GcpJwtCheck check = m_verifier.verify(assertion);
    QVERIFY(!check.ok);
    QCOMPARE(check.error, error);
    QCOMPARE(check.errorDescription, description);
}

void TestGcpServerAuth::tokenEndpointAndBearerCheck()
{
    GcpTestServer server;
    const QUrl base(QStringLiteral("http://127.0.0.1:1/"));
    server.addServiceAccount(kEmail, GcpJwtVerifier::publicKeyPem(m_key), kKid, QStringLiteral("proj-1"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="
        + sign(header(), claims(now, now + 3600));
    const QList<QPair<QByteArray, QByteArray>> formType { { "Content-Type", "application/x-www-form-urlencoded" } };
    const GcpReply issued = server.handle("POST", base.resolved(QUrl(QStringLiteral("token"))), formType, form);
    QCOMPARE(issued.httpStatus, 200);
    const QJsonObject token = QJsonDocument::fromJson(issued.body).object();
    QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 3599);
    const QByteArray bearer = token.value(QLatin1String("access_token")).toString().toLatin1();
    QVERIFY(bearer.startsWith("ya29."));

    const QUrl regions = base.resolved(QUrl(QStringLiteral("compute/v1/projects/proj-1/regions")));
    const GcpReply listed = server.handle("GET", regions, { { "Authorization", "Bearer " + bearer } }, {});
    QCOMPARE(listed.httpStatus, 200);
    QCOMPARE(QJsonDocument::fromJson(listed.body).object().value(QLatin1String("kind")).toString(),
        QStringLiteral("compute#regionList"));
    const GcpReply anonymous = server.handle("GET", regions, {}, {});
    QCOMPARE(anonymous.httpStatus, 401);
    bool challenged = false;
    for (const auto& [name, value] : anonymous.headers)
        challenged |= name == "WWW-Authenticate" && value.startsWith("Bearer realm=");
    QVERIFY(challenged);
    QCOMPARE(QJsonDocument::fromJson(anonymous.body)
                 .object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("UNAUTHENTICATED"));
    const GcpReply otherProject
        = server.handle("GET", base.resolved(QUrl(QStringLiteral("compute/v1/projects/proj-2/regions"))),
            { { "Authorization", "Bearer " + bearer } }, {});
    QCOMPARE(otherProject.httpStatus, 403);

    const GcpReply badGrant = server.handle("POST", base.resolved(QUrl(QStringLiteral("token"))), formType,
        QByteArrayLiteral("grant_type=client_credentials&assertion=x"));
    QCOMPARE(badGrant.httpStatus, 400);
    QCOMPARE(QJsonDocument::fromJson(badGrant.body).object().value(QLatin1String("error")).toString(),
        QStringLiteral("unsupported_grant_type"));
    QCOMPARE(server.tokenRequestCount(), 2);
}

QTEST_GUILESS_MAIN(TestGcpServerAuth)
#include "TestGcpServerAuth.moc"
