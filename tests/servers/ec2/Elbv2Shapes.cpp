// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Elbv2Shapes.h"

#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

void Elbv2Shapes::loadBalancer(Elbv2XmlWriter& out, const Elbv2LoadBalancer& lb, const Ec2RegionState& region)
{
    out.member();
    out.text(QStringLiteral("LoadBalancerArn"), lb.arn);
    out.text(QStringLiteral("DNSName"), lb.dnsName);
    // The hosted zone id AWS publishes for NLBs in ap-northeast-2; a fixed placeholder elsewhere.
    out.text(QStringLiteral("CanonicalHostedZoneId"), QStringLiteral("ZIBE1TIR4HY56"));
    out.text(QStringLiteral("CreatedTime"), Ec2XmlWriter::isoTime(lb.created));
    out.text(QStringLiteral("LoadBalancerName"), lb.name);
    out.text(QStringLiteral("Scheme"), lb.scheme);
    out.text(QStringLiteral("VpcId"), lb.vpcId);
    out.start(QStringLiteral("State"));
    out.text(QStringLiteral("Code"), lb.state);
    out.end();
    out.text(QStringLiteral("Type"), lb.type);
    out.start(QStringLiteral("AvailabilityZones"));
    for (const auto& [subnetId, address] : lb.subnets) {
        out.member();
        out.text(QStringLiteral("ZoneName"), region.subnets.value(subnetId).zone);
        out.text(QStringLiteral("SubnetId"), subnetId);
        out.start(QStringLiteral("LoadBalancerAddresses"));
        out.member();
        out.text(lb.scheme == QStringLiteral("internal") ? QStringLiteral("PrivateIPv4Address")
                                                         : QStringLiteral("IpAddress"),
            address);
        out.end();
        out.end();
        out.end();
    }
    out.end();
    out.text(QStringLiteral("IpAddressType"), QStringLiteral("ipv4"));
    out.end();
}

void Elbv2Shapes::targetGroup(Elbv2XmlWriter& out, const Elbv2TargetGroup& group, const Elbv2RegionState& elb)
{
    out.member();
    out.text(QStringLiteral("TargetGroupArn"), group.arn);
    out.text(QStringLiteral("TargetGroupName"), group.name);
    out.text(QStringLiteral("Protocol"), group.protocol);
    out.number(QStringLiteral("Port"), group.port);
    out.text(QStringLiteral("VpcId"), group.vpcId);
    out.text(QStringLiteral("HealthCheckProtocol"), group.healthProtocol);
    out.text(QStringLiteral("HealthCheckPort"), group.healthPort);
    out.text(QStringLiteral("HealthCheckEnabled"), QStringLiteral("true"));
    out.number(QStringLiteral("HealthCheckIntervalSeconds"), group.healthInterval);
    out.number(QStringLiteral("HealthCheckTimeoutSeconds"), group.healthTimeout);
    out.number(QStringLiteral("HealthyThresholdCount"), group.healthyThreshold);
    out.number(QStringLiteral("UnhealthyThresholdCount"), group.unhealthyThreshold);
    out.start(QStringLiteral("LoadBalancerArns"));
    QStringList seen;
    for (const Elbv2Listener& listener : elb.listeners) {
        if (listener.targetGroupArn == group.arn && !seen.contains(listener.loadBalancerArn)) {
            seen.append(listener.loadBalancerArn);
            out.text(QStringLiteral("member"), listener.loadBalancerArn);
        }
    }
    out.end();
    out.text(QStringLiteral("TargetType"), group.targetType);
    out.text(QStringLiteral("IpAddressType"), QStringLiteral("ipv4"));
    out.end();
}

void Elbv2Shapes::listener(Elbv2XmlWriter& out, const Elbv2Listener& listener)
{
    out.member();
    out.text(QStringLiteral("ListenerArn"), listener.arn);
    out.text(QStringLiteral("LoadBalancerArn"), listener.loadBalancerArn);
    out.number(QStringLiteral("Port"), listener.port);
    out.text(QStringLiteral("Protocol"), listener.protocol);
    out.start(QStringLiteral("DefaultActions"));
    out.member();
    out.text(QStringLiteral("Type"), QStringLiteral("forward"));
    out.text(QStringLiteral("TargetGroupArn"), listener.targetGroupArn);
    out.start(QStringLiteral("ForwardConfig"));
    out.start(QStringLiteral("TargetGroups"));
    out.member();
    out.text(QStringLiteral("TargetGroupArn"), listener.targetGroupArn);
    out.number(QStringLiteral("Weight"), 1);
    out.end();
    out.end();
    out.end();
    out.end();
    out.end();
    out.end();
}

} // namespace Barista
