// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// What a region offers: Keystone regions with Nova's availability zones, Nova flavors as
/// specs, Glance images (public and the project's own, active only) and Nova's quota.
class OpenStackCatalogOps final
{
public:
    OpenStackCatalogOps(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listRegions();
    Result<Resource> getRegion(const QString& name);
    Result<ResourcePage> listSpecs(const ListRequest& request);
    Result<Resource> getSpec(const QString& nameOrId);
    Result<ResourcePage> listImages(const ListRequest& request);
    Result<Resource> getImage(const QString& nameOrId);
    /// GetQuota: Nova's absolute limits as vcpuLimit/vcpuUsage/vmLimit/vmUsage/ramLimitMiB/ramUsageMiB.
    Result<AnyCallResponse> quota();

private:
    Result<QList<ZoneInfo>> zones();
    CloudError notFound(const QString& what, const QString& id) const;

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
