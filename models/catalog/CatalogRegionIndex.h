// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"
#include "models/catalog/GeoDistance.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

/// The regions table of one reader connection, cached in memory (a few hundred rows) and
/// reloaded when another connection has committed (PRAGMA data_version). It resolves what a
/// query names - providers, regions, places - to region row ids and points, so the spec and
/// image queries only bind ids.
class CatalogRegionIndex
{
public:
    struct Row
    {
        qint64 id = 0;
        CatalogRegion region; ///< zones not loaded
        bool isGlobal = false;
        QString searchText;
    };

    /// Reloads when the database changed since the last call; false on a database error.
    bool refresh(QSqlDatabase& db, QString* error);

    const Row* row(qint64 id) const;
    std::optional<qint64> find(const QString& provider, const QString& name) const;
    /// Real regions (not the per-provider "every region" rows), in provider, name order.
    const QList<qint64>& ordered() const { return m_ordered; }

    /// Ids of every region of the providers (entry id or platform: "openstack" covers
    /// "openstack-ex01"); *unknown gets the first name that matches nothing.
    QSet<qint64> providerRegions(const QStringList& providers, QString* unknown) const;
    /// Regions named by id ("ap-northeast-2", "aws/ap-northeast-2", "aws+ap-northeast-2") or, when
    /// no id matches, by a part of their names, city, country or area ("asia", "서울").
    QSet<qint64> matchRegions(const QStringList& values, QString* unknown) const;
    /// Regions whose names contain every term (trigram FTS for 3+ characters, LIKE below).
    QSet<qint64> textRegions(QSqlDatabase& db, const QStringList& terms, QString* error) const;
    /// A place: "lat,lon", a region id, or a city/country/area in English or Korean (the centre
    /// of the matching regions). nullopt when nothing matches.
    std::optional<GeoPoint> resolvePlace(const QString& place) const;
    /// Regions within radiusKm of centre, using the R*Tree as the prefilter; with distances.
    QHash<qint64, double> within(QSqlDatabase& db, const GeoPoint& centre, double radiusKm, QString* error) const;
    /// The "every region" row of a provider, if images use one.
    std::optional<qint64> globalRegion(const QString& provider) const;
    /// A row's source name (the sources table is cached with the regions).
    QString sourceName(qint64 id) const { return m_sources.value(id); }

private:
    qint64 m_dataVersion = -1;
    QHash<qint64, Row> m_rows;
    QHash<QString, qint64> m_byKey; ///< provider + '\n' + lower-case name
    QList<qint64> m_ordered;
    QHash<qint64, QString> m_sources;
};

} // namespace Barista
