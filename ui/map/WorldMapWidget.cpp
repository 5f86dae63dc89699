// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/WorldMapWidget.h"

#include "ui/map/WorldMapRenderer.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Barista {

namespace {

constexpr double DRAG_THRESHOLD = 4;
constexpr double KEY_ZOOM = 1.5;
constexpr double FIT_PADDING = 60;
constexpr double FIT_MAX_ZOOM = 12;
constexpr int TOOLTIP_CLUSTER_LINES = 12;

} // namespace

WorldMapWidget::WorldMapWidget(QWidget* parent)
    : QWidget(parent)
    , m_renderer(std::make_unique<WorldMapRenderer>())
{
    setObjectName(QStringLiteral("worldMap"));
    setAccessibleName(tr("World map of cloud regions"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // the renderer paints every pixel
    m_renderer->viewport().setSize(size());
    followWidgetPalette();
}

WorldMapWidget::~WorldMapWidget() = default;

void WorldMapWidget::setRegions(const QList<MapRegion>& regions)
{
    const QStringList before = selectedRegions();
    m_renderer->setRegions(regions);
    update();
    if (selectedRegions() != before)
        Q_EMIT selectionChanged(selectedRegions());
}

void WorldMapWidget::setRegionDisplayNames(const QHash<QString, QString>& names)
{
    m_renderer->setDisplayNames(names);
}

void WorldMapWidget::setNodeGroups(const QList<MapNodeGroup>& groups)
{
    m_renderer->setNodeGroups(groups);
    update();
}

void WorldMapWidget::setInfras(const QList<MapInfra>& infras)
{
    m_renderer->setInfras(infras);
    update();
}

QStringList WorldMapWidget::selectedRegions() const
{
    return m_renderer->selection();
}

void WorldMapWidget::setSelectedRegions(const QStringList& regionKeys)
{
    applySelection(regionKeys);
}

void WorldMapWidget::clearSelection()
{
    applySelection({});
}

void WorldMapWidget::applySelection(const QStringList& keys)
{
    const QStringList before = m_renderer->selection();
    m_renderer->setSelection(keys);
    if (m_renderer->selection() == before)
        return;
    update();
    Q_EMIT selectionChanged(m_renderer->selection());
}

void WorldMapWidget::setProviderVisible(const QString& provider, bool visible)
{
    if (isProviderVisible(provider) == visible)
        return;
    m_renderer->setProviderVisible(provider, visible);
    update();
    Q_EMIT providerVisibilityChanged(provider, visible);
}

bool WorldMapWidget::isProviderVisible(const QString& provider) const
{
    return m_renderer->isProviderVisible(provider);
}

QStringList WorldMapWidget::providers() const
{
    return m_renderer->providers();
}

void WorldMapWidget::setDarkPalette(bool dark)
{
    m_paletteOverridden = true;
    m_renderer->setDark(dark);
    update();
}

void WorldMapWidget::setCentralMeridian(double longitude)
{
    m_renderer->setCentralMeridian(longitude);
    update();
}

void WorldMapWidget::setNearPoint(const std::optional<QPointF>& lonLat)
{
    m_renderer->setNearPoint(lonLat);
    update();
}

std::optional<QPointF> WorldMapWidget::markerPosition(const QString& regionKey)
{
    return m_renderer->markerPosition(regionKey);
}

QRectF WorldMapWidget::legendRowRect(const QString& provider)
{
    return m_renderer->legendRowRect(provider);
}

QSize WorldMapWidget::sizeHint() const
{
    return { 960, 540 };
}

QSize WorldMapWidget::minimumSizeHint() const
{
    return { 320, 180 };
}

void WorldMapWidget::zoomIn()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), KEY_ZOOM);
}

void WorldMapWidget::zoomOut()
{
    zoomAround(QPointF(width() / 2.0, height() / 2.0), 1 / KEY_ZOOM);
}

void WorldMapWidget::zoomAround(const QPointF& pos, double factor)
{
    m_renderer->viewport().zoomAt(pos, factor);
    update();
}

void WorldMapWidget::showWholeWorld()
{
    m_renderer->viewport().reset();
    update();
}

void WorldMapWidget::fitToSelection()
{
    const QRectF rect = m_renderer->mapRectOf(selectedRegions());
    if (selectedRegions().isEmpty()) {
        showWholeWorld();
        return;
    }
    m_renderer->viewport().fitMapRect(rect, FIT_PADDING, FIT_MAX_ZOOM);
    update();
}

