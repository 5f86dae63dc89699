// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeCloudProvider.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMutexLocker>
#include <QPromise>
#include <QTimer>

namespace Barista {

namespace {

CloudError error(CloudError::Kind kind, const QString& code, const QString& message)
{
    return CloudError::make(kind, code, message);
}

Iid* iidOf(Resource& resource)
{
    return std::visit(
        [](auto& v) -> Iid* {
            if constexpr (requires { v.iid; })
                return &v.iid;
            else
                return nullptr;
        },
        resource.value);
}

void mergeTags(Resource& resource, const QMap<QString, QString>& tags)
{
    std::visit(
        [&tags](auto& v) {
            if constexpr (requires { v.tags; }) {
                for (auto it = tags.cbegin(); it != tags.cend(); ++it)
                    v.tags.insert(it.key(), it.value());
            }
        },
        resource.value);
}

void stampCreated(Resource& resource)
{
    std::visit(
        [](auto& v) {
            if constexpr (requires { v.createdAt; }) {
                if (!v.createdAt.isValid())
                    v.createdAt = QDateTime::currentDateTimeUtc();
            }
        },
        resource.value);
}

/// A created resource is ready at once: the fake has no provisioning time.
void settleStatus(Resource& resource)
{
    if (auto* vm = resource.as<VmInfo>()) {
        vm->status = VmStatus::Running;
        if (vm->privateIp.isEmpty())
            vm->privateIp = QStringLiteral("10.0.0.10");
    } else if (auto* disk = resource.as<DiskInfo>()) {
        disk->status = disk->ownerVm.isEmpty() ? DiskStatus::Available : DiskStatus::Attached;
    } else if (auto* cluster = resource.as<ClusterInfo>()) {
        cluster->status = ClusterStatus::Active;
    } else if (auto* image = resource.as<MyImageInfo>()) {
        if (image->status.isEmpty())
            image->status = QStringLiteral("Available");
    }
}

QString lower(ResourceKind kind)
{
    return resourceKindName(kind);
}

} // namespace

struct FakeCloudProvider::Held
{
    std::function<void()> complete; ///< does the work and finishes the promise
    std::function<void()> abandon; ///< finishes the promise without a result
    bool done = false;
};

FakeCloudProvider::FakeCloudProvider(const ConnectionConfig& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
}

FakeCloudProvider::~FakeCloudProvider()
{
    // Nobody will release them now: end held calls so their futures do not wait forever.
    const auto held = m_held;
    for (const auto& h : held) {
        if (!h->done) {
            h->done = true;
            h->abandon();
        }
    }
}

ConnectionConfig FakeCloudProvider::connection() const
{
    QMutexLocker lock(&m_mutex);
    return m_connection;
}

ProviderCapabilities FakeCloudProvider::capabilities() const
{
    QMutexLocker lock(&m_mutex);
    if (m_capabilities)
        return *m_capabilities;
    ProviderCapabilities all;
    for (ResourceKind kind : allResourceKinds()) {
        all.operations[kind]
            = { Operation::List, Operation::Get, Operation::Create, Operation::Delete, Operation::Control };
    }
    return all;
}

template <typename T> QFuture<Result<T>> FakeCloudProvider::respond(std::function<Result<T>()> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();

    int latency = 0;
    bool hold = false;
    {
        QMutexLocker lock(&m_mutex);
        latency = m_latencyMs;
        hold = m_hold;
    }
    if (!hold && latency <= 0) {
        promise->addResult(work());
        promise->finish();
        return future;
    }

    auto held = std::make_shared<Held>();
    held->complete = [promise, work] {
        promise->addResult(work()); // ignored by a canceled promise, but the cloud still acted
        promise->finish();
    };
    held->abandon = [promise] { promise->finish(); };

    // Timers and watchers belong to this object's thread, whichever thread called.
    QMetaObject::invokeMethod(this, [this, held, future, hold, latency] {
        auto* watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::canceled, this, [this, held] {
            bool finish = false;
            {
                QMutexLocker lock(&m_mutex);
                finish = m_finishOnCancel && !held->done;
                if (finish) {
                    held->done = true;
                    m_held.removeAll(held);
                }
            }
            if (finish)
                held->abandon();
        });
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(future);
        if (!hold) {
            QTimer::singleShot(latency, this, [this, held] {
                {
                    QMutexLocker lock(&m_mutex);
                    if (held->done)
                        return;
                    held->done = true;
                }
                held->complete();
            });
        }
    });
    if (hold) {
        QMutexLocker lock(&m_mutex);
        m_held.append(held);
    }
    return future;
}

