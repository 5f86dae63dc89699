// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Barista {

/// What the server answered (any status; HttpClient turns non-2xx answers into errors).
struct HttpResponse
{
    int status = 0;
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl url; ///< the request's URL, for messages

    /// The first header of that name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const;
    /// The body as a JSON object. A body that is not a JSON object gives an Internal error
    /// ("MalformedResponse") that names the URL and the parser's complaint; never a crash.
    Result<QJsonObject> jsonObject() const;
};

} // namespace Barista
