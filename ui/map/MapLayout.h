// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/MapViewport.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <optional>

namespace Barista {

/// One thing drawn for regions: a region's own marker, a region moved aside ("fanned") so it
/// does not hide its neighbours, or a cluster bubble standing for several regions.
struct MapMarker
{
    enum class Kind
    {
        Single,
        Fanned,
        Cluster,
    };
    Kind kind = Kind::Single;
    QPointF position; ///< where it is drawn, logical pixels
    QPointF anchor; ///< the true position (the group's centre for a fanned marker)
    QList<int> regions; ///< indices into the renderer's region list; one unless a cluster
    double radius = 0;
};

/// Where the markers of the visible regions go at the current view: markers that would
/// overlap are grouped with MarkerClusterer; a small group whose members really overlap is
/// fanned out in a ring around its centre, a large one becomes a bubble with a count.
/// Pixels are logical, so the layout is the same at every device pixel ratio.
class MapLayout
{
public:
    static constexpr double MARKER_RADIUS = 5.5;
    /// Markers closer than this are grouped (fans and bubbles then stay clear of each other).
    static constexpr double CLUSTER_DISTANCE = 26.0;
    /// Groups up to this size are fanned out; larger ones become bubbles.
    static constexpr int FAN_LIMIT = 5;

    /// mapPositions: every region's position in map units; visible: whether its provider
    /// is shown (same length). Regions outside the view are left out.
    void build(const QList<QPointF>& mapPositions, const QList<bool>& visible, const MapViewport& view);

    const QList<MapMarker>& markers() const { return m_markers; }
    /// The topmost marker under a pixel (bubbles and fans are hit within their radius + 2).
    std::optional<int> markerAt(const QPointF& pixel) const;
    /// Regions whose marker or true position lies inside rect (rubber-band selection).
    QList<int> regionsIn(const QRectF& rect) const;
    /// Where a region's own marker is drawn; nullopt when hidden, off-screen or in a bubble.
    std::optional<QPointF> markerPosition(int region) const;
    /// The marker that shows a region (its own or its bubble).
    std::optional<int> markerOf(int region) const;

    static double clusterRadius(int count);

private:
    QList<MapMarker> m_markers;
    QList<QPointF> m_truePositions; ///< pixels, per region (meaningless when not shown)
    QList<int> m_markerOfRegion; ///< -1 when not shown
};

} // namespace Barista
