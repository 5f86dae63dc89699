// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsSession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QUrlQuery>

namespace Barista {

namespace {

const QByteArray kFormType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8");

/// The Host header QNAM sends for this URL: the port only when it is not the scheme's default.
QByteArray hostHeader(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

AwsSession::AwsSession(HttpClient& http, AwsSessionConfig config, HttpClient::CancelCheck isCanceled)
    : m_http(http)
    , m_config(std::move(config))
    , m_isCanceled(std::move(isCanceled))
{
}

CloudError AwsSession::canceledError()
{
    return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
        QCoreApplication::translate("AwsSession", "The request was canceled."));
}

QUrl AwsSession::defaultEndpoint(const QString& region)
{
    const QString domain = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://ec2.%1.%2/").arg(region, domain));
}

QUrl AwsSession::endpoint(const QString& region) const
{
    if (m_config.endpointOverride.isEmpty())
        return defaultEndpoint(region);
    QUrl url = m_config.endpointOverride;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void AwsSession::pause() const
{
    QThread::msleep(qMax(1, m_config.pollIntervalMs));
}

Result<AwsXmlNode> AwsSession::call(const QString& action, const AwsParams& params)
{
    return callIn(m_config.region, action, params);
}

QDateTime AwsSession::now() const
{
    return m_config.now ? m_config.now() : QDateTime::currentDateTimeUtc();
}

QUrl AwsSession::defaultPricingEndpoint()
{
    // The Price List Query API has three endpoints (us-east-1, eu-central-1, ap-south-1) that
    // serve the same global catalog; the first is the documented default.
    return QUrl(QStringLiteral("https://api.pricing.us-east-1.amazonaws.com/"));
}

QUrl AwsSession::pricingEndpoint() const
{
    if (m_config.endpointOverride.isEmpty())
        return defaultPricingEndpoint();
    return endpoint(m_config.region);
}

std::optional<CloudError> AwsSession::sign(HttpRequest& request, const QString& service, const QString& region) const
{
    AwsSigV4Request signing;
    signing.method = request.method;
    signing.path = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (signing.path.isEmpty())
        signing.path = QByteArrayLiteral("/");
    signing.query = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    signing.headers = { { QByteArrayLiteral("host"), hostHeader(request.url) } };
    for (const auto& [name, value] : request.headers)
        signing.headers.append({ name.toLower(), value });
    signing.body = request.body;
    signing.service = service;
    signing.region = region;
    signing.timestamp = now();
    signing.credentials = m_config.credentials;
    const AwsSigV4Result signature = AwsSigV4Signer::sign(signing);
    if (!signature.ok())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("SigningFailed"), signature.error);
    for (const auto& [name, value] : signature.headersToAdd)
        request.header(name, value);
    return std::nullopt;
}

Result<AwsXmlNode> AwsSession::callIn(const QString& region, const QString& action, const AwsParams& params)
{
    return query(endpoint(region), QStringLiteral("ec2"), region, apiVersion(), action, params);
}

QUrl AwsSession::defaultElbEndpoint(const QString& region)
{
    const QString domain = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://elasticloadbalancing.%1.%2/").arg(region, domain));
}

QUrl AwsSession::elbEndpoint() const
{
    if (m_config.endpointOverride.isEmpty())
        return defaultElbEndpoint(m_config.region);
    return endpoint(m_config.region);
}

Result<AwsXmlNode> AwsSession::callElb(const QString& action, const AwsParams& params)
{
    return query(
        elbEndpoint(), QStringLiteral("elasticloadbalancing"), m_config.region, elbApiVersion(), action, params);
}

Result<AwsXmlNode> AwsSession::query(const QUrl& url, const QString& service, const QString& region,
    const QString& version, const QString& action, const AwsParams& params)
{
    if (isCanceled())
        return canceledError();
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = params.formBody(action, version);
    request.header(QByteArrayLiteral("Content-Type"), kFormType);
    if (const auto failed = sign(request, service, region))
        return *failed;

    const Result<HttpResponse> response = m_http.send(request, m_isCanceled);
    if (!response.ok())
        return response.error();
    return AwsXmlNode::parse(response.value().body);
}

Result<QJsonObject> AwsSession::callJson(const QUrl& url, const QString& service, const QString& signingRegion,
    const QByteArray& target, const QJsonObject& input)
{
    if (isCanceled())
        return canceledError();
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    request.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1"));
    request.header(QByteArrayLiteral("X-Amz-Target"), target);
    if (const auto failed = sign(request, service, signingRegion))
        return *failed;

    const Result<HttpResponse> response = m_http.send(request, m_isCanceled);
    if (!response.ok())
        return response.error();
    return response.value().jsonObject();
}

QUrl AwsSession::defaultEksEndpoint(const QString& region)
{
    const QString domain = region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                   : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://eks.%1.%2/").arg(region, domain));
}

QUrl AwsSession::eksEndpoint() const
{
    if (m_config.endpointOverride.isEmpty())
        return defaultEksEndpoint(m_config.region);
    return endpoint(m_config.region);
}

Result<QJsonObject> AwsSession::callEks(const QByteArray& method, const QString& path,
    const QList<QPair<QString, QString>>& query, const QJsonObject* body)
{
    if (isCanceled())
        return canceledError();
    HttpRequest request;
    request.method = method;
    request.url = eksEndpoint();
    QString base = request.url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    request.url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const auto& [name, value] : query)
            items.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                QString::fromLatin1(QUrl::toPercentEncoding(value)));
        request.url.setQuery(items);
    }
    if (body) {
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    }
    if (const auto failed = sign(request, QStringLiteral("eks"), m_config.region))
        return *failed;

    const Result<HttpResponse> response = m_http.send(request, m_isCanceled);
    if (!response.ok())
        return response.error();
    if (response.value().body.trimmed().isEmpty())
        return QJsonObject();
    return response.value().jsonObject();
}

Result<AwsPage> AwsSession::page(const QString& action, AwsParams params, const QString& setName, int pageSize,
    const QString& token, int minResults, int maxResults)
{
    if (pageSize > 0)
        params.add(QStringLiteral("MaxResults"), qBound(minResults, pageSize, maxResults));
    if (!token.isEmpty())
        params.add(QStringLiteral("NextToken"), token);
    const Result<AwsXmlNode> answer = call(action, params);
    if (!answer.ok())
        return answer.error();
    AwsPage out;
    out.items = answer.value().items(setName);
    out.nextToken = answer.value().value(QStringLiteral("nextToken"));
    return out;
}

Result<QList<AwsXmlNode>> AwsSession::all(const QString& action, const AwsParams& params, const QString& setName)
{
    QList<AwsXmlNode> items;
    QString token;
    do {
        if (isCanceled())
            return canceledError();
        const Result<AwsPage> one = page(action, params, setName, 0, token);
        if (!one.ok())
            return one.error();
        items += one.value().items;
        token = one.value().nextToken;
    } while (!token.isEmpty());
    return items;
}

} // namespace Barista
