// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraEngine.h"

#include "models/domain/ResourceKind.h"
#include "models/infra/InfraAsync.h"
#include "models/infra/InfraSharedResources.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/infra/InfraWatcher.h"
#include "models/interfaces/RemoteShell.h"
#include "models/interfaces/SecretStore.h"
#include "models/jobs/JobQueue.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QElapsedTimer>
#include <QTimer>

namespace Barista {

struct InfraEngine::Operation
{
    QString infra;
    QString action;
    QString targetStatus;
    std::shared_ptr<QPromise<InfraOutcome>> promise;
    QFuture<InfraOutcome> future;
    InfraOutcome outcome;
    int pending = 0; ///< calls sent and not answered yet
    /// Nodes waiting for a status: node name -> "has it arrived?"
    QHash<QString, std::function<bool(const InfraNode&)>> waiting;
    QHash<QString, qint64> waitingSince; ///< node -> when it started waiting (clock below)
    QHash<QString, QString> waitingOn;   ///< node -> its connection, while it waits
    QHash<QString, int> waitingPerConnection; ///< connection -> nodes waiting there (watched while > 0)
    /// connection -> node calls sent and not answered yet: it is listed only once they are,
    /// since a listing takes one of the connection's call slots from the calls still queued.
    QHash<QString, int> outstanding;
    QElapsedTimer clock;
    std::function<void()> next; ///< the stage to run once nothing is pending or waiting
    QSet<QString> watched;
    QList<JobId> jobs;
    bool canceled = false;
    bool finished = false;
    std::unique_ptr<QTimer> deadline;
};

namespace {
const QLatin1String kPlanned("Planned");
const QLatin1String kFailed("Failed");
const QLatin1String kNone("None");

bool isTransitionalStatus(const QString& status)
{
    const std::optional<VmStatus> s = vmStatusFromName(status);
    return s && isTransitional(*s);
}

bool isGone(const QString& status)
{
    return status == QLatin1String("Terminated") || status == QLatin1String("NotExist");
}

void updateFromVm(InfraNode& node, const VmInfo& vm)
{
    node.systemId = vm.iid.systemId;
    node.status = vmStatusName(vm.status);
    if (!vm.zone.isEmpty())
        node.zone = vm.zone;
    node.publicIp = vm.publicIp;
    node.privateIp = vm.privateIp;
    node.sshAccessPoint = vm.sshAccessPoint;
    node.vmUserName = vm.vmUserName;
}

bool matchesSelector(const InfraNode& node, const QString& selector)
{
    for (const QString& term : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = term.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = term.section(QLatin1Char('='), 1).trimmed();
        if (node.label.value(key) != value)
            return false;
    }
    return true;
}

/// A VPC row keeps its (first) subnet's ids: every node create names it.
void rememberSubnet(InfraSharedResource& row, const Resource& item)
{
    if (const VpcInfo* vpc = item.as<VpcInfo>(); vpc && !vpc->subnets.isEmpty()) {
        row.detail.insert(QStringLiteral("subnet"), vpc->subnets.constFirst().iid.nameId);
        row.detail.insert(QStringLiteral("subnetSystemId"), vpc->subnets.constFirst().iid.systemId);
    }
}

QJsonObject failureJson(const InfraNode& node)
{
    QJsonObject j{{QStringLiteral("node"), node.name}, {QStringLiteral("connection"), node.connection},
                  {QStringLiteral("vmName"), node.vmName}};
    if (node.error)
        j.insert(QStringLiteral("error"), node.error->toJson());
    return j;
}

InfraNode planNode(const QString& infra, const NodeGroupSpec& group, const QMap<QString, QString>& infraLabel,
                   const QString& connection, const QString& provider, const QString& region, int index)
{
    InfraNode n;
    n.infra = infra;
    n.group = group.name;
    n.name = InfraTags::nodeName(group.name, index);
    n.connection = connection;
    n.provider = provider;
    n.region = region;
    n.zone = group.zone;
    n.specName = group.specName().isEmpty() ? group.specId : group.specName();
    n.imageId = group.imageId;
    n.rootDiskType = group.rootDiskType == QLatin1String("default") ? QString() : group.rootDiskType;
    n.rootDiskSize = group.rootDiskSize;
    n.label = infraLabel;
    for (auto it = group.label.begin(); it != group.label.end(); ++it)
        n.label.insert(it.key(), it.value());
    n.vmName = InfraTags::vmName(infra, n.name);
    n.status = kPlanned;
    n.targetAction = QStringLiteral("Create");
    return n;
}
} // namespace

InfraEngine::InfraEngine(const Services& services, QObject* parent)
    : QObject(parent)
    , m_store(services.store)
    , m_resources(services.resources)
    , m_connections(services.connections)
    , m_jobs(services.jobs)
    , m_reconciler(services.reconciler)
    , m_secrets(services.secrets)
    , m_shell(services.shell)
    , m_watcher(new InfraWatcher(services.resources, this))
    , m_shared(new InfraSharedResources(services.store, services.resources, services.secrets, services.keys, this))
{
    connect(m_watcher, &InfraWatcher::listed, this, &InfraEngine::applyListing);
}

InfraEngine::~InfraEngine() = default;

void InfraEngine::setPollInterval(qint64 ms)
{
    m_watcher->setInterval(ms);
}

void InfraEngine::setSettleTimeout(qint64 ms)
{
    m_settleTimeoutMs = qMax<qint64>(1, ms);
}

void InfraEngine::setReleaseRetry(int attempts, qint64 delayMs)
{
    m_shared->setReleaseRetry(attempts, delayMs);
}

void InfraEngine::setCommandTimeout(int ms)
{
    m_commandTimeoutMs = qMax(1, ms);
}

QStringList InfraEngine::controlActions()
{
    return {QStringLiteral("suspend"), QStringLiteral("resume"),    QStringLiteral("reboot"), QStringLiteral("terminate"),
            QStringLiteral("refine"),  QStringLiteral("reconcile"), QStringLiteral("abort")};
}

bool InfraEngine::isBusy(const QString& infra) const
{
    return m_operations.contains(infra);
}

InfraStatus InfraEngine::status(const QString& infra) const
{
    const std::optional<InfraRecord> record = m_store->infra(infra);
    if (!record)
        return InfraStatus();
    return InfraStatus::aggregate(m_store->nodes(infra), record->targetAction, record->targetStatus);
}

// --- operation plumbing -------------------------------------------------------------------

InfraEngine::OperationPtr InfraEngine::begin(const QString& infra, const QString& action, const QString& targetStatus)
{
    auto op = std::make_shared<Operation>();
    op->infra = infra;
    op->action = action;
    op->targetStatus = targetStatus;
    op->promise = std::make_shared<QPromise<InfraOutcome>>();
    op->promise->start();
    op->future = op->promise->future();
    op->outcome.infra = infra;
    op->outcome.action = action;
    op->outcome.ok = true;
    op->deadline = std::make_unique<QTimer>();
    op->deadline->setSingleShot(true);
    op->clock.start();
    std::weak_ptr<Operation> weak = op;
    connect(op->deadline.get(), &QTimer::timeout, this, [this, weak] {
        if (OperationPtr o = weak.lock())
            settleTimeout(o);
    });
    m_operations.insert(infra, op);
    QString capitalized = action;
    if (!capitalized.isEmpty())
        capitalized[0] = capitalized.at(0).toUpper();
    m_store->setTarget(infra, capitalized, targetStatus);
    return op;
}

QFuture<InfraOutcome> InfraEngine::refuse(const QString& infra, const QString& action, const QString& message)
{
    InfraOutcome outcome;
    outcome.infra = infra;
    outcome.action = action;
    outcome.ok = false;
    outcome.message = message;
    outcome.status = status(infra);
    return QtFuture::makeReadyFuture(outcome);
}

void InfraEngine::then(const OperationPtr& op, std::function<void()> next)
{
    op->next = std::move(next);
    checkStage(op);
}

void InfraEngine::checkStage(const OperationPtr& op)
{
    if (op->finished || op->pending > 0 || !op->waiting.isEmpty() || !op->next)
        return;
    op->deadline->stop();
    std::function<void()> next = std::move(op->next);
    op->next = nullptr;
    next();
}

void InfraEngine::finish(const OperationPtr& op, const QString& message)
{
    if (op->finished)
        return;
    op->finished = true;
    op->deadline->stop();
    for (const QString& c : std::as_const(op->watched))
        m_watcher->unwatch(c);
    op->watched.clear();
    // What the answers of this operation changed is on disk before its outcome is reported.
    m_store->flush();
    if (!op->outcome.failedNodes.isEmpty() || !op->outcome.unconfirmed.isEmpty())
        op->outcome.ok = false;
    op->outcome.message = message;
    if (m_store->infra(op->infra)) {
        QString note;
        if (!op->outcome.unconfirmed.isEmpty())
            note = tr("Not confirmed gone: %1").arg(op->outcome.unconfirmed.join(QStringLiteral(", ")));
        // A delete that could not finish stays marked so that the user (and the next delete) sees it.
        if (op->action == QLatin1String("delete"))
            m_store->setTarget(op->infra, QStringLiteral("Delete"), QStringLiteral("Failed"), note);
        else
            m_store->setTarget(op->infra, kNone, kNone, note);
    }
    op->outcome.status = status(op->infra);
    if (m_operations.value(op->infra) == op)
        m_operations.remove(op->infra);
    Q_EMIT progress(op->infra, message);
    Q_EMIT operationFinished(op->infra, op->action, op->outcome.ok);
    op->promise->addResult(op->outcome);
    op->promise->finish();
}

void InfraEngine::watchNode(const OperationPtr& op, const InfraNode& node,
                            std::function<bool(const InfraNode&)> arrived)
{
    if (!arrived) {
        const QString target = op->targetStatus;
        arrived = [target](const InfraNode& n) {
            if (n.status == kFailed)
                return true;
            if (target == QLatin1String("Terminated"))
                return isGone(n.status);
            return !isTransitionalStatus(n.status) && n.status != kPlanned;
        };
    }
    op->waiting.insert(node.name, std::move(arrived));
    m_actedAt.insert(node.infra + QLatin1Char('/') + node.name, m_watcher->mark());
    if (!op->waitingOn.contains(node.name)) {
        op->waitingOn.insert(node.name, node.connection);
        ++op->waitingPerConnection[node.connection];
    }
    if (!op->watched.contains(node.connection) && op->outstanding.value(node.connection) == 0) {
        op->watched.insert(node.connection);
        m_watcher->watch(node.connection);
    }
    op->waitingSince.insert(node.name, op->clock.elapsed());
    if (!op->deadline->isActive())
        op->deadline->start(int(qMin<qint64>(m_settleTimeoutMs, std::numeric_limits<int>::max())));
}

void InfraEngine::callAnswered(const OperationPtr& op, const QString& connection)
{
    auto it = op->outstanding.find(connection);
    if (it == op->outstanding.end() || --it.value() > 0)
        return;
    op->outstanding.erase(it);
    // The connection's last call is answered: now list it for the nodes that wait there.
    if (op->waitingPerConnection.value(connection) > 0 && !op->watched.contains(connection)) {
        op->watched.insert(connection);
        m_watcher->watch(connection);
    }
}

void InfraEngine::stopWaiting(const OperationPtr& op, const QString& node)
{
    op->waiting.remove(node);
    op->waitingSince.remove(node);
    const QString connection = op->waitingOn.take(node);
    if (connection.isEmpty())
        return;
    auto it = op->waitingPerConnection.find(connection);
    if (it == op->waitingPerConnection.end() || --it.value() > 0)
        return;
    // Nothing left to wait for there: stop listing it (listings spend the same rate limit
    // as the creates still to send).
    op->waitingPerConnection.erase(it);
    if (op->watched.remove(connection))
        m_watcher->unwatch(connection);
}

void InfraEngine::settleTimeout(const OperationPtr& op)
{
    if (op->finished || op->waiting.isEmpty())
        return;
    // A status that never arrives is a failure the user sees, never a spinner forever. Each
    // node has its own clock: in a paced deploy the last node starts waiting much later.
    const qint64 now = op->clock.elapsed();
    qint64 nextDue = -1;
    QList<InfraNode> changed;
    for (InfraNode n : m_store->nodes(op->infra)) {
        if (!op->waiting.contains(n.name))
            continue;
        const qint64 due = op->waitingSince.value(n.name, 0) + m_settleTimeoutMs;
        if (due > now) {
            nextDue = nextDue < 0 ? due : qMin(nextDue, due);
            continue;
        }
        stopWaiting(op, n.name);
        n.error = CloudError::make(CloudError::Kind::Timeout, QStringLiteral("SettleTimeout"),
                                   tr("%1 did not reach %2 within %3 s (last status %4).")
                                       .arg(n.name, op->targetStatus)
                                       .arg(m_settleTimeoutMs / 1000)
                                       .arg(n.status));
        n.status = kFailed;
        n.targetAction = kNone;
        changed.append(n);
        recordFailure(op, n);
    }
    m_store->saveNodesLater(changed);
    if (nextDue >= 0)
        op->deadline->start(int(qMin<qint64>(nextDue - now + 1, std::numeric_limits<int>::max())));
    checkStage(op);
}

void InfraEngine::recordFailure(const OperationPtr& op, const InfraNode& node)
{
    op->outcome.failedNodes.append(failureJson(node));
}

void InfraEngine::applyListing(const QString& connection, const QList<Resource>& vms, qint64 sequence)
{
    QHash<QString, const VmInfo*> bySystemId;
    QHash<QString, const VmInfo*> byName;
    for (const Resource& r : vms) {
        const VmInfo* vm = r.as<VmInfo>();
        if (!vm)
            continue;
        bySystemId.insert(vm->iid.systemId, vm);
        // A live VM of a name wins over a terminated one that is still listed.
        const VmInfo* earlier = byName.value(vm->iid.nameId);
        if (!earlier || earlier->status == VmStatus::Terminated)
            byName.insert(vm->iid.nameId, vm);
    }
    for (const QString& infra : m_store->infrasOnConnection(connection)) {
        QList<InfraNode> changed;
        OperationPtr op = m_operations.value(infra);
        {
            // Released before the save below, which then patches the store's cache in place.
            const QList<InfraNode> rows = m_store->nodes(infra);
            for (const InfraNode& before : rows) {
                if (before.connection != connection)
                    continue; // 500 rows, a few dozen here: copy only these
                const auto acted = m_actedAt.find(infra + QLatin1Char('/') + before.name);
                if (acted != m_actedAt.end()) {
                    if (acted.value() > sequence)
                        continue; // asked for before the cloud accepted this node's action: stale for it
                    m_actedAt.erase(acted);
                }
                InfraNode n = before;
                const VmInfo* vm = n.systemId.isEmpty() ? nullptr : bySystemId.value(n.systemId);
                if (!vm && n.systemId.isEmpty()) {
                    const VmInfo* named = byName.value(n.vmName);
                    if (named && named->tags.value(InfraTags::nodeKey()) == infra + QLatin1Char('/') + n.name)
                        vm = named;
                }
                if (vm) {
                    updateFromVm(n, *vm);
                } else if (n.status == QLatin1String("Terminating")) {
                    n.status = QStringLiteral("Terminated"); // gone from the listing: the terminate is done
                }
                if (op && op->waiting.contains(n.name) && op->waiting.value(n.name)(n)) {
                    stopWaiting(op, n.name);
                    n.targetAction = kNone;
                }
                if (!(n.status == before.status && n.systemId == before.systemId && n.publicIp == before.publicIp
                      && n.targetAction == before.targetAction))
                    changed.append(n);
            }
        }
        // What a listing says the cloud will say again: committed with the others soon.
        m_store->saveNodesLater(changed);
        if (op)
            checkStage(op);
    }
}

QList<InfraNode> InfraEngine::nodesIn(const QString& infra, const InfraScope& scope) const
{
    QList<InfraNode> out;
    for (const InfraNode& n : m_store->nodes(infra)) {
        if (!scope.group.isEmpty() && n.group != scope.group)
            continue;
        if (!scope.node.isEmpty() && n.name != scope.node)
            continue;
        if (!scope.labelSelector.isEmpty() && !matchesSelector(n, scope.labelSelector))
            continue;
        out.append(n);
    }
    return out;
}

QStringList InfraEngine::connectionsOf(const QString& infra) const
{
    QSet<QString> set;
    for (const InfraNode& n : m_store->nodes(infra))
        set.insert(n.connection);
    for (const InfraSharedResource& s : m_store->allShared()) {
        if (s.owner == infra)
            set.insert(s.connection);
    }
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

// --- create -------------------------------------------------------------------------------

QFuture<InfraOutcome> InfraEngine::create(const InfraSpec& spec, const InfraReview& review)
{
    const QString action = QStringLiteral("create");
    if (!review.ok())
        return refuse(spec.name, action, tr("The review found errors; nothing was created."));
    if (isBusy(spec.name) || m_store->infra(spec.name))
        return refuse(spec.name, action, tr("An infrastructure named '%1' already exists.").arg(spec.name));
    for (const NodeGroupReview& g : review.groups) {
        if (g.connectionToAdd && !m_connections->find(g.connectionToAdd->name)) {
            QString error;
            if (!m_connections->add(*g.connectionToAdd, &error))
                return refuse(spec.name, action, tr("Cannot add connection '%1': %2").arg(g.connectionToAdd->name, error));
        }
    }
    QList<InfraNode> nodes;
    QStringList connections;
    for (const NodeGroupSpec& group : spec.nodeGroups) {
        const NodeGroupReview* r = review.group(group.name);
        if (!r)
            return refuse(spec.name, action, tr("The review has no node group '%1'.").arg(group.name));
        for (int i = 1; i <= group.nodeGroupSize; ++i)
            nodes.append(planNode(spec.name, group, spec.label, r->connection, r->provider, r->region, i));
        if (!connections.contains(r->connection))
            connections.append(r->connection);
    }
    QList<InfraSharedResource> shared;
    for (const QString& c : std::as_const(connections)) {
        InfraSharedResource vpc;
        vpc.connection = c;
        vpc.kind = int(ResourceKind::Vpc);
        vpc.nameId = InfraTags::vpcName(c);
        if (const ConnectionReview* cr = review.connection(c)) {
            vpc.detail.insert(QStringLiteral("cidr"), cr->vpcCidr);
            vpc.detail.insert(QStringLiteral("subnetCidr"), cr->subnetCidr);
        }
        InfraSharedResource key;
        key.connection = c;
        key.kind = int(ResourceKind::KeyPair);
        key.nameId = InfraTags::keyPairName(c);
        InfraSharedResource group;
        group.connection = c;
        group.kind = int(ResourceKind::SecurityGroup);
        group.owner = spec.name;
        group.nameId = InfraTags::securityGroupName(spec.name, c);
        shared << vpc << key << group;
    }
    InfraRecord record;
    record.name = spec.name;
    record.spec = spec;
    record.targetAction = QStringLiteral("Create");
    record.targetStatus = QStringLiteral("Running");
    QString error;
    // Every node is on disk before the first call: nothing can be made that we did not plan.
    if (!m_store->create(record, nodes, shared, &error))
        return refuse(spec.name, action, error);
    OperationPtr op = begin(spec.name, action, QStringLiteral("Running"));
    Q_EMIT progress(spec.name, tr("Creating %n node(s) on %1 connection(s)", nullptr, int(nodes.size()))
                                   .arg(connections.size()));
    deployNodes(op, nodes, spec.firewallRules);
    then(op, [this, op] { afterCreate(op); });
    return op->future;
}

void InfraEngine::deployNodes(const OperationPtr& op, const QList<InfraNode>& nodes, const QStringList& firewallRules)
{
    QMap<QString, QList<InfraNode>> byConnection;
    for (const InfraNode& n : nodes)
        byConnection[n.connection].append(n);
    for (auto it = byConnection.begin(); it != byConnection.end(); ++it) {
        const QString connection = it.key();
        const QList<InfraNode> group = it.value();
        op->pending += int(group.size());
        whenFinished(m_shared->ensure(connection, op->infra, firewallRules), this,
                     [this, op, group](const std::optional<CloudError>& error) {
                         op->pending -= int(group.size());
                         if (error || op->canceled) {
                             QList<InfraNode> failed;
                             for (InfraNode n : group) {
                                 n.status = kFailed;
                                 n.targetAction = kNone;
                                 n.error = error ? *error
                                                 : CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                                                                    tr("The create was aborted before this node was asked for."));
                                 failed.append(n);
                                 recordFailure(op, n);
                             }
                             m_store->saveNodesLater(failed);
                         } else {
                             createNodes(op, group);
                         }
                         checkStage(op);
                     });
    }
}

void InfraEngine::createNodes(const OperationPtr& op, const QList<InfraNode>& group)
{
    if (group.isEmpty())
        return;
    if (op->canceled) {
        QList<InfraNode> failed;
        for (InfraNode node : group) {
            node.status = kFailed;
            node.error = CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"),
                                          tr("The create was aborted before this node was asked for."));
            failed.append(node);
            recordFailure(op, node);
        }
        m_store->saveNodesLater(failed);
        return;
    }
    // One connection's nodes: they stand on the same VPC, key pair and security group.
    const QString connection = group.constFirst().connection;
    const QString infra = group.constFirst().infra;
    const std::optional<InfraSharedResource> vpc = m_store->shared(connection, int(ResourceKind::Vpc), QString());
    const std::optional<InfraSharedResource> key = m_store->shared(connection, int(ResourceKind::KeyPair), QString());
    const std::optional<InfraSharedResource> sg = m_store->shared(connection, int(ResourceKind::SecurityGroup), infra);
    QList<Resource> requests;
    requests.reserve(group.size());
    for (const InfraNode& node : group) {
        VmInfo vm;
        vm.iid.nameId = node.vmName;
        vm.zone = node.zone;
        vm.imageName = node.imageId;
        vm.specName = node.specName;
        if (vpc) {
            vm.vpcIid = Iid{vpc->nameId, vpc->systemId};
            vm.subnetIid = Iid{vpc->detail.value(QStringLiteral("subnet")).toString(),
                               vpc->detail.value(QStringLiteral("subnetSystemId")).toString()};
        }
        if (sg)
            vm.securityGroupIids.append(Iid{sg->nameId, sg->systemId});
        if (key)
            vm.keyPairIid = Iid{key->nameId, key->systemId};
        vm.rootDiskType = node.rootDiskType;
        vm.rootDiskSizeGb = node.rootDiskSize;
        vm.tags = InfraTags::nodeTags(node.infra, node.group, node.name);
        requests.append(Resource(vm));
    }
    // Every intent of the group in one commit, then every call: the queue paces them.
    QList<JobId> jobs;
    const QList<QFuture<Result<Resource>>> created = m_resources->createMany(connection, requests, &jobs);
    op->jobs.append(jobs);
    op->pending += int(group.size());
    op->outstanding[connection] += int(group.size());
    for (qsizetype i = 0; i < group.size(); ++i) {
        const InfraNode node = group.at(i);
        whenFinished(created.at(i), this,
                     [this, op, node](const Result<Resource>& result) { nodeCreated(op, node, result); });
    }
}

