// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/BundledCatalog.h"

#include "models/catalog/RegionCatalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtDebug>
#include <memory>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundledCatalog)
};

const QString FINGERPRINT_KEY = QStringLiteral("bundle_fingerprint");

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<double> jsonNumber(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

bool importSpecs(QSqlDatabase& db, QString* error)
{
    QFile file(QStringLiteral(":/catalog/specs.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The bundled spec catalog is missing.");
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QLatin1String("schemaVersion")).toInt() != 1) {
        *error = Tr::tr("Unsupported bundled spec catalog schema version.");
        return false;
    }
    // One inserter per source, each stamped with its source's date.
    QHash<QString, std::shared_ptr<CatalogInserter>> inserters;
    for (const QJsonValue& sourceValue : json.value(QLatin1String("sources")).toArray()) {
        const QJsonObject source = sourceValue.toObject();
        const QDateTime date(QDate::fromString(source.value(QLatin1String("date")).toString(), Qt::ISODate),
            QTime(0, 0), QTimeZone::utc());
        const QString id = source.value(QLatin1String("id")).toString();
        inserters.insert(id, std::make_shared<CatalogInserter>(db, QStringLiteral("bundled:%1").arg(id), date));
    }
    QHash<QString, int> column;
    const QJsonArray columns = json.value(QLatin1String("columns")).toArray();
    for (int i = 0; i < columns.size(); ++i)
        column.insert(columns.at(i).toString(), i);
    const auto at
        = [&column](const QJsonArray& row, const char* name) { return row.at(column.value(QLatin1String(name), -1)); };
    QHash<QString, QString> providerSource; // provider -> source of its rows, for the fetch log
    for (const QJsonValue& rowValue : json.value(QLatin1String("specs")).toArray()) {
        const QJsonArray row = rowValue.toArray();
        SpecRecord record;
        record.provider = at(row, "provider").toString();
        record.region = at(row, "region").toString();
        record.name = at(row, "name").toString();
        if (const auto vcpu = jsonNumber(at(row, "vcpu")))
            record.vcpu = static_cast<int>(*vcpu);
        record.memoryGiB = jsonNumber(at(row, "memoryGiB"));
        record.architecture = at(row, "arch").toString();
        record.gpuModel = at(row, "gpuModel").toString();
        record.gpuCount = at(row, "gpuCount").toInt();
        record.gpuMemoryGiB = jsonNumber(at(row, "gpuMemoryGiB"));
        if (const auto disk = jsonNumber(at(row, "diskGiB")))
            record.diskGiB = static_cast<int>(*disk);
        record.price = jsonNumber(at(row, "price"));
        record.currency = at(row, "currency").toString(QStringLiteral("USD"));
        const QString sourceId = at(row, "source").toString();
        const auto inserter = inserters.value(sourceId);
        if (!inserter) {
            *error = Tr::tr("A bundled spec names an unknown source.");
            return false;
        }
        if (inserter->upsertSpec(record, error) < 0)
            return false;
        providerSource.insert(record.provider, sourceId);
    }
    for (auto it = providerSource.cbegin(); it != providerSource.cend(); ++it) {
        if (!inserters.value(it.value())->touchFetchLog(it.key(), QStringLiteral("specs"), error))
            return false;
    }
    return true;
}

} // namespace

QByteArray BundledCatalog::resource(const char* name)
{
    QFile file(QStringLiteral(":/catalog/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray BundledCatalog::fingerprint()
{
    static const QByteArray hash = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* name : { "regions.json", "region_names_ko.json", "specs.json" })
            hash.addData(resource(name));
        return hash.result().toHex().left(16);
    }();
    return hash;
}

const QHash<QString, RegionNames>& BundledCatalog::regionNames()
{
    static const QHash<QString, RegionNames> names = [] {
        QHash<QString, RegionNames> result;
        const QJsonObject root = QJsonDocument::fromJson(resource("region_names_ko.json")).object();
        const QJsonObject areas = root.value(QLatin1String("areas")).toObject();
        const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
        const QJsonObject entries = root.value(QLatin1String("regions")).toObject();
        for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
            const QJsonObject regions = entry.value().toObject();
            for (auto region = regions.begin(); region != regions.end(); ++region) {
                const QJsonObject row = region.value().toObject();
                const QJsonObject country = countries.value(row.value(QLatin1String("country")).toString()).toObject();
                RegionNames names;
                names.nameKo = row.value(QLatin1String("ko")).toString();
                names.city = row.value(QLatin1String("city")).toString();
                names.country = country.value(QLatin1String("en")).toString();
                names.countryKo = country.value(QLatin1String("ko")).toString();
                names.area = row.value(QLatin1String("area")).toString(country.value(QLatin1String("area")).toString());
                names.areaKo = areas.value(names.area).toString();
                result.insert(entry.key() + QLatin1Char('\n') + region.key(), names);
            }
        }
        if (result.isEmpty())
            qWarning("BundledCatalog: no region names in :/catalog/region_names_ko.json");
        return result;
    }();
    return names;
}

RegionNames BundledCatalog::regionNames(const QString& entry, const QString& region)
{
    return regionNames().value(entry + QLatin1Char('\n') + region);
}

bool BundledCatalog::importInto(QSqlDatabase& db, bool force, bool* imported, QString* error)
{
    *imported = false;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(FINGERPRINT_KEY);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (!force && query.next() && query.value(0).toByteArray() == fingerprint())
            return true;
    }
    const RegionCatalog& catalog = RegionCatalog::bundled();
    if (catalog.regionCount() == 0) {
        *error = Tr::tr("The bundled region catalog is missing.");
        return false;
    }
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const auto fail = [&db]() {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    };
    CatalogInserter inserter(
        db, QStringLiteral("bundled:cloudinfo"), QDateTime(QDate(2026, 8, 22), QTime(0, 0), QTimeZone::utc()));
    for (const QString& entry : catalog.entries()) {
        if (!inserter.ensureProvider(entry, catalog.providerOf(entry), QString(), error))
            return fail();
        for (const RegionInfo& region : catalog.regions(entry)) {
            QStringList zones;
            for (const ZoneInfo& zone : region.zones)
                zones.append(zone.name);
            if (!inserter.upsertRegion(entry, catalog.providerOf(entry), region.name, region.displayName,
                    region.latitude, region.longitude, zones, regionNames(entry, region.name), error))
                return fail();
        }
        if (!inserter.touchFetchLog(entry, QStringLiteral("regions"), error))
            return fail();
    }
    if (!importSpecs(db, error))
        return fail();
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    meta.addBindValue(FINGERPRINT_KEY);
    meta.addBindValue(QString::fromLatin1(fingerprint()));
    if (!meta.exec()) {
        *error = meta.lastError().text();
        return fail();
    }
    if (!exec(db, QStringLiteral("COMMIT"), error))
        return fail();
    *imported = true;
    return true;
}

} // namespace Barista
