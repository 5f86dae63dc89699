// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureCompute.h"

#include "providers/azure/AzureMapper.h"
#include "providers/azure/AzureNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

const QString kNicType = QStringLiteral("Microsoft.Network/networkInterfaces");
const QString kIpType = QStringLiteral("Microsoft.Network/publicIPAddresses");

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"), message);
}

} // namespace

AzureCompute::AzureCompute(AzureSession& session)
    : m_session(session)
{
}

Result<ResourcePage> AzureCompute::listKeyPairs(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, keyType(), AzureApi::compute(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& key : page.value().items)
        out.items.append(AzureMapper::keyPair(key));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureCompute::getKeyPair(const QString& id)
{
    const Result<QJsonObject> key = m_session.get(m_session.resourcePath(keyType(), id), AzureApi::compute());
    if (!key.ok())
        return key.error();
    return Resource(AzureMapper::keyPair(key.value()));
}

Result<Resource> AzureCompute::createKeyPair(const KeyPairInfo& key, const MutationContext& context)
{
    if (key.publicKey.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("AzureCompute",
            "Azure imports key pairs: the request needs the public key (\"ssh-ed25519 AAAA...\" or \"ssh-rsa AAAA...\")."));
    const QString path = m_session.resourcePath(keyType(), key.iid.nameId);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(path, AzureApi::compute(), context.idempotencyToken);
    if (!free.ok())
        return free.error();
    const QJsonObject body { { QStringLiteral("location"), m_session.config().location },
        { QStringLiteral("tags"), AzureSession::createTags(key.tags, context.tags, context.idempotencyToken) },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("publicKey"), key.publicKey.trimmed() } } } };
    const Result<QJsonObject> made = m_session.put(path, AzureApi::compute(), body);
    if (!made.ok())
        return made.error();
    return Resource(AzureMapper::keyPair(made.value()));
}

Result<Done> AzureCompute::removeKeyPair(const Iid& iid)
{
    return m_session.remove(m_session.resourcePath(keyType(), azureIdOrName(iid)), AzureApi::compute());
}

VmInfo AzureCompute::withNetwork(const QJsonObject& vm)
{
    // The NIC and its public IP hold the addresses, subnet and security group.
    const QJsonArray nics = vm.value(QStringLiteral("properties")).toObject().value(QStringLiteral("networkProfile")).toObject()
                                .value(QStringLiteral("networkInterfaces")).toArray();
    QJsonObject nic;
    QJsonObject ip;
    if (!nics.isEmpty()) {
        const Result<QJsonObject> got = m_session.get(nics.first().toObject().value(QStringLiteral("id")).toString(), AzureApi::network());
        if (got.ok())
            nic = got.value();
        const QJsonArray configs = nic.value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipConfigurations")).toArray();
        const QString ipId = configs.isEmpty() ? QString()
                                               : configs.first().toObject().value(QStringLiteral("properties")).toObject()
                                                     .value(QStringLiteral("publicIPAddress")).toObject().value(QStringLiteral("id")).toString();
        if (!ipId.isEmpty()) {
            const Result<QJsonObject> gotIp = m_session.get(ipId, AzureApi::network());
            if (gotIp.ok())
                ip = gotIp.value();
        }
    }
    return AzureMapper::vm(vm, nic, ip);
}

Result<ResourcePage> AzureCompute::listVms(const ListRequest& request)
{
    const Result<AzurePage> page
        = azureGroupPage(m_session, vmType(), AzureApi::compute(), request, QStringLiteral("?$expand=instanceView"));
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& vm : page.value().items) {
        if (m_session.isCanceled())
            return AzureSession::canceledError();
        out.items.append(withNetwork(vm));
    }
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureCompute::getVm(const QString& id)
{
    const Result<QJsonObject> vm
        = m_session.get(m_session.resourcePath(vmType(), id) + QStringLiteral("?$expand=instanceView"), AzureApi::compute());
    if (!vm.ok())
        return vm.error();
    return Resource(withNetwork(vm.value()));
}

