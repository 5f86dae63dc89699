// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/common/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace Barista {

class GcpAuth;

/// One page of a Compute list call.
struct GcpPage
{
    QJsonArray items;
    QString nextPageToken; ///< empty on the last page
};

/// What a GcpSession needs besides the worker's HttpClient.
struct GcpSessionConfig
{
    std::shared_ptr<GcpAuth> auth;
    QString project;
    QString region;
    QString zone;
    QUrl apiBase; ///< ends in "/compute/v1/"
    QUrl billingBase; ///< the Cloud Billing API, ends in "/v1/"
    QUrl containerBase; ///< the Kubernetes Engine API (container.googleapis.com), ends in "/v1/"
    QUrl tokenUrl;
    int pollIntervalMs = 2000;
};

/// One adapter call's view of the Compute Engine API v1 on one worker thread: JSON requests with
/// the service account's Bearer token, errors classified by HttpClient with GcpErrorParser,
/// maxResults/pageToken paging, and long-running Operations polled (zoneOperations,
/// regionOperations or globalOperations get) until DONE, their error field mapped. It never
/// retries: the job queue does, on Throttled/Transient errors.
class GcpSession final
{
public:
    GcpSession(HttpClient& http, GcpSessionConfig config, HttpClient::CancelCheck isCanceled);

    /// path is relative to projects/{project}/ ("zones/us-central1-a/instances").
    Result<QJsonObject> get(const QString& path, const QUrlQuery& query = {});
    /// path relative to compute/v1/ (another project's images: "projects/debian-cloud/global/images").
    Result<QJsonObject> getAbsolute(const QString& path, const QUrlQuery& query = {});
    /// A GET on the Cloud Billing API (path relative to its v1/: "services/{id}/skus"), with the
    /// same Bearer token.
    Result<QJsonObject> getBilling(const QString& path, const QUrlQuery& query = {});
    /// One call on the Kubernetes Engine API (path relative to its v1/:
    /// "projects/p/locations/l/clusters"), same Bearer token; an empty body sends none. Its
    /// Operations are not polled here: GKE's take minutes and the caller returns on acceptance.
    Result<QJsonObject> container(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    /// A mutating call (POST/DELETE/PATCH) with requestId, then its Operation polled to DONE; the
    /// finished Operation, or its error.
    Result<QJsonObject> mutate(const QByteArray& method, const QString& path, const QJsonObject& body,
        const QString& requestId, const QUrlQuery& query = {});
    /// A POST that answers at once instead of with an Operation (instanceGroups.listInstances).
    Result<QJsonObject> post(const QString& path, const QJsonObject& body);
    /// Polls an Operation until DONE.
    Result<QJsonObject> wait(QJsonObject operation);

    /// One page; pageSize 0 = the server's default (500).
    Result<GcpPage> page(const QString& path, int pageSize, const QString& token, const QString& filter = {});
    /// Every item, following nextPageToken.
    Result<QJsonArray> all(const QString& path, const QString& filter = {});
    Result<QJsonArray> allAbsolute(const QString& path, const QString& filter = {});

    /// "projects/{project}/" + path: the partial URL Compute accepts in request bodies.
    QString partial(const QString& path) const;
    /// A UUID for requestId, derived from the caller's idempotency token and the step, so a retry
    /// of the same job sends the same ids; a random one when the token is empty.
    static QString requestId(const QString& token, const QString& step);

    const QString& project() const { return m_config.project; }
    const QString& region() const { return m_config.region; }
    const QString& zone() const { return m_config.zone; }
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }
    void pause() const;
    static CloudError canceledError();

private:
    Result<QJsonObject> send(const QByteArray& method, const QUrl& url, const QByteArray& body);
    QUrl url(const QString& path, const QUrlQuery& query) const;

    HttpClient& m_http;
    GcpSessionConfig m_config;
    HttpClient::CancelCheck m_isCanceled;
};

} // namespace Barista
