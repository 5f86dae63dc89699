// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpProvider.h"

#include "models/jobs/SystemClock.h"
#include "providers/common/ConnectionHttpSettings.h"
#include "providers/common/ProviderHost.h"
#include "providers/gcp/GcpAuth.h"
#include "providers/gcp/GcpDispatch.h"
#include "providers/gcp/GcpErrorParser.h"
#include "providers/gcp/GcpSession.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace Barista {

/// What the workers share: the credential's loader and, once read, its GcpAuth (which caches
/// the token). Held by the jobs too, so a call in flight never outlives it.
struct GcpProvider::State
{
    ConnectionConfig connection;
    GcpServiceAccount::Loader loader;
    Options options;
    std::unique_ptr<SystemClock> ownClock;
    Clock* clock = nullptr;
    std::shared_ptr<LogRedactor> redactor;
    QMutex mutex;
    std::shared_ptr<GcpAuth> auth;
    int issuedBefore = 0; ///< tokens of GcpAuth objects already dropped
    QString settingsError;

    Result<std::shared_ptr<GcpAuth>> authFor()
    {
        QMutexLocker lock(&mutex);
        if (auth)
            return auth;
        const Result<GcpServiceAccount> loaded = loader();
        if (!loaded.ok())
            return loaded.error(); // not kept: a fixed key works on the next call
        redactor->addSecret(loaded.value().privateKeyPem); // before first use
        auth = std::make_shared<GcpAuth>(loaded.value(), clock, options.now);
        return auth;
    }

    /// After an Auth error the key is read again on the next call (the user may fix it).
    void forget()
    {
        QMutexLocker lock(&mutex);
        if (auth)
            issuedBefore += auth->issuedCount();
        auth.reset();
    }
};

GcpProvider::GcpProvider(const ConnectionConfig& connection, GcpServiceAccount::Loader credentials)
    : GcpProvider(connection, std::move(credentials), Options {})
{
}

GcpProvider::GcpProvider(
    const ConnectionConfig& connection, GcpServiceAccount::Loader credentials, const Options& options)
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
        = ConnectionHttpSettings::make(connection, options.timeoutMs, &GcpErrorParser::parse, &m_state->settingsError);
    m_state->redactor = settings.redactor;
    m_host = std::make_unique<ProviderHost>(QStringLiteral("gcp-") + connection.name, settings, options.maxWorkers);
}

GcpProvider::~GcpProvider()
{
    m_host.reset();
}

QString GcpProvider::connectionError(const ConnectionConfig& connection)
{
    if (connection.provider != QLatin1String("gcp"))
        return QCoreApplication::translate("GcpProvider", "The provider is \"%1\", not gcp.").arg(connection.provider);
    if (connection.region.isEmpty())
        return QCoreApplication::translate("GcpProvider", "A GCP connection needs a region (e.g. asia-northeast3).");
    if (connection.credentialRef.isEmpty())
        return QCoreApplication::translate(
            "GcpProvider", "A GCP connection needs a credential: the secret store key of a service-account key file.");
    const QUrl endpoint = connection.endpointOverride;
    if (!endpoint.isEmpty() && (!endpoint.isValid() || endpoint.host().isEmpty()))
        return QCoreApplication::translate("GcpProvider", "The endpoint override \"%1\" is not a URL.")
            .arg(endpoint.toString());
    return QString();
}

QStringList GcpProvider::anyCallFunctionIds()
{
    return GcpDispatch::anyCallFunctionIds();
}

QString GcpProvider::zoneOf(const ConnectionConfig& connection)
{
    return connection.zone.isEmpty() ? connection.region + QStringLiteral("-a") : connection.zone;
}

int GcpProvider::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->issuedBefore + (m_state->auth ? m_state->auth->issuedCount() : 0);
}

ProviderCapabilities GcpProvider::capabilities() const
{
    ProviderCapabilities caps;
    const QSet<Operation> read { Operation::List, Operation::Get };
    const QSet<Operation> crud { Operation::List, Operation::Get, Operation::Create, Operation::Delete };
    for (ResourceKind kind : { ResourceKind::Region, ResourceKind::Spec, ResourceKind::Image })
        caps.operations.insert(kind, read);
    for (ResourceKind kind :
        { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Disk,
            ResourceKind::MyImage, ResourceKind::Nlb })
        caps.operations.insert(kind, crud);
    caps.operations.insert(ResourceKind::Price, { Operation::List });
    caps.operations.insert(ResourceKind::Vm, crud + QSet<Operation> { Operation::Control });
    caps.anyCallFunctions = anyCallFunctionIds();
    return caps;
}

template <typename T>
QFuture<Result<T>> GcpProvider::run(std::function<Result<T>(GcpSession&, const ConnectionConfig&)> fn)
{
    return m_host->run<T>([state = m_state, fn = std::move(fn)](
                              HttpClient& http, const ProviderHost::CancelCheck& canceled) -> Result<T> {
        if (!state->settingsError.isEmpty())
            return CloudError::make(
                CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCaBundle"), state->settingsError);
        const Result<std::shared_ptr<GcpAuth>> auth = state->authFor();
        if (!auth.ok())
            return auth.error();
        GcpSessionConfig config;
        config.auth = auth.value();
        config.project = auth.value()->account().projectId;
        config.region = state->connection.region;
        config.zone = zoneOf(state->connection);
        const QUrl override = state->connection.endpointOverride;
        if (override.isEmpty()) {
            config.apiBase = defaultApiBase();
            config.billingBase = defaultBillingBase();
            config.containerBase = defaultContainerBase();
            config.tokenUrl = QUrl(auth.value()->account().tokenUri);
        } else {
            QUrl base = override;
            if (!base.path().endsWith(QLatin1Char('/')))
                base.setPath(base.path() + QLatin1Char('/'));
            config.apiBase = base.resolved(QUrl(QStringLiteral("compute/v1/")));
            config.billingBase = base.resolved(QUrl(QStringLiteral("cloudbilling/v1/")));
            config.containerBase = base.resolved(QUrl(QStringLiteral("container/v1/")));
            config.tokenUrl = base.resolved(QUrl(QStringLiteral("token")));
        }
        config.pollIntervalMs = state->options.pollIntervalMs;
        GcpSession session(http, config, canceled);
        Result<T> result = fn(session, state->connection);
        if (!result.ok() && result.error().kind == CloudError::Kind::Auth && result.error().httpStatus != 403)
            state->forget();
        return result;
    });
}

QFuture<Result<ResourcePage>> GcpProvider::list(ResourceKind kind, const ListRequest& request)
{
    return run<ResourcePage>([kind, request](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).list(kind, request);
    });
}

QFuture<Result<Resource>> GcpProvider::get(ResourceKind kind, const QString& id)
{
    return run<Resource>([kind, id](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).get(kind, id);
    });
}

QFuture<Result<Resource>> GcpProvider::create(const Resource& request, const MutationContext& context)
{
    return run<Resource>([request, context](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).create(request, context);
    });
}

QFuture<Result<Done>> GcpProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    return run<Done>([kind, iid, context](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).remove(kind, iid, context);
    });
}

QFuture<Result<Resource>> GcpProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    return run<Resource>([kind, iid, action, context](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).control(kind, iid, action, context);
    });
}

QFuture<Result<AnyCallResponse>> GcpProvider::anyCall(const AnyCallRequest& request)
{
    return run<AnyCallResponse>([request](GcpSession& session, const ConnectionConfig& connection) {
        return GcpDispatch(session, connection).anyCall(request);
    });
}

} // namespace Barista