void InfraEngine::nodeCreated(const OperationPtr& op, InfraNode node, const Result<Resource>& result)
{
    if (result.ok()) {
        if (const VmInfo* made = result.value().as<VmInfo>())
            updateFromVm(node, *made);
        node.error.reset();
        // Committed a moment later: a crash that loses this is found again by its tags.
        m_store->saveNodeLater(node);
        watchNode(op, node);
        --op->pending;
        callAnswered(op, node.connection);
        checkStage(op);
        return;
    }
    if (result.error().kind == CloudError::Kind::Conflict) {
        // The name is taken: a crashed run made this node already. Adopt it if it is ours.
        whenFinished(m_resources->get(node.connection, ResourceKind::Vm, node.vmName), this,
                     [this, op, node, error = result.error()](const Result<Resource>& found) mutable {
                         const VmInfo* vm = found.ok() ? found.value().as<VmInfo>() : nullptr;
                         if (vm && vm->tags.value(InfraTags::nodeKey()) == node.infra + QLatin1Char('/') + node.name) {
                             updateFromVm(node, *vm);
                             m_store->saveNodeLater(node);
                             watchNode(op, node);
                         } else {
                             node.status = kFailed;
                             node.targetAction = kNone;
                             node.error = error;
                             m_store->saveNodeLater(node);
                             recordFailure(op, node);
                         }
                         --op->pending;
                         callAnswered(op, node.connection);
                         checkStage(op);
                     });
        return;
    }
    node.status = kFailed;
    node.targetAction = kNone;
    node.error = result.error();
    m_store->saveNodeLater(node);
    recordFailure(op, node);
    --op->pending;
    callAnswered(op, node.connection);
    checkStage(op);
}

