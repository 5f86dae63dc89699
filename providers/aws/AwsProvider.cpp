// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsProvider.h"

#include "providers/aws/AwsDispatch.h"
#include "providers/aws/AwsErrorParser.h"
#include "providers/aws/AwsSession.h"
#include "providers/common/ConnectionHttpSettings.h"
#include "providers/common/ProviderHost.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <optional>

namespace Barista {

/// What the workers share: the credentials' loader and, once read, the keys. Held by the jobs
/// too, so a call in flight never outlives it.
struct AwsProvider::State
{
    ConnectionConfig connection;
    AwsCredentialSource::Loader loader;
    Options options;
    std::shared_ptr<LogRedactor> redactor;
    QMutex mutex;
    std::optional<AwsCredentials> credentials;
    QString settingsError; ///< a CA bundle that cannot be read: every call fails with it

    Result<AwsCredentials> keys()
    {
        QMutexLocker lock(&mutex);
        if (credentials)
            return *credentials;
        const Result<AwsCredentials> loaded = loader();
        if (!loaded.ok())
            return loaded.error(); // not kept: a fixed secret works on the next call
        // Registered before first use, so no log line can ever carry them.
        redactor->addSecret(loaded.value().secretAccessKey);
        redactor->addSecret(loaded.value().sessionToken);
        credentials = loaded.value();
        return loaded;
    }

    /// After an Auth error the keys are read again on the next call (the user may fix them).
    void forget()
    {
        QMutexLocker lock(&mutex);
        credentials.reset();
    }
};

AwsProvider::AwsProvider(const ConnectionConfig& connection, AwsCredentialSource::Loader credentials)
    : AwsProvider(connection, std::move(credentials), Options {})
{
}

AwsProvider::AwsProvider(
    const ConnectionConfig& connection, AwsCredentialSource::Loader credentials, const Options& options)
    : m_connection(connection)
    , m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->loader = std::move(credentials);
    m_state->options = options;
    const HttpSettings settings
        = ConnectionHttpSettings::make(connection, options.timeoutMs, &AwsErrorParser::parse, &m_state->settingsError);
    m_state->redactor = settings.redactor;
    m_host = std::make_unique<ProviderHost>(QStringLiteral("aws-") + connection.name, settings, options.maxWorkers);
}

// The host goes first: it lets the queued calls finish (they hold the state themselves).
AwsProvider::~AwsProvider()
{
    m_host.reset();
}

QString AwsProvider::connectionError(const ConnectionConfig& connection)
{
    if (connection.provider != QLatin1String("aws"))
        return QCoreApplication::translate("AwsProvider", "The provider is \"%1\", not aws.").arg(connection.provider);
    if (connection.region.isEmpty())
        return QCoreApplication::translate("AwsProvider", "An AWS connection needs a region (e.g. ap-northeast-2).");
    if (connection.credentialRef.isEmpty())
        return QCoreApplication::translate("AwsProvider",
            "An AWS connection needs a credential: a secret store key, or \"%1\" for the AWS_* variables.")
            .arg(AwsCredentialSource::environmentRef());
    const QUrl endpoint = connection.endpointOverride;
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return QCoreApplication::translate("AwsProvider", "The endpoint override \"%1\" is not a URL.")
            .arg(endpoint.toString());
    return QString();
}

QStringList AwsProvider::anyCallFunctionIds()
{
    return AwsDispatch::anyCallFunctionIds();
}

ProviderCapabilities AwsProvider::capabilities() const
{
    ProviderCapabilities caps;
    const QSet<Operation> read { Operation::List, Operation::Get };
    const QSet<Operation> crud { Operation::List, Operation::Get, Operation::Create, Operation::Delete };
    for (ResourceKind kind : { ResourceKind::Region, ResourceKind::Spec, ResourceKind::Image })
        caps.operations.insert(kind, read);
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair,
             ResourceKind::Disk, ResourceKind::MyImage, ResourceKind::Nlb, ResourceKind::Cluster })
        caps.operations.insert(kind, crud);
    caps.operations.insert(ResourceKind::Vm, crud + QSet<Operation> { Operation::Control });
    caps.operations.insert(ResourceKind::Price, { Operation::List }); // the Price List Query API
    // Nlb is ELBv2, Cluster is EKS (AwsKubernetes: node groups on a repeated create).
    caps.anyCallFunctions = anyCallFunctionIds();
    return caps;
}

template <typename T>
QFuture<Result<T>> AwsProvider::run(std::function<Result<T>(AwsSession&, const ConnectionConfig&)> fn)
{
    return m_host->run<T>([state = m_state, fn = std::move(fn)](
                              HttpClient& http, const ProviderHost::CancelCheck& canceled) -> Result<T> {
        if (!state->settingsError.isEmpty())
            return CloudError::make(
                CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCaBundle"), state->settingsError);
        const Result<AwsCredentials> keys = state->keys();
        if (!keys.ok())
            return keys.error();
        AwsSessionConfig config;
        config.credentials = keys.value();
        config.region = state->connection.region;
        config.endpointOverride = state->connection.endpointOverride;
        config.now = state->options.now;
        config.pollIntervalMs = state->options.pollIntervalMs;
        AwsSession session(http, config, canceled);
        Result<T> result = fn(session, state->connection);
        if (!result.ok() && result.error().kind == CloudError::Kind::Auth)
            state->forget();
        return result;
    });
}

QFuture<Result<ResourcePage>> AwsProvider::list(ResourceKind kind, const ListRequest& request)
{
    return run<ResourcePage>([kind, request](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).list(kind, request);
    });
}

QFuture<Result<Resource>> AwsProvider::get(ResourceKind kind, const QString& id)
{
    return run<Resource>([kind, id](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).get(kind, id);
    });
}

QFuture<Result<Resource>> AwsProvider::create(const Resource& request, const MutationContext& context)
{
    return run<Resource>([request, context](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).create(request, context);
    });
}

QFuture<Result<Done>> AwsProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context) // EC2's deletes take no token; a second one answers NotFound
    return run<Done>([kind, iid](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).remove(kind, iid);
    });
}

QFuture<Result<Resource>> AwsProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    Q_UNUSED(context) // Start/Stop/Reboot/Terminate are idempotent in EC2
    return run<Resource>([kind, iid, action](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).control(kind, iid, action);
    });
}

QFuture<Result<AnyCallResponse>> AwsProvider::anyCall(const AnyCallRequest& request)
{
    return run<AnyCallResponse>([request](AwsSession& session, const ConnectionConfig& connection) {
        return AwsDispatch(session, connection).anyCall(request);
    });
}

} // namespace Barista
