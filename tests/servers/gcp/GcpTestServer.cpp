// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpTestServer.h"

#include "tests/servers/gcp/GcpBillingCatalog.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrlQuery>

namespace Barista {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=UTF-8");

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

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GcpReply oauthError(int status, const QString& error, const QString& description, GcpRequestRecord& record)
{
    record.httpStatus = status;
    record.reason = error;
    return { status,
        json(QJsonObject { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description } }),
        { { "Content-Type", kJson } } };
}

} // namespace

GcpTestServer::GcpTestServer(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
{
    // Written synchronously inside the handler: QtHttpServer 6.4 crashes when a deferred
    // responder writes after its client has gone.
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const GcpReply reply = handle(methodName(request.method()), request.url(), request.headers(), request.body());
        // The 6.4 HeaderList is an initializer_list: headers go one by one.
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store"));
        responder.writeHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("ESF"));
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    });
}

GcpTestServer::~GcpTestServer() = default;

quint16 GcpTestServer::listen(const QHostAddress& address, quint16 port)
{
    auto* tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    m_state.setBase(endpoint().toString() + QStringLiteral("compute/v1/"));
    m_verifier.setAcceptedAudiences({ QStringLiteral("https://oauth2.googleapis.com/token"), tokenUrl().toString() });
    return tcp->serverPort();
}

quint16 GcpTestServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl GcpTestServer::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void GcpTestServer::addServiceAccount(
    const QString& clientEmail, const QByteArray& publicKeyPem, const QString& keyId, const QString& project)
{
    m_verifier.addServiceAccount(clientEmail, publicKeyPem, keyId);
    m_accountProjects.insert(clientEmail, project);
}

QByteArray GcpTestServer::createServiceAccount(
    const QString& project, const QString& clientEmail, const QString& keyId, const QString& tokenUri)
{
    const QByteArray privateKey = GcpJwtVerifier::generateRsaPrivateKeyPem();
    addServiceAccount(clientEmail, GcpJwtVerifier::publicKeyPem(privateKey), keyId, project);
    const QJsonObject file { { QStringLiteral("type"), QStringLiteral("service_account") },
        { QStringLiteral("project_id"), project }, { QStringLiteral("private_key_id"), keyId },
        { QStringLiteral("private_key"), QString::fromLatin1(privateKey) },
        { QStringLiteral("client_email"), clientEmail },
        { QStringLiteral("client_id"), QStringLiteral("104400000000000000001") },
        { QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth") },
        { QStringLiteral("token_uri"), tokenUri },
        { QStringLiteral("auth_provider_x509_cert_url"), QStringLiteral("https://www.googleapis.com/oauth2/v1/certs") },
        { QStringLiteral("universe_domain"), QStringLiteral("googleapis.com") } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

void GcpTestServer::setClock(std::function<qint64()> nowSecs)
{
    m_nowSecs = nowSecs;
    m_verifier.setClock(std::move(nowSecs));
}

qint64 GcpTestServer::nowSecs() const
{
    return m_nowSecs ? m_nowSecs() : QDateTime::currentSecsSinceEpoch();
}

void GcpTestServer::throttleEvery(int n)
{
    m_throttleEvery = qMax(0, n);
    m_apiCalls = 0;
}

void GcpTestServer::failNext(const QString& match, const GcpApiError& error, int times)
{
    m_faults.append(Fault { match, error, times });
}

void GcpTestServer::clearFaults()
{
    m_faults.clear();
    m_throttleEvery = 0;
}

int GcpTestServer::requestCount(const QString& match) const
{
    int count = 0;
    for (const GcpRequestRecord& r : m_records) {
        if (match.isEmpty() || QString(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path).contains(match))
            ++count;
    }
    return count;
}

GcpReply GcpTestServer::errorReply(const GcpApiError& error, GcpRequestRecord& record)
{
    record.httpStatus = error.code;
    record.reason = error.reason;
    GcpReply reply { error.code, error.body(), { { "Content-Type", kJson } } };
    if (error.retryAfterSecs >= 0)
        reply.headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSecs)));
    if (error.code == 401)
        reply.headers.append(qMakePair(QByteArrayLiteral("WWW-Authenticate"),
            QByteArrayLiteral("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")));
    return reply;
}

