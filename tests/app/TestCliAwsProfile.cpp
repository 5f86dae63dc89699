// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection add --provider aws --profile NAME`: the keys of an AWS CLI profile go to the
// secret store (the vault in tests) and nowhere else; the workspace keeps only the reference.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
const QByteArray SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzTESTONLY";
const QByteArray KEY_ID = "AKIAIOSFODNN7TESTONLY";

QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}
} // namespace

class TestCliAwsProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsProfileIntoTheSecretStoreOnly();
    void refusesUnknownProfileAndOtherProviders();
};

void TestCliAwsProfile::importsProfileIntoTheSecretStoreOnly()
{
    // The user's own AWS files hold the secret on purpose: removed at the end, unlike the
    // workspace, which the credentials scan (tests/scan) searches after the run.
    QTemporaryDir home;
    ScratchDir workspace;
    QFile credentials(home.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[dev]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
    credentials.close();
    QFile config(home.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile dev]\nregion = ap-northeast-2\n");
    config.close();

    CliRunner cli(workspace.path());
    cli.setEnv(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials.fileName());
    cli.setEnv(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    const CliRunner::Run added = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                          QStringLiteral("aws"), QStringLiteral("--profile"), QStringLiteral("dev"),
                                          QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    const QJsonObject c = added.json().value(QStringLiteral("connection")).toObject();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("aws-ap-northeast-2"));
    QCOMPARE(c.value(QStringLiteral("region")).toString(), QStringLiteral("ap-northeast-2"));
    QCOMPARE(c.value(QStringLiteral("driver")).toString(), QStringLiteral("native"));
    QCOMPARE(c.value(QStringLiteral("credentialRef")).toString(), QStringLiteral("connection/aws-ap-northeast-2"));
    QVERIFY(!added.out.contains(QString::fromLatin1(SECRET)) && !added.err.contains(QString::fromLatin1(SECRET)));

    // The secret is in no file of the workspace in clear (the vault holds it encrypted), and
    // the vault does hold something: a file was written.
    int files = 0;
    QDirIterator it(workspace.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(SECRET), qPrintable(QStringLiteral("secret in clear in ") + f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);

    const CliRunner::Run listed = cli.run({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(explain(listed)));
    QVERIFY(listed.out.contains(QStringLiteral("aws-ap-northeast-2")));
    QVERIFY(!listed.out.contains(QString::fromLatin1(SECRET)));
}

void TestCliAwsProfile::refusesUnknownProfileAndOtherProviders()
{
    QTemporaryDir home; // the user's own files, as above
    ScratchDir workspace;
    QFile credentials(home.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[dev]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET + "\n");
    credentials.close();
    CliRunner cli(workspace.path());
    cli.setEnv(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials.fileName());
    cli.setEnv(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("absent")));

    const CliRunner::Run unknown = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                            QStringLiteral("aws"), QStringLiteral("--profile"), QStringLiteral("prod"),
                                            QStringLiteral("--region"), QStringLiteral("us-east-1")});
    QVERIFY2(unknown.exitCode != 0, qPrintable(explain(unknown)));
    QVERIFY(unknown.err.contains(QStringLiteral("prod")));

    const CliRunner::Run gcp = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                        QStringLiteral("gcp"), QStringLiteral("--profile"), QStringLiteral("dev"),
                                        QStringLiteral("--region"), QStringLiteral("asia-northeast3")});
    QVERIFY2(gcp.exitCode != 0, qPrintable(explain(gcp)));

    // No region in the command or the (absent) config: a clear usage error, nothing stored.
    const CliRunner::Run noRegion = cli.run({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"),
                                             QStringLiteral("aws"), QStringLiteral("--profile"), QStringLiteral("dev")});
    QVERIFY2(noRegion.exitCode != 0, qPrintable(explain(noRegion)));
    QVERIFY(!noRegion.err.contains(QString::fromLatin1(SECRET)));
}

QTEST_GUILESS_MAIN(TestCliAwsProfile)
#include "TestCliAwsProfile.moc"
