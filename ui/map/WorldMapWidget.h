// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/MapOverlay.h"
#include "models/geo/MapRegion.h"

#include <QHash>
#include <QPointF>
#include <QRect>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Barista {

class WorldMapRenderer;

/// The interactive world map (objectName "worldMap"): every catalog region as a marker
/// coloured by provider, deployed nodes and infrastructures on top, painted by
/// WorldMapRenderer.
///
/// Mouse: wheel zooms around the cursor, dragging pans, a click selects a region (Ctrl+click
/// adds or removes it), Shift+drag selects every region in a rubber band (Ctrl+Shift+drag
/// adds them), a click on a bubble zooms into its regions, Alt+click on the map (or "Regions
/// near here" in the context menu) picks a point for "near here" recommendations, and a
/// click on a provider in the legend shows or hides its regions. Keyboard: + and - zoom,
/// arrows pan, Home shows the world, F fits the selection, Esc clears it.
class WorldMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapWidget)

public:
    /// Extra tooltip lines for a region (cheapest price, latency from the selected region...);
    /// each line is shown as given.
    using TooltipHook = std::function<QStringList(const QString& regionKey)>;

    explicit WorldMapWidget(QWidget* parent = nullptr);
    ~WorldMapWidget() override;

    void setRegions(const QList<MapRegion>& regions);
    /// Localised region names by key (Korean names from the catalog); shown in tooltips.
    void setRegionDisplayNames(const QHash<QString, QString>& names);
    void setNodeGroups(const QList<MapNodeGroup>& groups);
    void setInfras(const QList<MapInfra>& infras);
    void setTooltipHook(TooltipHook hook) { m_tooltipHook = std::move(hook); }

    QStringList selectedRegions() const;
    void setProviderVisible(const QString& provider, bool visible);
    bool isProviderVisible(const QString& provider) const;
    /// Providers that have regions, in legend order.
    QStringList providers() const;
    /// Overrides the palette, which otherwise follows the widget's (dark when its window
    /// colour is dark).
    void setDarkPalette(bool dark);
    /// 0 puts Europe and Africa in the middle; 150 a Pacific-centred view.
    void setCentralMeridian(double longitude);
    void setNearPoint(const std::optional<QPointF>& lonLat);

    /// Where a region's marker is drawn, in widget coordinates; nullopt when it is hidden,
    /// off-screen or inside a bubble (zoom in to split the bubble).
    std::optional<QPointF> markerPosition(const QString& regionKey);
    /// Where a provider's legend row is, in widget coordinates (empty when not shown).
    QRectF legendRowRect(const QString& provider);
    /// The tooltip shown at a point (empty when nothing is there).
    QString tooltipTextAt(const QPoint& pos);
    /// How many times the map was painted (a test checks that chart updates do not repaint it).
    int paintCount() const { return m_paintCount; }
    WorldMapRenderer& renderer() { return *m_renderer; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Replaces the selection; emits selectionChanged when it changed.
    void setSelectedRegions(const QStringList& regionKeys);
    void clearSelection();
    void zoomIn();
    void zoomOut();
    void showWholeWorld();
    void fitToSelection();

Q_SIGNALS:
    /// Selected regions as "entry/region" keys, in catalog order.
    void selectionChanged(const QStringList& regionKeys);
    /// A point picked for "regions near here".
    void nearPointChosen(double latitude, double longitude);
    void providerVisibilityChanged(const QString& provider, bool visible);
    /// A double-click on a region.
    void regionActivated(const QString& regionKey);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void click(const QPointF& pos, Qt::KeyboardModifiers modifiers);
    void chooseNearPoint(const QPointF& pos);
    void applySelection(const QStringList& keys);
    void zoomAround(const QPointF& pos, double factor);
    QString regionTooltip(int region) const;
    void followWidgetPalette();

    std::unique_ptr<WorldMapRenderer> m_renderer;
    TooltipHook m_tooltipHook;
    bool m_paletteOverridden = false;
    int m_paintCount = 0;

    enum class Drag
    {
        None,
        Pending, ///< pressed, not moved far enough to be a drag yet
        Pan,
        RubberBand,
    };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    Qt::KeyboardModifiers m_pressModifiers;
    QRect m_rubberBand;
};

} // namespace Barista
