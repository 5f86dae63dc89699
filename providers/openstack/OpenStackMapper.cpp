// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackMapper.h"

#include "providers/openstack/KeystoneAuth.h"

#include <QRegularExpression>
#include <QUuid>

namespace Barista {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject& o, const char* key)
{
    return KeystoneAuth::parseTime(str(o, key));
}

} // namespace

bool OpenStackMapper::looksLikeId(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

VmStatus OpenStackMapper::vmStatus(const QString& status, const QString& taskState)
{
    const QString task = taskState.toLower();
    if (task.startsWith(QLatin1String("reboot")))
        return VmStatus::Rebooting;
    if (task == QLatin1String("powering-off") || task == QLatin1String("suspending") || task == QLatin1String("pausing")
        || task.startsWith(QLatin1String("shelving")))
        return VmStatus::Suspending;
    if (task == QLatin1String("powering-on") || task == QLatin1String("resuming") || task == QLatin1String("unpausing")
        || task == QLatin1String("unshelving"))
        return VmStatus::Resuming;
    if (task == QLatin1String("deleting") || task == QLatin1String("soft-deleting"))
        return VmStatus::Terminating;
    const QString s = status.toUpper();
    if (s == QLatin1String("BUILD") || s == QLatin1String("REBUILD"))
        return VmStatus::Creating;
    if (s == QLatin1String("ACTIVE") || s == QLatin1String("RESIZE") || s == QLatin1String("VERIFY_RESIZE")
        || s == QLatin1String("REVERT_RESIZE") || s == QLatin1String("MIGRATING") || s == QLatin1String("PASSWORD")
        || s == QLatin1String("RESCUE"))
        return VmStatus::Running;
    if (s == QLatin1String("REBOOT") || s == QLatin1String("HARD_REBOOT"))
        return VmStatus::Rebooting;
    if (s == QLatin1String("SHUTOFF") || s == QLatin1String("STOPPED") || s == QLatin1String("SUSPENDED")
        || s == QLatin1String("PAUSED") || s == QLatin1String("SHELVED") || s == QLatin1String("SHELVED_OFFLOADED"))
        return VmStatus::Suspended;
    if (s == QLatin1String("DELETED") || s == QLatin1String("SOFT_DELETED"))
        return VmStatus::Terminated;
    return VmStatus::Failed; // ERROR, UNKNOWN
}

DiskStatus OpenStackMapper::diskStatus(const QString& status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("available") || s == QLatin1String("reserved") || s == QLatin1String("attaching")
        || s == QLatin1String("extending") || s == QLatin1String("maintenance") || s == QLatin1String("uploading"))
        return DiskStatus::Available;
    if (s == QLatin1String("in-use") || s == QLatin1String("detaching"))
        return DiskStatus::Attached;
    if (s == QLatin1String("deleting"))
        return DiskStatus::Deleting;
    if (s.startsWith(QLatin1String("error")))
        return DiskStatus::Error;
    return DiskStatus::Creating; // creating, downloading, restoring-backup, awaiting-transfer
}

