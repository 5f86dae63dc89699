// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapInfraLayer.h"

#include "models/catalog/GeoDistance.h"
#include "models/geo/MapProjection.h"
#include "models/geo/MapViewport.h"
#include "ui/map/MapHull.h"
#include "ui/map/MapPalette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace Barista {

namespace {

constexpr double HULL_PADDING = 16;
constexpr double DEG = std::numbers::pi / 180;

} // namespace

void MapInfraLayer::paint(QPainter& painter, const Context& context, const QList<MapInfra>& infras)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < infras.size(); ++i)
        paintOne(painter, context, infras.at(i), i);
    painter.restore();
}

QList<double> MapInfraLayer::unwrapLongitudes(const QList<double>& relative)
{
    // Not a circular mean: two Seoul VMs pull a mean east until Ohio flips to the far side.
    if (relative.size() < 2)
        return relative;
    QList<double> sorted = relative;
    std::sort(sorted.begin(), sorted.end());
    double widestGap = sorted.first() + 360 - sorted.last(); // the gap across the seam
    std::optional<double> cutAfter;
    for (int k = 0; k + 1 < sorted.size(); ++k) {
        if (sorted.at(k + 1) - sorted.at(k) > widestGap) {
            widestGap = sorted.at(k + 1) - sorted.at(k);
            cutAfter = sorted.at(k);
        }
    }
    QList<double> unwrapped;
    for (double lambda : relative) // west of the cut moves one turn east
        unwrapped.append(cutAfter && lambda <= *cutAfter ? lambda + 360 : lambda);
    return unwrapped;
}

void MapInfraLayer::paintOne(QPainter& painter, const Context& c, const MapInfra& infra, int colorIndex)
{
    QList<int> members;
    for (const QString& key : infra.regionKeys) {
        const int region = c.index.value(key, -1);
        if (region >= 0 && !members.contains(region))
            members.append(region);
    }
    if (members.isEmpty())
        return;
    const QColor color = c.palette.infraColor(colorIndex);

    // One compact hull even across the seam (Seoul + Oregon in an Atlantic-centred view),
    // while Seoul + Ohio + Paris stays over Eurasia.
    QList<double> relative;
    for (int r : members)
        relative.append(c.projection.relativeLongitude(c.regions.at(r).longitude));
    const QList<double> unwrapped = unwrapLongitudes(relative);
    bool offSeam = false;
    double sum = 0;
    for (double u : unwrapped) {
        sum += u;
        offSeam = offSeam || u > 180;
    }
    const double mean = sum / unwrapped.size();
    const auto hullAt = [&](double shift) {
        QList<QPointF> points;
        for (int k = 0; k < members.size(); ++k)
            points.append(c.view.toPixel(
                MapProjection::projectRelative(unwrapped.at(k) + shift, c.regions.at(members.at(k)).latitude)));
        return MapHull::roundedHull(points, HULL_PADDING);
    };
    const QPolygonF hullPolygon = hullAt(0);
    QPainterPath hull;
    hull.addPolygon(hullPolygon);
    hull.closeSubpath();
    if (offSeam) {
        // Cut both copies to the world rather than clipping the painter: a path operation on
        // a few dozen points is far cheaper than a clip mask over the whole view.
        QPolygonF outline;
        for (const QPointF& p : MapProjection::outline(36))
            outline.append(c.view.toPixel(p));
        QPainterPath world;
        world.addPolygon(outline);
        QPainterPath other;
        other.addPolygon(hullAt(mean > 0 ? -360 : 360));
        other.closeSubpath();
        hull = hull.intersected(world).united(other.intersected(world));
    }
    QColor fill = color;
    fill.setAlpha(c.palette.dark ? 46 : 34);
    QColor border = color;
    border.setAlpha(170);
    // A hull can cover half the view: fill it without antialiasing (four times faster; the
    // antialiased border hides the edge), then stroke it with a one-device-pixel cosmetic
    // pen, which Qt draws directly instead of through its path stroker (wider or fractional
    // cosmetic pens take the slow path, which made 20 hulls cost 100 ms).
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(hull, fill);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen borderPen(border, 1);
    borderPen.setCosmetic(true);
    painter.strokePath(hull, borderPen);

    // Lines along great circles: a minimum spanning tree (Prim) keeps them readable.
    QList<bool> inTree(members.size(), false);
    inTree[0] = true;
    // Two device pixels, cosmetic and opaque: the fast path for antialiased lines.
    QPen linkPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    linkPen.setCosmetic(true);
    painter.setPen(linkPen);
    painter.setBrush(Qt::NoBrush);
    for (int added = 1; added < members.size(); ++added) {
        int bestFrom = -1, bestTo = -1;
        double best = 0;
        for (int a = 0; a < members.size(); ++a) {
            for (int b = 0; b < members.size() && inTree.at(a); ++b) {
                if (inTree.at(b))
                    continue;
                const MapRegion& ra = c.regions.at(members.at(a));
                const MapRegion& rb = c.regions.at(members.at(b));
                const double d = GeoDistance::kilometres({ ra.latitude, ra.longitude }, { rb.latitude, rb.longitude });
                if (bestTo < 0 || d < best) {
                    best = d;
                    bestFrom = a;
                    bestTo = b;
                }
            }
        }
        inTree[bestTo] = true;
        const MapRegion& from = c.regions.at(members.at(bestFrom));
        const MapRegion& to = c.regions.at(members.at(bestTo));
        const int segments = std::clamp(int(best / 300), 4, 48);
        const QList<QPointF> arc
            = MapProjection::greatCircle({ from.longitude, from.latitude }, { to.longitude, to.latitude }, segments);
        for (const QList<QPointF>& piece : c.projection.projectPolyline(arc)) {
            QPolygonF line;
            for (const QPointF& p : piece)
                line.append(c.view.toPixel(p));
            painter.drawPolyline(line);
        }
    }

    // The name above the hull.
    const QString name = infra.name.isEmpty() ? infra.id : infra.name;
    if (name.isEmpty())
        return;
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF box = hullPolygon.boundingRect();
    QRectF label(0, 0, fm.horizontalAdvance(name) + 10, fm.height() + 2);
    label.moveCenter(QPointF(box.center().x(), box.top() - label.height() / 2 - 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(label, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, name);
}

} // namespace Barista
