// SPDX-License-Identifier: GPL-3.0-or-later
// RunInstances (ClientToken idempotency, TagSpecification, vCPU limit), DescribeInstances
// (InstanceId, filters, MaxResults/NextToken), Start/Stop/Reboot/TerminateInstances.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2InstanceActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome runInstances(Ec2Call& call);
    static Ec2Outcome describeInstances(Ec2Call& call);
    static Ec2Outcome stopInstances(Ec2Call& call);
    static Ec2Outcome startInstances(Ec2Call& call);
    static Ec2Outcome rebootInstances(Ec2Call& call);
    static Ec2Outcome terminateInstances(Ec2Call& call);
};

} // namespace Barista
