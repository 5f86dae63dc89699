// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackSession.h"

namespace Barista {

/// Routes the generic CloudProvider calls to the service that owns each resource kind
/// (Nova, Neutron, Cinder, Glance, Keystone, Octavia, Magnum), on the calling worker thread.
class OpenStackDispatch final
{
public:
    OpenStackDispatch(OpenStackSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(ResourceKind kind, const ListRequest& request);
    Result<Resource> get(ResourceKind kind, const QString& id);
    Result<Resource> create(const Resource& request, const MutationContext& context);
    Result<Done> remove(ResourceKind kind, const Iid& iid);
    Result<Resource> control(ResourceKind kind, const Iid& iid, ControlAction action);
    Result<AnyCallResponse> anyCall(const AnyCallRequest& request);

    static QStringList anyCallFunctionIds();

private:
    /// Why a kind is not offered: Octavia/Magnum missing from the catalog, or not done by us.
    CloudError unsupported(ResourceKind kind);

    OpenStackSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