GcpReply GcpTestServer::handle(const QByteArray& method, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    const QString path = url.path();
    if (path.startsWith(QLatin1String("/_barista/")))
        return control(method, url, body);
    if (m_state.base().isEmpty()) {
        QUrl base = url;
        base.setPath(QStringLiteral("/compute/v1/"));
        base.setQuery(QString());
        m_state.setBase(base.toString());
    }
    GcpRequestRecord record { method, path, 0, {} };
    GcpReply reply;
    if (path == QLatin1String("/token")) {
        reply = method == "POST"
            ? token(body, record)
            : oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("POST only"), record);
    } else if (path.startsWith(QLatin1String("/compute/v1/projects/"))) {
        reply = api(method, url, headers, body, record);
    } else if (path.startsWith(QLatin1String("/container/v1/projects/"))) {
        reply = containerApi(method, url, headers, body, record);
    } else if (path.startsWith(QLatin1String("/cloudbilling/v1/"))) {
        reply = billing(url, method, headers, record);
    } else {
        reply = errorReply({ 404, QStringLiteral("notFound"),
                               QStringLiteral("The requested URL %1 was not found on this server.").arg(path) },
            record);
    }
    m_records.append(record);
    return reply;
}

GcpReply GcpTestServer::token(const QByteArray& body, GcpRequestRecord& record)
{
    const QUrlQuery form(QString::fromUtf8(body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant != QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer"))
        return oauthError(
            400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Invalid grant_type: %1").arg(grant), record);
    const QByteArray assertion = form.queryItemValue(QStringLiteral("assertion"), QUrl::FullyDecoded).toLatin1();
    m_lastAssertion = assertion;
    if (assertion.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("Missing required parameter: assertion"), record);
    const GcpJwtCheck check = m_verifier.verify(assertion);
    if (!check.ok)
        return oauthError(400, check.error, check.errorDescription, record);
    QByteArray value = "ya29.c.b0Aa" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_tokens.insert(QString::fromLatin1(value),
        Token { check.clientEmail, m_accountProjects.value(check.clientEmail), nowSecs() + m_tokenLifetimeSecs });
    record.httpStatus = 200;
    return { 200,
        json(QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(value) },
            { QStringLiteral("expires_in"), m_tokenLifetimeSecs },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") } }),
        { { "Content-Type", kJson } } };
}

GcpReply GcpTestServer::api(const QByteArray& method, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, GcpRequestRecord& record)
{
    const Token* token = bearer(headers);
    if (!token)
        return errorReply(invalidCredentials(), record);
    const QStringList segments
        = url.path().mid(QStringLiteral("/compute/v1/projects/").size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString project = segments.value(0);
    const QStringList rest = segments.mid(1);
    const bool publicImages = method == "GET" && rest.size() >= 2 && rest.at(0) == QLatin1String("global")
        && rest.at(1) == QLatin1String("images");
    if (project != token->project && !publicImages)
        return errorReply(
            { 403, QStringLiteral("forbidden"),
                QStringLiteral("Required 'compute.projects.get' permission for 'projects/%1'").arg(project) },
            record);
    const QString line = QString::fromLatin1(method) + QLatin1Char(' ') + url.path();
    if (const std::optional<GcpApiError> fault = injectedFault(line, QStringLiteral("compute.googleapis.com"), project))
        return errorReply(*fault, record);
    m_state.ensureProject(project);
    QJsonObject input;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (!document.isObject())
            return errorReply({ 400, QStringLiteral("parseError"),
                                  QStringLiteral("This API does not support parsing form-encoded input.") },
                record);
        input = document.object();
    }
    const GcpOutcome outcome = m_routes.handle(method, project, rest, QUrlQuery(url), input, token->clientEmail);
    if (outcome.error)
        return errorReply(*outcome.error, record);
    record.httpStatus = 200;
    return { 200, json(outcome.json), { { "Content-Type", kJson } } };
}

GcpReply GcpTestServer::containerApi(const QByteArray& method, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, GcpRequestRecord& record)
{
    const Token* token = bearer(headers);
    if (!token)
        return errorReply(invalidCredentials(), record);
    const QStringList segments
        = url.path().mid(QStringLiteral("/container/v1/projects/").size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString project = segments.value(0);
    if (project != token->project)
        return errorReply({ 403, QStringLiteral("forbidden"),
                              QStringLiteral("Permission 'container.clusters.list' denied on resource "
                                             "'//container.googleapis.com/projects/%1' (or it may not exist).")
                                  .arg(project) },
            record);
    const QString line = QString::fromLatin1(method) + QLatin1Char(' ') + url.path();
    if (const std::optional<GcpApiError> fault = injectedFault(line, QStringLiteral("container.googleapis.com"), project))
        return errorReply(*fault, record);
    m_state.ensureProject(project);
    QJsonObject input;
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return errorReply({ 400, QStringLiteral("badRequest"),
                                  QStringLiteral("Invalid JSON payload received.") },
                record);
        input = document.object();
    }
    const GcpOutcome outcome = m_container.handle(method, project, segments.mid(1), input);
    if (outcome.error)
        return errorReply(*outcome.error, record);
    record.httpStatus = 200;
    return { 200, json(outcome.json), { { "Content-Type", kJson } } };
}

const GcpTestServer::Token* GcpTestServer::bearer(const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    const QByteArray authorization = headerValue(headers, "authorization");
    const QString value = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7)) : QString();
    const auto token = m_tokens.constFind(value);
    if (value.isEmpty() || token == m_tokens.cend() || token->expiresAtSecs <= nowSecs())
        return nullptr;
    return &token.value();
}

GcpApiError GcpTestServer::invalidCredentials()
{
    return { 401, QStringLiteral("authError"),
        QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, "
                       "login cookie or other valid authentication credential. See "
                       "https://developers.google.com/identity/sign-in/web/devconsole-project.") };
}

