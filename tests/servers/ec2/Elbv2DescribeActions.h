// SPDX-License-Identifier: GPL-3.0-or-later
// ELBv2's read actions: DescribeLoadBalancers, DescribeTargetGroups and DescribeListeners (paged by
// Marker/PageSize, NextMarker in the answer), DescribeTargetHealth and DescribeTags.
#pragma once

#include "tests/servers/ec2/Elbv2Call.h"

namespace Barista {

class Elbv2DescribeActions
{
public:
    static void registerAll(Elbv2HandlerTable& table);

    static Ec2Outcome describeLoadBalancers(Elbv2Call& call);
    static Ec2Outcome describeTargetGroups(Elbv2Call& call);
    static Ec2Outcome describeListeners(Elbv2Call& call);
    static Ec2Outcome describeTargetHealth(Elbv2Call& call);
    static Ec2Outcome describeTags(Elbv2Call& call);
};

} // namespace Barista
