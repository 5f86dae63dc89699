// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsCredentialSource.h"

#include <QDateTime>
#include <functional>
#include <memory>

namespace Barista {

class AwsSession;
class LogRedactor;
class ProviderHost;

/// The native AWS adapter (driver "native", provider "aws"): EC2's Query API (XML) signed with
/// SigV4. Calls run on the provider's own worker threads (ProviderHost), each with its own
/// QNetworkAccessManager, as the OpenStack adapter's do. The endpoint is EC2's regional one or
/// the connection's override (AWS-compatible clouds, test servers: plain http only on loopback
/// or when the user confirmed it, as HttpClient enforces).
///
/// Mapping decisions: nameId = the "Name" tag (a security group's and a key pair's own name);
/// Suspend = StopInstances, Resume = StartInstances; VpcInfo carries its subnets; disk attach,
/// detach and resize are the anyCall functions AttachDisk, DetachDisk and ResizeDisk (as on
/// OpenStack). Errors keep EC2's code and message; the adapter never retries (the job queue
/// does, on Throttled and Transient). Prices come from the Price List Query API (AwsPricing:
/// JSON 1.1 on api.pricing.us-east-1, or the same override). MyImage = the account's own AMIs
/// (AwsMyImages: CreateImage / DescribeImages Owner self / DeregisterImage + DeleteSnapshot); NLB
/// = ELBv2 network load balancer + target group + listener (AwsLoadBalancing, on
/// elasticloadbalancing.<region>, or the same override). Kubernetes (EKS) is Unsupported for now.
class AwsProvider final : public CloudProvider
{
public:
    struct Options
    {
        std::function<QDateTime()> now; ///< wall clock for signatures; null = the system's
        int maxWorkers = 4; ///< parallel calls of this connection
        int timeoutMs = 60000; ///< per HTTP request
        int pollIntervalMs = 2000; ///< while waiting for a volume to be available
    };

    AwsProvider(const ConnectionConfig& connection, AwsCredentialSource::Loader credentials, const Options& options);
    AwsProvider(const ConnectionConfig& connection, AwsCredentialSource::Loader credentials);
    ~AwsProvider() override;

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

private:
    struct State;
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(AwsSession&, const ConnectionConfig&)> fn);

    ConnectionConfig m_connection;
    std::shared_ptr<State> m_state;
    std::unique_ptr<ProviderHost> m_host;
};

} // namespace Barista
