// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleet/FleetSummary.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <functional>

namespace Barista {

namespace {

QList<FleetCost> costBy(const QList<FleetVm>& vms, const std::function<QString(const FleetVm&)>& keyOf)
{
    QMap<QString, FleetCost> groups;
    for (const FleetVm& vm : vms) {
        if (vm.status != VmStatus::Running)
            continue;
        const QString key = keyOf(vm);
        FleetCost& cost = groups[key];
        cost.key = key;
        cost.runningVms += 1;
        if (vm.pricePerHour)
            cost.costPerHour += *vm.pricePerHour;
        else
            cost.unpricedVms += 1;
    }
    return groups.values();
}

QList<FleetCount> countBy(const QList<FleetVm>& vms, const std::function<QString(const FleetVm&)>& keyOf)
{
    QMap<QString, int> counts;
    for (const FleetVm& vm : vms)
        counts[keyOf(vm)] += 1;
    QList<FleetCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({ it.key(), it.value() });
    return out;
}

} // namespace

QList<FleetCost> FleetSummary::costByProvider(const QList<FleetVm>& vms)
{
    return costBy(vms, [](const FleetVm& vm) { return vm.provider; });
}

QList<FleetCost> FleetSummary::costByInfra(const QList<FleetVm>& vms)
{
    QList<FleetCost> out = costBy(vms, [](const FleetVm& vm) { return vm.infra; });
    // The map sorts the empty key first; "outside any infra" reads better last.
    if (!out.isEmpty() && out.first().key.isEmpty())
        out.append(out.takeFirst());
    return out;
}

double FleetSummary::totalCostPerHour(const QList<FleetVm>& vms)
{
    double total = 0;
    for (const FleetVm& vm : vms) {
        if (vm.status == VmStatus::Running && vm.pricePerHour)
            total += *vm.pricePerHour;
    }
    return total;
}

int FleetSummary::unpricedRunningCount(const QList<FleetVm>& vms)
{
    return int(std::count_if(vms.cbegin(), vms.cend(),
        [](const FleetVm& vm) { return vm.status == VmStatus::Running && !vm.pricePerHour; }));
}

QList<FleetCount> FleetSummary::countByStatus(const QList<FleetVm>& vms)
{
    QMap<int, int> counts; // keyed by the enum value, so the order is VmStatus's
    for (const FleetVm& vm : vms)
        counts[int(vm.status)] += 1;
    QList<FleetCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({ vmStatusName(VmStatus(it.key())), it.value() });
    return out;
}

QList<FleetCount> FleetSummary::countByProvider(const QList<FleetVm>& vms)
{
    return countBy(vms, [](const FleetVm& vm) { return vm.provider; });
}

QList<FleetCount> FleetSummary::countByRegion(const QList<FleetVm>& vms)
{
    return countBy(vms, [](const FleetVm& vm) { return vm.regionKey; });
}

QList<MapNodeGroup> FleetSummary::nodeGroups(const QList<FleetVm>& vms)
{
    QMap<std::pair<QString, int>, int> counts;
    for (const FleetVm& vm : vms) {
        if (!vm.regionKey.isEmpty())
            counts[{ vm.regionKey, int(vm.status) }] += 1;
    }
    QList<MapNodeGroup> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({ it.key().first, VmStatus(it.key().second), it.value() });
    return out;
}

QList<MapInfra> FleetSummary::infras(const QList<FleetVm>& vms)
{
    QMap<QString, QSet<QString>> regions;
    for (const FleetVm& vm : vms) {
        if (vm.infra.isEmpty())
            continue;
        QSet<QString>& keys = regions[vm.infra];
        if (!vm.regionKey.isEmpty())
            keys.insert(vm.regionKey);
    }
    QList<MapInfra> out;
    out.reserve(regions.size());
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        MapInfra infra;
        infra.id = it.key();
        infra.name = it.key();
        infra.regionKeys = QStringList(it.value().cbegin(), it.value().cend());
        infra.regionKeys.sort();
        out.append(infra);
    }
    return out;
}

} // namespace Barista
