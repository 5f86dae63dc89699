// SPDX-License-Identifier: GPL-3.0-or-later
// Referee run: starts the ARM test server (tests/servers/azure) over HTTPS in this process, writes
// its run-time test CA to a temporary file for NODE_EXTRA_CA_CERTS, and lets an official Azure
// SDK drive it: by default @azure/arm-compute via arm-referee.mjs; with --script FILE --package NAME
// another script and client (arm-network, arm-containerservice). Proves the server speaks ARM (and
// the identity platform's token endpoint), so that adapter tests against it are worth something.
// Exit code: the node script's (0 = all checks passed), 77 when node or the npm packages are
// missing (1 instead when BARISTA_REQUIRE_CONFORMANCE=1, so that CI cannot skip silently).

#include "tests/servers/azure/AzureArmTestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
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

    QCommandLineParser args;
    const QCommandLineOption scriptOption(QStringLiteral("script"), QStringLiteral("The referee script to run."),
        QStringLiteral("file"), QStringLiteral("arm-referee.mjs"));
    const QCommandLineOption packageOption(QStringLiteral("package"),
        QStringLiteral("The npm package the script needs."), QStringLiteral("name"), QStringLiteral("@azure/arm-compute"));
    args.addOptions({ scriptOption, packageOption });
    args.process(app);

    const QDir harness(QStringLiteral(BARISTA_CONFORMANCE_DIR));
    const QString package = args.value(packageOption);
    QString node = qEnvironmentVariable("BARISTA_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return skipOrFail(out, QStringLiteral("node (Node.js >= 20) was not found on PATH; the ARM referee needs it."));
    if (!QFileInfo::exists(harness.filePath(QStringLiteral("node_modules/%1/package.json").arg(package))))
        return skipOrFail(out,
            QStringLiteral("the referee's npm packages are not installed; run: npm ci --prefix ") + QDir::toNativeSeparators(harness.path()));

    AzureArmTestServer server(true);
    if (server.listen() == 0) {
        out << "FAIL: the ARM test server could not listen on loopback over TLS: " << server.tlsError() << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const QString caPath = dir.filePath(QStringLiteral("barista-arm-test-ca.pem"));
    QFile ca(caPath);
    if (!dir.isValid() || !ca.open(QIODevice::WriteOnly) || ca.write(server.caCertificatePem()) <= 0) {
        out << "FAIL: cannot write the test CA\n";
        return 1;
    }
    ca.close();
    out << "ARM test server on " << server.endpoint().toString() << '\n';
    out.flush();

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caPath);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    process.start(node,
        { harness.filePath(args.value(scriptOption)), QStringLiteral("--endpoint"),
            server.endpoint().toString(QUrl::StripTrailingSlash), QStringLiteral("--tenant"), AzureArmTestServer::tenantId(),
            QStringLiteral("--client-id"), AzureArmTestServer::clientId(), QStringLiteral("--secret"),
            AzureArmTestServer::clientSecret(), QStringLiteral("--subscription"), AzureArmTestServer::subscriptionId() });
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        out << "FAIL: the referee did not finish within 240 s\n";
        return 1;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        out << "FAIL: could not run " << node << '\n';
        return 1;
    }
    out << "Server side (since the last clear): " << server.requests().size() << " requests\n";
    return process.exitCode();
}
