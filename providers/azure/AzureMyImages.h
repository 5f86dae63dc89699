// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

namespace Barista {

/// MyImage = a Microsoft.Compute/images managed image captured from one of the user's VMs
/// (PUT with properties.sourceVirtualMachine.id, a long-running operation the session waits for).
/// Azure only captures a generalized VM, and generalize needs it stopped: a create therefore
/// deallocates a running VM, generalizes it and then captures it, as CB-Spider's Azure driver does.
/// The source VM cannot be started again afterwards (Azure's rule; the server refuses "start").
/// Status: provisioningState Succeeded = "Available", anything else (Creating, Failed, Deleting) =
/// "Unavailable"; the raw state is kept in extra["provisioningState"].
class AzureMyImages final
{
public:
    explicit AzureMyImages(AzureSession& session);

    Result<ResourcePage> list(const ListRequest& request);
    Result<Resource> get(const QString& id);
    Result<Resource> create(const MyImageInfo& image, const MutationContext& context);
    Result<Done> remove(const Iid& iid);

    static QString imageType() { return QStringLiteral("Microsoft.Compute/images"); }
    static MyImageInfo map(const QJsonObject& image);

private:
    AzureSession& m_session;
};

} // namespace Barista
