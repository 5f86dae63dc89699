// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/MapProjection.h"

#include "models/geo/AntimeridianSplitter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace Barista {

namespace {

constexpr double DEG = std::numbers::pi / 180.0;

// Natural Earth I polynomial coefficients (Šavrič et al. 2011, table 1).
constexpr double A0 = 0.8707, A1 = -0.131979, A2 = -0.013791, A3 = 0.003971, A4 = -0.001529;
constexpr double B0 = 1.007226, B1 = 0.015085, B2 = -0.044475, B3 = 0.028874, B4 = -0.005916;

// Length of a parallel relative to the equator's, times A0.
double parallelFactor(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    return A0 + A1 * p2 + A2 * p4 + p4 * p4 * p2 * (A3 + A4 * p2);
}

double northing(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    return phi * (B0 + B1 * p2 + p6 * (B2 + B3 * p2 + B4 * p2 * p2));
}

double northingDerivative(double phi)
{
    const double p2 = phi * phi;
    const double p6 = p2 * p2 * p2;
    return B0 + 3 * B1 * p2 + p6 * (7 * B2 + 9 * B3 * p2 + 11 * B4 * p2 * p2);
}

double wrap180(double lon)
{
    if (lon >= -180.0 && lon <= 180.0)
        return lon;
    lon = std::fmod(lon + 180.0, 360.0);
    if (lon < 0)
        lon += 360.0;
    return lon - 180.0;
}

} // namespace

MapProjection::MapProjection(double centralMeridian)
{
    setCentralMeridian(centralMeridian);
}

void MapProjection::setCentralMeridian(double longitude)
{
    m_lon0 = wrap180(longitude);
}

double MapProjection::relativeLongitude(double longitude) const
{
    return wrap180(longitude - m_lon0);
}

QPointF MapProjection::projectRelative(double lambdaDeg, double latitude)
{
    const double phi = std::clamp(latitude, -90.0, 90.0) * DEG;
    return QPointF(lambdaDeg * DEG * parallelFactor(phi), -northing(phi));
}

QPointF MapProjection::project(double longitude, double latitude) const
{
    return projectRelative(relativeLongitude(longitude), latitude);
}

std::optional<QPointF> MapProjection::inverse(const QPointF& mapPoint) const
{
    const double y = -mapPoint.y();
    const double yMax = northing(std::numbers::pi / 2);
    if (std::abs(y) > yMax + 1e-9)
        return std::nullopt;
    // Newton's method on the northing polynomial; it is monotonic, so this converges in a
    // handful of steps from phi = y.
    double phi = y;
    for (int i = 0; i < 25; ++i) {
        const double delta = (northing(phi) - y) / northingDerivative(phi);
        phi -= delta;
        if (std::abs(delta) < 1e-12)
            break;
    }
    phi = std::clamp(phi, -std::numbers::pi / 2, std::numbers::pi / 2);
    const double lambda = mapPoint.x() / parallelFactor(phi);
    if (std::abs(lambda) > std::numbers::pi + 1e-9)
        return std::nullopt;
    return QPointF(wrap180(lambda / DEG + m_lon0), phi / DEG);
}

QRectF MapProjection::worldBounds()
{
    const double halfWidth = std::numbers::pi * A0;
    const double halfHeight = northing(std::numbers::pi / 2);
    return QRectF(-halfWidth, -halfHeight, 2 * halfWidth, 2 * halfHeight);
}

QList<QPointF> MapProjection::outline(int stepsPerSide)
{
    QList<QPointF> poly;
    poly.reserve(2 * stepsPerSide + 3);
    for (int i = 0; i <= stepsPerSide; ++i)
        poly.append(projectRelative(180.0, -90.0 + 180.0 * i / stepsPerSide));
    for (int i = 0; i <= stepsPerSide; ++i)
        poly.append(projectRelative(-180.0, 90.0 - 180.0 * i / stepsPerSide));
    poly.append(poly.first());
    return poly;
}

QList<QPointF> MapProjection::relative(const QList<QPointF>& lonLat) const
{
    QList<QPointF> out;
    out.reserve(lonLat.size());
    for (const QPointF& p : lonLat)
        out.append(QPointF(relativeLongitude(p.x()), p.y()));
    return out;
}

QList<QPointF> MapProjection::projectAll(const QList<QPointF>& lambdaLat)
{
    QList<QPointF> out;
    out.reserve(lambdaLat.size());
    for (const QPointF& p : lambdaLat)
        out.append(projectRelative(p.x(), p.y()));
    return out;
}

QList<QList<QPointF>> MapProjection::projectRing(const QList<QPointF>& lonLatRing) const
{
    QList<QList<QPointF>> pieces = AntimeridianSplitter::splitRing(relative(lonLatRing));
    for (QList<QPointF>& piece : pieces)
        piece = projectAll(piece);
    return pieces;
}

QList<QList<QPointF>> MapProjection::projectPolyline(const QList<QPointF>& lonLatLine) const
{
    QList<QList<QPointF>> pieces = AntimeridianSplitter::splitPolyline(relative(lonLatLine));
    for (QList<QPointF>& piece : pieces)
        piece = projectAll(piece);
    return pieces;
}

QList<QPointF> MapProjection::greatCircle(const QPointF& fromLonLat, const QPointF& toLonLat, int segments)
{
    segments = std::max(1, segments);
    const auto toVector = [](const QPointF& p) {
        const double lon = p.x() * DEG, lat = p.y() * DEG;
        return std::array<double, 3> { std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat) };
    };
    const auto a = toVector(fromLonLat);
    const auto b = toVector(toLonLat);
    const double dot = std::clamp(a[0] * b[0] + a[1] * b[1] + a[2] * b[2], -1.0, 1.0);
    const double omega = std::acos(dot);
    QList<QPointF> line;
    line.reserve(segments + 1);
    line.append(fromLonLat);
    for (int i = 1; i < segments; ++i) {
        const double t = double(i) / segments;
        // Spherical linear interpolation; for (nearly) equal points fall back to linear.
        double wa = 1 - t, wb = t;
        if (omega > 1e-9) {
            wa = std::sin((1 - t) * omega) / std::sin(omega);
            wb = std::sin(t * omega) / std::sin(omega);
        }
        const double x = wa * a[0] + wb * b[0], y = wa * a[1] + wb * b[1], z = wa * a[2] + wb * b[2];
        line.append(QPointF(std::atan2(y, x) / DEG, std::atan2(z, std::hypot(x, y)) / DEG));
    }
    line.append(toLonLat);
    return line;
}

} // namespace Barista
