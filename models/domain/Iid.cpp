// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Iid.h"

#include "models/domain/DomainJson.h"

namespace Barista {

bool Iid::matches(const Iid& other) const
{
    bool compared = false;
    if (!nameId.isEmpty() && !other.nameId.isEmpty()) {
        if (nameId != other.nameId)
            return false;
        compared = true;
    }
    if (!systemId.isEmpty() && !other.systemId.isEmpty()) {
        if (systemId != other.systemId)
            return false;
        compared = true;
    }
    return compared;
}

QJsonObject Iid::toJson() const
{
    return QJsonObject { { QStringLiteral("nameId"), nameId }, { QStringLiteral("systemId"), systemId } };
}

Iid Iid::fromJson(const QJsonObject& json)
{
    Iid iid;
    DomainJson::read(json, "nameId", iid.nameId);
    DomainJson::read(json, "systemId", iid.systemId);
    return iid;
}

} // namespace Barista
