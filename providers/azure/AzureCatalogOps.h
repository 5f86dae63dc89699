// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// The catalog: locations with their zones (subscriptions/{id}/locations), VM specs from the
/// resource SKUs of the connection's location (type virtualMachines), and platform images of the
/// publishers users mostly want (Canonical, Debian), newest version of each offer/sku, as
/// az-style URNs "publisher:offer:sku:version".
class AzureCatalogOps final
{
public:
    explicit AzureCatalogOps(AzureSession& session);

    static QStringList imagePublishers();

    Result<ResourcePage> listRegions();
    Result<Resource> getRegion(const QString& name);
    Result<ResourcePage> listSpecs(const ListRequest& request);
    Result<Resource> getSpec(const QString& name);
    Result<ResourcePage> listImages();
    Result<Resource> getImage(const QString& urn);

private:
    QString locationPath() const;
    AzureSession& m_session;
};

} // namespace Barista