bool WorldMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void WorldMapWidget::paintEvent(QPaintEvent*)
{
    ++m_paintCount;
    QPainter painter(this);
    m_renderer->paint(painter);
    if (m_drag == Drag::RubberBand && !m_rubberBand.isNull()) {
        const QColor color = m_renderer->palette().rubberBand;
        QColor fill = color;
        fill.setAlpha(40);
        painter.setPen(QPen(color, 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRect(QRectF(m_rubberBand.normalized()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void WorldMapWidget::resizeEvent(QResizeEvent* event)
{
    m_renderer->viewport().setSize(size());
    QWidget::resizeEvent(event);
}

void WorldMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_drag = event->button() == Qt::MiddleButton ? Drag::Pan : Drag::Pending;
        m_pressPos = m_lastPos = event->position();
        m_pressModifiers = event->modifiers();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending && QLineF(pos, m_pressPos).length() >= DRAG_THRESHOLD) {
        m_drag = (m_pressModifiers & Qt::ShiftModifier) ? Drag::RubberBand : Drag::Pan;
        if (m_drag == Drag::Pan)
            setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Pan) {
        m_renderer->viewport().panByPixels(pos - m_lastPos);
        m_lastPos = pos;
        update();
    } else if (m_drag == Drag::RubberBand) {
        m_rubberBand = QRect(m_pressPos.toPoint(), pos.toPoint());
        update();
    } else if (m_drag == Drag::None) {
        m_renderer->setHoverPoint(pos);
        const bool overSomething = m_renderer->markerAt(pos) || m_renderer->legendProviderAt(pos);
        setCursor(overSomething ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void WorldMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::RubberBand) {
        const QStringList inBand = m_renderer->regionKeysIn(QRectF(m_rubberBand.normalized()));
        m_rubberBand = QRect();
        QStringList keys = inBand;
        if (m_pressModifiers & Qt::ControlModifier) {
            keys = selectedRegions();
            for (const QString& key : inBand) {
                if (!keys.contains(key))
                    keys.append(key);
            }
        }
        applySelection(keys);
        update();
    } else if (drag == Drag::Pending && event->button() == Qt::LeftButton) {
        click(event->position(), event->modifiers());
    }
    event->accept();
}

void WorldMapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    const std::optional<int> marker = m_renderer->markerAt(event->position());
    if (event->button() == Qt::LeftButton && marker) {
        const MapMarker& m = m_renderer->layout().markers().at(*marker);
        if (m.kind != MapMarker::Kind::Cluster) {
            Q_EMIT regionActivated(m_renderer->regions().at(m.regions.first()).key);
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

void WorldMapWidget::click(const QPointF& pos, Qt::KeyboardModifiers modifiers)
{
    if (const std::optional<QString> provider = m_renderer->legendProviderAt(pos)) {
        setProviderVisible(*provider, !isProviderVisible(*provider));
        return;
    }
    const bool toggle = modifiers & Qt::ControlModifier;
    const std::optional<int> marker = m_renderer->markerAt(pos);
    if (!marker) {
        if (modifiers & Qt::AltModifier)
            chooseNearPoint(pos);
        else if (!toggle)
            clearSelection();
        return;
    }
    const MapMarker m = m_renderer->layout().markers().at(*marker);
    QStringList keys;
    for (int region : m.regions)
        keys.append(m_renderer->regions().at(region).key);

    if (m.kind == MapMarker::Kind::Cluster && !toggle && m_renderer->viewport().zoom() < MapViewport::MAX_ZOOM) {
        // A bubble opens up: zoom to its regions, at least twice as close.
        MapViewport& view = m_renderer->viewport();
        const double before = view.zoom();
        view.fitMapRect(m_renderer->mapRectOf(keys), FIT_PADDING);
        if (view.zoom() < before * 2)
            view.setView(view.toMap(m.position), before * 2);
        update();
        return;
    }
    if (!toggle) {
        applySelection(keys);
        return;
    }
    // Ctrl: a region toggles; a bubble adds its regions unless all are selected already.
    QStringList selection = selectedRegions();
    bool allSelected = true;
    for (const QString& key : keys)
        allSelected = allSelected && selection.contains(key);
    for (const QString& key : keys) {
        if (allSelected)
            selection.removeAll(key);
        else if (!selection.contains(key))
            selection.append(key);
    }
    applySelection(selection);
}

void WorldMapWidget::chooseNearPoint(const QPointF& pos)
{
    const std::optional<QPointF> lonLat = m_renderer->projection().inverse(m_renderer->viewport().toMap(pos));
    if (!lonLat)
        return;
    m_renderer->setNearPoint(lonLat);
    update();
    Q_EMIT nearPointChosen(lonLat->y(), lonLat->x());
}

void WorldMapWidget::wheelEvent(QWheelEvent* event)
{
    // One notch (120) zooms by 2^(1/4); trackpads send smaller steps for a smooth zoom.
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    zoomAround(event->position(), std::pow(2.0, delta.y() / 480.0));
    event->accept();
}

void WorldMapWidget::keyPressEvent(QKeyEvent* event)
{
    const QPointF step(width() / 8.0, height() / 8.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        m_renderer->viewport().panByPixels(QPointF(step.x(), 0));
        update();
        break;
    case Qt::Key_Right:
        m_renderer->viewport().panByPixels(QPointF(-step.x(), 0));
        update();
        break;
    case Qt::Key_Up:
        m_renderer->viewport().panByPixels(QPointF(0, step.y()));
        update();
        break;
    case Qt::Key_Down:
        m_renderer->viewport().panByPixels(QPointF(0, -step.y()));
        update();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        showWholeWorld();
        break;
    case Qt::Key_F:
        fitToSelection();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::RubberBand) {
            m_drag = Drag::None;
            m_rubberBand = QRect();
            update();
        } else {
            clearSelection();
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WorldMapWidget::leaveEvent(QEvent* event)
{
    m_renderer->setHoverPoint(std::nullopt);
    update();
    QWidget::leaveEvent(event);
}

void WorldMapWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const QPointF pos = event->pos();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("worldMapMenu"));
    QAction* near = menu.addAction(tr("Regions Near Here"));
    QAction* fit = menu.addAction(tr("Fit to Selection"));
    fit->setEnabled(!selectedRegions().isEmpty());
    QAction* world = menu.addAction(tr("Show Whole World"));
    QAction* clear = menu.addAction(tr("Clear Selection"));
    clear->setEnabled(!selectedRegions().isEmpty());
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == near)
        chooseNearPoint(pos);
    else if (chosen == fit)
        fitToSelection();
    else if (chosen == world)
        showWholeWorld();
    else if (chosen == clear)
        clearSelection();
}

void WorldMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        followWidgetPalette();
    QWidget::changeEvent(event);
}

void WorldMapWidget::followWidgetPalette()
{
    if (!m_paletteOverridden)
        m_renderer->setDark(palette().color(QPalette::Window).lightness() < 128);
}

QString WorldMapWidget::tooltipTextAt(const QPoint& pos)
{
    if (const std::optional<QString> provider = m_renderer->legendProviderAt(pos)) {
        return isProviderVisible(*provider) ? tr("Click to hide %1 regions").arg(MapPalette::providerName(*provider))
                                            : tr("Click to show %1 regions").arg(MapPalette::providerName(*provider));
    }
    const std::optional<int> marker = m_renderer->markerAt(pos);
    if (!marker)
        return {};
    const MapMarker& m = m_renderer->layout().markers().at(*marker);
    if (m.kind != MapMarker::Kind::Cluster)
        return regionTooltip(m.regions.first());
    QStringList lines { tr("%n regions (click to zoom in)", nullptr, int(m.regions.size())) };
    for (int i = 0; i < m.regions.size() && i < TOOLTIP_CLUSTER_LINES; ++i) {
        const MapRegion& r = m_renderer->regions().at(m.regions.at(i));
        lines.append(
            tr("%1: %2 (%3)")
                .arg(MapPalette::providerName(r.provider), r.region, m_renderer->displayName(m.regions.at(i))));
    }
    if (m.regions.size() > TOOLTIP_CLUSTER_LINES)
        lines.append(tr("and %n more", nullptr, int(m.regions.size()) - TOOLTIP_CLUSTER_LINES));
    return lines.join(QLatin1Char('\n'));
}

QString WorldMapWidget::regionTooltip(int region) const
{
    const MapRegion& r = m_renderer->regions().at(region);
    QStringList lines;
    lines.append(m_renderer->displayName(region));
    lines.append(tr("Provider: %1").arg(MapPalette::providerName(r.provider)));
    lines.append(tr("Region: %1").arg(r.region));
    if (r.entry != r.provider)
        lines.append(tr("Cloud: %1").arg(r.entry));
    lines.append(
        r.zones.isEmpty() ? tr("Zones: none listed") : tr("Zones: %1").arg(r.zones.join(QStringLiteral(", "))));
    int nodes = 0;
    for (int c : m_renderer->nodeCounts(region))
        nodes += c;
    if (nodes > 0)
        lines.append(tr("Nodes: %1").arg(nodes));
    if (m_tooltipHook)
        lines += m_tooltipHook(r.key);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Barista
