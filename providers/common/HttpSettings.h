// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/common/HttpErrorMapper.h"
#include "providers/common/LogRedactor.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <memory>

namespace Barista {

/// How one connection's HttpClients behave; shared by the worker threads of its provider.
struct HttpSettings
{
    QString label;                          ///< the connection name, for log lines
    QList<QSslCertificate> caCertificates;  ///< trusted in addition to the system store
    bool allowInsecureHttp = false;         ///< plain http to a non-loopback host (user-confirmed)
    int timeoutMs = 60000;                  ///< per request (transfer timeout: no progress for that long)
    ErrorBodyParser errorParser;            ///< the provider's error body reader
    std::shared_ptr<LogRedactor> redactor = std::make_shared<LogRedactor>();
};

} // namespace Barista
