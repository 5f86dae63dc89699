// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace Barista {

/// An in-memory cloud for tests. Stores Resource values of any kind keyed by kind and nameId,
/// assigns systemIds, applies MutationContext tags, deduplicates creates by idempotency token,
/// counts calls per operation and can fail scripted calls.
///
/// By default every call answers at once (a finished future). Two ways to keep calls in flight:
/// setLatencyMs() answers after a timer on this object's thread; setHoldCalls(true) keeps
/// them until release() — the effect on the stored resources happens when a call is
/// released, as a cloud acts when it answers. A held call whose future is canceled finishes
/// at once without a result (see setFinishOnCancel).
///
/// Thread-safe to call from any thread; latency timers and held calls need this object's
/// thread to run an event loop.
class FakeCloudProvider final : public QObject, public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCloudProvider)

public:
    explicit FakeCloudProvider(const ConnectionConfig& connection, QObject* parent = nullptr);
    ~FakeCloudProvider() override;

    // --- CloudProvider
    ConnectionConfig connection() const override;
    ProviderCapabilities capabilities() const override;
    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override;
    QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) override;
    QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) override;
    QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) override;
    QFuture<Result<Resource>> control(
        ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context) override;
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) override;

    // --- Set-up
    void setConnection(const ConnectionConfig& connection);
    /// Every kind with every operation unless set.
    void setCapabilities(const ProviderCapabilities& capabilities);
    /// Stores a resource as if it existed in the cloud (a systemId is assigned when empty).
    /// Replaces one of the same kind and nameId. Returns the stored value.
    Resource addResource(const Resource& resource);
    /// Removes a resource without a call; false when unknown.
    bool removeResource(ResourceKind kind, const QString& id);
    /// 0 = all items on one page.
    void setPageSize(int pageSize);
    /// Fails the next `count` calls of `op` (of `kind` only, when given) with `error`.
    /// Scripts queue up: a later one applies after the earlier is used up.
    void failNext(Operation op, int count, const CloudError& error, std::optional<ResourceKind> kind = std::nullopt);
    /// Answers to anyCall(); without one, anyCall fails as Unsupported.
    void setAnyCallHandler(std::function<Result<AnyCallResponse>(const AnyCallRequest&)> handler);

    // --- In-flight simulation
    void setLatencyMs(int ms);
    void setHoldCalls(bool hold);
    /// Completes up to `count` held calls in the order they were made (-1 = all). Returns how
    /// many were completed.
    int release(int count = -1);
    int heldCount() const;
    /// When true (default), canceling a held call's future finishes it without a result, as a
    /// provider that honours cancellation does. When false it stays held until release().
    void setFinishOnCancel(bool finish);

    // --- Inspection
    QList<Resource> resources(ResourceKind kind) const;
    std::optional<Resource> resource(ResourceKind kind, const QString& id) const;
    int callCount(Operation op) const;
    int callCount(Operation op, ResourceKind kind) const;
    int anyCallCount() const;
    int totalCallCount() const;
    /// The contexts of mutating calls, in order.
    QList<MutationContext> mutationContexts() const;
    /// "suspend vm web-1", "create vpc net-1", ... one line per mutating call, in order.
    QStringList mutationLog() const;
    void resetCounters();

private:
    struct FailScript
    {
        Operation op;
        std::optional<ResourceKind> kind;
        int remaining;
        CloudError error;
    };
    struct Held;

    template <typename T> QFuture<Result<T>> respond(std::function<Result<T>()> work);
    std::optional<CloudError> takeFailure(Operation op, std::optional<ResourceKind> kind);
    void count(Operation op, std::optional<ResourceKind> kind);

    // The following run with m_mutex held.
    Result<ResourcePage> doList(ResourceKind kind, const ListRequest& request) const;
    Result<Resource> doCreate(const Resource& request, const MutationContext& context);
    Result<Done> doRemove(ResourceKind kind, const Iid& iid);
    Result<Resource> doControl(ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context);
    int findIndex(ResourceKind kind, const QString& id) const;
    Resource prepareStored(Resource resource);

    mutable QMutex m_mutex;
    ConnectionConfig m_connection;
    std::optional<ProviderCapabilities> m_capabilities;
    QMap<ResourceKind, QList<Resource>> m_resources;
    QHash<QString, std::pair<ResourceKind, QString>> m_byToken; ///< token -> kind, nameId
    QList<FailScript> m_failures;
    QMap<int, int> m_calls; ///< by Operation
    QMap<std::pair<int, int>, int> m_callsByKind; ///< by (Operation, ResourceKind)
    int m_anyCalls = 0;
    QList<MutationContext> m_contexts;
    QStringList m_log;
    std::function<Result<AnyCallResponse>(const AnyCallRequest&)> m_anyCallHandler;
    int m_pageSize = 0;
    int m_latencyMs = 0;
    bool m_hold = false;
    bool m_finishOnCancel = true;
    quint64 m_nextSystemId = 1;
    QList<std::shared_ptr<Held>> m_held;
};

} // namespace Barista
