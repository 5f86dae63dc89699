// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ClusterInfo.h"

#include <QJsonArray>

namespace Barista {

/// Node groups a cluster create could not make yet because the cloud takes them only on an
/// active cluster (EKS; Magnum after the first group). Adapters answer them in
/// ClusterInfo::extra "pendingNodeGroups"; NodeGroupFollowUp sends the create again for them.
inline void setPendingNodeGroups(ClusterInfo& cluster, const QList<NodeGroupInfo>& pending)
{
    if (pending.isEmpty())
        return;
    QJsonArray groups;
    for (const NodeGroupInfo& group : pending)
        groups.append(group.toJson());
    cluster.extra.insert(QLatin1String("pendingNodeGroups"), groups);
}

inline bool hasPendingNodeGroups(const ClusterInfo& cluster)
{
    return !cluster.extra.value(QLatin1String("pendingNodeGroups")).toArray().isEmpty();
}

} // namespace Barista
