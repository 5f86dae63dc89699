// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ClusterInfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Barista {

/// Magnum (container-infra v1) JSON to ClusterInfo, and our tags to Magnum labels. Magnum
/// clusters have no tags: ours, the journal's tags and the idempotency token travel as labels
/// sent with merge_labels=true (so the template's labels, kube_tag and the like, are kept).
/// Magnum answers a merged cluster with every label under "labels" and the ones we added
/// under "labels_added": tags are read from labels_added where the cloud sends it.
class OpenStackMagnumMapper final
{
public:
    /// Heat's stack states as Magnum reports them: CREATE_IN_PROGRESS -> Creating,
    /// UPDATE/RESUME/RESTORE/ROLLBACK/... _IN_PROGRESS -> Updating, DELETE_* -> Deleting,
    /// *_COMPLETE -> Active, *_FAILED -> Inactive (ClusterStatus has no Failed; the raw status
    /// and status_reason are in extra).
    static ClusterStatus clusterStatus(const QString& status);

    /// cluster: a GET /v1/clusters/{id} body; nodegroups: its GET .../nodegroups items. The
    /// worker groups become node groups; the master group's size and flavor go to extra.
    static ClusterInfo toCluster(const QJsonObject& cluster, const QJsonArray& nodegroups);

    /// The labels a create sends: the request's tags, the call's tags and the token.
    static QJsonObject labels(const QMap<QString, QString>& tags);
    /// Label values are strings, numbers or booleans in Magnum; all are read as text.
    static QMap<QString, QString> fromLabels(const QJsonObject& labels);
    /// The cluster's label holding the idempotency token ("" when none).
    static QString tokenOf(const QJsonObject& cluster);
};

} // namespace Barista
