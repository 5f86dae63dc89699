// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogSearch.h"
#include "models/catalog/CatalogTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Barista {

/// Everything the catalog answers, on one reader connection: it resolves a CatalogQuery's
/// providers, regions and near: place to region ids (reporting an unknown one at its column)
/// and runs the region, spec and image parts. One per reader connection (CatalogStore keeps one
/// per thread); not thread-safe.
class CatalogReader
{
public:
    /// Radius of near: when the query gives no within:.
    static constexpr double DEFAULT_NEAR_KM = 500;

    explicit CatalogReader(QSqlDatabase db);

    CatalogSearch& search() { return m_search; }

    CatalogSearchResult run(const CatalogQuery& query);
    /// Real regions with zones, of one entry or platform ("openstack" covers "openstack-ex01"),
    /// or all; in provider, name order.
    QList<CatalogRegion> regions(const QString& provider, QString* error);
    /// A spec by its Cloud-Barista id "provider+region+spec" (the region-wide row, else the
    /// first zone's).
    std::optional<CatalogSpec> spec(const QString& specId, QString* error);
    std::optional<GeoPoint> resolvePlace(const QString& place, QString* error);
    CatalogStats stats(QString* error);
    /// The lowest known on-demand USD price of each region, by "entry/region" key; regions
    /// without a known price are absent (unknown is never 0).
    QHash<QString, double> cheapestPrices(QString* error);

private:
    void loadZones(QList<CatalogRegion>& regions, const QList<qint64>& ids, QString* error);

    CatalogSearch m_search;
};

} // namespace Barista
