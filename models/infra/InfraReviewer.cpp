// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraReviewer.h"

#include "models/catalog/CatalogStore.h"
#include "models/infra/CidrAllocator.h"
#include "models/infra/InfraAsync.h"
#include "models/infra/InfraConnectionResolver.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/interfaces/CloudProvider.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/ResourceService.h"

#include <QPromise>

#include <algorithm>

namespace Barista {

namespace {

/// Messages are ordered errors first, then by what they are about, whatever order the
/// clouds answered in.
enum Topic
{
    TopicConnection,
    TopicSize,
    TopicSpec,
    TopicImage,
    TopicPrice,
    TopicCloud,
};
using Notes = QList<std::pair<int, QString>>;

QStringList ordered(Notes notes)
{
    std::stable_sort(notes.begin(), notes.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& note : notes)
        out.append(note.second);
    return out;
}

/// The provider's own words, verbatim; its code when it said nothing.
QString providerText(const CloudError& error)
{
    return error.message.isEmpty() ? error.toString() : error.message;
}

int quotaValue(const QMap<QString, QString>& output, const QString& key)
{
    bool ok = false;
    const int value = output.value(key).toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

QString gpuText(const SpecInfo& spec)
{
    if (spec.gpuModel.isEmpty())
        return spec.gpuCount > 0 ? QString::number(spec.gpuCount) : QString();
    return spec.gpuCount > 0 ? QString::number(spec.gpuCount) + QStringLiteral(" x ") + spec.gpuModel : spec.gpuModel;
}

/// Every range a VPC occupies: its own and its subnets' (a GCP VPC has only the latter).
QList<Ipv4Cidr> rangesOf(const VpcInfo& vpc)
{
    QList<Ipv4Cidr> ranges;
    if (const std::optional<Ipv4Cidr> own = Ipv4Cidr::parse(vpc.ipv4Cidr))
        ranges.append(*own);
    for (const SubnetInfo& subnet : vpc.subnets) {
        if (const std::optional<Ipv4Cidr> range = Ipv4Cidr::parse(subnet.ipv4Cidr))
            ranges.append(*range);
    }
    return ranges;
}

} // namespace

struct InfraReviewer::GroupState
{
    enum class CatalogRow
    {
        None,
        NoPrice,
        Priced,
    };

    NodeGroupReview review;
    int connection = -1; ///< index into Run::connections; -1 when the group has none
    bool cloudChecks = false;
    CatalogRow catalogRow = CatalogRow::None;
    Notes errors;
    Notes warnings;
};

struct InfraReviewer::ConnectionState
{
    ConnectionReview review;
    bool planned = false;
    std::shared_ptr<CloudProvider> provider; ///< null when planned or unusable
    bool listed = false;
    QList<Ipv4Cidr> existing; ///< every VPC and subnet range already on the connection
    QList<Ipv4Cidr> reused; ///< the shared VPC's ranges, when it exists
    QStringList errors;
    QStringList warnings;
};

struct InfraReviewer::Run
{
    QPromise<InfraReview> promise;
    InfraReview review;
    QList<GroupState> groups;
    QList<ConnectionState> connections;
    int pending = 1; ///< the set-up itself counts, so checks that answer at once cannot finish early
};

InfraReviewer::InfraReviewer(ConnectionStore* connections, ProviderRegistry* providers, JobQueue* jobs,
    ResourceService* resources, InfraStore* infras, CatalogStore* catalog, QObject* parent)
    : QObject(parent)
    , m_connections(connections)
    , m_providers(providers)
    , m_jobs(jobs)
    , m_resources(resources)
    , m_infras(infras)
    , m_catalog(catalog)
{
}

InfraReviewer::~InfraReviewer() = default;

QFuture<InfraReview> InfraReviewer::review(const InfraSpec& spec, Purpose purpose)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    const QFuture<InfraReview> future = run->promise.future();
    run->review.infra = spec.name;
    if (purpose == Purpose::NewInfra && m_infras && m_infras->infra(spec.name)) {
        run->review.infraError = true;
        run->review.messages.append(
            tr("An infra named \"%1\" already exists; choose another name or delete that one first.").arg(spec.name));
    }
    if (!m_catalog)
        run->review.messages.append(tr("No catalog is open: prices are unknown."));