void InfraEngine::afterCreate(const OperationPtr& op)
{
    const std::optional<InfraRecord> record = m_store->infra(op->infra);
    const InfraSpec spec = record ? record->spec : InfraSpec();
    // Nodes that failed while settling (reached Failed in the cloud) count as failed too.
    QList<InfraNode> failed;
    QSet<QString> reported;
    for (const QJsonObject& f : std::as_const(op->outcome.failedNodes))
        reported.insert(f.value(QStringLiteral("node")).toString());
    for (const InfraNode& n : m_store->nodes(op->infra)) {
        if (n.status == kFailed) {
            failed.append(n);
            if (!reported.contains(n.name))
                recordFailure(op, n);
        }
    }
    auto runPostCommands = [this, op, spec]() {
        auto phases = std::make_shared<QList<PostCommandPhase>>(spec.postCommands);
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, op, phases, next]() {
            if (phases->isEmpty() || op->canceled) {
                // Locals first: clearing *next destroys this very closure and its captures.
                InfraEngine* engine = this;
                const OperationPtr current = op;
                *next = nullptr;
                const int failedCount = int(current->outcome.failedNodes.size());
                const QString text = engine->status(current->infra).text;
                engine->finish(current, failedCount == 0 ? tr("Created: %1").arg(text)
                                                         : tr("Created with %n failed node(s): %1", nullptr, failedCount)
                                                               .arg(text));
                return;
            }
            const PostCommandPhase phase = phases->takeFirst();
            InfraScope scope;
            scope.group = phase.nodeGroup;
            scope.node = phase.node;
            scope.labelSelector = phase.labelSelector;
            const int timeout = phase.timeoutMinutes > 0 ? phase.timeoutMinutes * 60 * 1000 : m_commandTimeoutMs;
            runPhase(op, nodesIn(op->infra, scope), phase.commands.join(QLatin1Char('\n')), phase.userName, timeout);
            then(op, [next] { (*next)(); });
        };
        (*next)();
    };
    if (failed.isEmpty() || spec.policyOnPartialFailure == PartialFailurePolicy::Continue) {
        runPostCommands();
        return;
    }
    if (spec.policyOnPartialFailure == PartialFailurePolicy::Refine) {
        Q_EMIT progress(op->infra, tr("Refining: removing %n failed node(s)", nullptr, int(failed.size())));
        op->targetStatus = QStringLiteral("Terminated");
        terminateNodes(op, failed, false);
        then(op, [this, op, failed, runPostCommands] {
            dropTerminated(op->infra, failed);
            op->targetStatus = QStringLiteral("Running");
            runPostCommands();
        });
        return;
    }
    // Rollback: nothing of this create may stay.
    Q_EMIT progress(op->infra, tr("Rolling back: %n node(s) failed", nullptr, int(failed.size())));
    op->targetStatus = QStringLiteral("Terminated");
    op->action = QStringLiteral("delete");
    const QList<InfraNode> all = m_store->nodes(op->infra);
    const QStringList connections = connectionsOf(op->infra);
    terminateNodes(op, all, false);
    then(op, [this, op, all, connections] {
        dropTerminated(op->infra, all);
        releaseShared(op, connections);
        then(op, [this, op] {
            op->outcome.ok = false;
            if (op->outcome.unconfirmed.isEmpty() && m_store->nodes(op->infra).isEmpty()) {
                m_store->removeInfra(op->infra);
                finish(op, tr("Rolled back: the create failed and everything it made was deleted."));
            } else {
                finish(op, tr("Roll back incomplete: some resources could not be confirmed deleted."));
            }
        });
    });
}

