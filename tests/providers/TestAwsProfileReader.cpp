// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS CLI's shared files as users have them: profiles, default, keys in config, comments,
// nested blocks, and the errors that must name the file without ever echoing a secret.
#include "providers/aws/AwsProfileReader.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}
} // namespace

class TestAwsProfileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNamedProfileWithRegionFromConfig();
    void readsDefaultAndKeysKeptInConfig();
    void refusesMissingOrKeylessProfilesWithoutLeakingSecrets();
};

void TestAwsProfileReader::readsNamedProfileWithRegionFromConfig()
{
    QTemporaryDir dir;
    const QString credentials = write(dir, QStringLiteral("credentials"),
                                      "# keys\n[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = defaultsecret\n\n"
                                      "[dev]\nAWS_ACCESS_KEY_ID=AKIADEV\naws_secret_access_key = dev/secret+x==\n"
                                      "aws_session_token = tok\n");
    const QString config = write(dir, QStringLiteral("config"),
                                 "[default]\nregion = us-east-1\n; comment\n[profile dev]\nregion = ap-northeast-2\n"
                                 "s3 =\n  max_concurrent_requests = 20\noutput = json\n");
    const Result<AwsProfile> dev = AwsProfileReader::readFiles(QStringLiteral("dev"), credentials, config);
    QVERIFY2(dev.ok(), qPrintable(dev.ok() ? QString() : dev.error().toString()));
    QCOMPARE(dev.value().credentials.accessKeyId, QStringLiteral("AKIADEV"));
    QCOMPARE(dev.value().credentials.secretAccessKey, QStringLiteral("dev/secret+x=="));
    QCOMPARE(dev.value().credentials.sessionToken, QStringLiteral("tok"));
    QCOMPARE(dev.value().region, QStringLiteral("ap-northeast-2"));

    // Through the environment variables the AWS CLI honours.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("nowhere")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    const Result<AwsProfile> viaEnv = AwsProfileReader::read(QStringLiteral("default"), env);
    QVERIFY(viaEnv.ok());
    QCOMPARE(viaEnv.value().credentials.accessKeyId, QStringLiteral("AKIADEFAULT"));
    QCOMPARE(viaEnv.value().region, QStringLiteral("us-east-1"));
}

void TestAwsProfileReader::readsDefaultAndKeysKeptInConfig()
{
    QTemporaryDir dir;
    const QString credentials = write(dir, QStringLiteral("credentials"), "[other]\naws_access_key_id = A\naws_secret_access_key = B\n");
    const QString config = write(dir, QStringLiteral("config"),
                                 "[profile ops]\nregion = eu-west-1\naws_access_key_id = AKIAOPS\naws_secret_access_key = opssecret\n");
    const Result<AwsProfile> ops = AwsProfileReader::readFiles(QStringLiteral("ops"), credentials, config);
    QVERIFY(ops.ok());
    QCOMPARE(ops.value().credentials.accessKeyId, QStringLiteral("AKIAOPS"));
    QCOMPARE(ops.value().region, QStringLiteral("eu-west-1"));
    // No config file: keys only, no region.
    const Result<AwsProfile> other = AwsProfileReader::readFiles(QStringLiteral("other"), credentials, QString());
    QVERIFY(other.ok());
    QVERIFY(other.value().region.isEmpty());
}

void TestAwsProfileReader::refusesMissingOrKeylessProfilesWithoutLeakingSecrets()
{
    QTemporaryDir dir;
    const QString credentials = write(dir, QStringLiteral("credentials"), "[dev]\naws_access_key_id = AKIADEV\naws_secret_access_key = s3cr3t\n");
    const QString config = write(dir, QStringLiteral("config"), "[profile sso]\nsso_start_url = https://x\nregion = us-east-1\n");

    const Result<AwsProfile> missing = AwsProfileReader::readFiles(QStringLiteral("prod"), credentials, config);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("prod")));
    QVERIFY(missing.error().message.contains(credentials));

    const Result<AwsProfile> sso = AwsProfileReader::readFiles(QStringLiteral("sso"), credentials, config);
    QVERIFY(!sso.ok());
    QVERIFY(sso.error().message.contains(QStringLiteral("SSO")));

    const Result<AwsProfile> unreadable
        = AwsProfileReader::readFiles(QStringLiteral("dev"), dir.filePath(QStringLiteral("absent")), QString());
    QVERIFY(!unreadable.ok());
    QCOMPARE(unreadable.error().kind, CloudError::Kind::InvalidRequest);

    // A broken line is reported by number, never echoed (it may be a secret).
    const QString broken = write(dir, QStringLiteral("broken"), "[dev]\naws_access_key_id = AKIADEV\nthisIsTheSecretWithoutEquals\n");
    const Result<AwsProfile> bad = AwsProfileReader::readFiles(QStringLiteral("dev"), broken, QString());
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("line 3")));
    QVERIFY(!bad.error().message.contains(QStringLiteral("thisIsTheSecret")));
}

QTEST_GUILESS_MAIN(TestAwsProfileReader)
#include "TestAwsProfileReader.moc"
