// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Barista {

// Status names are exactly CB-Spider's, because users of Cloud-Barista look for them.

enum class VmStatus
{
    Creating,
    Running,
    Suspending,
    Suspended,
    Resuming,
    Rebooting,
    Terminating,
    Terminated,
    NotExist,
    Failed,
};

enum class DiskStatus
{
    Creating,
    Available,
    Attached,
    Deleting,
    Error,
};

/// Managed Kubernetes cluster and node group status (the two share CB-Spider's names).
enum class ClusterStatus
{
    Creating,
    Active,
    Inactive,
    Updating,
    Deleting,
};
using NodeGroupStatus = ClusterStatus;

QString vmStatusName(VmStatus status);
std::optional<VmStatus> vmStatusFromName(const QString& name);
/// True while a VM is moving between two stable states.
bool isTransitional(VmStatus status);

QString diskStatusName(DiskStatus status);
std::optional<DiskStatus> diskStatusFromName(const QString& name);

QString clusterStatusName(ClusterStatus status);
std::optional<ClusterStatus> clusterStatusFromName(const QString& name);

} // namespace Barista
