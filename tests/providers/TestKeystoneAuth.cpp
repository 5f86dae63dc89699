// SPDX-License-Identifier: GPL-3.0-or-later
// Keystone v3 password auth against a local Keystone: the request body, the token and its
// catalog, caching and refresh before expiry on a fake clock, and a wrong password reported
// verbatim after exactly one request.

#include "providers/openstack/KeystoneAuth.h"
#include "providers/openstack/OpenStackErrorParser.h"
#include "tests/providers/FakeKeystone.h"
#include "tests/providers/ResultText.h"
#include "tests/support/FakeClock.h"

#include <QTest>

using namespace Barista;
using namespace Barista::Test;

class TestKeystoneAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testRequestBody();
    void testCredentialsFromJsonAndEnv();
    void testIssueAndCatalog();
    void testCachedThenRefreshedBeforeExpiry();
    void testWrongPasswordIsOneRequestAndVerbatim();
    void testInvalidateAfter401();
    void testParseTime();

private:
    OpenStackCredentials credentials() const;

    FakeHttpServer m_server;
    FakeKeystone m_keystone;
    HttpSettings m_settings;
};

void TestKeystoneAuth::initTestCase()
{
    m_server.setHandler([this](const FakeRequest& r) {
        return m_keystone.handle(r, m_server.url()).value_or(FakeReply::raw(404, "nothing here"));
    });
    QVERIFY(m_server.start() != 0);
}

void TestKeystoneAuth::init()
{
    m_server.clearRequests();
    m_keystone = FakeKeystone {};
    m_settings = HttpSettings {};
    m_settings.errorParser = &OpenStackErrorParser::parse; // as OpenStackProvider sets it
}

OpenStackCredentials TestKeystoneAuth::credentials() const
{
    OpenStackCredentials c;
    c.authUrl = m_server.url(QStringLiteral("/v3"));
    c.username = QStringLiteral("demo");
    c.password = QStringLiteral("s3cret-pass");
    c.userDomainName = QStringLiteral("Default");
    c.projectName = QStringLiteral("demo");
    c.projectDomainName = QStringLiteral("Default");
    return c;
}