std::optional<CloudError> FakeCloudProvider::takeFailure(Operation op, std::optional<ResourceKind> kind)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < m_failures.size(); ++i) {
        FailScript& script = m_failures[i];
        if (script.op != op || (script.kind && script.kind != kind))
            continue;
        const CloudError e = script.error;
        if (--script.remaining <= 0)
            m_failures.removeAt(i);
        return e;
    }
    return std::nullopt;
}

void FakeCloudProvider::count(Operation op, std::optional<ResourceKind> kind)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[int(op)];
    if (kind)
        ++m_callsByKind[{ int(op), int(*kind) }];
}

QFuture<Result<ResourcePage>> FakeCloudProvider::list(ResourceKind kind, const ListRequest& request)
{
    count(Operation::List, kind);
    const std::optional<CloudError> failure = takeFailure(Operation::List, kind);
    return respond<ResourcePage>([this, kind, request, failure]() -> Result<ResourcePage> {
        if (failure)
            return *failure;
        QMutexLocker lock(&m_mutex);
        return doList(kind, request);
    });
}

QFuture<Result<Resource>> FakeCloudProvider::get(ResourceKind kind, const QString& id)
{
    count(Operation::Get, kind);
    const std::optional<CloudError> failure = takeFailure(Operation::Get, kind);
    return respond<Resource>([this, kind, id, failure]() -> Result<Resource> {
        if (failure)
            return *failure;
        QMutexLocker lock(&m_mutex);
        const int i = findIndex(kind, id);
        if (i < 0) {
            return error(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
                QStringLiteral("%1 '%2' does not exist").arg(lower(kind), id));
        }
        return m_resources[kind].at(i);
    });
}

QFuture<Result<Resource>> FakeCloudProvider::create(const Resource& request, const MutationContext& context)
{
    const ResourceKind kind = request.kind();
    count(Operation::Create, kind);
    const std::optional<CloudError> failure = takeFailure(Operation::Create, kind);
    {
        QMutexLocker lock(&m_mutex);
        m_contexts.append(context);
        m_log.append(QStringLiteral("create %1 %2").arg(lower(kind), request.iid().nameId));
    }
    return respond<Resource>([this, request, context, failure]() -> Result<Resource> {
        if (failure)
            return *failure;
        QMutexLocker lock(&m_mutex);
        return doCreate(request, context);
    });
}

QFuture<Result<Done>> FakeCloudProvider::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    count(Operation::Delete, kind);
    const std::optional<CloudError> failure = takeFailure(Operation::Delete, kind);
    {
        QMutexLocker lock(&m_mutex);
        m_contexts.append(context);
        m_log.append(QStringLiteral("delete %1 %2").arg(lower(kind), iid.nameId));
    }
    return respond<Done>([this, kind, iid, failure]() -> Result<Done> {
        if (failure)
            return *failure;
        QMutexLocker lock(&m_mutex);
        return doRemove(kind, iid);
    });
}

QFuture<Result<Resource>> FakeCloudProvider::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    count(Operation::Control, kind);
    const std::optional<CloudError> failure = takeFailure(Operation::Control, kind);
    {
        QMutexLocker lock(&m_mutex);
        m_contexts.append(context);
        m_log.append(QStringLiteral("%1 %2 %3").arg(controlActionName(action), lower(kind), iid.nameId));
    }
    return respond<Resource>([this, kind, iid, action, context, failure]() -> Result<Resource> {
        if (failure)
            return *failure;
        QMutexLocker lock(&m_mutex);
        return doControl(kind, iid, action, context);
    });
}

QFuture<Result<AnyCallResponse>> FakeCloudProvider::anyCall(const AnyCallRequest& request)
{
    std::function<Result<AnyCallResponse>(const AnyCallRequest&)> handler;
    {
        QMutexLocker lock(&m_mutex);
        ++m_anyCalls;
        handler = m_anyCallHandler;
    }
    return respond<AnyCallResponse>([handler, request]() -> Result<AnyCallResponse> {
        if (!handler) {
            return error(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"),
                QStringLiteral("no AnyCall function '%1'").arg(request.functionId));
        }
        return handler(request);
    });
}

