// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraNode.h"
#include "models/interfaces/CloudError.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

class InfraStore;
class ResourceService;
class SecretStore;
class SshKeyFactory;

/// Makes and releases what the nodes on a connection stand on: the VPC with its subnet and the
/// key pair (shared by every infra on the connection) and the infra's own security group (SSH
/// only, plus the spec's firewall rules). Each is recorded as Planned before it is asked for;
/// a name the cloud already has (a crashed run made it) is adopted when its tags say it is
/// ours, never duplicated. Releases are fail-closed: a resource is forgotten only once the
/// cloud answers that it is gone; otherwise its row stays as a tombstone (state Deleting).
class InfraSharedResources final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraSharedResources)

public:
    InfraSharedResources(InfraStore* store, ResourceService* resources, SecretStore* secrets, SshKeyFactory* keys,
                         QObject* parent = nullptr);

    /// Makes sure the VPC, key pair and the infra's security group exist on the connection.
    /// Finishes with the first error (the provider's own) or nullopt when all are Active.
    QFuture<std::optional<CloudError>> ensure(const QString& connection, const QString& infra,
                                              const QStringList& firewallRules);
    /// Deletes the infra's security group on the connection and, when no other infra has nodes
    /// or a security group there, the VPC and the key pair (and the key's secret). Finishes with
    /// the names whose deletion could not be confirmed (empty = all confirmed gone).
    QFuture<QStringList> release(const QString& connection, const QString& infra);

    /// How many times a delete is tried and confirmed before it is left as a tombstone, and the
    /// wait between tries (a security group cannot go while a VM is still terminating).
    void setReleaseRetry(int attempts, qint64 delayMs);

private:
    QFuture<std::optional<CloudError>> ensureOne(const QString& connection, int kind, const QString& owner,
                                                 const QStringList& firewallRules);
    QFuture<std::optional<CloudError>> createVpc(InfraSharedResource row);
    QFuture<std::optional<CloudError>> createKeyPair(InfraSharedResource row);
    QFuture<std::optional<CloudError>> createSecurityGroup(InfraSharedResource row, const QStringList& firewallRules);
    QFuture<bool> releaseOne(InfraSharedResource row, int attempt);

    InfraStore* m_store;
    ResourceService* m_resources;
    SecretStore* m_secrets;
    SshKeyFactory* m_keys;
    QHash<QString, QFuture<std::optional<CloudError>>> m_inFlight;
    int m_releaseAttempts = 6;
    qint64 m_releaseDelayMs = 2000;
};

} // namespace Barista
