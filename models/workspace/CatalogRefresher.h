// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

namespace Barista {

class CatalogStore;
class ConnectionStore;
class JobQueue;
class ResourceService;

/// What one refresh of the catalog from a connection changed.
struct CatalogRefreshReport
{
    QString connection;
    QString provider;
    QMap<QString, CatalogWriteResult> byKind; ///< "regions", "specs", "images", "prices"
    QString error;                            ///< the first failure, verbatim from the cloud
    bool canceled = false;
    bool ok() const { return error.isEmpty() && !canceled; }
    QJsonObject toJson() const;
};

/// Refreshes the local catalog from a connected provider: regions, specs, images and prices are
/// listed through the job queue (so the connection's limits and retries apply) and written
/// incrementally by the catalog's writer thread. Progress goes 0..4 (one step per kind);
/// canceling the returned future cancels the listing in flight and stops before the next kind.
class CatalogRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogRefresher)

public:
    CatalogRefresher(ResourceService* resources, JobQueue* jobs, ConnectionStore* connections, CatalogStore* catalog,
                     QObject* parent = nullptr);

    QFuture<CatalogRefreshReport> refresh(const QString& connection);

private:
    ResourceService* m_resources;
    JobQueue* m_jobs;
    ConnectionStore* m_connections;
    CatalogStore* m_catalog;
};

} // namespace Barista
