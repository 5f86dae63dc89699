// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"

#include <memory>

namespace Barista {

class SimCloud;
class SimSession;

/// The simulated cloud behind one connection (driver "sim"): real region, zone and spec
/// names, provider-flavoured errors, latencies, quotas, throttling and injected faults, and
/// state kept in the SimCloud's own file so that every process sees the same cloud.
///
/// A connection naming an unknown provider, region or zone is accepted here but answers every
/// call with InvalidRequest ("InvalidRegion" / "InvalidZone.NotFound"); the factory refuses
/// such a connection up front.
class SimProvider final : public CloudProvider
{
public:
    SimProvider(std::shared_ptr<SimCloud> cloud, const ConnectionConfig& connection);
    ~SimProvider() override;

    /// Empty when the sim can serve the connection; else why not (the provider's message).
    static QString connectionError(const ConnectionConfig& connection);

    std::shared_ptr<SimCloud> cloud() const { return m_cloud; }

    ConnectionConfig connection() const override { return m_connection; }
    ProviderCapabilities capabilities() const override;

    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override;
    QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) override;
    QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) override;
    QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) override;
    QFuture<Result<Resource>> control(
        ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context) override;
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) override;

private:
    std::shared_ptr<SimCloud> m_cloud;
    ConnectionConfig m_connection;
    std::shared_ptr<SimSession> m_session;
};

} // namespace Barista
