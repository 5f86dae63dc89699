// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StagedClusterCloud.h"

#include <QJsonArray>

namespace Barista {

namespace {
template<typename T>
QFuture<Result<T>> ready(const Result<T>& result)
{
    return QtFuture::makeReadyFuture(result);
}

CloudError unsupported()
{
    return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"),
                            QStringLiteral("this fake knows clusters only"));
}
} // namespace

StagedClusterCloud::StagedClusterCloud(const ConnectionConfig& connection)
    : m_connection(connection)
{
}

ConnectionConfig StagedClusterCloud::connection() const
{
    return m_connection;
}

ProviderCapabilities StagedClusterCloud::capabilities() const
{
    ProviderCapabilities caps;
    caps.operations.insert(ResourceKind::Cluster,
                           {Operation::List, Operation::Get, Operation::Create, Operation::Delete});
    return caps;
}

QFuture<Result<ResourcePage>> StagedClusterCloud::list(ResourceKind kind, const ListRequest& request)
{
    Q_UNUSED(request)
    if (kind != ResourceKind::Cluster)
        return ready(Result<ResourcePage>(unsupported()));
    ResourcePage page;
    for (const Stored& s : std::as_const(m_clusters))
        page.items.append(s.info);
    return ready(Result<ResourcePage>(page));
}

QFuture<Result<Resource>> StagedClusterCloud::get(ResourceKind kind, const QString& id)
{
    if (kind != ResourceKind::Cluster)
        return ready(Result<Resource>(unsupported()));
    ++m_gets;
    if (m_failNextGet)
        return ready(Result<Resource>(*std::exchange(m_failNextGet, std::nullopt)));
    auto it = m_clusters.find(id);
    if (it == m_clusters.end())
        return ready(Result<Resource>(CloudError::make(CloudError::Kind::NotFound,
            QStringLiteral("ResourceNotFoundException"), QStringLiteral("No cluster found for name: %1.").arg(id))));
    ++it->gets;
    if (m_activeAfterGets > 0 && it->gets >= m_activeAfterGets && it->info.status == ClusterStatus::Creating)
        it->info.status = ClusterStatus::Active;
    return ready(Result<Resource>(Resource(it->info)));
}

Resource StagedClusterCloud::answer(const Stored& stored, const ClusterInfo& request) const
{
    ClusterInfo out = stored.info;
    QJsonArray pending;
    for (const NodeGroupInfo& group : request.nodeGroups) {
        bool made = false;
        for (const NodeGroupInfo& existing : std::as_const(out.nodeGroups))
            made = made || existing.iid.nameId == group.iid.nameId;
        if (!made)
            pending.append(group.toJson());
    }
    if (!pending.isEmpty())
        out.extra.insert(QStringLiteral("pendingNodeGroups"), pending);
    return out;
}

QFuture<Result<Resource>> StagedClusterCloud::create(const Resource& request, const MutationContext& context)
{
    ++m_creates;
    m_tokens.append(context.idempotencyToken);
    if (m_onCreate)
        m_onCreate(context);
    const ClusterInfo* wanted = request.as<ClusterInfo>();
    if (!wanted)
        return ready(Result<Resource>(unsupported()));
    const QString name = wanted->iid.nameId;
    auto it = m_clusters.find(name);
    if (it == m_clusters.end()) {
        Stored s;
        s.info = *wanted;
        s.info.nodeGroups.clear();
        s.info.iid.systemId = QStringLiteral("arn:fake:cluster/") + name;
        s.info.status = ClusterStatus::Creating;
        for (auto tag = context.tags.cbegin(); tag != context.tags.cend(); ++tag)
            s.info.tags.insert(tag.key(), tag.value());
        s.token = context.idempotencyToken;
        it = m_clusters.insert(name, s);
        return ready(Result<Resource>(answer(*it, *wanted)));
    }
    if (it->token.isEmpty() || it->token != context.idempotencyToken)
        return ready(Result<Resource>(CloudError::make(CloudError::Kind::Conflict, QStringLiteral("ResourceInUseException"),
            QStringLiteral("Cluster already exists with name: %1").arg(name))));
    if (it->info.status == ClusterStatus::Active) {
        const Resource before = answer(*it, *wanted);
        for (const QJsonValue& group : before.as<ClusterInfo>()->extra.value(QStringLiteral("pendingNodeGroups")).toArray())
            it->info.nodeGroups.append(NodeGroupInfo::fromJson(group.toObject()));
    }
    return ready(Result<Resource>(answer(*it, *wanted)));
}

QFuture<Result<Done>> StagedClusterCloud::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context)
    if (kind != ResourceKind::Cluster)
        return ready(Result<Done>(unsupported()));
    if (m_clusters.remove(iid.nameId) == 0)
        return ready(Result<Done>(CloudError::make(CloudError::Kind::NotFound, QStringLiteral("ResourceNotFoundException"),
                                                   QStringLiteral("No cluster found for name: %1.").arg(iid.nameId))));
    return ready(Result<Done>(Done {}));
}

QFuture<Result<Resource>> StagedClusterCloud::control(ResourceKind kind, const Iid& iid, ControlAction action,
                                                      const MutationContext& context)
{
    Q_UNUSED(kind)
    Q_UNUSED(iid)
    Q_UNUSED(action)
    Q_UNUSED(context)
    return ready(Result<Resource>(unsupported()));
}

QFuture<Result<AnyCallResponse>> StagedClusterCloud::anyCall(const AnyCallRequest& request)
{
    Q_UNUSED(request)
    return ready(Result<AnyCallResponse>(unsupported()));
}

void StagedClusterCloud::setActiveAfterGets(int gets)
{
    m_activeAfterGets = gets;
}

void StagedClusterCloud::setStatus(const QString& cluster, ClusterStatus status)
{
    if (auto it = m_clusters.find(cluster); it != m_clusters.end())
        it->info.status = status;
}

void StagedClusterCloud::setOnCreate(std::function<void(const MutationContext&)> hook)
{
    m_onCreate = std::move(hook);
}

void StagedClusterCloud::failNextGet(const CloudError& error)
{
    m_failNextGet = error;
}

std::optional<ClusterInfo> StagedClusterCloud::cluster(const QString& name) const
{
    const auto it = m_clusters.constFind(name);
    if (it == m_clusters.cend())
        return std::nullopt;
    return it->info;
}

int StagedClusterCloud::clusterCount() const
{
    return int(m_clusters.size());
}

int StagedClusterCloud::createCount() const
{
    return m_creates;
}

int StagedClusterCloud::getCount() const
{
    return m_gets;
}

QStringList StagedClusterCloud::createTokens() const
{
    return m_tokens;
}

} // namespace Barista
