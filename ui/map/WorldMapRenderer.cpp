// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/WorldMapRenderer.h"

#include "ui/map/MapBadge.h"
#include "ui/map/MapInfraLayer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace Barista {

namespace {

constexpr double LABEL_ZOOM = 6;

const QStringList& providerOrder()
{
    static const QStringList order {
        QStringLiteral("aws"),
        QStringLiteral("azure"),
        QStringLiteral("gcp"),
        QStringLiteral("alibaba"),
        QStringLiteral("tencent"),
        QStringLiteral("ibm"),
        QStringLiteral("ncp"),
        QStringLiteral("nhn"),
        QStringLiteral("kt"),
        QStringLiteral("openstack"),
    };
    return order;
}

QFont pixelFont(int pixels, bool bold)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

WorldMapRenderer::WorldMapRenderer()
    : m_palette(MapPalette::light())
{
}

void WorldMapRenderer::setRegions(const QList<MapRegion>& regions)
{
    const QStringList selected = selection();
    m_regions = regions;
    m_index.clear();
    m_mapPositions.clear();
    m_providers.clear();
    for (int i = 0; i < m_regions.size(); ++i) {
        const MapRegion& r = m_regions.at(i);
        m_index.insert(r.key, i);
        m_mapPositions.append(m_projection.project(r.longitude, r.latitude));
        if (!m_providers.contains(r.provider))
            m_providers.append(r.provider);
    }
    std::sort(m_providers.begin(), m_providers.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = providerOrder().indexOf(a), ib = providerOrder().indexOf(b);
        if (ia != ib)
            return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
        return a < b;
    });
    m_nodeCounts = QList<NodeCounts>(m_regions.size(), NodeCounts {});
    setSelection(selected);
    m_layoutDirty = true;
    ++m_baseVersion;
}

void WorldMapRenderer::setInfras(const QList<MapInfra>& infras)
{
    m_infras = infras;
    ++m_baseVersion;
}

QString WorldMapRenderer::displayName(int region) const
{
    const MapRegion& r = m_regions.at(region);
    const QString localised = m_displayNames.value(r.key);
    return localised.isEmpty() ? r.displayName : localised;
}

void WorldMapRenderer::setNodeGroups(const QList<MapNodeGroup>& groups)
{
    m_nodeCounts = QList<NodeCounts>(m_regions.size(), NodeCounts {});
    for (const MapNodeGroup& g : groups) {
        const int region = regionIndex(g.regionKey);
        if (region >= 0 && g.count > 0)
            m_nodeCounts[region][MapPalette::statusGroupIndex(g.status)] += g.count;
    }
}

void WorldMapRenderer::setSelection(const QStringList& keys)
{
    m_selected.clear();
    for (const QString& key : keys) {
        const int region = regionIndex(key);
        if (region >= 0)
            m_selected.insert(region);
    }
}

