// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Barista {

/// What to do when some nodes of a create fail (CB-Tumblebug's policyOnPartialFailure).
enum class PartialFailurePolicy
{
    Continue, ///< keep the good nodes, report the failed ones (Tumblebug's default)
    Refine, ///< keep the good nodes and drop the failed ones from the infra
    Rollback, ///< delete everything this create made
};
QString partialFailurePolicyName(PartialFailurePolicy policy);

/// One node group of an infra spec: nodeGroupSize nodes of one spec and image in one place.
/// Node names are "<group>-<n>", n from 1, as in Tumblebug.
struct NodeGroupSpec
{
    QString name;
    QString description;
    QString specId; ///< "provider+region+spec" as Tumblebug writes it, e.g. "aws+ap-northeast-2+t3.nano"
    QString imageId;
    int nodeGroupSize = 1;
    QString connectionName; ///< empty = derived from the specId's provider and region
    QString zone;
    QString rootDiskType; ///< empty or "default" = the provider's default
    int rootDiskSize = 0; ///< GB; 0 = the image's default
    QMap<QString, QString> label;

    /// The parts of specId ("aws", "ap-northeast-2", "t3.nano"); empty strings when specId
    /// is not in that form (a plain spec name then needs connectionName).
    QString specProvider() const;
    QString specRegion() const;
    QString specName() const;

    friend bool operator==(const NodeGroupSpec&, const NodeGroupSpec&) = default;
};

/// One phase of commands run on the nodes after they are created (Tumblebug's postCommands;
/// the older single postCommand object is one phase on every node).
struct PostCommandPhase
{
    QStringList commands;
    QString userName; ///< empty = the node's own user
    QString nodeGroup; ///< run only on this group; empty = all
    QString node; ///< run only on this node; empty = all
    QString labelSelector; ///< "key=value[,key=value]" on node labels; empty = all
    int timeoutMinutes = 0; ///< 0 = the default (30)

    friend bool operator==(const PostCommandPhase&, const PostCommandPhase&) = default;
};

/// A multi-cloud infrastructure as the user writes it: a superset of CB-Tumblebug's
/// InfraDynamicReq (v0.13 names), read also from the older MCI/SubGroup/VM names.
struct InfraSpec
{
    QString name;
    QString description;
    QMap<QString, QString> label;
    PartialFailurePolicy policyOnPartialFailure = PartialFailurePolicy::Continue;
    QList<NodeGroupSpec> nodeGroups;
    QList<PostCommandPhase> postCommands;
    /// Extra inbound rules for the security group, on top of SSH (tcp/22) which is always open.
    /// Each "protocol/from[-to][@cidr]", e.g. "tcp/80", "tcp/8000-8100@10.0.0.0/8", "icmp".
    QStringList firewallRules;

    int totalNodes() const;
    /// The v0.13 names, sizes as numbers: what InfraSpecReader reads back unchanged.
    QJsonObject toJson() const;

    friend bool operator==(const InfraSpec&, const InfraSpec&) = default;
};

} // namespace Barista