VmInfo OpenStackMapper::toVm(const QJsonObject& server)
{
    VmInfo vm;
    vm.iid = { str(server, "name"), str(server, "id") };
    vm.zone = str(server, "OS-EXT-AZ:availability_zone");
    vm.imageName = server.value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
    const QJsonObject flavor = server.value(QLatin1String("flavor")).toObject();
    vm.specName = flavor.contains(QLatin1String("original_name")) ? str(flavor, "original_name") : str(flavor, "id");
    vm.rootDiskSizeGb = flavor.value(QLatin1String("disk")).toInt();
    const QJsonObject addresses = server.value(QLatin1String("addresses")).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        if (vm.vpcIid.isEmpty())
            vm.vpcIid.nameId = it.key();
        for (const QJsonValue& value : it.value().toArray()) {
            const QJsonObject address = value.toObject();
            if (address.value(QLatin1String("version")).toInt() != 4)
                continue;
            if (str(address, "OS-EXT-IPS:type") == QLatin1String("floating")) {
                if (vm.publicIp.isEmpty())
                    vm.publicIp = str(address, "addr");
            } else if (vm.privateIp.isEmpty()) {
                vm.privateIp = str(address, "addr");
            }
        }
    }
    for (const QJsonValue& group : server.value(QLatin1String("security_groups")).toArray()) {
        const Iid iid { group.toObject().value(QLatin1String("name")).toString(), QString() };
        if (!vm.securityGroupIids.contains(iid))
            vm.securityGroupIids.append(iid);
    }
    vm.keyPairIid.nameId = str(server, "key_name");
    for (const QJsonValue& volume : server.value(QLatin1String("os-extended-volumes:volumes_attached")).toArray())
        vm.dataDiskIids.append(Iid { QString(), volume.toObject().value(QLatin1String("id")).toString() });
    const QString status = str(server, "status");
    const QString task = str(server, "OS-EXT-STS:task_state");
    vm.status = vmStatus(status, task);
    const QString sshHost = vm.publicIp.isEmpty() ? vm.privateIp : vm.publicIp;
    if (!sshHost.isEmpty())
        vm.sshAccessPoint = sshHost + QStringLiteral(":22");
    vm.tags = fromMetadata(server.value(QLatin1String("metadata")).toObject());
    const QString token = vm.tags.take(tokenTag());
    vm.createdAt = time(server, "created");
    vm.extra.insert(QLatin1String("status"), status);
    if (!task.isEmpty())
        vm.extra.insert(QLatin1String("taskState"), task);
    vm.extra.insert(QLatin1String("powerState"), server.value(QLatin1String("OS-EXT-STS:power_state")).toInt());
    const QString fault = server.value(QLatin1String("fault")).toObject().value(QLatin1String("message")).toString();
    if (!fault.isEmpty())
        vm.extra.insert(QLatin1String("fault"), fault);
    if (!token.isEmpty())
        vm.extra.insert(QLatin1String("clientToken"), token);
    return vm;
}

DiskInfo OpenStackMapper::toDisk(const QJsonObject& volume)
{
    DiskInfo disk;
    disk.iid = { str(volume, "name"), str(volume, "id") };
    disk.zone = str(volume, "availability_zone");
    disk.diskType = str(volume, "volume_type");
    disk.sizeGb = volume.value(QLatin1String("size")).toInt();
    disk.status = diskStatus(str(volume, "status"));
    const QJsonArray attachments = volume.value(QLatin1String("attachments")).toArray();
    if (!attachments.isEmpty())
        disk.ownerVm.systemId = attachments.first().toObject().value(QLatin1String("server_id")).toString();
    disk.tags = fromMetadata(volume.value(QLatin1String("metadata")).toObject());
    disk.tags.remove(tokenTag());
    disk.createdAt = time(volume, "created_at");
    disk.extra.insert(QLatin1String("status"), str(volume, "status"));
    if (!attachments.isEmpty())
        disk.extra.insert(QLatin1String("device"), attachments.first().toObject().value(QLatin1String("device")));
    return disk;
}

SubnetInfo OpenStackMapper::toSubnet(const QJsonObject& subnet)
{
    SubnetInfo out;
    out.iid = { str(subnet, "name"), str(subnet, "id") };
    out.ipv4Cidr = str(subnet, "cidr");
    out.tags = fromNeutronTags(subnet.value(QLatin1String("tags")).toArray());
    out.tags.remove(tokenTag());
    return out;
}

VpcInfo OpenStackMapper::toVpc(const QJsonObject& network, const QJsonArray& subnets)
{
    VpcInfo vpc;
    vpc.iid = { str(network, "name"), str(network, "id") };
    vpc.tags = fromNeutronTags(network.value(QLatin1String("tags")).toArray());
    vpc.ipv4Cidr = vpc.tags.take(cidrTag());
    vpc.tags.remove(tokenTag());
    const QString networkId = vpc.iid.systemId;
    for (const QJsonValue& value : subnets) {
        const QJsonObject subnet = value.toObject();
        if (str(subnet, "network_id") == networkId)
            vpc.subnets.append(toSubnet(subnet));
    }
    vpc.createdAt = time(network, "created_at");
    vpc.extra.insert(QLatin1String("status"), str(network, "status"));
    if (network.value(QLatin1String("router:external")).toBool())
        vpc.extra.insert(QLatin1String("external"), true);
    if (network.value(QLatin1String("shared")).toBool())
        vpc.extra.insert(QLatin1String("shared"), true);
    return vpc;
}

