// SPDX-License-Identifier: GPL-3.0-or-later
// `barista connection test` on a GCP connection whose service-account key is not the one the
// (local) Google token endpoint knows: the CLI shows the token endpoint's own words after exactly
// one request, which the server is asked again independently to compare with.
#include "tests/servers/gcp/GcpTestServer.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>

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

QString otherRsaKeyPem()
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString pem = QString::fromLatin1(data, int(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}
} // namespace

class TestCliConnectionTestGcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongKeyFailsOnceWithTheTokenEndpointsMessage();
};

void TestCliConnectionTestGcp::wrongKeyFailsOnceWithTheTokenEndpointsMessage()
{
    GcpTestServer server;
    QVERIFY(server.listen() != 0);
    QJsonObject key = QJsonDocument::fromJson(server.createServiceAccount(QStringLiteral("barista-test"),
                                                                          QStringLiteral("sa@barista-test.iam.gserviceaccount.com"),
                                                                          QStringLiteral("k1"), server.tokenUrl().toString()))
                          .object();
    QVERIFY(!key.isEmpty());
    const QString wrongPem = otherRsaKeyPem();
    key.insert(QStringLiteral("private_key"), wrongPem);
    QTemporaryDir home;
    Test::ScratchDir workspace;
    const QString path = home.filePath(QStringLiteral("key.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(key).toJson());
    f.close();

    CliRunner cli(workspace.path());
    const CliRunner::Run added = runServing(
        cli, {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("gcp"),
              QStringLiteral("--credentials-file"), path, QStringLiteral("--region"), QStringLiteral("asia-northeast3"),
              QStringLiteral("--endpoint"), server.endpoint().toString()});
    QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
    QCOMPARE(server.requestCount(), 0);

    const CliRunner::Run tested = runServing(cli, {QStringLiteral("connection"), QStringLiteral("test"),
                                                   QStringLiteral("gcp-asia-northeast3"), QStringLiteral("--json")});
    QVERIFY2(tested.exitCode != 0, qPrintable(explain(tested)));
    QCOMPARE(server.requestCount(), 1); // the token request, not retried
    QCOMPARE(server.tokenRequestCount(), 1);

    // The server's answer to that very assertion, asked again without the network.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(server.lastAssertion()));
    const GcpReply reply = server.handle("POST", server.tokenUrl(),
                                         {{"Content-Type", "application/x-www-form-urlencoded"}},
                                         form.toString(QUrl::FullyEncoded).toUtf8());
    QVERIFY(reply.httpStatus >= 400);
    const QJsonObject sent = QJsonDocument::fromJson(reply.body).object();
    const QString description = sent.value(QStringLiteral("error_description")).toString();
    QVERIFY(!description.isEmpty());
    const QJsonObject error = tested.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
    QCOMPARE(error.value(QStringLiteral("providerMessage")).toString(), description);
    QVERIFY2(tested.err.contains(description), qPrintable(explain(tested)));
    const QString keyLine = wrongPem.section(QLatin1Char('\n'), 1, 1);
    QVERIFY(!tested.out.contains(keyLine) && !tested.err.contains(keyLine));
}

QTEST_GUILESS_MAIN(TestCliConnectionTestGcp)
#include "TestCliConnectionTestGcp.moc"