// --- terminate, control, release ----------------------------------------------------------

void InfraEngine::terminateNodes(const OperationPtr& op, const QList<InfraNode>& nodes, bool keepRows)
{
    QStringList dropNow;
    QList<InfraNode> toTerminate;
    QList<InfraNode> neverMade;
    for (InfraNode n : nodes) {
        if (n.systemId.isEmpty() && (n.status == kPlanned || n.status == kFailed)) {
            // Never made (the journal and the listing agree): nothing to terminate.
            if (keepRows) {
                n.status = QStringLiteral("Terminated");
                neverMade.append(n);
            } else {
                dropNow.append(n.name);
            }
            continue;
        }
        if (isGone(n.status)) {
            if (!keepRows)
                dropNow.append(n.name);
            continue;
        }
        n.targetAction = QStringLiteral("Terminate");
        toTerminate.append(n);
    }
    m_store->removeNodes(op->infra, dropNow);
    // One transaction for every "Terminate" target, written before any call is sent.
    m_store->saveNodes(neverMade + toTerminate);
    // Every intent in one commit, then every call.
    QList<std::pair<QString, Iid>> targets;
    targets.reserve(toTerminate.size());
    for (const InfraNode& n : std::as_const(toTerminate))
        targets.append({n.connection, Iid{n.vmName, n.systemId}});
    QList<JobId> jobs;
    const QList<QFuture<Result<Done>>> removed = m_resources->removeMany(ResourceKind::Vm, targets, &jobs);
    op->jobs.append(jobs);
    op->pending += int(toTerminate.size());
    for (const InfraNode& n : std::as_const(toTerminate))
        ++op->outstanding[n.connection];
    for (qsizetype i = 0; i < toTerminate.size(); ++i) {
        whenFinished(removed.at(i), this, [this, op, n = toTerminate.at(i)](const Result<Done>& result) mutable {
            --op->pending;
            if (result.ok()) {
                n.status = QStringLiteral("Terminating");
                m_store->saveNodeLater(n);
                watchNode(op, n, [](const InfraNode& x) { return isGone(x.status); });
            } else if (result.error().kind == CloudError::Kind::NotFound) {
                n.status = QStringLiteral("Terminated");
                n.targetAction = kNone;
                m_store->saveNodeLater(n);
            } else {
                n.error = result.error();
                n.targetAction = kNone;
                m_store->saveNodeLater(n);
                op->outcome.unconfirmed.append(n.vmName);
                recordFailure(op, n);
            }
            callAnswered(op, n.connection);
            checkStage(op);
        });
    }
}

