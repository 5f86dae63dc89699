// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace Barista {

/// Land outlines as polygons of (longitude, latitude) rings, read from the compact binary
/// format that resources/tools/convert_world_atlas.mjs writes (see resources/map/README.md):
/// Natural Earth land at 1:110m or 1:50m, quantized to int16 degrees. A polygon is its outer
/// ring followed by its holes; rings are implicitly closed (the first point is not repeated).
class LandShapes
{
public:
    using Ring = QList<QPointF>;
    using Polygon = QList<Ring>;

    static constexpr char MAGIC[4] = { 'B', 'L', 'N', 'D' };
    static constexpr quint16 VERSION = 1;

    /// Parses the format; nullopt and *error on a bad header or a truncated file.
    static std::optional<LandShapes> fromBinary(const QByteArray& data, QString* error = nullptr);
    /// Encodes polygons in the same format (used by tests; the shipped files come from the script).
    static QByteArray toBinary(const QList<Polygon>& polygons);

    const QList<Polygon>& polygons() const { return m_polygons; }
    int ringCount() const { return m_ringCount; }
    int pointCount() const { return m_pointCount; }

private:
    QList<Polygon> m_polygons;
    int m_ringCount = 0;
    int m_pointCount = 0;
};

} // namespace Barista
