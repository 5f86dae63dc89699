// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>

namespace Barista {

/// A cloud whose clusters take their time, as EKS's do: create() of a new cluster stores it
/// Creating and answers with the requested node groups in extra "pendingNodeGroups"; the same
/// create again (same idempotency token) makes the missing node groups only once the cluster
/// is Active, and answers without pendingNodeGroups; a create with another token of a name
/// in use is a Conflict. The cluster becomes Active after activeAfterGets gets, or by hand.
/// Only clusters; every call answers at once on the calling thread.
class StagedClusterCloud final : public CloudProvider
{
public:
    explicit StagedClusterCloud(const ConnectionConfig& connection);

    ConnectionConfig connection() const override;
    ProviderCapabilities capabilities() const override;
    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override;
    QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) override;
    QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) override;
    QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) override;
    QFuture<Result<Resource>> control(ResourceKind kind, const Iid& iid, ControlAction action,
                                      const MutationContext& context) override;
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) override;

    /// A new cluster turns Active on this many-th get of it (0 = never by itself).
    void setActiveAfterGets(int gets);
    void setStatus(const QString& cluster, ClusterStatus status);
    /// Runs at the start of every create(), with the context it came with.
    void setOnCreate(std::function<void(const MutationContext&)> hook);
    /// Fails the next get with this error.
    void failNextGet(const CloudError& error);

    std::optional<ClusterInfo> cluster(const QString& name) const;
    int clusterCount() const;
    int createCount() const;
    int getCount() const;
    QStringList createTokens() const; ///< in call order

private:
    struct Stored
    {
        ClusterInfo info;
        QString token;
        int gets = 0;
    };
    Resource answer(const Stored& stored, const ClusterInfo& request) const;

    ConnectionConfig m_connection;
    QHash<QString, Stored> m_clusters;
    int m_activeAfterGets = 0;
    std::function<void(const MutationContext&)> m_onCreate;
    std::optional<CloudError> m_failNextGet;
    int m_creates = 0;
    int m_gets = 0;
    QStringList m_tokens;
};

} // namespace Barista
