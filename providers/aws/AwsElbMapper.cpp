// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsElbMapper.h"

#include "providers/aws/AwsMapper.h"

#include <QJsonObject>

namespace Barista {

QString AwsElbMapper::forwardedGroup(const AwsXmlNode& listener)
{
    for (const AwsXmlNode& action : listener.members(QStringLiteral("DefaultActions"))) {
        if (action.value(QStringLiteral("Type")) != QLatin1String("forward"))
            continue;
        const QString direct = action.value(QStringLiteral("TargetGroupArn"));
        if (!direct.isEmpty())
            return direct;
        const QList<AwsXmlNode> weighted
            = action.child(QStringLiteral("ForwardConfig")).members(QStringLiteral("TargetGroups"));
        if (!weighted.isEmpty())
            return weighted.first().value(QStringLiteral("TargetGroupArn"));
    }
    return QString();
}

QMap<QString, QString> AwsElbMapper::tags(const AwsXmlNode& tagDescription)
{
    QMap<QString, QString> out;
    for (const AwsXmlNode& tag : tagDescription.members(QStringLiteral("Tags")))
        out.insert(tag.value(QStringLiteral("Key")), tag.value(QStringLiteral("Value")));
    return out;
}

NlbInfo AwsElbMapper::toNlb(const AwsXmlNode& loadBalancer, const QList<AwsXmlNode>& listeners,
    const QList<AwsXmlNode>& groups, const QList<AwsXmlNode>& health, QMap<QString, QString> tags)
{
    NlbInfo nlb;
    const QString arn = loadBalancer.value(QStringLiteral("LoadBalancerArn"));
    nlb.iid = { loadBalancer.value(QStringLiteral("LoadBalancerName")), arn };
    const QString vpcId = loadBalancer.value(QStringLiteral("VpcId"));
    if (!vpcId.isEmpty())
        nlb.vpcIid = { QString(), vpcId };
    const QString scheme = loadBalancer.value(QStringLiteral("Scheme"));
    nlb.type = scheme == QLatin1String("internal") ? QStringLiteral("INTERNAL") : QStringLiteral("PUBLIC");
    nlb.listenerDnsName = loadBalancer.value(QStringLiteral("DNSName"));
    QStringList zones;
    for (const AwsXmlNode& zone : loadBalancer.members(QStringLiteral("AvailabilityZones"))) {
        zones << zone.value(QStringLiteral("ZoneName"));
        for (const AwsXmlNode& address : zone.members(QStringLiteral("LoadBalancerAddresses"))) {
            // An Elastic IP (internet-facing) or the private address (internal), when ELBv2 shows one.
            QString ip = address.value(QStringLiteral("IpAddress"));
            if (ip.isEmpty())
                ip = address.value(QStringLiteral("PrivateIPv4Address"));
            if (nlb.listenerIp.isEmpty())
                nlb.listenerIp = ip;
        }
    }
    nlb.createdAt = QDateTime::fromString(loadBalancer.value(QStringLiteral("CreatedTime")), Qt::ISODateWithMs);

    QString groupArn;
    if (!listeners.isEmpty()) {
        const AwsXmlNode& listener = listeners.first();
        nlb.listenerProtocol = listener.value(QStringLiteral("Protocol"));
        nlb.listenerPort = listener.intValue(QStringLiteral("Port"), nlb.listenerPort);
        groupArn = forwardedGroup(listener);
        nlb.extra.insert(QLatin1String("listenerArn"), listener.value(QStringLiteral("ListenerArn")));
    }
    const AwsXmlNode* group = nullptr;
    for (const AwsXmlNode& candidate : groups) {
        if (groupArn.isEmpty() || candidate.value(QStringLiteral("TargetGroupArn")) == groupArn) {
            group = &candidate;
            break;
        }
    }
    if (group) {
        nlb.extra.insert(QLatin1String("targetGroupArn"), group->value(QStringLiteral("TargetGroupArn")));
        nlb.vmGroupProtocol = group->value(QStringLiteral("Protocol"));
        nlb.vmGroupPort = group->intValue(QStringLiteral("Port"), nlb.vmGroupPort);
        nlb.healthProtocol = group->value(QStringLiteral("HealthCheckProtocol"));
        const QString healthPort = group->value(QStringLiteral("HealthCheckPort"));
        nlb.healthPort = healthPort == QLatin1String("traffic-port") ? nlb.vmGroupPort : healthPort.toInt();
        nlb.healthInterval = group->intValue(QStringLiteral("HealthCheckIntervalSeconds"), nlb.healthInterval);
        nlb.healthTimeout = group->intValue(QStringLiteral("HealthCheckTimeoutSeconds"), nlb.healthTimeout);
        nlb.healthThreshold = group->intValue(QStringLiteral("HealthyThresholdCount"), nlb.healthThreshold);
        nlb.extra.insert(
            QLatin1String("unhealthyThreshold"), group->intValue(QStringLiteral("UnhealthyThresholdCount")));
    }
    QJsonObject targetHealth;
    for (const AwsXmlNode& description : health) {
        const QString id = description.child(QStringLiteral("Target")).value(QStringLiteral("Id"));
        nlb.vms.append({ QString(), id });
        targetHealth.insert(id, description.child(QStringLiteral("TargetHealth")).value(QStringLiteral("State")));
    }

    const QString token = tags.take(AwsMapper::tokenTag());
    if (!token.isEmpty())
        nlb.extra.insert(QLatin1String("clientToken"), token);
    tags.remove(AwsMapper::nameTag());
    nlb.tags = tags;
    nlb.extra.insert(QLatin1String("loadBalancerArn"), arn);
    nlb.extra.insert(QLatin1String("state"), loadBalancer.child(QStringLiteral("State")).value(QStringLiteral("Code")));
    nlb.extra.insert(QLatin1String("scheme"), scheme);
    nlb.extra.insert(QLatin1String("loadBalancerType"), loadBalancer.value(QStringLiteral("Type")));
    nlb.extra.insert(QLatin1String("zones"), zones.join(QLatin1Char(',')));
    if (!targetHealth.isEmpty())
        nlb.extra.insert(QLatin1String("targetHealth"), targetHealth);
    return nlb;
}

} // namespace Barista
