// SPDX-License-Identifier: GPL-3.0-or-later
// The ELBv2 reply shapes the Create and Describe actions share: one <member> of LoadBalancers,
// TargetGroups or Listeners.
#pragma once

#include "tests/servers/ec2/Elbv2Call.h"
#include "tests/servers/ec2/Elbv2XmlWriter.h"

namespace Barista {

class Elbv2Shapes
{
public:
    static void loadBalancer(Elbv2XmlWriter& out, const Elbv2LoadBalancer& lb, const Ec2RegionState& region);
    static void targetGroup(Elbv2XmlWriter& out, const Elbv2TargetGroup& group, const Elbv2RegionState& elb);
    static void listener(Elbv2XmlWriter& out, const Elbv2Listener& listener);
};

} // namespace Barista
