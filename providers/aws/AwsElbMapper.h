// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/NlbInfo.h"
#include "providers/aws/AwsXml.h"

#include <QMap>

namespace Barista {

/// ELBv2 answers to an NlbInfo: one network load balancer, its first listener, the target group
/// that listener forwards to (VM group and health checker) and that group's targets (the VMs).
class AwsElbMapper final
{
public:
    /// `loadBalancer` is a LoadBalancers member, `listeners` the Listeners members of it,
    /// `groups` its TargetGroups members, `health` the TargetHealthDescriptions members of the
    /// forwarded group, `tags` the load balancer's. Name comes from LoadBalancerName, the token
    /// tag goes to extra.clientToken; the raw state, scheme and ARNs go to extra too.
    static NlbInfo toNlb(const AwsXmlNode& loadBalancer, const QList<AwsXmlNode>& listeners,
        const QList<AwsXmlNode>& groups, const QList<AwsXmlNode>& health, QMap<QString, QString> tags);
    /// The target group a listener's forward default action names (TargetGroupArn, or the first
    /// of its ForwardConfig).
    static QString forwardedGroup(const AwsXmlNode& listener);
    /// ELBv2's Tags members as a map.
    static QMap<QString, QString> tags(const AwsXmlNode& tagDescription);
};

} // namespace Barista
