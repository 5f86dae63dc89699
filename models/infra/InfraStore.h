// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraNode.h"
#include "models/infra/InfraSpec.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace Barista {

class Workspace;

/// One infrastructure's own row: the spec it was made from and the action in progress.
struct InfraRecord
{
    QString name;
    InfraSpec spec;
    QString targetAction = QStringLiteral("None");
    QString targetStatus = QStringLiteral("None");
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString note;
};

/// The infrastructures, their nodes and the shared resources they use, in the workspace
/// database. Every write is one transaction, committed before the caller sends the cloud call
/// it prepares (WAL + synchronous=FULL, see Workspace).
///
/// Except saveNodesLater: what the clouds answered about nodes (a VM's id, its status) is
/// gathered and committed together a few milliseconds later, not one fsync per answer. A crash may
/// lose those rows' last changes; that is no worse than a crash just before the answers, and
/// `reconcile` finds the VMs again by their tags. Reads of this store see them at once, and
/// every other write commits them first, in its own transaction.
///
/// Thread affinity: the thread that uses the Workspace's connection (the engine's).
class InfraStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraStore)

public:
    explicit InfraStore(Workspace* workspace, QObject* parent = nullptr);
    ~InfraStore() override;

    /// Writes a new infra with its planned nodes and shared resources; false if the name is taken.
    bool create(const InfraRecord& infra, const QList<InfraNode>& nodes, const QList<InfraSharedResource>& shared,
                QString* error = nullptr);
    std::optional<InfraRecord> infra(const QString& name) const;
    QList<InfraRecord> infras() const;
    bool setTarget(const QString& infra, const QString& action, const QString& status, const QString& note = QString());
    bool setSpec(const QString& infra, const InfraSpec& spec);
    bool removeInfra(const QString& infra);

    QList<InfraNode> nodes(const QString& infra) const;
    /// Inserts or replaces, all in one transaction.
    bool saveNodes(const QList<InfraNode>& nodes, QString* error = nullptr);
    bool saveNode(const InfraNode& node) { return saveNodes({node}); }
    /// Saves with the others of the next few ms (see the class comment); never for a row
    /// that must be on disk before a call is sent.
    void saveNodesLater(const QList<InfraNode>& nodes);
    void saveNodeLater(const InfraNode& node) { saveNodesLater({node}); }
    /// Commits what saveNodesLater gathered.
    bool flush();
    bool removeNodes(const QString& infra, const QStringList& names);
    /// Nodes of any infra on a connection that still have (or may have) a VM.
    int nodesOnConnection(const QString& connection, const QString& exceptInfra = QString()) const;
    /// The infras with at least one node on a connection.
    QStringList infrasOnConnection(const QString& connection) const;

    QList<InfraSharedResource> shared(const QString& connection) const;
    std::optional<InfraSharedResource> shared(const QString& connection, int kind, const QString& owner) const;
    QList<InfraSharedResource> allShared() const;
    bool saveShared(const InfraSharedResource& resource);
    bool removeShared(const QString& connection, int kind, const QString& owner);

Q_SIGNALS:
    /// Something of this infra changed (nodes, status, target); views re-read it.
    void infraChanged(const QString& infra);
    void infraRemoved(const QString& infra);

private:
    /// Keeps the node cache exact after this store's own write (see InfraStore.cpp);
    /// alreadyCached: rows saved late, which the cache shows already.
    void nodesWritten(const QString& infra, const QStringList& names, bool removed, bool ok,
                      bool alreadyCached = false) const;
    /// Drops the caches when another connection or store wrote; returns data_version (-1: unknown).
    qint64 validateCache(const QSqlDatabase& db) const;
    /// Replaces (or adds) the node of that name; true when the order may have changed.
    static bool patch(QList<InfraNode>& nodes, const InfraNode& node);
    /// Writes nodes in the open transaction; the names written per infra go to *touched.
    bool writeNodes(const QList<InfraNode>& nodes, QMap<QString, QStringList>* touched, QString* error,
                    bool late = false);
    /// Takes the rows saveNodesLater gathered (to write them in the caller's transaction).
    QList<InfraNode> takeLater();
    /// Inserts or replaces a shared row (in the caller's transaction, if any).
    bool writeShared(const InfraSharedResource& resource, QString* error);
    /// Commits (or rolls back) the caller's transaction and updates the cache and the views.
    bool finishNodeWrite(QSqlDatabase& db, const QMap<QString, QStringList>& late,
                         const QMap<QString, QStringList>& touched, bool ok, bool emitChanged);

    Workspace* m_workspace;
    QHash<QString, InfraNode> m_later; ///< by infra + '/' + name: saved late, not committed yet
    QTimer m_flushTimer;
    // nodes() is read on every listing of every connection; the rows change far less often.
    mutable QHash<QString, QList<InfraNode>> m_nodeCache;
    mutable QHash<QString, QStringList> m_infrasCache; ///< infrasOnConnection, by connection
    mutable qint64 m_cacheDataVersion = -1;
    mutable quint64 m_cacheWrites = 0;
};

} // namespace Barista
