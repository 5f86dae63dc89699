// SPDX-License-Identifier: GPL-3.0-or-later
// The world map benchmark (a program, not a test): renders the map with every bundled region
// (196), 2,000 deployed nodes and 20 infrastructure hulls into a QImage, frame after frame,
// and prints p50/p95/max per frame at 1920x1080 and at device pixel ratio 2. Four cases:
//   still  - the view does not move (hover/selection repaints: the static layer is reused)
//   full   - the whole world, everything painted again every frame (static layer dropped)
//   pan    - the view moves every frame at zoom 1.5 (land, hulls and layout are redone)
//   zoomed - panning at zoom 4 over Europe, where the 1:50m outlines are drawn
// The goal is a frame under 8 ms at 1920x1080.
//
//   map_bench [--frames 200] [--screenshot FILE.png [--dark] [--size 1600x900]]

#include "models/catalog/RegionCatalog.h"
#include "models/geo/MapRegion.h"
#include "ui/map/WorldMapRenderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace Barista;

namespace {

QList<MapNodeGroup> makeNodes(const QList<MapRegion>& regions, int total)
{
    // Deterministic: 2,000 nodes over every third region, mostly running.
    QRandomGenerator random(2024);
    const VmStatus statuses[] = { VmStatus::Running, VmStatus::Running, VmStatus::Running, VmStatus::Running,
        VmStatus::Creating, VmStatus::Suspended, VmStatus::Failed };
    QList<MapNodeGroup> groups;
    int left = total;
    while (left > 0) {
        const int region = int(random.bounded(qsizetype(regions.size()) / 3)) * 3;
        const int count = std::min(left, int(random.bounded(1, 40)));
        groups.append({ regions.at(region).key, statuses[random.bounded(int(std::size(statuses)))], count });
        left -= count;
    }
    return groups;
}

QList<MapInfra> makeInfras(const QList<MapRegion>& regions, int count)
{
    QRandomGenerator random(7);
    QList<MapInfra> infras;
    for (int i = 0; i < count; ++i) {
        MapInfra infra { QStringLiteral("infra-%1").arg(i), QStringLiteral("mc-infra-%1").arg(i), {} };
        const int size = int(random.bounded(2, 6));
        for (int k = 0; k < size; ++k)
            infra.regionKeys.append(regions.at(int(random.bounded(qsizetype(regions.size())))).key);
        infras.append(infra);
    }
    return infras;
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats summarize(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))); };
    return { at(0.50), at(0.95), ms.last() };
}

