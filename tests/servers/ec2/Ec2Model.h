// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's in-memory resources: plain records, one set per region. The shapes follow
// the fields the EC2 API reference lists for each resource, limited to what the adapter reads.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Barista {

using Ec2Tags = QList<QPair<QString, QString>>; // key -> value, in insertion order

// A transitional state ("pending", "stopping", "creating", ...) moves to its target after a number
// of Describe calls or after some time, whichever comes first (see Ec2State::advance).
struct Ec2Transition
{
    QString target; // empty: settled
    int describesLeft = 0;
    qint64 dueMs = 0; // 0: no time limit
};

struct Ec2Instance
{
    QString id;
    QString reservationId;
    QString imageId;
    QString instanceType;
    QString keyName;
    QString subnetId;
    QString vpcId;
    QString zone;
    QString privateIp;
    QString clientToken;
    QStringList groupIds;
    QString state; // pending, running, stopping, stopped, shutting-down, terminated
    QString stateReason;
    Ec2Transition transition;
    QDateTime launchTime;
    int launchIndex = 0;
    Ec2Tags tags;
};

struct Ec2Reservation
{
    QString id;
    QStringList instanceIds;
    QString clientToken;
    QByteArray fingerprint; // the request's parameters, to detect a reused ClientToken
};

struct Ec2Vpc
{
    QString id;
    QString cidr;
    QString state = QStringLiteral("available");
    bool isDefault = false;
    Ec2Tags tags;
};

struct Ec2Subnet
{
    QString id;
    QString vpcId;
    QString cidr;
    QString zone;
    Ec2Tags tags;
};

struct Ec2Rule
{
    QString ruleId;
    QString protocol; // "tcp", "udp", "icmp", "-1"
    int fromPort = -1;
    int toPort = -1;
    QString cidr;
    bool egress = false;
};

struct Ec2SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString vpcId;
    QList<Ec2Rule> rules;
    Ec2Tags tags;
};

struct Ec2KeyPair
{
    QString id;
    QString name;
    QString fingerprint;
    QString keyType;
    QDateTime created;
    Ec2Tags tags;
};

struct Ec2Volume
{
    QString id;
    QString zone;
    int sizeGiB = 8;
    QString volumeType = QStringLiteral("gp2");
    int iops = 0;
    QString state; // creating, available, in-use, deleting
    Ec2Transition transition;
    QString instanceId; // attachment, empty when detached
    QString device;
    QString attachState; // attaching, attached, detaching
    Ec2Transition attachTransition;
    QDateTime created;
    QDateTime attachTime;
    Ec2Tags tags;
};

// An EBS snapshot CreateImage made of one of the instance's volumes (pending -> completed).
struct Ec2Snapshot
{
    QString id;
    QString volumeId;
    int sizeGiB = 8;
    QString state; // pending, completed
    Ec2Transition transition;
    QString description;
    QDateTime started;
    Ec2Tags tags;
};

// An AMI this account made with CreateImage (pending -> available); owned by Ec2Catalog::accountId().
struct Ec2UserImage
{
    QString id;
    QString name;
    QString description;
    QString sourceInstanceId;
    QString architecture = QStringLiteral("x86_64");
    QString state; // pending, available
    Ec2Transition transition;
    QDateTime created;
    QList<QPair<QString, QString>> devices; // device name -> snapshot id; the first is the root
    Ec2Tags tags;
};

struct Ec2RegionState
{
    QString name;
    // Keyed by id; ids grow with a counter, so map order is creation order (stable pagination).
    QMap<QString, Ec2Instance> instances;
    QMap<QString, Ec2Reservation> reservations;
    QMap<QString, QString> reservationByToken;
    QMap<QString, Ec2Vpc> vpcs;
    QMap<QString, Ec2Subnet> subnets;
    QMap<QString, Ec2SecurityGroup> securityGroups;
    QMap<QString, Ec2KeyPair> keyPairs; // keyed by name (EC2 addresses key pairs by name)
    QMap<QString, Ec2Volume> volumes;
    QMap<QString, Ec2UserImage> images;
    QMap<QString, Ec2Snapshot> snapshots;
};

} // namespace Barista
