// SPDX-License-Identifier: GPL-3.0-or-later
// What an EKS operation handler gets: the parsed REST-JSON request, the caller's region (from the
// signature's credential scope), the EC2 state (subnets, security groups, key pairs), that region's
// EKS records and the request's record (action, status, error code).
#pragma once

#include "tests/servers/ec2/Ec2State.h"
#include "tests/servers/ec2/Ec2TestServer.h"
#include "tests/servers/ec2/EksModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace Barista {

struct EksCall
{
    QByteArray method;
    QUrlQuery query;
    QJsonObject body;
    QString region;
    Ec2State& ec2;
    EksRegionState& clusters;
    Ec2RequestRecord& record;
};

} // namespace Barista