QStringList WorldMapRenderer::selection() const
{
    QList<int> sorted(m_selected.cbegin(), m_selected.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList keys;
    for (int region : sorted)
        keys.append(m_regions.at(region).key);
    return keys;
}

void WorldMapRenderer::setProviderVisible(const QString& provider, bool visible)
{
    if (visible == isProviderVisible(provider))
        return;
    if (visible)
        m_hiddenProviders.remove(provider);
    else
        m_hiddenProviders.insert(provider);
    m_layoutDirty = true;
}

void WorldMapRenderer::setDark(bool dark)
{
    m_palette = dark ? MapPalette::darkPalette() : MapPalette::light();
}

void WorldMapRenderer::setCentralMeridian(double longitude)
{
    m_projection.setCentralMeridian(longitude);
    m_land.setCentralMeridian(m_projection.centralMeridian());
    for (int i = 0; i < m_regions.size(); ++i)
        m_mapPositions[i] = m_projection.project(m_regions.at(i).longitude, m_regions.at(i).latitude);
    m_layoutDirty = true;
    ++m_baseVersion;
}

const MapLayout& WorldMapRenderer::layout()
{
    if (m_layoutDirty || !(m_layoutView == m_view)) {
        QList<bool> visible;
        visible.reserve(m_regions.size());
        for (const MapRegion& r : m_regions)
            visible.append(isProviderVisible(r.provider));
        m_layout.build(m_mapPositions, visible, m_view);
        m_layoutView = m_view;
        m_layoutDirty = false;
    }
    return m_layout;
}

std::optional<int> WorldMapRenderer::markerAt(const QPointF& pixel)
{
    return layout().markerAt(pixel);
}

QStringList WorldMapRenderer::regionKeysIn(const QRectF& rect)
{
    QStringList keys;
    for (int region : layout().regionsIn(rect))
        keys.append(m_regions.at(region).key);
    return keys;
}

std::optional<QPointF> WorldMapRenderer::markerPosition(const QString& key)
{
    const int region = regionIndex(key);
    return region < 0 ? std::nullopt : layout().markerPosition(region);
}

std::optional<QString> WorldMapRenderer::legendProviderAt(const QPointF& pixel)
{
    if (!m_legendVisible)
        return std::nullopt;
    updateLegend();
    return m_legend.providerAt(pixel);
}

QRectF WorldMapRenderer::legendRowRect(const QString& provider)
{
    if (!m_legendVisible)
        return {};
    updateLegend();
    return m_legend.providerRowRect(provider);
}

QRectF WorldMapRenderer::mapRectOf(const QStringList& keys) const
{
    // QRectF::united ignores empty rects, and one region is a point: grow by hand.
    std::optional<QRectF> rect;
    for (const QString& key : keys) {
        const int region = regionIndex(key);
        if (region < 0)
            continue;
        const QPointF p = m_mapPositions.at(region);
        if (!rect)
            rect = QRectF(p, p);
        else
            rect = QRectF(QPointF(std::min(rect->left(), p.x()), std::min(rect->top(), p.y())),
                QPointF(std::max(rect->right(), p.x()), std::max(rect->bottom(), p.y())));
    }
    return rect.value_or(QRectF());
}

void WorldMapRenderer::updateLegend()
{
    QList<MapLegend::ProviderRow> providers;
    for (const QString& p : m_providers) {
        int count = 0;
        for (const MapRegion& r : m_regions)
            count += r.provider == p ? 1 : 0;
        providers.append({ p, count, isProviderVisible(p) });
    }
    NodeCounts totals {};
    for (const NodeCounts& c : m_nodeCounts)
        for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g)
            totals[g] += c[g];
    QList<MapLegend::StatusRow> statuses;
    for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g) {
        if (totals[g] > 0)
            statuses.append({ MapPalette::STATUS_GROUPS[g], totals[g] });
    }
    m_legend.setRows(providers, statuses);
    m_legend.layout(m_view.size());
}

