// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"
#include "models/geo/MapRegion.h"
#include "ui/map/MapPalette.h"
#include "ui/map/WorldMapRenderer.h"
#include "ui/map/MapInfraLayer.h"
#include "ui/map/WorldMapWidget.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace Barista;

namespace {

const QSize VIEW_SIZE(1200, 700);

// Mouse events sent straight to the widget: QTest::mouseMove does not carry held buttons
// on every platform plugin, and a drag needs them.
void sendMouse(QWidget& w, QEvent::Type type, const QPointF& pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, pos, w.mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(&w, &event);
}

void drag(QWidget& w, const QPointF& from, const QPointF& to, Qt::KeyboardModifiers modifiers)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 5; ++i)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * i / 5.0, Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Regions whose markers stand alone at the current view (of one provider, or of any).
QStringList loneRegions(WorldMapWidget& map, const QString& provider = QString())
{
    WorldMapRenderer& r = map.renderer();
    QStringList keys;
    for (const MapMarker& m : r.layout().markers()) {
        const MapRegion& region = r.regions().at(m.regions.first());
        if (m.kind == MapMarker::Kind::Single && (provider.isEmpty() || region.provider == provider))
            keys.append(region.key);
    }
    return keys;
}

QString loneRegion(WorldMapWidget& map, const QString& provider)
{
    return loneRegions(map, provider).value(0);
}

int colorDistance(QRgb a, const QColor& b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

// Bounding box of the pixels close to a colour.
QRect colorBox(const QImage& image, const QColor& color)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (colorDistance(image.pixel(x, y), color) < 30)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestWorldMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickSelectsRegion();
    void ctrlClickAddsAndToggles();
    void clickOnEmptyMapClears();
    void rubberBandSelectsSeveral();
    void providerFilterHidesMarkers();
    void legendClickTogglesProvider();
    void clusterClickZoomsIn();
    void altClickChoosesNearPoint();
    void tooltipShowsRegionAndHook();
    void wheelZoomKeepsPointUnderCursor();
    void keyboardZoomPanAndHome();
    void fitToSelectionShowsSelectedRegions();
    void devicePixelRatioKeepsLogicalSizes();
    void darkPaletteIsDark();
    void paintCountOnlyGrowsWhenSomethingChanged();
    void infraHullTakesTheShortestArc();

private:
    WorldMapWidget* m_map = nullptr;
};

void TestWorldMap::init()
{
    m_map = new WorldMapWidget;
    m_map->resize(VIEW_SIZE);
    m_map->setDarkPalette(false);
    m_map->setRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
    QCOMPARE(m_map->objectName(), QStringLiteral("worldMap"));
}

void TestWorldMap::cleanup()
{
    delete m_map;
    m_map = nullptr;
}

void TestWorldMap::clickSelectsRegion()
{
    const QString key = loneRegion(*m_map, QStringLiteral("aws"));
    QVERIFY(!key.isEmpty());
    const auto pos = m_map->markerPosition(key);
    QVERIFY(pos.has_value());
    QSignalSpy spy(m_map, &WorldMapWidget::selectionChanged);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, pos->toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toStringList(), QStringList { key });
    QCOMPARE(m_map->selectedRegions(), QStringList { key });
}

void TestWorldMap::ctrlClickAddsAndToggles()
{
    const QStringList lone = loneRegions(*m_map);
    QVERIFY(lone.size() >= 2);
    const QString first = lone.at(0);
    const QString second = lone.at(1);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, m_map->markerPosition(first)->toPoint());
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, m_map->markerPosition(second)->toPoint());
    QCOMPARE(m_map->selectedRegions().size(), 2);
    QVERIFY(m_map->selectedRegions().contains(first) && m_map->selectedRegions().contains(second));
    // Ctrl+click on a selected region removes it; a plain click replaces the selection.
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, m_map->markerPosition(first)->toPoint());
    QCOMPARE(m_map->selectedRegions(), QStringList { second });
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, m_map->markerPosition(first)->toPoint());
    QCOMPARE(m_map->selectedRegions(), QStringList { first });
}

void TestWorldMap::clickOnEmptyMapClears()
{
    const QString key = loneRegion(*m_map, QStringLiteral("gcp"));
    m_map->setSelectedRegions({ key });
    QSignalSpy spy(m_map, &WorldMapWidget::selectionChanged);
    // The middle of the South Pacific holds no region.
    const QPointF ocean = m_map->renderer().viewport().toPixel(m_map->renderer().projection().project(-130, -40));
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, ocean.toPoint());
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_map->selectedRegions().isEmpty());
}

