// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogRegionIndex.h"

#include "models/catalog/CatalogSearch.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace Barista {

namespace {

QString key(const QString& provider, const QString& name)
{
    return provider + QLatin1Char('\n') + name.toLower();
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

/// An FTS5 query that requires every term as a substring: each term is a quoted string.
QString ftsAllOf(const QStringList& terms)
{
    QStringList quoted;
    for (QString term : terms)
        quoted.append(QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    return quoted.join(QLatin1String(" AND "));
}

} // namespace

bool CatalogRegionIndex::refresh(QSqlDatabase& db, QString* error)
{
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA data_version")) || !version.next()) {
        if (error)
            *error = version.lastError().text();
        return false;
    }
    const qint64 dataVersion = version.value(0).toLongLong();
    if (dataVersion == m_dataVersion && !m_rows.isEmpty())
        return true;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT r.id, r.provider, COALESCE(p.platform, r.provider), r.name, r.display_name, r.name_ko, r.city,"
            " r.country, r.country_ko, r.area, r.latitude, r.longitude, r.is_global, r.search_text"
            " FROM regions r LEFT JOIN providers p ON p.id = r.provider ORDER BY r.provider, r.name"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    m_rows.clear();
    m_byKey.clear();
    m_ordered.clear();
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        CatalogRegion& region = row.region;
        region.region.provider = query.value(1).toString();
        region.platform = query.value(2).toString();
        region.region.name = query.value(3).toString();
        region.region.displayName = query.value(4).toString();
        region.nameKo = query.value(5).toString();
        region.city = query.value(6).toString();
        region.country = query.value(7).toString();
        region.countryKo = query.value(8).toString();
        region.area = query.value(9).toString();
        region.hasLocation = !query.value(10).isNull() && !query.value(11).isNull();
        region.region.latitude = query.value(10).toDouble();
        region.region.longitude = query.value(11).toDouble();
        row.isGlobal = query.value(12).toBool();
        row.searchText = query.value(13).toString();
        m_byKey.insert(key(region.region.provider, region.region.name), row.id);
        if (!row.isGlobal)
            m_ordered.append(row.id);
        m_rows.insert(row.id, row);
    }
    m_sources.clear();
    if (!query.exec(QStringLiteral("SELECT id, name FROM sources"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_sources.insert(query.value(0).toLongLong(), query.value(1).toString());
    m_dataVersion = dataVersion;
    return true;
}

const CatalogRegionIndex::Row* CatalogRegionIndex::row(qint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : &*it;
}

std::optional<qint64> CatalogRegionIndex::find(const QString& provider, const QString& name) const
{
    const auto it = m_byKey.constFind(key(provider, name));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<qint64> CatalogRegionIndex::globalRegion(const QString& provider) const
{
    return find(provider, QString());
}

QSet<qint64> CatalogRegionIndex::providerRegions(const QStringList& providers, QString* unknown) const
{
    QSet<qint64> result;
    for (const QString& provider : providers) {
        bool any = false;
        for (const Row& row : m_rows) {
            if (row.region.region.provider.compare(provider, Qt::CaseInsensitive) == 0
                || row.region.platform.compare(provider, Qt::CaseInsensitive) == 0) {
                result.insert(row.id);
                any = true;
            }
        }
        if (!any && unknown && unknown->isEmpty())
            *unknown = provider;
    }
    return result;
}

QSet<qint64> CatalogRegionIndex::matchRegions(const QStringList& values, QString* unknown) const
{
    static const QRegularExpression qualified(QStringLiteral("^([^/+:]+)[/+:](.+)$"));
    QSet<qint64> result;
    for (const QString& value : values) {
        QSet<qint64> matches;
        const QRegularExpressionMatch match = qualified.match(value);
        if (match.hasMatch()) {
            if (const auto id = find(match.captured(1).toLower(), match.captured(2)))
                matches.insert(*id);
        }
        for (const qint64 id : m_ordered) {
            if (m_rows.value(id).region.region.name.compare(value, Qt::CaseInsensitive) == 0)
                matches.insert(id);
        }
        if (matches.isEmpty()) {
            const QString lower = value.toLower();
            for (const qint64 id : m_ordered) {
                if (m_rows.value(id).searchText.contains(lower))
                    matches.insert(id);
            }
        }
        if (matches.isEmpty() && unknown && unknown->isEmpty())
            *unknown = value;
        result.unite(matches);
    }
    return result;
}

QSet<qint64> CatalogRegionIndex::textRegions(QSqlDatabase& db, const QStringList& terms, QString* error) const
{
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString& term : terms)
        (term.size() >= 3 ? longTerms : shortTerms).append(term.toLower());
    QString sql = QStringLiteral("SELECT id FROM regions WHERE is_global = 0");
    if (!longTerms.isEmpty())
        sql += QStringLiteral(" AND id IN (SELECT rowid FROM regions_fts WHERE regions_fts MATCH ?)");
    // Trigrams need three characters; one- and two-character terms ("서울") use LIKE over the
    // few hundred region rows instead.
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
    QVariantList values;
    if (!longTerms.isEmpty())
        values.append(ftsAllOf(longTerms));
    for (const QString& term : std::as_const(shortTerms))
        values.append(QString(QLatin1Char('%') + escapeLike(term) + QLatin1Char('%')));
    CatalogSearch::trace(sql, values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    QSet<qint64> result;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong());
    return result;
}

std::optional<GeoPoint> CatalogRegionIndex::resolvePlace(const QString& place) const
{
    if (const std::optional<GeoPoint> point = GeoDistance::parse(place))
        return point;
    const QString lower = place.trimmed().toLower();
    if (lower.isEmpty())
        return std::nullopt;
    const auto centre = [this](const QList<qint64>& ids) -> std::optional<GeoPoint> {
        double lat = 0;
        double lon = 0;
        int count = 0;
        for (const qint64 id : ids) {
            const CatalogRegion& region = m_rows.value(id).region;
            if (region.hasLocation) {
                lat += region.region.latitude;
                lon += region.region.longitude;
                ++count;
            }
        }
        if (count == 0)
            return std::nullopt;
        return GeoPoint { lat / count, lon / count };
    };
    // A region id first, then a city or Korean name, then a country, then any part of the names.
    QString ignored;
    QList<qint64> ids;
    static const QRegularExpression qualified(QStringLiteral("^([^/+:]+)[/+:](.+)$"));
    const QRegularExpressionMatch match = qualified.match(lower);
    if (match.hasMatch()) {
        if (const auto id = find(match.captured(1), match.captured(2)))
            ids.append(*id);
    }
    const QList<std::function<bool(const CatalogRegion&)>> tiers = {
        [&lower](const CatalogRegion& r) { return r.region.name.toLower() == lower; },
        [&lower](const CatalogRegion& r) {
            return r.city.toLower() == lower || r.nameKo.toLower() == lower
                || r.nameKo.section(QLatin1Char(' '), 0, 0) == lower;
        },
        [&lower](const CatalogRegion& r) { return r.country.toLower() == lower || r.countryKo == lower; },
    };
    for (const auto& tier : tiers) {
        if (!ids.isEmpty())
            break;
        for (const qint64 id : m_ordered) {
            if (tier(m_rows.value(id).region))
                ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        for (const qint64 id : m_ordered) {
            if (m_rows.value(id).searchText.contains(lower))
                ids.append(id);
        }
    }
    return centre(ids);
}

QHash<qint64, double> CatalogRegionIndex::within(
    QSqlDatabase& db, const GeoPoint& centre, double radiusKm, QString* error) const
{
    double minLat = 0, maxLat = 0, minLon = 0, maxLon = 0;
    GeoDistance::boundingBox(centre, radiusKm, &minLat, &maxLat, &minLon, &maxLon);
    // The R*Tree keeps 32-bit floats rounded outwards; a small margin keeps edge points in the
    // prefilter, and the exact great-circle test below decides.
    constexpr double MARGIN = 0.01;
    minLat -= MARGIN;
    maxLat += MARGIN;
    minLon -= MARGIN;
    maxLon += MARGIN;
    // Across the antimeridian the box is searched as two boxes.
    QList<std::pair<double, double>> lonRanges = { { std::max(-180.0, minLon), std::min(180.0, maxLon) } };
    if (minLon < -180)
        lonRanges.append({ minLon + 360, 180 });
    if (maxLon > 180)
        lonRanges.append({ -180, maxLon - 360 });
    QHash<qint64, double> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM regions_rtree WHERE min_lat >= ? AND max_lat <= ?"
                                 " AND min_lon >= ? AND max_lon <= ?"));
    for (const auto& [low, high] : std::as_const(lonRanges)) {
        CatalogSearch::trace(query.lastQuery(), { minLat, maxLat, low, high });
        query.bindValue(0, minLat);
        query.bindValue(1, maxLat);
        query.bindValue(2, low);
        query.bindValue(3, high);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return {};
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const Row* region = row(id);
            if (!region || region->isGlobal)
                continue;
            const double km = GeoDistance::kilometres(
                centre, GeoPoint { region->region.region.latitude, region->region.region.longitude });
            if (km <= radiusKm)
                result.insert(id, km);
        }
    }
    return result;
}

} // namespace Barista
