// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/MapPalette.h"

#include <QCoreApplication>
#include <QHash>

namespace Barista {

MapPalette MapPalette::light()
{
    MapPalette p;
    p.dark = false;
    p.background = QColor(0xf4, 0xf5, 0xf7);
    p.ocean = QColor(0xdd, 0xe9, 0xf3);
    p.land = QColor(0xfb, 0xfa, 0xf6);
    p.coastline = QColor(0xa9, 0xb4, 0xc0);
    p.graticule = QColor(0x9a, 0xae, 0xc2, 70);
    p.outline = QColor(0x9a, 0xab, 0xbd);
    p.markerOutline = QColor(0xff, 0xff, 0xff);
    p.selection = QColor(0x1f, 0x4e, 0xd8);
    p.hover = QColor(0x11, 0x18, 0x27);
    p.text = QColor(0x1f, 0x29, 0x37);
    p.textHalo = QColor(0xff, 0xff, 0xff, 220);
    p.panel = QColor(0xff, 0xff, 0xff, 235);
    p.panelBorder = QColor(0xc9, 0xd2, 0xdc);
    p.mutedText = QColor(0x9c, 0xa3, 0xaf);
    p.rubberBand = QColor(0x1f, 0x4e, 0xd8);
    return p;
}

MapPalette MapPalette::darkPalette()
{
    MapPalette p;
    p.dark = true;
    p.background = QColor(0x16, 0x19, 0x1e);
    p.ocean = QColor(0x1b, 0x26, 0x33);
    p.land = QColor(0x2c, 0x33, 0x3d);
    p.coastline = QColor(0x47, 0x53, 0x62);
    p.graticule = QColor(0x6b, 0x7d, 0x91, 60);
    p.outline = QColor(0x3b, 0x48, 0x57);
    p.markerOutline = QColor(0x10, 0x14, 0x1a);
    p.selection = QColor(0x7d, 0xb3, 0xff);
    p.hover = QColor(0xf3, 0xf4, 0xf6);
    p.text = QColor(0xe5, 0xe7, 0xeb);
    p.textHalo = QColor(0x10, 0x14, 0x1a, 220);
    p.panel = QColor(0x20, 0x25, 0x2d, 235);
    p.panelBorder = QColor(0x3b, 0x44, 0x50);
    p.mutedText = QColor(0x6b, 0x72, 0x80);
    p.rubberBand = QColor(0x7d, 0xb3, 0xff);
    return p;
}

QColor MapPalette::providerColor(const QString& provider)
{
    static const QHash<QString, QColor> colors {
        { QStringLiteral("aws"), QColor(0xf2, 0x8e, 0x2b) },
        { QStringLiteral("azure"), QColor(0x4e, 0x79, 0xa7) },
        { QStringLiteral("gcp"), QColor(0x59, 0xa1, 0x4f) },
        { QStringLiteral("alibaba"), QColor(0xe1, 0x57, 0x59) },
        { QStringLiteral("tencent"), QColor(0x76, 0xb7, 0xb2) },
        { QStringLiteral("ibm"), QColor(0xb0, 0x7a, 0xa1) },
        { QStringLiteral("openstack"), QColor(0x9c, 0x75, 0x5f) },
        { QStringLiteral("ncp"), QColor(0xed, 0xc9, 0x48) },
        { QStringLiteral("nhn"), QColor(0xff, 0x9d, 0xa7) },
        { QStringLiteral("kt"), QColor(0x8c, 0x8c, 0x8c) },
    };
    const auto it = colors.constFind(provider);
    if (it != colors.constEnd())
        return *it;
    return QColor::fromHsl(int(qHash(provider, 7) % 360), 90, 140);
}

QString MapPalette::providerName(const QString& provider)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("aws"), QT_TRANSLATE_NOOP("WorldMap", "AWS") },
        { QStringLiteral("azure"), QT_TRANSLATE_NOOP("WorldMap", "Azure") },
        { QStringLiteral("gcp"), QT_TRANSLATE_NOOP("WorldMap", "Google Cloud") },
        { QStringLiteral("alibaba"), QT_TRANSLATE_NOOP("WorldMap", "Alibaba Cloud") },
        { QStringLiteral("tencent"), QT_TRANSLATE_NOOP("WorldMap", "Tencent Cloud") },
        { QStringLiteral("ibm"), QT_TRANSLATE_NOOP("WorldMap", "IBM Cloud") },
        { QStringLiteral("openstack"), QT_TRANSLATE_NOOP("WorldMap", "OpenStack") },
        { QStringLiteral("ncp"), QT_TRANSLATE_NOOP("WorldMap", "NAVER Cloud") },
        { QStringLiteral("nhn"), QT_TRANSLATE_NOOP("WorldMap", "NHN Cloud") },
        { QStringLiteral("kt"), QT_TRANSLATE_NOOP("WorldMap", "KT Cloud") },
    };
    const auto it = names.constFind(provider);
    return it != names.constEnd() ? QCoreApplication::translate("WorldMap", *it) : provider;
}

QColor MapPalette::statusColor(VmStatus status)
{
    switch (status) {
    case VmStatus::Running:
        return QColor(0x16, 0xa3, 0x4a);
    case VmStatus::Creating:
    case VmStatus::Resuming:
    case VmStatus::Rebooting:
        return QColor(0x25, 0x63, 0xeb);
    case VmStatus::Suspending:
    case VmStatus::Terminating:
        return QColor(0xd9, 0x77, 0x06);
    case VmStatus::Suspended:
        return QColor(0x64, 0x74, 0x8b);
    case VmStatus::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case VmStatus::Terminated:
    case VmStatus::NotExist:
        return QColor(0x9c, 0xa3, 0xaf);
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

VmStatus MapPalette::statusGroup(VmStatus status)
{
    switch (status) {
    case VmStatus::Resuming:
    case VmStatus::Rebooting:
        return VmStatus::Creating;
    case VmStatus::Terminating:
        return VmStatus::Suspending;
    case VmStatus::NotExist:
        return VmStatus::Terminated;
    default:
        return status;
    }
}

int MapPalette::statusGroupIndex(VmStatus status)
{
    const VmStatus group = statusGroup(status);
    for (int i = 0; i < STATUS_GROUP_COUNT; ++i) {
        if (STATUS_GROUPS[i] == group)
            return i;
    }
    return STATUS_GROUP_COUNT - 1;
}

QColor MapPalette::infraColor(int index) const
{
    // Saturated hues not used by the providers, so a hull never reads as a provider's.
    static const QColor hues[] = { QColor(0x7c, 0x3a, 0xed), QColor(0xdb, 0x27, 0x77), QColor(0x08, 0x91, 0xb2),
        QColor(0x65, 0xa3, 0x0d), QColor(0xc2, 0x41, 0x0c), QColor(0x47, 0x55, 0x69) };
    QColor c = hues[index % int(std::size(hues))];
    return dark ? c.lighter(135) : c;
}

} // namespace Barista
