// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <optional>

namespace Barista {

/// The Natural Earth I projection (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2011): a
/// pseudo-cylindrical world projection given by two polynomials, with flat poles and no
/// singularities, so its inverse is one short Newton iteration.
///
/// Geographic points are QPointF(longitude, latitude) in degrees (GeoJSON order). Projected
/// "map units" are for a sphere of radius 1 with y pointing DOWN (screen order), so the world
/// spans about ±2.735 by ±1.422 around the origin. The central meridian may be moved (a
/// Pacific-centred view puts it at 150°E); everything is cut at its antipode, the seam.
class MapProjection
{
public:
    explicit MapProjection(double centralMeridian = 0);

    double centralMeridian() const { return m_lon0; }
    void setCentralMeridian(double longitude);

    /// lon - centralMeridian, wrapped into [-180, 180]; values already inside are kept as
    /// they are, so both ±180 stay on their own side of the seam.
    double relativeLongitude(double longitude) const;

    QPointF project(double longitude, double latitude) const;
    QPointF project(const QPointF& lonLat) const { return project(lonLat.x(), lonLat.y()); }
    /// Projects a longitude already relative to the central meridian (may leave ±180 slightly).
    static QPointF projectRelative(double lambdaDeg, double latitude);
    /// The (longitude, latitude) of a map point; nullopt outside the world's outline.
    std::optional<QPointF> inverse(const QPointF& mapPoint) const;

    /// The world's extent in map units (the same for every central meridian).
    static QRectF worldBounds();
    /// The world's outline (the seam on both sides plus the flat poles), closed.
    static QList<QPointF> outline(int stepsPerSide = 72);

    /// Projects a closed ring, cutting it where it crosses the seam. Each piece is closed
    /// along the seam (or through the pole, for a ring around a pole, as Antarctica); fill
    /// the pieces with the odd-even rule.
    QList<QList<QPointF>> projectRing(const QList<QPointF>& lonLatRing) const;
    /// Projects an open line, cutting it where it crosses the seam.
    QList<QList<QPointF>> projectPolyline(const QList<QPointF>& lonLatLine) const;

    /// Points along the shorter great circle from one (lon, lat) to another, both ends
    /// included; longitudes in [-180, 180] (projectPolyline cuts it at the seam).
    static QList<QPointF> greatCircle(const QPointF& fromLonLat, const QPointF& toLonLat, int segments);

private:
    QList<QPointF> relative(const QList<QPointF>& lonLat) const;
    static QList<QPointF> projectAll(const QList<QPointF>& lambdaLat);

    double m_lon0 = 0;
};

} // namespace Barista
