// SPDX-License-Identifier: GPL-3.0-or-later
// The ELBv2 (Elastic Load Balancing v2, API version 2015-12-01) write actions the EC2 test server
// serves for network load balancers: CreateLoadBalancer (provisioning -> active), CreateTargetGroup,
// RegisterTargets, CreateListener (forward) and the deletes, with ELBv2's checks and error codes
// (DuplicateLoadBalancerName, SubnetNotFound, TargetGroupNotFound, InvalidTarget, ResourceInUse,
// ValidationError, ...). The Create actions are idempotent as documented: the same name (port,
// for a listener) with the same settings answers the existing resource. Reads: Elbv2DescribeActions.
#pragma once

#include "tests/servers/ec2/Elbv2Call.h"

namespace Barista {

class Elbv2Actions
{
public:
    static void registerAll(Elbv2HandlerTable& table);

    static Ec2Outcome createLoadBalancer(Elbv2Call& call);
    static Ec2Outcome createTargetGroup(Elbv2Call& call);
    static Ec2Outcome registerTargets(Elbv2Call& call);
    static Ec2Outcome createListener(Elbv2Call& call);
    static Ec2Outcome deleteListener(Elbv2Call& call);
    static Ec2Outcome deleteTargetGroup(Elbv2Call& call);
    static Ec2Outcome deleteLoadBalancer(Elbv2Call& call);

    // Shared with Elbv2DescribeActions and Elbv2Shapes.
    static Elbv2LoadBalancer* loadBalancer(Elbv2RegionState& elb, const QString& arn);
    static Elbv2TargetGroup* targetGroup(Elbv2RegionState& elb, const QString& arn);
    static Ec2Error validation(const QString& message)
    {
        return Ec2Error::client(QStringLiteral("ValidationError"), message);
    }
    static Ec2Error loadBalancerNotFound()
    {
        return Ec2Error::client(
            QStringLiteral("LoadBalancerNotFound"), QStringLiteral("One or more load balancers not found"));
    }
    static Ec2Error targetGroupNotFound()
    {
        return Ec2Error::client(
            QStringLiteral("TargetGroupNotFound"), QStringLiteral("One or more target groups not found"));
    }
    static Ec2Error listenerNotFound()
    {
        return Ec2Error::client(QStringLiteral("ListenerNotFound"), QStringLiteral("One or more listeners not found"));
    }
};

} // namespace Barista
