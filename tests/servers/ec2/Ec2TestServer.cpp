// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2TestServer.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2CatalogActions.h"
#include "tests/servers/ec2/Ec2ImageActions.h"
#include "tests/servers/ec2/Ec2InstanceActions.h"
#include "tests/servers/ec2/Ec2KeyPairActions.h"
#include "tests/servers/ec2/Ec2PricingService.h"
#include "tests/servers/ec2/Ec2SecurityGroupActions.h"
#include "tests/servers/ec2/Ec2TagActions.h"
#include "tests/servers/ec2/Ec2VolumeActions.h"
#include "tests/servers/ec2/Ec2VpcActions.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"
#include "tests/servers/ec2/Elbv2Actions.h"
#include "tests/servers/ec2/Elbv2DescribeActions.h"
#include "tests/servers/ec2/Elbv2XmlWriter.h"
#include "tests/servers/ec2/EksService.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
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

Ec2TestServer::Ec2TestServer(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_pricing(std::make_unique<Ec2PricingService>())
    , m_eks(std::make_unique<EksService>(m_state))
{
    m_verifier.setAllowedRegions(Ec2Catalog::regionNames());
    m_elbVerifier.setService(QStringLiteral("elasticloadbalancing"));
    m_elbVerifier.setAllowedRegions(Ec2Catalog::regionNames());
    Elbv2Actions::registerAll(m_elbHandlers);
    Elbv2DescribeActions::registerAll(m_elbHandlers);
    Ec2CatalogActions::registerAll(m_handlers);
    Ec2ImageActions::registerAll(m_handlers);
    Ec2InstanceActions::registerAll(m_handlers);
    Ec2VpcActions::registerAll(m_handlers);
    Ec2SecurityGroupActions::registerAll(m_handlers);
    Ec2KeyPairActions::registerAll(m_handlers);
    Ec2VolumeActions::registerAll(m_handlers);
    Ec2TagActions::registerAll(m_handlers);

    // Every reply is written synchronously, inside the handler: QtHttpServer 6.4 crashes when a
    // deferred responder writes after its client has gone.
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const Ec2Reply reply = handle(methodName(request.method()), request.url(), request.headers(), request.body());
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus);
        if (reply.headers.isEmpty()) {
            responder.write(reply.body,
                { { QByteArrayLiteral("Content-Type"), reply.contentType },
                    { QByteArrayLiteral("x-amzn-RequestId"), reply.requestId },
                    { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store") },
                    { QByteArrayLiteral("Server"), QByteArrayLiteral("AmazonEC2") } },
                status);
            return;
        }
        // HeaderList is an initializer_list: a variable header set is written one by one.
        responder.writeStatusLine(status);
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        responder.writeHeader(QByteArrayLiteral("x-amzn-RequestId"), reply.requestId);
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    });
}

Ec2TestServer::~Ec2TestServer() = default;

quint16 Ec2TestServer::listen(const QHostAddress& address, quint16 port)
{
    // Own QTcpServer + bind(): the form that works on 6.4 and on later Qt alike.
    auto* tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return tcp->serverPort();
}

quint16 Ec2TestServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl Ec2TestServer::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void Ec2TestServer::addCredential(const QString& accessKeyId, const QString& secret, const QString& sessionToken)
{
    m_verifier.addCredential(accessKeyId, secret, sessionToken);
    m_elbVerifier.addCredential(accessKeyId, secret, sessionToken);
    m_pricing->verifier().addCredential(accessKeyId, secret, sessionToken);
    m_eks->verifier().addCredential(accessKeyId, secret, sessionToken);
}

void Ec2TestServer::setClock(std::function<QDateTime()> now)
{
    m_verifier.setClock(now);
    m_elbVerifier.setClock(now);
    m_pricing->verifier().setClock(now);
    m_eks->verifier().setClock(now);
    m_state.setClock([now] { return now().toMSecsSinceEpoch(); });
}

int Ec2TestServer::requestCount(const QString& action) const
{
    if (action.isEmpty())
        return int(m_records.size());
    return int(std::count_if(
        m_records.cbegin(), m_records.cend(), [&](const Ec2RequestRecord& r) { return r.action == action; }));
}

Ec2Reply Ec2TestServer::errorReply(
    const Ec2Error& error, const QString& requestId, Ec2RequestRecord& record, bool elbv2)
{
    record.httpStatus = error.httpStatus;
    record.errorCode = error.code;
    Ec2Reply reply { error.httpStatus, QByteArrayLiteral("text/xml;charset=UTF-8"),
        elbv2 ? Elbv2XmlWriter::errorDocument(error, requestId) : Ec2XmlWriter::errorDocument(error, requestId), {},
        {} };
    if (error.retryAfterSeconds >= 0)
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds) });
    return reply;
}

