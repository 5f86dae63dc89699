// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// Microsoft.Compute key pairs (sshPublicKeys: our public key imported) and virtual machines.
/// A VM is created with a Standard static public IP "<vm>-ip" and a NIC "<vm>-nic" (in the
/// subnet, with the first security group), the key's public key for its admin user
/// ("azureuser" unless the request names one), and deleteOption "Delete" on NIC, public IP and
/// OS disk, so that terminating it leaves nothing behind (the adapter also deletes any of them
/// still there). Suspend = deallocate (compute billing stops; powerOff would keep billing),
/// Resume = start, Reboot = restart, Terminate = delete. Status comes from the instance view.
class AzureCompute final
{
public:
    explicit AzureCompute(AzureSession& session);

    Result<ResourcePage> listKeyPairs(const ListRequest& request);
    Result<Resource> getKeyPair(const QString& id);
    Result<Resource> createKeyPair(const KeyPairInfo& key, const MutationContext& context);
    Result<Done> removeKeyPair(const Iid& iid);

    Result<ResourcePage> listVms(const ListRequest& request);
    Result<Resource> getVm(const QString& id);
    Result<Resource> createVm(const VmInfo& vm, const MutationContext& context);
    Result<Done> removeVm(const Iid& iid);
    Result<Resource> controlVm(const Iid& iid, ControlAction action);

    static QString vmType() { return QStringLiteral("Microsoft.Compute/virtualMachines"); }
    static QString keyType() { return QStringLiteral("Microsoft.Compute/sshPublicKeys"); }

private:
    VmInfo withNetwork(const QJsonObject& vm);
    Result<QString> subnetId(const VmInfo& vm);

    AzureSession& m_session;
};

} // namespace Barista