void InfraEngine::dropTerminated(const QString& infra, const QList<InfraNode>& nodes)
{
    QSet<QString> names;
    for (const InfraNode& n : nodes)
        names.insert(n.name);
    QStringList gone;
    for (const InfraNode& n : m_store->nodes(infra)) {
        if (names.contains(n.name) && isGone(n.status))
            gone.append(n.name);
    }
    m_store->removeNodes(infra, gone);
}

void InfraEngine::controlNodes(const OperationPtr& op, const QList<InfraNode>& nodes, ControlAction action)
{
    QList<InfraNode> targets;
    for (InfraNode n : nodes) {
        QString needed;
        switch (action) {
        case ControlAction::Suspend:
        case ControlAction::Reboot:
            needed = QStringLiteral("Running");
            break;
        case ControlAction::Resume:
            needed = QStringLiteral("Suspended");
            break;
        case ControlAction::Terminate:
            break;
        }
        if (!needed.isEmpty() && n.status != needed) {
            op->outcome.skippedNodes.append(tr("%1: is %2; %3 needs %4")
                                                .arg(n.name, n.status, controlActionName(action), needed));
            continue;
        }
        n.targetAction = controlActionName(action);
        n.targetAction[0] = n.targetAction.at(0).toUpper();
        targets.append(n);
    }
    // Every target in one transaction, written before any call is sent.
    m_store->saveNodes(targets);
    for (const InfraNode& target : std::as_const(targets)) {
        ++op->pending;
        whenFinished(m_resources->control(target.connection, ResourceKind::Vm, Iid{target.vmName, target.systemId},
                                          action),
                     this, [this, op, n = target](const Result<Resource>& result) mutable {
                         --op->pending;
                         if (result.ok()) {
                             if (const VmInfo* vm = result.value().as<VmInfo>())
                                 updateFromVm(n, *vm);
                             m_store->saveNodeLater(n);
                             watchNode(op, n);
                         } else {
                             n.error = result.error();
                             n.targetAction = kNone;
                             m_store->saveNodeLater(n);
                             recordFailure(op, n);
                         }
                         checkStage(op);
                     });
    }
}

void InfraEngine::releaseShared(const OperationPtr& op, const QStringList& connections)
{
    for (const QString& c : connections) {
        bool nodesLeft = false;
        for (const InfraNode& n : m_store->nodes(op->infra))
            nodesLeft = nodesLeft || n.connection == c;
        if (nodesLeft)
            continue;
        ++op->pending;
        whenFinished(m_shared->release(c, op->infra), this, [this, op](const QStringList& unconfirmed) {
            --op->pending;
            op->outcome.unconfirmed.append(unconfirmed);
            checkStage(op);
        });
    }
}

void InfraEngine::refreshConnections(const OperationPtr& op, const QStringList& connections)
{
    for (const QString& c : connections) {
        ++op->pending;
        whenFinished(m_watcher->refresh(c), this, [this, op, c](const Result<QList<Resource>>& listed) {
            --op->pending;
            if (!listed.ok())
                op->outcome.unconfirmed.append(tr("%1 (cannot list: %2)").arg(c, listed.error().toString()));
            checkStage(op);
        });
    }
}

// --- reconcile ----------------------------------------------------------------------------