void TestWorldMap::rubberBandSelectsSeveral()
{
    // Every region in South America (south of 13°N, between 90°W and 30°W), from the data.
    WorldMapRenderer& r = m_map->renderer();
    QStringList expected;
    QRectF box;
    for (int i = 0; i < r.regions().size(); ++i) {
        const MapRegion& region = r.regions().at(i);
        if (region.latitude < 13 && region.longitude > -90 && region.longitude < -30) {
            expected.append(region.key);
            const QPointF p = r.viewport().toPixel(r.mapPosition(i));
            box = box.isNull() ? QRectF(p, QSizeF(1, 1)) : box.united(QRectF(p, QSizeF(1, 1)));
        }
    }
    QVERIFY(expected.size() >= 4);
    box.adjust(-14, -14, 14, 14);
    QSignalSpy spy(m_map, &WorldMapWidget::selectionChanged);
    drag(*m_map, box.topLeft(), box.bottomRight(), Qt::ShiftModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_map->selectedRegions(), expected);
    // Ctrl+Shift adds to the selection instead of replacing it.
    QString extra;
    for (const QString& key : loneRegions(*m_map))
        extra = extra.isEmpty() && !expected.contains(key) ? key : extra;
    QVERIFY(!extra.isEmpty());
    const QPointF at = *m_map->markerPosition(extra);
    drag(*m_map, at - QPointF(8, 8), at + QPointF(8, 8), Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(m_map->selectedRegions().size(), expected.size() + 1);
    // A plain drag pans and leaves the selection alone.
    const QPointF centerBefore = r.viewport().center();
    m_map->renderer().viewport().setView(centerBefore, 2);
    drag(*m_map, QPointF(600, 300), QPointF(500, 300), Qt::NoModifier);
    QCOMPARE(m_map->selectedRegions().size(), expected.size() + 1);
    QVERIFY(r.viewport().center().x() > centerBefore.x());
}

void TestWorldMap::providerFilterHidesMarkers()
{
    const QString key = loneRegion(*m_map, QStringLiteral("aws"));
    const QPointF pos = *m_map->markerPosition(key);
    const QColor aws = MapPalette::providerColor(QStringLiteral("aws"));
    QVERIFY(colorDistance(m_map->grab().toImage().pixel(pos.toPoint()), aws) < 30);
    QVERIFY(m_map->renderer().markerAt(pos).has_value());

    QSignalSpy spy(m_map, &WorldMapWidget::providerVisibilityChanged);
    m_map->setProviderVisible(QStringLiteral("aws"), false);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_map->markerPosition(key).has_value());
    QVERIFY(!m_map->renderer().markerAt(pos).has_value());
    const QImage hidden = m_map->grab().toImage();
    // No pixel of the provider's colour is left around where the marker was.
    for (int dy = -6; dy <= 6; ++dy)
        for (int dx = -6; dx <= 6; ++dx)
            QVERIFY(colorDistance(hidden.pixel(pos.toPoint() + QPoint(dx, dy)), aws) >= 30);
    // Clicking there now selects nothing.
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, pos.toPoint());
    QVERIFY(m_map->selectedRegions().isEmpty());
    m_map->setProviderVisible(QStringLiteral("aws"), true);
    QVERIFY(m_map->markerPosition(key).has_value());
}

void TestWorldMap::legendClickTogglesProvider()
{
    const QRectF row = m_map->legendRowRect(QStringLiteral("gcp"));
    QVERIFY(!row.isEmpty());
    QSignalSpy spy(m_map, &WorldMapWidget::providerVisibilityChanged);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, row.center().toPoint());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_map->isProviderVisible(QStringLiteral("gcp")));
    QVERIFY(loneRegion(*m_map, QStringLiteral("gcp")).isEmpty());
    QVERIFY(m_map->tooltipTextAt(row.center().toPoint()).contains(QStringLiteral("Google Cloud")));
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, row.center().toPoint());
    QVERIFY(m_map->isProviderVisible(QStringLiteral("gcp")));
}

