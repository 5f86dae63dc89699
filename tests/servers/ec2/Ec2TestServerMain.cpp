// SPDX-License-Identifier: GPL-3.0-or-later
// barista-ec2-testserver: the EC2 test server as a process, for clients in other languages (the
// npm SDK referee) and for manual runs. Prints the port on stdout, then serves until killed.
//   barista-ec2-testserver [--port N] [--credential KEY:SECRET]... [--transition-describes N]
//                          [--throttle-every N]

#include "tests/servers/ec2/Ec2TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Barista;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("barista-ec2-testserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local EC2 Query API test server (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption credentialOption(QStringLiteral("credential"),
        QStringLiteral("Accepted KEY:SECRET (repeatable; default: the AWS documentation's example pair)."),
        QStringLiteral("KEY:SECRET"));
    const QCommandLineOption describesOption(QStringLiteral("transition-describes"),
        QStringLiteral("Describe calls until a transitional state settles."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption throttleOption(QStringLiteral("throttle-every"),
        QStringLiteral("Answer every Nth call with RequestLimitExceeded (0: never)."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions({ portOption, credentialOption, describesOption, throttleOption });
    parser.process(app);

    Ec2TestServer server;
    QStringList credentials = parser.values(credentialOption);
    if (credentials.isEmpty())
        credentials << Ec2TestServer::exampleAccessKeyId() + QLatin1Char(':') + Ec2TestServer::exampleSecretKey();
    for (const QString& pair : credentials) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            QTextStream(stderr) << "barista-ec2-testserver: --credential wants KEY:SECRET\n";
            return 2;
        }
        server.addCredential(pair.left(colon), pair.mid(colon + 1));
    }
    server.state().setTransitionDescribes(parser.value(describesOption).toInt());
    server.faults().throttleEvery(parser.value(throttleOption).toInt());

    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(parser.value(portOption).toUInt()));
    if (port == 0) {
        QTextStream(stderr) << "barista-ec2-testserver: cannot listen on port " << parser.value(portOption) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << port << Qt::endl;
    QTextStream(stderr) << "barista-ec2-testserver: listening on " << server.endpoint().toString() << '\n';
    return app.exec();
}
