// SPDX-License-Identifier: GPL-3.0-or-later
// What the ARM test server offers: locations (with zone mappings), resource SKUs of type
// virtualMachines (capabilities vCPUs / MemoryGB / GPUs, one disk SKU among them as in the real
// list), the older vmSizes list, and platform images for Canonical, Debian and
// MicrosoftWindowsServer (publishers / offers / skus / versions).
#pragma once

#include "tests/servers/azure/AzureArmReply.h"

#include <QJsonArray>
#include <QStringList>

namespace Barista {

class AzureArmCatalog
{
public:
    static QStringList locationNames();
    static QJsonArray locations(const QString& subscriptionId);
    // Resource SKUs; location empty = all. The location filter is ARM's "location eq 'x'".
    static QJsonArray resourceSkus(const QString& location);
    static QJsonArray vmSizes();
    // vCPUs of a size, 0 when it is not offered.
    static int coresOf(const QString& vmSize);

    // GET .../locations/{l}/publishers[/{p}/artifacttypes/vmimage/offers[/{o}/skus[/{s}/versions[/{v}]]]]:
    // segments after "publishers"; an error reply for an unknown publisher/offer/sku/version.
    static AzureArmReply images(const QString& subscriptionId, const QString& location, const QStringList& rest);
    // True when publisher:offer:sku:version (version may be "latest") exists.
    static bool imageExists(const QString& publisher, const QString& offer, const QString& sku, const QString& version);
};

} // namespace Barista
