// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/LandShapes.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Barista {

namespace {

constexpr int HEADER_SIZE = 16;
constexpr double QMAX = 32767.0;

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<LandShapes> LandShapes::fromBinary(const QByteArray& data, QString* error)
{
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    if (data.size() < HEADER_SIZE || std::memcmp(bytes, MAGIC, 4) != 0) {
        setError(error, QCoreApplication::translate("LandShapes", "Not a land outline file."));
        return std::nullopt;
    }
    if (qFromLittleEndian<quint16>(bytes + 4) != VERSION) {
        setError(error, QCoreApplication::translate("LandShapes", "Unsupported land outline file version."));
        return std::nullopt;
    }
    const quint32 ringCount = qFromLittleEndian<quint32>(bytes + 8);
    const quint32 pointCount = qFromLittleEndian<quint32>(bytes + 12);
    const qint64 expected = HEADER_SIZE + 4 * qint64(ringCount) + 4 * qint64(pointCount);
    if (data.size() != expected) {
        setError(error, QCoreApplication::translate("LandShapes", "The land outline file is truncated."));
        return std::nullopt;
    }

    LandShapes shapes;
    shapes.m_rings.reserve(ringCount);
    const uchar* counts = bytes + HEADER_SIZE;
    const uchar* points = counts + 4 * qint64(ringCount);
    quint64 used = 0;
    for (quint32 r = 0; r < ringCount; ++r) {
        const quint32 n = qFromLittleEndian<quint32>(counts + 4 * r);
        if (used + n > pointCount) {
            setError(error, QCoreApplication::translate("LandShapes", "The land outline file is inconsistent."));
            return std::nullopt;
        }
        QList<QPointF> ring;
        ring.reserve(n);
        for (quint32 i = 0; i < n; ++i, ++used) {
            const uchar* p = points + 4 * used;
            ring.append(QPointF(qFromLittleEndian<qint16>(p) * 180.0 / QMAX, qFromLittleEndian<qint16>(p + 2) * 90.0 / QMAX));
        }
        shapes.m_rings.append(ring);
    }
    if (used != pointCount) {
        setError(error, QCoreApplication::translate("LandShapes", "The land outline file is inconsistent."));
        return std::nullopt;
    }
    shapes.m_pointCount = int(pointCount);
    return shapes;
}

QByteArray LandShapes::toBinary(const QList<QList<QPointF>>& rings)
{
    qint64 pointCount = 0;
    for (const QList<QPointF>& ring : rings)
        pointCount += ring.size();
    QByteArray data(HEADER_SIZE + 4 * rings.size() + 4 * pointCount, '\0');
    auto* bytes = reinterpret_cast<uchar*>(data.data());
    std::memcpy(bytes, MAGIC, 4);
    qToLittleEndian<quint16>(VERSION, bytes + 4);
    qToLittleEndian<quint32>(quint32(rings.size()), bytes + 8);
    qToLittleEndian<quint32>(quint32(pointCount), bytes + 12);
    uchar* counts = bytes + HEADER_SIZE;
    uchar* points = counts + 4 * rings.size();
    for (const QList<QPointF>& ring : rings) {
        qToLittleEndian<quint32>(quint32(ring.size()), counts);
        counts += 4;
        for (const QPointF& p : ring) {
            const auto quant = [](double value, double range) {
                return qint16(std::lround(std::clamp(value / range, -1.0, 1.0) * QMAX));
            };
            qToLittleEndian<qint16>(quant(p.x(), 180.0), points);
            qToLittleEndian<qint16>(quant(p.y(), 90.0), points + 2);
            points += 4;
        }
    }
    return data;
}

} // namespace Barista
