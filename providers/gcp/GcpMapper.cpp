// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Barista {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString legal(const QString& raw)
{
    QString out;
    for (const QChar c : raw.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('_');
    }
    return out.left(63);
}

} // namespace

VmStatus GcpMapper::vmStatus(const QString& status)
{
    // Spider's mapping: a stopped instance (TERMINATED) is Suspended; it can be started again.
    if (status == QLatin1String("PROVISIONING") || status == QLatin1String("STAGING"))
        return VmStatus::Creating;
    if (status == QLatin1String("RUNNING"))
        return VmStatus::Running;
    if (status == QLatin1String("STOPPING") || status == QLatin1String("SUSPENDING"))
        return VmStatus::Suspending;
    if (status == QLatin1String("TERMINATED") || status == QLatin1String("SUSPENDED")
        || status == QLatin1String("STOPPED"))
        return VmStatus::Suspended;
    if (status == QLatin1String("REPAIRING"))
        return VmStatus::Rebooting;
    return VmStatus::Failed;
}

DiskStatus GcpMapper::diskStatus(const QString& status, bool attached)
{
    if (status == QLatin1String("CREATING") || status == QLatin1String("RESTORING"))
        return DiskStatus::Creating;
    if (status == QLatin1String("READY"))
        return attached ? DiskStatus::Attached : DiskStatus::Available;
    if (status == QLatin1String("DELETING"))
        return DiskStatus::Deleting;
    return DiskStatus::Error;
}

QString GcpMapper::labelKey(const QString& key)
{
    QString out = legal(key);
    if (out.isEmpty() || !out.front().isLower())
        out = QString(QStringLiteral("k") + out).left(63);
    return out;
}

QString GcpMapper::labelValue(const QString& value)
{
    return legal(value);
}

QJsonObject GcpMapper::labels(const QMap<QString, QString>& tags)
{
    QJsonObject out;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        out.insert(labelKey(it.key()), labelValue(it.value()));
    return out;
}

QMap<QString, QString> GcpMapper::tagsOf(const QJsonObject& resource)
{
    QMap<QString, QString> tags;
    const QJsonObject labels = resource.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        tags.insert(it.key(), it.value().toString());
    const QJsonObject fromDescription = described(resource).value(QLatin1String("tags")).toObject();
    for (auto it = fromDescription.constBegin(); it != fromDescription.constEnd(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

QString GcpMapper::describe(const QMap<QString, QString>& tags, const QJsonObject& more)
{
    QJsonObject inner = more;
    QJsonObject tagObject;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagObject.insert(it.key(), it.value());
    inner.insert(QStringLiteral("tags"), tagObject);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("barista"), inner } }).toJson(QJsonDocument::Compact));
}

QJsonObject GcpMapper::described(const QJsonObject& resource)
{
    return QJsonDocument::fromJson(text(resource, "description").toUtf8())
        .object()
        .value(QLatin1String("barista"))
        .toObject();
}

QString GcpMapper::lastSegment(const QString& url)
{
    return url.section(QLatin1Char('/'), -1);
}

QDateTime GcpMapper::timestamp(const QJsonObject& resource)
{
    return QDateTime::fromString(text(resource, "creationTimestamp"), Qt::ISODateWithMs).toUTC();
}

ZoneInfo GcpMapper::toZone(const QJsonObject& zone)
{
    return ZoneInfo { text(zone, "name"), text(zone, "description"),
        text(zone, "status") == QLatin1String("UP") ? QStringLiteral("Available") : QStringLiteral("Unavailable") };
}

RegionInfo GcpMapper::toRegion(const QJsonObject& region, const QList<QJsonObject>& zones)
{
    RegionInfo info;
    info.provider = provider();
    info.name = text(region, "name");
    info.displayName = text(region, "description");
    for (const QJsonObject& zone : zones)
        info.zones.append(toZone(zone));
    if (zones.isEmpty()) {
        for (const QJsonValue& url : region.value(QLatin1String("zones")).toArray())
            info.zones.append(ZoneInfo { lastSegment(url.toString()), QString(), QStringLiteral("Available") });
    }
    return info;
}

