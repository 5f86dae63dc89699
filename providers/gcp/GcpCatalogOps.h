// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// Regions with their zones, machine types of the connection's zone (vCPU, memory, GPUs from
/// "accelerators") and images: the project's own plus the public projects publicImageProjects()
/// (the image page token walks them in turn: "<project index>|<page token>").
class GcpCatalogOps final
{
public:
    GcpCatalogOps(GcpSession& session, const ConnectionConfig& connection);

    static QStringList publicImageProjects();

    Result<ResourcePage> listRegions();
    Result<Resource> getRegion(const QString& name);
    Result<ResourcePage> listSpecs(const ListRequest& request);
    Result<Resource> getSpec(const QString& name);
    Result<ResourcePage> listImages(const ListRequest& request);
    Result<Resource> getImage(const QString& id);
    /// The partial URL of an image given by name, "projects/..." or a full URL (own project
    /// first, then the public ones).
    Result<QString> resolveImage(const QString& nameOrUrl);

private:
    GcpSession& m_session;
    ConnectionConfig m_connection;
};

} // namespace Barista
