// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/common/HttpResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Barista {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

Result<QJsonObject> HttpResponse::jsonObject() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("HttpResponse", "%1 at offset %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("HttpResponse", "the body is not a JSON object");
        CloudError error = CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("HttpResponse", "The reply from %1 (HTTP %2) could not be read: %3.")
                .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))
                .arg(status)
                .arg(why));
        error.httpStatus = status;
        return error;
    }
    return document.object();
}

} // namespace Barista
