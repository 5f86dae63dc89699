// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>

namespace Barista {

/// Geometry of the outlines drawn around an infrastructure's regions.
class MapHull
{
public:
    /// Convex hull (Andrew's monotone chain); points closer than 0.5 px count as one. The
    /// result runs clockwise on screen (positive signed area in y-down coordinates).
    static QList<QPointF> convexHull(QList<QPointF> points);
    /// The hull grown by padding with round corners (a Minkowski sum with a disc): a circle
    /// for one point, a stadium for two. Corners are sampled every 12 degrees: a polygon
    /// fills and strokes much faster than a path of arcs.
    static QPolygonF roundedHull(const QList<QPointF>& points, double padding);
};

} // namespace Barista
