// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Barista {

/// The OpenStack services the adapter talks to, by their service-types authority names.
enum class OpenStackService
{
    Identity,
    Compute,
    Network,
    Image,
    BlockStorage,
    LoadBalancer,
    ContainerInfra,
};

inline QString openStackServiceType(OpenStackService service)
{
    switch (service) {
    case OpenStackService::Identity:
        return QStringLiteral("identity");
    case OpenStackService::Compute:
        return QStringLiteral("compute");
    case OpenStackService::Network:
        return QStringLiteral("network");
    case OpenStackService::Image:
        return QStringLiteral("image");
    case OpenStackService::BlockStorage:
        return QStringLiteral("block-storage");
    case OpenStackService::LoadBalancer:
        return QStringLiteral("load-balancer");
    case OpenStackService::ContainerInfra:
        return QStringLiteral("container-infra");
    }
    return QString();
}

/// The Magnum microversion we speak, sent as "OpenStack-API-Version: container-infra 1.10":
/// 1.9 added the nodegroups API (how the worker and master groups are read), 1.10 allows
/// node groups of 0 nodes. Magnum has offered 1.10 since Ussuri (2020); an older Magnum
/// answers 406 with its own message, which the user sees.
inline QString containerInfraMicroversion()
{
    return QStringLiteral("1.10");
}

} // namespace Barista
