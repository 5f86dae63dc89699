// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapLandLayer.h"

#include "models/geo/LandShapes.h"
#include "models/geo/MapProjection.h"
#include "models/geo/PolygonClipper.h"
#include "ui/map/MapPalette.h"

#include <QFile>
#include <QPaintDevice>
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

// Map units to logical pixels, cut to clip, thinned; appended to path as a closed subpath.
void addToPath(QPainterPath& path, const QList<QPointF>& mapPoints, const MapViewport& view, const QRectF& clip,
               bool closed)
{
    QList<QPointF> pixels;
    pixels.reserve(mapPoints.size());
    for (const QPointF& p : mapPoints)
        pixels.append(view.toPixel(p));
    if (closed)
        pixels = PolygonClipper::clipRing(pixels, clip);
    pixels = PolygonClipper::decimate(pixels, MIN_SEGMENT);
    if (pixels.size() < 2)
        return;
    path.addPolygon(QPolygonF(pixels));
    if (closed)
        path.closeSubpath();
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
    m_pieces[0].clear();
    m_pieces[1].clear();
}

const QList<MapLandLayer::Piece>& MapLandLayer::pieces(Resolution resolution)
{
    QList<Piece>& list = m_pieces[resolution == Resolution::Fine ? 1 : 0];
    if (list.isEmpty()) {
        const MapProjection projection(m_lon0);
        for (const QList<QPointF>& ring : landShapes(resolution).rings()) {
            for (const QList<QPointF>& piece : projection.projectRing(ring))
                list.append({piece, boundsOf(piece)});
        }
    }
    return list;
}

void MapLandLayer::paint(QPainter& painter, const MapViewport& view, const MapPalette& palette)
{
    const QRectF viewRect(QPointF(0, 0), view.size());
    // Cosmetic pens are stroked straight into device pixels, many times faster than a
    // stroker outline; their width is in device pixels, so scale it by the pixel ratio.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const auto hairline = [dpr](const QColor& color, double logicalWidth) {
        QPen pen(color, logicalWidth * dpr);
        pen.setCosmetic(true);
        return pen;
    };
    painter.fillRect(viewRect, palette.background);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF clip = viewRect.adjusted(-CLIP_MARGIN, -CLIP_MARGIN, CLIP_MARGIN, CLIP_MARGIN);

    QPainterPath outline;
    addToPath(outline, MapProjection::outline(72), view, clip, true);
    painter.fillPath(outline, palette.ocean);

    // Graticule: every 30 degrees for the world, every 10 once zoomed in; meridians follow
    // the central meridian so they stay regular in a Pacific-centred view.
    const int step = view.zoom() >= 4 ? 10 : 30;
    QPainterPath graticule;
    for (double lambda = -180 + step; lambda < 180; lambda += step) {
        QList<QPointF> meridian;
        for (int lat = -90; lat <= 90; lat += 3)
            meridian.append(MapProjection::projectRelative(lambda, lat));
        addToPath(graticule, meridian, view, clip, false);
    }
    for (int lat = -90 + step; lat < 90; lat += step)
        addToPath(graticule, {MapProjection::projectRelative(-180, lat), MapProjection::projectRelative(180, lat)}, view,
                  clip, false);
    painter.strokePath(graticule, hairline(palette.graticule, 0.8));

    m_lastResolution = resolutionFor(view.zoom());
    const QRectF visible = view.visibleMapRect().normalized();
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const Piece& piece : pieces(m_lastResolution)) {
        if (piece.bounds.intersects(visible))
            addToPath(land, piece.points, view, clip, true);
    }
    painter.fillPath(land, palette.land);
    painter.strokePath(land, hairline(palette.coastline, view.zoom() >= 4 ? 0.9 : 0.7));
    painter.strokePath(outline, hairline(palette.outline, 1.0));
    painter.restore();
}

} // namespace Barista
