// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureArmTestServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrlQuery>
#include <QUuid>

namespace Barista {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& lowerName)
{
    for (const auto& [name, value] : headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

} // namespace

AzureArmTestServer::AzureArmTestServer(bool tls, QObject* parent)
    : QObject(parent)
    , m_tls(tls)
    , m_http(std::make_unique<QHttpServer>())
    , m_state(subscriptionId())
{
    m_tokens.addClient(tenantId(), clientId(), clientSecret());
    if (m_tls) {
        m_ca = AzureTestCa::generate();
        if (m_ca.ok())
            m_http->sslSetup(QSslCertificate(m_ca.serverCertificatePem, QSsl::Pem), QSslKey(m_ca.serverKeyPem, QSsl::Ec, QSsl::Pem));
    }
    // Replies are written inside the handler (QtHttpServer 6.4 crashes on deferred writes).
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        AzureArmReply reply = handle(methodName(request.method()), request.url(), request.headers(), request.body());
        QHttpServerResponse response(QByteArrayLiteral("application/json; charset=utf-8"), reply.body,
            static_cast<QHttpServerResponder::StatusCode>(reply.status));
        response.addHeader(QByteArrayLiteral("x-ms-request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        for (const auto& [name, value] : reply.headers)
            response.addHeader(name, value);
        response.write(std::move(responder));
    });
}

AzureArmTestServer::~AzureArmTestServer() = default;

quint16 AzureArmTestServer::listen(const QHostAddress& address, quint16 port)
{
    if (m_tls) {
        if (!m_ca.ok())
            return 0;
        // QtHttpServer 6.4 wraps its own listening socket in TLS after sslSetup().
        const quint16 bound = m_http->listen(address, port);
        const QList<QTcpServer*> servers = m_http->servers();
        m_tcp = servers.isEmpty() ? nullptr : servers.last();
        return bound;
    }
    auto* tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return tcp->serverPort();
}

quint16 AzureArmTestServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl AzureArmTestServer::endpoint() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void AzureArmTestServer::throttleEvery(int n, int retryAfterSecs)
{
    m_throttleEvery = qMax(0, n);
    m_throttleRetryAfter = retryAfterSecs;
    m_calls = 0;
}

void AzureArmTestServer::clearFaults()
{
    m_faults.clear();
    m_throttleEvery = 0;
    m_calls = 0;
}

int AzureArmTestServer::requestCount(const QString& pathContains, const QByteArray& method) const
{
    int n = 0;
    for (const AzureRequestRecord& r : m_records) {
        if ((pathContains.isEmpty() || r.path.contains(pathContains, Qt::CaseInsensitive)) && (method.isEmpty() || r.method == method))
            ++n;
    }
    return n;
}

std::optional<AzureArmReply> AzureArmTestServer::injected(const QByteArray& method, const QString& path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        AzureFaultRule& rule = m_faults[i];
        if ((!rule.pathContains.isEmpty() && !path.contains(rule.pathContains, Qt::CaseInsensitive))
            || (!rule.method.isEmpty() && rule.method != method))
            continue;
        AzureArmReply reply = AzureArmReply::error(rule.status, rule.code, rule.message);
        if (rule.retryAfterSecs >= 0)
            reply.header("Retry-After", QByteArray::number(rule.retryAfterSecs));
        if (--rule.times <= 0)
            m_faults.removeAt(i);
        return reply;
    }
    if (m_throttleEvery > 0 && ++m_calls % m_throttleEvery == 0) {
        AzureArmReply reply = AzureArmReply::error(429, QStringLiteral("TooManyRequests"),
            QStringLiteral("The request is being throttled as the limit has been reached for operation type - "
                           "Read_ObservationWindow_00:05:00. For more information, see - https://aka.ms/srpthrottlinglimits"));
        reply.header("Retry-After", QByteArray::number(m_throttleRetryAfter));
        return reply;
    }
    return std::nullopt;
}

AzureArmReply AzureArmTestServer::handle(const QByteArray& method, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    const QString path = url.path();
    if (path.startsWith(QLatin1String("/_barista/")))
        return control(method, path, body);
    AzureArmReply reply;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() == 4 && segments[1] == QLatin1String("oauth2") && segments[2] == QLatin1String("v2.0")
        && segments[3] == QLatin1String("token")) {
        if (method != "POST")
            reply = AzureArmReply::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Use POST."));
        else if (auto fault = injected(method, path))
            reply = *fault;
        else
            reply = m_tokens.token(segments[0], body);
    } else if (path == QLatin1String("/api/retail/prices")) {
        reply = retail(method, url, headerValue(headers, "host"));
    } else {
        reply = arm(method, url, headerValue(headers, "authorization"), headerValue(headers, "host"), body);
    }
    m_records.append({ method, path, reply.status, reply.errorCode, reply.status >= 400 ? reply.body : QByteArray(),
        !headerValue(headers, "authorization").isEmpty(), url.query(QUrl::FullyEncoded) });
    return reply;
}

