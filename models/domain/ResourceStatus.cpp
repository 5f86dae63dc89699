// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ResourceStatus.h"

#include "models/domain/DomainJson.h"

namespace Barista {

namespace {
using DomainJson::nameOf;
using DomainJson::valueOf;

const std::pair<VmStatus, const char*> VM_STATUS_NAMES[] = {
    { VmStatus::Creating, "Creating" },
    { VmStatus::Running, "Running" },
    { VmStatus::Suspending, "Suspending" },
    { VmStatus::Suspended, "Suspended" },
    { VmStatus::Resuming, "Resuming" },
    { VmStatus::Rebooting, "Rebooting" },
    { VmStatus::Terminating, "Terminating" },
    { VmStatus::Terminated, "Terminated" },
    { VmStatus::NotExist, "NotExist" },
    { VmStatus::Failed, "Failed" },
};

const std::pair<DiskStatus, const char*> DISK_STATUS_NAMES[] = {
    { DiskStatus::Creating, "Creating" },
    { DiskStatus::Available, "Available" },
    { DiskStatus::Attached, "Attached" },
    { DiskStatus::Deleting, "Deleting" },
    { DiskStatus::Error, "Error" },
};

const std::pair<ClusterStatus, const char*> CLUSTER_STATUS_NAMES[] = {
    { ClusterStatus::Creating, "Creating" },
    { ClusterStatus::Active, "Active" },
    { ClusterStatus::Inactive, "Inactive" },
    { ClusterStatus::Updating, "Updating" },
    { ClusterStatus::Deleting, "Deleting" },
};
} // namespace

QString vmStatusName(VmStatus status)
{
    return nameOf(VM_STATUS_NAMES, status);
}

std::optional<VmStatus> vmStatusFromName(const QString& name)
{
    return valueOf(VM_STATUS_NAMES, name);
}

bool isTransitional(VmStatus status)
{
    switch (status) {
    case VmStatus::Creating:
    case VmStatus::Suspending:
    case VmStatus::Resuming:
    case VmStatus::Rebooting:
    case VmStatus::Terminating:
        return true;
    default:
        return false;
    }
}

QString diskStatusName(DiskStatus status)
{
    return nameOf(DISK_STATUS_NAMES, status);
}

std::optional<DiskStatus> diskStatusFromName(const QString& name)
{
    return valueOf(DISK_STATUS_NAMES, name);
}

QString clusterStatusName(ClusterStatus status)
{
    return nameOf(CLUSTER_STATUS_NAMES, status);
}

std::optional<ClusterStatus> clusterStatusFromName(const QString& name)
{
    return valueOf(CLUSTER_STATUS_NAMES, name);
}

} // namespace Barista