std::optional<GcpApiError> GcpTestServer::injectedFault(
    const QString& line, const QString& service, const QString& consumer)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        if (line.contains(m_faults.at(i).match)) {
            const GcpApiError error = m_faults.at(i).error;
            if (--m_faults[i].remaining <= 0)
                m_faults.removeAt(i);
            return error;
        }
    }
    if (m_throttleEvery > 0 && ++m_apiCalls % m_throttleEvery == 0)
        return GcpApiError { 429, QStringLiteral("rateLimitExceeded"),
            QStringLiteral("Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of "
                           "service '%1' for consumer 'project_number:%2'.")
                .arg(service, consumer),
            1 };
    return std::nullopt;
}

GcpReply GcpTestServer::billing(const QUrl& url, const QByteArray& method,
    const QList<QPair<QByteArray, QByteArray>>& headers, GcpRequestRecord& record)
{
    // The Billing API answers in the status-only error shape, faults included.
    const auto fail = [&record](GcpApiError error) {
        error.statusOnly = true;
        if (error.code == 429 || error.code == 401)
            error.reason = GcpApiError::statusFor(error.code);
        return errorReply(error, record);
    };
    const Token* token = bearer(headers);
    if (!token)
        return fail(invalidCredentials());
    const QString line = QString::fromLatin1(method) + QLatin1Char(' ') + url.path();
    if (const std::optional<GcpApiError> fault
        = injectedFault(line, QStringLiteral("cloudbilling.googleapis.com"), token->project))
        return fail(*fault);
    const QStringList segments
        = url.path().mid(QStringLiteral("/cloudbilling/v1/").size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const GcpOutcome outcome = GcpBillingCatalog::handle(method, segments, QUrlQuery(url));
    if (outcome.error)
        return fail(*outcome.error);
    record.httpStatus = 200;
    return { 200, json(outcome.json), { { "Content-Type", kJson } } };
}

GcpReply GcpTestServer::control(const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    const QString path = url.path();
    const QList<QPair<QByteArray, QByteArray>> type { { "Content-Type", kJson } };
    if (method == "GET" && path == QLatin1String("/_barista/requests")) {
        const QString match = QUrlQuery(url).queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
        QJsonArray records;
        for (const GcpRequestRecord& r : m_records) {
            if (!match.isEmpty() && !r.path.contains(match))
                continue;
            records.append(QJsonObject { { QStringLiteral("method"), QString::fromLatin1(r.method) },
                { QStringLiteral("path"), r.path }, { QStringLiteral("status"), r.httpStatus },
                { QStringLiteral("reason"), r.reason } });
        }
        return { 200,
            json(QJsonObject {
                { QStringLiteral("count"), int(records.size()) }, { QStringLiteral("records"), records } }),
            type };
    }
    if (method == "POST" && path == QLatin1String("/_barista/requests/clear")) {
        m_records.clear();
        return { 200, "{}", type };
    }
    if (method == "POST" && path == QLatin1String("/_barista/faults")) {
        const QJsonObject f = QJsonDocument::fromJson(body).object();
        if (f.value(QLatin1String("clear")).toBool())
            clearFaults();
        if (f.contains(QLatin1String("throttleEvery")))
            throttleEvery(f.value(QLatin1String("throttleEvery")).toInt());
        if (f.contains(QLatin1String("match")))
            failNext(f.value(QLatin1String("match")).toString(),
                GcpApiError { f.value(QLatin1String("status")).toInt(400), f.value(QLatin1String("reason")).toString(),
                    f.value(QLatin1String("message")).toString(), f.value(QLatin1String("retryAfter")).toInt(-1) },
                f.value(QLatin1String("times")).toInt(1));
        const QJsonObject op = f.value(QLatin1String("operationError")).toObject();
        if (!op.isEmpty())
            m_state.failNextOperation(op.value(QLatin1String("type")).toString(),
                op.value(QLatin1String("code")).toString(), op.value(QLatin1String("message")).toString(),
                op.value(QLatin1String("status")).toInt(400));
        return { 200, "{}", type };
    }
    return { 404, "{\"error\":\"unknown control path\"}", type };
}

} // namespace Barista
