// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ClusterInfo.h"

#include <QJsonObject>

namespace Barista {

/// EKS's JSON shapes (DescribeCluster's "cluster", DescribeNodegroup's "nodegroup") onto the
/// common domain, and our requests onto CreateNodegroup's body.
class AwsEksMapper final
{
public:
    /// name is the cluster's id in every EKS call: both nameId and systemId. The ARN, role,
    /// platform version, raw status and the cluster security group go to extra.
    static ClusterInfo toCluster(const QJsonObject& cluster);
    /// amiType is the image name, the first instance type the spec, diskSize the root disk,
    /// ec2SshKey the key pair (by name), scalingConfig the sizes; onAutoScaling when min < max.
    static NodeGroupInfo toNodeGroup(const QJsonObject& nodegroup);
    /// CREATING/PENDING -> Creating, ACTIVE -> Active, UPDATING -> Updating, DELETING -> Deleting,
    /// FAILED and the node groups' CREATE_FAILED/DELETE_FAILED/DEGRADED -> Inactive.
    static ClusterStatus status(const QString& eksStatus);
    /// CreateNodegroup's body for one requested group (subnets, role and key already resolved).
    static QJsonObject nodegroupRequest(const NodeGroupInfo& group, const QStringList& subnetIds,
        const QString& nodeRoleArn, const QString& keyName, const QMap<QString, QString>& tags, const QString& token);
    static QJsonObject tagObject(const QMap<QString, QString>& tags);
};

} // namespace Barista
