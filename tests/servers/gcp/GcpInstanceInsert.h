// SPDX-License-Identifier: GPL-3.0-or-later
// instances.insert of the GCP test server: the machine type must exist in the zone; the boot disk
// is made from its image (a name, a URL or an image family: the newest of the family) as a disk
// named after the instance; other disks must exist and be free; a custom-mode network needs a
// subnetwork of the zone's region (networkIP from its range, natIP for ONE_TO_ONE_NAT access
// configs). The instance starts PROVISIONING; the Operation's effect makes it STAGING.
#pragma once

#include "tests/servers/gcp/GcpComputeState.h"

namespace Barista {

class GcpInstanceInsert
{
public:
    // Completes `body` (the instance as stored) and sets `effect`; an error leaves nothing behind.
    static std::optional<GcpApiError> prepare(GcpComputeState& state, int& ipCounter, const QString& project,
        const QString& zone, const QString& path, const QJsonObject& input, QJsonObject& body, GcpEffect& effect);
};

} // namespace Barista
