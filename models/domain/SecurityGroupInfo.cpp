// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/SecurityGroupInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject SecurityRule::toJson() const
{
    return QJsonObject {
        { QStringLiteral("direction"), direction },
        { QStringLiteral("ipProtocol"), ipProtocol },
        { QStringLiteral("fromPort"), fromPort },
        { QStringLiteral("toPort"), toPort },
        { QStringLiteral("cidr"), cidr },
    };
}

SecurityRule SecurityRule::fromJson(const QJsonObject& json)
{
    SecurityRule rule;
    read(json, "direction", rule.direction);
    read(json, "ipProtocol", rule.ipProtocol);
    read(json, "fromPort", rule.fromPort);
    read(json, "toPort", rule.toPort);
    read(json, "cidr", rule.cidr);
    return rule;
}

QJsonObject SecurityGroupInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("vpcIid"), vpcIid.toJson() },
        { QStringLiteral("rules"), DomainJson::listToJson(rules) },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

SecurityGroupInfo SecurityGroupInfo::fromJson(const QJsonObject& json)
{
    SecurityGroupInfo group;
    read(json, "iid", group.iid);
    read(json, "vpcIid", group.vpcIid);
    DomainJson::readList(json, "rules", group.rules);
    read(json, "tags", group.tags);
    read(json, "createdAt", group.createdAt);
    read(json, "extra", group.extra);
    return group;
}

} // namespace Barista