void InfraEngine::reconcileConnections(const OperationPtr& op, const QStringList& connections)
{
    auto adopted = std::make_shared<int>(0);
    auto missing = std::make_shared<int>(0);
    auto sharedFixed = std::make_shared<int>(0);
    for (const QString& c : connections) {
        ++op->pending;
        struct Listings
        {
            QHash<int, QList<Resource>> byKind;
            int remaining = 4;
            std::optional<CloudError> error;
        };
        auto listings = std::make_shared<Listings>();
        const QList<ResourceKind> kinds{ResourceKind::Vm, ResourceKind::Vpc, ResourceKind::SecurityGroup,
                                        ResourceKind::KeyPair};
        for (ResourceKind kind : kinds) {
            whenFinished(m_resources->list(c, kind), this,
                         [this, op, c, kind, listings, adopted, missing, sharedFixed](const Result<QList<Resource>>& r) {
                             if (r.ok())
                                 listings->byKind.insert(int(kind), r.value());
                             else if (!listings->error)
                                 listings->error = r.error();
                             if (--listings->remaining > 0)
                                 return;
                             --op->pending;
                             if (listings->error) {
                                 // Fail-closed: nothing is decided about a connection we could not list.
                                 op->outcome.unconfirmed.append(
                                     tr("%1 (cannot list: %2)").arg(c, listings->error->toString()));
                                 checkStage(op);
                                 return;
                             }
                             const QList<Resource>& vms = listings->byKind.value(int(ResourceKind::Vm));
                             applyListing(c, vms);
                             // Nodes: adopt tagged VMs the workspace lost; fail what the cloud does not have.
                             QHash<QString, InfraNode> rows;
                             for (const InfraNode& n : m_store->nodes(op->infra)) {
                                 if (n.connection == c)
                                     rows.insert(n.name, n);
                             }
                             QSet<QString> seen;
                             QList<InfraNode> changed;
                             const QString prefix = op->infra + QLatin1Char('/');
                             const ConnectionConfig config = m_connections->find(c).value_or(ConnectionConfig());
                             for (const Resource& r : vms) {
                                 const VmInfo* vm = r.as<VmInfo>();
                                 const QString tag = vm ? vm->tags.value(InfraTags::nodeKey()) : QString();
                                 if (!vm || !tag.startsWith(prefix) || vm->status == VmStatus::Terminated)
                                     continue;
                                 const QString name = tag.mid(prefix.size());
                                 seen.insert(name);
                                 if (rows.contains(name))
                                     continue;
                                 InfraNode n;
                                 n.infra = op->infra;
                                 n.name = name;
                                 n.group = vm->tags.value(InfraTags::groupKey());
                                 n.connection = c;
                                 n.provider = config.provider;
                                 n.region = config.region;
                                 n.specName = vm->specName;
                                 n.imageId = vm->imageName;
                                 n.vmName = vm->iid.nameId;
                                 updateFromVm(n, *vm);
                                 changed.append(n);
                                 ++*adopted;
                             }
                             for (InfraNode n : std::as_const(rows)) {
                                 if (seen.contains(n.name) || isGone(n.status))
                                     continue;
                                 if (n.status == QLatin1String("Terminating")) {
                                     n.status = QStringLiteral("Terminated");
                                 } else if (n.status != kFailed || !n.systemId.isEmpty()) {
                                     n.error = CloudError::make(
                                         CloudError::Kind::NotFound, QStringLiteral("NotExist"),
                                         tr("The cloud lists no VM for this node: it was never created or is gone."));
                                     n.status = kFailed;
                                     n.systemId.clear();
                                     ++*missing;
                                 } else {
                                     continue;
                                 }
                                 n.targetAction = kNone;
                                 changed.append(n);
                             }
                             m_store->saveNodes(changed);
                             // Shared resources: the cloud's listing decides what exists.
                             for (int kind : {int(ResourceKind::Vpc), int(ResourceKind::SecurityGroup),
                                              int(ResourceKind::KeyPair)}) {
                                 const QList<Resource>& items = listings->byKind.value(kind);
                                 QList<InfraSharedResource> rowsOfKind;
                                 for (const InfraSharedResource& s : m_store->shared(c)) {
                                     if (s.kind == kind && (s.owner.isEmpty() || s.owner == op->infra))
                                         rowsOfKind.append(s);
                                 }
                                 for (const Resource& item : items) {
                                     const QMap<QString, QString> tags = item.tags();
                                     if (tags.value(InfraTags::sharedKey()) != c)
                                         continue;
                                     const QString owner = kind == int(ResourceKind::SecurityGroup)
                                         ? tags.value(InfraTags::infraKey())
                                         : QString();
                                     if (kind == int(ResourceKind::SecurityGroup) && owner != op->infra)
                                         continue;
                                     bool known = false;
                                     for (InfraSharedResource& s : rowsOfKind) {
                                         if (s.nameId != item.iid().nameId)
                                             continue;
                                         known = true;
                                         if (s.state != QLatin1String("Active") || s.systemId != item.iid().systemId) {
                                             s.state = QStringLiteral("Active");
                                             s.systemId = item.iid().systemId;
                                             s.error.reset();
                                             rememberSubnet(s, item);
                                             m_store->saveShared(s);
                                             ++*sharedFixed;
                                         }
                                     }
                                     if (!known) {
                                         InfraSharedResource s;
                                         s.connection = c;
                                         s.kind = kind;
                                         s.owner = owner;
                                         s.nameId = item.iid().nameId;
                                         s.systemId = item.iid().systemId;
                                         s.state = QStringLiteral("Active");
                                         rememberSubnet(s, item);
                                         m_store->saveShared(s);
                                         ++*sharedFixed;
                                     }
                                 }
                                 for (const InfraSharedResource& s : std::as_const(rowsOfKind)) {
                                     bool listed = false;
                                     for (const Resource& item : items)
                                         listed = listed || item.iid().nameId == s.nameId;
                                     if (listed)
                                         continue;
                                     if (s.state == QLatin1String("Active") || s.state == QLatin1String("Deleting")) {
                                         // Gone: a confirmed delete, or something to make again when needed.
                                         m_store->removeShared(s.connection, s.kind, s.owner);
                                         ++*sharedFixed;
                                     }
                                 }
                             }
                             op->outcome.details.insert(QStringLiteral("adoptedNodes"), *adopted);
                             op->outcome.details.insert(QStringLiteral("missingNodes"), *missing);
                             op->outcome.details.insert(QStringLiteral("sharedFixed"), *sharedFixed);
                             checkStage(op);
                         });
        }
    }
}

// --- remote commands ----------------------------------------------------------------------

