// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2InstanceXml.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2State.h"

namespace Barista {

namespace {

// A stable documentation-range (RFC 5737) public address for a running instance.
QString publicIp(const QString& instanceId)
{
    return QStringLiteral("203.0.113.%1").arg(qHash(instanceId) % 250 + 1);
}

QString privateDns(const QString& ip, const QString& region)
{
    QString host = ip;
    host.replace(QLatin1Char('.'), QLatin1Char('-'));
    return region == QStringLiteral("us-east-1") ? QStringLiteral("ip-%1.ec2.internal").arg(host)
                                                 : QStringLiteral("ip-%1.%2.compute.internal").arg(host, region);
}

} // namespace

void Ec2InstanceXml::writeState(Ec2XmlWriter& out, const QString& element, const QString& state)
{
    out.start(element);
    out.number(QStringLiteral("code"), Ec2State::stateCode(state));
    out.text(QStringLiteral("name"), state);
    out.end();
}

void Ec2InstanceXml::writeStateChange(
    Ec2XmlWriter& out, const QString& id, const QString& previous, const QString& current)
{
    out.item();
    out.text(QStringLiteral("instanceId"), id);
    writeState(out, QStringLiteral("currentState"), current);
    writeState(out, QStringLiteral("previousState"), previous);
    out.end();
}

void Ec2InstanceXml::write(Ec2XmlWriter& out, const Ec2Instance& instance, const Ec2RegionState& region)
{
    const bool running = instance.state == QStringLiteral("running");
    const bool gone = instance.state == QStringLiteral("terminated");
    const Ec2Image* image = Ec2Catalog::image(instance.imageId);
    const Ec2InstanceType* type = Ec2Catalog::instanceType(instance.instanceType);

    out.item();
    out.text(QStringLiteral("instanceId"), instance.id);
    out.text(QStringLiteral("imageId"), instance.imageId);
    writeState(out, QStringLiteral("instanceState"), instance.state);
    out.text(QStringLiteral("privateDnsName"), gone ? QString() : privateDns(instance.privateIp, region.name));
    out.text(QStringLiteral("dnsName"),
        running ? QStringLiteral("ec2-%1.compute-1.amazonaws.com")
                      .arg(publicIp(instance.id).replace(QLatin1Char('.'), QLatin1Char('-')))
                : QString());
    out.text(QStringLiteral("reason"), instance.stateReason.isEmpty() ? QString() : instance.stateReason);
    if (!instance.keyName.isEmpty())
        out.text(QStringLiteral("keyName"), instance.keyName);
    out.number(QStringLiteral("amiLaunchIndex"), instance.launchIndex);
    out.empty(QStringLiteral("productCodes"));
    out.text(QStringLiteral("instanceType"), instance.instanceType);
    out.time(QStringLiteral("launchTime"), instance.launchTime);
    out.start(QStringLiteral("placement"));
    out.text(QStringLiteral("availabilityZone"), instance.zone);
    out.empty(QStringLiteral("groupName"));
    out.text(QStringLiteral("tenancy"), QStringLiteral("default"));
    out.end();
    out.start(QStringLiteral("monitoring"));
    out.text(QStringLiteral("state"), QStringLiteral("disabled"));
    out.end();
    if (!gone) {
        out.text(QStringLiteral("subnetId"), instance.subnetId);
        out.text(QStringLiteral("vpcId"), instance.vpcId);
        out.text(QStringLiteral("privateIpAddress"), instance.privateIp);
        if (running)
            out.text(QStringLiteral("ipAddress"), publicIp(instance.id));
        out.boolean(QStringLiteral("sourceDestCheck"), true);
    }
    out.start(QStringLiteral("groupSet"));
    for (const QString& groupId : instance.groupIds) {
        out.item();
        out.text(QStringLiteral("groupId"), groupId);
        out.text(QStringLiteral("groupName"), region.securityGroups.value(groupId).name);
        out.end();
    }
    out.end();
    if (instance.state == QStringLiteral("stopped") || gone) {
        out.start(QStringLiteral("stateReason"));
        out.text(QStringLiteral("code"), QStringLiteral("Client.UserInitiatedShutdown"));
        out.text(QStringLiteral("message"), QStringLiteral("Client.UserInitiatedShutdown: User initiated shutdown"));
        out.end();
    }
    out.text(QStringLiteral("architecture"), type ? type->architecture : QStringLiteral("x86_64"));
    out.text(QStringLiteral("rootDeviceType"), QStringLiteral("ebs"));
    out.text(QStringLiteral("rootDeviceName"), QStringLiteral("/dev/xvda"));
    out.start(QStringLiteral("blockDeviceMapping"));
    for (const Ec2Volume& volume : region.volumes) {
        if (volume.instanceId != instance.id)
            continue;
        out.item();
        out.text(QStringLiteral("deviceName"), volume.device);
        out.start(QStringLiteral("ebs"));
        out.text(QStringLiteral("volumeId"), volume.id);
        out.text(QStringLiteral("status"), volume.attachState);
        out.time(QStringLiteral("attachTime"), volume.attachTime);
        out.boolean(QStringLiteral("deleteOnTermination"), false);
        out.end();
        out.end();
    }
    out.end();
    out.text(QStringLiteral("virtualizationType"), QStringLiteral("hvm"));
    out.text(QStringLiteral("clientToken"), instance.clientToken);
    out.tagSet(instance.tags);
    out.text(QStringLiteral("hypervisor"), QStringLiteral("xen"));
    out.boolean(QStringLiteral("ebsOptimized"), false);
    if (type) {
        out.start(QStringLiteral("cpuOptions"));
        out.number(QStringLiteral("coreCount"), qMax(1, type->vcpus / 2));
        out.number(QStringLiteral("threadsPerCore"), type->vcpus > 1 ? 2 : 1);
        out.end();
    }
    if (image) {
        if (!image->platform.isEmpty())
            out.text(QStringLiteral("platform"), image->platform);
        out.text(QStringLiteral("platformDetails"), image->platformDetails);
    }
    out.end();
}

} // namespace Barista