void TestKeystoneAuth::testRequestBody()
{
    const QJsonObject body = KeystoneAuth::requestBody(credentials());
    const QByteArray expected = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"Default"},"name":"demo","password":"s3cret-pass"}}},"scope":{"project":{"domain":{"name":"Default"},"name":"demo"}}}})";
    QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);

    OpenStackCredentials byId = credentials();
    byId.userId = QStringLiteral("u-1");
    byId.projectId = QStringLiteral("p-1");
    const QJsonObject idBody = KeystoneAuth::requestBody(byId);
    const QJsonObject user = idBody[QLatin1String("auth")][QLatin1String("identity")][QLatin1String("password")][QLatin1String("user")].toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), QStringLiteral("u-1"));
    QVERIFY(!user.contains(QLatin1String("domain")));
    QCOMPARE(idBody[QLatin1String("auth")][QLatin1String("scope")][QLatin1String("project")].toObject(),
        (QJsonObject { { QStringLiteral("id"), QStringLiteral("p-1") } }));

    OpenStackCredentials domainScoped = credentials();
    domainScoped.projectName.clear();
    domainScoped.domainName = QStringLiteral("Default");
    QCOMPARE(KeystoneAuth::requestBody(domainScoped)[QLatin1String("auth")][QLatin1String("scope")].toObject(),
        (QJsonObject { { QStringLiteral("domain"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Default") } } } }));
}

void TestKeystoneAuth::testCredentialsFromJsonAndEnv()
{
    // A clouds.yaml cloud entry, as JSON.
    const QJsonObject cloud = QJsonDocument::fromJson(R"({"auth": {"auth_url": "http://127.0.0.1:5000", "username": "demo",
        "password": "pw", "project_name": "demo", "user_domain_name": "Default", "project_domain_name": "Default"},
        "region_name": "RegionOne", "interface": "internal"})").object();
    const OpenStackCredentials fromYaml = OpenStackCredentials::fromJson(cloud);
    QCOMPARE(fromYaml.validationError(), QString());
    QCOMPARE(fromYaml.identityUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/v3")));
    QCOMPARE(fromYaml.interface, QStringLiteral("internal"));
    QCOMPARE(fromYaml.regionName, QStringLiteral("RegionOne"));
    QCOMPARE(OpenStackCredentials::fromJson(fromYaml.toJson()).toJson(), fromYaml.toJson());

    // CB-Spider's key names: one DomainName for both.
    const OpenStackCredentials spider = OpenStackCredentials::fromJson(QJsonDocument::fromJson(
        R"({"IdentityEndpoint": "https://k.example/v3", "Username": "u", "Password": "p", "DomainName": "D", "ProjectID": "pid"})").object());
    QCOMPARE(spider.validationError(), QString());
    QCOMPARE(spider.userDomainName, QStringLiteral("D"));
    QCOMPARE(spider.projectId, QStringLiteral("pid"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://127.0.0.1:5000/v3/"));
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("demo"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("pw"));
    env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("demo"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
    const OpenStackCredentials fromEnv = OpenStackCredentials::fromEnvironment(env);
    QVERIFY(fromEnv.validationError().contains(QLatin1String("project_domain_name")));
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
    QCOMPARE(OpenStackCredentials::fromEnvironment(env).validationError(), QString());
    QCOMPARE(OpenStackCredentials::fromEnvironment(env).identityUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000/v3")));
    QVERIFY(OpenStackCredentials().validationError().contains(QLatin1String("auth_url")));
}

void TestKeystoneAuth::testIssueAndCatalog()
{
    FakeClock clock;
    KeystoneAuth auth(credentials(), &clock);
    HttpClient http(m_settings);
    const Result<KeystoneToken> token = auth.token(http);
    QVERIFY2(token.ok(), why(token).constData());
    QCOMPARE(token.value().value, m_keystone.currentToken());
    QCOMPARE(token.value().projectId, m_keystone.projectId);
    const std::optional<QUrl> compute = token.value().catalog.endpoint(QStringLiteral("compute"), QStringLiteral("RegionOne"), QStringLiteral("public"));
    QVERIFY(compute);
    QCOMPARE(compute->path(), QStringLiteral("/compute/v2.1"));
    const std::optional<QUrl> internal = token.value().catalog.endpoint(QStringLiteral("compute"), QStringLiteral("RegionOne"), QStringLiteral("internal"));
    QCOMPARE(internal->path(), QStringLiteral("/internal/compute/v2.1"));
    // block-storage is found under its old type name volumev3.
    QVERIFY(token.value().catalog.endpoint(QStringLiteral("block-storage"), QStringLiteral("RegionOne"), QString()));
    QVERIFY(!token.value().catalog.endpoint(QStringLiteral("compute"), QStringLiteral("RegionTwo"), QString()));
    QVERIFY(!token.value().catalog.hasService(QStringLiteral("load-balancer")));
    QCOMPARE(token.value().catalog.regions(), QStringList { QStringLiteral("RegionOne") });
    // The token and the password are now known secrets of this client.
    QCOMPARE(http.redactor().redact(QString::fromLatin1(token.value().value)), LogRedactor::placeholder());
    QCOMPARE(http.redactor().redact(QStringLiteral("s3cret-pass")), LogRedactor::placeholder());
}

void TestKeystoneAuth::testCachedThenRefreshedBeforeExpiry()
{
    FakeClock clock(1000);
    KeystoneAuth auth(credentials(), &clock);
    HttpClient http(m_settings);
    QVERIFY(auth.token(http).ok());
    QCOMPARE(auth.issuedCount(), 1);
    // One hour of lifetime, refreshed 5 minutes (min(lifetime/4, 5 min)) before it ends.
    QCOMPARE(KeystoneAuth::refreshMarginMs(3600 * 1000), qint64(300 * 1000));
    QCOMPARE(KeystoneAuth::refreshMarginMs(60 * 1000), qint64(15 * 1000));
    clock.advance(54 * 60 * 1000);
    QCOMPARE(auth.token(http).value().value, QByteArray("gAAAAAtoken-1"));
    QCOMPARE(m_server.requests().size(), 1);
    clock.advance(61 * 1000); // 55:01 into the hour: inside the margin
    const Result<KeystoneToken> renewed = auth.token(http);
    QVERIFY(renewed.ok());
    QCOMPARE(renewed.value().value, QByteArray("gAAAAAtoken-2"));
    QCOMPARE(auth.issuedCount(), 2);
    QCOMPARE(m_server.requests().size(), 2);
}

void TestKeystoneAuth::testWrongPasswordIsOneRequestAndVerbatim()
{
    FakeClock clock;
    OpenStackCredentials wrong = credentials();
    wrong.password = QStringLiteral("not-the-password");
    KeystoneAuth auth(wrong, &clock);
    HttpClient http(m_settings);
    const Result<KeystoneToken> token = auth.token(http);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind, CloudError::Kind::Auth);
    QCOMPARE(token.error().httpStatus, 401);
    QCOMPARE(token.error().providerCode, QStringLiteral("Unauthorized"));
    QCOMPARE(token.error().message, FakeKeystone::unauthorizedMessage());
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(auth.issuedCount(), 0);
}

void TestKeystoneAuth::testInvalidateAfter401()
{
    FakeClock clock;
    KeystoneAuth auth(credentials(), &clock);
    HttpClient http(m_settings);
    const QByteArray first = auth.token(http).value().value;
    auth.invalidate(QByteArray("some-other-token")); // not the cached one: ignored
    QCOMPARE(auth.token(http).value().value, first);
    auth.invalidate(first);
    QVERIFY(auth.token(http).value().value != first);
    QCOMPARE(auth.issuedCount(), 2);
}

void TestKeystoneAuth::testParseTime()
{
    const QDateTime t = KeystoneAuth::parseTime(QStringLiteral("2015-08-27T09:49:58.123456Z"));
    QVERIFY(t.isValid());
    QCOMPARE(t, QDateTime(QDate(2015, 8, 27), QTime(9, 49, 58, 123), Qt::UTC));
    QCOMPARE(KeystoneAuth::parseTime(QStringLiteral("2015-08-27T09:49:58")), QDateTime(QDate(2015, 8, 27), QTime(9, 49, 58), Qt::UTC));
    QVERIFY(!KeystoneAuth::parseTime(QStringLiteral("yesterday")).isValid());
}

QTEST_GUILESS_MAIN(TestKeystoneAuth)
#include "TestKeystoneAuth.moc"
