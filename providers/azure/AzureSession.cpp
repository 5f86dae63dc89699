// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureSession.h"

#include "providers/azure/AzureErrorParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUrlQuery>

namespace Barista {

AzureSession::AzureSession(HttpClient& http, AzureAuth& auth, AzureSessionConfig config, HttpClient::CancelCheck isCanceled)
    : m_http(http)
    , m_auth(auth)
    , m_config(std::move(config))
    , m_isCanceled(std::move(isCanceled))
{
}

CloudError AzureSession::canceledError()
{
    return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
        QCoreApplication::translate("AzureSession", "The request was canceled."));
}

bool AzureSession::sameOrigin(const QUrl& url) const
{
    return url.scheme().compare(m_config.armBase.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_config.armBase.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_config.armBase.port(m_config.armBase.scheme() == QLatin1String("https") ? 443 : 80);
}

QString AzureSession::groupPath() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(m_config.subscriptionId, m_config.resourceGroup);
}

QString AzureSession::resourcePath(const QString& type, const QString& nameOrId) const
{
    if (nameOrId.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
        return nameOrId;
    return groupPath() + QStringLiteral("/providers/") + type + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(nameOrId));
}

Result<HttpResponse> AzureSession::send(
    const QByteArray& method, const QString& path, const QString& apiVersion, const QJsonObject& body, bool withBody)
{
    if (isCanceled())
        return canceledError();
    QUrl url;
    if (path.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) || path.startsWith(QLatin1String("https:"), Qt::CaseInsensitive)) {
        url = QUrl(path);
        if (!sameOrigin(url))
            return CloudError::make(CloudError::Kind::Internal, QStringLiteral("ForeignLink"),
                QCoreApplication::translate("AzureSession", "ARM sent a link to another host (%1); it is not followed.")
                    .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemovePath)));
    } else {
        QString base = m_config.armBase.toString(QUrl::FullyEncoded);
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = QUrl(base + path);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("api-version"), apiVersion);
        url.setQuery(query);
    }
    const Result<QByteArray> token = m_auth.token(m_http, m_isCanceled);
    if (!token.ok())
        return token.error();
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.header(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.value());
    request.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (withBody) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    }
    const Result<HttpResponse> response = m_http.send(request, m_isCanceled);
    if (!response.ok() && response.error().httpStatus == 401)
        m_auth.invalidate(token.value()); // a new token on the next call; this one is not retried
    return response;
}

Result<QJsonObject> AzureSession::get(const QString& path, const QString& apiVersion)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("GET"), path, apiVersion);
    if (!response.ok())
        return response.error();
    return response.value().jsonObject();
}

Result<QJsonArray> AzureSession::getArray(const QString& path, const QString& apiVersion)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("GET"), path, apiVersion);
    if (!response.ok())
        return response.error();
    const QJsonDocument doc = QJsonDocument::fromJson(response.value().body);
    if (!doc.isArray())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("AzureSession", "%1 did not answer a JSON array.")
                .arg(response.value().url.toDisplayString(QUrl::RemoveQuery)));
    return doc.array();
}

Result<Done> AzureSession::claim(const QString& path, const QString& apiVersion, const QString& token)
{
    const Result<QJsonObject> existing = get(path, apiVersion);
    if (!existing.ok())
        return existing.error().kind == CloudError::Kind::NotFound ? Result<Done>(Done {}) : Result<Done>(existing.error());
    const QString mine = existing.value().value(QStringLiteral("tags")).toObject().value(QStringLiteral("barista-token")).toString();
    if (!token.isEmpty() && mine == token)
        return Done {};
    return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("AlreadyExists"),
        QCoreApplication::translate("AzureSession", "%1 already exists.").arg(existing.value().value(QStringLiteral("id")).toString()));
}

QJsonObject AzureSession::createTags(
    const QMap<QString, QString>& tags, const QMap<QString, QString>& contextTags, const QString& token)
{
    QJsonObject json;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        json.insert(it.key(), it.value());
    for (auto it = contextTags.cbegin(); it != contextTags.cend(); ++it)
        json.insert(it.key(), it.value());
    if (!token.isEmpty())
        json.insert(QStringLiteral("barista-token"), token);
    return json;
}

Result<QJsonObject> AzureSession::put(const QString& path, const QString& apiVersion, const QJsonObject& body)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("PUT"), path, apiVersion, body, true);
    if (!response.ok())
        return response.error();
    if (response.value().header("Azure-AsyncOperation").isEmpty() && response.value().status != 202)
        return response.value().jsonObject();
    const Result<Done> done = waitFor(response.value());
    if (!done.ok())
        return done.error();
    return get(path, apiVersion);
}

