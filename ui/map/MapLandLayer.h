// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/MapViewport.h"

#include <QList>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace Barista {

struct MapPalette;

/// The static part of the world map: ocean, land, graticule and the world's outline. Land
/// comes from the Natural Earth outlines compiled in under ":/map" at two resolutions,
/// 1:110m for the whole world and 1:50m once zoomed in. Rings are projected once per central
/// meridian; each paint keeps only the polygons that reach the view, cuts them to it and drops
/// points closer than a fraction of a pixel, so zooming in does not cost more than the world.
/// Each polygon is filled on its own: Qt's antialiasing rasterizer is several times slower on
/// one path spanning the whole view than on many small ones.
class MapLandLayer
{
public:
    enum class Resolution
    {
        Coarse, ///< 1:110m
        Fine, ///< 1:50m
    };

    /// Zoom factor from which the 1:50m outlines are drawn.
    static constexpr double FINE_ZOOM = 2.5;

    static Resolution resolutionFor(double zoom);

    void setCentralMeridian(double longitude);
    double centralMeridian() const { return m_lon0; }

    /// Paints the layer for view onto painter (whose logical size is the view's size).
    void paint(QPainter& painter, const MapViewport& view, const MapPalette& palette);

    Resolution lastResolution() const { return m_lastResolution; }

private:
    /// One land polygon (with its holes), projected and cut at the seam.
    struct Shape
    {
        QList<QList<QPointF>> pieces; ///< map units, each closed implicitly
        QRectF bounds;
    };

    const QList<Shape>& shapes(Resolution resolution);

    double m_lon0 = 0;
    QList<Shape> m_shapes[2];
    Resolution m_lastResolution = Resolution::Coarse;
};

} // namespace Barista