SecurityRule OpenStackMapper::toRule(const QJsonObject& rule)
{
    SecurityRule out;
    out.direction = str(rule, "direction") == QLatin1String("egress") ? QStringLiteral("outbound")
                                                                       : QStringLiteral("inbound");
    const QString protocol = str(rule, "protocol");
    out.ipProtocol = protocol.isEmpty() ? QStringLiteral("all") : protocol;
    const QJsonValue from = rule.value(QLatin1String("port_range_min"));
    const QJsonValue to = rule.value(QLatin1String("port_range_max"));
    out.fromPort = from.isDouble() ? from.toInt() : -1;
    out.toPort = to.isDouble() ? to.toInt() : -1;
    const QString prefix = str(rule, "remote_ip_prefix");
    const bool v6 = str(rule, "ethertype") == QLatin1String("IPv6");
    out.cidr = !prefix.isEmpty() ? prefix : (v6 ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0"));
    return out;
}

QJsonObject OpenStackMapper::ruleBody(const SecurityRule& rule, const QString& groupId)
{
    QJsonObject body {
        { QStringLiteral("security_group_id"), groupId },
        { QStringLiteral("direction"),
            rule.direction == QLatin1String("outbound") ? QStringLiteral("egress") : QStringLiteral("ingress") },
        { QStringLiteral("ethertype"), rule.cidr.contains(QLatin1Char(':')) ? QStringLiteral("IPv6") : QStringLiteral("IPv4") },
    };
    const QString protocol = rule.ipProtocol.toLower();
    if (protocol != QLatin1String("all") && !protocol.isEmpty() && protocol != QLatin1String("-1"))
        body.insert(QLatin1String("protocol"), protocol);
    if (rule.fromPort >= 0 && protocol != QLatin1String("all")) {
        body.insert(QLatin1String("port_range_min"), rule.fromPort);
        body.insert(QLatin1String("port_range_max"), rule.toPort >= 0 ? rule.toPort : rule.fromPort);
    }
    if (!rule.cidr.isEmpty())
        body.insert(QLatin1String("remote_ip_prefix"), rule.cidr);
    return QJsonObject { { QStringLiteral("security_group_rule"), body } };
}

SecurityGroupInfo OpenStackMapper::toSecurityGroup(const QJsonObject& group)
{
    SecurityGroupInfo out;
    out.iid = { str(group, "name"), str(group, "id") };
    for (const QJsonValue& rule : group.value(QLatin1String("security_group_rules")).toArray()) {
        if (!rule.toObject().value(QLatin1String("remote_group_id")).toString().isEmpty())
            continue; // "members of group X": no CIDR form in the common model
        out.rules.append(toRule(rule.toObject()));
    }
    out.tags = fromNeutronTags(group.value(QLatin1String("tags")).toArray());
    out.vpcIid = { out.tags.take(vpcNameTag()), out.tags.take(vpcTag()) };
    out.tags.remove(tokenTag());
    out.createdAt = time(group, "created_at");
    out.extra.insert(QLatin1String("description"), str(group, "description"));
    return out;
}

KeyPairInfo OpenStackMapper::toKeyPair(const QJsonObject& keypair)
{
    KeyPairInfo out;
    out.iid = { str(keypair, "name"), str(keypair, "name") }; // Nova's key pair id is its name
    out.fingerprint = str(keypair, "fingerprint");
    out.publicKey = str(keypair, "public_key").trimmed();
    out.createdAt = time(keypair, "created_at");
    if (keypair.contains(QLatin1String("type")))
        out.extra.insert(QLatin1String("type"), str(keypair, "type"));
    return out;
}

SpecInfo OpenStackMapper::toSpec(const QJsonObject& flavor, const QString& region)
{
    SpecInfo spec;
    spec.provider = provider();
    spec.region = region;
    spec.name = str(flavor, "name");
    spec.vcpu = flavor.value(QLatin1String("vcpus")).toInt();
    spec.memoryGiB = flavor.value(QLatin1String("ram")).toDouble() / 1024.0;
    spec.diskGiB = flavor.value(QLatin1String("disk")).toInt();
    // GPUs are flavor extra specs: a vGPU resource request or a PCI passthrough alias "name:count".
    const QJsonObject extra = flavor.value(QLatin1String("extra_specs")).toObject();
    const QString vgpu = str(extra, "resources:VGPU");
    const QString pci = str(extra, "pci_passthrough:alias");
    if (!vgpu.isEmpty()) {
        spec.gpuCount = vgpu.toInt();
        spec.gpuModel = QStringLiteral("vGPU");
    } else if (!pci.isEmpty()) {
        const QStringList first = pci.split(QLatin1Char(',')).first().split(QLatin1Char(':'));
        spec.gpuModel = first.value(0);
        spec.gpuCount = first.value(1, QStringLiteral("1")).toInt();
    }
    return spec;
}

ImageInfo OpenStackMapper::toImage(const QJsonObject& image, const QString& region)
{
    ImageInfo out;
    out.provider = provider();
    out.region = region;
    out.id = str(image, "id");
    out.name = str(image, "name");
    out.osType = str(image, "os_type").compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("Windows")
        : QStringLiteral("Linux");
    out.osDistribution = str(image, "os_distro");
    out.osVersion = str(image, "os_version");
    const QString arch = str(image, "architecture");
    if (!arch.isEmpty())
        out.architecture = arch == QLatin1String("aarch64") ? QStringLiteral("arm64") : arch;
    out.status = str(image, "status") == QLatin1String("active") ? QStringLiteral("Available")
                                                                  : QStringLiteral("Unavailable");
    return out;
}

MyImageInfo OpenStackMapper::toMyImage(const QJsonObject& image)
{
    MyImageInfo out;
    out.iid = { str(image, "name"), str(image, "id") };
    out.sourceVm.systemId = str(image, "instance_uuid");
    const QString state = str(image, "status");
    out.status = state == QLatin1String("active") ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    out.extra.insert(QStringLiteral("status"), state);
    // Glance: "killed" is an upload that failed; "deleted"/"pending_delete" will not come back.
    if (state == QLatin1String("killed") || state == QLatin1String("deleted") || state == QLatin1String("pending_delete"))
        out.extra.insert(QStringLiteral("failed"), true);
    for (auto it = image.begin(); it != image.end(); ++it) {
        if (it.key().startsWith(QLatin1String("barista-")) && it.key() != tokenTag())
            out.tags.insert(it.key(), it.value().toString());
    }
    out.createdAt = time(image, "created_at");
    return out;
}

ZoneInfo OpenStackMapper::toZone(const QJsonObject& availabilityZone)
{
    ZoneInfo zone;
    zone.name = str(availabilityZone, "zoneName");
    zone.displayName = zone.name;
    const bool up = availabilityZone.value(QLatin1String("zoneState")).toObject().value(QLatin1String("available")).toBool();
    zone.status = up ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    return zone;
}

RegionInfo OpenStackMapper::toRegion(const QJsonObject& region)
{
    RegionInfo out;
    out.provider = provider();
    out.name = str(region, "id");
    const QString description = str(region, "description");
    out.displayName = description.isEmpty() ? out.name : description;
    return out;
}

QJsonObject OpenStackMapper::metadata(const QMap<QString, QString>& tags)
{
    QJsonObject out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> OpenStackMapper::fromMetadata(const QJsonObject& metadata)
{
    QMap<QString, QString> out;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QStringList OpenStackMapper::neutronTags(const QMap<QString, QString>& tags)
{
    QStringList out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out.append(it.key() + QLatin1Char('=') + it.value());
    return out;
}

QMap<QString, QString> OpenStackMapper::fromNeutronTags(const QJsonArray& tags)
{
    QMap<QString, QString> out;
    for (const QJsonValue& value : tags) {
        const QString tag = value.toString();
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        if (eq < 0)
            out.insert(tag, QString());
        else
            out.insert(tag.left(eq), tag.mid(eq + 1));
    }
    return out;
}

QMap<QString, QString> OpenStackMapper::tagsFor(QMap<QString, QString> own, const MutationContext& context)
{
    for (auto it = context.tags.cbegin(); it != context.tags.cend(); ++it)
        own.insert(it.key(), it.value());
    if (!context.idempotencyToken.isEmpty())
        own.insert(tokenTag(), context.idempotencyToken);
    return own;
}

} // namespace Barista