Result<QJsonObject> AzureSession::patch(const QString& path, const QString& apiVersion, const QJsonObject& body)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("PATCH"), path, apiVersion, body, true);
    if (!response.ok())
        return response.error();
    if (response.value().header("Azure-AsyncOperation").isEmpty() && response.value().status != 202)
        return response.value().jsonObject();
    const Result<Done> done = waitFor(response.value());
    if (!done.ok())
        return done.error();
    return get(path, apiVersion);
}

Result<Done> AzureSession::remove(const QString& path, const QString& apiVersion)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("DELETE"), path, apiVersion);
    if (!response.ok())
        return response.error();
    if (response.value().status == 202 || !response.value().header("Azure-AsyncOperation").isEmpty())
        return waitFor(response.value());
    return Done {};
}

Result<Done> AzureSession::action(const QString& path, const QString& apiVersion)
{
    const Result<HttpResponse> response = send(QByteArrayLiteral("POST"), path, apiVersion, {}, true);
    if (!response.ok())
        return response.error();
    if (response.value().status == 202 || !response.value().header("Azure-AsyncOperation").isEmpty())
        return waitFor(response.value());
    return Done {};
}

Result<Done> AzureSession::waitFor(const HttpResponse& accepted)
{
    const QString asyncUrl = QString::fromUtf8(accepted.header("Azure-AsyncOperation"));
    QString locationUrl = QString::fromUtf8(accepted.header("Location"));
    if (asyncUrl.isEmpty() && locationUrl.isEmpty())
        return Done {};
    for (int poll = 0; poll < m_config.maxPolls; ++poll) {
        if (isCanceled())
            return canceledError();
        QThread::msleep(qMax(1, m_config.pollIntervalMs));
        if (!asyncUrl.isEmpty()) {
            const Result<HttpResponse> status = send(QByteArrayLiteral("GET"), asyncUrl, QString());
            if (!status.ok())
                return status.error();
            const Result<QJsonObject> body = status.value().jsonObject();
            if (!body.ok())
                return body.error();
            const QString state = body.value().value(QStringLiteral("status")).toString();
            if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
                return Done {};
            if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0
                || state.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0) {
                const QJsonObject error = body.value().value(QStringLiteral("error")).toObject();
                const ProviderErrorDetail detail = AzureErrorParser::parse(0,
                    QJsonDocument(QJsonObject { { QStringLiteral("error"), error } }).toJson(QJsonDocument::Compact));
                CloudError failure = CloudError::make(detail.kind.value_or(CloudError::Kind::Internal),
                    detail.code.isEmpty() ? QStringLiteral("OperationFailed") : detail.code,
                    detail.message.isEmpty()
                        ? QCoreApplication::translate("AzureSession", "The operation ended with status %1.").arg(state)
                        : detail.message);
                return failure;
            }
            continue;
        }
        const Result<HttpResponse> status = send(QByteArrayLiteral("GET"), locationUrl, QString());
        if (!status.ok())
            return status.error();
        if (status.value().status != 202)
            return Done {};
        const QByteArray next = status.value().header("Location");
        if (!next.isEmpty())
            locationUrl = QString::fromUtf8(next);
    }
    return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("OperationTimeout"),
        QCoreApplication::translate("AzureSession", "The operation did not end after %1 polls.").arg(m_config.maxPolls));
}

Result<AzurePage> AzureSession::page(const QString& path, const QString& apiVersion, const QString& nextLink)
{
    const Result<QJsonObject> body = get(nextLink.isEmpty() ? path : nextLink, apiVersion);
    if (!body.ok())
        return body.error();
    AzurePage out;
    for (const QJsonValue& v : body.value().value(QStringLiteral("value")).toArray())
        out.items.append(v.toObject());
    out.nextLink = body.value().value(QStringLiteral("nextLink")).toString();
    return out;
}

Result<QList<QJsonObject>> AzureSession::all(const QString& path, const QString& apiVersion)
{
    QList<QJsonObject> items;
    QString next;
    do {
        if (isCanceled())
            return canceledError();
        const Result<AzurePage> one = page(path, apiVersion, next);
        if (!one.ok())
            return one.error();
        items += one.value().items;
        next = one.value().nextLink;
    } while (!next.isEmpty());
    return items;
}

Result<Done> AzureSession::ensureGroup()
{
    // A group the user named may exist with tags of its own: only a missing one is made.
    const Result<QJsonObject> existing = get(groupPath(), AzureApi::resources());
    if (existing.ok())
        return Done {};
    if (existing.error().kind != CloudError::Kind::NotFound)
        return existing.error();
    const Result<HttpResponse> response = send(QByteArrayLiteral("PUT"), groupPath(), AzureApi::resources(),
        QJsonObject { { QStringLiteral("location"), m_config.location },
            { QStringLiteral("tags"), QJsonObject { { QStringLiteral("barista-managed"), QStringLiteral("true") } } } },
        true);
    if (!response.ok())
        return response.error();
    return Done {};
}

} // namespace Barista
