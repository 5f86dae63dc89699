// SPDX-License-Identifier: GPL-3.0-or-later
// barista-gcp-testserver: the GCP test server (OAuth token endpoint + Compute API v1 + Cloud
// Billing Catalog) on loopback, for trying the adapter or an SDK by hand. It writes a
// service-account key file for a fresh RSA key (registered with the server) and prints "port N"
// on stdout.
//   barista-gcp-testserver [--port N] [--project ID] [--key-out FILE]

#include "tests/servers/gcp/GcpTestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Barista;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GCP OAuth + Compute Engine + Cloud Billing Catalog test server"));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port (0 = any free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"), QStringLiteral("Project id."), QStringLiteral("ID"), QStringLiteral("barista-test"));
    const QCommandLineOption keyOption(QStringLiteral("key-out"),
        QStringLiteral("Where to write the service-account key file."), QStringLiteral("FILE"),
        QStringLiteral("gcp-testserver-key.json"));
    parser.addOptions({ portOption, projectOption, keyOption });
    parser.process(app);

    GcpTestServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(parser.value(portOption).toUInt()));
    QTextStream out(stdout);
    if (port == 0) {
        out << "could not listen\n";
        return 1;
    }
    const QString project = parser.value(projectOption);
    const QByteArray key
        = server.createServiceAccount(project, QStringLiteral("barista@%1.iam.gserviceaccount.com").arg(project),
            QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    QFile file(parser.value(keyOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(key) != key.size()) {
        out << "could not write " << file.fileName() << '\n';
        return 1;
    }
    file.close();
    out << "port " << port << '\n'
        << "endpoint " << server.endpoint().toString() << '\n'
        << "key file " << file.fileName() << '\n';
    out.flush();
    return app.exec();
}
