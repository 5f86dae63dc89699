// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/MapPalette.h"

#include <QRectF>
#include <QString>
#include <array>

class QPainter;

namespace Barista {

/// The pill beside a region marker that counts its deployed nodes, split in colour by the
/// share of each status group (running green, starting blue, failed red...).
class MapBadge
{
public:
    using Counts = std::array<int, MapPalette::STATUS_GROUP_COUNT>;

    static int total(const Counts& counts);
    static QString text(const Counts& counts);
    /// The pill's size in logical pixels.
    static QSizeF size(const Counts& counts);
    /// Paints the pill into rect.
    static void paint(QPainter& painter, const QRectF& rect, const Counts& counts, const MapPalette& palette);
};

} // namespace Barista
