// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/infra/InfraOutcome.h"
#include "models/infra/InfraReview.h"
#include "models/infra/InfraSpec.h"
#include "models/infra/InfraStatus.h"
#include "models/jobs/JobTypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <limits>
#include <functional>
#include <memory>

namespace Barista {

class ConnectionStore;
class InfraSharedResources;
class InfraStore;
class InfraWatcher;
class JobQueue;
class Reconciler;
class RemoteShell;
class ResourceService;
class SecretStore;
class SshKeyFactory;
struct InfraNode;

/// CB-Tumblebug's "one service on many clouds" as a local engine: creates an infrastructure's
/// node groups on many connections at once, watches them to a stable status, controls, scales,
/// runs commands on and deletes them as one unit, and reconciles what the workspace believes
/// with what the clouds list.
///
/// Every cloud call goes through ResourceService (so through the job queue's per-connection
/// limits and retries, and the journal with an idempotency token), and every node is written to
/// the InfraStore before its VM is asked for, with tags that name its infra and node: a crash at
/// any point leaves nothing that `reconcile` cannot find again.
///
/// One action at a time per infra (an action asked for while another runs is refused, except
/// abort). Thread affinity: the thread of the job queue (the UI thread in the GUI).
class InfraEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraEngine)

public:
    struct Services
    {
        InfraStore* store = nullptr;
        ResourceService* resources = nullptr;
        ConnectionStore* connections = nullptr;
        JobQueue* jobs = nullptr;
        Reconciler* reconciler = nullptr;  ///< settles orphaned journal intents before reconcile
        SecretStore* secrets = nullptr;    ///< private keys; without it, `cmd` cannot reach nodes
        SshKeyFactory* keys = nullptr;
        RemoteShell* shell = nullptr;
    };

    explicit InfraEngine(const Services& services, QObject* parent = nullptr);
    ~InfraEngine() override;

    /// How often transitional nodes are listed (default 5 s; the app scales it for the simulator).
    void setPollInterval(qint64 ms);
    /// A node still transitional this long after its action is marked Failed (default 20 min).
    void setSettleTimeout(qint64 ms);
    /// Delete retries of shared resources (see InfraSharedResources::setReleaseRetry).
    void setReleaseRetry(int attempts, qint64 delayMs);
    /// Per-node timeout of postCommands (default 30 min, as Tumblebug).
    void setCommandTimeout(int ms);

    InfraStore* store() const { return m_store; }

    /// Creates what review planned (add its connections, the shared resources, then every node),
    /// waits until each node is Running or failed, applies the spec's policyOnPartialFailure and
    /// runs its postCommands. Refused when the review has errors.
    QFuture<InfraOutcome> create(const InfraSpec& spec, const InfraReview& review);
    /// suspend | resume | reboot | terminate | refine | reconcile | abort, on the scope's nodes.
    QFuture<InfraOutcome> control(const QString& infra, const QString& action, const InfraScope& scope = {});
    /// Sets a node group's size: new nodes "<group>-<n+1>"..., or the highest-numbered ones go.
    QFuture<InfraOutcome> scale(const QString& infra, const QString& group, int size);
    /// Adds a node group on a connection of the infra's (or another existing connection).
    QFuture<InfraOutcome> addNodeGroup(const QString& infra, const NodeGroupSpec& group, const QString& connection);
    /// Terminates every node, waits until the clouds confirm, releases the shared resources
    /// nothing else uses, then forgets the infra. Fail-closed: what cannot be confirmed gone
    /// keeps its row (a tombstone) and the infra stays, marked, for the next delete.
    QFuture<InfraOutcome> remove(const QString& infra);
    /// Runs a command on the scope's Running nodes in parallel; output streams via commandOutput.
    QFuture<InfraOutcome> runCommand(const QString& infra, const InfraScope& scope, const QString& command,
                                     const QString& userName = QString(), int timeoutMs = 0);
    /// Lists the infra's connections and updates its nodes' statuses.
    QFuture<InfraOutcome> refreshStatus(const QString& infra);

    InfraStatus status(const QString& infra) const;
    bool isBusy(const QString& infra) const;
    static QStringList controlActions();