void WorldMapRenderer::paint(QPainter& painter)
{
    painter.save();
    paintBase(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const MapLayout& markers = layout();
    paintMarkers(painter, m_hover ? markers.markerAt(*m_hover) : std::nullopt);
    paintLabels(painter);
    paintNearPoint(painter);
    if (m_legendVisible) {
        updateLegend();
        m_legend.paint(painter, m_palette);
    }
    painter.restore();
}

void WorldMapRenderer::paintBase(QPainter& painter)
{
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const BaseKey key { m_view, dpr, m_palette.dark, m_baseVersion };
    if (m_base.isNull() || !(key == m_baseKey)) {
        ++m_baseRenders;
        m_base = QImage((m_view.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_base.setDevicePixelRatio(dpr);
        QPainter base(&m_base);
        m_land.paint(base, m_view, m_palette);
        MapInfraLayer::paint(base, { m_view, m_projection, m_regions, m_index, m_palette }, m_infras);
        m_baseKey = key;
    }
    // The layer is opaque: copy it rather than blend it (a third of a still frame at 2x).
    const QPainter::CompositionMode mode = painter.compositionMode();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPointF(0, 0), m_base);
    painter.setCompositionMode(mode);
}

void WorldMapRenderer::paintMarkers(QPainter& painter, std::optional<int> hovered)
{
    // Every look is drawn once into the sprite cache and blitted from then on.
    const QList<MapMarker>& markers = m_layout.markers();
    const QString dark = m_palette.dark ? QStringLiteral("d") : QStringLiteral("l");
    QPointF lastAnchor(-1e9, -1e9);
    for (const MapMarker& m : markers) {
        // A fanned group sits on a faint disc so it reads as one place.
        if (m.kind != MapMarker::Kind::Fanned || m.anchor == lastAnchor)
            continue;
        lastAnchor = m.anchor;
        const double r = QLineF(m.anchor, m.position).length() + m.radius + 2.5;
        m_sprites.blit(painter, QStringLiteral("disc%1%2").arg(dark).arg(r, 0, 'f', 1),
            m.anchor - QPointF(r + 1, r + 1), QSizeF(2 * r + 2, 2 * r + 2), [this, r](QPainter& p) {
                QColor disc = m_palette.panel;
                disc.setAlpha(150);
                QColor border = m_palette.panelBorder;
                border.setAlpha(200);
                p.setPen(QPen(border, 1));
                p.setBrush(disc);
                p.drawEllipse(QPointF(r + 1, r + 1), r, r);
            });
    }

    for (int i = 0; i < markers.size(); ++i) {
        const MapMarker& m = markers.at(i);
        const bool isHovered = hovered && *hovered == i;
        bool anySelected = false;
        NodeCounts counts {};
        for (int r : m.regions) {
            anySelected = anySelected || m_selected.contains(r);
            for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g)
                counts[g] += m_nodeCounts.at(r)[g];
        }
        const double r = m.radius + (isHovered ? 1.5 : 0);
        const double half = std::ceil(r + 5);
        const QString state = dark + (isHovered ? QLatin1Char('h') : QLatin1Char('-'))
            + (anySelected ? QLatin1Char('s') : QLatin1Char('-'));
        if (m.kind == MapMarker::Kind::Cluster) {
            // Providers in legend order with their share, for the split ring.
            QList<std::pair<QString, int>> shares;
            for (const QString& p : m_providers) {
                int n = 0;
                for (int region : m.regions)
                    n += m_regions.at(region).provider == p ? 1 : 0;
                if (n > 0)
                    shares.append({ p, n });
            }
            QString key = QStringLiteral("cluster") + state + QString::number(r);
            for (const auto& [p, n] : shares)
                key += QLatin1Char('|') + p + QLatin1Char(':') + QString::number(n);
            const int total = int(m.regions.size());
            m_sprites.blit(painter, key, m.position - QPointF(half, half), QSizeF(2 * half, 2 * half),
                [&, r, half, total](QPainter& p) {
                    const QPointF c(half, half);
                    if (anySelected) {
                        p.setPen(QPen(m_palette.selection, 2.4));
                        p.setBrush(Qt::NoBrush);
                        p.drawEllipse(c, r + 3, r + 3);
                    }
                    p.setPen(QPen(isHovered ? m_palette.hover : m_palette.panelBorder, 1));
                    p.setBrush(m_palette.panel);
                    p.drawEllipse(c, r, r);
                    const QRectF ring(c - QPointF(r - 2.5, r - 2.5), QSizeF(2 * r - 5, 2 * r - 5));
                    int start = 90 * 16;
                    for (const auto& [provider, n] : shares) {
                        const int span = -int(std::lround(5760.0 * n / total));
                        p.setPen(QPen(MapPalette::providerColor(provider), 4, Qt::SolidLine, Qt::FlatCap));
                        p.drawArc(ring, start, span);
                        start += span;
                    }
                    p.setFont(pixelFont(11, true));
                    p.setPen(m_palette.text);
                    p.drawText(QRectF(0, 0, 2 * half, 2 * half), Qt::AlignCenter, QString::number(total));
                });
        } else {
            const QColor fill = MapPalette::providerColor(m_regions.at(m.regions.first()).provider);
            m_sprites.blit(painter, QStringLiteral("marker") + state + fill.name() + QString::number(r),
                m.position - QPointF(half, half), QSizeF(2 * half, 2 * half), [&, r, half, fill](QPainter& p) {
                    const QPointF c(half, half);
                    if (anySelected) {
                        p.setPen(QPen(m_palette.selection, 2.2));
                        p.setBrush(Qt::NoBrush);
                        p.drawEllipse(c, r + 3.2, r + 3.2);
                    }
                    p.setPen(QPen(isHovered ? m_palette.hover : m_palette.markerOutline, 1.5));
                    p.setBrush(fill);
                    p.drawEllipse(c, r, r);
                });
        }
        if (MapBadge::total(counts) > 0) {
            const QSizeF size = MapBadge::size(counts);
            QString key = QStringLiteral("badge") + dark;
            for (int c : counts)
                key += QLatin1Char(',') + QString::number(c);
            const QPointF at = m.position + QPointF(m.radius * 0.6, -m.radius * 0.6 - size.height());
            m_sprites.blit(painter, key, at, size,
                [&, size](QPainter& p) { MapBadge::paint(p, QRectF(QPointF(0, 0), size), counts, m_palette); });
        }
    }
}

void WorldMapRenderer::paintLabels(QPainter& painter)
{
    // Region ids beside selected markers, and beside every marker once zoomed in far enough
    // for them to fit; a label that would overlap one already placed is skipped.
    const bool all = m_view.zoom() >= LABEL_ZOOM;
    painter.setFont(pixelFont(10, false));
    const QFontMetricsF fm(painter.font());
    QList<QRectF> placed;
    QColor panel = m_palette.panel;
    panel.setAlpha(210);
    for (int pass = 0; pass < 2; ++pass) {
        for (const MapMarker& m : m_layout.markers()) {
            if (m.kind == MapMarker::Kind::Cluster)
                continue;
            const int region = m.regions.first();
            const bool selected = m_selected.contains(region);
            if ((pass == 0) != selected || (!selected && !all))
                continue;
            const QString text = m_regions.at(region).region;
            QRectF rect(0, 0, fm.horizontalAdvance(text) + 8, fm.height() + 2);
            const bool left = m.kind == MapMarker::Kind::Fanned && m.position.x() < m.anchor.x();
            rect.moveCenter(m.position + QPointF((left ? -1 : 1) * (m.radius + 5 + rect.width() / 2), 0));
            bool overlaps = false;
            for (const QRectF& other : placed)
                overlaps = overlaps || other.intersects(rect);
            if (overlaps)
                continue;
            placed.append(rect);
            painter.setPen(Qt::NoPen);
            painter.setBrush(panel);
            painter.drawRoundedRect(rect, 3, 3);
            painter.setPen(selected ? m_palette.selection : m_palette.text);
            painter.drawText(rect, Qt::AlignCenter, text);
        }
    }
}

void WorldMapRenderer::paintNearPoint(QPainter& painter)
{
    if (!m_nearPoint)
        return;
    const QPointF at = m_view.toPixel(m_projection.project(*m_nearPoint));
    painter.setPen(QPen(m_palette.selection, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, 8, 8);
    painter.drawLine(at - QPointF(13, 0), at - QPointF(5, 0));
    painter.drawLine(at + QPointF(5, 0), at + QPointF(13, 0));
    painter.drawLine(at - QPointF(0, 13), at - QPointF(0, 5));
    painter.drawLine(at + QPointF(0, 5), at + QPointF(0, 13));
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_palette.selection);
    painter.drawEllipse(at, 2.5, 2.5);
}

} // namespace Barista
