// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceStatus.h"

#include <QColor>
#include <QString>

namespace Barista {

/// Colours of the world map. Provider colours follow a qualitative palette (Tableau 10)
/// matched loosely to each brand, so that ten providers stay distinguishable on both
/// backgrounds; node status colours read as traffic lights.
struct MapPalette
{
    bool dark = false;
    QColor background; ///< around the world's outline
    QColor ocean;
    QColor land;
    QColor coastline;
    QColor graticule;
    QColor outline;
    QColor markerOutline;
    QColor selection;
    QColor hover;
    QColor text;
    QColor textHalo;
    QColor panel;
    QColor panelBorder;
    QColor mutedText;
    QColor rubberBand;

    static MapPalette light();
    static MapPalette darkPalette();

    /// The colour of a provider id ("aws", "openstack", ...); unknown ids get a stable grey tone.
    static QColor providerColor(const QString& provider);
    /// A provider's name for the legend and tooltips ("aws" -> "AWS").
    static QString providerName(const QString& provider);
    static QColor statusColor(VmStatus status);
    /// Node statuses are shown in six groups (Running, Starting, Stopping, Suspended, Failed,
    /// Terminated); this is the group's representative status, in drawing order below.
    static VmStatus statusGroup(VmStatus status);
    static constexpr VmStatus STATUS_GROUPS[] = { VmStatus::Running, VmStatus::Creating, VmStatus::Suspending,
        VmStatus::Suspended, VmStatus::Failed, VmStatus::Terminated };
    static constexpr int STATUS_GROUP_COUNT = 6;
    static int statusGroupIndex(VmStatus status);
    /// The colour of the n-th infrastructure's hull and lines.
    QColor infraColor(int index) const;
};

} // namespace Barista
