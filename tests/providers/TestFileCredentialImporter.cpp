// SPDX-License-Identifier: GPL-3.0-or-later
// The credential importers as the adapters need their output: clouds.yaml found in
// openstacksdk's order with secure.yaml merged, openrc read (never run) with variable
// references, the Azure service principal rewritten, a GCP key checked with OpenSSL and kept
// verbatim, typed keys checked like imports; errors name the file and key, never a value.
#include "models/credentials/CloudsYamlReader.h"
#include "models/credentials/DraftSecretStore.h"
#include "providers/aws/AwsCredentialSource.h"
#include "providers/credentials/FileCredentialImporter.h"
#include "providers/openstack/OpenStackCredentials.h"
#include "tests/support/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Barista;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QByteArray pemOf(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

QJsonObject gcpKey(const QByteArray& pem)
{
    return {{QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("project_id"), QStringLiteral("p")},
            {QStringLiteral("private_key"), QString::fromLatin1(pem)},
            {QStringLiteral("client_email"), QStringLiteral("sa@p.iam.gserviceaccount.com")},
            {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}};
}
} // namespace

class TestFileCredentialImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudsYamlSearchOrderAndSecureMerge();
    void openrcQuotingAndReferences();
    void azureServicePrincipalMapping();
    void gcpKeyMustBeAnRsaServiceAccountKey();
    void awsProfileFromAnExplicitFile();
    void typedFields();
    void draftStoreShadowsOnlyItsOwnKeys();
};

void TestFileCredentialImporter::cloudsYamlSearchOrderAndSecureMerge()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    const QStringList order = CloudsYamlReader::searchPath(env);
    QCOMPARE(order.first(), QDir::currentPath() + QStringLiteral("/clouds.yaml"));
    QVERIFY(order.indexOf(dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")))
            < order.indexOf(QStringLiteral("/etc/openstack/clouds.yaml")));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), dir.filePath(QStringLiteral("x.yaml")));
    QCOMPARE(CloudsYamlReader::searchPath(env).first(), dir.filePath(QStringLiteral("x.yaml")));

    // The user's config folder, with secure.yaml beside it holding the password.
    env.remove(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    write(dir, QStringLiteral("home/.config/openstack/clouds.yaml"),
          "clouds:\n  lab:\n    auth:\n      auth_url: https://k.example:5000\n      username: u\n"
          "      project_id: 0123\n      user_domain_id: default\n    region_name: R1\n    interface: internal\n");
    write(dir, QStringLiteral("home/.config/openstack/secure.yaml"), "clouds:\n  lab:\n    auth:\n      password: 'p w'\n");
    const FileCredentialImporter importer;
    CredentialImportRequest request;
    request.source = CredentialSource::OpenStackCloudsYaml;
    request.name = QStringLiteral("lab");
    const Result<ImportedCredential> imported = importer.import(request, env);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported.value().region, QStringLiteral("R1"));
    QCOMPARE(imported.value().suggestedName, QStringLiteral("openstack-r1"));
    // The JSON the adapter reads back (OpenStackCredentials::fromJson) is the same credential.
    const OpenStackCredentials c = OpenStackCredentials::fromJson(QJsonDocument::fromJson(imported.value().secret).object());
    QCOMPARE(c.password, QStringLiteral("p w"));
    QCOMPARE(c.projectId, QStringLiteral("0123"));
    QCOMPARE(c.interface, QStringLiteral("internal"));
    QCOMPARE(c.authUrl, QUrl(QStringLiteral("https://k.example:5000")));
    QVERIFY(c.validationError().isEmpty());

    // secure.yaml missing: the credential has no password, and the error says so without values.
    QFile::remove(dir.filePath(QStringLiteral("home/.config/openstack/secure.yaml")));
    const Result<ImportedCredential> noPassword = importer.import(request, env);
    QVERIFY(!noPassword.ok());
    QVERIFY(noPassword.error().message.contains(QStringLiteral("password")));
    QVERIFY(!noPassword.error().message.contains(QStringLiteral("k.example")));
}

