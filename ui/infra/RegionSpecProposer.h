// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

class CatalogStore;

/// The node group the editor proposes for one region picked on the map.
struct SpecProposal
{
    QString regionKey; ///< "entry/region" as the map names it
    std::optional<CatalogSpec> spec; ///< the cheapest spec that meets the minimums
    QString imageId; ///< an Ubuntu image the catalog knows there; empty when none
    std::optional<double> distanceKm; ///< from the chosen "near" point
    std::optional<double> latencyMs; ///< estimated from that distance
    QString error; ///< why nothing was proposed (the recommender's words)
    /// Nothing proposed because the catalog lacks the sizes of the region's specs (the bundled
    /// catalog often does until it is refreshed from the cloud).
    bool sizesUnknown = false;
};

/// For each region selected on the map, the cheapest catalog spec with at least the given
/// vCPUs and memory (Recommender, cost priority) and an image; optionally the estimated
/// latency from a chosen point. propose() reads the catalog on the calling thread: run it
/// on a pool thread (QtConcurrent) from a GUI.
class RegionSpecProposer
{
public:
    struct Request
    {
        QStringList regionKeys;
        int minVcpu = 1;
        double minMemoryGiB = 0;
        std::optional<GeoPoint> near;
    };
    enum class Rank
    {
        Cost, ///< cheapest first, unknown prices last
        Latency, ///< nearest to the chosen point first, then the cheaper
    };

    static QList<SpecProposal> propose(const CatalogStore& catalog, const Request& request);
    static void rank(QList<SpecProposal>& proposals, Rank rank);
    /// A valid node group name for a region ("aws-ap-northeast-2"), unique among taken.
    static QString groupNameFor(const QString& regionKey, const QStringList& taken);
};

} // namespace Barista
