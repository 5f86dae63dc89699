// SPDX-License-Identifier: GPL-3.0-or-later
// AzureArmState: what each resource type checks and fills in (references that must exist, in-use
// checks on delete, the VM's OS disk, NIC and data disks, power actions and quota).
#include "tests/servers/azure/AzureArmCatalog.h"
#include "tests/servers/azure/AzureArmState.h"

#include <QDateTime>
#include <QUuid>

namespace Barista {

namespace {

QJsonObject objectAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString textAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString etag()
{
    return QStringLiteral("W/\"%1\"").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

AzureArmReply badReference(const QString& what, const QString& by)
{
    return AzureArmReply::error(400, QStringLiteral("InvalidResourceReference"),
        QStringLiteral("Resource %1 referenced by resource %2 was not found. Please make sure that the referenced "
                       "resource exists, and that both resources are in the same region.").arg(what, by));
}

QJsonObject normalizeChild(QJsonObject child, const QString& parentId, const QString& childKey, const QString& childType)
{
    QJsonObject props = objectAt(child, "properties");
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    child.insert(QStringLiteral("properties"), props);
    child.insert(QStringLiteral("id"), QString(parentId + QLatin1Char('/') + childKey + QLatin1Char('/') + textAt(child, "name")));
    child.insert(QStringLiteral("type"), childType);
    child.insert(QStringLiteral("etag"), etag());
    return child;
}

std::optional<AzureArmReply> checkRule(const QJsonObject& rule)
{
    const QJsonObject p = objectAt(rule, "properties");
    static const QStringList protocols { QStringLiteral("Tcp"), QStringLiteral("Udp"), QStringLiteral("Icmp"),
        QStringLiteral("*"), QStringLiteral("Esp"), QStringLiteral("Ah") };
    const int priority = p.value(QStringLiteral("priority")).toInt();
    if (priority < 100 || priority > 4096)
        return AzureArmReply::error(400, QStringLiteral("SecurityRuleInvalidPriority"),
            QStringLiteral("Security rule has invalid Priority. Value provided: %1 Allowed range 100-4096.").arg(priority));
    if (!protocols.contains(textAt(p, "protocol"), Qt::CaseInsensitive))
        return AzureArmReply::error(400, QStringLiteral("SecurityRuleInvalidProtocol"),
            QStringLiteral("Security rule has invalid Protocol. Value provided: %1. Allowed values: Tcp, Udp, Icmp, Esp, Ah, *.")
                .arg(textAt(p, "protocol")));
    if (!same(textAt(p, "direction"), QStringLiteral("Inbound")) && !same(textAt(p, "direction"), QStringLiteral("Outbound")))
        return AzureArmReply::error(400, QStringLiteral("SecurityRuleInvalidDirection"),
            QStringLiteral("Security rule has invalid Direction. Value provided: %1. Allowed values: Inbound, Outbound.")
                .arg(textAt(p, "direction")));
    return std::nullopt;
}

} // namespace

std::optional<AzureArmReply> AzureArmState::prepare(const QString& typeLower, QJsonObject& r, const QJsonObject& existing)
{
    const QString id = textAt(r, "id");
    QJsonObject props = objectAt(r, "properties");
    if (typeLower == QLatin1String("microsoft.compute/virtualmachines"))
        return prepareVm(r, existing);
    if (typeLower == QLatin1String("microsoft.compute/images"))
        return prepareImage(r, existing);
    if (typeLower == QLatin1String("microsoft.containerservice/managedclusters"))
        return prepareManagedCluster(r, existing);
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    if (typeLower.startsWith(QLatin1String("microsoft.network/"))) {
        r.insert(QStringLiteral("etag"), etag());
        props.insert(QStringLiteral("resourceGuid"),
            objectAt(existing, "properties").value(QStringLiteral("resourceGuid")).toString(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    if (typeLower == QLatin1String("microsoft.network/virtualnetworks")) {
        if (objectAt(props, "addressSpace").value(QStringLiteral("addressPrefixes")).toArray().isEmpty())
            return AzureArmReply::error(400, QStringLiteral("InvalidAddressSpace"),
                QStringLiteral("Virtual network %1 must have an address space.").arg(textAt(r, "name")));
        QJsonArray subnets;
        for (const QJsonValue& v : props.value(QStringLiteral("subnets")).toArray()) {
            if (textAt(objectAt(v.toObject(), "properties"), "addressPrefix").isEmpty())
                return AzureArmReply::error(400, QStringLiteral("InvalidRequestFormat"),
                    QStringLiteral("Subnet %1 must have an addressPrefix.").arg(textAt(v.toObject(), "name")));
            subnets.append(normalizeChild(v.toObject(), id, QStringLiteral("subnets"),
                QStringLiteral("Microsoft.Network/virtualNetworks/subnets")));
        }
        props.insert(QStringLiteral("subnets"), subnets);
    } else if (typeLower == QLatin1String("microsoft.network/loadbalancers")) {
        r.insert(QStringLiteral("properties"), props);
        if (auto refused = prepareLoadBalancer(r))
            return refused;
        props = objectAt(r, "properties");
    } else if (typeLower == QLatin1String("microsoft.network/networksecuritygroups")) {
        QJsonArray rules;
        for (const QJsonValue& v : props.value(QStringLiteral("securityRules")).toArray()) {
            if (auto refused = checkRule(v.toObject()))
                return refused;
            rules.append(normalizeChild(v.toObject(), id, QStringLiteral("securityRules"),
                QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules")));
        }
        props.insert(QStringLiteral("securityRules"), rules);
        QJsonArray defaults;
        int priority = 65000;
        for (const char* name : { "AllowVnetInBound", "AllowAzureLoadBalancerInBound", "DenyAllInBound",
                 "AllowVnetOutBound", "AllowInternetOutBound", "DenyAllOutBound" }) {
            const QString n = QLatin1String(name);
            QJsonObject p { { QStringLiteral("protocol"), QStringLiteral("*") }, { QStringLiteral("sourcePortRange"), QStringLiteral("*") },
                { QStringLiteral("destinationPortRange"), QStringLiteral("*") },
                { QStringLiteral("sourceAddressPrefix"), QStringLiteral("*") }, { QStringLiteral("destinationAddressPrefix"), QStringLiteral("*") },
                { QStringLiteral("access"), n.startsWith(QLatin1String("Deny")) ? QStringLiteral("Deny") : QStringLiteral("Allow") },
                { QStringLiteral("priority"), n.startsWith(QLatin1String("Deny")) ? 65500 : priority++ },
                { QStringLiteral("direction"), n.endsWith(QLatin1String("InBound")) ? QStringLiteral("Inbound") : QStringLiteral("Outbound") } };
            if (n == QLatin1String("AllowVnetOutBound"))
                priority = 65000;
            defaults.append(normalizeChild(QJsonObject { { QStringLiteral("name"), n }, { QStringLiteral("properties"), p } }, id,
                QStringLiteral("defaultSecurityRules"), QStringLiteral("Microsoft.Network/networkSecurityGroups/defaultSecurityRules")));
        }
        props.insert(QStringLiteral("defaultSecurityRules"), defaults);
    } else if (typeLower == QLatin1String("microsoft.network/publicipaddresses")) {
        if (!props.contains(QStringLiteral("publicIPAllocationMethod")))
            props.insert(QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static"));
        props.insert(QStringLiteral("ipAddress"), textAt(objectAt(existing, "properties"), "ipAddress").isEmpty()
                ? QStringLiteral("20.41.%1.%2").arg(m_ipCounter / 250).arg(m_ipCounter % 250 + 1)
                : textAt(objectAt(existing, "properties"), "ipAddress"));
        ++m_ipCounter;
        props.insert(QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4"));
    } else if (typeLower == QLatin1String("microsoft.network/networkinterfaces")) {
        const QJsonArray configs = props.value(QStringLiteral("ipConfigurations")).toArray();
        if (configs.isEmpty())
            return AzureArmReply::error(400, QStringLiteral("NetworkInterfaceMustHaveAtLeastOneIpConfiguration"),
                QStringLiteral("Network interface %1 must have one or more IP configurations.").arg(id));
        const QString nsg = textAt(objectAt(props, "networkSecurityGroup"), "id");
        if (!nsg.isEmpty() && resource(nsg).isEmpty())
            return badReference(nsg, id);
        QJsonArray out;
        QStringList assigned; // addresses this PUT gave out so far
        for (const QJsonValue& v : configs) {
            QJsonObject config = normalizeChild(v.toObject(), id, QStringLiteral("ipConfigurations"),
                QStringLiteral("Microsoft.Network/networkInterfaces/ipConfigurations"));
            QJsonObject cp = objectAt(config, "properties");
            const QString subnetId = textAt(objectAt(cp, "subnet"), "id");
            const int cut = subnetId.indexOf(QLatin1String("/subnets/"), 0, Qt::CaseInsensitive);
            const QJsonObject vnet = cut > 0 ? resource(subnetId.left(cut)) : QJsonObject {};
            QString prefix;
            for (const QJsonValue& s : objectAt(vnet, "properties").value(QStringLiteral("subnets")).toArray()) {
                if (same(textAt(s.toObject(), "id"), subnetId))
                    prefix = textAt(objectAt(s.toObject(), "properties"), "addressPrefix");
            }
            if (prefix.isEmpty())
                return badReference(subnetId.isEmpty() ? QStringLiteral("(no subnet)") : subnetId, id);
            const QString pip = textAt(objectAt(cp, "publicIPAddress"), "id");
            if (!pip.isEmpty() && resource(pip).isEmpty())
                return badReference(pip, id);
            if (auto refused = checkBackendPools(config, id))
                return refused;
            const QString address = nicPrivateAddress(id, existing, textAt(config, "name"), subnetId, prefix, assigned);
            assigned.append(address);
            cp.insert(QStringLiteral("privateIPAddress"), address);
            cp.insert(QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic"));
            config.insert(QStringLiteral("properties"), cp);
            out.append(config);
        }
        props.insert(QStringLiteral("ipConfigurations"), out);
        const QJsonObject vm = objectAt(objectAt(existing, "properties"), "virtualMachine");
        if (!vm.isEmpty())
            props.insert(QStringLiteral("virtualMachine"), vm);
        props.insert(QStringLiteral("macAddress"), QStringLiteral("00-0D-3A-00-00-%1").arg(m_ipCounter++ % 100, 2, 10, QLatin1Char('0')));
    } else if (typeLower == QLatin1String("microsoft.compute/sshpublickeys")) {
        const QString key = textAt(props, "publicKey");
        if (!key.isEmpty() && !key.startsWith(QLatin1String("ssh-")) && !key.startsWith(QLatin1String("ecdsa-")))
            return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
                QStringLiteral("The value of parameter publicKey is invalid."));
    } else if (typeLower == QLatin1String("microsoft.compute/disks")) {
        const QJsonObject before = objectAt(existing, "properties");
        const int size = props.value(QStringLiteral("diskSizeGB")).toInt(before.value(QStringLiteral("diskSizeGB")).toInt());
        if (existing.isEmpty() && textAt(objectAt(props, "creationData"), "createOption").isEmpty())
            return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
                QStringLiteral("Required parameter 'creationData.createOption' is missing (null)."));
        if (size <= 0)
            return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
                QStringLiteral("Required parameter 'diskSizeGB' is missing (null)."));
        if (!existing.isEmpty() && size < before.value(QStringLiteral("diskSizeGB")).toInt())
            return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Disk size reduction is not supported. Current size is %1 GB and requested size is %2 GB.")
                    .arg(before.value(QStringLiteral("diskSizeGB")).toInt()).arg(size));
        if (!r.contains(QStringLiteral("sku")))
            r.insert(QStringLiteral("sku"), existing.value(QStringLiteral("sku")).toObject(
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Standard_LRS") }, { QStringLiteral("tier"), QStringLiteral("Standard") } }));
        props.insert(QStringLiteral("diskSizeGB"), size);
        props.insert(QStringLiteral("diskSizeBytes"), double(size) * 1024 * 1024 * 1024);
        props.insert(QStringLiteral("diskState"), textAt(before, "diskState").isEmpty() ? QStringLiteral("Unattached") : textAt(before, "diskState"));
        props.insert(QStringLiteral("timeCreated"), textAt(before, "timeCreated").isEmpty() ? now() : textAt(before, "timeCreated"));
        props.insert(QStringLiteral("uniqueId"), textAt(before, "uniqueId").isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : textAt(before, "uniqueId"));
        if (existing.contains(QStringLiteral("managedBy")))
            r.insert(QStringLiteral("managedBy"), existing.value(QStringLiteral("managedBy")));
    }
    r.insert(QStringLiteral("properties"), props);
    return std::nullopt;
}

void AzureArmState::setDiskOwner(const QString& diskId, const QString& vmId)
{
    QJsonObject disk = resource(diskId);
    if (disk.isEmpty())
        return;
    QJsonObject props = objectAt(disk, "properties");
    props.insert(QStringLiteral("diskState"), vmId.isEmpty() ? QStringLiteral("Unattached") : QStringLiteral("Attached"));
    disk.insert(QStringLiteral("properties"), props);
    if (vmId.isEmpty())
        disk.remove(QStringLiteral("managedBy"));
    else
        disk.insert(QStringLiteral("managedBy"), vmId);
    m_resources.insert(diskId.toLower(), disk);
}

std::optional<AzureArmReply> AzureArmState::prepareVm(QJsonObject& vm, const QJsonObject& existing)
{
    const QString id = textAt(vm, "id");
    const QString location = textAt(vm, "location");
    QJsonObject props = objectAt(vm, "properties");
    QJsonObject storage = objectAt(props, "storageProfile");
    QJsonObject before = objectAt(existing, "properties");
    const QString group = id.section(QLatin1Char('/'), 4, 4);

    // Data disks: each must exist and be free (or already ours); "Empty" makes a new one.
    QJsonArray dataDisks;
    QStringList wanted;
    for (const QJsonValue& v : storage.value(QStringLiteral("dataDisks")).toArray()) {
        QJsonObject dd = v.toObject();
        QJsonObject managed = objectAt(dd, "managedDisk");
        QString diskId = textAt(managed, "id");
        if (same(textAt(dd, "createOption"), QStringLiteral("Empty"))) {
            const QString name = textAt(dd, "name").isEmpty() ? textAt(vm, "name") + QStringLiteral("_DataDisk_%1").arg(dd.value(QStringLiteral("lun")).toInt()) : textAt(dd, "name");
            diskId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/disks/%3").arg(m_subscription, group, name);
            QJsonObject disk { { QStringLiteral("id"), diskId }, { QStringLiteral("name"), name },
                { QStringLiteral("type"), QStringLiteral("Microsoft.Compute/disks") }, { QStringLiteral("location"), location },
                { QStringLiteral("properties"), QJsonObject { { QStringLiteral("diskSizeGB"), dd.value(QStringLiteral("diskSizeGB")).toInt(8) },
                    { QStringLiteral("creationData"), QJsonObject { { QStringLiteral("createOption"), QStringLiteral("Empty") } } } } } };
            prepare(QStringLiteral("microsoft.compute/disks"), disk, {});
            m_resources.insert(diskId.toLower(), disk);
            dd.insert(QStringLiteral("createOption"), QStringLiteral("Attach"));
        }
        const QJsonObject disk = resource(diskId);
        if (disk.isEmpty())
            return AzureArmReply::error(404, QStringLiteral("NotFound"),
                QStringLiteral("Disk %1 could not be found.").arg(diskId));
        const QString owner = textAt(disk, "managedBy");
        if (!owner.isEmpty() && !same(owner, id))
            return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Disk %1 is attached to VM %2.").arg(textAt(disk, "name"), owner));
        managed.insert(QStringLiteral("id"), textAt(disk, "id"));
        if (!managed.contains(QStringLiteral("storageAccountType")))
            managed.insert(QStringLiteral("storageAccountType"), textAt(objectAt(disk, "sku"), "name"));
        dd.insert(QStringLiteral("managedDisk"), managed);
        dd.insert(QStringLiteral("name"), textAt(disk, "name"));
        dd.insert(QStringLiteral("diskSizeGB"), objectAt(disk, "properties").value(QStringLiteral("diskSizeGB")));
        if (!dd.contains(QStringLiteral("deleteOption")))
            dd.insert(QStringLiteral("deleteOption"), QStringLiteral("Detach"));
        dataDisks.append(dd);
        wanted << textAt(disk, "id").toLower();
    }

    if (!existing.isEmpty()) {
        // An update: the same VM with new data disks and tags (size and image are kept).
        if (same(textAt(before, "provisioningState"), QStringLiteral("Deleting")))
            return AzureArmReply::error(409, QStringLiteral("Conflict"),
                QStringLiteral("The VM '%1' is being deleted.").arg(textAt(vm, "name")));
        for (const QJsonValue& v : objectAt(before, "storageProfile").value(QStringLiteral("dataDisks")).toArray()) {
            const QString old = textAt(objectAt(v.toObject(), "managedDisk"), "id");
            if (!wanted.contains(old.toLower()))
                setDiskOwner(old, QString());
        }
        for (const QString& diskId : wanted)
            setDiskOwner(textAt(resource(diskId), "id"), id);
        QJsonObject kept = before;
        QJsonObject keptStorage = objectAt(before, "storageProfile");
        keptStorage.insert(QStringLiteral("dataDisks"), dataDisks);
        kept.insert(QStringLiteral("storageProfile"), keptStorage);
        kept.insert(QStringLiteral("provisioningState"), QStringLiteral("Updating"));
        vm.insert(QStringLiteral("properties"), kept);
        return std::nullopt;
    }

    const QString size = textAt(objectAt(props, "hardwareProfile"), "vmSize");
    const int cores = AzureArmCatalog::coresOf(size);
    if (cores == 0)
        return AzureArmReply::error(409, QStringLiteral("SkuNotAvailable"),
            QStringLiteral("The requested VM size for resource 'Following SKUs have failed for Capacity Restrictions: %1' is "
                           "currently not available in location '%2'. Please try another size or deploy to a different "
                           "location or different zone. See https://aka.ms/azureskunotavailable for details.").arg(size, location));
    int used = 0;
    for (const QJsonObject& other : ofType(QStringLiteral("microsoft.compute/virtualmachines"))) {
        if (textAt(other, "location") == location && !same(textAt(other, "id"), id))
            used += AzureArmCatalog::coresOf(textAt(objectAt(objectAt(other, "properties"), "hardwareProfile"), "vmSize"));
    }
    if (used + cores > m_coreQuota)
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation could not be completed as it results in exceeding approved Total Regional Cores quota. "
                           "Additional details - Deployment Model: Resource Manager, Location: %1, Current Limit: %2, "
                           "Current Usage: %3, Additional Required: %4, (Minimum) New Limit Required: %5. Submit a request "
                           "for Quota increase at https://aka.ms/ProdCoreQuotaIncrease by specifying parameters listed in "
                           "the 'Details' section for deployment to succeed. Please read more about quota limits at "
                           "https://docs.microsoft.com/en-us/azure/azure-supportability/per-vm-quota-requests")
                .arg(location).arg(m_coreQuota).arg(used).arg(cores).arg(used + cores));
    const QJsonObject image = objectAt(storage, "imageReference");
    if (!AzureArmCatalog::imageExists(textAt(image, "publisher"), textAt(image, "offer"), textAt(image, "sku"), textAt(image, "version")))
        return AzureArmReply::error(404, QStringLiteral("PlatformImageNotFound"),
            QStringLiteral("The platform image '%1:%2:%3:%4' is not available. Verify that all fields in the storage "
                           "profile are correct. For more details about storage profile information, please refer to "
                           "https://aka.ms/storageprofile")
                .arg(textAt(image, "publisher"), textAt(image, "offer"), textAt(image, "sku"), textAt(image, "version")));
    QJsonObject os = objectAt(props, "osProfile");
    if (textAt(os, "adminUsername").isEmpty())
        return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("Required parameter 'adminUsername' is missing (null)."));
    const QJsonObject linuxConfig = objectAt(os, "linuxConfiguration");
    if (linuxConfig.value(QStringLiteral("disablePasswordAuthentication")).toBool()
        && objectAt(linuxConfig, "ssh").value(QStringLiteral("publicKeys")).toArray().isEmpty())
        return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("Required parameter 'linuxConfiguration.ssh.publicKeys' is missing (null)."));
    os.remove(QStringLiteral("adminPassword")); // never echoed
    if (textAt(os, "computerName").isEmpty())
        os.insert(QStringLiteral("computerName"), textAt(vm, "name"));
    props.insert(QStringLiteral("osProfile"), os);

    const QJsonArray nics = objectAt(props, "networkProfile").value(QStringLiteral("networkInterfaces")).toArray();
    if (nics.isEmpty())
        return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("Required parameter 'networkProfile' is missing (null)."));
    for (const QJsonValue& v : nics) {
        const QString nicId = textAt(v.toObject(), "id");
        const QJsonObject nic = resource(nicId);
        if (nic.isEmpty())
            return badReference(nicId, id);
        const QString owner = textAt(objectAt(objectAt(nic, "properties"), "virtualMachine"), "id");
        if (!owner.isEmpty())
            return AzureArmReply::error(400, QStringLiteral("NicInUse"),
                QStringLiteral("Network Interface %1 is used by existing resource %2. In order to delete the network "
                               "interface, it must be dissociated from the resource. To learn more, see aka.ms/deletenic.").arg(nicId, owner));
    }
    for (const QJsonValue& v : nics) {
        QJsonObject nic = resource(textAt(v.toObject(), "id"));
        QJsonObject np = objectAt(nic, "properties");
        np.insert(QStringLiteral("virtualMachine"), QJsonObject { { QStringLiteral("id"), id } });
        nic.insert(QStringLiteral("properties"), np);
        m_resources.insert(textAt(nic, "id").toLower(), nic);
    }

    QJsonObject osDisk = objectAt(storage, "osDisk");
    const QString osName = textAt(osDisk, "name").isEmpty()
        ? QStringLiteral("%1_OsDisk_1_%2").arg(textAt(vm, "name"), QUuid::createUuid().toString(QUuid::Id128))
        : textAt(osDisk, "name");
    const QString osId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/disks/%3").arg(m_subscription, group, osName);
    QJsonObject osManaged = objectAt(osDisk, "managedDisk");
    if (!osManaged.contains(QStringLiteral("storageAccountType")))
        osManaged.insert(QStringLiteral("storageAccountType"), QStringLiteral("Premium_LRS"));
    QJsonObject osResource { { QStringLiteral("id"), osId }, { QStringLiteral("name"), osName },
        { QStringLiteral("type"), QStringLiteral("Microsoft.Compute/disks") }, { QStringLiteral("location"), location },
        { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), textAt(osManaged, "storageAccountType") } } },
        { QStringLiteral("tags"), vm.value(QStringLiteral("tags")) },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("diskSizeGB"), osDisk.value(QStringLiteral("diskSizeGB")).toInt(30) },
            { QStringLiteral("osType"), QStringLiteral("Linux") },
            { QStringLiteral("creationData"), QJsonObject { { QStringLiteral("createOption"), QStringLiteral("FromImage") } } } } } };
    prepare(QStringLiteral("microsoft.compute/disks"), osResource, {});
    m_resources.insert(osId.toLower(), osResource);
    setDiskOwner(osId, id);
    osManaged.insert(QStringLiteral("id"), osId);
    osDisk.insert(QStringLiteral("managedDisk"), osManaged);
    osDisk.insert(QStringLiteral("name"), osName);
    osDisk.insert(QStringLiteral("osType"), QStringLiteral("Linux"));
    osDisk.insert(QStringLiteral("diskSizeGB"), osDisk.value(QStringLiteral("diskSizeGB")).toInt(30));
    if (!osDisk.contains(QStringLiteral("deleteOption")))
        osDisk.insert(QStringLiteral("deleteOption"), QStringLiteral("Detach"));
    storage.insert(QStringLiteral("osDisk"), osDisk);
    storage.insert(QStringLiteral("dataDisks"), dataDisks);
    props.insert(QStringLiteral("storageProfile"), storage);
    for (const QString& diskId : wanted)
        setDiskOwner(textAt(resource(diskId), "id"), id);

    props.insert(QStringLiteral("vmId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    props.insert(QStringLiteral("timeCreated"), now());
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Creating"));
    vm.insert(QStringLiteral("properties"), props);
    m_power.insert(id.toLower(), QStringLiteral("starting"));
    return std::nullopt;
}

std::optional<AzureArmReply> AzureArmState::deleteCheck(const QString& typeLower, const QJsonObject& r) const
{
    const QString id = textAt(r, "id");
    const QList<QJsonObject> nics = ofType(QStringLiteral("microsoft.network/networkinterfaces"));
    const auto configsOf = [](const QJsonObject& nic) {
        return objectAt(nic, "properties").value(QStringLiteral("ipConfigurations")).toArray();
    };
    if (typeLower == QLatin1String("microsoft.network/virtualnetworks")) {
        for (const QJsonObject& nic : nics) {
            for (const QJsonValue& c : configsOf(nic)) {
                const QString subnet = textAt(objectAt(objectAt(c.toObject(), "properties"), "subnet"), "id");
                if (subnet.startsWith(id + QLatin1Char('/'), Qt::CaseInsensitive))
                    return AzureArmReply::error(400, QStringLiteral("InUseSubnetCannotBeDeleted"),
                        QStringLiteral("Subnet %1 is in use by %2 and cannot be deleted. In order to delete the subnet, "
                                       "delete all the resources within the subnet. See aka.ms/deletesubnet.")
                            .arg(subnet.section(QLatin1Char('/'), -1), textAt(c.toObject(), "id")));
            }
        }
    } else if (typeLower == QLatin1String("microsoft.network/networksecuritygroups")) {
        for (const QJsonObject& nic : nics) {
            if (same(textAt(objectAt(objectAt(nic, "properties"), "networkSecurityGroup"), "id"), id))
                return AzureArmReply::error(400, QStringLiteral("InUseNetworkSecurityGroupCannotBeDeleted"),
                    QStringLiteral("Network security group %1 cannot be deleted because it is in use by the following "
                                   "resources: %2. In order to delete the Network security group, remove the association "
                                   "with the resource(s). To learn how to do this, see aka.ms/deletensg.").arg(id, textAt(nic, "id")));
        }
    } else if (typeLower == QLatin1String("microsoft.network/networkinterfaces")) {
        const QString vm = textAt(objectAt(objectAt(r, "properties"), "virtualMachine"), "id");
        if (!vm.isEmpty())
            return AzureArmReply::error(400, QStringLiteral("NicInUse"),
                QStringLiteral("Network Interface %1 is used by existing resource %2. In order to delete the network "
                               "interface, it must be dissociated from the resource. To learn more, see aka.ms/deletenic.").arg(id, vm));
    } else if (typeLower == QLatin1String("microsoft.network/publicipaddresses")) {
        for (const QJsonObject& nic : nics) {
            for (const QJsonValue& c : configsOf(nic)) {
                if (same(textAt(objectAt(objectAt(c.toObject(), "properties"), "publicIPAddress"), "id"), id))
                    return AzureArmReply::error(400, QStringLiteral("PublicIPAddressCannotBeDeleted"),
                        QStringLiteral("Public IP address %1 can not be deleted since it is still allocated to resource %2. "
                                       "In order to delete the public IP, disassociate/detach the Public IP address from the resource.")
                            .arg(id, textAt(c.toObject(), "id")));
            }
        }
    } else if (typeLower == QLatin1String("microsoft.compute/disks")) {
        if (!textAt(r, "managedBy").isEmpty())
            return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Disk %1 is attached to VM %2.").arg(textAt(r, "name"), textAt(r, "managedBy")));
    }
    return loadBalancerDeleteCheck(typeLower, r);
}

AzureArmReply AzureArmState::putChild(const AzureArmCall& call, QJsonObject parent, const QString& childKey, const QString& name)
{
    const bool subnet = childKey == QLatin1String("subnets");
    QJsonObject child { { QStringLiteral("name"), name }, { QStringLiteral("properties"), call.body.value(QStringLiteral("properties")).toObject() } };
    if (subnet && textAt(objectAt(child, "properties"), "addressPrefix").isEmpty())
        return AzureArmReply::error(400, QStringLiteral("InvalidRequestFormat"), QStringLiteral("Subnet %1 must have an addressPrefix.").arg(name));
    if (!subnet) {
        if (auto refused = checkRule(child))
            return *refused;
    }
    child = normalizeChild(child, textAt(parent, "id"), childKey,
        subnet ? QStringLiteral("Microsoft.Network/virtualNetworks/subnets") : QStringLiteral("Microsoft.Network/networkSecurityGroups/securityRules"));
    QJsonObject props = objectAt(parent, "properties");
    QJsonArray children = props.value(childKey).toArray();
    bool replaced = false;
    for (int i = 0; i < children.size(); ++i) {
        if (same(textAt(children.at(i).toObject(), "name"), name)) {
            children.replace(i, child);
            replaced = true;
        }
    }
    if (!replaced)
        children.append(child);
    props.insert(childKey, children);
    parent.insert(QStringLiteral("properties"), props);
    m_resources.insert(textAt(parent, "id").toLower(), parent);
    return AzureArmReply::json(replaced ? 200 : 201, child);
}

AzureArmReply AzureArmState::vmAction(const AzureArmCall& call, const QString& vmId, const QString& action)
{
    const QString key = vmId.toLower();
    const QJsonObject vm = m_resources.value(key);
    const QString state = textAt(objectAt(vm, "properties"), "provisioningState");
    if (same(state, QStringLiteral("Creating")) || same(state, QStringLiteral("Deleting")))
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation '%1' is not allowed on VM '%2' since the VM is %3.").arg(action, textAt(vm, "name"), state.toLower()));
    if (same(action, QStringLiteral("generalize")))
        return generalize(vmId);
    if (m_generalized.contains(key) && (same(action, QStringLiteral("start")) || same(action, QStringLiteral("restart"))))
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation '%1' is not allowed on VM '%2' since the VM is generalized.").arg(action, textAt(vm, "name")));
    QString during;
    QString after;
    if (same(action, QStringLiteral("powerOff"))) {
        during = QStringLiteral("stopping");
        after = QStringLiteral("stopped");
    } else if (same(action, QStringLiteral("deallocate"))) {
        during = QStringLiteral("deallocating");
        after = QStringLiteral("deallocated");
    } else if (same(action, QStringLiteral("start"))) {
        during = QStringLiteral("starting");
        after = QStringLiteral("running");
    } else if (same(action, QStringLiteral("restart"))) {
        if (m_power.value(key) != QLatin1String("running"))
            return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Operation 'restart' is not allowed on VM '%1' since the VM is %2.").arg(textAt(vm, "name"), m_power.value(key)));
        during = QStringLiteral("starting");
        after = QStringLiteral("running");
    } else {
        return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"),
            QStringLiteral("The action '%1' is not supported on virtual machines.").arg(action));
    }
    if (m_pendingByResource.contains(key))
        advanceOperation(m_operations[m_pendingByResource.value(key)]);
    m_power.insert(key, during);
    return startOperation(call, AzureArmReply { 202, {}, {}, {} }, vmId, textAt(vm, "location"),
        [this, key, after](bool failed) { m_power.insert(key, failed ? QStringLiteral("stopped") : after); });
}

