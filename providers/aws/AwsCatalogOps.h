// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// Regions and zones, instance types (specs) and public images.
class AwsCatalogOps final
{
public:
    AwsCatalogOps(AwsSession& session, const ConnectionConfig& connection);

    /// DescribeRegions; the connection's own region comes with its zones (the others' zones
    /// are one call each: get() fills them).
    Result<ResourcePage> listRegions();
    Result<Resource> getRegion(const QString& name);
    /// DescribeInstanceTypes, paginated (MaxResults 5..100).
    Result<ResourcePage> listSpecs(const ListRequest& request);
    Result<Resource> getSpec(const QString& name);
    /// DescribeImages of imageOwners(), paginated.
    Result<ResourcePage> listImages(const ListRequest& request);
    Result<Resource> getImage(const QString& nameOrId);
    /// The raw image: by id (any owner: the user chose that exact AMI), or the newest available
    /// image of that name among imageOwners().
    Result<AwsXmlNode> findImage(const QString& nameOrId);

    /// Whose images we list and look up by name: Amazon, this account, Canonical (Ubuntu) and
    /// Debian. Anyone may publish an AMI under any name, so names are trusted from these only.
    static QStringList imageOwners();

private:
    Result<QList<ZoneInfo>> zones(const QString& region);

    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
