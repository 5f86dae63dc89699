// SPDX-License-Identifier: GPL-3.0-or-later
// What an EC2 action handler gets: the parsed request, the server state, the caller's region
// (from the signature's credential scope, as EC2 endpoints are regional) and the request id.
#pragma once

#include "tests/servers/ec2/Ec2Error.h"
#include "tests/servers/ec2/Ec2QueryRequest.h"
#include "tests/servers/ec2/Ec2State.h"

#include <QHash>
#include <QString>

#include <functional>

namespace Barista {

struct Ec2Call
{
    const Ec2QueryRequest& request;
    Ec2State& state;
    Ec2RegionState& region;
    QString requestId;
};

using Ec2Handler = std::function<Ec2Outcome(Ec2Call&)>;
using Ec2HandlerTable = QHash<QString, Ec2Handler>;

} // namespace Barista