SpecInfo GcpMapper::toSpec(const QJsonObject& machineType, const QString& region)
{
    SpecInfo spec;
    spec.provider = provider();
    spec.region = region;
    spec.name = text(machineType, "name");
    spec.vcpu = machineType.value(QLatin1String("guestCpus")).toInt();
    spec.memoryGiB = machineType.value(QLatin1String("memoryMb")).toDouble() / 1024.0;
    const QJsonArray accelerators = machineType.value(QLatin1String("accelerators")).toArray();
    if (!accelerators.isEmpty()) {
        const QJsonObject gpu = accelerators.first().toObject();
        spec.gpuModel = text(gpu, "guestAcceleratorType");
        spec.gpuCount = gpu.value(QLatin1String("guestAcceleratorCount")).toInt();
    }
    if (spec.name.startsWith(QLatin1String("t2a")) || spec.name.startsWith(QLatin1String("c4a")))
        spec.architecture = QStringLiteral("arm64");
    return spec;
}

ImageInfo GcpMapper::toImage(const QJsonObject& image, const QString& region)
{
    ImageInfo info;
    info.provider = provider();
    info.region = region;
    const QString self = text(image, "selfLink");
    const int at = self.indexOf(QLatin1String("projects/"));
    info.id = at >= 0 ? self.mid(at) : text(image, "name");
    info.name = text(image, "name");
    const QString family = text(image, "family");
    info.osType = info.name.startsWith(QLatin1String("windows")) ? QStringLiteral("Windows") : QStringLiteral("Linux");
    if (info.name.startsWith(QLatin1String("ubuntu")))
        info.osDistribution = QStringLiteral("Ubuntu");
    else if (info.name.startsWith(QLatin1String("debian")))
        info.osDistribution = QStringLiteral("Debian");
    else if (info.name.startsWith(QLatin1String("rocky")))
        info.osDistribution = QStringLiteral("Rocky Linux");
    // "debian-12" -> 12; Ubuntu's "ubuntu-2204-lts" -> 22.04.
    static const QRegularExpression version(QStringLiteral("-(\\d+)"));
    const QRegularExpressionMatch m = version.match(family.isEmpty() ? info.name : family);
    if (m.hasMatch()) {
        const QString digits = m.captured(1);
        info.osVersion = digits.size() == 4 ? digits.left(2) + QLatin1Char('.') + digits.mid(2) : digits;
    }
    if (text(image, "architecture") == QLatin1String("ARM64"))
        info.architecture = QStringLiteral("arm64");
    info.status
        = text(image, "status") == QLatin1String("READY") ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    return info;
}

SubnetInfo GcpMapper::toSubnet(const QJsonObject& subnetwork)
{
    SubnetInfo subnet;
    subnet.iid = { text(subnetwork, "name"), text(subnetwork, "name") };
    subnet.zone = described(subnetwork).value(QLatin1String("zone")).toString();
    subnet.ipv4Cidr = text(subnetwork, "ipCidrRange");
    subnet.tags = tagsOf(subnetwork);
    return subnet;
}

VpcInfo GcpMapper::toVpc(const QJsonObject& network, const QList<SubnetInfo>& subnets)
{
    VpcInfo vpc;
    vpc.iid = { text(network, "name"), text(network, "name") };
    vpc.ipv4Cidr = described(network).value(QLatin1String("cidr")).toString();
    vpc.subnets = subnets;
    vpc.tags = tagsOf(network);
    vpc.createdAt = timestamp(network);
    vpc.extra.insert(QStringLiteral("id"), text(network, "id"));
    vpc.extra.insert(QStringLiteral("routingMode"),
        network.value(QLatin1String("routingConfig")).toObject().value(QLatin1String("routingMode")));
    return vpc;
}

QList<SecurityRule> GcpMapper::toRules(const QJsonObject& firewall)
{
    QList<SecurityRule> rules;
    const bool egress = text(firewall, "direction") == QLatin1String("EGRESS");
    const QJsonArray ranges = firewall.value(QLatin1String(egress ? "destinationRanges" : "sourceRanges")).toArray();
    const QJsonArray allowed = firewall.value(QLatin1String("allowed")).toArray();
    for (const QJsonValue& rangeValue : ranges) {
        for (const QJsonValue& allowValue : allowed) {
            const QJsonObject allow = allowValue.toObject();
            SecurityRule rule;
            rule.direction = egress ? QStringLiteral("outbound") : QStringLiteral("inbound");
            rule.cidr = rangeValue.toString();
            rule.ipProtocol = text(allow, "IPProtocol");
            const QJsonArray ports = allow.value(QLatin1String("ports")).toArray();
            if (ports.isEmpty()) {
                rules.append(rule);
                continue;
            }
            for (const QJsonValue& port : ports) {
                const QStringList range = port.toString().split(QLatin1Char('-'));
                rule.fromPort = range.first().toInt();
                rule.toPort = range.last().toInt();
                rules.append(rule);
            }
        }
    }
    return rules;
}

