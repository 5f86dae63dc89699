// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureMapper.h"

#include "providers/azure/AzureJson.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Barista {

namespace {

using AzureJson::objectAt;
using AzureJson::textAt;

QDateTime timeOf(const QJsonObject& props)
{
    return QDateTime::fromString(textAt(props, "timeCreated"), Qt::ISODateWithMs);
}

QString protocolToOurs(const QString& azure)
{
    const QString p = azure.toLower();
    return p == QLatin1String("*") ? QStringLiteral("all") : p;
}

QString protocolToAzure(const QString& ours)
{
    const QString p = ours.toLower();
    if (p == QLatin1String("tcp"))
        return QStringLiteral("Tcp");
    if (p == QLatin1String("udp"))
        return QStringLiteral("Udp");
    if (p == QLatin1String("icmp"))
        return QStringLiteral("Icmp");
    return QStringLiteral("*");
}

QString cidrToOurs(const QString& prefix)
{
    return prefix == QLatin1String("*") || prefix.compare(QLatin1String("Internet"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("0.0.0.0/0")
        : prefix;
}

} // namespace

Iid AzureMapper::iidOf(const QJsonObject& resource)
{
    return { textAt(resource, "name"), textAt(resource, "id") };
}

QString AzureMapper::nameOfId(const QString& id)
{
    return id.section(QLatin1Char('/'), -1);
}

QMap<QString, QString> AzureMapper::tagsOf(const QJsonObject& resource)
{
    QMap<QString, QString> tags;
    const QJsonObject json = objectAt(resource, "tags");
    for (auto it = json.begin(); it != json.end(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

QJsonObject AzureMapper::tagsJson(const QMap<QString, QString>& tags)
{
    QJsonObject json;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

RegionInfo AzureMapper::region(const QJsonObject& location)
{
    RegionInfo r;
    r.provider = QStringLiteral("azure");
    r.name = textAt(location, "name");
    r.displayName = textAt(location, "displayName");
    const QJsonObject meta = objectAt(location, "metadata");
    r.latitude = meta.value(QStringLiteral("latitude")).toVariant().toDouble();
    r.longitude = meta.value(QStringLiteral("longitude")).toVariant().toDouble();
    for (const QJsonValue& z : location.value(QStringLiteral("availabilityZoneMappings")).toArray()) {
        ZoneInfo zone;
        zone.name = textAt(z.toObject(), "logicalZone");
        zone.displayName = QStringLiteral("%1 %2").arg(r.displayName, zone.name);
        zone.status = QStringLiteral("Available");
        r.zones.append(zone);
    }
    return r;
}

SpecInfo AzureMapper::spec(const QJsonObject& sku, const QString& region)
{
    SpecInfo s;
    s.provider = QStringLiteral("azure");
    s.region = region;
    s.name = textAt(sku, "name");
    for (const QJsonValue& v : sku.value(QStringLiteral("capabilities")).toArray()) {
        const QString name = textAt(v.toObject(), "name");
        const QString value = textAt(v.toObject(), "value");
        if (name == QLatin1String("vCPUs"))
            s.vcpu = value.toInt();
        else if (name == QLatin1String("MemoryGB"))
            s.memoryGiB = value.toDouble();
        else if (name == QLatin1String("GPUs"))
            s.gpuCount = value.toInt();
        else if (name == QLatin1String("CpuArchitectureType"))
            s.architecture = value.compare(QLatin1String("Arm64"), Qt::CaseInsensitive) == 0 ? QStringLiteral("arm64")
                                                                                             : QStringLiteral("x86_64");
        else if (name == QLatin1String("MaxResourceVolumeMB"))
            s.diskGiB = value.toInt() / 1024;
    }
    if (s.gpuCount > 0) {
        // ARM names the count, not the model; the size's series says which card it is.
        if (s.name.contains(QLatin1String("A100")))
            s.gpuModel = QStringLiteral("NVIDIA A100");
        else if (s.name.contains(QLatin1String("H100")))
            s.gpuModel = QStringLiteral("NVIDIA H100");
        else if (s.name.contains(QLatin1String("T4")))
            s.gpuModel = QStringLiteral("NVIDIA T4");
        else if (s.name.contains(QLatin1String("_NV")))
            s.gpuModel = QStringLiteral("NVIDIA Tesla M60");
        else
            s.gpuModel = QStringLiteral("NVIDIA");
    }
    return s;
}

ImageInfo AzureMapper::image(
    const QString& publisher, const QString& offer, const QString& sku, const QString& version, const QString& region)
{
    ImageInfo i;
    i.provider = QStringLiteral("azure");
    i.region = region;
    i.id = QStringList { publisher, offer, sku, version }.join(QLatin1Char(':'));
    i.name = QStringLiteral("%1 %2 %3").arg(offer, sku, version);
    const bool windows = publisher.contains(QLatin1String("Windows"), Qt::CaseInsensitive);
    i.osType = windows ? QStringLiteral("Windows") : QStringLiteral("Linux");
    if (publisher.compare(QLatin1String("Canonical"), Qt::CaseInsensitive) == 0)
        i.osDistribution = QStringLiteral("Ubuntu");
    else if (publisher.compare(QLatin1String("Debian"), Qt::CaseInsensitive) == 0)
        i.osDistribution = QStringLiteral("Debian");
    else
        i.osDistribution = windows ? QStringLiteral("Windows Server") : publisher;
    i.osVersion = version.section(QLatin1Char('.'), 0, 1);
    if (i.osDistribution == QLatin1String("Debian"))
        i.osVersion = sku.section(QLatin1Char('-'), 0, 0);
    i.architecture = sku.contains(QLatin1String("arm64")) ? QStringLiteral("arm64") : QStringLiteral("x86_64");
    return i;
}

VpcInfo AzureMapper::vpc(const QJsonObject& vnet)
{
    VpcInfo v;
    v.iid = iidOf(vnet);
    const QJsonObject props = objectAt(vnet, "properties");
    v.ipv4Cidr = objectAt(props, "addressSpace").value(QStringLiteral("addressPrefixes")).toArray().first().toString();
    for (const QJsonValue& s : props.value(QStringLiteral("subnets")).toArray()) {
        SubnetInfo subnet;
        subnet.iid = iidOf(s.toObject());
        subnet.ipv4Cidr = textAt(objectAt(s.toObject(), "properties"), "addressPrefix");
        v.subnets.append(subnet);
    }
    v.tags = tagsOf(vnet);
    v.extra.insert(QStringLiteral("location"), textAt(vnet, "location"));
    v.extra.insert(QStringLiteral("provisioningState"), textAt(props, "provisioningState"));
    return v;
}

SecurityGroupInfo AzureMapper::securityGroup(const QJsonObject& nsg)
{
    SecurityGroupInfo g;
    g.iid = iidOf(nsg);
    g.tags = tagsOf(nsg);
    const QString vpc = g.tags.value(QStringLiteral("barista-vpc"));
    if (!vpc.isEmpty())
        g.vpcIid = { nameOfId(vpc), vpc.startsWith(QLatin1Char('/')) ? vpc : QString() };
    for (const QJsonValue& v : objectAt(nsg, "properties").value(QStringLiteral("securityRules")).toArray()) {
        const QJsonObject p = objectAt(v.toObject(), "properties");
        if (textAt(p, "access").compare(QLatin1String("Allow"), Qt::CaseInsensitive) != 0)
            continue; // the common model has allow rules only
        SecurityRule rule;
        rule.direction = textAt(p, "direction").toLower();
        rule.ipProtocol = protocolToOurs(textAt(p, "protocol"));
        const QString ports = textAt(p, "destinationPortRange");
        if (ports != QLatin1String("*") && !ports.isEmpty()) {
            rule.fromPort = ports.section(QLatin1Char('-'), 0, 0).toInt();
            rule.toPort = ports.contains(QLatin1Char('-')) ? ports.section(QLatin1Char('-'), 1, 1).toInt() : rule.fromPort;
        }
        rule.cidr = cidrToOurs(rule.direction == QLatin1String("outbound") ? textAt(p, "destinationAddressPrefix")
                                                                            : textAt(p, "sourceAddressPrefix"));
        g.rules.append(rule);
    }
    return g;
}

QJsonArray AzureMapper::securityRules(const QList<SecurityRule>& rules)
{
    QJsonArray out;
    int inbound = 0;
    int outbound = 0;
    for (const SecurityRule& rule : rules) {
        const bool isOut = rule.direction.compare(QLatin1String("outbound"), Qt::CaseInsensitive) == 0;
        const int index = isOut ? outbound++ : inbound++;
        const bool allPorts = rule.fromPort < 0 || rule.ipProtocol == QLatin1String("icmp");
        const QString ports = allPorts ? QStringLiteral("*")
            : rule.toPort > rule.fromPort ? QStringLiteral("%1-%2").arg(rule.fromPort).arg(rule.toPort)
                                          : QString::number(rule.fromPort);
        const QString cidr = rule.cidr.isEmpty() || rule.cidr == QLatin1String("0.0.0.0/0") ? QStringLiteral("*") : rule.cidr;
        out.append(QJsonObject { { QStringLiteral("name"),
                                     QStringLiteral("barista-%1-%2").arg(isOut ? QStringLiteral("out") : QStringLiteral("in")).arg(index) },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("protocol"), protocolToAzure(rule.ipProtocol) },
                    { QStringLiteral("sourcePortRange"), QStringLiteral("*") },
                    { QStringLiteral("destinationPortRange"), ports },
                    { QStringLiteral("sourceAddressPrefix"), isOut ? QStringLiteral("*") : cidr },
                    { QStringLiteral("destinationAddressPrefix"), isOut ? cidr : QStringLiteral("*") },
                    { QStringLiteral("access"), QStringLiteral("Allow") }, { QStringLiteral("priority"), 100 + 10 * index },
                    { QStringLiteral("direction"), isOut ? QStringLiteral("Outbound") : QStringLiteral("Inbound") } } } });
    }
    return out;
}

QString AzureMapper::fingerprint(const QString& publicKey)
{
    const QStringList parts = publicKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return QString();
    const QByteArray blob = QByteArray::fromBase64(parts[1].toLatin1());
    if (blob.isEmpty())
        return QString();
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
}

KeyPairInfo AzureMapper::keyPair(const QJsonObject& key)
{
    KeyPairInfo k;
    k.iid = iidOf(key);
    k.publicKey = textAt(objectAt(key, "properties"), "publicKey").trimmed();
    k.fingerprint = fingerprint(k.publicKey);
    k.vmUserName = QStringLiteral("azureuser");
    k.tags = tagsOf(key);
    return k;
}

QString AzureMapper::powerState(const QJsonObject& instanceView)
{
    for (const QJsonValue& v : instanceView.value(QStringLiteral("statuses")).toArray()) {
        const QString code = textAt(v.toObject(), "code");
        if (code.startsWith(QLatin1String("PowerState/")))
            return code.mid(11);
    }
    return QString();
}

VmStatus AzureMapper::vmStatus(const QString& provisioningState, const QString& power)
{
    const QString p = provisioningState.toLower();
    if (p == QLatin1String("deleting"))
        return VmStatus::Terminating;
    if (p == QLatin1String("failed"))
        return VmStatus::Failed;
    if (p == QLatin1String("creating"))
        return VmStatus::Creating;
    if (power == QLatin1String("running"))
        return VmStatus::Running;
    if (power == QLatin1String("stopping") || power == QLatin1String("deallocating"))
        return VmStatus::Suspending;
    if (power == QLatin1String("stopped") || power == QLatin1String("deallocated"))
        return VmStatus::Suspended;
    if (power == QLatin1String("starting"))
        return VmStatus::Resuming;
    return p == QLatin1String("succeeded") ? VmStatus::Running : VmStatus::Creating;
}

VmInfo AzureMapper::vm(const QJsonObject& vm, const QJsonObject& nic, const QJsonObject& publicIp)
{
    VmInfo v;
    v.iid = iidOf(vm);
    const QJsonObject props = objectAt(vm, "properties");
    const QJsonArray zones = vm.value(QStringLiteral("zones")).toArray();
    v.zone = zones.isEmpty() ? QString() : zones.first().toString();
    const QJsonObject storage = objectAt(props, "storageProfile");
    const QJsonObject image = objectAt(storage, "imageReference");
    if (!textAt(image, "publisher").isEmpty())
        v.imageName = QStringList { textAt(image, "publisher"), textAt(image, "offer"), textAt(image, "sku"),
            textAt(image, "version") }.join(QLatin1Char(':'));
    else
        v.imageName = textAt(image, "id");
    v.specName = textAt(objectAt(props, "hardwareProfile"), "vmSize");
    const QJsonObject osDisk = objectAt(storage, "osDisk");
    v.rootDiskType = textAt(objectAt(osDisk, "managedDisk"), "storageAccountType");
    v.rootDiskSizeGb = osDisk.value(QStringLiteral("diskSizeGB")).toInt();
    for (const QJsonValue& d : storage.value(QStringLiteral("dataDisks")).toArray()) {
        const QString id = textAt(objectAt(d.toObject(), "managedDisk"), "id");
        v.dataDiskIids.append({ textAt(d.toObject(), "name").isEmpty() ? nameOfId(id) : textAt(d.toObject(), "name"), id });
    }
    v.vmUserName = textAt(objectAt(props, "osProfile"), "adminUsername");
    v.status = vmStatus(textAt(props, "provisioningState"), powerState(objectAt(props, "instanceView")));
    v.tags = tagsOf(vm);
    const QString key = v.tags.value(QStringLiteral("barista-keypair"));
    if (!key.isEmpty())
        v.keyPairIid = { nameOfId(key), key.startsWith(QLatin1Char('/')) ? key : QString() };
    v.createdAt = timeOf(props);
    if (!nic.isEmpty()) {
        const QJsonObject np = objectAt(nic, "properties");
        const QString nsg = textAt(objectAt(np, "networkSecurityGroup"), "id");
        if (!nsg.isEmpty())
            v.securityGroupIids.append({ nameOfId(nsg), nsg });
        const QJsonArray configs = np.value(QStringLiteral("ipConfigurations")).toArray();
        if (!configs.isEmpty()) {
            const QJsonObject cp = objectAt(configs.first().toObject(), "properties");
            v.privateIp = textAt(cp, "privateIPAddress");
            const QString subnet = textAt(objectAt(cp, "subnet"), "id");
            v.subnetIid = { nameOfId(subnet), subnet };
            const QString vnet = subnet.section(QLatin1String("/subnets/"), 0, 0);
            v.vpcIid = { nameOfId(vnet), vnet };
        }
    }
    v.publicIp = textAt(objectAt(publicIp, "properties"), "ipAddress");
    if (!v.publicIp.isEmpty())
        v.sshAccessPoint = v.publicIp + QStringLiteral(":22");
    v.extra.insert(QStringLiteral("vmId"), textAt(props, "vmId"));
    v.extra.insert(QStringLiteral("location"), textAt(vm, "location"));
    return v;
}

DiskInfo AzureMapper::disk(const QJsonObject& disk)
{
    DiskInfo d;
    d.iid = iidOf(disk);
    const QJsonArray zones = disk.value(QStringLiteral("zones")).toArray();
    d.zone = zones.isEmpty() ? QString() : zones.first().toString();
    d.diskType = textAt(objectAt(disk, "sku"), "name");
    const QJsonObject props = objectAt(disk, "properties");
    d.sizeGb = props.value(QStringLiteral("diskSizeGB")).toInt();
    const QString owner = textAt(disk, "managedBy");
    if (!owner.isEmpty())
        d.ownerVm = { nameOfId(owner), owner };
    const QString provisioning = textAt(props, "provisioningState").toLower();
    const QString state = textAt(props, "diskState").toLower();
    if (provisioning == QLatin1String("failed"))
        d.status = DiskStatus::Error;
    else if (provisioning == QLatin1String("deleting"))
        d.status = DiskStatus::Deleting;
    else if (provisioning == QLatin1String("creating") || (provisioning == QLatin1String("updating") && state.isEmpty()))
        d.status = DiskStatus::Creating;
    else if (state == QLatin1String("attached") || state == QLatin1String("reserved") || !owner.isEmpty())
        d.status = DiskStatus::Attached;
    else
        d.status = DiskStatus::Available;
    d.tags = tagsOf(disk);
    d.createdAt = timeOf(props);
    return d;
}

QJsonObject AzureMapper::imageReference(const QString& urn)
{
    const QStringList parts = urn.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.contains(QString()))
        return {};
    return { { QStringLiteral("publisher"), parts[0] }, { QStringLiteral("offer"), parts[1] },
        { QStringLiteral("sku"), parts[2] }, { QStringLiteral("version"), parts[3] } };
}

} // namespace Barista
