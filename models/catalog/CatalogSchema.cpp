// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Barista {

namespace {

// Version 1. Specs and images refer to name dictionaries: a spec or image name repeats across
// every region that offers it, so the trigram index only has to cover the distinct names.
const char* const VERSION_1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // Where rows came from ("bundled:tumblebug", "skypilot-vms:gcp/vms.csv"): a small table, so a
    // row carries an integer rather than the text.
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE providers(id TEXT PRIMARY KEY, platform TEXT NOT NULL, description TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE regions(id INTEGER PRIMARY KEY, provider TEXT NOT NULL REFERENCES providers(id),"
    " name TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', name_ko TEXT NOT NULL DEFAULT '',"
    " city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '', country_ko TEXT NOT NULL DEFAULT '',"
    " area TEXT NOT NULL DEFAULT '', latitude REAL, longitude REAL, is_global INTEGER NOT NULL DEFAULT 0,"
    " search_text TEXT NOT NULL DEFAULT '', UNIQUE(provider, name))",
    "CREATE VIRTUAL TABLE regions_fts USING fts5(search_text, content='regions', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TRIGGER regions_ai AFTER INSERT ON regions BEGIN"
    " INSERT INTO regions_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER regions_ad AFTER DELETE ON regions BEGIN"
    " INSERT INTO regions_fts(regions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER regions_au AFTER UPDATE ON regions BEGIN"
    " INSERT INTO regions_fts(regions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO regions_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE VIRTUAL TABLE regions_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)",
    "CREATE TRIGGER regions_rtree_ai AFTER INSERT ON regions WHEN new.latitude IS NOT NULL BEGIN"
    " INSERT INTO regions_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude); END",
    "CREATE TRIGGER regions_rtree_au AFTER UPDATE OF latitude, longitude ON regions BEGIN"
    " DELETE FROM regions_rtree WHERE id = old.id;"
    " INSERT INTO regions_rtree SELECT new.id, new.latitude, new.latitude, new.longitude, new.longitude"
    " WHERE new.latitude IS NOT NULL; END",
    "CREATE TRIGGER regions_rtree_ad AFTER DELETE ON regions BEGIN DELETE FROM regions_rtree WHERE id = old.id; END",
    "CREATE TABLE zones(id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
    " UNIQUE(region_id, name))",

    "CREATE TABLE spec_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, name_lc TEXT NOT NULL)",
    "CREATE INDEX spec_names_lc ON spec_names(name_lc)",
    "CREATE VIRTUAL TABLE spec_names_fts USING fts5(name, content='spec_names', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TRIGGER spec_names_ai AFTER INSERT ON spec_names BEGIN"
    " INSERT INTO spec_names_fts(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER spec_names_ad AFTER DELETE ON spec_names BEGIN"
    " INSERT INTO spec_names_fts(spec_names_fts, rowid, name) VALUES ('delete', old.id, old.name); END",
    // Prices are NULL when unknown, never 0. gpu_key is the lower-case model for matching.
    "CREATE TABLE specs(id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions(id),"
    " zone TEXT NOT NULL DEFAULT '', name_id INTEGER NOT NULL REFERENCES spec_names(id),"
    " vcpu INTEGER, memory_gib REAL, arch TEXT, gpu_model TEXT, gpu_key TEXT, gpu_count INTEGER NOT NULL DEFAULT 0,"
    " gpu_memory_gib REAL, disk_gib INTEGER, price REAL CHECK (price IS NULL OR price > 0),"
    " spot_price REAL CHECK (spot_price IS NULL OR spot_price > 0), currency TEXT NOT NULL DEFAULT 'USD',"
    " all_regions INTEGER NOT NULL DEFAULT 0, source_id INTEGER NOT NULL REFERENCES sources(id),"
    " fetched_at INTEGER NOT NULL,"
    " UNIQUE(region_id, name_id, zone))",
    // The price walk of a price-sorted query tests the common filters on these columns without
    // reading the row.
    "CREATE INDEX specs_price ON specs(currency, price, region_id, vcpu, memory_gib, gpu_count, gpu_key)",
    "CREATE INDEX specs_gpu ON specs(gpu_key, price, region_id) WHERE gpu_key IS NOT NULL",
    "CREATE INDEX specs_gpu_count ON specs(gpu_count, gpu_memory_gib) WHERE gpu_key IS NOT NULL",
    "CREATE INDEX specs_name ON specs(name_id)",
    "CREATE INDEX specs_vcpu ON specs(vcpu, memory_gib, name_id, region_id)",

    "CREATE TABLE image_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, name_lc TEXT NOT NULL)",
    "CREATE INDEX image_names_lc ON image_names(name_lc)",
    "CREATE VIRTUAL TABLE image_names_fts USING fts5(name, content='image_names', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TRIGGER image_names_ai AFTER INSERT ON image_names BEGIN"
    " INSERT INTO image_names_fts(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER image_names_ad AFTER DELETE ON image_names BEGIN"
    " INSERT INTO image_names_fts(image_names_fts, rowid, name) VALUES ('delete', old.id, old.name); END",
    "CREATE TABLE images(id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions(id),"
    " image_id TEXT NOT NULL, name_id INTEGER NOT NULL REFERENCES image_names(id), os_type TEXT,"
    " os_distribution TEXT, os_key TEXT, os_version TEXT, arch TEXT, gpu_ready INTEGER NOT NULL DEFAULT 0,"
    " k8s_ready INTEGER NOT NULL DEFAULT 0, status TEXT /* NULL = Available */, source_id INTEGER NOT NULL REFERENCES "
    "sources(id),"
    " fetched_at INTEGER NOT NULL, UNIQUE(region_id, image_id))",
    // region_id in the name index: a text search within a region is decided in the index.
    "CREATE INDEX images_name ON images(name_id, region_id)",
    "CREATE INDEX images_os ON images(os_key)",
};

// Version 2: price points and per-provider fetch times (staleness).
const char* const VERSION_2[] = {
    "CREATE TABLE prices(id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL REFERENCES regions(id),"
    " product_family TEXT NOT NULL, product_id TEXT NOT NULL, pricing_model TEXT NOT NULL,"
    " price_per_hour REAL CHECK (price_per_hour IS NULL OR price_per_hour > 0), unit TEXT NOT NULL DEFAULT 'Hrs',"
    " currency TEXT NOT NULL DEFAULT 'USD', source TEXT NOT NULL, fetched_at INTEGER NOT NULL,"
    " UNIQUE(region_id, product_family, product_id, pricing_model))",
    "CREATE TABLE fetch_log(provider TEXT NOT NULL, kind TEXT NOT NULL, fetched_at INTEGER NOT NULL,"
    " source TEXT NOT NULL DEFAULT '', PRIMARY KEY(provider, kind))",
};

template <std::size_t N> QStringList statements(const char* const (&list)[N])
{
    QStringList result;
    for (const char* statement : list)
        result.append(QString::fromLatin1(statement));
    return result;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error
            = QCoreApplication::translate("CatalogSchema", "%1 (in: %2)").arg(query.lastError().text(), sql.left(80));
    return false;
}

} // namespace

int CatalogSchema::version(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CatalogSchema::configure(QSqlDatabase& db, bool writer, QString* error)
{
    // Foreign keys stay off (SQLite's default): the REFERENCES clauses document the schema, and
    // CatalogInserter creates every parent row before its children. Enforcing them would make
    // each new spec or image name scan its child table while a bulk import has dropped the
    // child's index.
    QStringList pragmas
        = { QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA busy_timeout = 10000") };
    if (writer) {
        // WAL lets readers run while the single writer imports; NORMAL sync is safe with WAL
        // (a crash loses at most the last transaction, never corrupts).
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL")
                << QStringLiteral("PRAGMA cache_size = -65536") << QStringLiteral("PRAGMA temp_store = MEMORY");
    } else {
        // Readers only read the catalog; their TEMP tables hold search hits, so no query_only.
        pragmas << QStringLiteral("PRAGMA cache_size = -32768") << QStringLiteral("PRAGMA temp_store = MEMORY");
    }
    for (const QString& pragma : std::as_const(pragmas)) {
        if (!exec(db, pragma, error))
            return false;
    }
    return true;
}

bool CatalogSchema::migrate(QSqlDatabase& db, QString* error, int targetVersion)
{
    const int current = version(db);
    if (current < 0) {
        if (error)
            *error = QCoreApplication::translate("CatalogSchema", "Cannot read the catalog schema version.");
        return false;
    }
    if (current > CURRENT_VERSION) {
        if (error)
            *error = QCoreApplication::translate("CatalogSchema",
                "The catalog was written by a newer Barista (schema %1; this one "
                "understands up to %2).")
                         .arg(current)
                         .arg(CURRENT_VERSION);
        return false;
    }
    const QList<QStringList> steps = { statements(VERSION_1), statements(VERSION_2) };
    for (int next = current + 1; next <= targetVersion && next <= CURRENT_VERSION; ++next) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString& sql : steps.at(next - 1)) {
            if (!(ok = exec(db, sql, error)))
                break;
        }
        // PRAGMA user_version is transactional in SQLite, so the step and its number commit together.
        if (!ok || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next), error) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace Barista
