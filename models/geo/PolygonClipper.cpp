// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/PolygonClipper.h"

namespace Barista {

namespace {

enum class Edge
{
    Left,
    Right,
    Top,
    Bottom,
};

bool inside(const QPointF& p, Edge edge, const QRectF& r)
{
    switch (edge) {
    case Edge::Left:
        return p.x() >= r.left();
    case Edge::Right:
        return p.x() <= r.right();
    case Edge::Top:
        return p.y() >= r.top();
    case Edge::Bottom:
        return p.y() <= r.bottom();
    }
    return true;
}

QPointF intersection(const QPointF& a, const QPointF& b, Edge edge, const QRectF& r)
{
    const auto atX = [&](double x) {
        const double t = (x - a.x()) / (b.x() - a.x());
        return QPointF(x, a.y() + t * (b.y() - a.y()));
    };
    const auto atY = [&](double y) {
        const double t = (y - a.y()) / (b.y() - a.y());
        return QPointF(a.x() + t * (b.x() - a.x()), y);
    };
    switch (edge) {
    case Edge::Left:
        return atX(r.left());
    case Edge::Right:
        return atX(r.right());
    case Edge::Top:
        return atY(r.top());
    case Edge::Bottom:
        return atY(r.bottom());
    }
    return a;
}

} // namespace

QList<QPointF> PolygonClipper::clipRing(const QList<QPointF>& ring, const QRectF& rect)
{
    const QRectF r = rect.normalized();
    QList<QPointF> current = ring;
    if (current.size() > 1 && current.first() == current.last())
        current.removeLast();
    QList<QPointF> next;
    for (Edge edge : { Edge::Left, Edge::Right, Edge::Top, Edge::Bottom }) {
        if (current.isEmpty())
            break;
        next.clear();
        next.reserve(current.size() + 4);
        QPointF previous = current.last();
        bool previousInside = inside(previous, edge, r);
        for (const QPointF& p : std::as_const(current)) {
            const bool pInside = inside(p, edge, r);
            if (pInside != previousInside)
                next.append(intersection(previous, p, edge, r));
            if (pInside)
                next.append(p);
            previous = p;
            previousInside = pInside;
        }
        current.swap(next);
    }
    return current.size() >= 3 ? current : QList<QPointF>();
}

QList<QPointF> PolygonClipper::decimate(const QList<QPointF>& points, double minDistance)
{
    if (points.size() <= 2)
        return points;
    const double min2 = minDistance * minDistance;
    QList<QPointF> out;
    out.reserve(points.size());
    out.append(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF d = points.at(i) - out.last();
        if (QPointF::dotProduct(d, d) >= min2)
            out.append(points.at(i));
    }
    out.append(points.last());
    return out;
}

} // namespace Barista
