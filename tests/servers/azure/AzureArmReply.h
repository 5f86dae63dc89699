// SPDX-License-Identifier: GPL-3.0-or-later
// One answer of the ARM test server (token endpoint, ARM or control API).
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Barista {

struct AzureArmReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString errorCode; // for the request record; empty on success

    static AzureArmReply json(int status, const QJsonObject& object)
    {
        AzureArmReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
    // ARM's documented error body: {"error": {"code": ..., "message": ...}}.
    static AzureArmReply error(int status, const QString& code, const QString& message)
    {
        AzureArmReply reply = json(status,
            QJsonObject { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } });
        reply.errorCode = code;
        return reply;
    }
    AzureArmReply& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append({ name, value });
        return *this;
    }
};

} // namespace Barista
