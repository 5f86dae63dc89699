// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogRegionIndex.h"
#include "models/catalog/CatalogTypes.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

class QSqlQuery;

namespace Barista {

/// Spec filters with places already resolved to region row ids (what CatalogQuery and the
/// Recommender both reduce to).
struct SpecFilter
{
    std::optional<QSet<qint64>> regionIds; ///< nullopt = every region
    QStringList text;
    QString exactName; ///< one spec name, matched exactly
    QStringList gpuModels; ///< lower case; "any" and "none" are special
    QStringList architectures;
    NumericRange vcpu;
    NumericRange memoryGiB;
    NumericRange gpuCount;
    NumericRange gpuMemoryGiB;
    NumericRange price;
    NumericRange spotPrice;
    NumericRange diskGiB;
    QString currency = QStringLiteral("USD");
};

struct SpecOrder
{
    QList<SortKey> keys;
    /// The value SortKey::Distance orders by, per region (a distance or a latency); regions
    /// without one sort last.
    QHash<qint64, double> regionKey;
    /// Break ties by provider, region, name and zone (stable across imports) rather than by row.
    bool semanticTieBreak = false;
};

struct ImageFilter
{
    std::optional<QSet<qint64>> regionIds; ///< nullopt = every region
    QStringList text;
    QStringList operatingSystems;
    QStringList architectures;
    QList<SortKey> sort; ///< name, provider and region apply; default: catalog order
};

/// The spec and image queries of one reader connection, with bound parameters only: user text
/// reaches SQLite as values (FTS5 query strings, prefixes, numbers), never as SQL. Owns the
/// connection's region cache. Not thread-safe: one per reader connection.
class CatalogSearch
{
public:
    explicit CatalogSearch(QSqlDatabase db);

    QSqlDatabase& database() { return m_db; }
    /// The region cache, refreshed when another connection has committed; null on error.
    const CatalogRegionIndex* regionIndex(QString* error);

    QList<CatalogSpec> specs(const SpecFilter& filter, const SpecOrder& order, int limit, int offset, QString* error);
    QList<CatalogImage> images(const ImageFilter& filter, int limit, int offset, QString* error);

    /// Prepares, binds and runs a statement (recorded for lastStatements()).
    bool select(const QString& sql, const QVariantList& values, QSqlQuery* query, QString* error);

    /// WHERE conditions with their values (defined in the .cpp).
    struct Clause;

    /// A statement as it was sent to SQLite, with its bound values.
    struct TracedStatement
    {
        QString sql;
        QVariantList values;
    };
    /// The statements run on this thread since clearTrace() (for the benchmark, which replays
    /// them through the plain sqlite3 C API to measure this layer's overhead).
    static QList<TracedStatement> lastStatements();
    static void clearTrace();
    /// Adds a statement run elsewhere (the region index) to this thread's trace.
    static void trace(const QString& sql, const QVariantList& values);

private:
    CatalogSpec specFromRow(const QSqlQuery& query) const;
    /// Matches of a WHERE clause, counted up to PROBE_ROWS + 1 (0 = none, -1 = error).
    qint64 count(const QString& from, const QString& where, const QVariantList& values, QString* error);
    /// Fills the connection's TEMP table of names containing every term and adds the condition
    /// "column IN (those names)"; *none when no name matches.
    bool nameHits(const QString& table, const QStringList& terms, Clause& where, const QString& column, bool* none,
        QString* error);

    QSqlDatabase m_db;
    CatalogRegionIndex m_index;
};

} // namespace Barista
