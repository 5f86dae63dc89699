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

} // namespace Barista
