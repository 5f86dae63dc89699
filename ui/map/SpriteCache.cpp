// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/SpriteCache.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace Barista {

void SpriteCache::blit(
    QPainter& painter, const QString& key, const QPointF& topLeft, const QSizeF& size, const Paint& paint)
{
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QString fullKey = key + QLatin1Char('@') + QString::number(dpr);
    auto it = m_sprites.constFind(fullKey);
    if (it == m_sprites.constEnd()) {
        if (m_sprites.size() >= MAX_SPRITES)
            m_sprites.clear();
        QImage sprite((size * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        paint(p);
        p.end();
        it = m_sprites.insert(fullKey, sprite);
    }
    // Whole device pixels keep the blit a plain copy rather than a resampling.
    painter.drawImage(QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr), *it);
}

} // namespace Barista
