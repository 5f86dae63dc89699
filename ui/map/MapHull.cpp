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

} // namespace

QList<QPointF> MapHull::convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(),
        [](const QPointF& a, const QPointF& b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
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

QPolygonF MapHull::roundedHull(const QList<QPointF>& input, double padding)
{
    QList<QPointF> hull = convexHull(input);
    QPolygonF out;
    if (hull.isEmpty())
        return out;
    if (hull.size() == 1)
        hull.append(hull.first()); // a circle: two arcs of 180 degrees round the same point
    const qsizetype n = hull.size();
    // Outward normal of edge i (hull[i] -> hull[i+1]) for a clockwise-on-screen hull; a
    // zero-length edge (the single point) takes the normal pointing up.
    const auto normal = [&](qsizetype i) {
        const QPointF d = hull.at((i + 1) % n) - hull.at(i);
        const double len = std::hypot(d.x(), d.y());
        return len > 0 ? QPointF(d.y() / len, -d.x() / len) : QPointF(0, i == 0 ? -1 : 1);
    };
    constexpr double STEP = 12 * std::numbers::pi / 180;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF from = normal((i - 1 + n) % n);
        const QPointF to = normal(i);
        // Turn clockwise on screen from one normal to the next (0..360 degrees).
        double a0 = std::atan2(from.y(), from.x());
        double a1 = std::atan2(to.y(), to.x());
        while (a1 < a0)
            a1 += 2 * std::numbers::pi;
        const int steps = std::max(1, int(std::ceil((a1 - a0) / STEP)));
        for (int k = 0; k <= steps; ++k) {
            const double a = a0 + (a1 - a0) * k / steps;
            out.append(hull.at(i) + padding * QPointF(std::cos(a), std::sin(a)));
        }
    }
    return out;
}

} // namespace Barista
