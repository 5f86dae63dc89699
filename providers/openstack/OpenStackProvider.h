// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/openstack/OpenStackCredentialSource.h"

#include <functional>
#include <memory>

namespace Barista {

class OpenStackSession;
class ProviderHost;

/// The native OpenStack adapter (driver "native", provider "openstack"): Keystone v3, Nova,
/// Neutron, Glance and Cinder over their REST APIs. Calls run on the provider's own worker
/// threads (ProviderHost), each with its own QNetworkAccessManager; the Keystone token is
/// shared by them and renewed before it expires.
///
/// Mapping decisions: VPC = Neutron network with its subnets; Suspend = os-stop (SHUTOFF,
/// as CB-Spider and the other clouds' "stop"), Resume = os-start (or resume/unpause/unshelve
/// for a VM stopped another way); tags = Nova/Cinder metadata and Neutron "key=value" tags.
/// Disk attach/detach/resize are the anyCall functions AttachDisk, DetachDisk, ResizeDisk.
/// Load balancers (Octavia) and Kubernetes clusters (Magnum) where the catalog lists them,
/// Unsupported with the reason otherwise; prices are Unsupported (OpenStack has no price API).
class OpenStackProvider final : public CloudProvider
{
public:
    struct Options
    {
        Clock* clock = nullptr; ///< token expiry; null = the system clock
        int maxWorkers = 4;     ///< parallel calls of this connection
        int timeoutMs = 60000;  ///< per HTTP request
    };

    OpenStackProvider(const ConnectionConfig& connection, OpenStackCredentialSource::Loader credentials,
                      const Options& options);
    OpenStackProvider(const ConnectionConfig& connection, OpenStackCredentialSource::Loader credentials);
    ~OpenStackProvider() override;

    /// Empty when the connection can be served; else why not.
    static QString connectionError(const ConnectionConfig& connection);
    static QStringList anyCallFunctionIds();

    ConnectionConfig connection() const override { return m_connection; }
    ProviderCapabilities capabilities() const override;

    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override;
    QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) override;
    QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) override;
    QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) override;
    QFuture<Result<Resource>> control(
        ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context) override;
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) override;

    /// How many Keystone tokens this provider obtained (tests).
    int tokensIssued() const;

private:
    struct State;
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(OpenStackSession&, const ConnectionConfig&)> fn);

    ConnectionConfig m_connection;
    std::shared_ptr<State> m_state;
    std::unique_ptr<ProviderHost> m_host;
};

} // namespace Barista