Q_SIGNALS:
    void progress(const QString& infra, const QString& message);
    void commandOutput(const QString& infra, const QString& node, const QByteArray& chunk, bool isStandardError);
    void operationFinished(const QString& infra, const QString& action, bool ok);

private:
    struct Operation;
    using OperationPtr = std::shared_ptr<Operation>;

    OperationPtr begin(const QString& infra, const QString& action, const QString& targetStatus);
    QFuture<InfraOutcome> refuse(const QString& infra, const QString& action, const QString& message);
    void finish(const OperationPtr& op, const QString& message);
    void checkStage(const OperationPtr& op);
    void then(const OperationPtr& op, std::function<void()> next);

    void deployNodes(const OperationPtr& op, const QList<InfraNode>& nodes, const QStringList& firewallRules);
    /// Creates one connection's nodes (their intents in one commit, then the calls).
    void createNodes(const OperationPtr& op, const QList<InfraNode>& group);
    void nodeCreated(const OperationPtr& op, InfraNode node, const Result<Resource>& result);
    void terminateNodes(const OperationPtr& op, const QList<InfraNode>& nodes, bool keepRows);
    /// Forgets the rows of those nodes whose VM the cloud confirmed gone.
    void dropTerminated(const QString& infra, const QList<InfraNode>& nodes);
    void controlNodes(const OperationPtr& op, const QList<InfraNode>& nodes, ControlAction action);
    void releaseShared(const OperationPtr& op, const QStringList& connections);
    void refreshConnections(const OperationPtr& op, const QStringList& connections);
    void reconcileConnections(const OperationPtr& op, const QStringList& connections);
    void runPhase(const OperationPtr& op, const QList<InfraNode>& nodes, const QString& command,
                  const QString& userName, int timeoutMs);
    void afterCreate(const OperationPtr& op);
    /// sequence: when the listing was asked for (InfraWatcher::mark); the default is "now".
    void applyListing(const QString& connection, const QList<Resource>& vms,
                      qint64 sequence = std::numeric_limits<qint64>::max());
    /// Waits for the node until arrived(node) says so; by default, until the operation's
    /// target status (or Failed).
    void watchNode(const OperationPtr& op, const InfraNode& node, std::function<bool(const InfraNode&)> arrived = {});
    /// One of the connection's node calls is answered; once all are, it is listed.
    void callAnswered(const OperationPtr& op, const QString& connection);
    /// The node arrived (or timed out); its connection is no longer listed once none waits there.
    void stopWaiting(const OperationPtr& op, const QString& node);
    void settleTimeout(const OperationPtr& op);
    void recordFailure(const OperationPtr& op, const InfraNode& node);

    QList<InfraNode> nodesIn(const QString& infra, const InfraScope& scope) const;
    QStringList connectionsOf(const QString& infra) const;

    InfraStore* m_store;
    ResourceService* m_resources;
    ConnectionStore* m_connections;
    JobQueue* m_jobs;
    Reconciler* m_reconciler;
    SecretStore* m_secrets;
    RemoteShell* m_shell;
    InfraWatcher* m_watcher;
    InfraSharedResources* m_shared;
    QHash<QString, OperationPtr> m_operations; ///< by infra
    /// "infra/node" -> InfraWatcher::mark() taken when the cloud accepted the node's last action:
    /// a listing asked for before that is stale for the node (it may still say Running after
    /// the terminate was accepted, and the VM then leaves the listing while the row says Running).
    QHash<QString, qint64> m_actedAt;
    qint64 m_settleTimeoutMs = 20 * 60 * 1000;
    int m_commandTimeoutMs = 30 * 60 * 1000;
};

} // namespace Barista