AzureArmReply AzureArmState::patch(const QString& typeLower, QJsonObject r, const QJsonObject& body)
{
    if (body.contains(QStringLiteral("tags")))
        r.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    if (typeLower == QLatin1String("microsoft.compute/disks") && objectAt(body, "properties").contains(QStringLiteral("diskSizeGB"))) {
        QJsonObject props = objectAt(r, "properties");
        const int size = objectAt(body, "properties").value(QStringLiteral("diskSizeGB")).toInt();
        const int before = props.value(QStringLiteral("diskSizeGB")).toInt();
        if (size < before)
            return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
                QStringLiteral("Disk size reduction is not supported. Current size is %1 GB and requested size is %2 GB.").arg(before).arg(size));
        props.insert(QStringLiteral("diskSizeGB"), size);
        props.insert(QStringLiteral("diskSizeBytes"), double(size) * 1024 * 1024 * 1024);
        r.insert(QStringLiteral("properties"), props);
    }
    m_resources.insert(textAt(r, "id").toLower(), r);
    return AzureArmReply::json(200, r);
}

QJsonObject AzureArmState::instanceView(const QJsonObject& vm) const
{
    const QJsonObject props = objectAt(vm, "properties");
    const QString provisioning = textAt(props, "provisioningState");
    const QString power = m_power.value(textAt(vm, "id").toLower(), QStringLiteral("unknown"));
    QJsonArray statuses { QJsonObject { { QStringLiteral("code"), QString(QStringLiteral("ProvisioningState/") + provisioning.toLower()) },
        { QStringLiteral("level"), same(provisioning, QStringLiteral("Failed")) ? QStringLiteral("Error") : QStringLiteral("Info") },
        { QStringLiteral("displayStatus"), QString(QStringLiteral("Provisioning ") + provisioning.toLower()) },
        { QStringLiteral("time"), now() } } };
    statuses.append(QJsonObject { { QStringLiteral("code"), QString(QStringLiteral("PowerState/") + power) },
        { QStringLiteral("level"), QStringLiteral("Info") }, { QStringLiteral("displayStatus"), QString(QStringLiteral("VM ") + power) } });
    if (m_generalized.contains(textAt(vm, "id").toLower()))
        statuses.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("OSState/generalized") },
            { QStringLiteral("level"), QStringLiteral("Info") }, { QStringLiteral("displayStatus"), QStringLiteral("VM generalized") } });
    QJsonArray disks;
    disks.append(QJsonObject { { QStringLiteral("name"), textAt(objectAt(objectAt(props, "storageProfile"), "osDisk"), "name") } });
    return { { QStringLiteral("computerName"), textAt(objectAt(props, "osProfile"), "computerName") },
        { QStringLiteral("osName"), QStringLiteral("ubuntu") }, { QStringLiteral("osVersion"), QStringLiteral("22.04") },
        { QStringLiteral("hyperVGeneration"), QStringLiteral("V2") }, { QStringLiteral("disks"), disks },
        { QStringLiteral("statuses"), statuses } };
}

