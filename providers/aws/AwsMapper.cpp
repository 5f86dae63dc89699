// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsMapper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Barista {

namespace {

QDateTime timeOf(const AwsXmlNode& node, const QString& name)
{
    return QDateTime::fromString(node.value(name), Qt::ISODateWithMs);
}

Iid idOnly(const QString& systemId)
{
    return systemId.isEmpty() ? Iid() : Iid { QString(), systemId };
}

/// Distribution and version from an image's name and description ("ubuntu-jammy-22.04-...",
/// "al2023-ami-...", "debian-12-...", "Windows_Server-2022-..."): EC2 has no field for them.
void guessOs(const QString& name, const QString& description, ImageInfo* image)
{
    const QString text = (name + QLatin1Char(' ') + description).toLower();
    struct Family
    {
        const char* pattern;
        const char* distribution;
    };
    static const Family families[] = { { "ubuntu", "Ubuntu" }, { "debian", "Debian" },
        { "al2023|amazon linux 2023", "Amazon Linux" }, { "amzn2|amazon linux 2", "Amazon Linux" },
        { "rhel|red hat", "Red Hat Enterprise Linux" }, { "rocky", "Rocky Linux" }, { "suse|sles", "SUSE Linux" },
        { "centos", "CentOS" }, { "windows", "Windows Server" } };
    for (const Family& family : families) {
        if (text.contains(QRegularExpression(QString::fromLatin1(family.pattern)))) {
            image->osDistribution = QString::fromLatin1(family.distribution);
            break;
        }
    }
    static const QRegularExpression version(QStringLiteral("(?:^|[^0-9.])(\\d{1,4}(?:\\.\\d{1,2})?)(?:[^0-9.]|$)"));
    if (image->osDistribution == QLatin1String("Amazon Linux"))
        image->osVersion = text.contains(QLatin1String("2023")) ? QStringLiteral("2023") : QStringLiteral("2");
    else if (!image->osDistribution.isEmpty()) {
        const QRegularExpressionMatch match = version.match(name);
        if (match.hasMatch())
            image->osVersion = match.captured(1);
    }
}

} // namespace

VmStatus AwsMapper::vmStatus(const QString& state)
{
    if (state == QLatin1String("pending"))
        return VmStatus::Creating;
    if (state == QLatin1String("running"))
        return VmStatus::Running;
    if (state == QLatin1String("stopping"))
        return VmStatus::Suspending;
    if (state == QLatin1String("stopped"))
        return VmStatus::Suspended;
    if (state == QLatin1String("shutting-down"))
        return VmStatus::Terminating;
    if (state == QLatin1String("terminated"))
        return VmStatus::Terminated;
    return VmStatus::Failed; // a state EC2 did not document: show it, never guess "Running"
}

DiskStatus AwsMapper::diskStatus(const QString& state)
{
    if (state == QLatin1String("available"))
        return DiskStatus::Available;
    if (state == QLatin1String("in-use"))
        return DiskStatus::Attached;
    if (state == QLatin1String("deleting") || state == QLatin1String("deleted"))
        return DiskStatus::Deleting;
    if (state == QLatin1String("error"))
        return DiskStatus::Error;
    return DiskStatus::Creating;
}

QMap<QString, QString> AwsMapper::allTags(const AwsXmlNode& resource)
{
    QMap<QString, QString> tags;
    for (const AwsXmlNode& tag : resource.items(QStringLiteral("tagSet")))
        tags.insert(tag.value(QStringLiteral("key")), tag.value(QStringLiteral("value")));
    return tags;
}

void AwsMapper::splitTags(QMap<QString, QString>& tags, QString* name, QJsonObject* extra)
{
    const QString token = tags.take(tokenTag());
    if (!token.isEmpty() && extra)
        extra->insert(QLatin1String("clientToken"), token);
    const QString named = tags.take(nameTag());
    if (name && name->isEmpty())
        *name = named;
}

QMap<QString, QString> AwsMapper::tagsFor(
    const QString& name, QMap<QString, QString> own, const MutationContext& context, bool withToken)
{
    for (auto it = context.tags.cbegin(); it != context.tags.cend(); ++it)
        own.insert(it.key(), it.value());
    if (!name.isEmpty())
        own.insert(nameTag(), name);
    if (withToken && !context.idempotencyToken.isEmpty())
        own.insert(tokenTag(), context.idempotencyToken);
    return own;
}

