// SPDX-License-Identifier: GPL-3.0-or-later
// Referee run for the GCP service-account JWT: makes RSA keys with OpenSSL and service-account
// key files for them, registers them with an in-process GCP test server, computes the adapter's
// assertions (GcpAuth::assertion) and lets gcp-jwt-referee.mjs compare them with
// google-auth-library's, byte for byte, and let the
// library obtain tokens from the server and call its Compute API.
// Exit code: the node script's (0 = all checks passed), 77 when node or the npm packages are
// missing (1 instead when BARISTA_REQUIRE_CONFORMANCE=1, so that CI cannot skip silently).

#include "providers/common/JwsSigner.h"
#include "providers/gcp/GcpAuth.h"
#include "tests/servers/gcp/GcpTestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Barista;

namespace {

constexpr int kSkipCode = 77;

int skipOrFail(QTextStream& out, const QString& reason)
{
    const bool required = qEnvironmentVariableIntValue("BARISTA_REQUIRE_CONFORMANCE") == 1;
    out << (required ? "FAIL (BARISTA_REQUIRE_CONFORMANCE=1): " : "SKIP: ") << reason << '\n';
    return required ? 1 : kSkipCode;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDir harness(QStringLiteral(BARISTA_CONFORMANCE_DIR));
    QString node = qEnvironmentVariable("BARISTA_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return skipOrFail(
            out, QStringLiteral("node (Node.js >= 18) was not found on PATH; the GCP JWT referee needs it."));
    if (!QFileInfo::exists(harness.filePath(QStringLiteral("node_modules/google-auth-library/package.json"))))
        return skipOrFail(out,
            QStringLiteral("the referee's npm packages are not installed; run: npm ci --prefix ")
                + QDir::toNativeSeparators(harness.path()));

    GcpTestServer server;
    if (server.listen() == 0) {
        out << "FAIL: the GCP test server could not listen on loopback\n";
        return 1;
    }
    out << "GCP test server on " << server.endpoint().toString() << '\n';

    struct Case
    {
        const char* name;
        const char* project;
        const char* email;
        const char* keyId;
        const char* scope;
        qint64 ageSecs; // iat = now - ageSecs (the server must still accept it)
        bool callCompute;
    };
    const Case cases[] = {
        { "cloud-platform", "barista-ref-1", "referee@barista-ref-1.iam.gserviceaccount.com",
            "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c", "https://www.googleapis.com/auth/cloud-platform", 0, true },
        { "two scopes", "barista-ref-2", "compute-admin@barista-ref-2.iam.gserviceaccount.com",
            "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
            "https://www.googleapis.com/auth/compute https://www.googleapis.com/auth/devstorage.read_only", 120,
            false },
        { "older iat", "my-project-12345", "svc-01@my-project-12345.iam.gserviceaccount.com",
            "ffffffffffffffffffffffffffffffffffffffff", "https://www.googleapis.com/auth/cloud-platform.read-only",
            1800, true },
        { "developer account", "barista-ref-4", "123456789012-compute@developer.gserviceaccount.com",
            "00000000000000000000000000000000000000aa", "https://www.googleapis.com/auth/cloud-platform", 3000, false },
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray caseArray;
    int index = 0;
    for (const Case& c : cases) {
        const QByteArray keyFile
            = server.createServiceAccount(QString::fromLatin1(c.project), QString::fromLatin1(c.email),
                QString::fromLatin1(c.keyId)); // one fresh OpenSSL RSA key each (3072 bits for one of them below)
        QJsonObject keyJson = QJsonDocument::fromJson(keyFile).object();
        if (index == 2) { // a 3072-bit key: replace and re-register
            const QByteArray bigger = GcpJwtVerifier::generateRsaPrivateKeyPem(3072);
            server.addServiceAccount(QString::fromLatin1(c.email), GcpJwtVerifier::publicKeyPem(bigger),
                QString::fromLatin1(c.keyId), QString::fromLatin1(c.project));
            keyJson.insert(QStringLiteral("private_key"), QString::fromLatin1(bigger));
        }
        GcpServiceAccount account;
        account.projectId = keyJson.value(QLatin1String("project_id")).toString();
        account.privateKeyId = keyJson.value(QLatin1String("private_key_id")).toString();
        account.privateKeyPem = keyJson.value(QLatin1String("private_key")).toString().toLatin1();
        account.clientEmail = keyJson.value(QLatin1String("client_email")).toString();
        account.tokenUri = keyJson.value(QLatin1String("token_uri")).toString();
        const qint64 iat = now - c.ageSecs;
        const QString scope = QString::fromLatin1(c.scope);
        const Result<QByteArray> ours = GcpAuth::assertion(account, scope, iat);
        if (!ours.ok()) {
            out << "FAIL: could not sign case " << c.name << '\n';
            return 1;
        }
        caseArray.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(c.name) },
            { QStringLiteral("keyFile"), keyJson }, { QStringLiteral("scope"), scope }, { QStringLiteral("iat"), iat },
            { QStringLiteral("oursAdapter"), QString::fromLatin1(ours.value()) },
            { QStringLiteral("publicKeyPem"),
                QString::fromLatin1(GcpJwtVerifier::publicKeyPem(account.privateKeyPem)) },
            { QStringLiteral("callCompute"), c.callCompute } });
        ++index;
    }
    // A key file whose key the server never saw (same account as case 1).
    QJsonObject wrong = caseArray.first().toObject().value(QLatin1String("keyFile")).toObject();
    wrong.insert(QStringLiteral("private_key"), QString::fromLatin1(GcpJwtVerifier::generateRsaPrivateKeyPem()));

    QTemporaryDir dir;
    const QString casesPath = dir.filePath(QStringLiteral("gcp-jwt-cases.json"));
    QFile file(casesPath);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        out << "FAIL: cannot write " << casesPath << '\n';
        return 1;
    }
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("endpoint"), server.endpoint().toString() },
                                 { QStringLiteral("cases"), caseArray }, { QStringLiteral("wrongKey"), wrong } })
                   .toJson());
    file.close();
    out.flush();

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(
        node, { harness.filePath(QStringLiteral("gcp-jwt-referee.mjs")), QStringLiteral("--cases"), casesPath });
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        out << "FAIL: the referee did not finish within 120 s\n";
        return 1;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        out << "FAIL: could not run " << node << '\n';
        return 1;
    }
    // Server side: every library token request was verified by the server's own OpenSSL code.
    const int tokens = server.tokenRequestCount();
    const int issued = server.issuedTokenCount();
    out << "Server side: " << tokens << " token requests, " << issued << " tokens issued, "
        << server.requestCount(QStringLiteral("/compute/v1/")) << " Compute requests\n";
    if (process.exitCode() == 0 && (issued != int(std::size(cases)) || tokens != issued + 1)) {
        out << "FAIL: expected " << std::size(cases) << " tokens and one refused request\n";
        return 1;
    }
    return process.exitCode();
}
