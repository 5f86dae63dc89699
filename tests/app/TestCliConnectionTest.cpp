// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection test NAME`: the real CLI process against local servers that speak the
// providers' protocols. With a wrong secret it fails with the provider's own code and message
// (compared with what the server sent, not a copy in this file), after exactly ONE request: an
// authentication failure is never retried. With the right secret it lists the regions.
#include "tests/providers/FakeHttpServer.h"
#include "tests/providers/FakeKeystone.h"
#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/support/Ec2TestClient.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::FakeHttpServer;
using Barista::Test::FakeKeystone;
using Barista::Test::FakeReply;
using Barista::Test::FakeRequest;

namespace {
// Listed in tests/data/test-secrets.txt (aws-wrong-secret), so the credentials scan looks for it too.
const QString WRONG_SECRET = QStringLiteral("wrong/secret+key/0000000000000000000000");

QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

/// Runs the CLI while this thread's event loop keeps serving the in-process test servers.
CliRunner::Run runServing(const CliRunner& cli, const QStringList& arguments)
{
    QObject owner;
    QProcess* process = cli.start(arguments, &owner);
    CliRunner::Run run;
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, 60000)) {
        process->kill();
        process->waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    return run;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestCliConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsWrongSecretFailsOnceWithTheServersMessage();
    void awsRightSecretListsRegions();
    void openstackWrongPasswordFailsOnceWithKeystonesMessage();
    void unknownConnectionIsNotFound();
    void removeTakesTheImportedCredentialAlong();
    void refusedReplacementKeepsTheOldConnectionAndItsSecret();

private:
    static void addAws(const CliRunner& cli, const QTemporaryDir& home, const QUrl& endpoint, const QString& secret);
};

void TestCliConnectionTest::addAws(const CliRunner& cli, const QTemporaryDir& home, const QUrl& endpoint,
                                   const QString& secret)
{
    const QString credentials = home.filePath(QStringLiteral("credentials"));
    writeFile(credentials, "[ec2]\naws_access_key_id = " + Ec2TestServer::exampleAccessKeyId().toUtf8()
                  + "\naws_secret_access_key = " + secret.toUtf8() + "\n");
    CliRunner withFiles = cli;
    withFiles.setEnv(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials);
    withFiles.setEnv(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("absent")));
    const CliRunner::Run added = runServing(
        withFiles, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ec2"),
                    QStringLiteral("--provider"), QStringLiteral("aws"), QStringLiteral("--profile"), QStringLiteral("ec2"),
                    QStringLiteral("--region"), QStringLiteral("us-east-1"), QStringLiteral("--endpoint"),
                    endpoint.toString()});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
}

void TestCliConnectionTest::awsWrongSecretFailsOnceWithTheServersMessage()
{
    Ec2TestServer server;
    server.addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    QVERIFY(server.listen() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    addAws(cli, home, server.endpoint(), WRONG_SECRET);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.requestCount(), 0); // adding a connection sends nothing

    const CliRunner::Run tested = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("ec2"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode != 0, qPrintable(explain(tested)));
    QCOMPARE(server.requestCount(), 1); // not retried
    const Ec2RequestRecord record = server.requests().constFirst();
    QVERIFY(!record.errorCode.isEmpty());

    // What the server says to this key: the same call from an independent client (after the count).
    Ec2TestClient client(server.endpoint(), Ec2TestServer::exampleAccessKeyId(), WRONG_SECRET);
    const Ec2TestResponse direct = client.call(record.action);
    QCOMPARE(direct.errorCode(), record.errorCode);
    QVERIFY(!direct.errorMessage().isEmpty());

    const QJsonObject error = tested.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("providerCode")).toString(), record.errorCode);
    QCOMPARE(error.value(QStringLiteral("providerMessage")).toString(), direct.errorMessage());
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QVERIFY2(tested.err.contains(direct.errorMessage()), qPrintable(explain(tested)));
    QVERIFY(!tested.out.contains(WRONG_SECRET) && !tested.err.contains(WRONG_SECRET));

    // Plain text too: the message verbatim on stderr, a non-zero exit.
    server.clearRequests();
    const CliRunner::Run plain = runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("ec2")});
    QVERIFY(plain.exitCode != 0);
    QVERIFY2(plain.err.contains(direct.errorMessage()), qPrintable(explain(plain)));
    QCOMPARE(server.requestCount(), 1);
}

void TestCliConnectionTest::refusedReplacementKeepsTheOldConnectionAndItsSecret()
{
    Ec2TestServer server;
    server.addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    QVERIFY(server.listen() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    addAws(cli, home, server.endpoint(), Ec2TestServer::exampleSecretKey());
    if (QTest::currentTestFailed())
        return;

    // The same name again, from a profile with the wrong secret, on a driver that refuses the
    // region: the import overwrote connection/ec2 before the refusal, which must undo it.
    const QString credentials = home.filePath(QStringLiteral("other"));
    writeFile(credentials, "[other]\naws_access_key_id = " + Ec2TestServer::exampleAccessKeyId().toUtf8()
                  + "\naws_secret_access_key = " + WRONG_SECRET.toUtf8() + "\n");
    CliRunner withFiles = cli;
    withFiles.setEnv(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials);
    withFiles.setEnv(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("absent")));
    const CliRunner::Run refused = runServing(
        withFiles, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("ec2"), QStringLiteral("--provider"),
                    QStringLiteral("aws"), QStringLiteral("--profile"), QStringLiteral("other"), QStringLiteral("--driver"),
                    QStringLiteral("sim"), QStringLiteral("--region"), QStringLiteral("mars-north-1")});
    QCOMPARE(refused.exitCode, 4);

    const CliRunner::Run tested = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("ec2"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode == 0, qPrintable(explain(tested)));
    QCOMPARE(tested.json().value(QStringLiteral("ok")).toBool(), true);
}

