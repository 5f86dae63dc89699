// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Barista {

/// Cuts polygons to a rectangle before they are drawn, so a zoomed-in map only rasterizes
/// what can be seen (Sutherland-Hodgman; the result may run along the rectangle's edges,
/// which is harmless when the rectangle is larger than the view), and drops points that are
/// closer than a minimum distance to the previous one.
class PolygonClipper
{
public:
    /// The part of a closed ring inside rect; empty when nothing is inside.
    static QList<QPointF> clipRing(const QList<QPointF>& ring, const QRectF& rect);
    /// Points closer than minDistance to the last kept one are dropped (the first and the
    /// last point are always kept).
    static QList<QPointF> decimate(const QList<QPointF>& points, double minDistance);
};

} // namespace Barista