void TestFileCredentialImporter::openrcQuotingAndReferences()
{
    QTemporaryDir dir;
    const QString rc = write(dir, QStringLiteral("rc"),
                             "export OS_AUTH_URL='https://k.example/v3'\nexport OS_USERNAME=\"de\\\"mo\"\n"
                             "read -sr OS_PASSWORD_INPUT\nexport OS_PASSWORD=$OS_PASSWORD_INPUT\n"
                             "OS_PROJECT_NAME=demo # trailing comment\nexport OS_USER_DOMAIN_NAME=Default\n"
                             "export OS_PROJECT_DOMAIN_ID=default\nexport OS_REGION_NAME=\"RegionOne\"\n"
                             "export NOT_OS=1\n");
    QProcessEnvironment env;
    env.insert(QStringLiteral("OS_PASSWORD_INPUT"), QStringLiteral("typed at the prompt"));
    const FileCredentialImporter importer;
    CredentialImportRequest request;
    request.source = CredentialSource::OpenStackOpenrc;
    request.file = rc;
    const Result<ImportedCredential> imported = importer.import(request, env);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const OpenStackCredentials c = OpenStackCredentials::fromJson(QJsonDocument::fromJson(imported.value().secret).object());
    QCOMPARE(c.username, QStringLiteral("de\"mo"));
    QCOMPARE(c.password, QStringLiteral("typed at the prompt"));
    QCOMPARE(c.projectName, QStringLiteral("demo"));
    QCOMPARE(imported.value().region, QStringLiteral("RegionOne"));

    // A computed value is refused (the file is never run), naming the line and variable only.
    const QString computed = write(dir, QStringLiteral("rc2"), "export OS_AUTH_URL=x\nexport OS_PASSWORD=\"$(pass show os-Secret77)\"\n");
    request.file = computed;
    const Result<ImportedCredential> refused = importer.import(request, env);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("line 2")));
    QVERIFY(refused.error().message.contains(QStringLiteral("OS_PASSWORD")));
    QVERIFY(!refused.error().message.contains(QStringLiteral("Secret77")));
}

void TestFileCredentialImporter::azureServicePrincipalMapping()
{
    QTemporaryDir dir;
    const QString sp = write(dir, QStringLiteral("sp.json"),
                             R"({"appId": "app", "displayName": "d", "password": "pw", "tenant": "t", "subscriptionId": "from-file"})");
    const FileCredentialImporter importer;
    CredentialImportRequest request;
    request.source = CredentialSource::AzureServicePrincipal;
    request.file = sp;
    QProcessEnvironment env;
    // The file's subscription, then the environment's, then the flag's: the most explicit wins.
    const auto subscriptionOf = [&] {
        const Result<ImportedCredential> r = importer.import(request, env);
        return r.ok() ? QJsonDocument::fromJson(r.value().secret).object().value(QStringLiteral("subscriptionId")).toString()
                      : QString();
    };
    QCOMPARE(subscriptionOf(), QStringLiteral("from-file"));
    env.insert(QStringLiteral("AZURE_SUBSCRIPTION_ID"), QStringLiteral("from-env"));
    QCOMPARE(subscriptionOf(), QStringLiteral("from-env"));
    request.subscription = QStringLiteral("from-flag");
    QCOMPARE(subscriptionOf(), QStringLiteral("from-flag"));
    const QJsonObject secret = QJsonDocument::fromJson(importer.import(request, env).value().secret).object();
    QCOMPARE(secret, (QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")},
                                  {QStringLiteral("clientId"), QStringLiteral("app")},
                                  {QStringLiteral("clientSecret"), QStringLiteral("pw")},
                                  {QStringLiteral("subscriptionId"), QStringLiteral("from-flag")}}));
}

