// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/WorldMapRenderer.h"

#include "ui/map/MapBadge.h"
#include "ui/map/MapInfraLayer.h"

#include <QFont>
#include <QPaintDevice>
#include <QFontMetricsF>
#include <QLineF>
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
    static const QStringList order{
        QStringLiteral("aws"),       QStringLiteral("azure"), QStringLiteral("gcp"), QStringLiteral("alibaba"),
        QStringLiteral("tencent"),   QStringLiteral("ibm"),   QStringLiteral("ncp"), QStringLiteral("nhn"),
        QStringLiteral("kt"),        QStringLiteral("openstack"),
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
    m_nodeCounts = QList<NodeCounts>(m_regions.size(), NodeCounts{});
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
    m_nodeCounts = QList<NodeCounts>(m_regions.size(), NodeCounts{});
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
        providers.append({p, count, isProviderVisible(p)});
    }
    NodeCounts totals{};
    for (const NodeCounts& c : m_nodeCounts)
        for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g)
            totals[g] += c[g];
    QList<MapLegend::StatusRow> statuses;
    for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g) {
        if (totals[g] > 0)
            statuses.append({MapPalette::STATUS_GROUPS[g], totals[g]});
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
    const BaseKey key{m_view, dpr, m_palette.dark, m_baseVersion};
    if (m_base.isNull() || !(key == m_baseKey)) {
        ++m_baseRenders;
        m_base = QImage((m_view.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_base.setDevicePixelRatio(dpr);
        QPainter base(&m_base);
        m_land.paint(base, m_view, m_palette);
        MapInfraLayer::paint(base, {m_view, m_projection, m_regions, m_index, m_palette}, m_infras);
        m_baseKey = key;
    }
    painter.drawImage(QPointF(0, 0), m_base);
}

void WorldMapRenderer::paintMarkers(QPainter& painter, std::optional<int> hovered)
{
    const QList<MapMarker>& markers = m_layout.markers();
    // A fanned group sits on a faint disc so it reads as one place.
    QColor disc = m_palette.panel;
    disc.setAlpha(150);
    QColor discBorder = m_palette.panelBorder;
    discBorder.setAlpha(200);
    painter.setPen(QPen(discBorder, 1));
    painter.setBrush(disc);
    QPointF lastAnchor(-1e9, -1e9);
    for (const MapMarker& m : markers) {
        if (m.kind != MapMarker::Kind::Fanned || m.anchor == lastAnchor)
            continue;
        lastAnchor = m.anchor;
        const double r = QLineF(m.anchor, m.position).length() + m.radius + 2.5;
        painter.drawEllipse(m.anchor, r, r);
    }

    const QFont countFont = pixelFont(11, true);
    for (int i = 0; i < markers.size(); ++i) {
        const MapMarker& m = markers.at(i);
        const bool isHovered = hovered && *hovered == i;
        bool anySelected = false;
        NodeCounts counts{};
        for (int r : m.regions) {
            anySelected = anySelected || m_selected.contains(r);
            for (int g = 0; g < MapPalette::STATUS_GROUP_COUNT; ++g)
                counts[g] += m_nodeCounts.at(r)[g];
        }
        if (m.kind == MapMarker::Kind::Cluster) {
            const double r = m.radius + (isHovered ? 1.5 : 0);
            if (anySelected) {
                painter.setPen(QPen(m_palette.selection, 2.4));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(m.position, r + 3, r + 3);
            }
            painter.setPen(QPen(isHovered ? m_palette.hover : m_palette.panelBorder, 1));
            painter.setBrush(m_palette.panel);
            painter.drawEllipse(m.position, r, r);
            // A ring split by provider share.
            QHash<QString, int> perProvider;
            QStringList order;
            for (int region : m.regions) {
                const QString& p = m_regions.at(region).provider;
                if (!perProvider.contains(p))
                    order.append(p);
                ++perProvider[p];
            }
            std::sort(order.begin(), order.end(), [this](const QString& a, const QString& b) {
                return m_providers.indexOf(a) < m_providers.indexOf(b);
            });
            const QRectF ring(m.position - QPointF(r - 2.5, r - 2.5), QSizeF(2 * r - 5, 2 * r - 5));
            int start = 90 * 16;
            for (const QString& p : order) {
                const int span = -int(std::lround(5760.0 * perProvider.value(p) / m.regions.size()));
                painter.setPen(QPen(MapPalette::providerColor(p), 4, Qt::SolidLine, Qt::FlatCap));
                painter.drawArc(ring, start, span);
                start += span;
            }
            painter.setFont(countFont);
            painter.setPen(m_palette.text);
            const QRectF textRect(m.position - QPointF(r, r), QSizeF(2 * r, 2 * r));
            painter.drawText(textRect, Qt::AlignCenter, QString::number(m.regions.size()));
        } else {
            const int region = m.regions.first();
            const double r = m.radius + (isHovered ? 1.5 : 0);
            if (anySelected) {
                painter.setPen(QPen(m_palette.selection, 2.2));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(m.position, r + 3.2, r + 3.2);
            }
            painter.setPen(QPen(isHovered ? m_palette.hover : m_palette.markerOutline, 1.5));
            painter.setBrush(MapPalette::providerColor(m_regions.at(region).provider));
            painter.drawEllipse(m.position, r, r);
        }
        int total = 0;
        for (int c : counts)
            total += c;
        if (total > 0)
            MapBadge::paint(painter, m.position + QPointF(m.radius * 0.6, -m.radius * 0.6), counts, m_palette);
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
