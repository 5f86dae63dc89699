// SPDX-License-Identifier: GPL-3.0-or-later
// A throw-away certificate authority for the ARM test server's HTTPS, made with OpenSSL at run
// time (never committed): an EC P-256 CA and a server certificate for localhost / 127.0.0.1 /
// ::1 signed by it. Clients trust the CA's PEM (ConnectionConfig::caBundle, NODE_EXTRA_CA_CERTS);
// without it the server's certificate must be refused.
#pragma once

#include <QByteArray>
#include <QString>

namespace Barista {

struct AzureTestCa
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
    QString error; // set when generation failed

    bool ok() const { return error.isEmpty() && !serverKeyPem.isEmpty(); }
    static AzureTestCa generate();
};

} // namespace Barista
