// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureCredentialSource.h"

#include <functional>
#include <memory>

namespace Barista {

class AzureSession;
class ProviderHost;

/// The native Azure adapter (driver "native", provider "azure"): ARM REST (JSON) with a Bearer
/// token from the Microsoft identity platform's client-credentials grant (AzureAuth, cached and
/// refreshed before expiry). Calls run on the provider's own worker threads (ProviderHost).
///
/// Endpoints: the token endpoint https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token and
/// ARM https://management.azure.com. With ConnectionConfig::endpointOverride = BASE both are
/// served under BASE: BASE/{tenant}/oauth2/v2.0/token and BASE/subscriptions/... (sovereign
/// clouds, test servers; plain http only on loopback or when confirmed, as HttpClient enforces).
///
/// Resource group: the credential's "resourceGroup", else "barista-<region>", created in the
/// connection's region on the first create (tagged barista-managed=true); lists of a group that
/// does not exist are empty. Region = ARM location ("koreacentral"), zone = "1".."3".
/// Mapping: nameId = resource name, systemId = ARM id. VPC = virtual network with subnets, SG =
/// network security group (Allow rules), key pair = sshPublicKeys (our public key imported), VM
/// = NIC + Standard public IP + VM (see AzureCompute), Suspend = deallocate, Resume = start,
/// Reboot = restart, Terminate = delete VM with its NIC, IP and OS disk. Long-running operations
/// are polled (Azure-AsyncOperation, else Location) until they end. Creates carry the caller's
/// tags plus "barista-token" (the idempotency token: a retried create finds its own resource and
/// a different create of the same name is a Conflict). Disk attach/detach/resize are the anyCall
/// functions AttachDisk/DetachDisk/ResizeDisk. Prices (list only) come from the public Retail Prices
/// API https://prices.azure.com/api/retail/prices (BASE/api/retail/prices with an override), called
/// without the ARM token (see AzurePricing). MyImage = Microsoft.Compute/images captured from a
/// generalized VM (see AzureMyImages), NLB = Standard load balancer (see AzureLoadBalancing), Cluster
/// = AKS managed cluster with its node groups as agent pools (see AzureKubernetes).
class AzureProvider final : public CloudProvider
{
public:
    struct Options
    {
        Clock* clock = nullptr; ///< token expiry; null = the system clock
        int maxWorkers = 4;
        int timeoutMs = 60000;
        int pollIntervalMs = 2000; ///< between polls of a long-running operation
        int maxPolls = 900;
    };

    AzureProvider(const ConnectionConfig& connection, AzureCredentialSource::Loader credentials, const Options& options);
    AzureProvider(const ConnectionConfig& connection, AzureCredentialSource::Loader credentials);
    ~AzureProvider() override;

    static QString connectionError(const ConnectionConfig& connection);
    static QStringList anyCallFunctionIds();
    static QString defaultResourceGroup(const QString& region) { return QStringLiteral("barista-") + region; }

    ConnectionConfig connection() const override { return m_connection; }
    ProviderCapabilities capabilities() const override;

    QFuture<Result<ResourcePage>> list(ResourceKind kind, const ListRequest& request) override;
    QFuture<Result<Resource>> get(ResourceKind kind, const QString& id) override;
    QFuture<Result<Resource>> create(const Resource& request, const MutationContext& context) override;
    QFuture<Result<Done>> remove(ResourceKind kind, const Iid& iid, const MutationContext& context) override;
    QFuture<Result<Resource>> control(
        ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context) override;
    QFuture<Result<AnyCallResponse>> anyCall(const AnyCallRequest& request) override;

    /// Tokens issued to this connection so far (tests).
    int tokensIssued() const;

private:
    struct State;
    /// `anonymous`: the call needs no credential (the Retail Prices API), so one that cannot be
    /// read does not stop it.
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(AzureSession&)> fn, bool anonymous = false);

    ConnectionConfig m_connection;
    std::shared_ptr<State> m_state;
    std::unique_ptr<ProviderHost> m_host;
};

} // namespace Barista
