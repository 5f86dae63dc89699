// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/NlbInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject NlbInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("vpcIid"), vpcIid.toJson() },
        { QStringLiteral("type"), type },
        { QStringLiteral("scope"), scope },
        { QStringLiteral("listenerProtocol"), listenerProtocol },
        { QStringLiteral("listenerPort"), listenerPort },
        { QStringLiteral("listenerIp"), listenerIp },
        { QStringLiteral("listenerDnsName"), listenerDnsName },
        { QStringLiteral("vmGroupProtocol"), vmGroupProtocol },
        { QStringLiteral("vmGroupPort"), vmGroupPort },
        { QStringLiteral("vms"), DomainJson::iidsToJson(vms) },
        { QStringLiteral("healthProtocol"), healthProtocol },
        { QStringLiteral("healthPort"), healthPort },
        { QStringLiteral("healthInterval"), healthInterval },
        { QStringLiteral("healthTimeout"), healthTimeout },
        { QStringLiteral("healthThreshold"), healthThreshold },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

NlbInfo NlbInfo::fromJson(const QJsonObject& json)
{
    NlbInfo nlb;
    read(json, "iid", nlb.iid);
    read(json, "vpcIid", nlb.vpcIid);
    read(json, "type", nlb.type);
    read(json, "scope", nlb.scope);
    read(json, "listenerProtocol", nlb.listenerProtocol);
    read(json, "listenerPort", nlb.listenerPort);
    read(json, "listenerIp", nlb.listenerIp);
    read(json, "listenerDnsName", nlb.listenerDnsName);
    read(json, "vmGroupProtocol", nlb.vmGroupProtocol);
    read(json, "vmGroupPort", nlb.vmGroupPort);
    read(json, "vms", nlb.vms);
    read(json, "healthProtocol", nlb.healthProtocol);
    read(json, "healthPort", nlb.healthPort);
    read(json, "healthInterval", nlb.healthInterval);
    read(json, "healthTimeout", nlb.healthTimeout);
    read(json, "healthThreshold", nlb.healthThreshold);
    read(json, "tags", nlb.tags);
    read(json, "createdAt", nlb.createdAt);
    read(json, "extra", nlb.extra);
    return nlb;
}

} // namespace Barista
