// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogInserter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace Barista {

namespace {

QString regionKey(const QString& provider, const QString& name)
{
    return provider + QLatin1Char('\n') + name.toLower();
}

template<typename T>
QVariant orNull(const std::optional<T>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// QtSql binds a null QString as NULL; NOT NULL text columns want "" for "none".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(value);
}

// Newest wins, except that an "all regions" row never replaces a region-specific one, and a
// row that does not know a shape value keeps the stored one.
const char* const SPEC_UPSERT =
    "INSERT INTO specs(region_id, zone, name_id, vcpu, memory_gib, arch, gpu_model, gpu_key, gpu_count,"
    " gpu_memory_gib, disk_gib, price, spot_price, currency, all_regions, source, fetched_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(region_id, name_id, zone) DO UPDATE SET"
    " vcpu = COALESCE(excluded.vcpu, vcpu), memory_gib = COALESCE(excluded.memory_gib, memory_gib),"
    " arch = COALESCE(excluded.arch, arch),"
    " gpu_model = COALESCE(excluded.gpu_model, gpu_model), gpu_key = COALESCE(excluded.gpu_key, gpu_key),"
    " gpu_count = CASE WHEN excluded.gpu_model IS NULL THEN gpu_count ELSE excluded.gpu_count END,"
    " gpu_memory_gib = COALESCE(excluded.gpu_memory_gib, gpu_memory_gib),"
    " disk_gib = COALESCE(excluded.disk_gib, disk_gib),"
    " price = excluded.price, spot_price = excluded.spot_price, currency = excluded.currency,"
    " all_regions = excluded.all_regions, source = excluded.source, fetched_at = excluded.fetched_at"
    " WHERE NOT (excluded.all_regions = 1 AND specs.all_regions = 0)";

const char* const IMAGE_UPSERT =
    "INSERT INTO images(region_id, image_id, name_id, os_type, os_distribution, os_key, os_version, arch,"
    " gpu_ready, k8s_ready, status, source, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(region_id, image_id) DO UPDATE SET name_id = excluded.name_id, os_type = excluded.os_type,"
    " os_distribution = excluded.os_distribution, os_key = excluded.os_key, os_version = excluded.os_version,"
    " arch = COALESCE(excluded.arch, arch), gpu_ready = excluded.gpu_ready, k8s_ready = excluded.k8s_ready,"
    " status = excluded.status, source = excluded.source, fetched_at = excluded.fetched_at";

/// Rows buffered in bulk mode before a sorted write: bounded memory, long sorted runs.
constexpr qsizetype BULK_ROWS = 200000;

} // namespace

CatalogInserter::CatalogInserter(QSqlDatabase db, QString source, const QDateTime& fetchedAt)
    : m_db(std::move(db))
    , m_source(std::move(source))
    , m_fetchedAt(fetchedAt.isValid() ? fetchedAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch())
{
}

bool CatalogInserter::execOrFail(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString CatalogInserter::regionSearchText(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.isEmpty())
            kept.append(part.toLower());
    }
    return kept.join(QLatin1Char(' '));
}

bool CatalogInserter::loadRegions(QString* error)
{
    if (m_regionsLoaded)
        return true;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, provider, name, is_global FROM regions ORDER BY id"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString provider = query.value(1).toString();
        m_regions.insert(regionKey(provider, query.value(2).toString()), id);
        if (!query.value(3).toBool())
            m_providerRegions[provider].append(id);
        m_providers.insert(provider, true);
    }
    m_regionsLoaded = true;
    return true;
}

bool CatalogInserter::ensureProvider(const QString& id, const QString& platform, const QString& description,
                                     QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO providers(id, platform, description) VALUES (?, ?, ?)"
                                 // "platform = id" is the default, which must not undo a known platform.
                                 " ON CONFLICT(id) DO UPDATE SET platform = CASE WHEN excluded.platform = excluded.id"
                                 " THEN providers.platform ELSE excluded.platform END,"
                                 " description = CASE WHEN excluded.description = '' THEN description"
                                 " ELSE excluded.description END"));
    query.addBindValue(id);
    query.addBindValue(platform.isEmpty() ? id : platform);
    query.addBindValue(text(description));
    if (!execOrFail(query, error))
        return false;
    m_providers.insert(id, true);
    return true;
}