QString AwsMapper::wireProtocol(const QString& protocol)
{
    const QString p = protocol.toLower();
    return p == QLatin1String("all") || p.isEmpty() ? QStringLiteral("-1") : p;
}

bool AwsMapper::isId(const QString& text, const QString& prefix)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8,17}$"));
    return text.startsWith(prefix + QLatin1Char('-')) && hex.match(text.mid(prefix.size() + 1)).hasMatch();
}

VmInfo AwsMapper::toVm(const AwsXmlNode& instance)
{
    VmInfo vm;
    vm.tags = allTags(instance);
    splitTags(vm.tags, &vm.iid.nameId, &vm.extra);
    vm.iid.systemId = instance.value(QStringLiteral("instanceId"));
    vm.zone = instance.child(QStringLiteral("placement")).value(QStringLiteral("availabilityZone"));
    vm.imageName = instance.value(QStringLiteral("imageId"));
    vm.specName = instance.value(QStringLiteral("instanceType"));
    vm.vpcIid = idOnly(instance.value(QStringLiteral("vpcId")));
    vm.subnetIid = idOnly(instance.value(QStringLiteral("subnetId")));
    for (const AwsXmlNode& group : instance.items(QStringLiteral("groupSet")))
        vm.securityGroupIids.append(
            { group.value(QStringLiteral("groupName")), group.value(QStringLiteral("groupId")) });
    const QString keyName = instance.value(QStringLiteral("keyName"));
    if (!keyName.isEmpty())
        vm.keyPairIid = { keyName, QString() };
    const QString rootDevice = instance.value(QStringLiteral("rootDeviceName"));
    for (const AwsXmlNode& mapping : instance.items(QStringLiteral("blockDeviceMapping"))) {
        const QString volumeId = mapping.child(QStringLiteral("ebs")).value(QStringLiteral("volumeId"));
        if (mapping.value(QStringLiteral("deviceName")) == rootDevice)
            vm.extra.insert(QLatin1String("rootVolumeId"), volumeId);
        else
            vm.dataDiskIids.append(idOnly(volumeId));
    }
    const QString state = instance.child(QStringLiteral("instanceState")).value(QStringLiteral("name"));
    vm.status = vmStatus(state);
    vm.publicIp = instance.value(QStringLiteral("ipAddress"));
    vm.privateIp = instance.value(QStringLiteral("privateIpAddress"));
    const QString sshHost = vm.publicIp.isEmpty() ? vm.privateIp : vm.publicIp;
    if (!sshHost.isEmpty())
        vm.sshAccessPoint = sshHost + QStringLiteral(":22");
    vm.createdAt = timeOf(instance, QStringLiteral("launchTime"));
    vm.extra.insert(QLatin1String("state"), state);
    const QString token = instance.value(QStringLiteral("clientToken"));
    if (!token.isEmpty())
        vm.extra.insert(QLatin1String("clientToken"), token);
    const QString reason = instance.child(QStringLiteral("stateReason")).value(QStringLiteral("message"));
    if (!reason.isEmpty())
        vm.extra.insert(QLatin1String("stateReason"), reason);
    const QString platform = instance.value(QStringLiteral("platformDetails"));
    if (!platform.isEmpty())
        vm.extra.insert(QLatin1String("platform"), platform);
    return vm;
}

DiskInfo AwsMapper::toDisk(const AwsXmlNode& volume)
{
    DiskInfo disk;
    disk.tags = allTags(volume);
    splitTags(disk.tags, &disk.iid.nameId, &disk.extra);
    disk.iid.systemId = volume.value(QStringLiteral("volumeId"));
    disk.zone = volume.value(QStringLiteral("availabilityZone"));
    disk.diskType = volume.value(QStringLiteral("volumeType"));
    disk.sizeGb = volume.intValue(QStringLiteral("size"));
    const QString state = volume.value(QStringLiteral("status"));
    disk.status = diskStatus(state);
    const QList<AwsXmlNode> attachments = volume.items(QStringLiteral("attachmentSet"));
    if (!attachments.isEmpty()) {
        const AwsXmlNode& attachment = attachments.first();
        disk.ownerVm = idOnly(attachment.value(QStringLiteral("instanceId")));
        disk.extra.insert(QLatin1String("device"), attachment.value(QStringLiteral("device")));
        disk.extra.insert(QLatin1String("attachState"), attachment.value(QStringLiteral("status")));
    }
    disk.createdAt = timeOf(volume, QStringLiteral("createTime"));
    disk.extra.insert(QLatin1String("state"), state);
    const int iops = volume.intValue(QStringLiteral("iops"));
    if (iops > 0)
        disk.extra.insert(QLatin1String("iops"), iops);
    return disk;
}

