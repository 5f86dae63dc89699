// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection add` importing the files users already have (GCP service-account key,
// Azure service principal, OpenStack clouds.yaml + secure.yaml and openrc): the secret goes to
// the secret store (the vault in tests) and nowhere else: not the workspace files in clear,
// not stdout, not stderr, not even in an error about the file.
#include "tests/support/ScratchDir.h"
#include "tests/support/CliRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Barista;
using Barista::Test::CliRunner;

namespace {
QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QByteArray rsaPem()
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

/// No file under dir holds `secret` in clear; at least one file exists (the vault was written).
void verifyNotInClear(const QString& dir, const QByteArray& secret)
{
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret), qPrintable(QStringLiteral("secret in clear in ") + f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

void verifyClean(const CliRunner::Run& r, const QByteArray& secret)
{
    QVERIFY2(!r.out.toUtf8().contains(secret) && !r.err.toUtf8().contains(secret), qPrintable(explain(r)));
}
} // namespace

class TestCliConnectionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gcpServiceAccountKey();
    void azureServicePrincipal();
    void openstackCloudsYamlWithSecureYaml();
    void openstackOpenrc();
    void insecureHttpAndCaBundleAreKept();
    void badFilesNameTheLineNotTheValue();
};

void TestCliConnectionImport::gcpServiceAccountKey()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QByteArray pem = rsaPem();
    const QByteArray keyFile = QJsonDocument(QJsonObject{
                                                 {QStringLiteral("type"), QStringLiteral("service_account")},
                                                 {QStringLiteral("project_id"), QStringLiteral("barista-test")},
                                                 {QStringLiteral("private_key_id"), QStringLiteral("abc123")},
                                                 {QStringLiteral("private_key"), QString::fromLatin1(pem)},
                                                 {QStringLiteral("client_email"), QStringLiteral("sa@barista-test.iam.gserviceaccount.com")},
                                                 {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")},
                                             })
                                   .toJson();
    const QString path = writeFile(home, QStringLiteral("key.json"), keyFile);
    CliRunner cli(workspace.path());
    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("gcp"), QStringLiteral("--credentials-file"), path,
                                          QStringLiteral("--region"), QStringLiteral("asia-northeast3"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    const QByteArray keyBody = pem.mid(pem.indexOf('\n') + 1, 64);
    verifyClean(added, keyBody);
    verifyNotInClear(workspace.path(), keyBody);
    const QJsonObject c = added.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("gcp-asia-northeast3"));
    QCOMPARE(c.value(QStringLiteral("driver")).toString(), QStringLiteral("native"));
    QCOMPARE(c.value(QStringLiteral("credentialRef")).toString(), QStringLiteral("connection/gcp-asia-northeast3"));

    // Not a service-account key: refused, naming the key that is wrong.
    const QString user = writeFile(home, QStringLiteral("user.json"),
                                   "{\"type\": \"authorized_user\", \"client_secret\": \"d-FL95Q19q7MQmFpd7hHD0Ty\"}");
    const CliRunner::Run refused = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                            QStringLiteral("gcp"), QStringLiteral("--credentials-file"), user,
                                            QStringLiteral("--region"), QStringLiteral("asia-northeast3")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("\"type\"")), qPrintable(explain(refused)));
    verifyClean(refused, "d-FL95Q19q7MQmFpd7hHD0Ty");
}

void TestCliConnectionImport::azureServicePrincipal()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QByteArray password = "Zx8Q~azureSecretValue.ABCDEFGHIJKLmnop";
    const QString path = writeFile(home, QStringLiteral("sp.json"),
                                   "{\n  \"appId\": \"11111111-2222-3333-4444-555555555555\",\n  \"displayName\": \"barista\",\n"
                                   "  \"password\": \"" + password + "\",\n  \"tenant\": \"66666666-7777-8888-9999-000000000000\"\n}\n");
    CliRunner cli(workspace.path());
    // No subscription anywhere: refused, and says how to give one.
    CliRunner noSub = cli;
    noSub.setEnv(QStringLiteral("AZURE_SUBSCRIPTION_ID"), QString());
    const CliRunner::Run missing = noSub.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                              QStringLiteral("azure"), QStringLiteral("--sp-file"), path,
                                              QStringLiteral("--region"), QStringLiteral("koreacentral")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(QStringLiteral("--subscription")), qPrintable(explain(missing)));
    verifyClean(missing, password);

    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("azure"), QStringLiteral("--sp-file"), path, QStringLiteral("--subscription"),
                                          QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), QStringLiteral("--region"),
                                          QStringLiteral("koreacentral"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    verifyClean(added, password);
    verifyNotInClear(workspace.path(), password);
    QCOMPARE(added.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("azure-koreacentral"));
}

void TestCliConnectionImport::openstackCloudsYamlWithSecureYaml()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QByteArray password = "0penStack-Secret-Pa55";
    writeFile(home, QStringLiteral("clouds.yaml"),
              "clouds:\n  other:\n    auth: {auth_url: 'https://x.example/v3'}\n  lab:\n    auth:\n"
              "      auth_url: https://keystone.lab.example:5000/v3\n      username: demo\n      project_name: demo\n"
              "      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionTwo\n");
    writeFile(home, QStringLiteral("secure.yaml"), "clouds:\n  lab:\n    auth:\n      password: \"" + password + "\"\n");
    CliRunner cli(workspace.path());
    // Found through OS_CLIENT_CONFIG_FILE, as openstacksdk finds it; secure.yaml beside it.
    cli.setEnv(QStringLiteral("OS_CLIENT_CONFIG_FILE"), home.filePath(QStringLiteral("clouds.yaml")));
    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("openstack"), QStringLiteral("--cloud"), QStringLiteral("lab"),
                                          QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    const QJsonObject c = added.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("openstack-regiontwo"));
    QCOMPARE(c.value(QStringLiteral("region")).toString(), QStringLiteral("RegionTwo"));
    verifyClean(added, password);
    verifyNotInClear(workspace.path(), password);

    const CliRunner::Run unknown = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                            QStringLiteral("openstack"), QStringLiteral("--cloud"), QStringLiteral("prod")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("prod")) && unknown.err.contains(QStringLiteral("lab")),
             qPrintable(explain(unknown)));
}

