// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceStatus.h"

#include <QString>
#include <optional>

namespace Barista {

/// One VM of the fleet, as the dashboards and the map overlay see it.
struct FleetVm
{
    QString connection;
    QString provider; ///< the connection's provider ("aws")
    QString region; ///< the connection's region: a connection is bound to one region
    QString regionKey; ///< MapRegion key of that region ("aws/ap-northeast-2")
    QString zone;
    QString name; ///< the VM's nameId
    QString systemId;
    VmStatus status = VmStatus::Running;
    QString specName;
    QString infra; ///< the "barista-infra" tag; empty when the VM belongs to none
    std::optional<double> pricePerHour; ///< USD, on-demand; unknown stays unknown (never 0)

    bool operator==(const FleetVm&) const = default;
};

} // namespace Barista