void InfraEngine::runPhase(const OperationPtr& op, const QList<InfraNode>& nodes, const QString& command,
                           const QString& userName, int timeoutMs)
{
    if (!m_shell || !m_secrets) {
        op->outcome.ok = false;
        op->outcome.unconfirmed.append(tr("remote commands are not available (no SSH client or secret store)"));
        return;
    }
    QPointer<InfraEngine> self(this);
    const QString infra = op->infra;
    for (const InfraNode& n : nodes) {
        if (n.status != QLatin1String("Running") || n.sshAccessPoint.isEmpty()) {
            op->outcome.skippedNodes.append(tr("%1: is %2, not Running with an address").arg(n.name, n.status));
            continue;
        }
        ++op->pending;
        whenFinishedOn(m_secrets->read(InfraTags::keySecretRef(n.connection)), this,
                     [this, self, op, n, command, userName, timeoutMs, infra](const Result<QByteArray>& secret) {
                         if (!secret.ok()) {
                             RemoteCommandResult r;
                             r.node = n.name;
                             r.error = secret.error();
                             op->outcome.commandResults.append(r);
                             --op->pending;
                             checkStage(op);
                             return;
                         }
                         RemoteTarget target;
                         target.node = n.name;
                         const int colon = n.sshAccessPoint.lastIndexOf(QLatin1Char(':'));
                         target.host = colon > 0 ? n.sshAccessPoint.left(colon) : n.sshAccessPoint;
                         target.port = colon > 0 ? n.sshAccessPoint.mid(colon + 1).toInt() : 22;
                         target.user = userName.isEmpty() ? n.vmUserName : userName;
                         target.privateKey = QJsonDocument::fromJson(secret.value())
                                                 .object()
                                                 .value(QStringLiteral("privateKey"))
                                                 .toString()
                                                 .toLatin1();
                         RemoteShell::OutputSink sink = [self, infra](const QString& node, const QByteArray& chunk,
                                                                      bool isStandardError) {
                             QMetaObject::invokeMethod(
                                 self.data(),
                                 [self, infra, node, chunk, isStandardError] {
                                     if (self)
                                         Q_EMIT self->commandOutput(infra, node, chunk, isStandardError);
                                 },
                                 Qt::QueuedConnection);
                         };
                         whenFinishedOn(m_shell->run(target, command, timeoutMs, sink), this,
                                      [this, op](const RemoteCommandResult& result) {
                                          op->outcome.commandResults.append(result);
                                          if (!result.succeeded())
                                              op->outcome.ok = false;
                                          --op->pending;
                                          checkStage(op);
                                      });
                         target.privateKey.fill('\0');
                     });
    }
}

// --- the other actions --------------------------------------------------------------------

QFuture<InfraOutcome> InfraEngine::control(const QString& infra, const QString& action, const InfraScope& scope)
{
    if (!controlActions().contains(action))
        return refuse(infra, action, tr("Unknown action '%1' (one of %2).").arg(action, controlActions().join(QStringLiteral(", "))));
    if (!m_store->infra(infra))
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (action == QLatin1String("abort")) {
        if (OperationPtr running = m_operations.value(infra)) {
            // Stop sending; what is in flight settles (the journal asks the cloud), then abort.
            running->canceled = true;
            for (JobId id : std::as_const(running->jobs))
                m_jobs->cancel(id);
            auto promise = std::make_shared<QPromise<InfraOutcome>>();
            promise->start();
            whenFinished(running->future, this, [this, infra, scope, promise](const InfraOutcome&) {
                whenFinished(control(infra, QStringLiteral("abort"), scope), this, [promise](const InfraOutcome& o) {
                    promise->addResult(o);
                    promise->finish();
                });
            });
            return promise->future();
        }
    }
    if (isBusy(infra))
        return refuse(infra, action,
                      tr("'%1' is busy with %2; wait, or abort it.").arg(infra, m_operations.value(infra)->action));

    if (action == QLatin1String("reconcile") || action == QLatin1String("abort")) {
        OperationPtr op = begin(infra, action, QStringLiteral("None"));
        auto reconcileNow = [this, op, infra, action, scope]() {
            reconcileConnections(op, connectionsOf(infra));
            then(op, [this, op, infra, action, scope] {
                if (action == QLatin1String("reconcile")) {
                    finish(op, tr("Reconciled: %1").arg(status(infra).text));
                    return;
                }
                // Abort: whatever is not in a final state goes.
                QList<InfraNode> unfinished;
                for (const InfraNode& n : nodesIn(infra, scope)) {
                    if (n.status != QLatin1String("Running") && n.status != QLatin1String("Suspended")
                        && !isGone(n.status))
                        unfinished.append(n);
                }
                op->targetStatus = QStringLiteral("Terminated");
                terminateNodes(op, unfinished, false);
                then(op, [this, op, infra, unfinished] {
                    dropTerminated(infra, unfinished);
                    finish(op, tr("Aborted: %n unfinished node(s) terminated; %1", nullptr, int(unfinished.size()))
                                   .arg(status(infra).text));
                });
            });
        };
        if (m_reconciler) {
            // Settle what a crashed session left in the journal first, so tags are all in the cloud's view.
            whenFinished(m_reconciler->reconcile(), this, [reconcileNow](const QList<ReconcileDecision>&) { reconcileNow(); });
        } else {
            reconcileNow();
        }
        return op->future;
    }
    const QList<InfraNode> nodes = nodesIn(infra, scope);
    if (nodes.isEmpty())
        return refuse(infra, action, tr("No node of '%1' matches the scope.").arg(infra));
    if (action == QLatin1String("refine")) {
        QList<InfraNode> failed;
        for (const InfraNode& n : nodes) {
            if (n.status == kFailed)
                failed.append(n);
        }
        OperationPtr op = begin(infra, action, QStringLiteral("Terminated"));
        terminateNodes(op, failed, false);
        then(op, [this, op, infra, failed] {
            dropTerminated(infra, failed);
            finish(op, tr("Refined: %n failed node(s) removed; %1", nullptr, int(failed.size())).arg(status(infra).text));
        });
        return op->future;
    }
    if (action == QLatin1String("terminate")) {
        OperationPtr op = begin(infra, action, QStringLiteral("Terminated"));
        terminateNodes(op, nodes, true);
        then(op, [this, op, infra] { finish(op, tr("Terminated: %1").arg(status(infra).text)); });
        return op->future;
    }
    const ControlAction verb = *controlActionFromName(action);
    const QString target = verb == ControlAction::Suspend ? QStringLiteral("Suspended") : QStringLiteral("Running");
    OperationPtr op = begin(infra, action, target);
    controlNodes(op, nodes, verb);
    then(op, [this, op, infra, action] {
        finish(op, tr("%1: %2").arg(action, status(infra).text));
    });
    return op->future;
}

