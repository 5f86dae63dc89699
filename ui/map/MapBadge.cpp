// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapBadge.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

namespace Barista {

void MapBadge::paint(QPainter& painter, const QPointF& at, const Counts& counts, const MapPalette& palette)
{
    int total = 0;
    for (int c : counts)
        total += c;
    if (total == 0)
        return;
    const QString text = total >= 10000 ? QStringLiteral("%1k").arg(total / 1000) : QString::number(total);
    QFont font;
    font.setPixelSize(9);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF fm(painter.font());
    const double height = 13;
    const double width = std::max(height, fm.horizontalAdvance(text) + 8);
    const QRectF pill(at.x(), at.y() - height, width, height);
    // One fill: a gradient with hard stops splits the pill by status share.
    QLinearGradient gradient(pill.topLeft(), pill.topRight());
    double position = 0;
    for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g) {
        if (counts[g] == 0)
            continue;
        const QColor color = MapPalette::statusColor(MapPalette::STATUS_GROUPS[g]);
        gradient.setColorAt(position, color);
        position += double(counts[g]) / total;
        gradient.setColorAt(std::min(1.0, position - 1e-6), color);
    }
    painter.setPen(QPen(palette.markerOutline, 1));
    painter.setBrush(gradient);
    painter.drawRoundedRect(pill, height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text);
}

} // namespace Barista
