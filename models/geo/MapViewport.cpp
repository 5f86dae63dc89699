// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MapViewport.h"

#include "models/geo/MapProjection.h"

#include <algorithm>
#include <cmath>

namespace Barista {

namespace {

// A small margin keeps the outline's curve clear of the view's edges at zoom 1.
constexpr double FIT_MARGIN = 0.97;

} // namespace

MapViewport::MapViewport(const QSizeF& size)
{
    setSize(size);
}

void MapViewport::setSize(const QSizeF& size)
{
    m_size = QSizeF(std::max(1.0, size.width()), std::max(1.0, size.height()));
    clampCenter();
}

void MapViewport::setView(const QPointF& center, double zoom)
{
    m_zoom = std::isfinite(zoom) ? std::clamp(zoom, MIN_ZOOM, MAX_ZOOM) : MIN_ZOOM;
    m_center = center;
    clampCenter();
}

void MapViewport::reset()
{
    setView(QPointF(), MIN_ZOOM);
}

double MapViewport::scale() const
{
    const QRectF world = MapProjection::worldBounds();
    const double fit = std::min(m_size.width() / world.width(), m_size.height() / world.height()) * FIT_MARGIN;
    return fit * m_zoom;
}

QPointF MapViewport::toPixel(const QPointF& mapPoint) const
{
    return (mapPoint - m_center) * scale() + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::toMap(const QPointF& pixel) const
{
    return (pixel - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale() + m_center;
}

QRectF MapViewport::visibleMapRect() const
{
    return QRectF(toMap(QPointF(0, 0)), toMap(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::zoomAt(const QPointF& pixel, double factor)
{
    const QPointF anchor = toMap(pixel);
    m_zoom = std::clamp(m_zoom * factor, MIN_ZOOM, MAX_ZOOM);
    // Put the anchor back under the pixel: centre = anchor - (pixel - half size) / scale.
    m_center = anchor - (pixel - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale();
    clampCenter();
}

void MapViewport::panByPixels(const QPointF& delta)
{
    m_center -= delta / scale();
    clampCenter();
}

void MapViewport::fitMapRect(const QRectF& mapRect, double paddingPx, double maxZoom)
{
    const QRectF rect = mapRect.normalized();
    const double availableW = std::max(1.0, m_size.width() - 2 * paddingPx);
    const double availableH = std::max(1.0, m_size.height() - 2 * paddingPx);
    const double zoom1Scale = scale() / m_zoom;
    double zoom = MAX_ZOOM;
    if (rect.width() > 0)
        zoom = std::min(zoom, availableW / (rect.width() * zoom1Scale));
    if (rect.height() > 0)
        zoom = std::min(zoom, availableH / (rect.height() * zoom1Scale));
    setView(rect.center(), std::min(zoom, maxZoom));
}

void MapViewport::clampCenter()
{
    // Where the world is wider (taller) than the view, keep the view inside it; where it is
    // narrower, centre it.
    const QRectF world = MapProjection::worldBounds();
    const double halfW = m_size.width() / 2 / scale();
    const double halfH = m_size.height() / 2 / scale();
    const auto clampAxis = [](double value, double lo, double hi, double half) {
        if (hi - lo <= 2 * half)
            return (lo + hi) / 2;
        return std::clamp(value, lo + half, hi - half);
    };
    m_center.setX(clampAxis(m_center.x(), world.left(), world.right(), halfW));
    m_center.setY(clampAxis(m_center.y(), world.top(), world.bottom(), halfH));
}

} // namespace Barista
