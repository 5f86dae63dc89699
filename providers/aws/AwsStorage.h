// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// EBS volumes as disks: create (tags by TagSpecification), attach, detach, grow, delete.
class AwsStorage final
{
public:
    AwsStorage(AwsSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listDisks(const ListRequest& request);
    Result<Resource> getDisk(const QString& id);
    /// CreateVolume in the request's zone (else the connection's, else the region's first); a
    /// retry with the same token finds the volume by its token tag. With ownerVm set, waits for
    /// the volume to be available and attaches it.
    Result<Resource> createDisk(const DiskInfo& request, const MutationContext& context);
    Result<Done> removeDisk(const Iid& iid);
    /// AttachVolume at the first free device name from /dev/sdf.
    Result<Resource> attachDisk(const Iid& disk, const Iid& vm);
    /// vm may be empty: the volume's current instance.
    Result<Resource> detachDisk(const Iid& disk, const Iid& vm);
    /// ModifyVolume Size (grow only, as EC2 allows).
    Result<Resource> resizeDisk(const Iid& disk, int newSizeGb);
    Result<QString> resolveDiskId(const Iid& iid);

    /// How long createDisk waits for a new volume before attaching it.
    static constexpr int kVolumeReadyTimeoutMs = 300000;

private:
    Result<AwsXmlNode> describe(const QString& volumeId);
    Result<AwsXmlNode> waitForVolume(const QString& id, const QStringList& states, int timeoutMs);
    Result<QString> freeDevice(const QString& instanceId);
    Result<QString> defaultZone();

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
