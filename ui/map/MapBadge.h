// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/map/MapPalette.h"

#include <QPointF>
#include <array>

class QPainter;

namespace Barista {

/// The pill beside a region marker that counts its deployed nodes, split in colour by the
/// share of each status group (running green, starting blue, failed red...).
class MapBadge
{
public:
    using Counts = std::array<int, MapPalette::STATUS_GROUP_COUNT>;

    /// Paints the badge with its bottom-left corner at `at` (logical pixels); nothing when
    /// every count is zero.
    static void paint(QPainter& painter, const QPointF& at, const Counts& counts, const MapPalette& palette);
};

} // namespace Barista
