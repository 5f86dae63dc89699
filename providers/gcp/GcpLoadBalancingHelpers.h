// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QString>

// The small readers and checks both NLB kinds (GcpLoadBalancing: PUBLIC, GcpInternalLoadBalancing:
// INTERNAL) apply the same way, kept in one place so the two cannot drift apart.
namespace Barista::GcpLbHelpers {

/// The Compute name an Iid stands for: the cloud's own id once known, else the name asked for.
inline QString nameOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

/// A string field of a Compute resource; missing reads as empty ("Compute did not say").
inline QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

/// A request refused before any call to Compute.
inline CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"), message);
}

inline bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

} // namespace Barista::GcpLbHelpers