// --- the cloud itself (m_mutex held)

Result<ResourcePage> FakeCloudProvider::doList(ResourceKind kind, const ListRequest& request) const
{
    const QList<Resource> all = m_resources.value(kind);
    const int pageSize = request.pageSize > 0 ? request.pageSize : m_pageSize;
    bool ok = true;
    const int offset = request.pageToken.isEmpty() ? 0 : request.pageToken.toInt(&ok);
    if (!ok || offset < 0 || offset > all.size()) {
        return error(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidPageToken"),
            QStringLiteral("bad page token '%1'").arg(request.pageToken));
    }
    ResourcePage page;
    const int end = pageSize > 0 ? qMin(int(all.size()), offset + pageSize) : int(all.size());
    page.items = all.mid(offset, end - offset);
    if (end < all.size())
        page.nextPageToken = QString::number(end);
    return page;
}

Resource FakeCloudProvider::prepareStored(Resource resource)
{
    if (Iid* iid = iidOf(resource); iid && iid->systemId.isEmpty())
        iid->systemId = QStringLiteral("fake-%1-%2").arg(lower(resource.kind())).arg(m_nextSystemId++);
    if (auto* vpc = resource.as<VpcInfo>()) {
        for (SubnetInfo& subnet : vpc->subnets) {
            if (subnet.iid.systemId.isEmpty())
                subnet.iid.systemId = QStringLiteral("fake-subnet-%1").arg(m_nextSystemId++);
        }
    }
    stampCreated(resource);
    return resource;
}

Result<Resource> FakeCloudProvider::doCreate(const Resource& request, const MutationContext& context)
{
    const ResourceKind kind = request.kind();
    if (!context.idempotencyToken.isEmpty()) {
        if (auto it = m_byToken.constFind(context.idempotencyToken); it != m_byToken.cend()) {
            const int i = findIndex(it->first, it->second);
            if (i >= 0)
                return m_resources[it->first].at(i); // the same call again: the same answer
        }
    }
    const QString name = request.iid().nameId;
    if (name.isEmpty()) {
        return error(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"),
            QStringLiteral("a %1 needs a name").arg(lower(kind)));
    }
    if (findIndex(kind, name) >= 0) {
        return error(CloudError::Kind::Conflict, QStringLiteral("AlreadyExists"),
            QStringLiteral("%1 '%2' already exists").arg(lower(kind), name));
    }
    Resource stored = request;
    if (Iid* iid = iidOf(stored))
        iid->systemId.clear(); // the cloud assigns it
    stored = prepareStored(stored);
    mergeTags(stored, context.tags);
    settleStatus(stored);
    m_resources[kind].append(stored);
    if (!context.idempotencyToken.isEmpty())
        m_byToken.insert(context.idempotencyToken, { kind, name });
    return stored;
}

Result<Done> FakeCloudProvider::doRemove(ResourceKind kind, const Iid& iid)
{
    int i = findIndex(kind, iid.nameId);
    if (i < 0)
        i = findIndex(kind, iid.systemId);
    if (i < 0) {
        return error(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
            QStringLiteral("%1 '%2' does not exist").arg(lower(kind), iid.nameId));
    }
    m_resources[kind].removeAt(i);
    return Done {};
}

Result<Resource> FakeCloudProvider::doControl(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    Q_UNUSED(context)
    int i = findIndex(kind, iid.nameId);
    if (i < 0)
        i = findIndex(kind, iid.systemId);
    if (i < 0) {
        return error(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
            QStringLiteral("%1 '%2' does not exist").arg(lower(kind), iid.nameId));
    }
    Resource& stored = m_resources[kind][i];
    auto* vm = stored.as<VmInfo>();
    if (!vm) {
        return error(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"),
            QStringLiteral("%1 has no control actions").arg(lower(kind)));
    }
    const auto refuse = [&] {
        return error(CloudError::Kind::Conflict, QStringLiteral("IncorrectInstanceState"),
            QStringLiteral("cannot %1 a VM that is %2").arg(controlActionName(action), vmStatusName(vm->status)));
    };
    switch (action) {
    case ControlAction::Suspend:
        if (vm->status != VmStatus::Running)
            return refuse();
        vm->status = VmStatus::Suspended;
        break;
    case ControlAction::Resume:
        if (vm->status != VmStatus::Suspended)
            return refuse();
        vm->status = VmStatus::Running;
        break;
    case ControlAction::Reboot:
        if (vm->status != VmStatus::Running)
            return refuse();
        break;
    case ControlAction::Terminate:
        vm->status = VmStatus::Terminated;
        break;
    }
    return stored;
}

