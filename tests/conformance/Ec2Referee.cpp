// SPDX-License-Identifier: GPL-3.0-or-later
// Referee run: starts the EC2 test server (tests/servers/ec2) in this process and lets an
// official AWS SDK client drive it: by default @aws-sdk/client-ec2 via ec2-referee.mjs; with
// --script FILE --package NAME another script and client against the same server (ELBv2 and EKS
// are served there too). Proves the server speaks those APIs, so that adapter tests against it
// are worth something.
// Exit code: the node script's (0 = all checks passed), 77 when node or the npm packages are
// missing (1 instead when BARISTA_REQUIRE_CONFORMANCE=1, so that CI cannot skip silently).

#include "tests/servers/ec2/Ec2TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Barista;

namespace {

constexpr int kSkipCode = 77; // CTest SKIP_RETURN_CODE

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
        QStringLiteral("file"), QStringLiteral("ec2-referee.mjs"));
    const QCommandLineOption packageOption(QStringLiteral("package"),
        QStringLiteral("The npm package the script needs."), QStringLiteral("name"),
        QStringLiteral("@aws-sdk/client-ec2"));
    args.addOptions({ scriptOption, packageOption });
    args.process(app);

    const QDir harness(QStringLiteral(BARISTA_CONFORMANCE_DIR));
    const QString package = args.value(packageOption);
    QString node = qEnvironmentVariable("BARISTA_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return skipOrFail(out, QStringLiteral("node (Node.js >= 20) was not found on PATH; the AWS referees need it."));
    if (!QFileInfo::exists(harness.filePath(QStringLiteral("node_modules/%1/package.json").arg(package))))
        return skipOrFail(out,
            QStringLiteral("the referee's npm packages are not installed; run: npm ci --prefix ")
                + QDir::toNativeSeparators(harness.path()));

    Ec2TestServer server;
    server.addCredential(Ec2TestServer::exampleAccessKeyId(), Ec2TestServer::exampleSecretKey());
    if (server.listen() == 0) {
        out << "FAIL: the EC2 test server could not listen on loopback\n";
        return 1;
    }
    out << "EC2 test server on " << server.endpoint().toString() << '\n';
    out.flush();

    // The server answers on this thread's event loop while node runs.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    process.start(node,
        { harness.filePath(args.value(scriptOption)), QStringLiteral("--endpoint"),
            server.endpoint().toString(QUrl::StripTrailingSlash), QStringLiteral("--access-key"),
            Ec2TestServer::exampleAccessKeyId(), QStringLiteral("--secret"), Ec2TestServer::exampleSecretKey() });
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

    QMap<QString, int> perAction;
    for (const Ec2RequestRecord& r : server.requests())
        ++perAction[r.action];
    out << "Server side (since the last clear): " << server.requestCount() << " requests";
    for (auto it = perAction.cbegin(); it != perAction.cend(); ++it)
        out << ", " << it.key() << ' ' << it.value();
    out << '\n';
    return process.exitCode();
}