    InfraConnectionResolver resolver(m_connections->all(), m_catalog);
    for (const NodeGroupSpec& group : spec.nodeGroups) {
        GroupState g;
        NodeGroupReview& r = g.review;
        r.group = group.name;
        r.imageId = group.imageId;
        r.nodeCount = group.nodeGroupSize;
        r.zone = group.zone;
        r.provider = group.specProvider();
        r.region = group.specRegion();
        r.specName = group.specName().isEmpty() ? group.specId : group.specName();
        if (group.nodeGroupSize <= 0) {
            g.errors.append({ TopicSize,
                tr("Node group %1: nodeGroupSize must be at least 1, not %2.")
                    .arg(group.name)
                    .arg(group.nodeGroupSize) });
        }
        if (group.rootDiskSize < 0 || group.rootDiskSize > MaxRootDiskGb) {
            g.errors.append({ TopicSize,
                tr("Node group %1: rootDiskSize must be 0 (the image's default) or 1 to "
                   "%2 GB, not %3.")
                    .arg(group.name)
                    .arg(MaxRootDiskGb)
                    .arg(group.rootDiskSize) });
        }

        const ResolvedConnection where = resolver.resolve(group);
        for (const QString& warning : where.warnings)
            g.warnings.append({ TopicConnection, warning });
        if (!where.ok()) {
            g.errors.append({ TopicConnection, where.error });
        } else {
            r.connection = where.config.name;
            r.provider = where.config.provider;
            r.region = where.config.region;
            if (r.zone.isEmpty())
                r.zone = where.config.zone;
            if (where.planned)
                r.connectionToAdd = where.config;
            g.connection = connectionFor(*run, where);
            const ConnectionState& c = run->connections.at(g.connection);
            g.cloudChecks = c.provider != nullptr;
            if (c.planned) {
                g.warnings.append({ TopicCloud,
                    tr("Node group %1: spec %2 and image %3 are checked on the cloud "
                       "once connection %4 exists.")
                        .arg(r.group, r.specName, r.imageId, r.connection) });
            }
        }

        lookupCatalog(g);
        run->groups.append(g);
    }

