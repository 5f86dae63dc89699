// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/GeoDistance.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace Barista {

namespace {
double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

double GeoDistance::kilometres(const GeoPoint& a, const GeoPoint& b)
{
    const double lat1 = radians(a.latitude);
    const double lat2 = radians(b.latitude);
    const double dLat = lat2 - lat1;
    const double dLon = radians(b.longitude - a.longitude);
    const double h
        = std::pow(std::sin(dLat / 2), 2) + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * std::asin(std::min(1.0, std::sqrt(h)));
}

void GeoDistance::boundingBox(
    const GeoPoint& centre, double radiusKm, double* minLat, double* maxLat, double* minLon, double* maxLon)
{
    const double dLat = radiusKm / EARTH_RADIUS_KM * 180.0 / std::numbers::pi;
    *minLat = std::max(-90.0, centre.latitude - dLat);
    *maxLat = std::min(90.0, centre.latitude + dLat);
    // Near a pole (or for a radius of a quarter of the globe) every longitude can be in range.
    const double polar = std::max(std::abs(*minLat), std::abs(*maxLat));
    const double cosLat = std::cos(radians(polar));
    if (polar >= 89.9 || radiusKm / EARTH_RADIUS_KM >= cosLat) {
        *minLon = -180.0;
        *maxLon = 180.0;
        return;
    }
    const double dLon
        = std::asin(std::min(1.0, std::sin(radiusKm / EARTH_RADIUS_KM) / cosLat)) * 180.0 / std::numbers::pi;
    *minLon = centre.longitude - dLon;
    *maxLon = centre.longitude + dLon;
}

std::optional<GeoPoint> GeoDistance::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false;
    bool okLon = false;
    const double lat = parts.at(0).trimmed().toDouble(&okLat);
    const double lon = parts.at(1).trimmed().toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return std::nullopt;
    return GeoPoint { lat, lon };
}

} // namespace Barista
