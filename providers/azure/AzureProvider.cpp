// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureProvider.h"

#include "models/jobs/SystemClock.h"
#include "providers/azure/AzureAuth.h"
#include "providers/azure/AzureDispatch.h"
#include "providers/azure/AzureErrorParser.h"
#include "providers/azure/AzureSession.h"
#include "providers/common/ConnectionHttpSettings.h"
#include "providers/common/ProviderHost.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace Barista {

/// What the workers share: the credential loader, the token cache once the credential is read.
struct AzureProvider::State
{
    ConnectionConfig connection;
    AzureCredentialSource::Loader loader;
    Options options;
    std::unique_ptr<SystemClock> ownClock;
    Clock* clock = nullptr;
    std::shared_ptr<LogRedactor> redactor;
    QMutex mutex;
    std::shared_ptr<AzureAuth> auth;
    AzureCredentials credentials;
    QString settingsError;
    int issuedBefore = 0; ///< tokens of auth objects already dropped

    Result<std::shared_ptr<AzureAuth>> session()
    {
        QMutexLocker lock(&mutex);
        if (auth)
            return auth;
        const Result<AzureCredentials> loaded = loader();
        if (!loaded.ok())
            return loaded.error();
        redactor->addSecret(loaded.value().clientSecret);
        credentials = loaded.value();
        QUrl authority = connection.endpointOverride.isEmpty() ? AzureAuth::defaultAuthority() : connection.endpointOverride;
        auth = std::make_shared<AzureAuth>(credentials, authority, clock);
        return auth;
    }

    /// After an Auth error the credential is read again on the next call.
    void forget()
    {
        QMutexLocker lock(&mutex);
        if (auth)
            issuedBefore += auth->issuedCount();
        auth.reset();
    }
};

AzureProvider::AzureProvider(const ConnectionConfig& connection, AzureCredentialSource::Loader credentials)
    : AzureProvider(connection, std::move(credentials), Options {})
{
}

AzureProvider::AzureProvider(
    const ConnectionConfig& connection, AzureCredentialSource::Loader credentials, const Options& options)
    : m_connection(connection)
    , m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->loader = std::move(credentials);
    m_state->options = options;
    if (options.clock) {
        m_state->clock = options.clock;
    } else {
        m_state->ownClock = std::make_unique<SystemClock>();
        m_state->clock = m_state->ownClock.get();
    }
    const HttpSettings settings
        = ConnectionHttpSettings::make(connection, options.timeoutMs, &AzureErrorParser::parse, &m_state->settingsError);
    m_state->redactor = settings.redactor;
    m_host = std::make_unique<ProviderHost>(QStringLiteral("azure-") + connection.name, settings, options.maxWorkers);
}

AzureProvider::~AzureProvider()
{
    m_host.reset();
}

int AzureProvider::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->issuedBefore + (m_state->auth ? m_state->auth->issuedCount() : 0);
}

QString AzureProvider::connectionError(const ConnectionConfig& connection)
{
    if (connection.provider != QLatin1String("azure"))
        return QCoreApplication::translate("AzureProvider", "The provider is \"%1\", not azure.").arg(connection.provider);
    if (connection.region.isEmpty())
        return QCoreApplication::translate("AzureProvider", "An Azure connection needs a region (a location, e.g. koreacentral).");
    if (connection.credentialRef.isEmpty())
        return QCoreApplication::translate("AzureProvider", "An Azure connection needs a credential (a service principal in the secret store).");
    const QUrl endpoint = connection.endpointOverride;
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return QCoreApplication::translate("AzureProvider", "The endpoint override \"%1\" is not a URL.").arg(endpoint.toString());
    return QString();
}

QStringList AzureProvider::anyCallFunctionIds()
{
    return AzureDispatch::anyCallFunctionIds();
}

