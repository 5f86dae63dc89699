// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/common/HttpClient.h"
#include "providers/openstack/KeystoneAuth.h"
#include "providers/openstack/OpenStackService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Barista {

/// One page of a collection and where the next one starts.
struct OpenStackPage
{
    QJsonArray items;
    QString nextMarker; ///< empty on the last page
};

/// One adapter call's view of the cloud, on one worker thread: JSON requests to a service by
/// catalog type, with the token added (and renewed once if a service answers 401), the
/// compute microversion pinned, and collections read page by page with marker/limit.
class OpenStackSession final
{
public:
    /// The compute microversion we speak (2.79, Train, 2019): embedded flavors (2.47), keypair
    /// types (2.2), volume attachment tags. A cloud older than Train answers 406 with its own
    /// message, which the user sees.
    static QString computeMicroversion() { return QStringLiteral("2.79"); }

    OpenStackSession(HttpClient& http, KeystoneAuth& auth, const QString& region, HttpClient::CancelCheck isCanceled);

    Result<QJsonObject> get(OpenStackService service, const QString& path, const QUrlQuery& query = QUrlQuery());
    Result<QJsonObject> post(OpenStackService service, const QString& path, const QJsonObject& body);
    Result<QJsonObject> put(OpenStackService service, const QString& path, const QJsonObject& body);
    Result<Done> remove(OpenStackService service, const QString& path, const QUrlQuery& query = QUrlQuery());

    /// One page of "key" from path (limit 0 = the server's default page size).
    Result<OpenStackPage> page(OpenStackService service, const QString& path, const QString& key, QUrlQuery query,
                               int limit, const QString& marker);
    /// Every item of "key", following next links (checks for cancel between pages).
    Result<QJsonArray> all(OpenStackService service, const QString& path, const QString& key,
                           const QUrlQuery& query = QUrlQuery());

    /// The service's base URL from the catalog (versioned: network /v2.0, image /v2,
    /// block-storage /v3); NotFound-like Unsupported when the cloud has no such service.
    Result<QUrl> endpoint(OpenStackService service);
    bool hasService(OpenStackService service);
    Result<KeystoneToken> token();
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }
    HttpClient& http() { return m_http; }

private:
    Result<HttpResponse> exchange(const QByteArray& method, OpenStackService service, const QString& path,
                                  const QUrlQuery& query, const QJsonObject* body);

    HttpClient& m_http;
    KeystoneAuth& m_auth;
    QString m_region;
    HttpClient::CancelCheck m_isCanceled;
};

} // namespace Barista
