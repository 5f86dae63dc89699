// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/azure/AzureAuth.h"
#include "providers/common/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QList>
#include <QUrl>

namespace Barista {

struct AzurePage
{
    QList<QJsonObject> items;
    QString nextLink; ///< empty on the last page
};

struct AzureSessionConfig
{
    QUrl armBase;           ///< https://management.azure.com/ or the connection's override
    QUrl pricesBase;        ///< https://prices.azure.com/ or the connection's override (Retail Prices API)
    QString subscriptionId;
    QString resourceGroup;
    QString location;       ///< the connection's region ("koreacentral")
    int pollIntervalMs = 2000;
    int maxPolls = 900;     ///< long-running operations give up after this many polls (Timeout)
};

/// API versions the adapter speaks, per resource provider.
namespace AzureApi {
inline QString compute() { return QStringLiteral("2024-07-01"); }
inline QString disks() { return QStringLiteral("2023-04-02"); }
inline QString network() { return QStringLiteral("2023-09-01"); }
inline QString skus() { return QStringLiteral("2021-07-01"); }
inline QString resources() { return QStringLiteral("2021-04-01"); }
inline QString subscriptions() { return QStringLiteral("2022-12-01"); }
} // namespace AzureApi

/// One adapter call's view of ARM on one worker thread: JSON requests with the Bearer token
/// and api-version, errors classified by HttpClient with AzureErrorParser, nextLink paging and
/// long-running operations polled through Azure-AsyncOperation (else Location) until they end.
/// Links from the server (nextLink, operation URLs) are followed only to ARM's own origin, so the
/// token never goes anywhere else. It never retries: the job queue does.
class AzureSession final
{
public:
    AzureSession(HttpClient& http, AzureAuth& auth, AzureSessionConfig config, HttpClient::CancelCheck isCanceled);

    /// path "/subscriptions/..." (api-version added) or an absolute link from ARM (kept as is).
    Result<HttpResponse> send(const QByteArray& method, const QString& path, const QString& apiVersion,
        const QJsonObject& body = {}, bool withBody = false);
    Result<QJsonObject> get(const QString& path, const QString& apiVersion);
    /// For the few ARM reads that answer a bare JSON array (VM image publishers/offers/skus/versions).
    Result<QJsonArray> getArray(const QString& path, const QString& apiVersion);
    /// PUT, then waits for its operation when ARM answers with one; returns the resource as a GET
    /// after the operation reports it.
    Result<QJsonObject> put(const QString& path, const QString& apiVersion, const QJsonObject& body);
    Result<QJsonObject> patch(const QString& path, const QString& apiVersion, const QJsonObject& body);
    /// DELETE (204/200, or 202 + operation waited for). A resource already gone is Done.
    Result<Done> remove(const QString& path, const QString& apiVersion);
    /// POST an action ("powerOff", ...) and wait for its operation.
    Result<Done> action(const QString& path, const QString& apiVersion);

    Result<AzurePage> page(const QString& path, const QString& apiVersion, const QString& nextLink);
    Result<QList<QJsonObject>> all(const QString& path, const QString& apiVersion);

    /// "/subscriptions/{s}/resourceGroups/{rg}"
    QString groupPath() const;
    /// groupPath() + "/providers/{type}/{name}"; an ARM id given as name is returned as is.
    QString resourcePath(const QString& type, const QString& nameOrId) const;
    /// Creates the resource group (in the connection's region) once per session's owner.
    Result<Done> ensureGroup();
    /// Before a create (ARM's PUT would silently update an existing resource): Done when the name
    /// is free or the resource carries our idempotency token (a retry of this very create);
    /// Conflict "AlreadyExists" otherwise.
    Result<Done> claim(const QString& path, const QString& apiVersion, const QString& token);
    /// The create's tags: the caller's plus "barista-token" = the idempotency token.
    static QJsonObject createTags(
        const QMap<QString, QString>& tags, const QMap<QString, QString>& contextTags, const QString& token);
    const AzureSessionConfig& config() const { return m_config; }
    /// For the public Retail Prices API, which is called without the ARM token.
    HttpClient& http() { return m_http; }
    const HttpClient::CancelCheck& cancelCheck() const { return m_isCanceled; }
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }
    static CloudError canceledError();

private:
    Result<Done> waitFor(const HttpResponse& accepted);
    bool sameOrigin(const QUrl& url) const;

    HttpClient& m_http;
    AzureAuth& m_auth;
    AzureSessionConfig m_config;
    HttpClient::CancelCheck m_isCanceled;
};

} // namespace Barista
