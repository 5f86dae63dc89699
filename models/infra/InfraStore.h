// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraNode.h"
#include "models/infra/InfraSpec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
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
/// Thread affinity: the thread that uses the Workspace's connection (the engine's).
class InfraStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraStore)

public:
    explicit InfraStore(Workspace* workspace, QObject* parent = nullptr);

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
    /// Keeps the node cache exact after this store's own write (see InfraStore.cpp).
    void nodesWritten(const QString& infra, const QStringList& names, bool removed, bool ok) const;

    Workspace* m_workspace;
    // nodes() is read on every listing of every connection; the rows change far less often.
    mutable QHash<QString, QList<InfraNode>> m_nodeCache;
    mutable qint64 m_cacheDataVersion = -1;
    mutable quint64 m_cacheWrites = 0;
};

} // namespace Barista
