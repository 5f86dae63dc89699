// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogReader.h"

#include "models/catalog/CatalogSchema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1String(", "));
}

} // namespace

CatalogReader::CatalogReader(QSqlDatabase db)
    : m_search(std::move(db))
{
}

CatalogSearchResult CatalogReader::run(const CatalogQuery& query)
{
    CatalogSearch::clearTrace();
    CatalogSearchResult result;
    QString error;
    const auto failed = [&result](int column, const QString& message) {
        result.error = QueryError { column, message };
        result.regions.clear();
        result.specs.clear();
        result.images.clear();
        return result;
    };
    const CatalogRegionIndex* index = m_search.regionIndex(&error);
    if (!index)
        return failed(0, error);

    // Providers, regions and near: narrow the same set of region ids.
    std::optional<QSet<qint64>> scope;
    const auto narrow = [&scope](const QSet<qint64>& ids) { scope = scope ? (*scope & ids) : ids; };
    if (!query.providers.isEmpty()) {
        QString unknown;
        const QSet<qint64> ids = index->providerRegions(query.providers, &unknown);
        if (!unknown.isEmpty())
            return failed(query.providerColumn, Tr::tr("Unknown provider \"%1\".").arg(unknown));
        narrow(ids);
    }
    if (!query.regions.isEmpty()) {
        QString unknown;
        const QSet<qint64> ids = index->matchRegions(query.regions, &unknown);
        if (!unknown.isEmpty())
            return failed(query.regionColumn, Tr::tr("No region matches \"%1\".").arg(unknown));
        narrow(ids);
    }
    QHash<qint64, double> distances;
    if (query.hasNear()) {
        result.near = query.nearPoint ? query.nearPoint : index->resolvePlace(query.near);
        if (!result.near)
            return failed(query.nearColumn, Tr::tr("Unknown place \"%1\".").arg(query.near));
        distances = index->within(m_search.database(), *result.near, query.withinKm.value_or(DEFAULT_NEAR_KM), &error);
        if (!error.isEmpty())
            return failed(0, error);
        narrow(QSet<qint64>(distances.keyBegin(), distances.keyEnd()));
    }

    if (query.wants(CatalogQuery::Kind::Regions)) {
        QList<qint64> ids;
        const QSet<qint64> textIds
            = query.text.isEmpty() ? QSet<qint64>() : index->textRegions(m_search.database(), query.text, &error);
        if (!error.isEmpty())
            return failed(0, error);
        for (const qint64 id : index->ordered()) {
            if ((!scope || scope->contains(id)) && (query.text.isEmpty() || textIds.contains(id)))
                ids.append(id);
        }
        const bool byName = !query.sort.isEmpty() && query.sort.first().field == SortKey::Name;
        if (!distances.isEmpty() && !byName) {
            std::stable_sort(ids.begin(), ids.end(),
                [&distances](qint64 a, qint64 b) { return distances.value(a) < distances.value(b); });
        }
        ids = ids.mid(query.offset, query.limit);
        for (const qint64 id : std::as_const(ids)) {
            CatalogRegion region = index->row(id)->region;
            if (distances.contains(id))
                region.distanceKm = distances.value(id);
            result.regions.append(region);
        }
        loadZones(result.regions, ids, &error);
    }
    if (query.wants(CatalogQuery::Kind::Specs) && error.isEmpty()) {
        SpecFilter filter;
        filter.regionIds = scope;
        filter.text = query.text;
        filter.gpuModels = query.gpuModels;
        filter.architectures = query.architectures;
        filter.vcpu = query.vcpu;
        filter.memoryGiB = query.memoryGiB;
        filter.gpuCount = query.gpuCount;
        filter.gpuMemoryGiB = query.gpuMemoryGiB;
        filter.price = query.price;
        filter.spotPrice = query.spotPrice;
        filter.diskGiB = query.diskGiB;
        filter.currency = query.currency;
        SpecOrder order;
        order.keys = query.sort;
        if (order.keys.isEmpty() && query.hasNear())
            order.keys = { SortKey { SortKey::Distance, false }, SortKey { SortKey::Price, false } };
        else if (order.keys.isEmpty())
            order.keys = { SortKey { SortKey::Price, false } };
        order.regionKey = distances;
        result.specs = m_search.specs(filter, order, query.limit, query.offset, &error);
        for (CatalogSpec& spec : result.specs) {
            if (const auto id = index->find(spec.spec.provider, spec.spec.region); id && distances.contains(*id))
                spec.distanceKm = distances.value(*id);
        }
    }
    if (query.wants(CatalogQuery::Kind::Images) && error.isEmpty()) {
        ImageFilter filter;
        filter.regionIds = scope;
        filter.text = query.text;
        filter.operatingSystems = query.operatingSystems;
        filter.architectures = query.architectures;
        filter.sort = query.sort;
        result.images = m_search.images(filter, query.limit, query.offset, &error);
    }
    if (!error.isEmpty())
        return failed(0, error);
    return result;
}

