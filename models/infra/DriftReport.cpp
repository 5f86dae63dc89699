// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/DriftReport.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/infra/InfraStore.h"
#include "models/infra/InfraTags.h"
#include "models/interfaces/CloudProvider.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"

#include <QHash>
#include <QPointer>
#include <algorithm>

namespace Barista {

namespace {
/// One resource the workspace believes exists.
struct Known
{
    ResourceKind kind = ResourceKind::Vpc;
    Iid iid;
    qint64 journalId = 0;
    QString token;
    QString infra;
    QString node;
    bool shared = false;
    bool managed = false;
    bool matched = false;
};

const QLatin1String kCreate("create");
const QLatin1String kDelete("delete");

bool removesResource(const JournalEntry& e)
{
    if (e.state != JournalEntry::State::Succeeded)
        return false;
    return e.operation == kDelete
        || (e.kind == ResourceKind::Vm && e.operation == controlActionName(ControlAction::Terminate));
}

/// A listed VM that is terminated no longer exists for anyone but the cloud's bookkeeping.
bool goneFromListing(const Resource& r)
{
    const auto* vm = r.as<VmInfo>();
    return vm && (vm->status == VmStatus::Terminated || vm->status == VmStatus::NotExist);
}

/// A delete the cloud accepted and is still carrying out.
bool isBeingDeleted(const Resource& r)
{
    const QString status = r.statusName();
    return status == QLatin1String("Terminating") || status == QLatin1String("Deleting");
}

bool nodeMayHaveVm(const InfraNode& n)
{
    if (n.status == QLatin1String("Planned") || n.status == QLatin1String("Terminated")
        || n.status == QLatin1String("NotExist"))
        return false;
    return !(n.status == QLatin1String("Failed") && n.systemId.isEmpty());
}

bool hasBaristaTag(const QMap<QString, QString>& tags)
{
    for (const QString& key :
        { Journal::tagKey(), InfraTags::infraKey(), InfraTags::nodeKey(), InfraTags::sharedKey() }) {
        if (tags.contains(key))
            return true;
    }
    return false;
}

/// Adds what the infra store knows to the journal's records, or annotates the same resource.
void mergeKnown(QList<Known>& known, Known row)
{
    if (row.iid.isEmpty())
        return;
    for (Known& k : known) {
        if (k.kind == row.kind && k.iid.matches(row.iid)) {
            k.infra = row.infra;
            k.node = row.node;
            k.shared = row.shared;
            k.managed = true;
            if (k.iid.systemId.isEmpty())
                k.iid.systemId = row.iid.systemId;
            return;
        }
    }
    row.managed = true;
    known.append(row);
}

/// The known record a listed resource is: same systemId, else same token, else (when the
/// workspace never learnt a systemId) same name. -1 when none.
int matchKnown(const QList<Known>& known, ResourceKind kind, const Iid& iid, const QString& token)
{
    const auto find = [&](const auto& pred) {
        for (int i = 0; i < known.size(); ++i) {
            if (!known.at(i).matched && known.at(i).kind == kind && pred(known.at(i)))
                return i;
        }
        return -1;
    };
    int at = find([&](const Known& k) { return !k.iid.systemId.isEmpty() && k.iid.systemId == iid.systemId; });
    if (at < 0 && !token.isEmpty())
        at = find([&](const Known& k) { return k.iid.systemId.isEmpty() && k.token == token; });
    if (at < 0 && !iid.nameId.isEmpty())
        at = find([&](const Known& k) { return k.iid.systemId.isEmpty() && k.iid.nameId == iid.nameId; });
    return at;
}

void annotate(DriftItem& item, const Known& k)
{
    item.journalId = k.journalId;
    if (item.token.isEmpty())
        item.token = k.token;
    if (k.managed) {
        item.infra = k.infra;
        item.node = k.node;
        item.shared = k.shared;
        item.managedByInfra = true;
    }
}
} // namespace

DriftReport::DriftReport(
    ResourceService* resources, Journal* journal, InfraStore* infra, ProviderRegistry* providers, QObject* parent)
    : QObject(parent)
    , m_resources(resources)
    , m_journal(journal)
    , m_infra(infra)
    , m_providers(providers)
{
}

QList<ResourceKind> DriftReport::userKinds()
{
    return { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair, ResourceKind::Vm,
        ResourceKind::Disk, ResourceKind::MyImage, ResourceKind::Nlb, ResourceKind::Cluster };
}

QFuture<DriftSnapshot> DriftReport::scan(const QString& connection, const QList<ResourceKind>& kinds)
{
    DriftSnapshot base;
    base.connection = connection;
    QString error;
    const std::shared_ptr<CloudProvider> provider = m_providers->provider(connection, &error);
    if (!provider) {
        base.error = CloudError::make(CloudError::Kind::InvalidRequest, QString(), error);
        return QtFuture::makeReadyFuture(base);
    }
    const ProviderCapabilities caps = provider->capabilities();
    for (ResourceKind kind : kinds.isEmpty() ? userKinds() : kinds) {
        if (caps.supports(kind, Operation::List))
            base.kinds.append(kind);
        else
            base.skipped.append(kind);
    }
    QList<QFuture<Result<QList<Resource>>>> listings;
    for (ResourceKind kind : std::as_const(base.kinds))
        listings.append(m_resources->list(connection, kind));
    if (listings.isEmpty())
        return QtFuture::makeReadyFuture(compare(base, {}));

    // Sync with a QPointer, as ResourceService does: the queue finishes its futures on this
    // thread, and a report that is gone by then just answers without a comparison.
    QPointer<DriftReport> self(this);
    using Listing = QFuture<Result<QList<Resource>>>;
    return QtFuture::whenAll(listings.begin(), listings.end())
        .then(QtFuture::Launch::Sync, [self, base](const QList<Listing>& done) {
            DriftSnapshot snapshot = base;
            if (!self) {
                snapshot.error
                    = CloudError::make(CloudError::Kind::Canceled, QString(), tr("The drift view was closed."));
                return snapshot;
            }
            QMap<ResourceKind, QList<Resource>> listed;
            for (int i = 0; i < done.size(); ++i) {
                const ResourceKind kind = snapshot.kinds.at(i);
                const Listing& f = done.at(i);
                if (f.isCanceled() || f.resultCount() == 0) {
                    snapshot.errors.append({ kind,
                        CloudError::make(CloudError::Kind::Canceled, QString(), tr("The listing was canceled.")) });
                } else if (!f.result().ok()) {
                    snapshot.errors.append({ kind, f.result().error() });
                } else {
                    listed.insert(kind, f.result().value());
                }
            }
            return self->compare(snapshot, listed);
        });
}

DriftSnapshot DriftReport::compare(DriftSnapshot base, const QMap<ResourceKind, QList<Resource>>& listed) const
{
    const QString& connection = base.connection;
    // The journal, oldest first: a create that succeeded (or was adopted) is known until a
    // delete of the same resource succeeds.
    QList<Known> known;
    QList<Known> deleted; // deletes that succeeded: the cloud may list them a while longer
    QHash<QString, qint64> byToken; // any entry of this connection, for orphans made by this workspace
    const QList<JournalEntry> entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const JournalEntry& e = *it;
        if (e.connection != connection || !listed.contains(e.kind))
            continue;
        if (!e.token.isEmpty())
            byToken.insert(e.token, e.id);
        if (e.iid.isEmpty())
            continue;
        if (e.operation == kCreate
            && (e.state == JournalEntry::State::Succeeded || e.state == JournalEntry::State::Adopted)) {
            known.append(Known { e.kind, e.iid, e.id, e.token });
        } else if (removesResource(e)) {
            known.removeIf([&e, &deleted](const Known& k) {
                const bool gone = k.kind == e.kind && k.iid.matches(e.iid);
                if (gone)
                    deleted.append(k);
                return gone;
            });
        }
    }
    if (listed.contains(ResourceKind::Vm)) {
        for (const QString& infra : m_infra->infrasOnConnection(connection)) {
            for (const InfraNode& n : m_infra->nodes(infra)) {
                if (n.connection == connection && nodeMayHaveVm(n))
                    mergeKnown(
                        known, Known { ResourceKind::Vm, Iid { n.vmName, n.systemId }, 0, QString(), n.infra, n.name });
            }
        }
    }
    for (const InfraSharedResource& s : m_infra->shared(connection)) {
        const auto kind = ResourceKind(s.kind);
        const bool mayExist = s.state != QLatin1String("Planned") || !s.systemId.isEmpty();
        if (listed.contains(kind) && mayExist)
            mergeKnown(known, Known { kind, Iid { s.nameId, s.systemId }, 0, QString(), s.owner, QString(), true });
    }

