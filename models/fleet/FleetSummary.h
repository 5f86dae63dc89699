// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceStatus.h"
#include "models/fleet/FleetVm.h"
#include "models/geo/MapOverlay.h"

#include <QList>
#include <QString>

namespace Barista {

/// Running cost of one group of VMs (a provider, or an infra).
struct FleetCost
{
    QString key; ///< provider id, or infra tag (empty = VMs outside any infra)
    double costPerHour = 0; ///< USD: the sum of the known prices of running VMs
    int runningVms = 0;
    int unpricedVms = 0; ///< running VMs without a known price (not in costPerHour)

    bool operator==(const FleetCost&) const = default;
};

/// A count of VMs under one key (a provider, a status name, a region key).
struct FleetCount
{
    QString key;
    int count = 0;

    bool operator==(const FleetCount&) const = default;
};

/// The aggregations the dashboards and the map overlay show, UI-free. Only Running VMs cost
/// money here; a VM without a known price adds to unpricedVms, never a 0 to the cost.
class FleetSummary final
{
public:
    FleetSummary() = delete;

    /// By provider id, sorted; only providers with running VMs.
    static QList<FleetCost> costByProvider(const QList<FleetVm>& vms);
    /// By infra tag, sorted, with VMs outside any infra under an empty key (listed last);
    /// only groups with running VMs.
    static QList<FleetCost> costByInfra(const QList<FleetVm>& vms);
    /// Sum of the known prices of running VMs.
    static double totalCostPerHour(const QList<FleetVm>& vms);
    /// Running VMs without a known price ("n VMs without a known price").
    static int unpricedRunningCount(const QList<FleetVm>& vms);

    /// By status, in the VmStatus order, keyed by vmStatusName(); only statuses that occur.
    static QList<FleetCount> countByStatus(const QList<FleetVm>& vms);
    /// By provider id, sorted.
    static QList<FleetCount> countByProvider(const QList<FleetVm>& vms);
    /// By region key ("aws/ap-northeast-2"), sorted.
    static QList<FleetCount> countByRegion(const QList<FleetVm>& vms);

    /// Node counts per region and status for the map, sorted by region then status.
    static QList<MapNodeGroup> nodeGroups(const QList<FleetVm>& vms);
    /// One per non-empty infra tag (id and name are the tag), with its distinct region keys
    /// (sorted); sorted by tag.
    static QList<MapInfra> infras(const QList<FleetVm>& vms);
};

} // namespace Barista