qint64 CatalogInserter::upsertRegion(const QString& provider, const QString& platform, const QString& name,
                                     const QString& displayName, const std::optional<double>& latitude,
                                     const std::optional<double>& longitude, const QStringList& zones,
                                     const RegionNames& names, QString* error)
{
    if (!loadRegions(error))
        return 0;
    const QString searchText
        = regionSearchText({provider, platform, name, displayName, names.nameKo, names.city, names.country,
                            names.countryKo, names.area, names.areaKo});
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO regions(provider, name, display_name, name_ko, city, country, country_ko, area, latitude,"
        " longitude, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        // A refresh that lacks names or coordinates keeps the stored ones.
        " ON CONFLICT(provider, name) DO UPDATE SET"
        " display_name = COALESCE(NULLIF(excluded.display_name, ''), display_name),"
        " name_ko = COALESCE(NULLIF(excluded.name_ko, ''), name_ko), city = COALESCE(NULLIF(excluded.city, ''), city),"
        " country = COALESCE(NULLIF(excluded.country, ''), country),"
        " country_ko = COALESCE(NULLIF(excluded.country_ko, ''), country_ko),"
        " area = COALESCE(NULLIF(excluded.area, ''), area), latitude = COALESCE(excluded.latitude, latitude),"
        " longitude = COALESCE(excluded.longitude, longitude), is_global = 0,"
        " search_text = CASE WHEN excluded.name_ko = '' THEN search_text ELSE excluded.search_text END"
        " RETURNING id"));
    for (const QVariant& value :
         {text(provider), text(name), text(displayName), text(names.nameKo), text(names.city), text(names.country),
          text(names.countryKo), text(names.area), orNull(latitude), orNull(longitude), text(searchText)})
        query.addBindValue(value);
    if (!execOrFail(query, error) || !query.next()) {
        if (error && error->isEmpty())
            *error = query.lastError().text();
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    const QString key = regionKey(provider, name);
    if (!m_regions.contains(key)) {
        m_regions.insert(key, id);
        m_providerRegions[provider].append(id);
    }
    QSqlQuery zone(m_db);
    zone.prepare(QStringLiteral("INSERT INTO zones(region_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& zoneName : zones) {
        zone.bindValue(0, id);
        zone.bindValue(1, text(zoneName));
        if (!execOrFail(zone, error))
            return 0;
    }
    return id;
}

std::optional<qint64> CatalogInserter::regionId(const QString& provider, const QString& name, bool create,
                                                QString* error)
{
    if (!loadRegions(error))
        return std::nullopt;
    const auto it = m_regions.constFind(regionKey(provider, name));
    if (it != m_regions.constEnd())
        return *it;
    if (!create)
        return std::nullopt;
    if (!m_providers.contains(provider) && !ensureProvider(provider, provider, QString(), error))
        return std::nullopt;
    // A region the bundled catalog does not know: searchable by its id, without a location.
    const bool global = name.isEmpty();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO regions(provider, name, display_name, is_global, search_text)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(text(provider));
    query.addBindValue(text(name));
    query.addBindValue(text(global ? QString() : name));
    query.addBindValue(global ? 1 : 0);
    query.addBindValue(text(global ? QString() : regionSearchText({provider, name})));
    if (!execOrFail(query, error))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    m_regions.insert(regionKey(provider, name), id);
    if (!global) {
        m_providerRegions[provider].append(id);
        ++m_regionsCreated;
    }
    return id;
}

QList<qint64> CatalogInserter::regionIds(const QString& provider)
{
    loadRegions(nullptr);
    return m_providerRegions.value(provider);
}

qint64 CatalogInserter::nameId(QHash<QString, qint64>& cache, bool& loaded, const char* table, const QString& name,
                               QString* error)
{
    if (!loaded) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(table)))) {
            if (error)
                *error = query.lastError().text();
            return 0;
        }
        while (query.next())
            cache.insert(query.value(1).toString(), query.value(0).toLongLong());
        loaded = true;
    }
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1(name, name_lc) VALUES (?, ?)").arg(QLatin1String(table)));
    insert.addBindValue(text(name));
    insert.addBindValue(text(name.toLower()));
    if (!execOrFail(insert, error))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    cache.insert(name, id);
    return id;
}

int CatalogInserter::upsertSpec(const SpecRecord& record, QString* error)
{
    const bool allRegions = record.region.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    QList<qint64> regions;
    if (allRegions) {
        regions = regionIds(record.provider);
    } else {
        const std::optional<qint64> id = regionId(record.provider, record.region, true, error);
        if (!id)
            return -1;
        regions.append(*id);
    }
    const qint64 nameRow = nameId(m_specNames, m_specNamesLoaded, "spec_names", record.name, error);
    if (!nameRow)
        return -1;
    const auto shared = std::make_shared<const SpecRecord>(record);
    for (const qint64 region : std::as_const(regions)) {
        const PendingSpec pending{region, nameRow, allRegions, shared};
        if (m_bulk)
            m_pendingSpecs.append(pending);
        else if (!writeSpec(pending, error))
            return -1;
    }
    if (m_bulk && m_pendingSpecs.size() >= BULK_ROWS && !flush(error))
        return -1;
    return static_cast<int>(regions.size());
}