Result<QString> AzureCompute::subnetId(const VmInfo& vm)
{
    if (vm.subnetIid.systemId.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
        return vm.subnetIid.systemId;
    const QString vnet = azureIdOrName(vm.vpcIid);
    if (vnet.isEmpty())
        return invalid(QCoreApplication::translate("AzureCompute", "A VM on Azure needs a VPC (virtual network) and a subnet."));
    const Result<QJsonObject> network = m_session.get(m_session.resourcePath(AzureNetwork::vnetType(), vnet), AzureApi::network());
    if (!network.ok())
        return network.error();
    const QJsonArray subnets
        = network.value().value(QStringLiteral("properties")).toObject().value(QStringLiteral("subnets")).toArray();
    const QString wanted = azureIdOrName(vm.subnetIid);
    for (const QJsonValue& s : subnets) {
        const QJsonObject subnet = s.toObject();
        if (wanted.isEmpty() || subnet.value(QStringLiteral("name")).toString() == wanted
            || subnet.value(QStringLiteral("id")).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return subnet.value(QStringLiteral("id")).toString();
    }
    return CloudError::make(CloudError::Kind::NotFound, QStringLiteral("SubnetNotFound"),
        QCoreApplication::translate("AzureCompute", "The virtual network %1 has no subnet \"%2\".").arg(vnet, wanted));
}

Result<Resource> AzureCompute::createVm(const VmInfo& vm, const MutationContext& context)
{
    const QJsonObject image = AzureMapper::imageReference(vm.imageName);
    if (image.isEmpty())
        return invalid(QCoreApplication::translate("AzureCompute",
            "The image \"%1\" is not an Azure image URN (publisher:offer:sku:version).").arg(vm.imageName));
    if (vm.specName.isEmpty())
        return invalid(QCoreApplication::translate("AzureCompute", "A VM needs a spec (VM size, e.g. Standard_B2s)."));
    if (vm.securityGroupIids.size() > 1)
        return invalid(QCoreApplication::translate("AzureCompute",
            "An Azure network interface takes one network security group; the request names %1.").arg(vm.securityGroupIids.size()));
    if (azureIdOrName(vm.keyPairIid).isEmpty())
        return invalid(QCoreApplication::translate("AzureCompute", "A Linux VM on Azure needs a key pair."));
    const Result<QString> subnet = subnetId(vm);
    if (!subnet.ok())
        return subnet.error();
    const Result<QJsonObject> key = m_session.get(m_session.resourcePath(keyType(), azureIdOrName(vm.keyPairIid)), AzureApi::compute());
    if (!key.ok())
        return key.error();
    const QString name = vm.iid.nameId;
    const QString vmPath = m_session.resourcePath(vmType(), name);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(vmPath, AzureApi::compute(), context.idempotencyToken);
    if (!free.ok())
        return free.error();

    const QString location = m_session.config().location;
    QJsonObject tags = AzureSession::createTags(vm.tags, context.tags, context.idempotencyToken);
    const QJsonArray zones = vm.zone.isEmpty() ? QJsonArray() : QJsonArray { vm.zone };
    QJsonObject ipBody { { QStringLiteral("location"), location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Standard") } } },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static") } } } };
    if (!zones.isEmpty())
        ipBody.insert(QStringLiteral("zones"), zones);
    const Result<QJsonObject> ip = m_session.put(m_session.resourcePath(kIpType, name + QStringLiteral("-ip")), AzureApi::network(), ipBody);
    if (!ip.ok())
        return ip.error();
    QJsonObject nicProps { { QStringLiteral("ipConfigurations"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ipconfig1") },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("subnet"), QJsonObject { { QStringLiteral("id"), subnet.value() } } },
                    { QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Dynamic") },
                    { QStringLiteral("publicIPAddress"),
                        QJsonObject { { QStringLiteral("id"), ip.value().value(QStringLiteral("id")) },
                            { QStringLiteral("properties"), QJsonObject { { QStringLiteral("deleteOption"), QStringLiteral("Delete") } } } } } } } } } } };
    if (!vm.securityGroupIids.isEmpty()) {
        const QString sg = azureIdOrName(vm.securityGroupIids.first());
        nicProps.insert(QStringLiteral("networkSecurityGroup"),
            QJsonObject { { QStringLiteral("id"), m_session.resourcePath(AzureNetwork::nsgType(), sg) } });
    }
    const QString nicPath = m_session.resourcePath(kNicType, name + QStringLiteral("-nic"));
    const Result<QJsonObject> nic = m_session.put(nicPath, AzureApi::network(),
        QJsonObject { { QStringLiteral("location"), location }, { QStringLiteral("tags"), tags }, { QStringLiteral("properties"), nicProps } });
    if (!nic.ok()) {
        m_session.remove(ip.value().value(QStringLiteral("id")).toString(), AzureApi::network());
        return nic.error();
    }

    const QString user = vm.vmUserName.isEmpty() ? QStringLiteral("azureuser") : vm.vmUserName;
    const QString keyId = key.value().value(QStringLiteral("id")).toString();
    tags.insert(QStringLiteral("barista-keypair"), keyId);
    QJsonObject osDisk { { QStringLiteral("createOption"), QStringLiteral("FromImage") },
        { QStringLiteral("deleteOption"), QStringLiteral("Delete") },
        { QStringLiteral("managedDisk"),
            QJsonObject { { QStringLiteral("storageAccountType"), vm.rootDiskType.isEmpty() ? QStringLiteral("Premium_LRS") : vm.rootDiskType } } } };
    if (vm.rootDiskSizeGb > 0)
        osDisk.insert(QStringLiteral("diskSizeGB"), vm.rootDiskSizeGb);
    QJsonObject body { { QStringLiteral("location"), location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("hardwareProfile"), QJsonObject { { QStringLiteral("vmSize"), vm.specName } } },
                { QStringLiteral("storageProfile"), QJsonObject { { QStringLiteral("imageReference"), image }, { QStringLiteral("osDisk"), osDisk } } },
                { QStringLiteral("osProfile"),
                    QJsonObject { { QStringLiteral("computerName"), name }, { QStringLiteral("adminUsername"), user },
                        { QStringLiteral("linuxConfiguration"),
                            QJsonObject { { QStringLiteral("disablePasswordAuthentication"), true },
                                { QStringLiteral("ssh"),
                                    QJsonObject { { QStringLiteral("publicKeys"),
                                        QJsonArray { QJsonObject { { QStringLiteral("path"), QStringLiteral("/home/%1/.ssh/authorized_keys").arg(user) },
                                            { QStringLiteral("keyData"),
                                                key.value().value(QStringLiteral("properties")).toObject().value(QStringLiteral("publicKey")) } } } } } } } } } },
                { QStringLiteral("networkProfile"),
                    QJsonObject { { QStringLiteral("networkInterfaces"),
                        QJsonArray { QJsonObject { { QStringLiteral("id"), nic.value().value(QStringLiteral("id")) },
                            { QStringLiteral("properties"),
                                QJsonObject { { QStringLiteral("primary"), true }, { QStringLiteral("deleteOption"), QStringLiteral("Delete") } } } } } } } } } } };
    if (!zones.isEmpty())
        body.insert(QStringLiteral("zones"), zones);
    const Result<QJsonObject> made = m_session.put(vmPath, AzureApi::compute(), body);
    if (!made.ok()) {
        // A refused VM (quota, size, image) must not leave its NIC and IP behind; a VM that ARM
        // accepted but failed to provision is the user's to see and delete.
        if (made.error().httpStatus >= 400) {
            m_session.remove(nicPath, AzureApi::network());
            m_session.remove(ip.value().value(QStringLiteral("id")).toString(), AzureApi::network());
        }
        return made.error();
    }
    return getVm(name);
}