ProviderCapabilities AzureProvider::capabilities() const
{
    ProviderCapabilities caps;
    const QSet<Operation> read { Operation::List, Operation::Get };
    const QSet<Operation> crud { Operation::List, Operation::Get, Operation::Create, Operation::Delete };
    for (ResourceKind kind : { ResourceKind::Region, ResourceKind::Spec, ResourceKind::Image })
        caps.operations.insert(kind, read);
    for (ResourceKind kind : { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Disk,
             ResourceKind::MyImage, ResourceKind::Nlb, ResourceKind::Cluster })
        caps.operations.insert(kind, crud);
    caps.operations.insert(ResourceKind::Vm, crud + QSet<Operation> { Operation::Control });
    caps.operations.insert(ResourceKind::Price, { Operation::List });
    caps.anyCallFunctions = anyCallFunctionIds();
    return caps;
}

template <typename T>
QFuture<Result<T>> AzureProvider::run(std::function<Result<T>(AzureSession&)> fn, bool anonymous)
{
    return m_host->run<T>([state = m_state, fn = std::move(fn), anonymous](
                              HttpClient& http, const ProviderHost::CancelCheck& canceled) -> Result<T> {
        if (!state->settingsError.isEmpty())
            return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCaBundle"), state->settingsError);
        Result<std::shared_ptr<AzureAuth>> auth = state->session();
        if (!auth.ok() && !anonymous)
            return auth.error();
        if (!auth.ok()) // an auth that holds no secret: the anonymous call never asks it for a token
            auth = std::make_shared<AzureAuth>(AzureCredentials {}, AzureAuth::defaultAuthority(), state->clock);
        AzureSessionConfig config;
        config.armBase = state->connection.endpointOverride.isEmpty() ? QUrl(QStringLiteral("https://management.azure.com/"))
                                                                      : state->connection.endpointOverride;
        {
            QMutexLocker lock(&state->mutex);
            config.subscriptionId = state->credentials.subscriptionId;
            config.resourceGroup = state->credentials.resourceGroup.isEmpty() ? defaultResourceGroup(state->connection.region)
                                                                              : state->credentials.resourceGroup;
        }
        config.pricesBase = state->connection.endpointOverride.isEmpty() ? QUrl(QStringLiteral("https://prices.azure.com/"))
                                                                         : state->connection.endpointOverride;
        config.location = state->connection.region;
        config.pollIntervalMs = state->options.pollIntervalMs;
        config.maxPolls = state->options.maxPolls;
        AzureSession session(http, *auth.value(), config, canceled);
        Result<T> result = fn(session);
        if (!result.ok() && result.error().kind == CloudError::Kind::Auth)
            state->forget();
        return result;
    });
}

QFuture<Result<ResourcePage>> AzureProvider::list(ResourceKind kind, const ListRequest& request)
{
    return run<ResourcePage>([kind, request](AzureSession& s) { return AzureDispatch(s).list(kind, request); },
        kind == ResourceKind::Price);
}

QFuture<Result<Resource>> AzureProvider::get(ResourceKind kind, const QString& id)
{
    return run<Resource>([kind, id](AzureSession& s) { return AzureDispatch(s).get(kind, id); });
}

QFuture<Result<Resource>> AzureProvider::create(const Resource& request, const MutationContext& context)
{
    return run<Resource>([request, context](AzureSession& s) { return AzureDispatch(s).create(request, context); });
}

QFuture<Result<Done>> AzureProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context) // ARM deletes are idempotent: a second one answers 204
    return run<Done>([kind, iid](AzureSession& s) { return AzureDispatch(s).remove(kind, iid); });
}

QFuture<Result<Resource>> AzureProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    Q_UNUSED(context)
    return run<Resource>([kind, iid, action](AzureSession& s) { return AzureDispatch(s).control(kind, iid, action); });
}

QFuture<Result<AnyCallResponse>> AzureProvider::anyCall(const AnyCallRequest& request)
{
    return run<AnyCallResponse>([request](AzureSession& s) { return AzureDispatch(s).anyCall(request); });
}

} // namespace Barista