void CatalogReader::loadZones(QList<CatalogRegion>& regions, const QList<qint64>& ids, QString* error)
{
    if (ids.isEmpty())
        return;
    QVariantList values;
    for (const qint64 id : ids)
        values.append(id);
    QSqlQuery query(m_search.database());
    if (!m_search.select(QStringLiteral("SELECT region_id, name, display_name, status FROM zones"
                                        " WHERE region_id IN (%1) ORDER BY id")
                             .arg(placeholders(values.size())),
            values, &query, error))
        return;
    QHash<qint64, QList<ZoneInfo>> zones;
    while (query.next())
        zones[query.value(0).toLongLong()].append(
            ZoneInfo { query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
    for (int i = 0; i < regions.size() && i < ids.size(); ++i)
        regions[i].region.zones = zones.value(ids.at(i));
}

QList<CatalogRegion> CatalogReader::regions(const QString& provider, QString* error)
{
    const CatalogRegionIndex* index = m_search.regionIndex(error);
    if (!index)
        return {};
    QList<qint64> ids;
    for (const qint64 id : index->ordered()) {
        const CatalogRegion& region = index->row(id)->region;
        if (provider.isEmpty() || region.region.provider.compare(provider, Qt::CaseInsensitive) == 0
            || region.platform.compare(provider, Qt::CaseInsensitive) == 0)
            ids.append(id);
    }
    QList<CatalogRegion> result;
    for (const qint64 id : std::as_const(ids))
        result.append(index->row(id)->region);
    loadZones(result, ids, error);
    return result;
}

std::optional<CatalogSpec> CatalogReader::spec(const QString& specId, QString* error)
{
    const QStringList parts = specId.split(QLatin1Char('+'));
    const CatalogRegionIndex* index = m_search.regionIndex(error);
    if (!index || parts.size() < 3)
        return std::nullopt;
    const std::optional<qint64> region = index->find(parts.at(0), parts.at(1));
    if (!region)
        return std::nullopt;
    SpecFilter filter;
    filter.regionIds = QSet<qint64> { *region };
    // The name may itself contain "+": everything after the region is the name.
    filter.exactName = parts.mid(2).join(QLatin1Char('+'));
    SpecOrder order;
    order.semanticTieBreak = true; // the region-wide row (zone "") before the zones'
    const QList<CatalogSpec> found = m_search.specs(filter, order, 1, 0, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<GeoPoint> CatalogReader::resolvePlace(const QString& place, QString* error)
{
    const CatalogRegionIndex* index = m_search.regionIndex(error);
    return index ? index->resolvePlace(place) : std::nullopt;
}

CatalogStats CatalogReader::stats(QString* error)
{
    CatalogStats stats;
    QSqlDatabase& db = m_search.database();
    stats.path = db.databaseName();
    stats.schemaVersion = CatalogSchema::version(db);
    for (const QString& suffix : { QString(), QStringLiteral("-wal") })
        stats.databaseBytes += QFileInfo(stats.path + suffix).size();
    const CatalogRegionIndex* index = m_search.regionIndex(error);
    if (!index)
        return stats;
    QMap<QString, ProviderStats> providers;
    QSqlQuery query(db);
    if (!m_search.select(QStringLiteral("SELECT id, platform FROM providers"), {}, &query, error))
        return stats;
    while (query.next()) {
        ProviderStats& provider = providers[query.value(0).toString()];
        provider.provider = query.value(0).toString();
        provider.platform = query.value(1).toString();
    }
    for (const qint64 id : index->ordered())
        ++providers[index->row(id)->region.region.provider].regions;
    const auto perRegion = [&](const QString& sql, const std::function<void(ProviderStats&, const QSqlQuery&)>& add) {
        QSqlQuery rows(db);
        if (!m_search.select(sql, {}, &rows, error))
            return false;
        while (rows.next()) {
            if (const CatalogRegionIndex::Row* row = index->row(rows.value(0).toLongLong()))
                add(providers[row->region.region.provider], rows);
        }
        return true;
    };
    perRegion(QStringLiteral("SELECT region_id, COUNT(*) FROM zones GROUP BY region_id"),
        [](ProviderStats& p, const QSqlQuery& q) { p.zones += q.value(1).toInt(); });
    perRegion(QStringLiteral("SELECT region_id, COUNT(*), COUNT(price) FROM specs GROUP BY region_id"),
        [](ProviderStats& p, const QSqlQuery& q) {
            p.specs += q.value(1).toLongLong();
            p.pricedSpecs += q.value(2).toLongLong();
        });
    perRegion(QStringLiteral("SELECT region_id, COUNT(*) FROM images GROUP BY region_id"),
        [](ProviderStats& p, const QSqlQuery& q) { p.images += q.value(1).toLongLong(); });
    QSqlQuery log(db);
    if (m_search.select(QStringLiteral("SELECT provider, kind, fetched_at FROM fetch_log"), {}, &log, error)) {
        while (log.next())
            providers[log.value(0).toString()].fetchedAt.insert(
                log.value(1).toString(), QDateTime::fromSecsSinceEpoch(log.value(2).toLongLong(), Qt::UTC));
    }
    for (const auto& [table, target] : { std::pair { QStringLiteral("specs"), &stats.specsBySource },
             std::pair { QStringLiteral("images"), &stats.imagesBySource } }) {
        QSqlQuery sources(db);
        if (m_search.select(QStringLiteral("SELECT source_id, COUNT(*) FROM %1 GROUP BY source_id").arg(table), {},
                &sources, error)) {
            while (sources.next())
                target->insert(index->sourceName(sources.value(0).toLongLong()), sources.value(1).toLongLong());
        }
    }
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (it->provider.isEmpty())
            it->provider = it.key();
        stats.providers.append(*it);
    }
    return stats;
}

QHash<QString, double> CatalogReader::cheapestPrices(QString* error)
{
    QHash<QString, double> cheapest;
    const CatalogRegionIndex* index = m_search.regionIndex(error);
    if (!index)
        return cheapest;
    QSqlQuery rows(m_search.database());
    if (!m_search.select(QStringLiteral("SELECT region_id, MIN(price) FROM specs WHERE currency = 'USD' "
                                        "AND price IS NOT NULL GROUP BY region_id"),
                         {}, &rows, error))
        return cheapest;
    while (rows.next()) {
        if (const CatalogRegionIndex::Row* row = index->row(rows.value(0).toLongLong()))
            cheapest.insert(row->region.region.provider + QLatin1Char('/') + row->region.region.name,
                            rows.value(1).toDouble());
    }
    return cheapest;
}

} // namespace Barista
