// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackSession.h"

#include "providers/common/HttpErrorMapper.h"
#include "providers/common/HttpPager.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Barista {

namespace {

constexpr int kMaxPages = 1000; // a guard against a server whose next link never ends

/// path with a version segment appended when the catalog URL has none.
QUrl versioned(QUrl url, const QString& version)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.split(QLatin1Char('/')).contains(version))
        path += QLatin1Char('/') + version;
    url.setPath(path);
    return url;
}

CloudError canceledError()
{
    return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
        QCoreApplication::translate("OpenStackSession", "The request was canceled."));
}

} // namespace

OpenStackSession::OpenStackSession(
    HttpClient& http, KeystoneAuth& auth, const QString& region, HttpClient::CancelCheck isCanceled)
    : m_http(http)
    , m_auth(auth)
    , m_region(region)
    , m_isCanceled(std::move(isCanceled))
{
}

Result<KeystoneToken> OpenStackSession::token()
{
    return m_auth.token(m_http, m_isCanceled);
}

bool OpenStackSession::hasService(OpenStackService service)
{
    const Result<KeystoneToken> t = token();
    return t.ok() && t.value().catalog.hasService(openStackServiceType(service));
}

Result<QUrl> OpenStackSession::endpoint(OpenStackService service)
{
    if (service == OpenStackService::Identity)
        return m_auth.credentials().identityUrl();
    const Result<KeystoneToken> t = token();
    if (!t.ok())
        return t.error();
    const QString type = openStackServiceType(service);
    const std::optional<QUrl> url = t.value().catalog.endpoint(type, m_region, m_auth.credentials().interface);
    if (!url)
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("EndpointNotFound"),
            QCoreApplication::translate("OpenStackSession",
                "The cloud's service catalog has no %1 endpoint for region %2 and interface %3.")
                .arg(type, m_region, m_auth.credentials().interface));
    switch (service) {
    case OpenStackService::Network:
        return versioned(*url, QStringLiteral("v2.0"));
    case OpenStackService::Image:
        return versioned(*url, QStringLiteral("v2"));
    case OpenStackService::BlockStorage:
        return versioned(*url, QStringLiteral("v3"));
    case OpenStackService::ContainerInfra:
        return versioned(*url, QStringLiteral("v1"));
    default:
        return *url;
    }
}

Result<HttpResponse> OpenStackSession::exchange(const QByteArray& method, OpenStackService service,
    const QString& path, const QUrlQuery& query, const QJsonObject* body)
{
    if (isCanceled())
        return canceledError();
    const Result<QUrl> base = endpoint(service);
    if (!base.ok())
        return base.error();
    QUrl url = base.value();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.header("Accept", "application/json");
    if (body) {
        request.header("Content-Type", "application/json");
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    if (service == OpenStackService::Compute) {
        const QByteArray version = computeMicroversion().toLatin1();
        request.header("OpenStack-API-Version", "compute " + version);
        request.header("X-OpenStack-Nova-API-Version", version);
    } else if (service == OpenStackService::ContainerInfra) {
        request.header("OpenStack-API-Version", "container-infra " + containerInfraMicroversion().toLatin1());
    }
    // A token the service no longer accepts (revoked, or expired early) is renewed once.
    for (int attempt = 0;; ++attempt) {
        const Result<KeystoneToken> t = token();
        if (!t.ok())
            return t.error();
        HttpRequest signedRequest = request;
        signedRequest.header("X-Auth-Token", t.value().value);
        Result<HttpResponse> response = m_http.send(signedRequest, m_isCanceled);
        if (response.ok() || response.error().httpStatus != 401 || attempt > 0)
            return response;
        m_auth.invalidate(t.value().value);
    }
}

Result<QJsonObject> OpenStackSession::get(OpenStackService service, const QString& path, const QUrlQuery& query)
{
    const Result<HttpResponse> response = exchange(QByteArrayLiteral("GET"), service, path, query, nullptr);
    if (!response.ok())
        return response.error();
    return response.value().jsonObject();
}

Result<QJsonObject> OpenStackSession::post(OpenStackService service, const QString& path, const QJsonObject& body)
{
    const Result<HttpResponse> response = exchange(QByteArrayLiteral("POST"), service, path, QUrlQuery(), &body);
    if (!response.ok())
        return response.error();
    // Actions answer 202 with an empty body.
    if (response.value().body.trimmed().isEmpty())
        return QJsonObject();
    return response.value().jsonObject();
}

Result<QJsonObject> OpenStackSession::put(OpenStackService service, const QString& path, const QJsonObject& body)
{
    const Result<HttpResponse> response = exchange(QByteArrayLiteral("PUT"), service, path, QUrlQuery(), &body);
    if (!response.ok())
        return response.error();
    if (response.value().body.trimmed().isEmpty())
        return QJsonObject();
    return response.value().jsonObject();
}

Result<Done> OpenStackSession::remove(OpenStackService service, const QString& path, const QUrlQuery& query)
{
    const Result<HttpResponse> response = exchange(QByteArrayLiteral("DELETE"), service, path, query, nullptr);
    if (!response.ok())
        return response.error();
    return Done {};
}

Result<OpenStackPage> OpenStackSession::page(OpenStackService service, const QString& path, const QString& key,
    QUrlQuery query, int limit, const QString& marker)
{
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.removeAllQueryItems(QStringLiteral("marker"));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), QString::fromLatin1(QUrl::toPercentEncoding(marker)));
    const Result<HttpResponse> response = exchange(QByteArrayLiteral("GET"), service, path, query, nullptr);
    if (!response.ok())
        return response.error();
    const Result<QJsonObject> body = response.value().jsonObject();
    if (!body.ok())
        return body.error();
    OpenStackPage out;
    out.items = body.value().value(key).toArray();
    const QUrl next = HttpPager::nextLink(body.value(), key, response.value().url);
    if (!next.isEmpty() && !out.items.isEmpty()) {
        out.nextMarker = HttpPager::markerOf(next);
        if (out.nextMarker.isEmpty()) // a next link without a marker: continue after the last item
            out.nextMarker = out.items.last().toObject().value(QLatin1String("id")).toString();
    }
    return out;
}

Result<QJsonArray> OpenStackSession::all(
    OpenStackService service, const QString& path, const QString& key, const QUrlQuery& query)
{
    QJsonArray items;
    QString marker;
    for (int pages = 0; pages < kMaxPages; ++pages) {
        const Result<OpenStackPage> one = page(service, path, key, query, 0, marker);
        if (!one.ok())
            return one.error();
        for (const QJsonValue& item : one.value().items)
            items.append(item);
        if (one.value().nextMarker.isEmpty() || one.value().nextMarker == marker)
            return items;
        marker = one.value().nextMarker;
    }
    return items;
}

} // namespace Barista
