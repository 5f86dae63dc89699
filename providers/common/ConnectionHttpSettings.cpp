// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/ConnectionHttpSettings.h"

#include <QCoreApplication>

namespace Barista {

HttpSettings ConnectionHttpSettings::make(
    const ConnectionConfig& connection, int timeoutMs, ErrorBodyParser parser, QString* caError)
{
    HttpSettings settings;
    settings.label = connection.name;
    settings.allowInsecureHttp = connection.allowInsecureHttp;
    settings.timeoutMs = timeoutMs;
    settings.errorParser = std::move(parser);
    if (!connection.caBundle.isEmpty()) {
        settings.caCertificates = QSslCertificate::fromPath(connection.caBundle, QSsl::Pem);
        if (settings.caCertificates.isEmpty() && caError)
            *caError = QCoreApplication::translate("ConnectionHttpSettings",
                "The CA bundle %1 has no readable PEM certificate.")
                           .arg(connection.caBundle);
    }
    return settings;
}

} // namespace Barista
