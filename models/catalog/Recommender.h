// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogTypes.h"
#include "models/catalog/LatencyMatrix.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

class CatalogStore;

/// What to recommend, in CB-Tumblebug's recommendSpec terms: a filter policy (ranges and
/// equalities) and one priority.
struct RecommendRequest
{
    enum class Priority
    {
        Cost, ///< cheapest on-demand price first (unknown prices last)
        Performance, ///< most vCPUs, then memory, GPUs, GPU memory; the cheaper first on a tie
        Location, ///< nearest to `near` / `place` first, then the cheaper
        Latency, ///< lowest latency from `fromRegion` first, then the cheaper
    };

    // Ranges.
    NumericRange vcpu;
    NumericRange memoryGiB;
    NumericRange gpuCount;
    NumericRange gpuMemoryGiB;
    NumericRange costPerHour;
    // Equalities (any of the listed values).
    QStringList providers;
    QStringList regions;
    QStringList architectures;
    QStringList gpuModels;
    QString currency = QStringLiteral("USD");

    Priority priority = Priority::Cost;
    std::optional<GeoPoint> near; ///< Location: a point ...
    QString place; ///< ... or a place or region ("seoul", "서울", "aws/ap-northeast-2")
    QString fromRegion; ///< Latency: "aws/ap-northeast-2" (or a region name unique across providers)
    int limit = 10;

    static std::optional<Priority> priorityFromName(const QString& name);
    static QString priorityName(Priority priority);
};

struct Recommendation
{
    int rank = 0; ///< 1-based
    CatalogSpec spec;
    std::optional<double> distanceKm; ///< Location
    std::optional<Latency> latency; ///< Latency (estimated when the matrix lacks the pair)

    QJsonObject toJson() const;
};

struct RecommendResult
{
    QList<Recommendation> items;
    QString error;

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/// Ranks catalog specs the way CB-Tumblebug's recommendSpec does: filter, then order by one
/// priority. Ties always end in the spec id order (provider, region, spec, zone), so the same
/// catalog gives the same answer. Runs on the calling thread's reader connection (wrap it in
/// QtConcurrent::run from a GUI).
class Recommender
{
public:
    explicit Recommender(const CatalogStore& store, const LatencyMatrix& latency = LatencyMatrix::bundled());

    RecommendResult recommend(const RecommendRequest& request) const;

private:
    const CatalogStore& m_store;
    const LatencyMatrix& m_latency;
};

} // namespace Barista
