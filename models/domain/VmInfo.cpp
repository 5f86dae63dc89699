// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/VmInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject VmInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("zone"), zone },
        { QStringLiteral("imageName"), imageName },
        { QStringLiteral("specName"), specName },
        { QStringLiteral("vpcIid"), vpcIid.toJson() },
        { QStringLiteral("subnetIid"), subnetIid.toJson() },
        { QStringLiteral("securityGroupIids"), DomainJson::iidsToJson(securityGroupIids) },
        { QStringLiteral("keyPairIid"), keyPairIid.toJson() },
        { QStringLiteral("rootDiskType"), rootDiskType },
        { QStringLiteral("rootDiskSizeGb"), rootDiskSizeGb },
        { QStringLiteral("dataDiskIids"), DomainJson::iidsToJson(dataDiskIids) },
        { QStringLiteral("status"), vmStatusName(status) },
        { QStringLiteral("vmUserName"), vmUserName },
        { QStringLiteral("publicIp"), publicIp },
        { QStringLiteral("privateIp"), privateIp },
        { QStringLiteral("sshAccessPoint"), sshAccessPoint },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

VmInfo VmInfo::fromJson(const QJsonObject& json)
{
    VmInfo vm;
    read(json, "iid", vm.iid);
    read(json, "zone", vm.zone);
    read(json, "imageName", vm.imageName);
    read(json, "specName", vm.specName);
    read(json, "vpcIid", vm.vpcIid);
    read(json, "subnetIid", vm.subnetIid);
    read(json, "securityGroupIids", vm.securityGroupIids);
    read(json, "keyPairIid", vm.keyPairIid);
    read(json, "rootDiskType", vm.rootDiskType);
    read(json, "rootDiskSizeGb", vm.rootDiskSizeGb);
    read(json, "dataDiskIids", vm.dataDiskIids);
    DomainJson::readEnum(json, "status", vm.status, vmStatusFromName);
    read(json, "vmUserName", vm.vmUserName);
    read(json, "publicIp", vm.publicIp);
    read(json, "privateIp", vm.privateIp);
    read(json, "sshAccessPoint", vm.sshAccessPoint);
    read(json, "tags", vm.tags);
    read(json, "createdAt", vm.createdAt);
    read(json, "extra", vm.extra);
    return vm;
}

} // namespace Barista
