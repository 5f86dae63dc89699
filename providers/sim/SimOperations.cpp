// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimOperations.h"

#include "models/catalog/RegionCatalog.h"
#include "providers/sim/SimErrors.h"
#include "providers/sim/SimLifecycle.h"
#include "providers/sim/SimResourceBuilder.h"
#include "providers/sim/SimSpecTable.h"
#include "providers/sim/SimStateStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace Barista {

namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
const QLatin1String kGetQuota("GetQuota");
const QLatin1String kEcho("Echo");

QString pageToken(int offset)
{
    return QString::fromLatin1(QByteArray("sim:" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

int pageOffset(const QString& token, bool* ok)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    *ok = raw.startsWith("sim:");
    const int offset = *ok ? raw.mid(4).toInt(ok) : 0;
    *ok = *ok && offset >= 0;
    return offset;
}

void addTagsAndMeta(Resource& resource, const MutationContext& context, qint64 nowMs)
{
    std::visit(
        [&](auto& v) {
            if constexpr (requires {
                              v.tags;
                              v.createdAt;
                              v.extra;
                          }) {
                for (auto it = context.tags.cbegin(); it != context.tags.cend(); ++it)
                    v.tags.insert(it.key(), it.value());
                v.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
                if (!context.idempotencyToken.isEmpty())
                    v.extra.insert(QStringLiteral("clientToken"), context.idempotencyToken);
            }
        },
        resource.value);
}

QString blockerText(const SimRow& row)
{
    return resourceKindName(row.kind()) + QStringLiteral(" '") + row.nameId() + QLatin1Char('\'');
}

} // namespace

SimOperations::SimOperations(SimStateStore* store, const SimContext& context)
    : m_store(store)
    , m_context(context)
{
}

QStringList SimOperations::anyCallFunctions()
{
    return { kGetQuota, kEcho };
}

QString SimOperations::requestHash(const Resource& request, const MutationContext& context)
{
    QJsonObject tags;
    for (auto it = context.tags.cbegin(); it != context.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    const QJsonObject whole { { QStringLiteral("request"), request.toJson() }, { QStringLiteral("tags"), tags } };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(whole).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QList<Resource> SimOperations::catalog(ResourceKind kind) const
{
    QList<Resource> out;
    switch (kind) {
    case ResourceKind::Region:
        for (const RegionInfo& region : RegionCatalog::bundled().regions(m_context.provider))
            out.append(region);
        break;
    case ResourceKind::Spec:
        for (const SpecInfo& spec : SimSpecTable::specs(m_context.provider, m_context.region))
            out.append(spec);
        break;
    case ResourceKind::Image:
        for (const ImageInfo& image : SimSpecTable::images(m_context.provider, m_context.region))
            out.append(image);
        break;
    case ResourceKind::Price:
        for (const PriceInfo& price : SimSpecTable::prices(m_context.provider, m_context.region))
            out.append(price);
        break;
    default:
        break;
    }
    return out;
}

Result<ResourcePage> SimOperations::list(ResourceKind kind, const ListRequest& request)
{
    QList<Resource> all;
    if (isCatalogKind(kind)) {
        all = catalog(kind);
    } else {
        for (const SimRow& row : m_store->rows(m_context.scope, kind))
            all.append(row.resource);
    }
    int offset = 0;
    if (!request.pageToken.isEmpty()) {
        bool ok = false;
        offset = pageOffset(request.pageToken, &ok);
        if (!ok)
            return SimErrors::badPageToken(m_context.provider, request.pageToken);
    }
    const int size = request.pageSize > 0 ? qMin(request.pageSize, kMaxPageSize) : kDefaultPageSize;
    ResourcePage page;
    page.items = all.mid(offset, size);
    if (offset + size < all.size())
        page.nextPageToken = pageToken(offset + size);
    return page;
}

Result<Resource> SimOperations::get(ResourceKind kind, const QString& id)
{
    if (isCatalogKind(kind)) {
        // ARM names (VM sizes, images) are case-insensitive; the other clouds' are not.
        const Qt::CaseSensitivity cs
            = m_context.provider == QLatin1String("azure") ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (const Resource& item : catalog(kind)) {
            const Iid iid = item.iid();
            const auto* image = item.as<ImageInfo>();
            if (iid.nameId.compare(id, cs) == 0 || iid.systemId == id || (image && image->name.compare(id, cs) == 0))
                return item;
        }
        return SimErrors::notFound(m_context.provider, kind, id);
    }
    const std::optional<SimRow> row = m_store->find(m_context.scope, kind, id);
    if (!row)
        return SimErrors::notFound(m_context.provider, kind, id);
    return row->resource;
}

Result<Resource> SimOperations::create(const Resource& request, const MutationContext& context)
{
    const ResourceKind kind = request.kind();
    const QString& provider = m_context.provider;
    if (isCatalogKind(kind))
        return SimErrors::unsupported(provider, kind, QStringLiteral("create"));
    const QString hash = requestHash(request, context);
    // EC2's ClientToken: the same token with the same request answers with what the first
    // call created; with a different request it is refused.
    if (const std::optional<SimRow> earlier = m_store->findByToken(m_context.scope, kind, context.idempotencyToken)) {
        if (earlier->requestHash != hash)
            return SimErrors::idempotentMismatch(provider, context.idempotencyToken);
        return earlier->resource;
    }
    const QString name = request.iid().nameId;
    if (name.trimmed().isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("Name"));
    if (const std::optional<SimRow> existing = m_store->find(m_context.scope, kind, name)) {
        const auto* vm = existing->resource.as<VmInfo>();
        if (existing->nameId() == name && !(vm && vm->status == VmStatus::Terminated))
            return SimErrors::duplicate(provider, kind, name);
    }
    const qint64 serial = m_store->nextSerial();
    SimResourceBuilder builder(*m_store, m_context);
    Result<SimRow> built = builder.build(request, serial);
    if (!built.ok())
        return built.error();
    SimRow row = built.value();
    row.serial = serial;
    row.scope = m_context.scope;
    row.token = context.idempotencyToken;
    row.requestHash = hash;
    row.createdMs = m_context.nowMs;
    addTagsAndMeta(row.resource, context, m_context.nowMs);
    m_store->insert(row);
    return row.resource;
}

std::optional<SimRow> SimOperations::findRow(ResourceKind kind, const Iid& iid)
{
    std::optional<SimRow> row;
    if (!iid.systemId.isEmpty())
        row = m_store->find(m_context.scope, kind, iid.systemId);
    if (!row && !iid.nameId.isEmpty())
        row = m_store->find(m_context.scope, kind, iid.nameId);
    return row;
}

Result<Done> SimOperations::removeGuarded(const SimRow& row, const QList<ResourceKind>& blockingKinds)
{
    const QList<SimRow> blockers = m_store->dependents(row.systemId(), blockingKinds);
    if (!blockers.isEmpty()) {
        QStringList names;
        for (const SimRow& blocker : blockers)
            names.append(blockerText(blocker));
        return SimErrors::dependencyViolation(m_context.provider, row.kind(), row.nameId(), names);
    }
    m_store->remove(row);
    return Done {};
}

Result<Done> SimOperations::terminate(SimRow row)
{
    const VmStatus status = row.resource.as<VmInfo>()->status;
    if (status == VmStatus::Terminating || status == VmStatus::Terminated)
        return Done {}; // terminating twice is not an error on any cloud
    const qint64 due = m_context.dueAfter(SimOp::VmTerminate);
    SimLifecycle::begin(row, vmStatusName(VmStatus::Terminating), vmStatusName(VmStatus::Terminated), due);
    row.expireMs = due + m_context.settings.scaled(double(m_context.settings.terminatedRetentionMs));
    m_store->update(row);
    return Done {};
}

Result<Done> SimOperations::remove(ResourceKind kind, const Iid& iid)
{
    const QString& provider = m_context.provider;
    if (isCatalogKind(kind))
        return SimErrors::unsupported(provider, kind, QStringLiteral("delete"));
    const std::optional<SimRow> row = findRow(kind, iid);
    if (!row)
        return SimErrors::notFound(provider, kind, iid.systemId.isEmpty() ? iid.nameId : iid.systemId);
    switch (kind) {
    case ResourceKind::Vpc:
        return removeGuarded(
            *row, { ResourceKind::SecurityGroup, ResourceKind::Vm, ResourceKind::Nlb, ResourceKind::Cluster });
    case ResourceKind::SecurityGroup:
        return removeGuarded(*row, { ResourceKind::Vm, ResourceKind::Cluster });
    case ResourceKind::Vm:
        return terminate(*row);
    case ResourceKind::Disk:
        if (!row->resource.as<DiskInfo>()->ownerVm.isEmpty())
            return SimErrors::volumeInUse(provider, row->nameId());
        m_store->remove(*row);
        return Done {};
    case ResourceKind::Cluster: {
        if (row->resource.as<ClusterInfo>()->status == ClusterStatus::Deleting)
            return Done {};
        // Managed control planes take minutes to go away; until then the name stays taken.
        SimRow deleting = *row;
        SimLifecycle::begin(deleting, clusterStatusName(ClusterStatus::Deleting), QString(), 0);
        deleting.expireMs = m_context.dueAfter(SimOp::ClusterDelete);
        m_store->update(deleting);
        return Done {};
    }
    default:
        m_store->remove(*row);
        return Done {};
    }
}

Result<Resource> SimOperations::control(ResourceKind kind, const Iid& iid, ControlAction action)
{
    const QString& provider = m_context.provider;
    if (kind != ResourceKind::Vm)
        return SimErrors::unsupported(provider, kind, QStringLiteral("control"));
    std::optional<SimRow> row = findRow(kind, iid);
    if (!row)
        return SimErrors::notFound(provider, kind, iid.systemId.isEmpty() ? iid.nameId : iid.systemId);
    const VmStatus status = row->resource.as<VmInfo>()->status;
    auto refuse = [&](const QString& verb) {
        return Result<Resource>(SimErrors::incorrectState(provider, row->systemId(), vmStatusName(status), verb));
    };
    switch (action) {
    case ControlAction::Suspend:
        if (status != VmStatus::Running)
            return refuse(QStringLiteral("stopped"));
        SimLifecycle::begin(*row, vmStatusName(VmStatus::Suspending), vmStatusName(VmStatus::Suspended),
            m_context.dueAfter(SimOp::VmSuspend));
        break;
    case ControlAction::Resume:
        if (status != VmStatus::Suspended)
            return refuse(QStringLiteral("started"));
        SimLifecycle::begin(*row, vmStatusName(VmStatus::Resuming), vmStatusName(VmStatus::Running),
            m_context.dueAfter(SimOp::VmResume));
        break;
    case ControlAction::Reboot:
        if (status != VmStatus::Running)
            return refuse(QStringLiteral("rebooted"));
        SimLifecycle::begin(*row, vmStatusName(VmStatus::Rebooting), vmStatusName(VmStatus::Running),
            m_context.dueAfter(SimOp::VmReboot));
        break;
    case ControlAction::Terminate: {
        const Result<Done> done = terminate(*row);
        if (!done.ok())
            return done.error();
        row = findRow(kind, row->resource.iid());
        return row ? Result<Resource>(row->resource)
                   : Result<Resource>(SimErrors::notFound(provider, kind, iid.nameId));
    }
    }
    m_store->update(*row);
    return row->resource;
}

Result<AnyCallResponse> SimOperations::anyCall(const AnyCallRequest& request)
{
    AnyCallResponse response;
    if (request.functionId == kEcho) {
        response.output = request.input;
        response.output.insert(QStringLiteral("provider"), m_context.provider);
        response.output.insert(QStringLiteral("region"), m_context.region);
        return response;
    }
    if (request.functionId == kGetQuota) {
        int vms = 0;
        int vcpus = 0;
        m_store->usage(m_context.scope, &vms, &vcpus);
        response.output = {
            { QStringLiteral("region"), m_context.region },
            { QStringLiteral("vcpuLimit"), QString::number(m_context.settings.quotaVcpu) },
            { QStringLiteral("vcpuUsage"), QString::number(vcpus) },
            { QStringLiteral("vmLimit"), QString::number(m_context.settings.quotaVms) },
            { QStringLiteral("vmUsage"), QString::number(vms) },
        };
        return response;
    }
    return SimErrors::unknownFunction(m_context.provider, request.functionId);
}

} // namespace Barista
