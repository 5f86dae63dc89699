// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// Cinder volumes as disks (tags as volume metadata) with Nova attachments, and MyImages as
/// Nova server snapshots stored in Glance.
class OpenStackStorage final
{
public:
    OpenStackStorage(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listDisks(const ListRequest& request);
    Result<Resource> getDisk(const QString& id);
    /// With ownerVm set, waits for the new volume to be available and attaches it.
    Result<Resource> createDisk(const DiskInfo& request, const MutationContext& context);
    Result<Done> removeDisk(const Iid& iid);
    Result<Resource> attachDisk(const Iid& disk, const Iid& vm);
    /// vm may be empty: the volume's current server is used.
    Result<Resource> detachDisk(const Iid& disk, const Iid& vm);
    /// Cinder's os-extend (grow only; the volume must be available).
    Result<Resource> resizeDisk(const Iid& disk, int newSizeGb);
    Result<QString> resolveDiskId(const Iid& iid);

    Result<ResourcePage> listMyImages(const ListRequest& request);
    Result<Resource> getMyImage(const QString& id);
    Result<Resource> createMyImage(const MyImageInfo& request, const MutationContext& context);
    Result<Done> removeMyImage(const Iid& iid);

    /// How long createDisk waits for a new volume before attaching it.
    static constexpr int kVolumeReadyTimeoutMs = 120000;

private:
    Result<QJsonArray> volumesNamed(const QString& name);
    Result<QJsonObject> waitForVolume(const QString& id, const QStringList& statuses, int timeoutMs);
    CloudError notFound(const QString& what, const QString& id) const;

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
