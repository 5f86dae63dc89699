// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Barista {

struct ZoneInfo
{
    QString name;
    QString displayName;
    QString status; ///< "Available" or "Unavailable", as Spider reports it

    QJsonObject toJson() const;
    static ZoneInfo fromJson(const QJsonObject& json);
    bool operator==(const ZoneInfo&) const = default;
};

struct RegionInfo
{
    QString provider; ///< lower-case provider id ("aws", "gcp", ...)
    QString name;     ///< the provider's own region id ("ap-northeast-2")
    QString displayName;
    double latitude = 0;
    double longitude = 0;
    QList<ZoneInfo> zones;

    QJsonObject toJson() const;
    static RegionInfo fromJson(const QJsonObject& json);
    bool operator==(const RegionInfo&) const = default;
};

} // namespace Barista
