// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/RegionSpecProposer.h"

#include "models/catalog/CatalogStore.h"
#include "models/catalog/LatencyMatrix.h"
#include "models/catalog/Recommender.h"
#include "models/infra/InfraSpecReader.h"

#include <QRegularExpression>
#include <algorithm>

namespace Barista {

namespace {
std::optional<GeoPoint> regionLocation(const CatalogStore& catalog, const QString& entry, const QString& region)
{
    for (const CatalogRegion& r : catalog.regions(entry)) {
        if (r.region.name == region)
            return r.location();
    }
    return std::nullopt;
}

QString ubuntuImage(const CatalogStore& catalog, const QString& entry, const QString& region)
{
    // Ubuntu where the catalog knows it, else any image offered there.
    for (const QString& os : { QStringLiteral(" os:ubuntu"), QString() }) {
        const CatalogSearchResult found
            = catalog.search(QStringLiteral("in:images provider:%1 region:%2%3 limit:1").arg(entry, region, os));
        if (found.ok() && !found.images.isEmpty())
            return found.images.first().image.id;
    }
    return {};
}
} // namespace

QList<SpecProposal> RegionSpecProposer::propose(const CatalogStore& catalog, const Request& request)
{
    const Recommender recommender(catalog);
    QList<SpecProposal> out;
    for (const QString& key : request.regionKeys) {
        SpecProposal p;
        p.regionKey = key;
        const QString entry = key.section(QLatin1Char('/'), 0, 0);
        const QString region = key.section(QLatin1Char('/'), 1);
        RecommendRequest r;
        r.vcpu.min = request.minVcpu;
        if (request.minMemoryGiB > 0)
            r.memoryGiB.min = request.minMemoryGiB;
        r.regions = { key };
        r.priority = RecommendRequest::Priority::Cost;
        r.limit = 1;
        const RecommendResult result = recommender.recommend(r);
        if (!result.ok())
            p.error = result.error;
        else if (!result.items.isEmpty())
            p.spec = result.items.first().spec;
        if (result.ok() && !p.spec) {
            // Specs whose sizes the catalog does not know never meet a minimum: say so rather
            // than propose one that may be too small.
            r.vcpu = NumericRange();
            r.memoryGiB = NumericRange();
            p.sizesUnknown = !recommender.recommend(r).items.isEmpty();
        }
        if (p.spec)
            p.imageId = ubuntuImage(catalog, entry, region);
        if (request.near) {
            if (const std::optional<GeoPoint> location = regionLocation(catalog, entry, region)) {
                p.distanceKm = GeoDistance::kilometres(*request.near, *location);
                p.latencyMs = LatencyMatrix::bundled().estimateMs(*p.distanceKm);
            }
        }
        out.append(p);
    }
    return out;
}

void RegionSpecProposer::rank(QList<SpecProposal>& proposals, Rank rank)
{
    const auto price = [](const SpecProposal& p) -> std::optional<double> {
        return p.spec ? p.spec->spec.costPerHour : std::nullopt;
    };
    const auto cheaper = [&price](const SpecProposal& a, const SpecProposal& b) {
        const std::optional<double> pa = price(a);
        const std::optional<double> pb = price(b);
        if (pa.has_value() != pb.has_value())
            return pa.has_value(); // unknown prices last
        return pa && *pa < *pb;
    };
    std::stable_sort(proposals.begin(), proposals.end(), [&](const SpecProposal& a, const SpecProposal& b) {
        if (rank == Rank::Latency && a.latencyMs.has_value() != b.latencyMs.has_value())
            return a.latencyMs.has_value();
        if (rank == Rank::Latency && a.latencyMs && *a.latencyMs != *b.latencyMs)
            return *a.latencyMs < *b.latencyMs;
        return cheaper(a, b);
    });
}

QString RegionSpecProposer::groupNameFor(const QString& regionKey, const QStringList& taken)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9-]+"));
    QString base = regionKey.toLower().replace(invalid, QStringLiteral("-"));
    while (base.contains(QLatin1String("--")))
        base.replace(QLatin1String("--"), QLatin1String("-"));
    while (!base.isEmpty() && !base.at(0).isLetter())
        base.remove(0, 1);
    base = base.left(InfraSpecReader::MaxNameLength - 3);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("group");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace Barista
