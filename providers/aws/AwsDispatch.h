// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

namespace Barista {

/// Routes the generic CloudProvider calls to the part of EC2 that owns each resource kind, on
/// the calling worker thread. The anyCall functions AttachDisk, DetachDisk and ResizeDisk take
/// the same inputs as the other adapters' (DiskCallInput).
class AwsDispatch final
{
public:
    AwsDispatch(AwsSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(ResourceKind kind, const ListRequest& request);
    Result<Resource> get(ResourceKind kind, const QString& id);
    Result<Resource> create(const Resource& request, const MutationContext& context);
    Result<Done> remove(ResourceKind kind, const Iid& iid);
    Result<Resource> control(ResourceKind kind, const Iid& iid, ControlAction action);
    Result<AnyCallResponse> anyCall(const AnyCallRequest& request);

    static QStringList anyCallFunctionIds();
    /// Why an operation is not offered on a kind (Price is listed only; only VMs take control actions).
    static CloudError unsupported(ResourceKind kind);

private:
    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
