// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceStatus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

/// Deployed nodes (VMs) drawn over the map: count of nodes in one status in one region.
/// Several entries for the same region and status add up.
struct MapNodeGroup
{
    QString regionKey; ///< MapRegion::key
    VmStatus status = VmStatus::Running;
    int count = 0;

    bool operator==(const MapNodeGroup&) const = default;
};

/// A (multi-cloud) infrastructure drawn as a hull around its regions, joined by lines.
struct MapInfra
{
    QString id;
    QString name;
    QStringList regionKeys; ///< MapRegion::key of each region it uses; unknown keys are ignored

    bool operator==(const MapInfra&) const = default;
};

} // namespace Barista
