// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/sim/SimContext.h"
#include "providers/sim/SimRow.h"

namespace Barista {

class SimStateStore;

/// The simulated cloud's API semantics, synchronous: what list/get/create/delete/control and
/// the provider functions do to the state, with the provider's error for every refusal.
/// Resource calls run inside one SimStateStore transaction; catalog listings need no store.
class SimOperations
{
public:
    SimOperations(SimStateStore* store, const SimContext& context);

    static bool needsStore(ResourceKind kind) { return !isCatalogKind(kind); }
    static QStringList anyCallFunctions();

    Result<ResourcePage> list(ResourceKind kind, const ListRequest& request);
    Result<Resource> get(ResourceKind kind, const QString& id);
    Result<Resource> create(const Resource& request, const MutationContext& context);
    Result<Done> remove(ResourceKind kind, const Iid& iid);
    Result<Resource> control(ResourceKind kind, const Iid& iid, ControlAction action);
    Result<AnyCallResponse> anyCall(const AnyCallRequest& request);

    /// The digest that decides whether a reused idempotency token carries the same request.
    static QString requestHash(const Resource& request, const MutationContext& context);

private:
    QList<Resource> catalog(ResourceKind kind) const;
    std::optional<SimRow> findRow(ResourceKind kind, const Iid& iid);
    Result<Done> removeGuarded(const SimRow& row, const QList<ResourceKind>& blockingKinds);
    Result<Done> terminate(SimRow row);

    SimStateStore* m_store;
    const SimContext& m_context;
};

} // namespace Barista