void TestCliConnectionTest::awsRightSecretListsRegions()
{
    Ec2TestServer server;
    server.addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    QVERIFY(server.listen() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    addAws(cli, home, server.endpoint(), Ec2TestServer::exampleSecretKey());
    if (QTest::currentTestFailed())
        return;
    const CliRunner::Run tested = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("ec2"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode == 0, qPrintable(explain(tested)));
    QCOMPARE(tested.json().value(QStringLiteral("ok")).toBool(), true);
    const QJsonArray regions = tested.json().value(QStringLiteral("regions")).toArray();
    QVERIFY(!regions.isEmpty());
    QVERIFY(regions.contains(QStringLiteral("us-east-1")));
    QCOMPARE(server.requestCount(QStringLiteral("DescribeRegions")), 1);

    const CliRunner::Run plain = runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("ec2")});
    QVERIFY2(plain.exitCode == 0, qPrintable(explain(plain)));
    QVERIFY(plain.out.startsWith(QStringLiteral("ok")));
    QVERIFY(plain.out.contains(QString::number(regions.size())));
}

void TestCliConnectionTest::openstackWrongPasswordFailsOnceWithKeystonesMessage()
{
    FakeKeystone keystone;
    FakeHttpServer server;
    QByteArray lastBody; // exactly what the server sent
    server.setHandler([&](const FakeRequest& r) {
        const FakeReply reply = keystone.handle(r, server.url()).value_or(FakeReply::raw(404, "nothing here"));
        lastBody = reply.body;
        return reply;
    });
    QVERIFY(server.start() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QString wrong = QStringLiteral("not-the-password"); // keystone-wrong-password in test-secrets.txt
    const QString clouds = home.filePath(QStringLiteral("clouds.yaml"));
    writeFile(clouds, QStringLiteral("clouds:\n  lab:\n    auth:\n      auth_url: %1\n      username: %2\n"
                                     "      password: \"%3\"\n      project_name: %4\n      user_domain_name: Default\n"
                                     "      project_domain_name: Default\n    region_name: %5\n")
                          .arg(server.url(QStringLiteral("/v3")).toString(), keystone.user, wrong, keystone.project,
                               keystone.region)
                          .toUtf8());
    CliRunner cli(workspace.path());
    const CliRunner::Run added = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("openstack"),
              QStringLiteral("--clouds-yaml"), clouds, QStringLiteral("--cloud"), QStringLiteral("lab")});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QVERIFY(added.out.contains(QStringLiteral("openstack-regionone")));
    QCOMPARE(server.requests().size(), 0);

    const CliRunner::Run tested = runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"),
                                                   QStringLiteral("openstack-regionone"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode != 0, qPrintable(explain(tested)));
    QCOMPARE(server.requests().size(), 1);
    const QString sent = QJsonDocument::fromJson(lastBody)
                             .object()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("message"))
                             .toString();
    QVERIFY(!sent.isEmpty());
    const QJsonObject error = tested.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("providerMessage")).toString(), sent);
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QVERIFY(!tested.out.contains(wrong) && !tested.err.contains(wrong));
}

void TestCliConnectionTest::unknownConnectionIsNotFound()
{
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    const CliRunner::Run r = cli.run({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliConnectionTest)
void TestCliConnectionTest::removeTakesTheImportedCredentialAlong()
{
    Ec2TestServer server;
    server.addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    QVERIFY(server.listen() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    CliRunner cli(workspace.path());
    addAws(cli, home, server.endpoint(), Ec2TestServer::exampleSecretKey()); // stored as connection/ec2
    if (QTest::currentTestFailed())
        return;
    const auto addSharing = [&](const QString& name) {
        return runServing(cli, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                QStringLiteral("--provider"), QStringLiteral("aws"), QStringLiteral("--driver"),
                                QStringLiteral("native"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
                                QStringLiteral("--endpoint"), server.endpoint().toString(), QStringLiteral("--credential"),
                                QStringLiteral("connection/ec2")});
    };
    const auto test = [&](const QString& name) {
        return runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"), name});
    };
    const auto remove = [&](const QString& name) {
        return runServing(cli, {QStringLiteral("connection"), QStringLiteral("remove"), name});
    };

    // Another connection that names the same credential: removing it keeps the credential.
    CliRunner::Run run = addSharing(QStringLiteral("shared"));
    QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
    run = remove(QStringLiteral("shared"));
    QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
    run = test(QStringLiteral("ec2"));
    QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
    QCOMPARE(server.requestCount(QStringLiteral("DescribeRegions")), 1);

    // Removing the connection it was imported for removes it from the secret store: a new
    // connection naming it finds nothing to sign with, and sends nothing.
    run = remove(QStringLiteral("ec2"));
    QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
    run = addSharing(QStringLiteral("again"));
    QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
    run = test(QStringLiteral("again"));
    QVERIFY2(run.exitCode != 0, qPrintable(explain(run)));
    QCOMPARE(server.requestCount(QStringLiteral("DescribeRegions")), 1);
}

#include "TestCliConnectionTest.moc"
