// SPDX-License-Identifier: GPL-3.0-or-later
// What an ELBv2 action handler gets: the parsed request, the EC2 state of the caller's region (the
// subnets, VPCs and instances load balancers use), that region's ELBv2 records and the request id.
#pragma once

#include "tests/servers/ec2/Ec2Error.h"
#include "tests/servers/ec2/Ec2QueryRequest.h"
#include "tests/servers/ec2/Ec2State.h"
#include "tests/servers/ec2/Elbv2Model.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Barista {

struct Elbv2Call
{
    const Ec2QueryRequest& request;
    Ec2State& state;
    Ec2RegionState& region;
    Elbv2RegionState& elb;
    QString requestId;
};

using Elbv2Handler = std::function<Ec2Outcome(Elbv2Call&)>;
using Elbv2HandlerTable = QHash<QString, Elbv2Handler>;

} // namespace Barista
