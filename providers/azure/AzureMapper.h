// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QJsonObject>

namespace Barista {

/// ARM JSON <-> the common domain. Pure functions (no I/O), tested with the documented example
/// bodies. Identity: nameId = the resource's name, systemId = its full ARM id.
class AzureMapper final
{
public:
    static Iid iidOf(const QJsonObject& resource);
    /// The last segment of an ARM id ("/.../virtualMachines/vm-1" -> "vm-1").
    static QString nameOfId(const QString& id);
    static QMap<QString, QString> tagsOf(const QJsonObject& resource);
    static QJsonObject tagsJson(const QMap<QString, QString>& tags);

    static RegionInfo region(const QJsonObject& location);
    /// A resource SKU of type virtualMachines (capabilities vCPUs, MemoryGB, GPUs).
    static SpecInfo spec(const QJsonObject& sku, const QString& region);
    static ImageInfo image(const QString& publisher, const QString& offer, const QString& sku, const QString& version,
        const QString& region);

    static VpcInfo vpc(const QJsonObject& vnet);
    static SecurityGroupInfo securityGroup(const QJsonObject& nsg);
    /// Our rules as ARM securityRules (Allow, priorities from 100 by 10 per direction).
    static QJsonArray securityRules(const QList<SecurityRule>& rules);
    static KeyPairInfo keyPair(const QJsonObject& key);
    /// The VM with instanceView (properties.instanceView) when present; nic/publicIp fill the network fields.
    static VmInfo vm(const QJsonObject& vm, const QJsonObject& nic = {}, const QJsonObject& publicIp = {});
    static VmStatus vmStatus(const QString& provisioningState, const QString& powerState);
    /// "running" from the instance view's "PowerState/running"; empty when it has none.
    static QString powerState(const QJsonObject& instanceView);
    static DiskInfo disk(const QJsonObject& disk);

    /// "publisher:offer:sku:version" (az's URN) -> imageReference; empty when not a URN.
    static QJsonObject imageReference(const QString& urn);
    /// OpenSSH's "SHA256:..." fingerprint of an "ssh-... AAAA..." public key; empty when unreadable.
    static QString fingerprint(const QString& publicKey);
};

} // namespace Barista
