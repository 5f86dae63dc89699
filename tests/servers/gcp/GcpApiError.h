// SPDX-License-Identifier: GPL-3.0-or-later
// An error as the Compute API sends it:
//   {"error": {"code": 404, "message": "...", "status": "NOT_FOUND",
//              "errors": [{"domain": "global", "reason": "notFound", "message": "..."}]}}
// or, with statusOnly, as the newer APIs (Cloud Billing) send it: {"error": {"code", "message", "status"}}.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Barista {

struct GcpApiError
{
    int code = 400;
    QString reason = QStringLiteral("invalid");
    QString message;
    int retryAfterSecs = -1; // sent as Retry-After when >= 0
    bool statusOnly = false; // no "errors" array

    static QString statusFor(int code)
    {
        switch (code) {
        case 400:
            return QStringLiteral("INVALID_ARGUMENT");
        case 401:
            return QStringLiteral("UNAUTHENTICATED");
        case 403:
            return QStringLiteral("PERMISSION_DENIED");
        case 404:
            return QStringLiteral("NOT_FOUND");
        case 409:
            return QStringLiteral("ALREADY_EXISTS");
        case 412:
            return QStringLiteral("FAILED_PRECONDITION");
        case 429:
            return QStringLiteral("RESOURCE_EXHAUSTED");
        case 503:
            return QStringLiteral("UNAVAILABLE");
        default:
            return code >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("INVALID_ARGUMENT");
        }
    }

    QByteArray body() const
    {
        const QJsonObject detail { { QStringLiteral("domain"), QStringLiteral("global") },
            { QStringLiteral("reason"), reason }, { QStringLiteral("message"), message } };
        QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
            { QStringLiteral("status"), statusFor(code) } };
        if (!statusOnly)
            error.insert(QStringLiteral("errors"), QJsonArray { detail });
        return QJsonDocument(QJsonObject { { QStringLiteral("error"), error } }).toJson(QJsonDocument::Compact);
    }

    static GcpApiError notFound(const QString& resourcePath)
    {
        return { 404, QStringLiteral("notFound"), QStringLiteral("The resource '%1' was not found").arg(resourcePath) };
    }
    static GcpApiError alreadyExists(const QString& resourcePath)
    {
        return { 409, QStringLiteral("alreadyExists"),
            QStringLiteral("The resource '%1' already exists").arg(resourcePath) };
    }
    static GcpApiError invalid(const QString& message) { return { 400, QStringLiteral("invalid"), message }; }
    // A field the resource does not have (as "labels" on most load-balancer parts).
    static GcpApiError unknownField(const char* field)
    {
        return { 400, QStringLiteral("invalid"),
            QStringLiteral("Invalid JSON payload received. Unknown name \"%1\" at 'resource': Cannot find field.")
                .arg(QLatin1String(field)) };
    }
    // A field whose value Compute refuses, with why.
    static GcpApiError badField(const QString& field, const QString& value, const QString& why)
    {
        return invalid(QStringLiteral("Invalid value for field 'resource.%1': '%2'. %3").arg(field, value, why));
    }
    static GcpApiError inUse(const QString& kind, const QString& resourcePath, const QString& user)
    {
        return { 400, QStringLiteral("resourceInUseByAnotherResource"),
            QStringLiteral("The %1 resource '%2' is already being used by '%3'").arg(kind, resourcePath, user) };
    }
};

} // namespace Barista
