// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/DiskInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject DiskInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("zone"), zone },
        { QStringLiteral("diskType"), diskType },
        { QStringLiteral("sizeGb"), sizeGb },
        { QStringLiteral("status"), diskStatusName(status) },
        { QStringLiteral("ownerVm"), ownerVm.toJson() },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

DiskInfo DiskInfo::fromJson(const QJsonObject& json)
{
    DiskInfo disk;
    read(json, "iid", disk.iid);
    read(json, "zone", disk.zone);
    read(json, "diskType", disk.diskType);
    read(json, "sizeGb", disk.sizeGb);
    DomainJson::readEnum(json, "status", disk.status, diskStatusFromName);
    read(json, "ownerVm", disk.ownerVm);
    read(json, "tags", disk.tags);
    read(json, "createdAt", disk.createdAt);
    read(json, "extra", disk.extra);
    return disk;
}

} // namespace Barista