    for (ResourceKind kind : std::as_const(base.kinds)) {
        if (!listed.contains(kind))
            continue; // its listing failed: nothing is concluded about it
        for (const Resource& r : listed.value(kind)) {
            if (goneFromListing(r))
                continue;
            const QMap<QString, QString> tags = r.tags();
            DriftItem item;
            item.connection = connection;
            item.kind = kind;
            item.iid = r.iid();
            item.cloud = r;
            item.token = tags.value(Journal::tagKey());
            const QString nodeTag = tags.value(InfraTags::nodeKey());
            item.infra = tags.value(InfraTags::infraKey(), nodeTag.section(QLatin1Char('/'), 0, 0));
            item.node = nodeTag.section(QLatin1Char('/'), 1);
            item.shared = tags.contains(InfraTags::sharedKey());
            const int at = matchKnown(known, kind, item.iid, item.token);
            if (at < 0 && isBeingDeleted(r) && matchKnown(deleted, kind, item.iid, item.token) >= 0)
                continue; // our own delete, still in progress: no drift
            if (at >= 0) {
                known[at].matched = true;
                item.group = DriftItem::Group::Mapped;
                annotate(item, known.at(at));
            } else {
                item.group = DriftItem::Group::OnlyInCloud;
                item.tagged = hasBaristaTag(tags);
                item.journalId = byToken.value(item.token);
            }
            base.items.append(item);
        }
        for (const Known& k : std::as_const(known)) {
            if (k.kind != kind || k.matched)
                continue;
            DriftItem item;
            item.group = DriftItem::Group::OnlyOurs;
            item.connection = connection;
            item.kind = kind;
            item.iid = k.iid;
            annotate(item, k);
            base.items.append(item);
        }
    }
    const QList<ResourceKind> order = userKinds();
    std::stable_sort(base.items.begin(), base.items.end(), [&order](const DriftItem& a, const DriftItem& b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.kind != b.kind)
            return order.indexOf(a.kind) < order.indexOf(b.kind);
        return a.iid.nameId < b.iid.nameId;
    });
    return base;
}