int FakeCloudProvider::findIndex(ResourceKind kind, const QString& id) const
{
    if (id.isEmpty())
        return -1;
    const QList<Resource> list = m_resources.value(kind);
    for (int i = 0; i < list.size(); ++i) {
        const Iid iid = list.at(i).iid();
        if (iid.nameId == id || iid.systemId == id)
            return i;
    }
    return -1;
}

// --- set-up

void FakeCloudProvider::setConnection(const ConnectionConfig& connection)
{
    QMutexLocker lock(&m_mutex);
    m_connection = connection;
}

void FakeCloudProvider::setCapabilities(const ProviderCapabilities& capabilities)
{
    QMutexLocker lock(&m_mutex);
    m_capabilities = capabilities;
}

Resource FakeCloudProvider::addResource(const Resource& resource)
{
    QMutexLocker lock(&m_mutex);
    const Resource stored = prepareStored(resource);
    QList<Resource>& list = m_resources[stored.kind()];
    const int i = findIndex(stored.kind(), stored.iid().nameId);
    if (i >= 0)
        list[i] = stored;
    else
        list.append(stored);
    return stored;
}

bool FakeCloudProvider::removeResource(ResourceKind kind, const QString& id)
{
    QMutexLocker lock(&m_mutex);
    const int i = findIndex(kind, id);
    if (i < 0)
        return false;
    m_resources[kind].removeAt(i);
    return true;
}

void FakeCloudProvider::setPageSize(int pageSize)
{
    QMutexLocker lock(&m_mutex);
    m_pageSize = pageSize;
}

void FakeCloudProvider::failNext(Operation op, int count, const CloudError& error, std::optional<ResourceKind> kind)
{
    if (count <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    m_failures.append(FailScript { op, kind, count, error });
}

void FakeCloudProvider::setAnyCallHandler(std::function<Result<AnyCallResponse>(const AnyCallRequest&)> handler)
{
    QMutexLocker lock(&m_mutex);
    m_anyCallHandler = std::move(handler);
}

void FakeCloudProvider::setLatencyMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_latencyMs = ms;
}

void FakeCloudProvider::setHoldCalls(bool hold)
{
    QMutexLocker lock(&m_mutex);
    m_hold = hold;
}

int FakeCloudProvider::release(int count)
{
    QList<std::shared_ptr<Held>> toRun;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_held.isEmpty() && (count < 0 || toRun.size() < count)) {
            std::shared_ptr<Held> h = m_held.takeFirst();
            if (h->done)
                continue;
            h->done = true;
            toRun.append(h);
        }
    }
    for (const auto& h : toRun)
        h->complete();
    return int(toRun.size());
}

int FakeCloudProvider::heldCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto& h : m_held)
        n += h->done ? 0 : 1;
    return n;
}

void FakeCloudProvider::setFinishOnCancel(bool finish)
{
    QMutexLocker lock(&m_mutex);
    m_finishOnCancel = finish;
}

// --- inspection

QList<Resource> FakeCloudProvider::resources(ResourceKind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_resources.value(kind);
}

std::optional<Resource> FakeCloudProvider::resource(ResourceKind kind, const QString& id) const
{
    QMutexLocker lock(&m_mutex);
    const int i = findIndex(kind, id);
    if (i < 0)
        return std::nullopt;
    return m_resources[kind].at(i);
}

int FakeCloudProvider::callCount(Operation op) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(int(op));
}

int FakeCloudProvider::callCount(Operation op, ResourceKind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_callsByKind.value({ int(op), int(kind) });
}

int FakeCloudProvider::anyCallCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_anyCalls;
}

int FakeCloudProvider::totalCallCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = m_anyCalls;
    for (int c : m_calls)
        n += c;
    return n;
}

QList<MutationContext> FakeCloudProvider::mutationContexts() const
{
    QMutexLocker lock(&m_mutex);
    return m_contexts;
}

QStringList FakeCloudProvider::mutationLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void FakeCloudProvider::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
    m_callsByKind.clear();
    m_anyCalls = 0;
    m_contexts.clear();
    m_log.clear();
}

} // namespace Barista
