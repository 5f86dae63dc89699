// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/RegionInfo.h"

#include "models/domain/DomainJson.h"

#include <QJsonArray>

namespace Barista {

using DomainJson::read;

QJsonObject ZoneInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("displayName"), displayName },
        { QStringLiteral("status"), status },
    };
}

ZoneInfo ZoneInfo::fromJson(const QJsonObject& json)
{
    ZoneInfo zone;
    read(json, "name", zone.name);
    read(json, "displayName", zone.displayName);
    read(json, "status", zone.status);
    return zone;
}

QJsonObject RegionInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("name"), name },
        { QStringLiteral("displayName"), displayName },
        { QStringLiteral("latitude"), latitude },
        { QStringLiteral("longitude"), longitude },
        { QStringLiteral("zones"), DomainJson::listToJson(zones) },
    };
}

RegionInfo RegionInfo::fromJson(const QJsonObject& json)
{
    RegionInfo region;
    read(json, "provider", region.provider);
    read(json, "name", region.name);
    read(json, "displayName", region.displayName);
    read(json, "latitude", region.latitude);
    read(json, "longitude", region.longitude);
    // Zones may be objects or bare names (the form Cloud-Barista's own files use).
    const QJsonArray zones = json.value(QLatin1String("zones")).toArray();
    for (const QJsonValue& zone : zones) {
        if (zone.isObject())
            region.zones.append(ZoneInfo::fromJson(zone.toObject()));
        else if (zone.isString())
            region.zones.append(ZoneInfo { zone.toString(), QString(), QString() });
    }
    return region;
}

} // namespace Barista
