// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraReview.h"
#include "models/infra/InfraSpec.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <memory>

namespace Barista {

class CatalogStore;
class ConnectionStore;
class InfraStore;
class JobQueue;
class ProviderRegistry;
class ResourceService;
struct ResolvedConnection;

/// Reviews an infra spec before anything is created, as CB-Tumblebug's MCI review does: where
/// each node group goes, what it costs, whether the clouds offer its spec and image, whether
/// the quota holds it and which address space the shared networks get. Nothing is created or
/// added; the review is the plan create follows.
///
/// Per node group: the connection (see InfraConnectionResolver for explicit, derived and
/// to-add connections); vCPU, memory, GPU and price from the catalog (vCPU and memory from the
/// cloud's spec when the catalog lacks them; a price from the cloud's spec only when the
/// catalog has none; an unknown price is a warning, never 0); the spec on the cloud (not
/// found: error, quoting the provider; unreachable: warning); the image on the cloud (not
/// found: warning, as private and shared images are often not listed); group size and root
/// disk size. Per connection: nodes and vCPUs summed over its groups against the GetQuota
/// anyCall where the provider offers it (exceeded: error with the numbers; unknown: one
/// warning); its VPCs listed, the shared one (InfraTags::vpcName) reused with its ranges,
/// otherwise ranges planned by CidrAllocator for all the infra's connections at once, clear
/// of every existing VPC and of the reused networks.
///
/// A connection to add is not in the ConnectionStore, so the ProviderRegistry cannot build a
/// provider for it: its cloud checks (spec, image, quota, VPC listing) are skipped with a
/// warning and happen at create. Its validity and region are still checked here, offline:
/// ConnectionConfig::validationError(), and the region against the bundled RegionCatalog for
/// the sim driver (the table the simulated cloud accepts) or the CatalogStore otherwise.
///
/// Every cloud call is a job in the JobQueue; all groups and connections are checked at once.
/// The catalog and the workspace are local SQLite reads on the calling thread. Use from the
/// JobQueue's thread: continuations run there. Messages are translated, errors first.
class InfraReviewer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraReviewer)

public:
    /// catalog may be nullptr: prices are then unknown, which the review says.
    InfraReviewer(ConnectionStore* connections, ProviderRegistry* providers, JobQueue* jobs, ResourceService* resources,
        InfraStore* infras, CatalogStore* catalog, QObject* parent = nullptr);
    ~InfraReviewer() override;

    /// What is reviewed: a whole new infra (its name must be free), or node groups to add to
    /// the existing infra of that name.
    enum class Purpose
    {
        NewInfra,
        GroupsForExisting,
    };

    /// Finishes once every check has answered. Canceled only if this reviewer is destroyed
    /// before that.
    QFuture<InfraReview> review(const InfraSpec& spec, Purpose purpose = Purpose::NewInfra);

    /// The anyCall function that reports a connection's quota (vmLimit, vmUsage, vcpuLimit,
    /// vcpuUsage), as the simulated cloud names it.
    static QString quotaFunction() { return QStringLiteral("GetQuota"); }
    /// The largest root disk the review accepts, in GB.
    static constexpr int MaxRootDiskGb = 16384;

private:
    struct Run;
    struct GroupState;
    struct ConnectionState;

    /// The index of where's connection in run, added (and its provider built) on first use.
    int connectionFor(Run& run, const ResolvedConnection& where);
    void lookupCatalog(GroupState& group) const;
    void checkGroups(const std::shared_ptr<Run>& run);
    void checkSpec(const std::shared_ptr<Run>& run, int group);
    void checkImage(const std::shared_ptr<Run>& run, int group);
    void checkQuota(const std::shared_ptr<Run>& run, int connection);
    void listNetworks(const std::shared_ptr<Run>& run, int connection);
    /// One fewer check in flight; the last one finishes the review.
    void settle(const std::shared_ptr<Run>& run);
    void finish(Run& run);
    void planNetworks(Run& run);

    ConnectionStore* m_connections;
    ProviderRegistry* m_providers;
    JobQueue* m_jobs;
    ResourceService* m_resources;
    InfraStore* m_infras;
    CatalogStore* m_catalog;
};

} // namespace Barista
