// SPDX-License-Identifier: GPL-3.0-or-later
// CreateSecurityGroup, Authorize/RevokeSecurityGroupIngress (IpPermissions.N and the older
// top-level IpProtocol/FromPort/ToPort/CidrIp form), DescribeSecurityGroups, DeleteSecurityGroup.
#pragma once

#include "tests/servers/ec2/Ec2Call.h"

namespace Barista {

class Ec2SecurityGroupActions
{
public:
    static void registerAll(Ec2HandlerTable& table);

    static Ec2Outcome createSecurityGroup(Ec2Call& call);
    static Ec2Outcome authorizeIngress(Ec2Call& call);
    static Ec2Outcome revokeIngress(Ec2Call& call);
    static Ec2Outcome describeSecurityGroups(Ec2Call& call);
    static Ec2Outcome deleteSecurityGroup(Ec2Call& call);
};

} // namespace Barista
