// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudError.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace Barista {

/// One node (VM) of an infrastructure as the workspace knows it. The row exists from the
/// moment the node is planned, before its VM is asked for, so the workspace always knows what
/// it may have in a cloud.
struct InfraNode
{
    QString infra;
    QString name;       ///< "<group>-<n>"
    QString group;
    QString connection;
    QString provider;
    QString region;
    QString zone;
    QString specName;
    QString imageId;
    QString rootDiskType;
    int rootDiskSize = 0;
    QMap<QString, QString> label;
    QString vmName;     ///< the VM's name in the cloud: "<infra>-<node>"
    QString systemId;   ///< the cloud's id once known
    /// "Planned" (not asked for yet), a VM status name (Creating, Running, ...), or "Failed".
    QString status = QStringLiteral("Planned");
    /// The action in progress on this node ("Create", "Suspend", ..., "None").
    QString targetAction = QStringLiteral("None");
    QString publicIp;
    QString privateIp;
    QString sshAccessPoint; ///< "host:port"
    QString vmUserName;
    std::optional<CloudError> error; ///< the provider's own words when the node failed
    qint64 updatedMs = 0;

    QJsonObject detailJson() const; ///< everything without a column of its own
    void readDetail(const QJsonObject& detail);
    QJsonObject toJson() const;     ///< the CLI's and GUI's view
};

/// A resource an infrastructure needs on a connection but does not own alone: the VPC with its
/// subnet and the key pair are shared by every infra on that connection (owner ""); the
/// security group belongs to one infra (owner = its name).
struct InfraSharedResource
{
    QString connection;
    int kind = 0;       ///< a ResourceKind
    QString owner;
    QString nameId;
    QString systemId;
    /// "Planned", "Active", or "Deleting" (a delete not yet confirmed: a tombstone, retried).
    QString state = QStringLiteral("Planned");
    QJsonObject detail; ///< e.g. {"cidr": "10.1.0.0/16", "subnet": "..."} or the key's secret reference
    std::optional<CloudError> error;
    qint64 updatedMs = 0;

    QJsonObject toJson() const;
};

} // namespace Barista