Result<Done> AzureCompute::removeVm(const Iid& iid)
{
    const QString path = m_session.resourcePath(vmType(), azureIdOrName(iid));
    const Result<QJsonObject> vm = m_session.get(path, AzureApi::compute());
    if (!vm.ok())
        return vm.error().kind == CloudError::Kind::NotFound ? Result<Done>(Done {}) : Result<Done>(vm.error());
    const Result<Done> removed = m_session.remove(path, AzureApi::compute());
    if (!removed.ok())
        return removed;
    // Whatever deleteOption did not take with it (VMs made elsewhere): NIC, its public IP, OS disk.
    const QJsonObject props = vm.value().value(QStringLiteral("properties")).toObject();
    for (const QJsonValue& n : props.value(QStringLiteral("networkProfile")).toObject().value(QStringLiteral("networkInterfaces")).toArray()) {
        const QString nicId = n.toObject().value(QStringLiteral("id")).toString();
        const Result<QJsonObject> nic = m_session.get(nicId, AzureApi::network());
        if (!nic.ok())
            continue;
        const Result<Done> nicGone = m_session.remove(nicId, AzureApi::network());
        if (!nicGone.ok())
            return nicGone;
        for (const QJsonValue& c : nic.value().value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipConfigurations")).toArray()) {
            const QString ipId = c.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("publicIPAddress"))
                                     .toObject().value(QStringLiteral("id")).toString();
            if (!ipId.isEmpty()) {
                const Result<Done> ipGone = m_session.remove(ipId, AzureApi::network());
                if (!ipGone.ok())
                    return ipGone;
            }
        }
    }
    const QString osDisk = props.value(QStringLiteral("storageProfile")).toObject().value(QStringLiteral("osDisk")).toObject()
                               .value(QStringLiteral("managedDisk")).toObject().value(QStringLiteral("id")).toString();
    if (!osDisk.isEmpty())
        return m_session.remove(osDisk, AzureApi::disks());
    return Done {};
}

Result<Resource> AzureCompute::controlVm(const Iid& iid, ControlAction action)
{
    const QString path = m_session.resourcePath(vmType(), azureIdOrName(iid));
    if (action == ControlAction::Terminate) {
        const Result<Done> removed = removeVm(iid);
        if (!removed.ok())
            return removed.error();
        VmInfo gone;
        gone.iid = iid;
        gone.status = VmStatus::Terminated;
        return Resource(gone);
    }
    QString verb;
    switch (action) {
    case ControlAction::Suspend:
        verb = QStringLiteral("deallocate");
        break;
    case ControlAction::Resume:
        verb = QStringLiteral("start");
        break;
    default:
        verb = QStringLiteral("restart");
        break;
    }
    const Result<Done> done = m_session.action(path + QLatin1Char('/') + verb, AzureApi::compute());
    if (!done.ok())
        return done.error();
    return getVm(azureIdOrName(iid));
}

} // namespace Barista
