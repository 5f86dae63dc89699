// SPDX-License-Identifier: GPL-3.0-or-later
// The ELBv2 (Elastic Load Balancing v2) records of the EC2 test server, one set per region next to
// the EC2 resources they use (subnets, VPCs, instances). Fields follow the ELBv2 API reference's
// LoadBalancer, TargetGroup and Listener shapes, limited to what the adapter reads.
#pragma once

#include "tests/servers/ec2/Ec2Model.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct Elbv2LoadBalancer
{
    QString arn;
    QString name;
    QString dnsName;
    QString type = QStringLiteral("network");
    QString scheme = QStringLiteral("internet-facing");
    QString vpcId;
    QString state; // provisioning, active
    Ec2Transition transition;
    QDateTime created;
    QList<QPair<QString, QString>> subnets; // subnet id -> the address the load balancer has in it
    Ec2Tags tags;
    QByteArray fingerprint; // the creating request's settings, for CreateLoadBalancer's idempotency
};

struct Elbv2Target
{
    QString id;
    int port = 0;
};

struct Elbv2TargetGroup
{
    QString arn;
    QString name;
    QString protocol;
    int port = 0;
    QString vpcId;
    QString targetType = QStringLiteral("instance");
    QString healthProtocol;
    QString healthPort = QStringLiteral("traffic-port");
    int healthInterval = 30;
    int healthTimeout = 10;
    int healthyThreshold = 5;
    int unhealthyThreshold = 2;
    QList<Elbv2Target> targets;
    Ec2Tags tags;
    QByteArray fingerprint;
};

struct Elbv2Listener
{
    QString arn;
    QString loadBalancerArn;
    QString protocol;
    int port = 0;
    QString targetGroupArn; // the forward default action
    Ec2Tags tags;
    QByteArray fingerprint;
};

// Keyed by a growing sequence key (creation order: stable paging).
struct Elbv2RegionState
{
    QMap<QString, Elbv2LoadBalancer> loadBalancers;
    QMap<QString, Elbv2TargetGroup> targetGroups;
    QMap<QString, Elbv2Listener> listeners;
};

} // namespace Barista
