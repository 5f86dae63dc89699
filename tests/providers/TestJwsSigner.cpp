// SPDX-License-Identifier: GPL-3.0-or-later
// JWS against RFC 7515 Appendix A.1 (HS256) and A.2 (RS256) from ../shared/testvectors, and
// the GCP service-account assertion's claims.

#include "providers/common/JwsSigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Barista;

namespace {

QJsonObject vector(const QString& file)
{
    QFile f(QDir(QStringLiteral(BARISTA_SHARED_DIR)).filePath(QStringLiteral("testvectors/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray utf8(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().toUtf8();
}

QJsonObject jsonPart(const QByteArray& compact, int index)
{
    return QJsonDocument::fromJson(JwsSigner::fromBase64Url(compact.split('.').value(index))).object();
}

} // namespace

class TestJwsSigner : public QObject
{
    Q_OBJECT

private slots:
    void rfc7515_data();
    void rfc7515();
    void rs256RejectsWrongKeys();
    void hs256RejectsEmptyKey();
    void base64UrlHasNoPadding();
    void gcpAssertion();

private:
    QByteArray rfcRsaPem();
};

QByteArray TestJwsSigner::rfcRsaPem()
{
    const QJsonObject a2 = vector(QStringLiteral("jws_rfc7515_a2_rs256.json"));
    QString error;
    const QByteArray pem = JwsSigner::rsaPrivateKeyPemFromJwk(
        a2.value(QLatin1String("inputs")).toObject().value(QLatin1String("jwk")).toObject(), &error);
    if (pem.isEmpty())
        qWarning("JWK to PEM failed: %s", qPrintable(error));
    return pem;
}

void TestJwsSigner::rfc7515_data()
{
    if (!QFileInfo::exists(QStringLiteral(BARISTA_SHARED_DIR "/testvectors")))
        QSKIP("../shared/testvectors is not present beside the checkout");
    QTest::addColumn<QString>("file");
    QTest::newRow("A.1 HS256") << QStringLiteral("jws_rfc7515_a1_hs256.json");
    QTest::newRow("A.2 RS256") << QStringLiteral("jws_rfc7515_a2_rs256.json");
}

void TestJwsSigner::rfc7515()
{
    QFETCH(QString, file);
    const QJsonObject v = vector(file);
    QVERIFY(!v.isEmpty());
    const QJsonObject inputs = v.value(QLatin1String("inputs")).toObject();
    const QJsonObject expected = v.value(QLatin1String("expected")).toObject();
    const QJsonObject jwk = inputs.value(QLatin1String("jwk")).toObject();

    const bool hmac = jwk.value(QLatin1String("kty")).toString() == QLatin1String("oct");
    const QByteArray key = hmac ? JwsSigner::fromBase64Url(utf8(jwk, "k")) : rfcRsaPem();
    QVERIFY(!key.isEmpty());
    if (!hmac)
        QVERIFY(key.startsWith("-----BEGIN PRIVATE KEY-----"));

    const JwsResult result = JwsSigner::sign(utf8(inputs, "protected_header_json"), utf8(inputs, "payload_json"),
        hmac ? JwsSigner::Algorithm::HS256 : JwsSigner::Algorithm::RS256, key);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<QByteArray> parts = result.compact.split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0), utf8(expected, "encoded_header"));
    QCOMPARE(parts.at(1), utf8(expected, "encoded_payload"));
    QCOMPARE(parts.at(2), utf8(expected, "signature"));
    QCOMPARE(result.compact, utf8(expected, "jws_compact"));
}

void TestJwsSigner::rs256RejectsWrongKeys()
{
    const QByteArray header("{\"alg\":\"RS256\"}");
    QVERIFY(!JwsSigner::sign(header, "{}", JwsSigner::Algorithm::RS256, "not a key").ok());
    QVERIFY(!JwsSigner::sign(header, "{}", JwsSigner::Algorithm::RS256, {}).ok());
    // An encrypted key must fail rather than prompt for a passphrase on the terminal.
    const QByteArray encrypted("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQww\n"
                               "-----END ENCRYPTED PRIVATE KEY-----\n");
    QVERIFY(!JwsSigner::sign(header, "{}", JwsSigner::Algorithm::RS256, encrypted).ok());
    QString error;
    QVERIFY(JwsSigner::rsaPrivateKeyPemFromJwk(QJsonObject { { QStringLiteral("kty"), QStringLiteral("oct") } }, &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestJwsSigner::hs256RejectsEmptyKey()
{
    const JwsResult result = JwsSigner::sign("{\"alg\":\"HS256\"}", "{}", JwsSigner::Algorithm::HS256, {});
    QVERIFY(!result.ok());
    QVERIFY(result.compact.isEmpty());
}

void TestJwsSigner::base64UrlHasNoPadding()
{
    QCOMPARE(JwsSigner::base64Url(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
    QCOMPARE(JwsSigner::base64Url("a"), QByteArray("YQ"));
    QCOMPARE(JwsSigner::fromBase64Url("-_8"), QByteArray("\xfb\xff", 2));
}

void TestJwsSigner::gcpAssertion()
{
    if (!QFileInfo::exists(QStringLiteral(BARISTA_SHARED_DIR "/testvectors")))
        QSKIP("../shared/testvectors is not present beside the checkout");
    const QByteArray pem = rfcRsaPem();
    QVERIFY(!pem.isEmpty());
    const QString email = QStringLiteral("barista@project-id.iam.gserviceaccount.com");
    const JwsResult result = JwsSigner::gcpServiceAccountAssertion(email,
        { QStringLiteral("https://www.googleapis.com/auth/compute"),
            QStringLiteral("https://www.googleapis.com/auth/cloud-platform") },
        1700000000, pem, QStringLiteral("0123abcd"));
    QVERIFY2(result.ok(), qPrintable(result.error));

    const QJsonObject header = jsonPart(result.compact, 0);
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(header.value(QLatin1String("kid")).toString(), QStringLiteral("0123abcd"));
    const QJsonObject claims = jsonPart(result.compact, 1);
    QCOMPARE(claims.size(), 5);
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), email);
    QCOMPARE(claims.value(QLatin1String("scope")).toString(),
        QStringLiteral("https://www.googleapis.com/auth/compute https://www.googleapis.com/auth/cloud-platform"));
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://oauth2.googleapis.com/token"));
    QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), 1700000000);
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), 1700003600);
    // Member order is part of the bytes that are signed.
    QVERIFY(JwsSigner::fromBase64Url(result.compact.split('.').at(1)).startsWith("{\"iss\":"));

    // The signature is RS256 over header.payload with the same key.
    const QList<QByteArray> parts = result.compact.split('.');
    const JwsResult again = JwsSigner::sign(
        JwsSigner::fromBase64Url(parts.at(0)), JwsSigner::fromBase64Url(parts.at(1)), JwsSigner::Algorithm::RS256, pem);
    QCOMPARE(again.compact, result.compact);
    QVERIFY(!JwsSigner::gcpServiceAccountAssertion({}, {}, 0, pem).ok());
    QCOMPARE(
        jsonPart(JwsSigner::gcpServiceAccountAssertion(email, {}, 0, pem).compact, 0).contains(QLatin1String("kid")),
        false);
}

QTEST_GUILESS_MAIN(TestJwsSigner)
#include "TestJwsSigner.moc"
