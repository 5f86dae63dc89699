// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapLayout.h"

#include "models/geo/MarkerClusterer.h"

#include <QLineF>

#include <cmath>
#include <numbers>

namespace Barista {

namespace {

constexpr double HIT_SLACK = 2.0;
constexpr double FAN_GAP = 1.5;

} // namespace

double MapLayout::clusterRadius(int count)
{
    return std::clamp(8.0 + 2.2 * std::log2(std::max(1, count)), 11.0, 20.0);
}

void MapLayout::build(const QList<QPointF>& mapPositions, const QList<bool>& visible, const MapViewport& view)
{
    m_markers.clear();
    const int n = int(mapPositions.size());
    m_truePositions = QList<QPointF>(n);
    m_markerOfRegion = QList<int>(n, -1);

    const QRectF screen = QRectF(QPointF(0, 0), view.size()).adjusted(-40, -40, 40, 40);
    QList<QPointF> shown;
    QList<int> shownRegion;
    for (int i = 0; i < n; ++i) {
        const QPointF pixel = view.toPixel(mapPositions.at(i));
        m_truePositions[i] = pixel;
        if (visible.value(i, true) && screen.contains(pixel)) {
            shown.append(pixel);
            shownRegion.append(i);
        }
    }

    const auto addMarker = [this](MapMarker marker) {
        for (int r : marker.regions)
            m_markerOfRegion[r] = int(m_markers.size());
        m_markers.append(marker);
    };
    const double minApart = 2 * MARKER_RADIUS + FAN_GAP;
    for (const MarkerCluster& cluster : MarkerClusterer::cluster(shown, CLUSTER_DISTANCE)) {
        const int size = int(cluster.members.size());
        if (size > FAN_LIMIT) {
            MapMarker bubble { MapMarker::Kind::Cluster, cluster.center, cluster.center, {}, clusterRadius(size) };
            for (int m : cluster.members)
                bubble.regions.append(shownRegion.at(m));
            addMarker(bubble);
            continue;
        }
        bool overlapping = false;
        for (int a = 0; a < size && !overlapping; ++a)
            for (int b = a + 1; b < size && !overlapping; ++b)
                overlapping
                    = QLineF(shown.at(cluster.members.at(a)), shown.at(cluster.members.at(b))).length() < minApart;
        if (!overlapping) {
            for (int m : cluster.members)
                addMarker({ MapMarker::Kind::Single, shown.at(m), shown.at(m), { shownRegion.at(m) }, MARKER_RADIUS });
            continue;
        }
        // A ring just wide enough that neighbouring markers touch without overlapping,
        // starting at the top and going clockwise in region order.
        const double ring = (MARKER_RADIUS + FAN_GAP) / std::sin(std::numbers::pi / size);
        for (int k = 0; k < size; ++k) {
            const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * k / size;
            const QPointF at = cluster.center + ring * QPointF(std::cos(angle), std::sin(angle));
            addMarker({ MapMarker::Kind::Fanned, at, cluster.center, { shownRegion.at(cluster.members.at(k)) },
                MARKER_RADIUS });
        }
    }
}

std::optional<int> MapLayout::markerAt(const QPointF& pixel) const
{
    // Later markers are drawn on top, so they win.
    std::optional<int> best;
    double bestDistance = 0;
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
        const MapMarker& m = m_markers.at(i);
        const double d = QLineF(m.position, pixel).length();
        if (d <= m.radius + HIT_SLACK && (!best || d < bestDistance - 0.5)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QList<int> MapLayout::regionsIn(const QRectF& rect) const
{
    const QRectF r = rect.normalized();
    QList<int> out;
    for (const MapMarker& m : m_markers) {
        for (int region : m.regions) {
            if (r.contains(m.position) || r.contains(m_truePositions.at(region)))
                out.append(region);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QPointF> MapLayout::markerPosition(int region) const
{
    const std::optional<int> marker = markerOf(region);
    if (!marker || m_markers.at(*marker).kind == MapMarker::Kind::Cluster)
        return std::nullopt;
    return m_markers.at(*marker).position;
}

std::optional<int> MapLayout::markerOf(int region) const
{
    const int marker = m_markerOfRegion.value(region, -1);
    return marker >= 0 ? std::optional<int>(marker) : std::nullopt;
}

} // namespace Barista
