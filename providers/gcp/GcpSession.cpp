// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpSession.h"

#include "providers/gcp/GcpAuth.h"
#include "providers/gcp/GcpErrorParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace Barista {

namespace {

QString lastSegment(const QString& url)
{
    return url.section(QLatin1Char('/'), -1);
}

} // namespace

GcpSession::GcpSession(HttpClient& http, GcpSessionConfig config, HttpClient::CancelCheck isCanceled)
    : m_http(http)
    , m_config(std::move(config))
    , m_isCanceled(std::move(isCanceled))
{
}

QUrl GcpSession::url(const QString& path, const QUrlQuery& query) const
{
    QUrl result = m_config.apiBase.resolved(QUrl(path));
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QString GcpSession::partial(const QString& path) const
{
    return QStringLiteral("projects/%1/%2").arg(m_config.project, path);
}

QString GcpSession::requestId(const QString& token, const QString& step)
{
    if (token.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    static const QUuid ns(QStringLiteral("6f1c2d4e-8a9b-4c3d-9e2f-0a1b2c3d4e5f"));
    return QUuid::createUuidV5(ns, token + QLatin1Char('/') + step).toString(QUuid::WithoutBraces);
}

CloudError GcpSession::canceledError()
{
    return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
        QCoreApplication::translate("GcpSession", "The call was canceled."));
}

void GcpSession::pause() const
{
    QThread::msleep(ulong(qMax(0, m_config.pollIntervalMs)));
}

Result<QJsonObject> GcpSession::send(const QByteArray& method, const QUrl& target, const QByteArray& body)
{
    if (isCanceled())
        return canceledError();
    const Result<QByteArray> token = m_config.auth->token(m_http, m_config.tokenUrl, m_isCanceled);
    if (!token.ok())
        return token.error();
    HttpRequest request;
    request.method = method;
    request.url = target;
    request.header("Authorization", "Bearer " + token.value());
    request.header("Accept", "application/json");
    if (!body.isEmpty())
        request.header("Content-Type", "application/json");
    request.body = body;
    const Result<HttpResponse> response = m_http.send(request, m_isCanceled);
    if (!response.ok()) {
        if (response.error().httpStatus == 401)
            m_config.auth->invalidate(token.value()); // a fresh token on the next call
        return response.error();
    }
    if (response.value().body.trimmed().isEmpty())
        return QJsonObject();
    return response.value().jsonObject();
}

Result<QJsonObject> GcpSession::get(const QString& path, const QUrlQuery& query)
{
    return send(QByteArrayLiteral("GET"), url(partial(path), query), {});
}

Result<QJsonObject> GcpSession::getAbsolute(const QString& path, const QUrlQuery& query)
{
    return send(QByteArrayLiteral("GET"), url(path, query), {});
}

Result<QJsonObject> GcpSession::getBilling(const QString& path, const QUrlQuery& query)
{
    QUrl target = m_config.billingBase.resolved(QUrl(path));
    if (!query.isEmpty())
        target.setQuery(query);
    return send(QByteArrayLiteral("GET"), target, {});
}

Result<QJsonObject> GcpSession::container(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(method, m_config.containerBase.resolved(QUrl(path)), payload);
}

Result<QJsonObject> GcpSession::mutate(const QByteArray& method, const QString& path, const QJsonObject& body,
    const QString& requestId, const QUrlQuery& query)
{
    QUrlQuery q = query;
    if (!requestId.isEmpty())
        q.addQueryItem(QStringLiteral("requestId"), requestId);
    const QByteArray payload = method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Result<QJsonObject> operation = send(method, url(partial(path), q), payload);
    if (!operation.ok())
        return operation.error();
    return wait(operation.value());
}

Result<QJsonObject> GcpSession::post(const QString& path, const QJsonObject& body)
{
    return send(QByteArrayLiteral("POST"), url(partial(path), {}), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> GcpSession::wait(QJsonObject operation)
{
    // Polled by scope and name, not by selfLink: with an endpoint override the selfLink may
    // name Google's host.
    QString path;
    if (const QString zone = operation.value(QLatin1String("zone")).toString(); !zone.isEmpty())
        path = QStringLiteral("zones/%1/operations/").arg(lastSegment(zone));
    else if (const QString region = operation.value(QLatin1String("region")).toString(); !region.isEmpty())
        path = QStringLiteral("regions/%1/operations/").arg(lastSegment(region));
    else
        path = QStringLiteral("global/operations/");
    path += operation.value(QLatin1String("name")).toString();
    while (operation.value(QLatin1String("status")).toString() != QLatin1String("DONE")) {
        if (isCanceled())
            return canceledError();
        pause();
        const Result<QJsonObject> next = get(path);
        if (!next.ok())
            return next.error();
        operation = next.value();
    }
    if (const std::optional<CloudError> failed = GcpErrorParser::fromOperation(operation))
        return *failed;
    return operation;
}

Result<GcpPage> GcpSession::page(const QString& path, int pageSize, const QString& token, const QString& filter)
{
    QUrlQuery query;
    if (pageSize > 0)
        query.addQueryItem(QStringLiteral("maxResults"), QString::number(qBound(1, pageSize, 500)));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), token);
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    const Result<QJsonObject> answer = path.startsWith(QLatin1String("projects/"))
        ? send(QByteArrayLiteral("GET"), url(path, query), {})
        : get(path, query);
    if (!answer.ok())
        return answer.error();
    return GcpPage { answer.value().value(QLatin1String("items")).toArray(),
        answer.value().value(QLatin1String("nextPageToken")).toString() };
}

Result<QJsonArray> GcpSession::all(const QString& path, const QString& filter)
{
    QJsonArray items;
    QString token;
    do {
        const Result<GcpPage> next = page(path, 0, token, filter);
        if (!next.ok())
            return next.error();
        for (const QJsonValue& item : next.value().items)
            items.append(item);
        token = next.value().nextPageToken;
    } while (!token.isEmpty());
    return items;
}

Result<QJsonArray> GcpSession::allAbsolute(const QString& path, const QString& filter)
{
    return all(path.startsWith(QLatin1String("projects/")) ? path : QStringLiteral("projects/") + path, filter);
}

} // namespace Barista
