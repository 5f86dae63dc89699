// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapHull.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Barista {

namespace {

double cross(const QPointF& o, const QPointF& a, const QPointF& b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Qt's arc angles are counter-clockwise on screen, with y pointing down.
double qtAngle(const QPointF& v)
{
    return std::atan2(-v.y(), v.x()) * 180.0 / std::numbers::pi;
}

} // namespace

QList<QPointF> MapHull::convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF& a, const QPointF& b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    QList<QPointF> unique;
    for (const QPointF& p : points) {
        if (unique.isEmpty() || QLineF(unique.last(), p).length() >= 0.5)
            unique.append(p);
    }
    if (unique.size() < 3)
        return unique;
    QList<QPointF> hull(2 * unique.size());
    qsizetype k = 0;
    for (const QPointF& p : unique) { // lower chain
        while (k >= 2 && cross(hull.at(k - 2), hull.at(k - 1), p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (qsizetype i = unique.size() - 2, lower = k + 1; i >= 0; --i) { // upper chain
        while (k >= lower && cross(hull.at(k - 2), hull.at(k - 1), unique.at(i)) <= 0)
            --k;
        hull[k++] = unique.at(i);
    }
    hull.resize(k - 1);
    return hull; // counter-clockwise in y-up terms, i.e. clockwise on screen
}

QPainterPath MapHull::roundedHull(const QList<QPointF>& input, double padding)
{
    const QList<QPointF> hull = convexHull(input);
    QPainterPath path;
    if (hull.isEmpty())
        return path;
    if (hull.size() == 1) {
        path.addEllipse(hull.first(), padding, padding);
        return path;
    }
    const qsizetype n = hull.size();
    // Outward normal of edge i (hull[i] -> hull[i+1]) for a clockwise-on-screen hull.
    const auto normal = [&](qsizetype i) {
        const QPointF d = hull.at((i + 1) % n) - hull.at(i);
        const double len = std::hypot(d.x(), d.y());
        return QPointF(d.y() / len, -d.x() / len);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& v = hull.at(i);
        const double from = qtAngle(normal((i - 1 + n) % n));
        double sweep = qtAngle(normal(i)) - from;
        while (sweep > 0)
            sweep -= 360;
        while (sweep <= -360)
            sweep += 360;
        const QRectF disc(v.x() - padding, v.y() - padding, 2 * padding, 2 * padding);
        if (i == 0)
            path.arcMoveTo(disc, from);
        path.arcTo(disc, from, sweep); // also draws the straight side from the previous arc
    }
    path.closeSubpath();
    return path;
}

} // namespace Barista