DriftAction DriftReport::adopt(const DriftItem& item)
{
    DriftAction action;
    if (item.group != DriftItem::Group::OnlyInCloud || !item.cloud) {
        action.message = tr("Only a resource that the cloud lists and the workspace has no record of can be adopted.");
        return action;
    }
    const QString kind = resourceKindLabel(item.kind);
    QString error;
    const JournalEntry entry = m_journal->begin(kCreate, item.connection, item.kind, item.iid, QJsonObject(), &error);
    if (entry.id == 0
        || !m_journal->complete(entry.id, JournalEntry::State::Adopted, item.iid, item.cloud->toJson(), std::nullopt,
            tr("Adopted from the cloud's listing by the drift view."))) {
        action.message = error.isEmpty() ? tr("Cannot write the journal.") : error;
        return action;
    }
    action.ok = true;
    action.journalId = entry.id;
    action.message = tr("Adopted %1 '%2' (journal entry %3).").arg(kind, item.iid.nameId).arg(entry.id);
    if (const std::optional<InfraNode> node = adoptNode(item)) {
        action.message = tr("Adopted %1 '%2' (journal entry %3) as node %4 of infrastructure '%5'.")
                             .arg(kind, item.iid.nameId)
                             .arg(entry.id)
                             .arg(node->name, node->infra);
    } else if (adoptShared(item)) {
        action.message = tr("Adopted %1 '%2' (journal entry %3) as a shared resource of connection '%4'.")
                             .arg(kind, item.iid.nameId)
                             .arg(entry.id)
                             .arg(item.connection);
    }
    Q_EMIT changed(item.connection);
    return action;
}