void AzureArmState::deleteVmNow(const QString& vmIdLower)
{
    const QJsonObject vm = m_resources.value(vmIdLower);
    const QJsonObject props = objectAt(vm, "properties");
    for (const QJsonValue& v : objectAt(props, "networkProfile").value(QStringLiteral("networkInterfaces")).toArray()) {
        const QString nicId = textAt(v.toObject(), "id");
        QJsonObject nic = resource(nicId);
        if (nic.isEmpty())
            continue;
        if (same(textAt(objectAt(v.toObject(), "properties"), "deleteOption"), QStringLiteral("Delete"))) {
            for (const QJsonValue& c : objectAt(nic, "properties").value(QStringLiteral("ipConfigurations")).toArray()) {
                const QJsonObject pip = objectAt(objectAt(c.toObject(), "properties"), "publicIPAddress");
                if (same(textAt(objectAt(pip, "properties"), "deleteOption"), QStringLiteral("Delete")))
                    m_resources.remove(textAt(pip, "id").toLower());
            }
            m_resources.remove(nicId.toLower());
        } else {
            QJsonObject np = objectAt(nic, "properties");
            np.remove(QStringLiteral("virtualMachine"));
            nic.insert(QStringLiteral("properties"), np);
            m_resources.insert(nicId.toLower(), nic);
        }
    }
    const QJsonObject storage = objectAt(props, "storageProfile");
    QJsonArray disks = storage.value(QStringLiteral("dataDisks")).toArray();
    disks.append(objectAt(storage, "osDisk"));
    for (const QJsonValue& v : disks) {
        const QString diskId = textAt(objectAt(v.toObject(), "managedDisk"), "id");
        if (same(textAt(v.toObject(), "deleteOption"), QStringLiteral("Delete")))
            m_resources.remove(diskId.toLower());
        else
            setDiskOwner(diskId, QString());
    }
    m_resources.remove(vmIdLower);
    m_power.remove(vmIdLower);
    m_generalized.remove(vmIdLower);
}

} // namespace Barista
