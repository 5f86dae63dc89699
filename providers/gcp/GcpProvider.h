// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Clock.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/gcp/GcpServiceAccount.h"

#include <QDateTime>
#include <QUrl>
#include <functional>
#include <memory>

namespace Barista {

class GcpSession;
class ProviderHost;

/// The native GCP adapter (driver "native", provider "gcp"): the Compute Engine REST API v1 with
/// a service-account OAuth token (GcpAuth). Calls run on the provider's own worker threads
/// (ProviderHost). The project is the key file's project_id; the zone is the connection's, or
/// "<region>-a".
///
/// Endpoints: https://compute.googleapis.com/compute/v1/, the Cloud Billing Catalog API at
/// https://cloudbilling.googleapis.com/v1/ (prices, GcpPricing), the Kubernetes Engine API at
/// https://container.googleapis.com/v1/ (clusters, GcpKubernetes) and the key file's token_uri.
/// With an endpoint override B (a test server, a private gateway) all are served under it:
///   token:   POST B/token
///   API:     B/compute/v1/projects/{project}/...
///   prices:  GET  B/cloudbilling/v1/services/{serviceId}/skus
///   GKE:     B/container/v1/projects/{project}/locations/{location}/clusters[/{name}],
///            GET B/container/v1/projects/{project}/locations/{location}/operations/{op}
/// (plain http only on loopback or when the user confirmed it, as HttpClient enforces). The
/// assertion's aud stays the key file's token_uri, as Google's libraries send it.
///
/// Mapping decisions are in GcpMapper (names as ids, labels/description for tags), GcpNetwork
/// (security group = firewall rules bound by a target tag), GcpCompute (key pairs in project
/// metadata, Suspend = stop) and GcpStorage. Every mutation waits for its Operation to be DONE.
/// Errors keep Google's reason and message; the adapter never retries (the job queue does, on
/// Throttled and Transient). MyImage = machine images (GcpMachineImages); NLB = target pool +
/// forwarding rule (GcpLoadBalancing). GKE is Unsupported for now.
class GcpProvider final : public CloudProvider
{
public:
    struct Options
    {
        Clock* clock = nullptr; ///< token expiry; null = the system clock
        std::function<QDateTime()> now; ///< wall clock for the assertion's iat; null = the system's
        int maxWorkers = 4;
        int timeoutMs = 60000;
        int pollIntervalMs = 2000; ///< between Operation polls
    };

    GcpProvider(const ConnectionConfig& connection, GcpServiceAccount::Loader credentials, const Options& options);
    GcpProvider(const ConnectionConfig& connection, GcpServiceAccount::Loader credentials);
    ~GcpProvider() override;

    static QString connectionError(const ConnectionConfig& connection);
    static QStringList anyCallFunctionIds();
    static QUrl defaultApiBase() { return QUrl(QStringLiteral("https://compute.googleapis.com/compute/v1/")); }
    static QUrl defaultBillingBase() { return QUrl(QStringLiteral("https://cloudbilling.googleapis.com/v1/")); }
    static QUrl defaultContainerBase() { return QUrl(QStringLiteral("https://container.googleapis.com/v1/")); }
    /// The zone calls use: the connection's, else "<region>-a".
    static QString zoneOf(const ConnectionConfig& connection);
    /// How many access tokens this connection obtained so far (tests).
    int tokensIssued() const;

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
    struct State;
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(GcpSession&, const ConnectionConfig&)> fn);

    ConnectionConfig m_connection;
    std::shared_ptr<State> m_state;
    std::unique_ptr<ProviderHost> m_host;
};

} // namespace Barista