VmInfo GcpMapper::toVm(const QJsonObject& instance)
{
    VmInfo vm;
    vm.iid = { text(instance, "name"), text(instance, "name") };
    vm.zone = lastSegment(text(instance, "zone"));
    vm.specName = lastSegment(text(instance, "machineType"));
    vm.status = vmStatus(text(instance, "status"));
    vm.tags = tagsOf(instance);
    vm.createdAt = timestamp(instance);
    const QJsonArray nics = instance.value(QLatin1String("networkInterfaces")).toArray();
    if (!nics.isEmpty()) {
        const QJsonObject nic = nics.first().toObject();
        const QString network = lastSegment(text(nic, "network"));
        const QString subnet = lastSegment(text(nic, "subnetwork"));
        vm.vpcIid = { network, network };
        vm.subnetIid = { subnet, subnet };
        vm.privateIp = text(nic, "networkIP");
        const QJsonArray access = nic.value(QLatin1String("accessConfigs")).toArray();
        if (!access.isEmpty())
            vm.publicIp = text(access.first().toObject(), "natIP");
    }
    for (const QJsonValue& tag :
        instance.value(QLatin1String("tags")).toObject().value(QLatin1String("items")).toArray())
        vm.securityGroupIids.append(Iid { tag.toString(), tag.toString() });
    for (const QJsonValue& diskValue : instance.value(QLatin1String("disks")).toArray()) {
        const QJsonObject disk = diskValue.toObject();
        const QString name = lastSegment(text(disk, "source"));
        if (disk.value(QLatin1String("boot")).toBool()) {
            vm.rootDiskSizeGb = text(disk, "diskSizeGb").toInt();
            vm.extra.insert(QStringLiteral("bootDisk"), name);
        } else {
            vm.dataDiskIids.append(Iid { name, name });
        }
    }
    const QJsonArray metadata
        = instance.value(QLatin1String("metadata")).toObject().value(QLatin1String("items")).toArray();
    for (const QJsonValue& itemValue : metadata) {
        const QJsonObject item = itemValue.toObject();
        if (text(item, "key") != QLatin1String("ssh-keys"))
            continue;
        // "user:ssh-ed25519 AAAA... keyname": the first line names the user and our key pair.
        const QString line = text(item, "value").section(QLatin1Char('\n'), 0, 0);
        vm.vmUserName = line.section(QLatin1Char(':'), 0, 0);
        const QString keyName = line.section(QLatin1Char(' '), -1);
        vm.keyPairIid = { keyName, keyName };
    }
    if (!vm.publicIp.isEmpty())
        vm.sshAccessPoint = vm.publicIp + QStringLiteral(":22");
    vm.imageName = text(instance, "sourceImage");
    vm.extra.insert(QStringLiteral("id"), text(instance, "id"));
    vm.extra.insert(QStringLiteral("status"), text(instance, "status"));
    return vm;
}

DiskInfo GcpMapper::toDisk(const QJsonObject& disk)
{
    DiskInfo info;
    info.iid = { text(disk, "name"), text(disk, "name") };
    info.zone = lastSegment(text(disk, "zone"));
    info.diskType = lastSegment(text(disk, "type"));
    info.sizeGb = text(disk, "sizeGb").toInt();
    const QJsonArray users = disk.value(QLatin1String("users")).toArray();
    info.status = diskStatus(text(disk, "status"), !users.isEmpty());
    if (!users.isEmpty()) {
        const QString vm = lastSegment(users.first().toString());
        info.ownerVm = { vm, vm };
    }
    info.tags = tagsOf(disk);
    info.createdAt = timestamp(disk);
    info.extra.insert(QStringLiteral("id"), text(disk, "id"));
    return info;
}

} // namespace Barista
