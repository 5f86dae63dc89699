// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// MyImage = a Compute Engine machine image (global/machineImages), as CB-Spider makes it: one
/// machineImages.insert with sourceInstance captures the whole VM (machine type, every disk,
/// network settings), where images.insert would capture only the boot disk. The source VM is
/// looked up in the connection's zone; the image carries our tags as labels (GcpMapper rules)
/// and the journal's token, and the insert a requestId derived from the job's token. Create and
/// delete wait for their global Operation. Status: READY -> "Available", anything else
/// (CREATING, UPLOADING, DELETING, INVALID) -> "Unavailable"; the raw one is extra["status"].
class GcpMachineImages final
{
public:
    GcpMachineImages(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& name);
    Result<Resource> create(const MyImageInfo& request, const MutationContext& context);
    Result<Done> remove(const Iid& iid, const MutationContext& context);

    static MyImageInfo toMyImage(const QJsonObject& machineImage);

private:
    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
