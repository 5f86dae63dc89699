// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Barista {

/// A point on the Earth in degrees.
struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;

    bool operator==(const GeoPoint&) const = default;
};

/// Great-circle math for nearest-region queries and latency estimates.
class GeoDistance
{
public:
    /// Mean Earth radius (IUGG), the same as resources/tools/convert_catalog.py uses for its fit.
    static constexpr double EARTH_RADIUS_KM = 6371.0088;

    /// Haversine distance in kilometres.
    static double kilometres(const GeoPoint& a, const GeoPoint& b);
    /// The latitude/longitude box that contains every point within radiusKm of centre (for the
    /// R*Tree prefilter). Longitudes may leave [-180, 180] near the antimeridian; the caller then
    /// also searches the box shifted by 360 degrees.
    static void boundingBox(
        const GeoPoint& centre, double radiusKm, double* minLat, double* maxLat, double* minLon, double* maxLon);
    /// Parses "lat,lon" (decimal degrees, optional spaces); nullopt when malformed or out of range.
    static std::optional<GeoPoint> parse(const QString& text);
};

} // namespace Barista
