// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapBadge.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

namespace Barista {

namespace {

constexpr double HEIGHT = 13;

QFont badgeFont()
{
    QFont font;
    font.setPixelSize(9);
    font.setBold(true);
    return font;
}

} // namespace

int MapBadge::total(const Counts& counts)
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

QString MapBadge::text(const Counts& counts)
{
    const int sum = total(counts);
    return sum >= 10000 ? QStringLiteral("%1k").arg(sum / 1000) : QString::number(sum);
}

QSizeF MapBadge::size(const Counts& counts)
{
    static const QFontMetricsF fm(badgeFont());
    return QSizeF(std::max(HEIGHT, fm.horizontalAdvance(text(counts)) + 8), HEIGHT);
}

void MapBadge::paint(QPainter& painter, const QRectF& pill, const Counts& counts, const MapPalette& palette)
{
    const int sum = total(counts);
    if (sum == 0)
        return;
    // One fill: a gradient with hard stops splits the pill by status share.
    QLinearGradient gradient(pill.topLeft(), pill.topRight());
    double position = 0;
    for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g) {
        if (counts[g] == 0)
            continue;
        const QColor color = MapPalette::statusColor(MapPalette::STATUS_GROUPS[g]);
        gradient.setColorAt(position, color);
        position += double(counts[g]) / sum;
        gradient.setColorAt(std::min(1.0, position - 1e-6), color);
    }
    painter.setPen(QPen(palette.markerOutline, 1));
    painter.setBrush(gradient);
    painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2 - 0.5, pill.height() / 2 - 0.5);
    painter.setFont(badgeFont());
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text(counts));
}

} // namespace Barista
