// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/VpcInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject SubnetInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("zone"), zone },
        { QStringLiteral("ipv4Cidr"), ipv4Cidr },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
    };
}

SubnetInfo SubnetInfo::fromJson(const QJsonObject& json)
{
    SubnetInfo subnet;
    read(json, "iid", subnet.iid);
    read(json, "zone", subnet.zone);
    read(json, "ipv4Cidr", subnet.ipv4Cidr);
    read(json, "tags", subnet.tags);
    return subnet;
}

QJsonObject VpcInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("ipv4Cidr"), ipv4Cidr },
        { QStringLiteral("subnets"), DomainJson::listToJson(subnets) },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

VpcInfo VpcInfo::fromJson(const QJsonObject& json)
{
    VpcInfo vpc;
    read(json, "iid", vpc.iid);
    read(json, "ipv4Cidr", vpc.ipv4Cidr);
    DomainJson::readList(json, "subnets", vpc.subnets);
    read(json, "tags", vpc.tags);
    read(json, "createdAt", vpc.createdAt);
    read(json, "extra", vpc.extra);
    return vpc;
}

} // namespace Barista
