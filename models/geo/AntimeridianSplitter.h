// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Barista {

/// Cuts geometry given as (λ, latitude) in degrees, λ relative to the central meridian and
/// inside [-180, 180], at the seam λ = ±180. An edge crosses the seam when its ends are more
/// than 180° of longitude apart (it is shorter the other way round); edges along a pole are
/// never cut.
class AntimeridianSplitter
{
public:
    /// Pieces of a closed ring, each closed again: a piece that leaves and comes back on the
    /// same side is closed along the seam; one that goes all the way round (a ring around a
    /// pole) is closed through that pole. Filling all pieces odd-even gives the ring's area.
    /// Seam edges are densified every stepDeg degrees because the seam is curved on the map.
    static QList<QList<QPointF>> splitRing(const QList<QPointF>& ring, double stepDeg = 2.0);
    /// Pieces of an open line; each piece ends on the seam where the next one starts.
    static QList<QList<QPointF>> splitPolyline(const QList<QPointF>& line);

    /// True when the edge a -> b crosses the seam.
    static bool crossesSeam(const QPointF& a, const QPointF& b);
    /// Latitude where the edge a -> b meets the seam (only meaningful when it crosses).
    static double seamLatitude(const QPointF& a, const QPointF& b);
};

} // namespace Barista