QFuture<InfraOutcome> InfraEngine::scale(const QString& infra, const QString& group, int size)
{
    const QString action = QStringLiteral("scale");
    std::optional<InfraRecord> record = m_store->infra(infra);
    if (!record)
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (isBusy(infra))
        return refuse(infra, action, tr("'%1' is busy with %2; wait, or abort it.").arg(infra, m_operations.value(infra)->action));
    if (size < 0 || size > 1000)
        return refuse(infra, action, tr("A node group's size must be from 0 to 1000."));
    InfraScope scope;
    scope.group = group;
    const QList<InfraNode> nodes = nodesIn(infra, scope);
    NodeGroupSpec* groupSpec = nullptr;
    for (NodeGroupSpec& g : record->spec.nodeGroups) {
        if (g.name == group)
            groupSpec = &g;
    }
    if (!groupSpec || nodes.isEmpty())
        return refuse(infra, action, tr("'%1' has no node group '%2' with nodes.").arg(infra, group));
    groupSpec->nodeGroupSize = size;
    m_store->setSpec(infra, record->spec);
    if (size == nodes.size())
        return refuse(infra, action, tr("Node group '%1' already has %2 node(s).").arg(group).arg(size));
    if (size > nodes.size()) {
        int highest = 0;
        for (const InfraNode& n : nodes)
            highest = qMax(highest, InfraTags::nodeIndex(n.name));
        const InfraNode& model = nodes.constFirst();
        QList<InfraNode> added;
        for (int i = 1; i <= size - nodes.size(); ++i) {
            InfraNode n = planNode(infra, *groupSpec, record->spec.label, model.connection, model.provider, model.region,
                                   highest + i);
            n.specName = model.specName;
            added.append(n);
        }
        m_store->saveNodes(added);
        OperationPtr op = begin(infra, action, QStringLiteral("Running"));
        deployNodes(op, added, record->spec.firewallRules);
        then(op, [this, op, infra, group, size] {
            finish(op, tr("Scaled %1 out to %2: %3").arg(group).arg(size).arg(status(infra).text));
        });
        return op->future;
    }
    QList<InfraNode> victims = nodes;
    std::sort(victims.begin(), victims.end(), [](const InfraNode& a, const InfraNode& b) {
        return InfraTags::nodeIndex(a.name) > InfraTags::nodeIndex(b.name);
    });
    victims = victims.mid(0, nodes.size() - size);
    OperationPtr op = begin(infra, action, QStringLiteral("Terminated"));
    terminateNodes(op, victims, false);
    then(op, [this, op, infra, group, size, victims] {
        dropTerminated(infra, victims);
        finish(op, tr("Scaled %1 in to %2: %3").arg(group).arg(size).arg(status(infra).text));
    });
    return op->future;
}

QFuture<InfraOutcome> InfraEngine::addNodeGroup(const QString& infra, const NodeGroupSpec& group, const QString& connection)
{
    const QString action = QStringLiteral("addgroup");
    std::optional<InfraRecord> record = m_store->infra(infra);
    if (!record)
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (isBusy(infra))
        return refuse(infra, action, tr("'%1' is busy with %2; wait, or abort it.").arg(infra, m_operations.value(infra)->action));
    for (const NodeGroupSpec& g : record->spec.nodeGroups) {
        if (g.name == group.name)
            return refuse(infra, action, tr("'%1' already has a node group '%2'.").arg(infra, group.name));
    }
    const std::optional<ConnectionConfig> config = m_connections->find(connection);
    if (!config)
        return refuse(infra, action, tr("No connection named '%1'.").arg(connection));
    record->spec.nodeGroups.append(group);
    m_store->setSpec(infra, record->spec);
    QList<InfraNode> nodes;
    for (int i = 1; i <= group.nodeGroupSize; ++i)
        nodes.append(planNode(infra, group, record->spec.label, connection, config->provider, config->region, i));
    m_store->saveNodes(nodes);
    OperationPtr op = begin(infra, action, QStringLiteral("Running"));
    deployNodes(op, nodes, record->spec.firewallRules);
    then(op, [this, op, infra, group] {
        finish(op, tr("Added node group %1: %2").arg(group.name, status(infra).text));
    });
    return op->future;
}

QFuture<InfraOutcome> InfraEngine::remove(const QString& infra)
{
    const QString action = QStringLiteral("delete");
    if (!m_store->infra(infra))
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (isBusy(infra))
        return refuse(infra, action, tr("'%1' is busy with %2; wait, or abort it.").arg(infra, m_operations.value(infra)->action));
    OperationPtr op = begin(infra, action, QStringLiteral("Terminated"));
    const QStringList connections = connectionsOf(infra);
    // First the clouds' own view (adopting anything tagged ours), so nothing is left behind
    // that the workspace did not know about.
    reconcileConnections(op, connections);
    then(op, [this, op, infra, connections] {
        if (!op->outcome.unconfirmed.isEmpty()) {
            finish(op, tr("Not deleted: some connections could not be listed, so nothing was removed."));
            return;
        }
        const QList<InfraNode> all = m_store->nodes(infra);
        terminateNodes(op, all, false);
        then(op, [this, op, infra, all, connections] {
            dropTerminated(infra, all);
            releaseShared(op, connections);
            then(op, [this, op, infra] {
                if (op->outcome.unconfirmed.isEmpty() && m_store->nodes(infra).isEmpty()) {
                    m_store->removeInfra(infra);
                    finish(op, tr("Deleted '%1': every node and the shared resources nothing else uses are gone.").arg(infra));
                } else {
                    finish(op, tr("Delete of '%1' incomplete: %n resource(s) not confirmed gone; run delete again.", nullptr,
                                  int(op->outcome.unconfirmed.size() + m_store->nodes(infra).size()))
                                   .arg(infra));
                }
            });
        });
    });
    return op->future;
}

QFuture<InfraOutcome> InfraEngine::runCommand(const QString& infra, const InfraScope& scope, const QString& command,
                                              const QString& userName, int timeoutMs)
{
    const QString action = QStringLiteral("cmd");
    if (!m_store->infra(infra))
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (isBusy(infra))
        return refuse(infra, action, tr("'%1' is busy with %2; wait, or abort it.").arg(infra, m_operations.value(infra)->action));
    const QList<InfraNode> nodes = nodesIn(infra, scope);
    if (nodes.isEmpty())
        return refuse(infra, action, tr("No node of '%1' matches the scope.").arg(infra));
    OperationPtr op = begin(infra, action, QStringLiteral("None"));
    runPhase(op, nodes, command, userName, timeoutMs > 0 ? timeoutMs : m_commandTimeoutMs);
    then(op, [this, op] {
        int ok = 0;
        for (const RemoteCommandResult& r : std::as_const(op->outcome.commandResults))
            ok += r.succeeded() ? 1 : 0;
        finish(op, tr("Command finished on %1 of %2 node(s) with exit status 0.")
                       .arg(ok)
                       .arg(op->outcome.commandResults.size()));
    });
    return op->future;
}

QFuture<InfraOutcome> InfraEngine::refreshStatus(const QString& infra)
{
    const QString action = QStringLiteral("status");
    if (!m_store->infra(infra))
        return refuse(infra, action, tr("No infrastructure named '%1'.").arg(infra));
    if (isBusy(infra)) {
        InfraOutcome o;
        o.infra = infra;
        o.action = action;
        o.ok = true;
        o.status = status(infra);
        return QtFuture::makeReadyFuture(o);
    }
    auto op = std::make_shared<Operation>();
    // Not registered as the infra's action: a status read never blocks or is blocked.
    op->infra = infra;
    op->action = action;
    op->promise = std::make_shared<QPromise<InfraOutcome>>();
    op->promise->start();
    op->future = op->promise->future();
    op->outcome.infra = infra;
    op->outcome.action = action;
    op->outcome.ok = true;
    op->deadline = std::make_unique<QTimer>();
    refreshConnections(op, connectionsOf(infra));
    then(op, [this, op, infra] {
        op->finished = true;
        op->outcome.status = status(infra);
        op->outcome.ok = op->outcome.unconfirmed.isEmpty();
        op->promise->addResult(op->outcome);
        op->promise->finish();
    });
    return op->future;
}

} // namespace Barista
