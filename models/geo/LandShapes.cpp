// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/LandShapes.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Barista {

namespace {

constexpr int HEADER_SIZE = 20;
constexpr double QMAX = 32767.0;

std::optional<LandShapes> fail(QString* error, const char* text)
{
    if (error)
        *error = QCoreApplication::translate("LandShapes", text);
    return std::nullopt;
}

} // namespace

std::optional<LandShapes> LandShapes::fromBinary(const QByteArray& data, QString* error)
{
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    if (data.size() < HEADER_SIZE || std::memcmp(bytes, MAGIC, 4) != 0)
        return fail(error, QT_TRANSLATE_NOOP("LandShapes", "Not a land outline file."));
    if (qFromLittleEndian<quint16>(bytes + 4) != VERSION)
        return fail(error, QT_TRANSLATE_NOOP("LandShapes", "Unsupported land outline file version."));
    const quint32 polygonCount = qFromLittleEndian<quint32>(bytes + 8);
    const quint32 ringCount = qFromLittleEndian<quint32>(bytes + 12);
    const quint32 pointCount = qFromLittleEndian<quint32>(bytes + 16);
    const qint64 expected = HEADER_SIZE + 4 * (qint64(polygonCount) + ringCount + pointCount);
    if (data.size() != expected)
        return fail(error, QT_TRANSLATE_NOOP("LandShapes", "The land outline file is truncated."));

    const uchar* ringsPerPolygon = bytes + HEADER_SIZE;
    const uchar* pointsPerRing = ringsPerPolygon + 4 * qint64(polygonCount);
    const uchar* points = pointsPerRing + 4 * qint64(ringCount);
    LandShapes shapes;
    shapes.m_polygons.reserve(polygonCount);
    quint64 ring = 0;
    quint64 point = 0;
    for (quint32 p = 0; p < polygonCount; ++p) {
        const quint32 rings = qFromLittleEndian<quint32>(ringsPerPolygon + 4 * p);
        if (rings == 0 || ring + rings > ringCount)
            return fail(error, QT_TRANSLATE_NOOP("LandShapes", "The land outline file is inconsistent."));
        Polygon polygon;
        polygon.reserve(rings);
        for (quint32 r = 0; r < rings; ++r, ++ring) {
            const quint32 n = qFromLittleEndian<quint32>(pointsPerRing + 4 * ring);
            if (n < 3 || point + n > pointCount)
                return fail(error, QT_TRANSLATE_NOOP("LandShapes", "The land outline file is inconsistent."));
            Ring out;
            out.reserve(n);
            for (quint32 i = 0; i < n; ++i, ++point) {
                const uchar* at = points + 4 * point;
                out.append(QPointF(
                    qFromLittleEndian<qint16>(at) * 180.0 / QMAX, qFromLittleEndian<qint16>(at + 2) * 90.0 / QMAX));
            }
            polygon.append(out);
        }
        shapes.m_polygons.append(polygon);
    }
    if (ring != ringCount || point != pointCount)
        return fail(error, QT_TRANSLATE_NOOP("LandShapes", "The land outline file is inconsistent."));
    shapes.m_ringCount = int(ringCount);
    shapes.m_pointCount = int(pointCount);
    return shapes;
}

QByteArray LandShapes::toBinary(const QList<Polygon>& polygons)
{
    qint64 ringCount = 0;
    qint64 pointCount = 0;
    for (const Polygon& polygon : polygons) {
        ringCount += polygon.size();
        for (const Ring& ring : polygon)
            pointCount += ring.size();
    }
    QByteArray data(HEADER_SIZE + 4 * (polygons.size() + ringCount + pointCount), '\0');
    auto* bytes = reinterpret_cast<uchar*>(data.data());
    std::memcpy(bytes, MAGIC, 4);
    qToLittleEndian<quint16>(VERSION, bytes + 4);
    qToLittleEndian<quint32>(quint32(polygons.size()), bytes + 8);
    qToLittleEndian<quint32>(quint32(ringCount), bytes + 12);
    qToLittleEndian<quint32>(quint32(pointCount), bytes + 16);
    uchar* ringsPerPolygon = bytes + HEADER_SIZE;
    uchar* pointsPerRing = ringsPerPolygon + 4 * polygons.size();
    uchar* points = pointsPerRing + 4 * ringCount;
    const auto quant
        = [](double value, double range) { return qint16(std::lround(std::clamp(value / range, -1.0, 1.0) * QMAX)); };
    for (const Polygon& polygon : polygons) {
        qToLittleEndian<quint32>(quint32(polygon.size()), ringsPerPolygon);
        ringsPerPolygon += 4;
        for (const Ring& ring : polygon) {
            qToLittleEndian<quint32>(quint32(ring.size()), pointsPerRing);
            pointsPerRing += 4;
            for (const QPointF& p : ring) {
                qToLittleEndian<qint16>(quant(p.x(), 180.0), points);
                qToLittleEndian<qint16>(quant(p.y(), 90.0), points + 2);
                points += 4;
            }
        }
    }
    return data;
}

} // namespace Barista
