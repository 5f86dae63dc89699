// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogRefreshWriter.h"

#include "models/catalog/BundledCatalog.h"
#include "models/catalog/CatalogInserter.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <memory>

namespace Barista {

namespace {

/// One refresh transaction: BEGIN IMMEDIATE now, ROLLBACK unless commit() succeeds.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db, CatalogWriteResult* result)
        : m_db(db)
        , m_result(result)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            result->error = query.lastError().text();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool active() const { return m_active; }
    CatalogWriteResult& commit()
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("COMMIT"))) {
            m_active = false;
            m_result->ok = true;
        } else {
            m_result->error = query.lastError().text();
        }
        return *m_result;
    }
    CatalogWriteResult& fail(const QString& error)
    {
        m_result->error = error;
        m_result->ok = false;
        return *m_result;
    }

private:
    QSqlDatabase& m_db;
    CatalogWriteResult* m_result;
    bool m_active = false;
};

SpecRecord toRecord(const QString& provider, const SpecInfo& spec)
{
    SpecRecord record;
    record.provider = provider;
    record.region = spec.region;
    record.name = spec.name;
    if (spec.vcpu > 0)
        record.vcpu = spec.vcpu;
    if (spec.memoryGiB > 0)
        record.memoryGiB = spec.memoryGiB;
    record.architecture = spec.architecture;
    record.gpuModel = spec.gpuModel;
    record.gpuCount = spec.gpuModel.isEmpty() ? 0 : spec.gpuCount;
    if (spec.gpuMemoryGiB > 0)
        record.gpuMemoryGiB = spec.gpuMemoryGiB;
    if (spec.diskGiB > 0)
        record.diskGiB = spec.diskGiB;
    if (spec.costPerHour && *spec.costPerHour > 0)
        record.price = spec.costPerHour;
    if (spec.spotCostPerHour && *spec.spotCostPerHour > 0)
        record.spotPrice = spec.spotCostPerHour;
    record.currency = spec.currency;
    return record;
}

/// What is stored for a spec, as comparable values (an unknown new value keeps the stored one,
/// so it counts as unchanged).
QVariantList specValues(const SpecRecord& r)
{
    const auto opt = [](const auto& value) { return value ? QVariant(*value) : QVariant(); };
    return { opt(r.vcpu), opt(r.memoryGiB), r.architecture, r.gpuModel, r.gpuCount, opt(r.gpuMemoryGiB), opt(r.diskGiB),
        opt(r.price), opt(r.spotPrice), r.currency };
}

bool sameValues(const QVariantList& stored, const QVariantList& fresh, const QSet<int>& keepWhenUnknown)
{
    for (int i = 0; i < stored.size(); ++i) {
        const QVariant& now = fresh.at(i);
        const bool unknown = now.isNull() || (now.typeId() == QMetaType::QString && now.toString().isEmpty());
        if (unknown && keepWhenUnknown.contains(i))
            continue;
        if (stored.at(i).isNull() != now.isNull() || stored.at(i).toString() != now.toString())
            return false;
    }
    return true;
}

/// A region's stored rows by key (spec name, image id): row id and the compared values.
using StoredRows = QHash<QString, std::pair<qint64, QVariantList>>;

/// Runs `sql` (columns: id, key, then the compared values) for one region; `asText` compares
/// the values as text (NULL as empty).
bool readStored(QSqlDatabase& db, const QString& sql, qint64 region, bool asText, StoredRows* rows, QString* error)
{
    QSqlQuery stored(db);
    stored.prepare(sql);
    stored.addBindValue(region);
    if (!stored.exec()) {
        *error = stored.lastError().text();
        return false;
    }
    const int columns = stored.record().count();
    while (stored.next()) {
        QVariantList values;
        for (int column = 2; column < columns; ++column)
            values.append(asText ? QVariant(stored.value(column).toString()) : stored.value(column));
        rows->insert(stored.value(1).toString(), { stored.value(0).toLongLong(), values });
    }
    return true;
}

/// Counts a fresh row as inserted, unchanged or updated and takes it off the stored list.
void countFresh(StoredRows& stored, const QString& key, const QVariantList& fresh, const QSet<int>& keepWhenUnknown,
    CatalogWriteResult& result)
{
    const auto found = stored.constFind(key);
    if (found == stored.constEnd())
        ++result.inserted;
    else if (sameValues(found->second, fresh, keepWhenUnknown))
        ++result.unchanged;
    else
        ++result.updated;
    stored.remove(key);
}