AzureArmReply AzureArmTestServer::arm(const QByteArray& method, const QUrl& url, const QByteArray& authorization,
    const QByteArray& host, const QByteArray& body)
{
    const AzureTokenCheck auth = m_tokens.check(authorization);
    if (!auth.ok) {
        AzureArmReply reply = AzureArmReply::error(401, auth.code, auth.message);
        reply.header("WWW-Authenticate",
            QStringLiteral("Bearer authorization_uri=\"https://login.microsoftonline.com/%1\", error=\"invalid_token\", "
                           "error_description=\"%2\"")
                .arg(tenantId(), authorization.isEmpty() ? QStringLiteral("The authentication failed because of missing 'Authorization' header.")
                                                         : QStringLiteral("The access token is invalid."))
                .toUtf8());
        return reply;
    }
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("api-version")))
        return AzureArmReply::error(400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    if (auto fault = injected(method, url.path()))
        return *fault;
    AzureArmCall call;
    call.method = method;
    call.segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    call.query = query;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (!doc.isObject())
            return AzureArmReply::error(400, QStringLiteral("InvalidRequestContent"),
                QStringLiteral("The request content was invalid and could not be deserialized: '%1'.").arg(error.errorString()));
        call.body = doc.object();
    }
    call.base = (m_tls ? QStringLiteral("https://") : QStringLiteral("http://"))
        + (host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(port()) : QString::fromLatin1(host));
    return m_state.handle(call);
}

AzureArmReply AzureArmTestServer::retail(const QByteArray& method, const QUrl& url, const QByteArray& host)
{
    // Unauthenticated like prices.azure.com: an Authorization header is neither needed nor checked.
    if (auto fault = injected(method, url.path())) {
        // Same status and Retry-After, in the Retail Prices API's own error shape.
        const QJsonObject armError = QJsonDocument::fromJson(fault->body).object().value(QStringLiteral("error")).toObject();
        AzureArmReply reply = AzureRetailPrices::error(fault->status, armError.value(QStringLiteral("code")).toString(),
            armError.value(QStringLiteral("message")).toString());
        reply.headers = fault->headers;
        return reply;
    }
    const QString origin = (m_tls ? QStringLiteral("https://") : QStringLiteral("http://"))
        + (host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(port()) : QString::fromLatin1(host));
    return m_retail.handle(method, url, origin);
}

AzureArmReply AzureArmTestServer::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    const QUrlQuery form(QString::fromUtf8(body));
    const auto value = [&form](const char* name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (method == "GET" && path == QLatin1String("/_barista/requests")) {
        QJsonArray records;
        for (const AzureRequestRecord& r : m_records)
            records.append(QJsonObject { { QStringLiteral("method"), QString::fromLatin1(r.method) },
                { QStringLiteral("path"), r.path }, { QStringLiteral("status"), r.status }, { QStringLiteral("code"), r.code } });
        return AzureArmReply::json(200, { { QStringLiteral("count"), int(m_records.size()) }, { QStringLiteral("records"), records } });
    }
    if (method == "POST" && path == QLatin1String("/_barista/requests/clear")) {
        m_records.clear();
        return AzureArmReply::json(200, {});
    }
    if (method == "POST" && path == QLatin1String("/_barista/faults")) {
        if (form.hasQueryItem(QStringLiteral("clear")))
            clearFaults();
        if (form.hasQueryItem(QStringLiteral("throttleEvery")))
            throttleEvery(value("throttleEvery").toInt(), form.hasQueryItem(QStringLiteral("retryAfter")) ? value("retryAfter").toInt() : 1);
        if (form.hasQueryItem(QStringLiteral("Code"))) {
            AzureFaultRule rule;
            rule.pathContains = value("Path");
            rule.method = value("Method").toLatin1();
            rule.status = form.hasQueryItem(QStringLiteral("Status")) ? value("Status").toInt() : 500;
            rule.code = value("Code");
            rule.message = value("Message");
            rule.times = form.hasQueryItem(QStringLiteral("Times")) ? value("Times").toInt() : 1;
            rule.retryAfterSecs = form.hasQueryItem(QStringLiteral("RetryAfter")) ? value("RetryAfter").toInt() : -1;
            failNext(rule);
        }
        if (form.hasQueryItem(QStringLiteral("failOperation")))
            m_state.failNextOperation(value("failOperation"), value("message"));
        return AzureArmReply::json(200, {});
    }
    if (method == "POST" && path == QLatin1String("/_barista/config")) {
        if (form.hasQueryItem(QStringLiteral("pageSize")))
            m_state.setPageSize(value("pageSize").toInt());
        if (form.hasQueryItem(QStringLiteral("asyncPolls")))
            m_state.setAsyncPolls(value("asyncPolls").toInt());
        if (form.hasQueryItem(QStringLiteral("coreQuota")))
            m_state.setCoreQuota(value("coreQuota").toInt());
        if (form.hasQueryItem(QStringLiteral("retailLinkOrigin")))
            m_retail.setLinkOrigin(value("retailLinkOrigin"));
        return AzureArmReply::json(200, {});
    }
    return AzureArmReply::error(404, QStringLiteral("UnknownControlPath"), QStringLiteral("unknown control path"));
}

} // namespace Barista
