// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/domain/ResourceKind.h"
#include "models/infra/DriftItem.h"
#include "models/infra/InfraNode.h"

#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <optional>

namespace Barista {

class InfraStore;
class Journal;
class ProviderRegistry;
class ResourceService;

/// The drift view of one connection: what the workspace knows (the journal's creates that
/// succeeded or were adopted and not deleted since, plus the infra store's nodes and shared
/// resources) against what the cloud lists, in three groups (see DriftItem::Group), and the
/// actions that close the gap: adopt what the cloud has, delete it, or forget what it lost.
///
/// Thread affinity: the thread of the job queue and the workspace's connection (the GUI's).
class DriftReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftReport)

public:
    DriftReport(ResourceService* resources, Journal* journal, InfraStore* infra, ProviderRegistry* providers,
        QObject* parent = nullptr);

    /// The kinds a user creates and pays for: vpc, securitygroup, keypair, vm, disk, myimage,
    /// nlb, cluster.
    static QList<ResourceKind> userKinds();

    /// Lists the kinds (empty = userKinds()) the provider can list and compares. Never fails as
    /// a whole: a kind whose listing fails is reported in DriftSnapshot::errors, and nothing is
    /// concluded about it (no "only ours" from a listing we did not get).
    QFuture<DriftSnapshot> scan(const QString& connection, const QList<ResourceKind>& kinds = {});

    /// OnlyInCloud: records the resource in the journal as an Adopted create with the cloud's
    /// view; a VM tagged as a node of a known infra (or a tagged shared resource) also goes into
    /// the infra store.
    DriftAction adopt(const DriftItem& item);
    /// Mapped or OnlyInCloud: deletes it through the ResourceService (journaled). Fail-closed: it
    /// is gone only when the cloud confirms it or answers NotFound. Resources an infra owns are
    /// refused (the infra engine releases those).
    QFuture<DriftAction> remove(const DriftItem& item);
    /// OnlyOurs: records that the resource is gone (a synthetic delete, Succeeded, noted) and
    /// marks an infra node's VM as missing or drops a shared resource's row.
    DriftAction forget(const DriftItem& item);

    /// The comparison itself, on listings already made (scan's second half).
    DriftSnapshot compare(DriftSnapshot base, const QMap<ResourceKind, QList<Resource>>& listed) const;

Q_SIGNALS:
    /// An action changed what the workspace or the cloud has on this connection.
    void changed(const QString& connection);

private:
    /// A VM tagged as a node of a known infra goes into that infra's nodes; nullopt when not.
    std::optional<InfraNode> adoptNode(const DriftItem& item);
    /// A VPC, key pair or security group tagged as an infra's shared resource on this connection.
    bool adoptShared(const DriftItem& item);

    ResourceService* m_resources;
    Journal* m_journal;
    InfraStore* m_infra;
    ProviderRegistry* m_providers;
};

} // namespace Barista