/// Deletes the stored rows the provider no longer lists.
bool deleteLeftovers(QSqlDatabase& db, const QString& table, const StoredRows& leftovers, CatalogWriteResult& result,
    QString* error)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (const auto& [id, values] : leftovers) {
        remove.bindValue(0, id);
        if (!remove.exec()) {
            *error = remove.lastError().text();
            return false;
        }
        ++result.deleted;
    }
    return true;
}

} // namespace

CatalogWriteResult CatalogRefreshWriter::replaceSpecs(QSqlDatabase& db, const QString& provider,
    const QList<SpecInfo>& specs, const QString& source, const QDateTime& fetchedAt)
{
    CatalogWriteResult result;
    Transaction transaction(db, &result);
    if (!transaction.active())
        return result;
    CatalogInserter inserter(db, source, fetchedAt);
    QString error;
    QMap<QString, QList<SpecRecord>> byRegion;
    for (const SpecInfo& spec : specs)
        byRegion[spec.region].append(toRecord(provider, spec));
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        const std::optional<qint64> region = inserter.regionId(provider, it.key(), true, &error);
        if (!region)
            return transaction.fail(error);
        StoredRows existing;
        if (!readStored(db,
                QStringLiteral("SELECT s.id, n.name, s.vcpu, s.memory_gib, COALESCE(s.arch, ''), COALESCE(s.gpu_model, ''),"
                               " s.gpu_count, s.gpu_memory_gib, s.disk_gib, s.price, s.spot_price, s.currency"
                               " FROM specs s JOIN spec_names n ON n.id = s.name_id WHERE s.region_id = ? AND s.zone = ''"),
                *region, false, &existing, &error))
            return transaction.fail(error);
        for (const SpecRecord& record : it.value()) {
            countFresh(existing, record.name, specValues(record), { 0, 1, 2, 5, 6 }, result);
            if (inserter.upsertSpec(record, &error) < 0)
                return transaction.fail(error);
        }
        if (!deleteLeftovers(db, QStringLiteral("specs"), existing, result, &error))
            return transaction.fail(error);
    }
    if (!inserter.touchFetchLog(provider, QStringLiteral("specs"), &error))
        return transaction.fail(error);
    return transaction.commit();
}

CatalogWriteResult CatalogRefreshWriter::replaceImages(QSqlDatabase& db, const QString& provider,
    const QList<ImageInfo>& images, const QString& source, const QDateTime& fetchedAt)
{
    CatalogWriteResult result;
    Transaction transaction(db, &result);
    if (!transaction.active())
        return result;
    CatalogInserter inserter(db, source, fetchedAt);
    QString error;
    QMap<QString, QList<ImageInfo>> byRegion;
    for (const ImageInfo& image : images)
        byRegion[image.region].append(image);
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        const std::optional<qint64> region = inserter.regionId(provider, it.key(), true, &error);
        if (!region)
            return transaction.fail(error);
        StoredRows existing;
        if (!readStored(db,
                QStringLiteral("SELECT i.id, i.image_id, n.name, i.os_type, i.os_distribution, i.os_version, i.arch,"
                               " i.gpu_ready, i.k8s_ready, COALESCE(i.status, 'Available') FROM images i"
                               " JOIN image_names n ON n.id = i.name_id WHERE i.region_id = ?"),
                *region, true, &existing, &error))
            return transaction.fail(error);
        for (const ImageInfo& image : it.value()) {
            ImageRecord record { provider, image.region, image.id, image.name, image.osType, image.osDistribution,
                image.osVersion, image.architecture, image.gpuReady, image.k8sReady, image.status };
            const QVariantList fresh = { record.name.isEmpty() ? record.imageId : record.name, record.osType,
                record.osDistribution, record.osVersion, record.architecture, QString::number(record.gpuReady ? 1 : 0),
                QString::number(record.k8sReady ? 1 : 0), record.status };
            countFresh(existing, record.imageId, fresh, { 4 }, result);
            if (inserter.upsertImage(record, &error) < 0)
                return transaction.fail(error);
        }
        if (!deleteLeftovers(db, QStringLiteral("images"), existing, result, &error))
            return transaction.fail(error);
    }
    if (!inserter.touchFetchLog(provider, QStringLiteral("images"), &error))
        return transaction.fail(error);
    return transaction.commit();
}

