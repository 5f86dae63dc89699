// SPDX-License-Identifier: GPL-3.0-or-later
// machineImages.insert of the GCP test server (global/machineImages): sourceInstance is required
// and must name an existing instance (a full URL, "projects/..." or "zones/z/instances/i") that is
// RUNNING or stopped (TERMINATED); otherwise 400 required / 404 notFound / 400 resourceNotReady
// as Compute answers. The image starts CREATING and is READY when its Operation is DONE; a
// delete makes it DELETING until then. The instance's properties are copied into
// sourceInstanceProperties (machineType, disks, labels) as the API reports them.
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

namespace Barista {

class GcpMachineImageInsert
{
public:
    // Completes `body` (the machine image as stored) and sets `effect`; an error leaves nothing.
    static std::optional<GcpApiError> prepare(GcpComputeState& state, const QString& project, const QString& path,
        const QJsonObject& input, QJsonObject& body, GcpEffect& effect);
};

} // namespace Barista
