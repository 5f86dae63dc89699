// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/KeyPairInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject KeyPairInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("iid"), iid.toJson() },
        { QStringLiteral("fingerprint"), fingerprint },
        { QStringLiteral("publicKey"), publicKey },
        { QStringLiteral("vmUserName"), vmUserName },
        { QStringLiteral("tags"), DomainJson::tagsToJson(tags) },
        { QStringLiteral("extra"), extra },
    };
    DomainJson::writeDate(json, "createdAt", createdAt);
    return json;
}

KeyPairInfo KeyPairInfo::fromJson(const QJsonObject& json)
{
    KeyPairInfo keyPair;
    read(json, "iid", keyPair.iid);
    read(json, "fingerprint", keyPair.fingerprint);
    read(json, "publicKey", keyPair.publicKey);
    read(json, "vmUserName", keyPair.vmUserName);
    read(json, "tags", keyPair.tags);
    read(json, "createdAt", keyPair.createdAt);
    read(json, "extra", keyPair.extra);
    return keyPair;
}

} // namespace Barista