std::optional<InfraNode> DriftReport::adoptNode(const DriftItem& item)
{
    const VmInfo* vm = item.cloud ? item.cloud->as<VmInfo>() : nullptr;
    const QString tag = vm ? vm->tags.value(InfraTags::nodeKey()) : QString();
    const QString infra = tag.section(QLatin1Char('/'), 0, 0);
    const QString name = tag.section(QLatin1Char('/'), 1);
    if (infra.isEmpty() || name.isEmpty() || !m_infra->infra(infra))
        return std::nullopt;
    std::optional<InfraNode> row;
    for (const InfraNode& n : m_infra->nodes(infra)) {
        if (n.name == name)
            row = n;
    }
    // Never take a node's place from a VM the workspace still tracks for it.
    if (row && (row->connection != item.connection || (nodeMayHaveVm(*row) && row->systemId != vm->iid.systemId)))
        return std::nullopt;
    InfraNode n = row.value_or(InfraNode());
    if (!row) {
        const ConnectionConfig config = m_providers->provider(item.connection)
            ? m_providers->provider(item.connection)->connection()
            : ConnectionConfig();
        n.infra = infra;
        n.name = name;
        n.group = vm->tags.value(InfraTags::groupKey(), name.section(QLatin1Char('-'), 0, -2));
        n.connection = item.connection;
        n.provider = config.provider;
        n.region = config.region;
        n.specName = vm->specName;
        n.imageId = vm->imageName;
        n.vmName = vm->iid.nameId;
    }
    n.systemId = vm->iid.systemId;
    n.status = vmStatusName(vm->status);
    if (!vm->zone.isEmpty())
        n.zone = vm->zone;
    n.publicIp = vm->publicIp;
    n.privateIp = vm->privateIp;
    n.sshAccessPoint = vm->sshAccessPoint;
    n.vmUserName = vm->vmUserName;
    n.targetAction = QStringLiteral("None");
    n.error.reset();
    if (!m_infra->saveNode(n))
        return std::nullopt;
    return n;
}

bool DriftReport::adoptShared(const DriftItem& item)
{
    const QMap<QString, QString> tags = item.cloud ? item.cloud->tags() : QMap<QString, QString>();
    if (tags.value(InfraTags::sharedKey()) != item.connection
        || !QList<ResourceKind> { ResourceKind::Vpc, ResourceKind::SecurityGroup, ResourceKind::KeyPair }.contains(
            item.kind))
        return false;
    const QString owner = item.kind == ResourceKind::SecurityGroup ? tags.value(InfraTags::infraKey()) : QString();
    if (item.kind == ResourceKind::SecurityGroup && (owner.isEmpty() || !m_infra->infra(owner)))
        return false;
    const std::optional<InfraSharedResource> row = m_infra->shared(item.connection, int(item.kind), owner);
    if (row && row->state == QLatin1String("Active") && !row->systemId.isEmpty() && row->systemId != item.iid.systemId)
        return false; // the slot holds another live resource
    InfraSharedResource s = row.value_or(InfraSharedResource());
    s.connection = item.connection;
    s.kind = int(item.kind);
    s.owner = owner;
    s.nameId = item.iid.nameId;
    s.systemId = item.iid.systemId;
    s.state = QStringLiteral("Active");
    s.error.reset();
    if (const VpcInfo* vpc = item.cloud->as<VpcInfo>(); vpc && !vpc->subnets.isEmpty()) {
        s.detail.insert(QStringLiteral("subnet"), vpc->subnets.constFirst().iid.nameId);
        s.detail.insert(QStringLiteral("subnetSystemId"), vpc->subnets.constFirst().iid.systemId);
    }
    return m_infra->saveShared(s);
}

