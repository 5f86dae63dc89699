// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogInserter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <numeric>

namespace Barista {

namespace {

QString regionKey(const QString& provider, const QString& name)
{
    return provider + QLatin1Char('\n') + name.toLower();
}

template <typename T> QVariant orNull(const std::optional<T>& value)
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
const char* const SPEC_UPSERT
    = "INSERT INTO specs(region_id, zone, name_id, vcpu, memory_gib, arch, gpu_model, gpu_key, gpu_count,"
      " gpu_memory_gib, disk_gib, price, spot_price, currency, all_regions, source_id, fetched_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT(region_id, name_id, zone) DO UPDATE SET"
      " vcpu = COALESCE(excluded.vcpu, vcpu), memory_gib = COALESCE(excluded.memory_gib, memory_gib),"
      " arch = COALESCE(excluded.arch, arch),"
      " gpu_model = COALESCE(excluded.gpu_model, gpu_model), gpu_key = COALESCE(excluded.gpu_key, gpu_key),"
      " gpu_count = CASE WHEN excluded.gpu_model IS NULL THEN gpu_count ELSE excluded.gpu_count END,"
      " gpu_memory_gib = COALESCE(excluded.gpu_memory_gib, gpu_memory_gib),"
      " disk_gib = COALESCE(excluded.disk_gib, disk_gib),"
      " price = excluded.price, spot_price = excluded.spot_price, currency = excluded.currency,"
      " all_regions = excluded.all_regions, source_id = excluded.source_id, fetched_at = excluded.fetched_at"
      " WHERE NOT (excluded.all_regions = 1 AND specs.all_regions = 0)";

const char* const IMAGE_UPSERT
    = "INSERT INTO images(region_id, image_id, name_id, os_type, os_distribution, os_key, os_version, arch,"
      " gpu_ready, k8s_ready, status, source_id, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT(region_id, image_id) DO UPDATE SET name_id = excluded.name_id, os_type = excluded.os_type,"
      " os_distribution = excluded.os_distribution, os_key = excluded.os_key, os_version = excluded.os_version,"
      " arch = COALESCE(excluded.arch, arch), gpu_ready = excluded.gpu_ready, k8s_ready = excluded.k8s_ready,"
      " status = excluded.status, source_id = excluded.source_id, fetched_at = excluded.fetched_at";

/// Rows buffered in bulk mode before a sorted write: bounded memory, long sorted runs.
constexpr qsizetype BULK_ROWS = 200000;
/// Rows per INSERT in bulk mode, and the columns each row binds.
constexpr int ROWS_PER_STATEMENT = 32;
constexpr int SPEC_COLUMNS = 17;
constexpr int IMAGE_COLUMNS = 13;

/// The upsert with its one VALUES group repeated for several rows.
QString manyRows(const char* upsert, int rows)
{
    const QString sql = QString::fromLatin1(upsert);
    const qsizetype start = sql.indexOf(QLatin1String("VALUES (")) + 7;
    const qsizetype end = sql.indexOf(QLatin1Char(')'), start) + 1;
    const QString group = sql.mid(start, end - start);
    QStringList groups;
    groups.fill(group, rows);
    return sql.left(start) + groups.join(QLatin1String(", ")) + sql.mid(end);
}

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

bool CatalogInserter::ensureProvider(
    const QString& id, const QString& platform, const QString& description, QString* error)
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
    const QString& displayName, const std::optional<double>& latitude, const std::optional<double>& longitude,
    const QStringList& zones, const RegionNames& names, QString* error)
{
    if (!loadRegions(error))
        return 0;
    const QString searchText = regionSearchText({ provider, platform, name, displayName, names.nameKo, names.city,
        names.country, names.countryKo, names.area, names.areaKo });
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
        { text(provider), text(name), text(displayName), text(names.nameKo), text(names.city), text(names.country),
            text(names.countryKo), text(names.area), orNull(latitude), orNull(longitude), text(searchText) })
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

std::optional<qint64> CatalogInserter::regionId(
    const QString& provider, const QString& name, bool create, QString* error)
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
    query.addBindValue(text(global ? QString() : regionSearchText({ provider, name })));
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

qint64 CatalogInserter::nameId(QHash<QString, qint64>& cache, bool& loaded, std::optional<QSqlQuery>& insert,
    const char* table, const QString& name, QString* error)
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
    // One prepared statement per table: preparing it again for every new name (its trigger
    // feeds the FTS index) cost more than the insert itself.
    if (!insert) {
        insert.emplace(m_db);
        insert->prepare(QStringLiteral("INSERT INTO %1(name, name_lc) VALUES (?, ?)").arg(QLatin1String(table)));
    }
    insert->bindValue(0, text(name));
    insert->bindValue(1, text(name.toLower()));
    if (!execOrFail(*insert, error))
        return 0;
    const qint64 id = insert->lastInsertId().toLongLong();
    cache.insert(name, id);
    return id;
}

