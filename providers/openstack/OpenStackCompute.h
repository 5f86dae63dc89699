// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// Nova's VMs, key pairs and volume attachments. Each method runs on the caller's worker
/// thread through its session.
class OpenStackCompute final
{
public:
    OpenStackCompute(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> listVms(const ListRequest& request);
    Result<Resource> getVm(const QString& id);
    /// Looks for a VM already made with the same idempotency token first (a retried create).
    Result<Resource> createVm(const VmInfo& request, const MutationContext& context);
    Result<Done> removeVm(const Iid& iid);
    /// Suspend = os-stop (SHUTOFF), Resume = os-start / resume / unpause / unshelve depending on
    /// how the VM was stopped, Reboot = soft reboot, Terminate = delete.
    Result<Resource> controlVm(const Iid& iid, ControlAction action);
    Result<QString> resolveVmId(const Iid& iid);

    Result<ResourcePage> listKeyPairs(const ListRequest& request);
    Result<Resource> getKeyPair(const QString& name);
    Result<Resource> createKeyPair(const KeyPairInfo& request);
    Result<Done> removeKeyPair(const Iid& iid);

    Result<Done> attachVolume(const QString& vmId, const QString& volumeId);
    Result<Done> detachVolume(const QString& vmId, const QString& volumeId);

private:
    Result<QString> resolveFlavor(const QString& nameOrId);
    Result<QString> resolveImage(const QString& nameOrId);
    Result<QString> resolveNetwork(const Iid& vpc);
    Result<QJsonArray> serversNamed(const QString& name);
    CloudError notFound(const QString& what, const QString& id) const;

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
