// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// Routes the generic CloudProvider calls to the part of Compute Engine that owns each kind, on
/// the calling worker thread. The anyCall functions AttachDisk, DetachDisk and ResizeDisk take
/// the same inputs as the other adapters' (DiskCallInput).
class GcpDispatch final
{
public:
    GcpDispatch(GcpSession& session, const ConnectionConfig& connection);

    Result<ResourcePage> list(ResourceKind kind, const ListRequest& request);
    Result<Resource> get(ResourceKind kind, const QString& id);
    Result<Resource> create(const Resource& request, const MutationContext& context);
    Result<Done> remove(ResourceKind kind, const Iid& iid, const MutationContext& context);
    Result<Resource> control(ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context);
    Result<AnyCallResponse> anyCall(const AnyCallRequest& request);

    static QStringList anyCallFunctionIds();
    /// Why a kind is not offered (GKE is not done yet; prices are list-only).
    static CloudError unsupported(ResourceKind kind);

private:
    GcpSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
