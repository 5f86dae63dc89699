// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimLifecycle.h"

namespace Barista {

void SimLifecycle::setStatus(Resource& resource, const QString& status)
{
    if (auto* vm = resource.as<VmInfo>()) {
        vm->status = vmStatusFromName(status).value_or(vm->status);
    } else if (auto* disk = resource.as<DiskInfo>()) {
        disk->status = diskStatusFromName(status).value_or(disk->status);
    } else if (auto* cluster = resource.as<ClusterInfo>()) {
        cluster->status = clusterStatusFromName(status).value_or(cluster->status);
        for (NodeGroupInfo& group : cluster->nodeGroups)
            group.status = cluster->status;
    } else if (auto* image = resource.as<MyImageInfo>()) {
        image->status = status;
    }
}

void SimLifecycle::begin(SimRow& row, const QString& status, const QString& target, qint64 dueMs)
{
    setStatus(row.resource, status);
    row.target = target;
    row.dueMs = dueMs;
}

void SimLifecycle::reachTarget(SimRow& row)
{
    const QString target = row.target;
    row.target.clear();
    row.dueMs = 0;
    setStatus(row.resource, target);

    if (auto* vm = row.resource.as<VmInfo>()) {
        if (vm->status == VmStatus::Terminated) {
            // A terminated instance keeps its identity but no longer holds addresses or disks.
            vm->publicIp.clear();
            vm->sshAccessPoint.clear();
            vm->dataDiskIids.clear();
            row.refs.clear();
            row.vcpu = 0;
        }
    } else if (auto* cluster = row.resource.as<ClusterInfo>()) {
        if (cluster->status == ClusterStatus::Active) {
            for (NodeGroupInfo& group : cluster->nodeGroups) {
                if (!group.nodes.isEmpty())
                    continue;
                for (int i = 1; i <= group.desiredNodeSize; ++i) {
                    const QString node = group.iid.nameId + QStringLiteral("-node-") + QString::number(i);
                    group.nodes.append(Iid { node, group.iid.systemId + QLatin1Char('/') + node });
                }
            }
        }
    }
}

} // namespace Barista
