// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/GeoDistance.h"
#include "models/catalog/QueryParser.h"
#include "models/domain/ImageInfo.h"
#include "models/domain/RegionInfo.h"
#include "models/domain/SpecInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Barista {

/// A region as the catalog knows it: the bundled facts plus Korean names and place.
struct CatalogRegion
{
    RegionInfo region; ///< region.provider is the cloud entry id ("openstack-ex01")
    QString platform; ///< the provider the entry belongs to ("openstack")
    QString nameKo; ///< "서울", "버지니아 북부"
    QString city; ///< "Seoul"; the state, country or area when the city is not documented
    QString country;
    QString countryKo;
    QString area; ///< asia, europe, northamerica, southamerica, oceania, middleeast, africa
    bool hasLocation = false; ///< false for regions met only in an import (no coordinates)
    std::optional<double> distanceKm; ///< set by near: queries

    QString key() const { return region.provider + QLatin1Char('-') + region.name; }
    std::optional<GeoPoint> location() const;
    QJsonObject toJson() const;
};

/// A spec row. In `spec`, vcpu 0, memoryGiB 0 and an empty architecture mean unknown; the
/// prices are empty when unknown (never 0).
struct CatalogSpec
{
    SpecInfo spec;
    QString zone; ///< empty = the whole region
    QString source;
    QDateTime fetchedAt;
    bool allRegions = false; ///< the figures came from a provider-wide ("all regions") row
    QString regionDisplayName;
    QString regionNameKo;
    std::optional<double> distanceKm;

    QString specId() const { return spec.specId(); }
    QJsonObject toJson() const;
};

struct CatalogImage
{
    ImageInfo image; ///< image.region is empty for images offered in every region
    QString source;
    QDateTime fetchedAt;

    QJsonObject toJson() const;
};

struct CatalogSearchResult
{
    QList<CatalogRegion> regions;
    QList<CatalogSpec> specs;
    QList<CatalogImage> images;
    std::optional<GeoPoint> near; ///< the resolved near: point
    std::optional<QueryError> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject toJson() const;
};

struct ImportProblem
{
    QString file;
    qint64 line = 0;
    QString message;

    /// "vms.csv:12: ..." as compilers print it.
    QString toString() const;
};

struct ImportReport
{
    QString file;
    QString format; ///< "skypilot-vms", "skypilot-images", "tumblebug-spec", "tumblebug-image"
    qint64 rowsRead = 0; ///< data rows (the header excluded)
    qint64 rowsImported = 0; ///< rows accepted and written
    qint64 rowsSkipped = 0; ///< bad rows, each reported in problems (up to a cap)
    qint64 recordsWritten = 0; ///< spec/image rows upserted (an "all" row writes one per region)
    int regionsCreated = 0; ///< regions the bundled catalog does not know, added without coordinates
    QList<ImportProblem> problems;
    bool ok = false; ///< committed
    bool canceled = false; ///< rolled back on request
    QString error; ///< why nothing was imported

    QJsonObject toJson() const;
};

/// Result of a refresh write (upsert of a provider's rows in one scope).
struct CatalogWriteResult
{
    bool ok = false;
    QString error;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0;
};

struct ProviderStats
{
    QString provider; ///< entry id
    QString platform;
    int regions = 0;
    int zones = 0;
    qint64 specs = 0;
    qint64 pricedSpecs = 0;
    qint64 images = 0;
    QMap<QString, QDateTime> fetchedAt; ///< per kind: "regions", "specs", "images", "prices"

    /// True when the kind was never fetched or was fetched more than maxAgeSecs before now.
    bool isStale(const QString& kind, const QDateTime& now, qint64 maxAgeSecs) const;
};

struct CatalogStats
{
    QString path;
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    QList<ProviderStats> providers;
    QMap<QString, qint64> specsBySource;
    QMap<QString, qint64> imagesBySource;

    QJsonObject toJson() const;
};

} // namespace Barista