void TestCliConnectionImport::openstackOpenrc()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QByteArray password = "rc-pa$$word with spaces";
    // The shape Horizon writes, with the password written out (quoted) instead of read.
    const QString path = writeFile(home, QStringLiteral("demo-openrc.sh"),
                                   "#!/usr/bin/env bash\nexport OS_AUTH_URL=https://keystone.lab.example:5000\n"
                                   "export OS_PROJECT_NAME=\"demo\"\nexport OS_USER_DOMAIN_NAME=\"Default\"\n"
                                   "export OS_PROJECT_DOMAIN_NAME='Default'\nexport OS_USERNAME=\"demo\"\n"
                                   "echo \"Please enter your OpenStack Password: \"\nexport OS_PASSWORD='" + password + "'\n"
                                   "export OS_REGION_NAME=\"RegionOne\"\nexport OS_INTERFACE=public\n"
                                   "touch " + home.filePath(QStringLiteral("was-run")).toUtf8() + "\n");
    CliRunner cli(workspace.path());
    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("openstack"), QStringLiteral("--openrc"), path, QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QCOMPARE(added.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("openstack-regionone"));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("was-run")))); // read, never run
    verifyClean(added, password);
    verifyNotInClear(workspace.path(), password);
}

void TestCliConnectionImport::insecureHttpAndCaBundleAreKept()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QString bundle = writeFile(home, QStringLiteral("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
    CliRunner cli(workspace.path());
    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"),
                                          QStringLiteral("priv"), QStringLiteral("--provider"), QStringLiteral("openstack"),
                                          QStringLiteral("--region"), QStringLiteral("RegionOne"), QStringLiteral("--endpoint"),
                                          QStringLiteral("http://10.0.0.5:5000"), QStringLiteral("--allow-insecure-http"),
                                          QStringLiteral("--ca-bundle"), bundle, QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    const QJsonObject listed = cli.run({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")}).json();
    bool found = false;
    for (const QJsonValue& v : listed.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("name")).toString() != QLatin1String("priv"))
            continue;
        found = true;
        QCOMPARE(c.value(QStringLiteral("allowInsecureHttp")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("caBundle")).toString(), bundle);
    }
    QVERIFY(found);

    const CliRunner::Run noFile = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"),
                                           QStringLiteral("priv2"), QStringLiteral("--provider"), QStringLiteral("aws"),
                                           QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--ca-bundle"),
                                           home.filePath(QStringLiteral("absent.pem"))});
    QCOMPARE(noFile.exitCode, 2);
}

void TestCliConnectionImport::badFilesNameTheLineNotTheValue()
{
    QTemporaryDir home;
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    const QByteArray secret = "Unclosed-Secret-Value-42";
    const QString rc = writeFile(home, QStringLiteral("bad-openrc"),
                                 "export OS_AUTH_URL=https://k.example\nexport OS_PASSWORD=\"" + secret + "\n");
    const CliRunner::Run badRc = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("openstack"), QStringLiteral("--openrc"), rc});
    QVERIFY(badRc.exitCode != 0);
    QVERIFY2(badRc.err.contains(QStringLiteral("line 2")) && badRc.err.contains(QStringLiteral("OS_PASSWORD")),
             qPrintable(explain(badRc)));
    verifyClean(badRc, secret);

    const QString yaml = writeFile(home, QStringLiteral("clouds.yaml"),
                                   "clouds:\n  lab:\n    auth:\n      password: '" + secret + "'\n    - broken\n");
    const CliRunner::Run badYaml = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                            QStringLiteral("openstack"), QStringLiteral("--clouds-yaml"), yaml,
                                            QStringLiteral("--cloud"), QStringLiteral("lab")});
    QVERIFY(badYaml.exitCode != 0);
    QVERIFY2(badYaml.err.contains(QStringLiteral("line ")), qPrintable(explain(badYaml)));
    verifyClean(badYaml, secret);

    const QString json = writeFile(home, QStringLiteral("sp.json"), "{\"password\": \"" + secret + "\",\n \"appId\": }");
    const CliRunner::Run badJson = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                            QStringLiteral("azure"), QStringLiteral("--sp-file"), json,
                                            QStringLiteral("--subscription"), QStringLiteral("s"), QStringLiteral("--region"),
                                            QStringLiteral("koreacentral")});
    QVERIFY(badJson.exitCode != 0);
    QVERIFY2(badJson.err.contains(QStringLiteral("line 2")), qPrintable(explain(badJson)));
    verifyClean(badJson, secret);

    // An option for another provider's file is a usage error.
    const CliRunner::Run wrongProvider = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                                  QStringLiteral("aws"), QStringLiteral("--openrc"), rc});
    QCOMPARE(wrongProvider.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliConnectionImport)
#include "TestCliConnectionImport.moc"
