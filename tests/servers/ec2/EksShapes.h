// SPDX-License-Identifier: GPL-3.0-or-later
// The EKS API reference's Cluster and Nodegroup shapes as the test service writes them (createdAt
// in epoch seconds, as REST-JSON sends timestamps), and the request's string lists.
#pragma once

#include "tests/servers/ec2/EksModel.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Barista {

class EksShapes
{
public:
    static QJsonObject cluster(const EksCluster& cluster);
    static QJsonObject nodegroup(const EksNodegroup& group, const EksCluster& cluster);
    static QStringList strings(const QJsonValue& value);
};

} // namespace Barista
