// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackProvider.h"

#include "models/jobs/SystemClock.h"
#include "providers/common/ConnectionHttpSettings.h"
#include "providers/common/ProviderHost.h"
#include "providers/openstack/KeystoneAuth.h"
#include "providers/openstack/OpenStackDispatch.h"
#include "providers/openstack/OpenStackErrorParser.h"
#include "providers/openstack/OpenStackSession.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace Barista {

/// What the workers share: the credentials' loader and, once they are read, the Keystone
/// session. Held by the jobs too, so a call in flight never outlives it.
struct OpenStackProvider::State
{
    ConnectionConfig connection;
    OpenStackCredentialSource::Loader loader;
    std::unique_ptr<SystemClock> ownClock;
    Clock* clock = nullptr;
    QMutex mutex;
    std::shared_ptr<KeystoneAuth> auth;
    QString settingsError; ///< a CA bundle that cannot be read: every call fails with it

    Result<std::shared_ptr<KeystoneAuth>> keystone()
    {
        QMutexLocker lock(&mutex);
        if (auth)
            return auth;
        const Result<OpenStackCredentials> credentials = loader();
        if (!credentials.ok())
            return credentials.error(); // not kept: a fixed secret works on the next call
        auth = std::make_shared<KeystoneAuth>(credentials.value(), clock);
        return auth;
    }
};

OpenStackProvider::OpenStackProvider(const ConnectionConfig& connection, OpenStackCredentialSource::Loader credentials)
    : OpenStackProvider(connection, std::move(credentials), Options {})
{
}

OpenStackProvider::OpenStackProvider(
    const ConnectionConfig& connection, OpenStackCredentialSource::Loader credentials, const Options& options)
    : m_connection(connection)
    , m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->loader = std::move(credentials);
    if (options.clock) {
        m_state->clock = options.clock;
    } else {
        m_state->ownClock = std::make_unique<SystemClock>();
        m_state->clock = m_state->ownClock.get();
    }
    const HttpSettings settings = ConnectionHttpSettings::make(
        connection, options.timeoutMs, &OpenStackErrorParser::parse, &m_state->settingsError);
    m_host = std::make_unique<ProviderHost>(QStringLiteral("openstack-") + connection.name, settings, options.maxWorkers);
}

// The host goes first: it lets the queued calls finish (they hold the state themselves).
OpenStackProvider::~OpenStackProvider()
{
    m_host.reset();
}

QString OpenStackProvider::connectionError(const ConnectionConfig& connection)
{
    if (connection.provider != QLatin1String("openstack"))
        return QCoreApplication::translate("OpenStackProvider", "The provider is \"%1\", not openstack.")
            .arg(connection.provider);
    if (connection.region.isEmpty())
        return QCoreApplication::translate("OpenStackProvider", "An OpenStack connection needs a region (e.g. RegionOne).");
    if (connection.credentialRef.isEmpty())
        return QCoreApplication::translate("OpenStackProvider",
            "An OpenStack connection needs a credential: a secret store key, or \"%1\" for the OS_* variables.")
            .arg(OpenStackCredentialSource::environmentRef());
    return QString();
}

QStringList OpenStackProvider::anyCallFunctionIds()
{
    return OpenStackDispatch::anyCallFunctionIds();
}

ProviderCapabilities OpenStackProvider::capabilities() const
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
    // Nlb needs Octavia and Cluster needs Magnum in the catalog: without them the calls say so.
    // Price: none; calls say why (see OpenStackDispatch).
    caps.anyCallFunctions = anyCallFunctionIds();
    return caps;
}

int OpenStackProvider::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->auth ? m_state->auth->issuedCount() : 0;
}

template<typename T>
QFuture<Result<T>> OpenStackProvider::run(std::function<Result<T>(OpenStackSession&, const ConnectionConfig&)> fn)
{
    return m_host->run<T>([state = m_state, fn = std::move(fn)](
                              HttpClient& http, const ProviderHost::CancelCheck& canceled) -> Result<T> {
        if (!state->settingsError.isEmpty())
            return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidCaBundle"), state->settingsError);
        const Result<std::shared_ptr<KeystoneAuth>> auth = state->keystone();
        if (!auth.ok())
            return auth.error();
        OpenStackSession session(http, *auth.value(), state->connection.region, canceled);
        return fn(session, state->connection);
    });
}

QFuture<Result<ResourcePage>> OpenStackProvider::list(ResourceKind kind, const ListRequest& request)
{
    return run<ResourcePage>([kind, request](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).list(kind, request);
    });
}

QFuture<Result<Resource>> OpenStackProvider::get(ResourceKind kind, const QString& id)
{
    return run<Resource>([kind, id](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).get(kind, id);
    });
}

QFuture<Result<Resource>> OpenStackProvider::create(const Resource& request, const MutationContext& context)
{
    return run<Resource>([request, context](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).create(request, context);
    });
}

QFuture<Result<Done>> OpenStackProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    Q_UNUSED(context) // a delete is idempotent by nature: a second one answers NotFound
    return run<Done>([kind, iid](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).remove(kind, iid);
    });
}

QFuture<Result<Resource>> OpenStackProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    Q_UNUSED(context)
    return run<Resource>([kind, iid, action](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).control(kind, iid, action);
    });
}

QFuture<Result<AnyCallResponse>> OpenStackProvider::anyCall(const AnyCallRequest& request)
{
    return run<AnyCallResponse>([request](OpenStackSession& session, const ConnectionConfig& connection) {
        return OpenStackDispatch(session, connection).anyCall(request);
    });
}

} // namespace Barista
