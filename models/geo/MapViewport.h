// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Barista {

/// Which part of the projected world a view of a given size shows: a centre in map units
/// (see MapProjection) and a zoom factor, where zoom 1 fits the whole world into the view.
/// Pixels are logical (device-independent) pixels. The centre is kept so the view never
/// shows empty space beyond the world where the world is larger than the view.
class MapViewport
{
public:
    static constexpr double MIN_ZOOM = 1.0;
    static constexpr double MAX_ZOOM = 64.0;

    MapViewport() = default;
    explicit MapViewport(const QSizeF& size);

    QSizeF size() const { return m_size; }
    void setSize(const QSizeF& size);

    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }
    /// Sets centre and zoom, clamped.
    void setView(const QPointF& center, double zoom);
    /// Back to the whole world.
    void reset();

    /// Logical pixels per map unit.
    double scale() const;
    QPointF toPixel(const QPointF& mapPoint) const;
    QPointF toMap(const QPointF& pixel) const;
    /// The part of the map that is visible, in map units.
    QRectF visibleMapRect() const;

    /// Zooms by factor keeping the map point under pixel where it is (wheel zoom).
    void zoomAt(const QPointF& pixel, double factor);
    /// Moves the map by a pixel delta (the map follows a dragging mouse).
    void panByPixels(const QPointF& delta);
    /// Shows mapRect as large as possible with paddingPx logical pixels around it, never
    /// zooming further in than maxZoom.
    void fitMapRect(const QRectF& mapRect, double paddingPx, double maxZoom = MAX_ZOOM);

    bool operator==(const MapViewport&) const = default;

private:
    void clampCenter();

    QSizeF m_size { 800, 450 };
    QPointF m_center;
    double m_zoom = 1.0;
};

} // namespace Barista
