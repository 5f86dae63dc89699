// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogSearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Barista {

/// WHERE conditions and their values, in placeholder order.
struct CatalogSearch::Clause
{
    QStringList conditions;
    QVariantList values;

    void add(const QString& condition, const QVariantList& conditionValues = {})
    {
        conditions.append(condition);
        values.append(conditionValues);
    }
    QString sql() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    }
};

namespace {

thread_local QList<CatalogSearch::TracedStatement> t_trace;

using Clause = CatalogSearch::Clause;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1String(", "));
}

QVariantList sortedIds(const QSet<qint64>& ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QVariantList values;
    values.reserve(sorted.size());
    for (const qint64 id : sorted)
        values.append(id);
    return values;
}

/// The smallest string above every string that starts with prefix.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

QString ftsAllOf(const QStringList& terms)
{
    QStringList quoted;
    for (QString term : terms)
        quoted.append(QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    return quoted.join(QLatin1String(" AND "));
}

/// Names matching every term: 3+ characters through the trigram index (substring), shorter
/// terms as a prefix through the lower-case name index.
void addTextTerms(Clause& where, const QString& column, const QString& table, const QStringList& terms)
{
    QStringList longTerms;
    for (const QString& term : terms) {
        const QString lower = term.toLower();
        if (lower.size() >= 3) {
            longTerms.append(lower);
        } else if (!lower.isEmpty()) {
            where.add(QStringLiteral("%1 IN (SELECT id FROM %2 WHERE name_lc >= ? AND name_lc < ?)").arg(column, table),
                { lower, prefixEnd(lower) });
        }
    }
    if (!longTerms.isEmpty())
        where.add(QStringLiteral("%1 IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)").arg(column, table),
            { ftsAllOf(longTerms) });
}

void addRange(Clause& where, const QString& column, const NumericRange& range)
{
    if (range.min)
        where.add(QStringLiteral("%1 %2 ?").arg(column, range.minInclusive ? QLatin1String(">=") : QLatin1String(">")),
            { *range.min });
    if (range.max)
        where.add(QStringLiteral("%1 %2 ?").arg(column, range.maxInclusive ? QLatin1String("<=") : QLatin1String("<")),
            { *range.max });
}

QString normalizeArch(const QString& arch)
{
    const QString lower = arch.toLower();
    if (lower == QLatin1String("amd64") || lower == QLatin1String("x86") || lower == QLatin1String("x64"))
        return QStringLiteral("x86_64");
    if (lower == QLatin1String("aarch64") || lower == QLatin1String("arm"))
        return QStringLiteral("arm64");
    return lower;
}

void addArch(Clause& where, const QString& column, const QStringList& architectures)
{
    if (architectures.isEmpty())
        return;
    QVariantList values;
    for (const QString& arch : architectures)
        values.append(normalizeArch(arch));
    where.add(QStringLiteral("%1 IN (%2)").arg(column, placeholders(values.size())), values);
}

QDateTime fromSecs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

/// Matches up to this many are fetched by id and sorted; see CatalogSearch::specs().
constexpr int PROBE_ROWS = 2000;

const QString SPEC_COLUMNS = QStringLiteral(
    "s.region_id, s.zone, n.name, s.vcpu, s.memory_gib, s.arch, s.gpu_model, s.gpu_count, s.gpu_memory_gib,"
    " s.disk_gib, s.price, s.spot_price, s.currency, s.all_regions, s.source_id, s.fetched_at");

} // namespace

CatalogSearch::CatalogSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CatalogSearch::TracedStatement> CatalogSearch::lastStatements()
{
    return t_trace;
}

void CatalogSearch::clearTrace()
{
    t_trace.clear();
}

void CatalogSearch::trace(const QString& sql, const QVariantList& values)
{
    t_trace.append(TracedStatement { sql, values });
}

const CatalogRegionIndex* CatalogSearch::regionIndex(QString* error)
{
    return m_index.refresh(m_db, error) ? &m_index : nullptr;
}

bool CatalogSearch::select(const QString& sql, const QVariantList& values, QSqlQuery* query, QString* error)
{
    t_trace.append(TracedStatement { sql, values });
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = query->lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        // A null QString would bind as NULL, which matches nothing; callers mean "".
        const QVariant& value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query->bindValue(i, nullText ? QVariant(QString::fromLatin1("", 0)) : value);
    }
    if (!query->exec()) {
        if (error)
            *error = query->lastError().text();
        return false;
    }
    return true;
}

