// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Barista {

/// One HTTP request as an adapter builds it; HttpClient sends it.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 0; ///< 0 = the client's default

    HttpRequest& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append({ name, value });
        return *this;
    }
};

} // namespace Barista
