// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <functional>

class QPainter;

namespace Barista {

/// Small pictures (markers, bubbles, badges) drawn once per look and pixel ratio, then
/// blitted: a few hundred antialiased circles, arcs, gradients and texts cost milliseconds per
/// frame, a few hundred blits a fraction of one. Keys describe the look completely.
class SpriteCache
{
public:
    using Paint = std::function<void(QPainter&)>;

    /// Blits the picture stored under key with its top-left corner at topLeft (logical
    /// pixels, snapped to device pixels), painting it first with paint - in logical
    /// coordinates of a size-sized canvas - when it is not cached yet.
    void blit(QPainter& painter, const QString& key, const QPointF& topLeft, const QSizeF& size, const Paint& paint);
    void clear() { m_sprites.clear(); }
    qsizetype size() const { return m_sprites.size(); }

private:
    static constexpr qsizetype MAX_SPRITES = 4096; // then start again rather than grow forever

    QHash<QString, QImage> m_sprites;
};

} // namespace Barista
