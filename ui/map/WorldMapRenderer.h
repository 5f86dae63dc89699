// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/MapOverlay.h"
#include "models/geo/MapProjection.h"
#include "models/geo/MapRegion.h"
#include "models/geo/MapViewport.h"
#include "ui/map/MapLandLayer.h"
#include "ui/map/MapLayout.h"
#include "ui/map/MapLegend.h"
#include "ui/map/MapPalette.h"
#include "ui/map/SpriteCache.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QStringList>
#include <array>
#include <optional>

class QPainter;

namespace Barista {

/// Paints the world map onto any QPainter (a widget, a QImage for tests and screenshots, a
/// printer): land, graticule, region markers coloured by provider (grouped where they
/// overlap), deployed-node badges, infrastructure hulls and lines, selection, the "near
/// here" point and the legend. Everything is laid out in logical pixels, so a device pixel
/// ratio of 2 gives the same picture at twice the resolution. It holds no QObject and no
/// timer: the widget (or a test) sets state, then calls paint().
class WorldMapRenderer
{
public:
    using NodeCounts = std::array<int, MapPalette::STATUS_GROUP_COUNT>;

    WorldMapRenderer();

    // --- data --------------------------------------------------------------------------
    void setRegions(const QList<MapRegion>& regions);
    const QList<MapRegion>& regions() const { return m_regions; }
    /// Index of a region key ("aws/ap-northeast-2") or -1.
    int regionIndex(const QString& key) const { return m_index.value(key, -1); }
    /// Localised display names by region key (e.g. Korean); others use the catalog's name.
    void setDisplayNames(const QHash<QString, QString>& names) { m_displayNames = names; }
    QString displayName(int region) const;
    void setNodeGroups(const QList<MapNodeGroup>& groups);
    NodeCounts nodeCounts(int region) const { return m_nodeCounts.value(region); }
    void setInfras(const QList<MapInfra>& infras);
    const QList<MapInfra>& infras() const { return m_infras; }

    // --- state -------------------------------------------------------------------------
    /// Selected region keys; unknown keys are dropped.
    void setSelection(const QStringList& keys);
    /// Selected keys in region order.
    QStringList selection() const;
    bool isSelected(int region) const { return m_selected.contains(region); }
    void setHoverPoint(const std::optional<QPointF>& pixel) { m_hover = pixel; }
    void setProviderVisible(const QString& provider, bool visible);
    bool isProviderVisible(const QString& provider) const { return !m_hiddenProviders.contains(provider); }
    /// Providers that have regions, in legend order.
    QStringList providers() const { return m_providers; }
    void setDark(bool dark);
    const MapPalette& palette() const { return m_palette; }
    void setCentralMeridian(double longitude);
    const MapProjection& projection() const { return m_projection; }
    void setNearPoint(const std::optional<QPointF>& lonLat) { m_nearPoint = lonLat; }
    std::optional<QPointF> nearPoint() const { return m_nearPoint; }
    void setLegendVisible(bool visible) { m_legendVisible = visible; }

    MapViewport& viewport() { return m_view; }
    const MapViewport& viewport() const { return m_view; }

    // --- painting and geometry (logical pixels of the current viewport) -----------------
    void paint(QPainter& painter);
    const MapLayout& layout();
    std::optional<int> markerAt(const QPointF& pixel);
    QStringList regionKeysIn(const QRectF& rect);
    std::optional<QPointF> markerPosition(const QString& key);
    std::optional<QString> legendProviderAt(const QPointF& pixel);
    QRectF legendRowRect(const QString& provider);
    /// The map-unit rectangle around the given regions (empty rect for none).
    QRectF mapRectOf(const QStringList& keys) const;
    /// Position of a region in map units.
    QPointF mapPosition(int region) const { return m_mapPositions.value(region); }
    /// How often the static layer (land and infrastructures) was painted rather than reused:
    /// it is kept as an image while the view, pixel ratio, palette and infrastructures stay.
    int baseRenderCount() const { return m_baseRenders; }
    /// Forget the static layer's image (benchmarks use this to time a full paint).
    void invalidateBase() { m_base = QImage(); }

private:
    struct BaseKey
    {
        MapViewport view;
        qreal dpr = 1;
        bool dark = false;
        int version = 0;
        bool operator==(const BaseKey&) const = default;
    };

    void updateLegend();
    void paintBase(QPainter& painter);
    void paintMarkers(QPainter& painter, std::optional<int> hovered);
    void paintLabels(QPainter& painter);
    void paintNearPoint(QPainter& painter);

    QList<MapRegion> m_regions;
    QHash<QString, int> m_index;
    QList<QPointF> m_mapPositions;
    QHash<QString, QString> m_displayNames;
    QList<NodeCounts> m_nodeCounts;
    QList<MapInfra> m_infras;
    QSet<int> m_selected;
    QSet<QString> m_hiddenProviders;
    QStringList m_providers;
    std::optional<QPointF> m_hover;
    std::optional<QPointF> m_nearPoint;
    bool m_legendVisible = true;

    MapPalette m_palette;
    MapProjection m_projection;
    MapViewport m_view;
    MapLandLayer m_land;
    MapLayout m_layout;
    MapLegend m_legend;
    SpriteCache m_sprites;
    QImage m_base;
    BaseKey m_baseKey;
    int m_baseVersion = 0; ///< bumped when anything in the static layer changes
    int m_baseRenders = 0;
    bool m_layoutDirty = true;
    MapViewport m_layoutView;
};

} // namespace Barista