qint64 CatalogSearch::count(const QString& from, const QString& where, const QVariantList& values, QString* error)
{
    QSqlQuery query(m_db);
    if (!select(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1").arg(from) + where + QStringLiteral(" LIMIT ?)"),
            values + QVariantList { PROBE_ROWS + 1 }, &query, error)
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool CatalogSearch::nameHits(
    const QString& table, const QStringList& terms, Clause& where, const QString& column, bool* none, QString* error)
{
    *none = false;
    if (terms.isEmpty())
        return true;
    // The matching names go to a per-connection TEMP table once: the trigram search for a common
    // term costs milliseconds, and the count and the page would otherwise both repeat it.
    const QString hits = QStringLiteral("temp.%1_hits").arg(table);
    Clause names;
    addTextTerms(names, QStringLiteral("id"), table, terms);
    QSqlQuery query(m_db);
    if (!select(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1_hits(id INTEGER PRIMARY KEY)").arg(table), {},
            &query, error)
        || !select(QStringLiteral("DELETE FROM %1").arg(hits), {}, &query, error)
        || !select(QStringLiteral("INSERT INTO %1 SELECT id FROM %2").arg(hits, table) + names.sql(), names.values,
            &query, error))
        return false;
    *none = query.numRowsAffected() == 0;
    where.add(QStringLiteral("%1 IN (SELECT id FROM %2)").arg(column, hits));
    return true;
}

CatalogSpec CatalogSearch::specFromRow(const QSqlQuery& query) const
{
    CatalogSpec row;
    const CatalogRegionIndex::Row* region = m_index.row(query.value(0).toLongLong());
    if (region) {
        row.spec.provider = region->region.region.provider;
        row.spec.region = region->region.region.name;
        row.regionDisplayName = region->region.region.displayName;
        row.regionNameKo = region->region.nameKo;
    }
    row.zone = query.value(1).toString();
    row.spec.name = query.value(2).toString();
    row.spec.vcpu = query.value(3).toInt();
    row.spec.memoryGiB = query.value(4).toDouble();
    row.spec.architecture = query.value(5).toString();
    row.spec.gpuModel = query.value(6).toString();
    row.spec.gpuCount = query.value(7).toInt();
    row.spec.gpuMemoryGiB = query.value(8).toDouble();
    row.spec.diskGiB = query.value(9).toInt();
    row.spec.costPerHour = optionalDouble(query.value(10));
    row.spec.spotCostPerHour = optionalDouble(query.value(11));
    row.spec.currency = query.value(12).toString();
    row.allRegions = query.value(13).toBool();
    row.source = m_index.sourceName(query.value(14).toLongLong());
    row.fetchedAt = fromSecs(query.value(15));
    return row;
}

QList<CatalogSpec> CatalogSearch::specs(
    const SpecFilter& filter, const SpecOrder& order, int limit, int offset, QString* error)
{
    if (!m_index.refresh(m_db, error) || (filter.regionIds && filter.regionIds->isEmpty()) || limit <= 0)
        return {};
    Clause where;
    if (filter.regionIds)
        where.add(QStringLiteral("s.region_id IN (%1)").arg(placeholders(filter.regionIds->size())),
            sortedIds(*filter.regionIds));
    bool none = false;
    if (!nameHits(QStringLiteral("spec_names"), filter.text, where, QStringLiteral("s.name_id"), &none, error) || none)
        return {};
    if (!filter.exactName.isEmpty())
        where.add(QStringLiteral("s.name_id = (SELECT id FROM spec_names WHERE name = ?)"), { filter.exactName });
    if (!filter.gpuModels.isEmpty()) {
        QStringList any;
        QVariantList keys;
        for (const QString& model : filter.gpuModels) {
            if (model == QLatin1String("any")) {
                any.append(QStringLiteral("s.gpu_key IS NOT NULL"));
            } else if (model == QLatin1String("none")) {
                any.append(QStringLiteral("s.gpu_key IS NULL"));
            } else {
                // "a100" is the A100 and its variants ("a100-80gb"), not the A10 or the A100X: the
                // stored keys in that range, read from the (gpu_key, price) index.
                QSqlQuery query(m_db);
                if (!select(QStringLiteral("SELECT DISTINCT gpu_key FROM specs WHERE gpu_key >= ? AND gpu_key < ?"),
                        { model, QString(model + QLatin1Char('.')) }, &query, error))
                    return {};
                while (query.next()) {
                    const QString key = query.value(0).toString();
                    if (key == model || key.startsWith(model + QLatin1Char('-')))
                        keys.append(key);
                }
            }
        }
        if (!keys.isEmpty())
            any.append(QStringLiteral("s.gpu_key IN (%1)").arg(placeholders(keys.size())));
        if (any.isEmpty())
            return {}; // no spec has that accelerator
        where.add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'), keys);
    }
    addArch(where, QStringLiteral("s.arch"), filter.architectures);
    addRange(where, QStringLiteral("s.vcpu"), filter.vcpu);
    addRange(where, QStringLiteral("s.memory_gib"), filter.memoryGiB);
    addRange(where, QStringLiteral("s.gpu_count"), filter.gpuCount);
    addRange(where, QStringLiteral("s.gpu_memory_gib"), filter.gpuMemoryGiB);
    addRange(where, QStringLiteral("s.disk_gib"), filter.diskGiB);
    if (filter.price.isSet() || filter.spotPrice.isSet())
        where.add(QStringLiteral("s.currency = ?"), { filter.currency });
    addRange(where, QStringLiteral("s.price"), filter.price);
    addRange(where, QStringLiteral("s.spot_price"), filter.spotPrice);

    // A bounded count decides the plan. Up to PROBE_ROWS matches: let the filters' index find them
    // all and sort them (cheap, whatever the order). More: the matches are dense, so walking an
    // index in the wanted order (the covering (currency, price, ...) index for a price sort) meets
    // `limit` of them quickly. Left alone, SQLite walks the price index even for a rare GPU or a
    // small region.
    bool small = false;
    {
        const qint64 matches = count(QStringLiteral("specs s"), where.sql(), where.values, error);
        if (matches <= 0)
            return {};
        small = matches <= PROBE_ROWS;
    }
    const SortKey::Field firstKey = order.keys.isEmpty() ? SortKey::Name : order.keys.first().field;
    if (!small
        && (firstKey == SortKey::Price || firstKey == SortKey::Spot || firstKey == SortKey::Vcpu
            || firstKey == SortKey::Memory || firstKey == SortKey::Gpus)) {
        // Many matches, ordered by an indexed column: walk that index. The unary "+" keeps the
        // name and region conditions from becoming the driver (which would sort every match);
        // the walk tests them on the index's own columns.
        for (QString& condition : where.conditions) {
            if (condition.startsWith(QLatin1String("s.region_id")) || condition.startsWith(QLatin1String("s.name_id")))
                condition.prepend(QLatin1Char('+'));
        }
    }

    // ORDER BY. Unknown values sort last in either direction (NULL is the smallest value in
    // SQLite, so a descending key needs no extra term).
    const auto priceColumn = [](SortKey::Field field) {
        return field == SortKey::Spot ? QStringLiteral("s.spot_price") : QStringLiteral("s.price");
    };
    QString with;
    QVariantList withValues;
    bool joinKey = false;
    bool joinRegions = order.semanticTieBreak;
    QStringList orderTerms;
    QVariantList orderValues;
    const bool split = !small && !order.keys.isEmpty()
        && (order.keys.first().field == SortKey::Price || order.keys.first().field == SortKey::Spot);
    const auto nullsLast = [](const QString& column, bool descending) {
        return descending ? QStringList { column + QStringLiteral(" DESC") }
                          : QStringList { column + QStringLiteral(" IS NULL"), column };
    };
    for (int i = split ? 1 : 0; i < order.keys.size(); ++i) {
        const SortKey& key = order.keys.at(i);
        const QString direction = key.descending ? QStringLiteral(" DESC") : QString();
        switch (key.field) {
        case SortKey::Price:
        case SortKey::Spot:
            orderTerms << QStringLiteral("(s.currency = ? AND %1 IS NOT NULL) DESC").arg(priceColumn(key.field))
                       << priceColumn(key.field) + direction;
            orderValues << filter.currency;
            break;
        case SortKey::Vcpu:
            orderTerms << nullsLast(QStringLiteral("s.vcpu"), key.descending);
            break;
        case SortKey::Memory:
            orderTerms << nullsLast(QStringLiteral("s.memory_gib"), key.descending);
            break;
        case SortKey::Gpus:
            orderTerms << QStringLiteral("s.gpu_count") + direction;
            break;
        case SortKey::GpuMemory:
            orderTerms << nullsLast(QStringLiteral("s.gpu_memory_gib"), key.descending);
            break;
        case SortKey::Distance:
            if (!order.regionKey.isEmpty()) {
                joinKey = true;
                orderTerms << nullsLast(QStringLiteral("k.key"), key.descending);
            }
            break;
        case SortKey::Name:
            orderTerms << QStringLiteral("n.name") + direction;
            break;
        case SortKey::Provider:
            joinRegions = true;
            orderTerms << QStringLiteral("r.provider") + direction;
            break;
        case SortKey::Region:
            joinRegions = true;
            orderTerms << QStringLiteral("r.provider") + direction << QStringLiteral("r.name") + direction;
            break;
        }
    }
    if (order.semanticTieBreak)
        orderTerms << QStringLiteral("r.provider") << QStringLiteral("r.name") << QStringLiteral("n.name")
                   << QStringLiteral("s.zone");
    else
        orderTerms << QStringLiteral("s.id");
    if (joinKey) {
        QList<qint64> ids = order.regionKey.keys();
        std::sort(ids.begin(), ids.end());
        QStringList rows;
        for (const qint64 id : std::as_const(ids)) {
            rows.append(QStringLiteral("(?, ?)"));
            withValues << id << order.regionKey.value(id);
        }
        with = QStringLiteral("WITH k(region_id, key) AS (VALUES %1) ").arg(rows.join(QLatin1String(", ")));
    }
    // CROSS JOIN fixes the loop order: specs drive (an index walk in the wanted order), names follow.
    const QString from = QStringLiteral(" FROM specs s CROSS JOIN spec_names n ON n.id = s.name_id")
        + (joinRegions ? QStringLiteral(" JOIN regions r ON r.id = s.region_id") : QString())
        + (joinKey ? QStringLiteral(" LEFT JOIN k ON k.region_id = s.region_id") : QString());

    const auto runPhase
        = [&](const QString& extraCondition, const QVariantList& extraValues, const QStringList& leadTerms,
              const QVariantList& leadValues, int phaseLimit, int phaseOffset, QList<CatalogSpec>* out) {
              Clause phase = where;
              if (!extraCondition.isEmpty())
                  phase.add(extraCondition, extraValues);
              const QString sql = with + QStringLiteral("SELECT ") + SPEC_COLUMNS + from + phase.sql()
                  + QStringLiteral(" ORDER BY ") + (leadTerms + orderTerms).join(QLatin1String(", "))
                  + QStringLiteral(" LIMIT ? OFFSET ?");
              const QVariantList values
                  = withValues + phase.values + leadValues + orderValues + QVariantList { phaseLimit, phaseOffset };
              QSqlQuery query(m_db);
              if (!select(sql, values, &query, error))
                  return false;
              while (query.next())
                  out->append(specFromRow(query));
              return true;
          };

    QList<CatalogSpec> result;
    if (!split) {
        if (!runPhase(QString(), {}, {}, {}, limit, offset, &result))
            return {};
    } else {
        // Priced rows first through the (currency, price) index, then the unknown ones: one
        // ORDER BY over both would sort every matching row.
        const SortKey& first = order.keys.first();
        const QString column = priceColumn(first.field);
        // With a GPU filter the (gpu_key, price) index is the walk: the unary "+" keeps SQLite off
        // the price index, where a rare and pricey GPU would sit deep.
        const QString plus = filter.gpuModels.isEmpty() ? QString() : QStringLiteral("+");
        const QString priced = QStringLiteral("%1s.currency = ? AND %1%2 IS NOT NULL").arg(plus, column);
        if (!runPhase(priced, { filter.currency },
                { column + (first.descending ? QStringLiteral(" DESC") : QString()) }, {}, offset + limit, 0, &result))
            return {};
        const int pricedCount = static_cast<int>(result.size());
        if (pricedCount < offset + limit
            && !runPhase(QStringLiteral("NOT (%1)").arg(priced), { filter.currency }, {}, {},
                offset + limit - pricedCount, 0, &result))
            return {};
        result = result.mid(offset, limit);
    }
    return result;
}

QList<CatalogImage> CatalogSearch::images(const ImageFilter& query, int limit, int offset, QString* error)
{
    if (!m_index.refresh(m_db, error) || (query.regionIds && query.regionIds->isEmpty()) || limit <= 0)
        return {};
    Clause where;
    if (query.regionIds) {
        // Images offered in every region belong to any region of their provider.
        QSet<qint64> ids = *query.regionIds;
        for (const qint64 id : *query.regionIds) {
            if (const CatalogRegionIndex::Row* row = m_index.row(id)) {
                if (const auto global = m_index.globalRegion(row->region.region.provider))
                    ids.insert(*global);
            }
        }
        // With text the name index drives (and orders); "+" keeps the region index out of it.
        where.add(QStringLiteral("%1i.region_id IN (%2)")
                      .arg(query.text.isEmpty() ? QString() : QStringLiteral("+"), placeholders(ids.size())),
            sortedIds(ids));
    }
    bool none = false;
    if (!nameHits(QStringLiteral("image_names"), query.text, where, QStringLiteral("i.name_id"), &none, error) || none)
        return {};
    if (!query.operatingSystems.isEmpty()) {
        QStringList any;
        QVariantList values;
        for (const QString& os : query.operatingSystems) {
            if (os == QLatin1String("linux") || os == QLatin1String("windows")) {
                any.append(QStringLiteral("i.os_type = ?"));
                values << (os == QLatin1String("linux") ? QStringLiteral("Linux") : QStringLiteral("Windows"));
            } else {
                any.append(QStringLiteral("(i.os_key >= ? AND i.os_key < ?)"));
                values << os << prefixEnd(os);
            }
        }
        where.add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'), values);
    }
    addArch(where, QStringLiteral("i.arch"), query.architectures);
    if (count(QStringLiteral("images i"), where.sql(), where.values, error) <= 0)
        return {};
    QStringList orderTerms;
    bool joinRegions = false;
    for (const SortKey& key : query.sort) {
        const QString direction = key.descending ? QStringLiteral(" DESC") : QString();
        if (key.field == SortKey::Name) {
            orderTerms << QStringLiteral("n.name") + direction;
        } else if (key.field == SortKey::Provider || key.field == SortKey::Region) {
            joinRegions = true;
            orderTerms << QStringLiteral("r.provider") + direction;
            if (key.field == SortKey::Region)
                orderTerms << QStringLiteral("r.name") + direction;
        }
    }
    // Without a sort: catalog order, which is the order of the index that finds the rows (names
    // for text, the region key for a region filter), so a page never sorts every match.
    if (!query.text.isEmpty())
        orderTerms << QStringLiteral("i.name_id") << QStringLiteral("i.region_id");
    else if (query.regionIds)
        orderTerms << QStringLiteral("i.region_id") << QStringLiteral("i.image_id");
    orderTerms << QStringLiteral("i.id");
    const QString sql
        = QStringLiteral("SELECT i.region_id, i.image_id, n.name, i.os_type, i.os_distribution, i.os_version,"
                         " i.arch, i.gpu_ready, i.k8s_ready, i.status, i.source_id, i.fetched_at"
                         " FROM images i CROSS JOIN image_names n ON n.id = i.name_id")
        + (joinRegions ? QStringLiteral(" JOIN regions r ON r.id = i.region_id") : QString()) + where.sql()
        + QStringLiteral(" ORDER BY ") + orderTerms.join(QLatin1String(", ")) + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery rows(m_db);
    if (!select(sql, where.values + QVariantList { limit, offset }, &rows, error))
        return {};
    QList<CatalogImage> result;
    while (rows.next()) {
        CatalogImage image;
        if (const CatalogRegionIndex::Row* region = m_index.row(rows.value(0).toLongLong())) {
            image.image.provider = region->region.region.provider;
            image.image.region = region->region.region.name;
        }
        image.image.id = rows.value(1).toString();
        image.image.name = rows.value(2).toString();
        image.image.osType = rows.value(3).toString();
        image.image.osDistribution = rows.value(4).toString();
        image.image.osVersion = rows.value(5).toString();
        image.image.architecture = rows.value(6).toString();
        image.image.gpuReady = rows.value(7).toBool();
        image.image.k8sReady = rows.value(8).toBool();
        image.image.status = rows.value(9).isNull() ? QStringLiteral("Available") : rows.value(9).toString();
        image.source = m_index.sourceName(rows.value(10).toLongLong());
        image.fetchedAt = fromSecs(rows.value(11));
        result.append(image);
    }
    return result;
}

} // namespace Barista
