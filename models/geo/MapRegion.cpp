// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MapRegion.h"

#include "models/catalog/RegionCatalog.h"

namespace Barista {

QString MapRegion::keyOf(const QString& entry, const QString& region)
{
    return entry + QLatin1Char('/') + region;
}

QList<MapRegion> MapRegion::fromCatalog(const RegionCatalog& catalog)
{
    QList<MapRegion> out;
    const QList<RegionInfo> regions = catalog.regions();
    out.reserve(regions.size());
    for (const RegionInfo& info : regions) {
        MapRegion r;
        r.key = keyOf(info.provider, info.name);
        r.entry = info.provider;
        r.provider = catalog.providerOf(info.provider);
        if (r.provider.isEmpty())
            r.provider = info.provider;
        r.region = info.name;
        r.displayName = info.displayName;
        r.latitude = info.latitude;
        r.longitude = info.longitude;
        for (const ZoneInfo& zone : info.zones)
            r.zones.append(zone.name);
        out.append(r);
    }
    return out;
}

} // namespace Barista