bool CatalogInserter::writeSpec(const PendingSpec& pending, QString* error)
{
    if (!m_specInsert) {
        m_specInsert.emplace(m_db);
        m_specInsert->prepare(QString::fromLatin1(SPEC_UPSERT));
    }
    QSqlQuery& query = *m_specInsert;
    const SpecRecord& record = *pending.record;
    const bool hasGpu = !record.gpuModel.isEmpty();
    int i = 0;
    query.bindValue(i++, pending.region);
    query.bindValue(i++, text(record.zone));
    query.bindValue(i++, pending.name);
    query.bindValue(i++, orNull(record.vcpu));
    query.bindValue(i++, orNull(record.memoryGiB));
    query.bindValue(i++, textOrNull(record.architecture));
    query.bindValue(i++, textOrNull(record.gpuModel));
    query.bindValue(i++, hasGpu ? QVariant(record.gpuModel.toLower()) : QVariant());
    query.bindValue(i++, hasGpu ? record.gpuCount : 0);
    query.bindValue(i++, orNull(record.gpuMemoryGiB));
    query.bindValue(i++, orNull(record.diskGiB));
    query.bindValue(i++, orNull(record.price));
    query.bindValue(i++, orNull(record.spotPrice));
    query.bindValue(i++, record.currency.isEmpty() ? QStringLiteral("USD") : record.currency);
    query.bindValue(i++, pending.allRegions ? 1 : 0);
    query.bindValue(i++, text(m_source));
    query.bindValue(i++, m_fetchedAt);
    return execOrFail(query, error);
}

int CatalogInserter::upsertImage(const ImageRecord& record, QString* error)
{
    const bool global = record.region.isEmpty() || record.region.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    const std::optional<qint64> region = regionId(record.provider, global ? QString() : record.region, true, error);
    if (!region)
        return -1;
    const qint64 nameRow = nameId(m_imageNames, m_imageNamesLoaded, "image_names",
                                  record.name.isEmpty() ? record.imageId : record.name, error);
    if (!nameRow)
        return -1;
    PendingImage pending{*region, nameRow, record};
    if (!m_bulk)
        return writeImage(pending, error) ? 1 : -1;
    m_pendingImages.append(std::move(pending));
    if (m_pendingImages.size() >= BULK_ROWS && !flush(error))
        return -1;
    return 1;
}

bool CatalogInserter::writeImage(const PendingImage& pending, QString* error)
{
    if (!m_imageInsert) {
        m_imageInsert.emplace(m_db);
        m_imageInsert->prepare(QString::fromLatin1(IMAGE_UPSERT));
    }
    QSqlQuery& query = *m_imageInsert;
    const ImageRecord& record = pending.record;
    int i = 0;
    query.bindValue(i++, pending.region);
    query.bindValue(i++, text(record.imageId));
    query.bindValue(i++, pending.name);
    query.bindValue(i++, textOrNull(record.osType));
    query.bindValue(i++, textOrNull(record.osDistribution));
    query.bindValue(i++, record.osDistribution.isEmpty() ? QVariant() : QVariant(record.osDistribution.toLower()));
    query.bindValue(i++, textOrNull(record.osVersion));
    query.bindValue(i++, textOrNull(record.architecture));
    query.bindValue(i++, record.gpuReady ? 1 : 0);
    query.bindValue(i++, record.k8sReady ? 1 : 0);
    query.bindValue(i++, record.status.isEmpty() ? QStringLiteral("Available") : record.status);
    query.bindValue(i++, text(m_source));
    query.bindValue(i++, m_fetchedAt);
    return execOrFail(query, error);
}

bool CatalogInserter::flush(QString* error)
{
    // Sorted by the unique key; stable, so a key repeated in the file keeps its last value.
    std::stable_sort(m_pendingSpecs.begin(), m_pendingSpecs.end(), [](const PendingSpec& a, const PendingSpec& b) {
        return std::tie(a.region, a.name, a.record->zone) < std::tie(b.region, b.name, b.record->zone);
    });
    for (const PendingSpec& spec : std::as_const(m_pendingSpecs)) {
        if (!writeSpec(spec, error))
            return false;
    }
    m_pendingSpecs.clear();
    std::stable_sort(m_pendingImages.begin(), m_pendingImages.end(), [](const PendingImage& a, const PendingImage& b) {
        return a.region != b.region ? a.region < b.region : a.record.imageId < b.record.imageId;
    });
    for (const PendingImage& image : std::as_const(m_pendingImages)) {
        if (!writeImage(image, error))
            return false;
    }
    m_pendingImages.clear();
    return true;
}

bool CatalogInserter::touchFetchLog(const QString& provider, const QString& kind, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO fetch_log(provider, kind, fetched_at, source) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT(provider, kind) DO UPDATE SET fetched_at = excluded.fetched_at,"
                                 " source = excluded.source"));
    query.addBindValue(text(provider));
    query.addBindValue(text(kind));
    query.addBindValue(m_fetchedAt);
    query.addBindValue(text(m_source));
    return execOrFail(query, error);
}

} // namespace Barista
