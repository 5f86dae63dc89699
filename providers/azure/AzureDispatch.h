// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// Routes the generic CloudProvider calls to the part of ARM that owns each kind, on the calling
/// worker thread. anyCall: AttachDisk, DetachDisk, ResizeDisk (DiskCallInput's inputs).
class AzureDispatch final
{
public:
    explicit AzureDispatch(AzureSession& session);

    Result<ResourcePage> list(ResourceKind kind, const ListRequest& request);
    Result<Resource> get(ResourceKind kind, const QString& id);
    Result<Resource> create(const Resource& request, const MutationContext& context);
    Result<Done> remove(ResourceKind kind, const Iid& iid);
    Result<Resource> control(ResourceKind kind, const Iid& iid, ControlAction action);
    Result<AnyCallResponse> anyCall(const AnyCallRequest& request);

    static QStringList anyCallFunctionIds();
    static CloudError unsupported(ResourceKind kind);

private:
    AzureSession& m_session;
};

} // namespace Barista
