// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapLandLayer.h"

#include "models/geo/LandShapes.h"
#include "models/geo/MapProjection.h"
#include "models/geo/PolygonClipper.h"
#include "ui/map/MapPalette.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace Barista {

namespace {

// Cut rings to the view grown by this much, so the cut edges stay out of sight.
constexpr double CLIP_MARGIN = 8;
// Points closer than this (logical pixels) to the previous one add nothing visible.
constexpr double MIN_SEGMENT = 0.6;

// Loaded once per process on first use; 1:50m only when someone zooms in.
const LandShapes& landShapes(MapLandLayer::Resolution resolution)
{
    const auto load = [](const QString& path) {
        QFile file(path);
        QString error;
        std::optional<LandShapes> shapes;
        if (file.open(QIODevice::ReadOnly))
            shapes = LandShapes::fromBinary(file.readAll(), &error);
        if (!shapes) {
            qWarning("World map: cannot load %s: %s", qPrintable(path), qPrintable(error));
            return LandShapes();
        }
        return *shapes;
    };
    if (resolution == MapLandLayer::Resolution::Fine) {
        static const LandShapes fine = load(QStringLiteral(":/map/land-50m.bin"));
        return fine;
    }
    static const LandShapes coarse = load(QStringLiteral(":/map/land-110m.bin"));
    return coarse;
}

QRectF boundsOf(const QList<QPointF>& points)
{
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// Map units to logical pixels, cut to clip (rings only), thinned.
QPolygonF toPixels(const QList<QPointF>& mapPoints, const MapViewport& view, const QRectF& clip, bool closed)
{
    QList<QPointF> pixels;
    pixels.reserve(mapPoints.size());
    for (const QPointF& p : mapPoints)
        pixels.append(view.toPixel(p));
    if (closed)
        pixels = PolygonClipper::clipRing(pixels, clip);
    pixels = PolygonClipper::decimate(pixels, MIN_SEGMENT);
    return pixels.size() < 2 ? QPolygonF() : QPolygonF(pixels);
}

} // namespace

MapLandLayer::Resolution MapLandLayer::resolutionFor(double zoom)
{
    return zoom >= FINE_ZOOM ? Resolution::Fine : Resolution::Coarse;
}

void MapLandLayer::setCentralMeridian(double longitude)
{
    if (longitude == m_lon0)
        return;
    m_lon0 = longitude;
    m_shapes[0].clear();
    m_shapes[1].clear();
}

const QList<MapLandLayer::Shape>& MapLandLayer::shapes(Resolution resolution)
{
    QList<Shape>& list = m_shapes[resolution == Resolution::Fine ? 1 : 0];
    if (list.isEmpty()) {
        const MapProjection projection(m_lon0);
        for (const LandShapes::Polygon& polygon : landShapes(resolution).polygons()) {
            Shape shape;
            for (const LandShapes::Ring& ring : polygon) {
                for (const QList<QPointF>& piece : projection.projectRing(ring)) {
                    shape.bounds = shape.pieces.isEmpty() ? boundsOf(piece) : shape.bounds.united(boundsOf(piece));
                    shape.pieces.append(piece);
                }
            }
            if (!shape.pieces.isEmpty())
                list.append(shape);
        }
    }
    return list;
}

void MapLandLayer::paint(QPainter& painter, const MapViewport& view, const MapPalette& palette)
{
    const QRectF viewRect(QPointF(0, 0), view.size());
    // Hairlines are one device pixel wide (crisper on a high-density screen): Qt draws such
    // cosmetic pens straight into the image, many times faster than any wider or fractional
    // pen, which goes through the path stroker and the antialiasing rasterizer.
    const auto hairline = [](const QColor& color) {
        QPen pen(color, 1);
        pen.setCosmetic(true);
        return pen;
    };
    painter.fillRect(viewRect, palette.background);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF clip = viewRect.adjusted(-CLIP_MARGIN, -CLIP_MARGIN, CLIP_MARGIN, CLIP_MARGIN);

    QPainterPath outline;
    outline.addPolygon(toPixels(MapProjection::outline(72), view, clip, true));
    outline.closeSubpath();
    painter.fillPath(outline, palette.ocean);

    // Graticule: every 30 degrees for the world, every 10 once zoomed in; meridians follow
    // the central meridian so they stay regular in a Pacific-centred view.
    const int step = view.zoom() >= 4 ? 10 : 30;
    painter.setPen(hairline(palette.graticule));
    painter.setBrush(Qt::NoBrush);
    const auto drawLine = [&](const QList<QPointF>& mapPoints) {
        const QPolygonF line = toPixels(mapPoints, view, clip, false);
        if (!line.isEmpty())
            painter.drawPolyline(line);
    };
    for (double lambda = -180 + step; lambda < 180; lambda += step) {
        QList<QPointF> meridian;
        for (int lat = -90; lat <= 90; lat += 3)
            meridian.append(MapProjection::projectRelative(lambda, lat));
        drawLine(meridian);
    }
    for (int lat = -90 + step; lat < 90; lat += step)
        drawLine({ MapProjection::projectRelative(-180, lat), MapProjection::projectRelative(180, lat) });

    m_lastResolution = resolutionFor(view.zoom());
    const QRectF visible = view.visibleMapRect().normalized();
    painter.setPen(hairline(palette.coastline));
    painter.setBrush(palette.land);
    for (const Shape& shape : shapes(m_lastResolution)) {
        if (!shape.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill); // holes (the Caspian Sea) stay water
        for (const QList<QPointF>& piece : shape.pieces) {
            const QPolygonF polygon = toPixels(piece, view, clip, true);
            if (!polygon.isEmpty()) {
                path.addPolygon(polygon);
                path.closeSubpath();
            }
        }
        if (!path.isEmpty())
            painter.drawPath(path);
    }
    painter.strokePath(outline, hairline(palette.outline));
    painter.restore();
}

} // namespace Barista
