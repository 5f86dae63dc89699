// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimProvider.h"

#include "providers/sim/SimCloud.h"
#include "providers/sim/SimSession.h"

namespace Barista {

SimProvider::SimProvider(std::shared_ptr<SimCloud> cloud, const ConnectionConfig& connection)
    : m_cloud(std::move(cloud))
    , m_connection(connection)
    , m_session(std::make_shared<SimSession>(m_cloud.get(), connection))
{
}

// Calls still in flight keep the session alive on the host thread; the cloud outlives them.
SimProvider::~SimProvider() = default;

QString SimProvider::connectionError(const ConnectionConfig& connection)
{
    SimContext context;
    const std::optional<CloudError> error = SimSession::validate(connection, &context);
    return error ? error->message : QString();
}

ProviderCapabilities SimProvider::capabilities() const
{
    ProviderCapabilities caps;
    const QSet<Operation> crud { Operation::List, Operation::Get, Operation::Create, Operation::Delete };
    caps.operations.insert(ResourceKind::Region, { Operation::List, Operation::Get });
    for (ResourceKind kind : { ResourceKind::Spec, ResourceKind::Image, ResourceKind::Price })
        caps.operations.insert(kind, { Operation::List });
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair,
             ResourceKind::Disk, ResourceKind::MyImage, ResourceKind::Nlb, ResourceKind::Cluster })
        caps.operations.insert(kind, crud);
    caps.operations.insert(ResourceKind::Vm, crud + QSet<Operation> { Operation::Control });
    caps.anyCallFunctions = SimOperations::anyCallFunctions();
    return caps;
}

QFuture<Result<ResourcePage>> SimProvider::list(ResourceKind kind, const ListRequest& request)
{
    return m_session->submit<ResourcePage>(SimOp::List, false, SimOperations::needsStore(kind),
        [kind, request](SimOperations& ops) { return ops.list(kind, request); });
}

QFuture<Result<Resource>> SimProvider::get(ResourceKind kind, const QString& id)
{
    return m_session->submit<Resource>(SimOp::Get, false, SimOperations::needsStore(kind),
        [kind, id](SimOperations& ops) { return ops.get(kind, id); });
}

QFuture<Result<Resource>> SimProvider::create(const Resource& request, const MutationContext& context)
{
    return m_session->submit<Resource>(
        SimOp::Create, true, true, [request, context](SimOperations& ops) { return ops.create(request, context); });
}

QFuture<Result<Done>> SimProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context) // deletes are idempotent by nature: a second one finds nothing or a Terminated VM
    return m_session->submit<Done>(
        SimOp::Delete, true, true, [kind, iid](SimOperations& ops) { return ops.remove(kind, iid); });
}

QFuture<Result<Resource>> SimProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    Q_UNUSED(context)
    return m_session->submit<Resource>(
        SimOp::Control, true, true, [kind, iid, action](SimOperations& ops) { return ops.control(kind, iid, action); });
}

QFuture<Result<AnyCallResponse>> SimProvider::anyCall(const AnyCallRequest& request)
{
    return m_session->submit<AnyCallResponse>(
        SimOp::AnyCall, false, true, [request](SimOperations& ops) { return ops.anyCall(request); });
}

} // namespace Barista
