// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

class RegionCatalog;

/// One region as the world map shows it.
struct MapRegion
{
    QString key; ///< "entry/region", e.g. "aws/ap-northeast-2", "openstack-ex01/RegionOne"
    QString entry; ///< the catalog entry id (RegionInfo::provider)
    QString provider; ///< the provider it belongs to, which picks its colour ("openstack")
    QString region; ///< the provider's region id
    QString displayName; ///< English display name from the catalog
    double latitude = 0;
    double longitude = 0;
    QStringList zones;

    static QString keyOf(const QString& entry, const QString& region);
    /// Every region of the catalog, in catalog order.
    static QList<MapRegion> fromCatalog(const RegionCatalog& catalog);

    bool operator==(const MapRegion&) const = default;
};

} // namespace Barista