CatalogWriteResult CatalogRefreshWriter::upsertRegions(QSqlDatabase& db, const QString& provider,
    const QList<RegionInfo>& regions, const QString& source, const QDateTime& fetchedAt)
{
    CatalogWriteResult result;
    Transaction transaction(db, &result);
    if (!transaction.active())
        return result;
    CatalogInserter inserter(db, source, fetchedAt);
    QString error;
    if (!inserter.ensureProvider(provider, provider, QString(), &error))
        return transaction.fail(error);
    for (const RegionInfo& region : regions) {
        const bool known = inserter.regionId(provider, region.name, false, &error).has_value();
        // (0, 0) is how an adapter says "no coordinates"; the stored ones are kept then.
        const bool located = region.latitude != 0 || region.longitude != 0;
        QStringList zones;
        for (const ZoneInfo& zone : region.zones)
            zones.append(zone.name);
        if (!inserter.upsertRegion(provider, QString(), region.name, region.displayName,
                located ? std::optional<double>(region.latitude) : std::nullopt,
                located ? std::optional<double>(region.longitude) : std::nullopt, zones,
                BundledCatalog::regionNames(provider, region.name), &error))
            return transaction.fail(error);
        ++(known ? result.updated : result.inserted);
    }
    if (!inserter.touchFetchLog(provider, QStringLiteral("regions"), &error))
        return transaction.fail(error);
    return transaction.commit();
}

CatalogWriteResult CatalogRefreshWriter::upsertPrices(
    QSqlDatabase& db, const QList<PriceInfo>& prices, const QString& source)
{
    CatalogWriteResult result;
    Transaction transaction(db, &result);
    if (!transaction.active())
        return result;
    QString error;
    QMap<QDateTime, std::shared_ptr<CatalogInserter>> inserters;
    QSet<QString> providers;
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO prices(region_id, product_family, product_id, pricing_model, price_per_hour, unit, currency,"
        " source, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(region_id, product_family, product_id, pricing_model) DO UPDATE SET"
        " price_per_hour = excluded.price_per_hour, unit = excluded.unit, currency = excluded.currency,"
        " source = excluded.source, fetched_at = excluded.fetched_at"));
    for (const PriceInfo& price : prices) {
        const QDateTime fetched = price.fetchedAt.isValid() ? price.fetchedAt : QDateTime::currentDateTimeUtc();
        std::shared_ptr<CatalogInserter>& inserter = inserters[fetched];
        if (!inserter)
            inserter = std::make_shared<CatalogInserter>(db, source, fetched);
        const std::optional<qint64> region = inserter->regionId(price.provider, price.region, true, &error);
        if (!region)
            return transaction.fail(error);
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM prices WHERE region_id = ? AND product_family = ?"
                                      " AND product_id = ? AND pricing_model = ?"));
        for (const QVariant& value : { QVariant(*region), QVariant(price.productFamily), QVariant(price.productId),
                 QVariant(price.pricingModel) })
            exists.addBindValue(value);
        if (!exists.exec())
            return transaction.fail(exists.lastError().text());
        ++(exists.next() ? result.updated : result.inserted);
        const QVariant value
            = price.pricePerHour && *price.pricePerHour > 0 ? QVariant(*price.pricePerHour) : QVariant();
        int i = 0;
        for (const QVariant& bound : { QVariant(*region), QVariant(price.productFamily), QVariant(price.productId),
                 QVariant(price.pricingModel), value, QVariant(price.unit), QVariant(price.currency), QVariant(source),
                 QVariant(fetched.toSecsSinceEpoch()) })
            upsert.bindValue(i++, bound);
        if (!upsert.exec())
            return transaction.fail(upsert.lastError().text());
        upsert.finish();
        if (price.productFamily == QLatin1String("Compute")) {
            const bool spot = price.pricingModel.compare(QLatin1String("Spot"), Qt::CaseInsensitive) == 0;
            QSqlQuery spec(db);
            spec.prepare(QStringLiteral("UPDATE specs SET %1 = ?, currency = ?, fetched_at = ?"
                                        " WHERE region_id = ? AND name_id = (SELECT id FROM spec_names WHERE name = ?)")
                             .arg(spot ? QLatin1String("spot_price") : QLatin1String("price")));
            for (const QVariant& bound : { value, QVariant(price.currency), QVariant(fetched.toSecsSinceEpoch()),
                     QVariant(*region), QVariant(price.productId) })
                spec.addBindValue(bound);
            if (!spec.exec())
                return transaction.fail(spec.lastError().text());
        }
        providers.insert(price.provider);
    }
    if (!inserters.isEmpty()) {
        const auto newest = inserters.last();
        for (const QString& provider : std::as_const(providers)) {
            if (!newest->touchFetchLog(provider, QStringLiteral("prices"), &error))
                return transaction.fail(error);
        }
    }
    return transaction.commit();
}

} // namespace Barista
