// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/MapOverlay.h"
#include "models/geo/MapRegion.h"

#include <QHash>
#include <QList>

class QPainter;

namespace Barista {

class MapProjection;
class MapViewport;
struct MapPalette;

/// Draws each infrastructure as CB-MapUI does: a translucent hull around its regions (grown
/// by a margin, with round corners), lines along great circles joining them (a minimum
/// spanning tree, so five regions get four lines, not ten) and its name above the hull. An
/// infrastructure whose regions straddle the seam gets one compact hull, drawn on both
/// sides of the map and cut to the world's outline.
class MapInfraLayer
{
public:
    struct Context
    {
        const MapViewport& view;
        const MapProjection& projection;
        const QList<MapRegion>& regions;
        const QHash<QString, int>& index;
        const MapPalette& palette;
    };

    static void paint(QPainter& painter, const Context& context, const QList<MapInfra>& infras);
    /// Longitudes relative to the central meridian (-180..180) moved by whole turns so they
    /// span the shortest arc that holds them all: the circle is cut at the widest gap.
    static QList<double> unwrapLongitudes(const QList<double>& relative);

private:
    static void paintOne(QPainter& painter, const Context& context, const MapInfra& infra, int colorIndex);
};

} // namespace Barista