QFuture<DriftAction> DriftReport::remove(const DriftItem& item)
{
    DriftAction refused;
    if (item.group == DriftItem::Group::OnlyOurs) {
        refused.message = tr("The cloud does not list %1 '%2'; forget it instead.")
                              .arg(resourceKindLabel(item.kind), item.iid.nameId);
        return QtFuture::makeReadyFuture(refused);
    }
    if (item.managedByInfra) {
        refused.message = tr("%1 '%2' belongs to an infrastructure; delete or scale the infrastructure instead.")
                              .arg(resourceKindLabel(item.kind), item.iid.nameId);
        return QtFuture::makeReadyFuture(refused);
    }
    QPointer<DriftReport> self(this);
    return m_resources->remove(item.connection, item.kind, item.iid)
        .then(QtFuture::Launch::Sync, [self, item](const Result<Done>& result) {
            DriftAction action;
            const QString kind = resourceKindLabel(item.kind);
            if (result.ok()) {
                action.ok = true;
                action.message = tr("Deleted %1 '%2'.").arg(kind, item.iid.nameId);
            } else if (result.error().kind == CloudError::Kind::NotFound) {
                // The journal recorded the delete as done: the cloud answered it has no such resource.
                action.ok = true;
                action.message = tr("%1 '%2' was already gone.").arg(kind, item.iid.nameId);
            } else {
                action.error = result.error();
                action.message = tr("Cannot delete %1 '%2': %3").arg(kind, item.iid.nameId, result.error().toString());
            }
            if (self && action.ok)
                Q_EMIT self->changed(item.connection);
            return action;
        });
}

DriftAction DriftReport::forget(const DriftItem& item)
{
    DriftAction action;
    if (item.group != DriftItem::Group::OnlyOurs) {
        action.message = tr("Only a resource that the cloud does not list can be forgotten.");
        return action;
    }
    QString error;
    const JournalEntry entry = m_journal->begin(kDelete, item.connection, item.kind, item.iid, QJsonObject(), &error);
    if (entry.id == 0
        || !m_journal->complete(entry.id, JournalEntry::State::Succeeded, item.iid, QJsonObject(), std::nullopt,
            tr("Not in the cloud's listing: forgotten by the drift view."))) {
        action.message = error.isEmpty() ? tr("Cannot write the journal.") : error;
        return action;
    }
    if (item.managedByInfra && !item.node.isEmpty()) {
        for (InfraNode n : m_infra->nodes(item.infra)) {
            if (n.name != item.node || n.connection != item.connection)
                continue;
            // As the infra engine's own refresh marks a node whose VM the cloud no longer lists.
            n.status = QStringLiteral("Failed");
            n.systemId.clear();
            n.targetAction = QStringLiteral("None");
            n.error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("NotExist"),
                tr("The cloud lists no VM for this node: it is gone."));
            m_infra->saveNode(n);
        }
    } else if (item.managedByInfra && item.shared) {
        const QString owner = item.kind == ResourceKind::SecurityGroup ? item.infra : QString();
        const std::optional<InfraSharedResource> row = m_infra->shared(item.connection, int(item.kind), owner);
        if (row && row->nameId == item.iid.nameId)
            m_infra->removeShared(item.connection, int(item.kind), owner);
    }
    action.ok = true;
    action.journalId = entry.id;
    action.message
        = tr("Forgot %1 '%2' (journal entry %3).").arg(resourceKindLabel(item.kind), item.iid.nameId).arg(entry.id);
    Q_EMIT changed(item.connection);
    return action;
}

} // namespace Barista
