// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/ResourceStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct NodeGroupInfo
{
    Iid iid;
    QString imageName;
    QString specName;
    int rootDiskSizeGb = 0;
    Iid keyPairIid;
    bool onAutoScaling = false;
    int desiredNodeSize = 1;
    int minNodeSize = 1;
    int maxNodeSize = 1;
    NodeGroupStatus status = NodeGroupStatus::Creating;
    QList<Iid> nodes;

    QJsonObject toJson() const;
    static NodeGroupInfo fromJson(const QJsonObject& json);
    bool operator==(const NodeGroupInfo&) const = default;
};

/// A managed Kubernetes cluster (EKS, AKS, GKE, ...) and its node groups.
struct ClusterInfo
{
    Iid iid;
    QString version;
    Iid vpcIid;
    QList<Iid> subnetIids;
    QList<Iid> securityGroupIids;
    QList<NodeGroupInfo> nodeGroups;
    ClusterStatus status = ClusterStatus::Creating;
    QString endpoint;
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static ClusterInfo fromJson(const QJsonObject& json);
    bool operator==(const ClusterInfo&) const = default;
};

} // namespace Barista