void TestWorldMap::clusterClickZoomsIn()
{
    WorldMapRenderer& r = m_map->renderer();
    std::optional<MapMarker> bubble;
    for (const MapMarker& m : r.layout().markers()) {
        if (m.kind == MapMarker::Kind::Cluster && (!bubble || m.regions.size() > bubble->regions.size()))
            bubble = m;
    }
    QVERIFY(bubble.has_value()); // Europe, Seoul or Virginia at the world view
    const double zoomBefore = r.viewport().zoom();
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::NoModifier, bubble->position.toPoint());
    QVERIFY(r.viewport().zoom() >= 2 * zoomBefore);
    QVERIFY(m_map->selectedRegions().isEmpty());
    // Zoomed in, the bubble's regions are spread over more, smaller markers.
    int markersForThem = 0;
    for (const MapMarker& m : r.layout().markers()) {
        for (int region : bubble->regions)
            markersForThem += m.regions.contains(region) ? 1 : 0;
    }
    QSet<int> distinct;
    for (int region : bubble->regions)
        distinct.insert(r.layout().markerOf(region).value_or(-1));
    QVERIFY(distinct.size() > 1);
    QVERIFY(markersForThem == bubble->regions.size());
}

void TestWorldMap::altClickChoosesNearPoint()
{
    WorldMapRenderer& r = m_map->renderer();
    const QPointF atlantic = r.viewport().toPixel(r.projection().project(-30, 10));
    QSignalSpy spy(m_map, &WorldMapWidget::nearPointChosen);
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::AltModifier, atlantic.toPoint());
    QCOMPARE(spy.count(), 1);
    QVERIFY(std::abs(spy.first().at(0).toDouble() - 10) < 0.5); // latitude
    QVERIFY(std::abs(spy.first().at(1).toDouble() + 30) < 0.5); // longitude
    QVERIFY(r.nearPoint().has_value());
    // Outside the world's outline there is no point to choose.
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::AltModifier, QPoint(2, 2));
    QCOMPARE(spy.count(), 1);
}

void TestWorldMap::tooltipShowsRegionAndHook()
{
    const QString key = loneRegion(*m_map, QStringLiteral("aws"));
    const int index = m_map->renderer().regionIndex(key);
    const MapRegion region = m_map->renderer().regions().at(index);
    m_map->setTooltipHook([](const QString& k) { return QStringList { QStringLiteral("hook for %1").arg(k) }; });
    m_map->setRegionDisplayNames({ { key, QStringLiteral("서울 테스트") } });
    const QString text = m_map->tooltipTextAt(m_map->markerPosition(key)->toPoint());
    QVERIFY2(text.contains(QStringLiteral("AWS")), qPrintable(text));
    QVERIFY(text.contains(region.region));
    QVERIFY(text.contains(QStringLiteral("서울 테스트")));
    QVERIFY(!region.zones.isEmpty() && text.contains(region.zones.first()));
    QVERIFY(text.contains(QStringLiteral("hook for ") + key));
    QVERIFY(m_map->tooltipTextAt(QPoint(2, 2)).isEmpty());
}

void TestWorldMap::wheelZoomKeepsPointUnderCursor()
{
    WorldMapRenderer& r = m_map->renderer();
    const QPointF cursor(700, 260);
    const QPointF anchor = r.viewport().toMap(cursor);
    QWheelEvent wheel(cursor, m_map->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map, &wheel);
    QVERIFY(std::abs(r.viewport().zoom() - std::sqrt(2.0)) < 1e-9);
    const QPointF back = r.viewport().toPixel(anchor);
    QVERIFY(QLineF(back, cursor).length() < 1e-6);
}

void TestWorldMap::keyboardZoomPanAndHome()
{
    WorldMapRenderer& r = m_map->renderer();
    QTest::keyClick(m_map, Qt::Key_Plus);
    QTest::keyClick(m_map, Qt::Key_Plus);
    QVERIFY(std::abs(r.viewport().zoom() - 2.25) < 1e-9);
    const QPointF center = r.viewport().center();
    QTest::keyClick(m_map, Qt::Key_Right);
    QVERIFY(r.viewport().center().x() > center.x());
    QTest::keyClick(m_map, Qt::Key_Minus);
    QVERIFY(std::abs(r.viewport().zoom() - 1.5) < 1e-9);
    QTest::keyClick(m_map, Qt::Key_Home);
    QCOMPARE(r.viewport().zoom(), 1.0);
}

void TestWorldMap::fitToSelectionShowsSelectedRegions()
{
    const QStringList keys { QStringLiteral("aws/ap-northeast-2"), QStringLiteral("aws/ap-northeast-1") };
    m_map->setSelectedRegions(keys);
    QCOMPARE(m_map->selectedRegions().size(), 2);
    m_map->fitToSelection();
    WorldMapRenderer& r = m_map->renderer();
    QVERIFY(r.viewport().zoom() > 4);
    for (const QString& key : keys) {
        const QPointF p = r.viewport().toPixel(r.mapPosition(r.regionIndex(key)));
        QVERIFY(QRectF(QPointF(0, 0), VIEW_SIZE).contains(p));
    }
}

