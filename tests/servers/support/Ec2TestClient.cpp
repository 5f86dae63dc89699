// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/support/Ec2TestClient.h"

#include "providers/common/AwsSigV4Signer.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QXmlStreamReader>

namespace Barista {

QStringList Ec2TestResponse::texts(const QString& element) const
{
    QStringList out;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

Ec2TestClient::Ec2TestClient(
    const QUrl& endpoint, const QString& accessKeyId, const QString& secret, const QString& region)
    : m_endpoint(endpoint)
    , m_accessKeyId(accessKeyId)
    , m_secret(secret)
    , m_region(region)
{
}

QByteArray Ec2TestClient::formEncode(const Ec2Params& params)
{
    QList<QByteArray> pairs;
    for (const auto& [name, value] : params)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

Ec2TestResponse Ec2TestClient::call(
    const QString& action, const Ec2Params& params, const std::function<void(QByteArray& body)>& tamper)
{
    Ec2Params all { { QStringLiteral("Action"), action }, { QStringLiteral("Version"), QStringLiteral("2016-11-15") } };
    all += params;
    QByteArray body = formEncode(all);

    AwsSigV4Request signing;
    signing.method = "POST";
    signing.path = "/";
    signing.headers = { { "host", m_endpoint.authority().toLatin1() },
        { "content-type", "application/x-www-form-urlencoded; charset=utf-8" } };
    signing.body = body;
    signing.service = QStringLiteral("ec2");
    signing.region = m_region;
    signing.timestamp = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    signing.credentials = { m_accessKeyId, m_secret, {} };
    const AwsSigV4Result signature = AwsSigV4Signer::sign(signing);

    QNetworkRequest request(m_endpoint);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    for (const auto& [name, value] : signature.headersToAdd)
        request.setRawHeader(name, value);
    if (tamper)
        tamper(body);
    return send(request, "POST", body);
}

Ec2TestResponse Ec2TestClient::callGet(const QString& action, const Ec2Params& params)
{
    AwsSigV4Request signing;
    signing.method = "GET";
    signing.path = "/";
    signing.query
        = { { QStringLiteral("Action"), action }, { QStringLiteral("Version"), QStringLiteral("2016-11-15") } };
    signing.query += params;
    signing.headers = { { "host", m_endpoint.authority().toLatin1() } };
    signing.service = QStringLiteral("ec2");
    signing.region = m_region;
    signing.timestamp = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    signing.credentials = { m_accessKeyId, m_secret, {} };
    const AwsSigV4Result signature = AwsSigV4Signer::sign(signing);

    QUrl url = m_endpoint;
    url.setQuery(QString::fromLatin1(AwsSigV4Signer::canonicalQuery(signing.query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto& [name, value] : signature.headersToAdd)
        request.setRawHeader(name, value);
    return send(request, "GET", {});
}

Ec2TestResponse Ec2TestClient::callUnsigned(const QString& action, const Ec2Params& params)
{
    Ec2Params all { { QStringLiteral("Action"), action } };
    all += params;
    QNetworkRequest request(m_endpoint);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    return send(request, "POST", formEncode(all));
}

Ec2TestResponse Ec2TestClient::send(const QNetworkRequest& request, const QByteArray& method, const QByteArray& body)
{
    QNetworkReply* reply = method == "GET" ? m_nam.get(request) : m_nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Ec2TestResponse response;
    if (reply->isFinished()) {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.requestIdHeader = reply->rawHeader("x-amzn-RequestId");
    }
    reply->deleteLater();
    return response;
}

} // namespace Barista