void TestFileCredentialImporter::gcpKeyMustBeAnRsaServiceAccountKey()
{
    QTemporaryDir dir;
    const QByteArray rsa = pemOf(EVP_RSA_gen(2048));
    const QByteArray file = QJsonDocument(gcpKey(rsa)).toJson();
    const FileCredentialImporter importer;
    CredentialImportRequest request;
    request.source = CredentialSource::GcpServiceAccount;
    request.file = write(dir, QStringLiteral("key.json"), file);
    const Result<ImportedCredential> imported = importer.import(request, QProcessEnvironment());
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().secret, file); // verbatim

    // An EC key is a valid PEM but not what Google signs with.
    QJsonObject ec = gcpKey(pemOf(EVP_EC_gen("P-256")));
    QCOMPARE(FileCredentialImporter::gcpKeyError(ec, QStringLiteral("f")).contains(QStringLiteral("private_key")), true);
    QJsonObject broken = gcpKey(rsa);
    broken.insert(QStringLiteral("private_key"), QStringLiteral("-----BEGIN PRIVATE KEY-----\nNotAKey\n-----END PRIVATE KEY-----\n"));
    QVERIFY(!FileCredentialImporter::gcpKeyError(broken, QStringLiteral("f")).contains(QStringLiteral("NotAKey")));
    QJsonObject noEmail = gcpKey(rsa);
    noEmail.remove(QStringLiteral("client_email"));
    QVERIFY(FileCredentialImporter::gcpKeyError(noEmail, QStringLiteral("f")).contains(QStringLiteral("client_email")));
    QJsonObject user = gcpKey(rsa);
    user.insert(QStringLiteral("type"), QStringLiteral("authorized_user"));
    QVERIFY(!FileCredentialImporter::gcpKeyError(user, QStringLiteral("f")).isEmpty());
    QVERIFY(FileCredentialImporter::gcpKeyError(gcpKey(rsa), QStringLiteral("f")).isEmpty());

    // Not JSON: the line, not the text.
    request.file = write(dir, QStringLiteral("bad.json"), "{\n\"private_key\": \"SECRETPEM\n}");
    const Result<ImportedCredential> bad = importer.import(request, QProcessEnvironment());
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("line")));
    QVERIFY(!bad.error().message.contains(QStringLiteral("SECRETPEM")));
}

void TestFileCredentialImporter::awsProfileFromAnExplicitFile()
{
    QTemporaryDir dir;
    const FileCredentialImporter importer;
    CredentialImportRequest request;
    request.source = CredentialSource::AwsProfile;
    request.file = write(dir, QStringLiteral("creds"), "[p]\naws_access_key_id = AKIA1\naws_secret_access_key = s3\n");
    request.name = QStringLiteral("p");
    const Result<ImportedCredential> imported = importer.import(request, QProcessEnvironment());
    QVERIFY(imported.ok());
    const Result<AwsCredentials> keys = AwsCredentialSource::fromSecret(imported.value().secret, QStringLiteral("r"));
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().accessKeyId, QStringLiteral("AKIA1"));
    QCOMPARE(keys.value().secretAccessKey, QStringLiteral("s3"));
}

void TestFileCredentialImporter::typedFields()
{
    const FileCredentialImporter importer;
    const Result<QByteArray> aws = importer.fromFields(
        QStringLiteral("aws"), {{QStringLiteral("aws_access_key_id"), QStringLiteral("AKIA2")},
                                {QStringLiteral("aws_secret_access_key"), QStringLiteral("typed-secret")}});
    QVERIFY(aws.ok());
    QCOMPARE(AwsCredentialSource::fromSecret(aws.value(), QStringLiteral("r")).value().secretAccessKey,
             QStringLiteral("typed-secret"));
    const Result<QByteArray> noSecret = importer.fromFields(
        QStringLiteral("aws"), {{QStringLiteral("aws_access_key_id"), QStringLiteral("AKIA2")}});
    QVERIFY(!noSecret.ok());
    const Result<QByteArray> openstack = importer.fromFields(
        QStringLiteral("openstack"), {{QStringLiteral("auth_url"), QStringLiteral("https://k.example")},
                                      {QStringLiteral("username"), QStringLiteral("u")},
                                      {QStringLiteral("password"), QStringLiteral("typed-pw")}});
    QVERIFY(!openstack.ok()); // no domain, no scope
    QVERIFY(!openstack.error().message.contains(QStringLiteral("typed-pw")));
    QVERIFY(!importer.fromFields(QStringLiteral("ncp"), {}).ok());
}

void TestFileCredentialImporter::draftStoreShadowsOnlyItsOwnKeys()
{
    MemorySecretStore base;
    base.write(QStringLiteral("connection/a"), "stored").waitForFinished();
    DraftSecretStore drafts(&base);
    drafts.put(QStringLiteral("draft/1"), "typed");
    QCOMPARE(drafts.read(QStringLiteral("draft/1")).result().value(), QByteArray("typed"));
    QCOMPARE(drafts.read(QStringLiteral("connection/a")).result().value(), QByteArray("stored"));
    QVERIFY(!base.contains(QStringLiteral("draft/1"))); // never written through
    drafts.drop(QStringLiteral("draft/1"));
    QVERIFY(!drafts.read(QStringLiteral("draft/1")).result().ok());
}

QTEST_GUILESS_MAIN(TestFileCredentialImporter)
#include "TestFileCredentialImporter.moc"