void TestWorldMap::devicePixelRatioKeepsLogicalSizes()
{
    // One region in the middle of the ocean, no legend: the only provider-coloured pixels
    // are its marker.
    WorldMapRenderer renderer;
    MapRegion lone;
    lone.key = QStringLiteral("aws/test");
    lone.entry = lone.provider = QStringLiteral("aws");
    lone.region = QStringLiteral("test");
    lone.longitude = -30;
    renderer.setRegions({ lone });
    renderer.setLegendVisible(false);
    renderer.viewport().setSize(QSizeF(400, 220));
    QRect boxes[2];
    for (int k = 0; k < 2; ++k) {
        const qreal dpr = k + 1;
        QImage image(QSize(400, 220) * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        QPainter painter(&image);
        renderer.paint(painter);
        painter.end();
        boxes[k] = colorBox(image, MapPalette::providerColor(QStringLiteral("aws")));
    }
    // The provider colour fills the disc inside its 1.5 px outline.
    const double diameter = 2 * MapLayout::MARKER_RADIUS - 1.5;
    QVERIFY2(std::abs(boxes[0].width() - diameter) <= 2, qPrintable(QString::number(boxes[0].width())));
    QVERIFY2(std::abs(boxes[1].width() - 2 * diameter) <= 2.5, qPrintable(QString::number(boxes[1].width())));
    QVERIFY(std::abs(boxes[1].width() - 2 * boxes[0].width()) <= 3);
    QVERIFY(std::abs(boxes[1].height() - 2 * boxes[0].height()) <= 2);
    // Same place in logical pixels.
    QVERIFY(QLineF(QPointF(boxes[1].center()) / 2, QPointF(boxes[0].center())).length() <= 1.5);
    QCOMPARE(renderer.baseRenderCount(), 2); // one static layer per pixel ratio
}

void TestWorldMap::darkPaletteIsDark()
{
    m_map->setDarkPalette(true);
    const QImage dark = m_map->grab().toImage();
    m_map->setDarkPalette(false);
    const QImage light = m_map->grab().toImage();
    const QPoint ocean
        = m_map->renderer().viewport().toPixel(m_map->renderer().projection().project(-140, -20)).toPoint();
    QVERIFY(qGray(dark.pixel(ocean)) < 80);
    QVERIFY(qGray(light.pixel(ocean)) > 180);
}

void TestWorldMap::paintCountOnlyGrowsWhenSomethingChanged()
{
    QTRY_VERIFY(m_map->paintCount() > 0);
    QCoreApplication::processEvents();
    const int before = m_map->paintCount();
    // Nothing changes: no repaint is scheduled.
    m_map->setSelectedRegions({});
    m_map->setProviderVisible(QStringLiteral("aws"), true);
    QCoreApplication::processEvents();
    QCOMPARE(m_map->paintCount(), before);
    m_map->setSelectedRegions({ QStringLiteral("aws/ap-northeast-2") });
    QTRY_VERIFY(m_map->paintCount() > before);
}

void TestWorldMap::infraHullTakesTheShortestArc()
{
    // Seoul twice, Ohio, Paris: the hull spans Ohio..Seoul over Europe, nothing moves.
    const QList<double> eurasia { 126.98, 126.98, -82.99, 2.35 };
    QCOMPARE(MapInfraLayer::unwrapLongitudes(eurasia), eurasia);
    // Seoul + Oregon: across the Pacific, Oregon one turn east.
    QCOMPARE(MapInfraLayer::unwrapLongitudes({ 126.98, -122.0 }), (QList<double> { 126.98, 238.0 }));
    // Tokyo, Sydney, Sao Paulo, Virginia: the widest gap is over the Atlantic/Africa.
    const QList<double> pacific = MapInfraLayer::unwrapLongitudes({ 139.7, 151.2, -46.6, -77.5 });
    QCOMPARE(pacific, (QList<double> { 139.7, 151.2, 313.4, 282.5 }));
    QCOMPARE(MapInfraLayer::unwrapLongitudes({ 10.0 }), QList<double> { 10.0 });
}

QTEST_MAIN(TestWorldMap)
#include "TestWorldMap.moc"