Ec2Reply Ec2TestServer::handle(const QByteArray& method, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    const QString path = url.path();
    if (path.startsWith(QStringLiteral("/_barista/")))
        return control(method, path, body);

    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    if (EksService::isEksPath(path) || headerValue(headers, "authorization").contains("/eks/aws4_request")) {
        Ec2RequestRecord record;
        Ec2Reply reply = m_eks->handle(
            { method, url.path(QUrl::FullyEncoded).toLatin1(), rawQuery, headers, body }, m_faults, record);
        reply.requestId = requestId.toLatin1();
        m_records.append(record);
        Q_EMIT requestHandled(record);
        return reply;
    }
    const QByteArray target = headerValue(headers, "x-amz-target");
    if (method == "POST" && !target.isEmpty()) {
        Ec2RequestRecord record;
        Ec2Reply reply = m_pricing->handle({ method, url.path(QUrl::FullyEncoded).toLatin1(), rawQuery, headers, body },
            QString::fromLatin1(target).trimmed(), m_faults, record);
        reply.requestId = requestId.toLatin1();
        m_records.append(record);
        Q_EMIT requestHandled(record);
        return reply;
    }
    Ec2QueryRequest request = Ec2QueryRequest::parse(rawQuery, false);
    const bool form = headerValue(headers, "content-type").startsWith("application/x-www-form-urlencoded");
    if (method == "POST" && form)
        request.merge(Ec2QueryRequest::parse(body, true));

    // ELBv2 shares the Query protocol: its Version, or a signature for its service, tells it apart.
    const bool elbv2 = request.value(QStringLiteral("Version")) == Elbv2XmlWriter::version()
        || headerValue(headers, "authorization").contains("/elasticloadbalancing/aws4_request");
    Ec2RequestRecord record;
    record.action = request.action();
    Ec2Reply reply;
    const Ec2SigV4Verifier& verifier = elbv2 ? m_elbVerifier : m_verifier;
    const Ec2AuthResult auth
        = verifier.verify({ method, url.path(QUrl::FullyEncoded).toLatin1(), rawQuery, headers, body });
    record.accessKeyId = auth.accessKeyId;
    record.region = auth.region;
    std::optional<Ec2Error> failed;
    if (!auth.ok) {
        failed = Ec2Error { auth.httpStatus, auth.code, auth.message };
    } else if (record.action.isEmpty()) {
        failed = Ec2Error::client(
            QStringLiteral("MissingAction"), QStringLiteral("The request must contain the parameter Action"));
    } else if (auto fault = m_faults.take(record.action)) {
        failed = *fault;
        if (elbv2 && fault->code == QStringLiteral("RequestLimitExceeded"))
            failed = Ec2Error::client(QStringLiteral("Throttling"), QStringLiteral("Rate exceeded"));
    } else if (!(elbv2 ? m_elbHandlers.contains(record.action) : m_handlers.contains(record.action))) {
        failed = Ec2Error::client(QStringLiteral("InvalidAction"),
            QStringLiteral("The action %1 is not valid for this web service.").arg(record.action));
    } else {
        const Ec2Outcome outcome = dispatch(request, auth, elbv2, requestId);
        if (outcome.error) {
            failed = outcome.error;
        } else {
            reply.body = outcome.xml;
            record.httpStatus = 200;
        }
    }
    if (failed)
        reply = errorReply(*failed, requestId, record, elbv2);
    reply.requestId = requestId.toLatin1();
    m_records.append(record);
    Q_EMIT requestHandled(record);
    return reply;
}

Ec2Outcome Ec2TestServer::dispatch(
    const Ec2QueryRequest& request, const Ec2AuthResult& auth, bool elbv2, const QString& requestId)
{
    if (elbv2) {
        Elbv2Call call { request, m_state, m_state.region(auth.region), m_elb[auth.region], requestId };
        return m_elbHandlers.value(request.action())(call);
    }
    Ec2Call call { request, m_state, m_state.region(auth.region), requestId };
    return m_handlers.value(request.action())(call);
}

Ec2Reply Ec2TestServer::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    const QByteArray json = QByteArrayLiteral("application/json");
    if (method == "GET" && path == QStringLiteral("/_barista/requests")) {
        QJsonArray records;
        for (const Ec2RequestRecord& r : m_records)
            records.append(QJsonObject { { QStringLiteral("action"), r.action },
                { QStringLiteral("status"), r.httpStatus }, { QStringLiteral("code"), r.errorCode } });
        const QJsonObject doc { { QStringLiteral("count"), int(m_records.size()) },
            { QStringLiteral("records"), records } };
        return { 200, json, QJsonDocument(doc).toJson(QJsonDocument::Compact) };
    }
    if (method == "POST" && path == QStringLiteral("/_barista/requests/clear")) {
        m_records.clear();
        return { 200, json, QByteArrayLiteral("{}") };
    }
    if (method == "POST" && path == QStringLiteral("/_barista/faults")) {
        const Ec2QueryRequest p = Ec2QueryRequest::parse(body, true);
        if (p.has(QStringLiteral("clear")))
            m_faults.clear();
        if (p.has(QStringLiteral("throttleEvery")))
            m_faults.throttleEvery(p.intValue(QStringLiteral("throttleEvery"), 0));
        if (p.has(QStringLiteral("Code")))
            m_faults.failNext(p.value(QStringLiteral("Action")),
                { p.intValue(QStringLiteral("Status"), 400), p.value(QStringLiteral("Code")),
                    p.value(QStringLiteral("Message")), p.intValue(QStringLiteral("RetryAfter"), -1) },
                p.intValue(QStringLiteral("Times"), 1));
        return { 200, json, QByteArrayLiteral("{}") };
    }
    return { 404, json, QByteArrayLiteral("{\"error\":\"unknown control path\"}") };
}

} // namespace Barista