Stats run(WorldMapRenderer& map, const QSize& size, qreal dpr, int frames, double zoom, bool move, bool full)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    map.viewport().setSize(size);
    const MapProjection& projection = map.projection();
    const QPointF europe = projection.project(10, 48);
    map.viewport().setView(zoom > 1 ? europe : QPointF(), zoom);
    QList<double> times;
    QElapsedTimer timer;
    for (int f = 0; f < frames + 5; ++f) {
        if (move) // a steady drag: 3 px per frame, back and forth
            map.viewport().panByPixels(QPointF((f / 40) % 2 ? -3 : 3, (f / 25) % 2 ? -1 : 1));
        if (full)
            map.invalidateBase();
        map.setHoverPoint(QPointF(f * 7 % size.width(), f * 5 % size.height()));
        timer.start();
        QPainter painter(&image);
        map.paint(painter);
        painter.end();
        if (f >= 5) // the first frames load and project the land
            times.append(timer.nsecsElapsed() / 1e6);
    }
    return summarize(times);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("frames"), QStringLiteral("Frames per case."), QStringLiteral("n"), QStringLiteral("200") });
    parser.addOption(
        { QStringLiteral("screenshot"), QStringLiteral("Write one picture and exit."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("Screenshot size."), QStringLiteral("WxH"),
        QStringLiteral("1600x900") });
    parser.addOption({ QStringLiteral("dark"), QStringLiteral("Dark palette for the screenshot.") });
    parser.addOption({ QStringLiteral("without"),
        QStringLiteral("Leave out a layer to see its cost: nodes, infras, land."), QStringLiteral("layer") });
    parser.addOption(
        { QStringLiteral("zoom"), QStringLiteral("Screenshot zoom."), QStringLiteral("z"), QStringLiteral("1") });
    parser.process(app);

    const QList<MapRegion> regions = MapRegion::fromCatalog(RegionCatalog::bundled());
    WorldMapRenderer map;
    map.setRegions(regions);

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        map.setDark(parser.isSet(QStringLiteral("dark")));
        map.setSelection({ QStringLiteral("aws/ap-northeast-2"), QStringLiteral("gcp/europe-west3"),
            QStringLiteral("azure/eastus"), QStringLiteral("ncp/KR") });
        map.setNodeGroups({ { QStringLiteral("aws/ap-northeast-2"), VmStatus::Running, 12 },
            { QStringLiteral("aws/ap-northeast-2"), VmStatus::Creating, 3 },
            { QStringLiteral("gcp/europe-west3"), VmStatus::Running, 8 },
            { QStringLiteral("gcp/europe-west3"), VmStatus::Failed, 1 },
            { QStringLiteral("azure/eastus"), VmStatus::Running, 6 },
            { QStringLiteral("aws/us-west-2"), VmStatus::Suspended, 4 },
            { QStringLiteral("aws/us-west-2"), VmStatus::Running, 4 },
            { QStringLiteral("ncp/KR"), VmStatus::Running, 5 } });
        map.setInfras(
            { { QStringLiteral("i1"), QStringLiteral("web-tier"),
                  { QStringLiteral("aws/ap-northeast-2"), QStringLiteral("aws/us-west-2"), QStringLiteral("ncp/KR") } },
                { QStringLiteral("i2"), QStringLiteral("data-eu-us"),
                    { QStringLiteral("gcp/europe-west3"), QStringLiteral("azure/eastus") } } });
        map.setNearPoint(QPointF(2.35, 48.85));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        map.viewport().setSize(size);
        map.viewport().setView(QPointF(), parser.value(QStringLiteral("zoom")).toDouble());
        QPainter painter(&image);
        map.paint(painter);
        painter.end();
        return image.save(parser.value(QStringLiteral("screenshot"))) ? 0 : 1;
    }

    const QStringList without = parser.values(QStringLiteral("without"));
    if (!without.contains(QStringLiteral("nodes")))
        map.setNodeGroups(makeNodes(regions, 2000));
    if (!without.contains(QStringLiteral("infras")))
        map.setInfras(makeInfras(regions, 20));
    map.setSelection({ regions.at(0).key, regions.at(40).key, regions.at(80).key });
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    std::printf("map_bench: %lld regions, 2000 nodes, 20 infra hulls, %d frames per case (ms per frame)\n",
        static_cast<long long>(regions.size()), frames);
    std::printf("%-28s %8s %8s %8s\n", "case", "p50", "p95", "max");
    struct Case
    {
        const char* name;
        QSize size;
        qreal dpr;
        double zoom;
        bool move;
        bool full;
    };
    const Case cases[] = {
        { "1920x1080 still", { 1920, 1080 }, 1, 1, false, false },
        { "1920x1080 full", { 1920, 1080 }, 1, 1, false, true },
        { "1920x1080 pan", { 1920, 1080 }, 1, 1.5, true, false },
        { "1920x1080 zoomed 4 pan", { 1920, 1080 }, 1, 4, true, false },
        { "1920x1080@2x still", { 1920, 1080 }, 2, 1, false, false },
        { "1920x1080@2x full", { 1920, 1080 }, 2, 1, false, true },
        { "1920x1080@2x pan", { 1920, 1080 }, 2, 1.5, true, false },
        { "1920x1080@2x zoomed 4 pan", { 1920, 1080 }, 2, 4, true, false },
    };
    for (const Case& c : cases) {
        const Stats s = run(map, c.size, c.dpr, frames, c.zoom, c.move, c.full);
        std::printf("%-28s %8.2f %8.2f %8.2f\n", c.name, s.p50, s.p95, s.max);
    }
    return 0;
}
