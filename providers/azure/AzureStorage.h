// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// Microsoft.Compute managed disks. Attach and detach rewrite the VM's
/// storageProfile.dataDisks (PUT of the VM, waited for); resize is a PATCH of diskSizeGB (ARM
/// only grows disks).
class AzureStorage final
{
public:
    explicit AzureStorage(AzureSession& session);

    Result<ResourcePage> listDisks(const ListRequest& request);
    Result<Resource> getDisk(const QString& id);
    Result<Resource> createDisk(const DiskInfo& disk, const MutationContext& context);
    Result<Done> removeDisk(const Iid& iid);
    Result<Resource> attachDisk(const QString& disk, const QString& vm);
    Result<Resource> detachDisk(const QString& disk, const QString& vm);
    Result<Resource> resizeDisk(const QString& disk, int sizeGb);

    static QString diskType() { return QStringLiteral("Microsoft.Compute/disks"); }

private:
    Result<Resource> updateDataDisks(const QString& vm, const QString& diskId, bool attach);

    AzureSession& m_session;
};

} // namespace Barista