bool CatalogInserter::ensureSource(QString* error)
{
    if (m_sourceId)
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sources(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name"
                                 " RETURNING id"));
    query.addBindValue(text(m_source));
    if (!execOrFail(query, error) || !query.next())
        return false;
    m_sourceId = query.value(0).toLongLong();
    return true;
}

int CatalogInserter::upsertSpec(const SpecRecord& record, QString* error)
{
    if (!ensureSource(error))
        return -1;
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
    const qint64 nameRow = nameId(m_specNames, m_specNamesLoaded, m_specNameInsert, "spec_names", record.name, error);
    if (!nameRow)
        return -1;
    const auto shared = std::make_shared<const SpecRecord>(record);
    for (const qint64 region : std::as_const(regions)) {
        const PendingSpec pending { region, nameRow, allRegions, shared };
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
    bindSpec(*m_specInsert, 0, pending);
    return execOrFail(*m_specInsert, error);
}

void CatalogInserter::bindSpec(QSqlQuery& query, int i, const PendingSpec& pending) const
{
    const SpecRecord& record = *pending.record;
    const bool hasGpu = !record.gpuModel.isEmpty();
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
    query.bindValue(i++, m_sourceId);
    query.bindValue(i++, m_fetchedAt);
}

int CatalogInserter::upsertImage(const ImageRecord& record, QString* error)
{
    if (!ensureSource(error))
        return -1;
    const bool global
        = record.region.isEmpty() || record.region.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
    const std::optional<qint64> region = regionId(record.provider, global ? QString() : record.region, true, error);
    if (!region)
        return -1;
    const qint64 nameRow = nameId(m_imageNames, m_imageNamesLoaded, m_imageNameInsert, "image_names",
        record.name.isEmpty() ? record.imageId : record.name, error);
    if (!nameRow)
        return -1;
    PendingImage pending { *region, nameRow, record };
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
    bindImage(*m_imageInsert, 0, pending);
    return execOrFail(*m_imageInsert, error);
}

void CatalogInserter::bindImage(QSqlQuery& query, int i, const PendingImage& pending) const
{
    const ImageRecord& record = pending.record;
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
    // NULL is "Available", the common case, stored in no bytes.
    const bool available = record.status.isEmpty() || record.status == QLatin1String("Available");
    query.bindValue(i++, available ? QVariant() : QVariant(record.status));
    query.bindValue(i++, m_sourceId);
    query.bindValue(i++, m_fetchedAt);
}

bool CatalogInserter::flush(QString* error)
{
    // Write in the order of the unique key; sort positions, not the rows (moving the rows costs
    // more than comparing them). Equal keys keep file order, so the last one in the file wins.
    QList<qsizetype> order(m_pendingSpecs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const PendingSpec& x = m_pendingSpecs.at(a);
        const PendingSpec& y = m_pendingSpecs.at(b);
        if (x.region != y.region)
            return x.region < y.region;
        if (x.name != y.name)
            return x.name < y.name;
        const int zone = x.record->zone.compare(y.record->zone);
        return zone != 0 ? zone < 0 : a < b;
    });
    // Several rows per statement: QtSql's and SQLite's per-statement cost is paid once per group.
    if (!m_specInsertMany) {
        m_specInsertMany.emplace(m_db);
        m_specInsertMany->prepare(manyRows(SPEC_UPSERT, ROWS_PER_STATEMENT));
    }
    qsizetype done = 0;
    for (; done + ROWS_PER_STATEMENT <= order.size(); done += ROWS_PER_STATEMENT) {
        for (int row = 0; row < ROWS_PER_STATEMENT; ++row)
            bindSpec(*m_specInsertMany, row * SPEC_COLUMNS, m_pendingSpecs.at(order.at(done + row)));
        if (!execOrFail(*m_specInsertMany, error))
            return false;
    }
    for (; done < order.size(); ++done) {
        if (!writeSpec(m_pendingSpecs.at(order.at(done)), error))
            return false;
    }
    m_pendingSpecs.clear();
    order.resize(m_pendingImages.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const PendingImage& x = m_pendingImages.at(a);
        const PendingImage& y = m_pendingImages.at(b);
        if (x.region != y.region)
            return x.region < y.region;
        const int id = x.record.imageId.compare(y.record.imageId);
        return id != 0 ? id < 0 : a < b;
    });
    if (!m_imageInsertMany) {
        m_imageInsertMany.emplace(m_db);
        m_imageInsertMany->prepare(manyRows(IMAGE_UPSERT, ROWS_PER_STATEMENT));
    }
    done = 0;
    for (; done + ROWS_PER_STATEMENT <= order.size(); done += ROWS_PER_STATEMENT) {
        for (int row = 0; row < ROWS_PER_STATEMENT; ++row)
            bindImage(*m_imageInsertMany, row * IMAGE_COLUMNS, m_pendingImages.at(order.at(done + row)));
        if (!execOrFail(*m_imageInsertMany, error))
            return false;
    }
    for (; done < order.size(); ++done) {
        if (!writeImage(m_pendingImages.at(order.at(done)), error))
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