SubnetInfo AwsMapper::toSubnet(const AwsXmlNode& subnet)
{
    SubnetInfo out;
    out.tags = allTags(subnet);
    splitTags(out.tags, &out.iid.nameId, nullptr);
    out.iid.systemId = subnet.value(QStringLiteral("subnetId"));
    out.zone = subnet.value(QStringLiteral("availabilityZone"));
    out.ipv4Cidr = subnet.value(QStringLiteral("cidrBlock"));
    return out;
}

VpcInfo AwsMapper::toVpc(const AwsXmlNode& vpc, const QList<SubnetInfo>& subnets)
{
    VpcInfo out;
    out.tags = allTags(vpc);
    splitTags(out.tags, &out.iid.nameId, &out.extra);
    out.iid.systemId = vpc.value(QStringLiteral("vpcId"));
    out.ipv4Cidr = vpc.value(QStringLiteral("cidrBlock"));
    out.subnets = subnets;
    out.extra.insert(QLatin1String("state"), vpc.value(QStringLiteral("state")));
    out.extra.insert(QLatin1String("isDefault"), vpc.boolValue(QStringLiteral("isDefault")));
    return out;
}

QList<SecurityRule> AwsMapper::toRules(const AwsXmlNode& permission, bool egress)
{
    SecurityRule rule;
    rule.direction = egress ? QStringLiteral("outbound") : QStringLiteral("inbound");
    const QString protocol = permission.value(QStringLiteral("ipProtocol"));
    rule.ipProtocol = protocol == QLatin1String("-1") ? QStringLiteral("all") : protocol;
    rule.fromPort = permission.intValue(QStringLiteral("fromPort"), -1);
    rule.toPort = permission.intValue(QStringLiteral("toPort"), -1);
    QList<SecurityRule> rules;
    for (const AwsXmlNode& range : permission.items(QStringLiteral("ipRanges"))) {
        rule.cidr = range.value(QStringLiteral("cidrIp"));
        rules.append(rule);
    }
    for (const AwsXmlNode& range : permission.items(QStringLiteral("ipv6Ranges"))) {
        rule.cidr = range.value(QStringLiteral("cidrIpv6"));
        rules.append(rule);
    }
    return rules;
}

SecurityGroupInfo AwsMapper::toSecurityGroup(const AwsXmlNode& group)
{
    SecurityGroupInfo out;
    out.tags = allTags(group);
    QString nameTagValue;
    splitTags(out.tags, &nameTagValue, &out.extra);
    out.iid = { group.value(QStringLiteral("groupName")), group.value(QStringLiteral("groupId")) };
    out.vpcIid = idOnly(group.value(QStringLiteral("vpcId")));
    for (const AwsXmlNode& permission : group.items(QStringLiteral("ipPermissions")))
        out.rules += toRules(permission, false);
    for (const AwsXmlNode& permission : group.items(QStringLiteral("ipPermissionsEgress")))
        out.rules += toRules(permission, true);
    out.extra.insert(QLatin1String("description"), group.value(QStringLiteral("groupDescription")));
    return out;
}

KeyPairInfo AwsMapper::toKeyPair(const AwsXmlNode& key)
{
    KeyPairInfo out;
    out.tags = allTags(key);
    QString nameTagValue;
    splitTags(out.tags, &nameTagValue, &out.extra);
    out.iid = { key.value(QStringLiteral("keyName")), key.value(QStringLiteral("keyPairId")) };
    out.fingerprint = key.value(QStringLiteral("keyFingerprint"));
    out.createdAt = timeOf(key, QStringLiteral("createTime"));
    const QString type = key.value(QStringLiteral("keyType"));
    if (!type.isEmpty())
        out.extra.insert(QLatin1String("keyType"), type);
    return out;
}

