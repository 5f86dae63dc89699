// SPDX-License-Identifier: GPL-3.0-or-later
// The EKS test service's records: clusters by name and their managed node groups, per region.
#pragma once

#include "tests/servers/ec2/Ec2Model.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Barista {

struct EksNodegroup
{
    QString name;
    QString arn;
    QString status; // CREATING, ACTIVE, DELETING
    Ec2Transition transition;
    QStringList instanceTypes;
    QString amiType;
    int diskSize = 20;
    int minSize = 1;
    int maxSize = 1;
    int desiredSize = 1;
    QStringList subnets;
    QString nodeRole;
    QString sshKey;
    QJsonObject tags;
    QString token;
    qint64 createdAtMs = 0;
};

struct EksCluster
{
    QString name;
    QString arn;
    QString version;
    QString roleArn;
    QString vpcId;
    QStringList subnetIds;
    QStringList securityGroupIds;
    QString clusterSecurityGroupId; // made when the cluster becomes ACTIVE
    QString endpoint; // set when ACTIVE
    QString status; // CREATING, ACTIVE, DELETING
    Ec2Transition transition;
    QJsonObject tags;
    QString token;
    qint64 createdAtMs = 0;
    QMap<QString, EksNodegroup> nodegroups;
};

using EksRegionState = QMap<QString, EksCluster>; // by cluster name

} // namespace Barista
