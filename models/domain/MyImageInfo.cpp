// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/MyImageInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject MyImageInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("sourceVm"), sourceVm.toJson() },
        { QStringLiteral("status"), status },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

MyImageInfo MyImageInfo::fromJson(const QJsonObject& json)
{
    MyImageInfo image;
    read(json, "iid", image.iid);
    read(json, "sourceVm", image.sourceVm);
    read(json, "status", image.status);
    read(json, "tags", image.tags);
    read(json, "createdAt", image.createdAt);
    read(json, "extra", image.extra);
    return image;
}

} // namespace Barista
