// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection test` on an Azure connection imported from a service-principal file with a
// wrong client secret, against the local ARM + identity server over TLS with its own CA (given
// with --ca-bundle): the CLI shows the identity platform's own error_description after exactly
// one request, compared with the body the server recorded sending.
#include "tests/servers/azure/AzureArmTestServer.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;

namespace {
QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

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

class TestCliConnectionTestAzure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongSecretFailsOnceWithTheIdentityPlatformsMessage();
};

void TestCliConnectionTestAzure::wrongSecretFailsOnceWithTheIdentityPlatformsMessage()
{
    AzureArmTestServer server(true);
    QVERIFY2(server.tlsError().isEmpty(), qPrintable(server.tlsError()));
    QVERIFY(server.listen() != 0);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QString ca = home.filePath(QStringLiteral("ca.pem"));
    writeFile(ca, server.caCertificatePem());
    const QByteArray wrong = "Wr0ng~Secret.Value_not-the-one-0123";
    const QString sp = home.filePath(QStringLiteral("sp.json"));
    writeFile(sp, QJsonDocument(QJsonObject{{QStringLiteral("appId"), AzureArmTestServer::clientId()},
                                            {QStringLiteral("displayName"), QStringLiteral("barista-test")},
                                            {QStringLiteral("password"), QString::fromLatin1(wrong)},
                                            {QStringLiteral("tenant"), AzureArmTestServer::tenantId()}})
                      .toJson());

    CliRunner cli(workspace.path());
    cli.setEnv(QStringLiteral("AZURE_SUBSCRIPTION_ID"), AzureArmTestServer::subscriptionId());
    const CliRunner::Run added = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("azure"),
              QStringLiteral("--sp-file"), sp, QStringLiteral("--region"), QStringLiteral("koreacentral"),
              QStringLiteral("--endpoint"), server.endpoint().toString(), QStringLiteral("--ca-bundle"), ca});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QCOMPARE(server.requestCount(), 0);

    const CliRunner::Run tested = runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"),
                                                   QStringLiteral("azure-koreacentral"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode != 0, qPrintable(explain(tested)));
    QCOMPARE(server.requestCount(), 1); // the token request, not retried
    QCOMPARE(server.tokenRequestCount(), 1);
    const QString sent = QJsonDocument::fromJson(server.requests().constFirst().errorBody)
                             .object()
                             .value(QStringLiteral("error_description"))
                             .toString();
    QVERIFY(!sent.isEmpty());
    const QJsonObject error = tested.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QCOMPARE(error.value(QStringLiteral("providerMessage")).toString(), sent);
    QVERIFY(!tested.out.contains(QString::fromLatin1(wrong)) && !tested.err.contains(QString::fromLatin1(wrong)));
}

QTEST_GUILESS_MAIN(TestCliConnectionTestAzure)
#include "TestCliConnectionTestAzure.moc"
