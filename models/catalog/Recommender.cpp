// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/Recommender.h"

#include "models/catalog/CatalogReader.h"
#include "models/catalog/CatalogStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)
};

} // namespace

std::optional<RecommendRequest::Priority> RecommendRequest::priorityFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("cost") || lower == QLatin1String("price"))
        return Priority::Cost;
    if (lower == QLatin1String("performance"))
        return Priority::Performance;
    if (lower == QLatin1String("location"))
        return Priority::Location;
    if (lower == QLatin1String("latency"))
        return Priority::Latency;
    return std::nullopt;
}

QString RecommendRequest::priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Cost:
        return QStringLiteral("cost");
    case Priority::Performance:
        return QStringLiteral("performance");
    case Priority::Location:
        return QStringLiteral("location");
    case Priority::Latency:
        return QStringLiteral("latency");
    }
    return QString();
}

QJsonObject Recommendation::toJson() const
{
    QJsonObject json = spec.toJson();
    json.insert(QStringLiteral("rank"), rank);
    if (distanceKm)
        json.insert(QStringLiteral("distanceKm"), qRound(*distanceKm * 10) / 10.0);
    if (latency) {
        json.insert(QStringLiteral("latencyMs"), qRound(latency->ms * 10) / 10.0);
        json.insert(QStringLiteral("latencyEstimated"), latency->estimated);
    }
    return json;
}

QJsonObject RecommendResult::toJson() const
{
    QJsonArray array;
    for (const Recommendation& item : items)
        array.append(item.toJson());
    QJsonObject json { { QStringLiteral("recommendations"), array } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

Recommender::Recommender(const CatalogStore& store, const LatencyMatrix& latency)
    : m_store(store)
    , m_latency(latency)
{
}

RecommendResult Recommender::recommend(const RecommendRequest& request) const
{
    using Priority = RecommendRequest::Priority;
    RecommendResult result;
    if (!m_store.isOpen()) {
        result.error = Tr::tr("The catalog is not open.");
        return result;
    }
    CatalogReader* reader = m_store.reader();
    const CatalogRegionIndex* index = reader->search().regionIndex(&result.error);
    if (!index)
        return result;

    SpecFilter filter;
    const auto narrow
        = [&filter](const QSet<qint64>& ids) { filter.regionIds = filter.regionIds ? (*filter.regionIds & ids) : ids; };
    QString unknown;
    if (!request.providers.isEmpty()) {
        narrow(index->providerRegions(request.providers, &unknown));
        if (!unknown.isEmpty()) {
            result.error = Tr::tr("Unknown provider \"%1\".").arg(unknown);
            return result;
        }
    }
    if (!request.regions.isEmpty()) {
        narrow(index->matchRegions(request.regions, &unknown));
        if (!unknown.isEmpty()) {
            result.error = Tr::tr("No region matches \"%1\".").arg(unknown);
            return result;
        }
    }
    for (const QString& model : request.gpuModels)
        filter.gpuModels.append(model.toLower());
    filter.architectures = request.architectures;
    filter.vcpu = request.vcpu;
    filter.memoryGiB = request.memoryGiB;
    filter.gpuCount = request.gpuCount;
    filter.gpuMemoryGiB = request.gpuMemoryGiB;
    filter.price = request.costPerHour;
    filter.currency = request.currency;

    SpecOrder order;
    order.semanticTieBreak = true;
    const SortKey cheaper { SortKey::Price, false };
    QHash<qint64, double> distances;
    QHash<qint64, Latency> latencies;
    switch (request.priority) {
    case Priority::Cost:
        order.keys = { cheaper };
        break;
    case Priority::Performance:
        order.keys = { SortKey { SortKey::Vcpu, true }, SortKey { SortKey::Memory, true },
            SortKey { SortKey::Gpus, true }, SortKey { SortKey::GpuMemory, true }, cheaper };
        break;
    case Priority::Location: {
        const std::optional<GeoPoint> point = request.near ? request.near : index->resolvePlace(request.place);
        if (!point) {
            result.error = request.place.isEmpty() ? Tr::tr("The location priority needs a place or coordinates.")
                                                   : Tr::tr("Unknown place \"%1\".").arg(request.place);
            return result;
        }
        for (const qint64 id : index->ordered()) {
            if (const std::optional<GeoPoint> location = index->row(id)->region.location())
                distances.insert(id, GeoDistance::kilometres(*point, *location));
        }
        order.regionKey = distances;
        order.keys = { SortKey { SortKey::Distance, false }, cheaper };
        break;
    }
    case Priority::Latency: {
        // The source region: "provider/region" or a region name that only one provider uses.
        static const QRegularExpression qualified(QStringLiteral("^([^/+:]+)[/+:](.+)$"));
        const QRegularExpressionMatch match = qualified.match(request.fromRegion);
        qint64 from = 0; // row ids start at 1
        if (match.hasMatch()) {
            from = index->find(match.captured(1), match.captured(2)).value_or(0);
        } else {
            QList<qint64> named;
            for (const qint64 id : index->ordered()) {
                if (index->row(id)->region.region.name.compare(request.fromRegion, Qt::CaseInsensitive) == 0)
                    named.append(id);
            }
            if (named.size() > 1) {
                result.error = Tr::tr("Several providers have a region \"%1\"; write it as provider/region.")
                                   .arg(request.fromRegion);
                return result;
            }
            from = named.value(0, 0);
        }
        if (from == 0) {
            result.error = Tr::tr("Unknown region \"%1\".").arg(request.fromRegion);
            return result;
        }
        const CatalogRegion& source = index->row(from)->region;
        for (const qint64 id : index->ordered()) {
            const CatalogRegion& target = index->row(id)->region;
            if (const auto latency
                = m_latency.latency(source.key(), target.key(), source.location(), target.location())) {
                latencies.insert(id, *latency);
                order.regionKey.insert(id, latency->ms);
            }
        }
        order.keys = { SortKey { SortKey::Distance, false }, cheaper };
        break;
    }
    }

    const QList<CatalogSpec> specs = reader->search().specs(filter, order, qMax(1, request.limit), 0, &result.error);
    if (!result.error.isEmpty())
        return result;
    int rank = 0;
    for (const CatalogSpec& spec : specs) {
        Recommendation item;
        item.rank = ++rank;
        item.spec = spec;
        if (const std::optional<qint64> id = index->find(spec.spec.provider, spec.spec.region)) {
            if (distances.contains(*id))
                item.distanceKm = distances.value(*id);
            if (latencies.contains(*id))
                item.latency = latencies.value(*id);
        }
        item.spec.distanceKm = item.distanceKm;
        result.items.append(item);
    }
    return result;
}

} // namespace Barista
