// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/AntimeridianSplitter.h"

#include <QtGlobal>
#include <cmath>

namespace Barista {

namespace {

constexpr double POLE_EPSILON = 1e-6;

struct Crossing
{
    int edge = 0; // the ring edge edge -> edge + 1 crosses
    double latitude = 0; // where it meets the seam
    double fromSide = 0; // seam side the ring leaves by (+180 or -180)
    double toSide = 0; // seam side it comes back in by
};

bool atPole(const QPointF& p)
{
    return std::abs(p.y()) >= 90.0 - POLE_EPSILON;
}

// Walks the seam from (side, fromLat) to (side, toLat), excluding the first point.
void appendSeam(QList<QPointF>& poly, double side, double fromLat, double toLat, double stepDeg)
{
    const double span = toLat - fromLat;
    const int steps = std::max(1, int(std::ceil(std::abs(span) / stepDeg)));
    for (int i = 1; i <= steps; ++i)
        poly.append(QPointF(side, fromLat + span * i / steps));
}

} // namespace

bool AntimeridianSplitter::crossesSeam(const QPointF& a, const QPointF& b)
{
    if (std::abs(b.x() - a.x()) <= 180.0)
        return false;
    // An edge along a pole maps onto the flat pole line whichever way it is walked.
    return !(atPole(a) && atPole(b) && a.y() * b.y() > 0);
}

double AntimeridianSplitter::seamLatitude(const QPointF& a, const QPointF& b)
{
    // Going east over +180 when b is west of a, west over -180 otherwise.
    const bool eastward = b.x() < a.x();
    const double toSeam = eastward ? 180.0 - a.x() : a.x() + 180.0;
    const double fromSeam = eastward ? b.x() + 180.0 : 180.0 - b.x();
    const double total = toSeam + fromSeam;
    const double t = total > 0 ? toSeam / total : 0.5;
    return a.y() + t * (b.y() - a.y());
}

QList<QList<QPointF>> AntimeridianSplitter::splitRing(const QList<QPointF>& input, double stepDeg)
{
    QList<QPointF> ring = input;
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    const int n = int(ring.size());
    if (n < 3)
        return {};

    QList<Crossing> crossings;
    double latitudeSum = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF& a = ring.at(i);
        const QPointF& b = ring.at((i + 1) % n);
        latitudeSum += a.y();
        if (!crossesSeam(a, b))
            continue;
        const bool eastward = b.x() < a.x();
        crossings.append({ i, seamLatitude(a, b), eastward ? 180.0 : -180.0, eastward ? -180.0 : 180.0 });
    }
    if (crossings.isEmpty()) {
        ring.append(ring.first());
        return { ring };
    }

    // A ring that goes all the way round encloses a pole; the data's only such ring is
    // Antarctica, so the hemisphere of its mean latitude tells which.
    const double pole = latitudeSum < 0 ? -90.0 : 90.0;
    const int m = int(crossings.size());
    QList<QList<QPointF>> pieces;
    pieces.reserve(m);
    for (int k = 0; k < m; ++k) {
        const Crossing& start = crossings.at(k);
        const Crossing& end = crossings.at((k + 1) % m);
        int steps = (end.edge - start.edge + n) % n;
        if (steps == 0)
            steps = n; // the only crossing: the arc is the whole ring
        QList<QPointF> piece;
        piece.reserve(steps + 8);
        piece.append(QPointF(start.toSide, start.latitude));
        for (int s = 1; s <= steps; ++s)
            piece.append(ring.at((start.edge + s) % n));
        piece.append(QPointF(end.fromSide, end.latitude));
        if (qFuzzyCompare(start.toSide, end.fromSide)) {
            appendSeam(piece, end.fromSide, end.latitude, start.latitude, stepDeg);
        } else {
            appendSeam(piece, end.fromSide, end.latitude, pole, stepDeg);
            piece.append(QPointF(start.toSide, pole));
            appendSeam(piece, start.toSide, pole, start.latitude, stepDeg);
        }
        pieces.append(piece);
    }
    return pieces;
}

QList<QList<QPointF>> AntimeridianSplitter::splitPolyline(const QList<QPointF>& line)
{
    QList<QList<QPointF>> pieces;
    if (line.isEmpty())
        return pieces;
    QList<QPointF> current { line.first() };
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF& a = line.at(i - 1);
        const QPointF& b = line.at(i);
        if (crossesSeam(a, b)) {
            const bool eastward = b.x() < a.x();
            const double latitude = seamLatitude(a, b);
            current.append(QPointF(eastward ? 180.0 : -180.0, latitude));
            pieces.append(current);
            current = QList<QPointF> { QPointF(eastward ? -180.0 : 180.0, latitude) };
        }
        current.append(b);
    }
    pieces.append(current);
    return pieces;
}

} // namespace Barista
