// SPDX-License-Identifier: GPL-3.0-or-later
// CreateVpc / DescribeVpcs / DeleteVpc and CreateSubnet / DescribeSubnets / DeleteSubnet, with
// EC2's CIDR rules (/16../28, subnets inside their VPC and not overlapping) and its
// DependencyViolation when something still lives inside.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2VpcActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome createVpc(Ec2Call& call);
    static Ec2Outcome describeVpcs(Ec2Call& call);
    static Ec2Outcome deleteVpc(Ec2Call& call);
    static Ec2Outcome createSubnet(Ec2Call& call);
    static Ec2Outcome describeSubnets(Ec2Call& call);
    static Ec2Outcome deleteSubnet(Ec2Call& call);
};

} // namespace Barista