    checkGroups(run);
    settle(run);
    return future;
}

int InfraReviewer::connectionFor(Run& run, const ResolvedConnection& where)
{
    for (int j = 0; j < run.connections.size(); ++j) {
        if (run.connections.at(j).review.connection == where.config.name)
            return j;
    }
    ConnectionState c;
    c.review.connection = where.config.name;
    c.review.provider = where.config.provider;
    c.review.region = where.config.region;
    c.planned = where.planned;
    if (c.planned) {
        c.warnings.append(tr("Connection %1 will be added by create: its quota and existing networks are checked "
                             "then.")
                              .arg(c.review.connection));
    } else {
        QString error;
        c.provider = m_providers->provider(c.review.connection, &error);
        if (!c.provider)
            c.errors.append(tr("Connection %1 cannot be used: %2").arg(c.review.connection, error));
    }
    run.connections.append(c);
    return static_cast<int>(run.connections.size()) - 1;
}

void InfraReviewer::lookupCatalog(GroupState& g) const
{
    NodeGroupReview& r = g.review;
    if (!m_catalog || r.provider.isEmpty() || r.region.isEmpty())
        return;
    const QString specId = r.provider + QLatin1Char('+') + r.region + QLatin1Char('+') + r.specName;
    const std::optional<CatalogSpec> row = m_catalog->spec(specId);
    if (!row)
        return;
    r.vcpu = row->spec.vcpu;
    r.memoryGiB = row->spec.memoryGiB;
    r.gpu = gpuText(row->spec);
    r.pricePerHour = row->spec.costPerHour;
    r.currency = row->spec.currency;
    g.catalogRow = r.pricePerHour ? GroupState::CatalogRow::Priced : GroupState::CatalogRow::NoPrice;
}

void InfraReviewer::checkGroups(const std::shared_ptr<Run>& run)
{
    for (int i = 0; i < run->groups.size(); ++i) {
        if (!run->groups.at(i).cloudChecks)
            continue;
        checkSpec(run, i);
        if (!run->groups.at(i).review.imageId.isEmpty())
            checkImage(run, i);
    }
    for (int j = 0; j < run->connections.size(); ++j) {
        if (!run->connections.at(j).provider)
            continue;
        checkQuota(run, j);
        listNetworks(run, j);
    }
}

void InfraReviewer::checkSpec(const std::shared_ptr<Run>& run, int group)
{
    const NodeGroupReview& r = run->groups.at(group).review;
    ++run->pending;
    whenFinished(m_resources->get(r.connection, ResourceKind::Spec, r.specName), this,
        [this, run, group](const Result<Resource>& result) {
            GroupState& g = run->groups[group];
            NodeGroupReview& r = g.review;
            if (result.ok()) {
                if (const SpecInfo* info = result.value().as<SpecInfo>()) {
                    if (r.vcpu <= 0)
                        r.vcpu = info->vcpu;
                    if (r.memoryGiB <= 0)
                        r.memoryGiB = info->memoryGiB;
                    if (r.gpu.isEmpty())
                        r.gpu = gpuText(*info);
                    // A price the cloud itself reports beats none at all.
                    if (!r.pricePerHour && info->costPerHour && *info->costPerHour > 0) {
                        r.pricePerHour = info->costPerHour;
                        r.currency = info->currency;
                    }
                }
            } else if (result.error().kind == CloudError::Kind::NotFound) {
                g.errors.append({ TopicSpec,
                    tr("Node group %1: spec %2 is not offered in %3 (%4).")
                        .arg(r.group, r.specName, r.region, providerText(result.error())) });
            } else {
                g.warnings.append({ TopicSpec,
                    tr("Node group %1: spec %2 could not be checked on "
                       "connection %3: %4")
                        .arg(r.group, r.specName, r.connection, providerText(result.error())) });
            }
            settle(run);
        });
}

void InfraReviewer::checkImage(const std::shared_ptr<Run>& run, int group)
{
    const NodeGroupReview& r = run->groups.at(group).review;
    ++run->pending;
    whenFinished(m_resources->get(r.connection, ResourceKind::Image, r.imageId), this,
        [this, run, group](const Result<Resource>& result) {
            GroupState& g = run->groups[group];
            const NodeGroupReview& r = g.review;
            if (result.ok()) {
                // Offered: nothing to say.
            } else if (result.error().kind == CloudError::Kind::NotFound) {
                // Private and shared images are often missing from the listings the
                // lookup relies on: only the create itself can tell.
                g.warnings.append({ TopicImage,
                    tr("Node group %1: image %2 is not listed in %3 (%4); "
                       "private and shared images often are not, so the "
                       "cloud decides at create.")
                        .arg(r.group, r.imageId, r.region, providerText(result.error())) });
            } else {
                g.warnings.append({ TopicImage,
                    tr("Node group %1: image %2 could not be checked on "
                       "connection %3: %4")
                        .arg(r.group, r.imageId, r.connection, providerText(result.error())) });
            }
            settle(run);
        });
}

void InfraReviewer::checkQuota(const std::shared_ptr<Run>& run, int connection)
{
    ConnectionState& c = run->connections[connection];
    const std::shared_ptr<CloudProvider> provider = c.provider;
    if (!provider->capabilities().anyCallFunctions.contains(quotaFunction())) {
        c.warnings.append(tr("Connection %1: quota unknown: the provider does not report it, so create may still "
                             "meet a limit.")
                              .arg(c.review.connection));
        return;
    }
    JobRequest request;
    request.title = tr("Get the quota of %1").arg(c.review.connection);
    request.connection = c.review.connection;
    request.provider = c.review.provider;
    ++run->pending;
    const QFuture<Result<AnyCallResponse>> answer = m_jobs->submit<AnyCallResponse>(request, [provider] {
        AnyCallRequest call;
        call.functionId = quotaFunction();
        return provider->anyCall(call);
    });
    whenFinished(answer, this, [this, run, connection](const Result<AnyCallResponse>& result) {
        ConnectionState& c = run->connections[connection];
        ConnectionReview& r = c.review;
        if (!result.ok()) {
            c.warnings.append(tr("Connection %1: quota unknown: %2").arg(r.connection, providerText(result.error())));
        } else {
            const QMap<QString, QString>& out = result.value().output;
            r.vmLimit = quotaValue(out, QStringLiteral("vmLimit"));
            r.vmUsage = quotaValue(out, QStringLiteral("vmUsage"));
            r.vcpuLimit = quotaValue(out, QStringLiteral("vcpuLimit"));
            r.vcpuUsage = quotaValue(out, QStringLiteral("vcpuUsage"));
            if ((r.vmLimit < 0 || r.vmUsage < 0) && (r.vcpuLimit < 0 || r.vcpuUsage < 0)) {
                c.warnings.append(tr("Connection %1: quota unknown: the provider's answer has no limit and usage.")
                                      .arg(r.connection));
            }
        }
        settle(run);
    });
}

void InfraReviewer::listNetworks(const std::shared_ptr<Run>& run, int connection)
{
    ++run->pending;
    whenFinished(m_resources->list(run->connections.at(connection).review.connection, ResourceKind::Vpc), this,
        [this, run, connection](const Result<QList<Resource>>& result) {
            ConnectionState& c = run->connections[connection];
            ConnectionReview& r = c.review;
            if (!result.ok()) {
                c.warnings.append(tr("Connection %1: its networks could not be listed (%2), so the planned "
                                     "address range may overlap one of them.")
                                      .arg(r.connection, providerText(result.error())));
                settle(run);
                return;
            }
            c.listed = true;
            const QString shared = InfraTags::vpcName(r.connection);
            for (const Resource& resource : result.value()) {
                const VpcInfo* vpc = resource.as<VpcInfo>();
                if (!vpc)
                    continue;
                const QList<Ipv4Cidr> ranges = rangesOf(*vpc);
                c.existing.append(ranges);
                if (vpc->iid.nameId != shared)
                    continue;
                r.networkExists = true;
                r.vpcCidr = vpc->ipv4Cidr;
                c.reused = ranges;
                const QString subnetName = InfraTags::subnetName(r.connection);
                const auto subnet = std::find_if(vpc->subnets.cbegin(), vpc->subnets.cend(),
                    [&](const SubnetInfo& s) { return s.iid.nameId == subnetName; });
                if (subnet != vpc->subnets.cend())
                    r.subnetCidr = subnet->ipv4Cidr;
                else if (!vpc->subnets.isEmpty())
                    r.subnetCidr = vpc->subnets.constFirst().ipv4Cidr;
            }
            settle(run);
        });
}

void InfraReviewer::settle(const std::shared_ptr<Run>& run)
{
    if (--run->pending == 0)
        finish(*run);
}

void InfraReviewer::planNetworks(Run& run)
{
    CidrPlanInput input;
    QList<int> requested; // the connection of each request
    for (int j = 0; j < run.connections.size(); ++j) {
        const ConnectionState& c = run.connections.at(j);
        if (c.listed)
            input.existingByConnection.insert(c.review.connection, c.existing);
        if (c.review.networkExists) {
            // Planned VPCs must not overlap a reused one: VPNs may join any two of them later.
            input.inUseElsewhere.append(c.reused);
            continue;
        }
        if (!c.planned && !c.provider)
            continue; // unusable: its error says so
        CidrRequest request;
        request.connection = c.review.connection;
        request.provider = c.review.provider;
        request.nodeCount = std::max(1, c.review.nodes);
        input.requests.append(request);
        requested.append(j);
    }
    if (input.requests.isEmpty())
        return;
    const QList<CidrAllocation> plan = CidrAllocator().allocate(input);
    for (int k = 0; k < plan.size() && k < requested.size(); ++k) {
        ConnectionState& c = run.connections[requested.at(k)];
        const CidrAllocation& allocation = plan.at(k);
        if (!allocation.ok()) {
            c.errors.append(tr("Connection %1: no address range can be planned for its shared network: %2")
                                .arg(c.review.connection, allocation.error));
            continue;
        }
        c.review.vpcCidr = allocation.vpc.toString();
        c.review.subnetCidr = allocation.subnets.isEmpty() ? QString() : allocation.subnets.constFirst().toString();
    }
}

void InfraReviewer::finish(Run& run)
{
    QList<bool> vcpuUnknown(run.connections.size(), false);
    for (GroupState& g : run.groups) {
        NodeGroupReview& r = g.review;
        if (g.connection >= 0) {
            ConnectionReview& c = run.connections[g.connection].review;
            const int nodes = std::max(0, r.nodeCount);
            c.nodes += nodes;
            c.vcpus += std::max(0, r.vcpu) * nodes;
            if (r.vcpu <= 0 && nodes > 0)
                vcpuUnknown[g.connection] = true;
        }
        if (!r.pricePerHour) {
            QString why;
            if (!m_catalog)
                why = tr("Node group %1: price unknown: no catalog is open.").arg(r.group);
            else if (r.provider.isEmpty() || r.region.isEmpty())
                why = tr("Node group %1: price unknown.").arg(r.group);
            else if (g.catalogRow == GroupState::CatalogRow::None)
                why = tr("Node group %1: price unknown: the catalog does not list %2 in %3.")
                          .arg(r.group, r.specName, r.region);
            else
                why = tr("Node group %1: price unknown: the catalog has no price for %2 in %3.")
                          .arg(r.group, r.specName, r.region);
            g.warnings.append({ TopicPrice, why });
        }
    }

    planNetworks(run);

    for (int j = 0; j < run.connections.size(); ++j) {
        ConnectionState& c = run.connections[j];
        ConnectionReview& r = c.review;
        if (r.vmLimit >= 0 && r.vmUsage >= 0 && r.vmUsage + r.nodes > r.vmLimit) {
            c.errors.append(tr("Connection %1: %2 more VMs exceed the VM quota: %3 of %4 are in use, so %5 more fit.")
                                .arg(r.connection)
                                .arg(r.nodes)
                                .arg(r.vmUsage)
                                .arg(r.vmLimit)
                                .arg(std::max(0, r.vmLimit - r.vmUsage)));
        }
        if (r.vcpuLimit >= 0 && r.vcpuUsage >= 0) {
            if (r.vcpuUsage + r.vcpus > r.vcpuLimit) {
                c.errors.append(tr("Connection %1: %2 more vCPUs exceed the vCPU quota: %3 of %4 are in use, so %5 "
                                   "more fit.")
                                    .arg(r.connection)
                                    .arg(r.vcpus)
                                    .arg(r.vcpuUsage)
                                    .arg(r.vcpuLimit)
                                    .arg(std::max(0, r.vcpuLimit - r.vcpuUsage)));
            } else if (vcpuUnknown.at(j)) {
                c.warnings.append(tr("Connection %1: the vCPU quota check counts only the node groups whose vCPU "
                                     "count is known.")
                                      .arg(r.connection));
            }
        }
        r.error = !c.errors.isEmpty();
        r.messages = c.errors + c.warnings;
        run.review.connections.append(r);
    }

    for (GroupState& g : run.groups) {
        for (const QString& error : ordered(g.errors))
            g.review.addError(error);
        for (const QString& warning : ordered(g.warnings))
            g.review.addWarning(warning);
        run.review.groups.append(g.review);
    }
    run.promise.addResult(run.review);
    run.promise.finish();
}

} // namespace Barista
