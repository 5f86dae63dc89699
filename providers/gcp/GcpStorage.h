// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// Zonal persistent disks of the connection's zone: insert (labels, requestId), list, get,
/// resize (grow only, as Compute allows), delete, and instances.attachDisk / detachDisk (the
/// disk's name as its deviceName). Default type pd-balanced.
class GcpStorage final
{
public:
    GcpStorage(GcpSession& session, const ConnectionConfig& connection);

    static QString defaultDiskType() { return QStringLiteral("pd-balanced"); }

    Result<ResourcePage> listDisks(const ListRequest& request);
    Result<Resource> getDisk(const QString& name);
    Result<Resource> createDisk(const DiskInfo& request, const MutationContext& context);
    Result<Done> removeDisk(const Iid& iid, const MutationContext& context);
    Result<Resource> attachDisk(const QString& disk, const QString& vm);
    /// vm empty: the VM the disk is attached to.
    Result<Resource> detachDisk(const QString& disk, const QString& vm);
    Result<Resource> resizeDisk(const QString& disk, int sizeGb);

private:
    QString diskPath(const QString& name) const;

    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
