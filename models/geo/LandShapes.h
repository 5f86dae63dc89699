// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace Barista {

/// Land outlines as (longitude, latitude) rings, read from the compact binary format that
/// resources/tools/convert_world_atlas.mjs writes (see resources/map/README.md): Natural Earth
/// land at 1:110m or 1:50m, quantized to int16 degrees. Rings are implicitly closed (the
/// first point is not repeated); outer rings and holes alike, for odd-even filling.
class LandShapes
{
public:
    static constexpr char MAGIC[4] = {'B', 'L', 'N', 'D'};
    static constexpr quint16 VERSION = 1;

    /// Parses the format; nullopt and *error on a bad header or a truncated file.
    static std::optional<LandShapes> fromBinary(const QByteArray& data, QString* error = nullptr);
    /// Encodes rings in the same format (used by tests; the shipped files come from the script).
    static QByteArray toBinary(const QList<QList<QPointF>>& rings);

    const QList<QList<QPointF>>& rings() const { return m_rings; }
    int pointCount() const { return m_pointCount; }

private:
    QList<QList<QPointF>> m_rings;
    int m_pointCount = 0;
};

} // namespace Barista