SpecInfo AwsMapper::toSpec(const AwsXmlNode& type, const QString& region)
{
    SpecInfo spec;
    spec.provider = provider();
    spec.region = region;
    spec.name = type.value(QStringLiteral("instanceType"));
    spec.vcpu = type.child(QStringLiteral("vCpuInfo")).intValue(QStringLiteral("defaultVCpus"));
    spec.memoryGiB = double(type.child(QStringLiteral("memoryInfo")).longValue(QStringLiteral("sizeInMiB"))) / 1024.0;
    const QStringList architectures
        = type.child(QStringLiteral("processorInfo")).itemTexts(QStringLiteral("supportedArchitectures"));
    if (!architectures.isEmpty())
        spec.architecture = architectures.first();
    const AwsXmlNode& gpuInfo = type.child(QStringLiteral("gpuInfo"));
    const QList<AwsXmlNode> gpus = gpuInfo.items(QStringLiteral("gpus"));
    if (!gpus.isEmpty()) {
        const AwsXmlNode& gpu = gpus.first();
        spec.gpuModel = QStringLiteral("%1 %2")
                            .arg(gpu.value(QStringLiteral("manufacturer")), gpu.value(QStringLiteral("name")))
                            .trimmed();
        for (const AwsXmlNode& each : gpus)
            spec.gpuCount += each.intValue(QStringLiteral("count"));
        spec.gpuMemoryGiB = double(gpuInfo.longValue(QStringLiteral("totalGpuMemoryInMiB"))) / 1024.0;
    }
    spec.diskGiB = int(type.child(QStringLiteral("instanceStorageInfo")).longValue(QStringLiteral("totalSizeInGB")));
    return spec;
}

ImageInfo AwsMapper::toImage(const AwsXmlNode& image, const QString& region)
{
    ImageInfo out;
    out.provider = provider();
    out.region = region;
    out.id = image.value(QStringLiteral("imageId"));
    out.name = image.value(QStringLiteral("name"));
    out.architecture = image.value(QStringLiteral("architecture"));
    const bool windows = image.value(QStringLiteral("platform")) == QLatin1String("windows");
    out.osType = windows ? QStringLiteral("Windows") : QStringLiteral("Linux");
    guessOs(out.name, image.value(QStringLiteral("description")), &out);
    const QString lowerName = out.name.toLower();
    out.gpuReady = lowerName.contains(QLatin1String("gpu")) || lowerName.contains(QLatin1String("nvidia"))
        || lowerName.contains(QLatin1String("deep learning"));
    out.k8sReady = lowerName.contains(QLatin1String("eks"));
    out.status = image.value(QStringLiteral("imageState")) == QLatin1String("available")
        ? QStringLiteral("Available")
        : QStringLiteral("Unavailable");
    return out;
}

ZoneInfo AwsMapper::toZone(const AwsXmlNode& zone)
{
    ZoneInfo out;
    out.name = zone.value(QStringLiteral("zoneName"));
    out.displayName = zone.value(QStringLiteral("zoneId"));
    out.status = zone.value(QStringLiteral("zoneState")) == QLatin1String("available") ? QStringLiteral("Available")
                                                                                       : QStringLiteral("Unavailable");
    return out;
}

QStringList AwsMapper::snapshotIds(const AwsXmlNode& image)
{
    QStringList ids;
    for (const AwsXmlNode& mapping : image.items(QStringLiteral("blockDeviceMapping"))) {
        const QString id = mapping.child(QStringLiteral("ebs")).value(QStringLiteral("snapshotId"));
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

MyImageInfo AwsMapper::toMyImage(const AwsXmlNode& image)
{
    MyImageInfo out;
    out.tags = allTags(image);
    splitTags(out.tags, &out.iid.nameId, &out.extra);
    const QString amiName = image.value(QStringLiteral("name"));
    if (out.iid.nameId.isEmpty())
        out.iid.nameId = amiName;
    out.iid.systemId = image.value(QStringLiteral("imageId"));
    out.sourceVm = idOnly(image.value(QStringLiteral("sourceInstanceId")));
    const QString state = image.value(QStringLiteral("imageState"));
    out.status = state == QLatin1String("available") ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    out.createdAt = timeOf(image, QStringLiteral("creationDate"));
    out.extra.insert(QLatin1String("state"), state);
    // EC2 gave up making it: "failed" (and the older "error"/"invalid") never turn available.
    if (state == QLatin1String("failed") || state == QLatin1String("error") || state == QLatin1String("invalid"))
        out.extra.insert(QLatin1String("failed"), true);
    out.extra.insert(QLatin1String("name"), amiName);
    out.extra.insert(QLatin1String("snapshotIds"), QJsonArray::fromStringList(snapshotIds(image)));
    const QString reason = image.child(QStringLiteral("stateReason")).value(QStringLiteral("message"));
    if (!reason.isEmpty())
        out.extra.insert(QLatin1String("stateReason"), reason);
    return out;
}

} // namespace Barista
