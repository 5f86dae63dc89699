// SPDX-License-Identifier: GPL-3.0-or-later
// barista-azure-testserver: the ARM test server as a process (manual runs, other languages).
// Prints the port on stdout, then serves until killed.
//   barista-azure-testserver [--port N] [--http] [--ca-out FILE] [--page-size N] [--async-polls N]
// Without --http it serves HTTPS with a CA generated at start; --ca-out writes that CA's PEM.
// Credentials: AzureArmTestServer::tenantId()/clientId()/clientSecret(), printed on stderr.

#include "tests/servers/azure/AzureArmTestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Barista;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("barista-azure-testserver"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Azure Resource Manager test server (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption httpOption(QStringLiteral("http"), QStringLiteral("Plain http instead of HTTPS."));
    const QCommandLineOption caOption(QStringLiteral("ca-out"), QStringLiteral("Write the test CA's PEM here."), QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("Items per list page."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pollsOption(QStringLiteral("async-polls"), QStringLiteral("Polls until an operation ends."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ portOption, httpOption, caOption, pageOption, pollsOption });
    parser.process(app);

    AzureArmTestServer server(!parser.isSet(httpOption));
    server.state().setPageSize(parser.value(pageOption).toInt());
    server.state().setAsyncPolls(parser.value(pollsOption).toInt());
    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(parser.value(portOption).toUInt()));
    if (port == 0) {
        QTextStream(stderr) << "barista-azure-testserver: cannot listen " << server.tlsError() << '\n';
        return 1;
    }
    if (parser.isSet(caOption)) {
        QFile file(parser.value(caOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(server.caCertificatePem()) < 0)
            return 1;
    }
    QTextStream(stdout) << port << Qt::endl;
    QTextStream(stderr) << "barista-azure-testserver: " << server.endpoint().toString() << " tenant " << AzureArmTestServer::tenantId()
                        << " client " << AzureArmTestServer::clientId() << " secret " << AzureArmTestServer::clientSecret()
                        << " subscription " << AzureArmTestServer::subscriptionId() << '\n';
    return app.exec();
}
