// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackStorage.h"

#include "providers/openstack/OpenStackCompute.h"
#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Barista {

namespace {

using S = OpenStackService;
constexpr int kPollMs = 500;

} // namespace

OpenStackStorage::OpenStackStorage(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

CloudError OpenStackStorage::notFound(const QString& what, const QString& id) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("itemNotFound"),
        QCoreApplication::translate("OpenStackStorage", "No %1 \"%2\" in region %3.").arg(what, id, m_connection.region));
    error.httpStatus = 404;
    return error;
}

Result<QJsonArray> OpenStackStorage::volumesNamed(const QString& name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    return m_session.all(S::BlockStorage, QStringLiteral("/volumes/detail"), QStringLiteral("volumes"), query);
}

Result<QString> OpenStackStorage::resolveDiskId(const Iid& iid)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    const Result<QJsonArray> volumes = volumesNamed(iid.nameId);
    if (!volumes.ok())
        return volumes.error();
    if (volumes.value().isEmpty())
        return notFound(QStringLiteral("volume"), iid.nameId);
    return volumes.value().first().toObject().value(QLatin1String("id")).toString();
}

Result<ResourcePage> OpenStackStorage::listDisks(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(S::BlockStorage, QStringLiteral("/volumes/detail"),
        QStringLiteral("volumes"), QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& volume : page.value().items)
        out.items.append(OpenStackMapper::toDisk(volume.toObject()));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackStorage::getDisk(const QString& id)
{
    if (OpenStackMapper::looksLikeId(id)) {
        const Result<QJsonObject> body = m_session.get(S::BlockStorage, QStringLiteral("/volumes/") + id);
        if (!body.ok())
            return body.error();
        return Resource(OpenStackMapper::toDisk(body.value().value(QLatin1String("volume")).toObject()));
    }
    const Result<QJsonArray> volumes = volumesNamed(id);
    if (!volumes.ok())
        return volumes.error();
    if (volumes.value().isEmpty())
        return notFound(QStringLiteral("volume"), id);
    return Resource(OpenStackMapper::toDisk(volumes.value().first().toObject()));
}

Result<QJsonObject> OpenStackStorage::waitForVolume(const QString& id, const QStringList& statuses, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Result<QJsonObject> body = m_session.get(S::BlockStorage, QStringLiteral("/volumes/") + id);
        if (!body.ok())
            return body.error();
        const QJsonObject volume = body.value().value(QLatin1String("volume")).toObject();
        const QString status = volume.value(QLatin1String("status")).toString();
        if (statuses.contains(status))
            return volume;
        if (status.startsWith(QLatin1String("error")))
            return CloudError::make(CloudError::Kind::Internal, status,
                QCoreApplication::translate("OpenStackStorage", "Volume %1 went to status %2.").arg(id, status));
        if (deadline.hasExpired())
            return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"),
                QCoreApplication::translate("OpenStackStorage", "Volume %1 is still %2.").arg(id, status));
        if (m_session.isCanceled())
            return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
        QThread::msleep(kPollMs);
    }
}

Result<Resource> OpenStackStorage::createDisk(const DiskInfo& request, const MutationContext& context)
{
    QString id;
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonArray> existing = volumesNamed(request.iid.nameId);
        if (!existing.ok())
            return existing.error();
        for (const QJsonValue& volume : existing.value()) {
            const QJsonObject metadata = volume.toObject().value(QLatin1String("metadata")).toObject();
            if (metadata.value(OpenStackMapper::tokenTag()).toString() == context.idempotencyToken)
                id = volume.toObject().value(QLatin1String("id")).toString();
        }
    }
    if (id.isEmpty()) {
        if (m_session.isCanceled())
            return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
        QJsonObject volume { { QStringLiteral("name"), request.iid.nameId }, { QStringLiteral("size"), request.sizeGb },
            { QStringLiteral("metadata"), OpenStackMapper::metadata(OpenStackMapper::tagsFor(request.tags, context)) } };
        const QString zone = request.zone.isEmpty() ? m_connection.zone : request.zone;
        if (!zone.isEmpty())
            volume.insert(QLatin1String("availability_zone"), zone);
        if (!request.diskType.isEmpty())
            volume.insert(QLatin1String("volume_type"), request.diskType);
        const Result<QJsonObject> created = m_session.post(
            S::BlockStorage, QStringLiteral("/volumes"), QJsonObject { { QStringLiteral("volume"), volume } });
        if (!created.ok())
            return created.error();
        id = created.value().value(QLatin1String("volume")).toObject().value(QLatin1String("id")).toString();
    }
    if (request.ownerVm.isEmpty())
        return getDisk(id);
    const Result<QJsonObject> ready = waitForVolume(
        id, { QStringLiteral("available"), QStringLiteral("in-use") }, kVolumeReadyTimeoutMs);
    if (!ready.ok())
        return ready.error();
    if (ready.value().value(QLatin1String("status")).toString() == QLatin1String("in-use"))
        return Resource(OpenStackMapper::toDisk(ready.value()));
    return attachDisk(Iid { request.iid.nameId, id }, request.ownerVm);
}

Result<Done> OpenStackStorage::removeDisk(const Iid& iid)
{
    const Result<QString> id = resolveDiskId(iid);
    if (!id.ok())
        return id.error();
    return m_session.remove(S::BlockStorage, QStringLiteral("/volumes/") + id.value());
}

Result<Resource> OpenStackStorage::attachDisk(const Iid& disk, const Iid& vm)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    OpenStackCompute compute(m_session, m_connection);
    const Result<QString> vmId = compute.resolveVmId(vm);
    if (!vmId.ok())
        return vmId.error();
    const Result<Done> attached = compute.attachVolume(vmId.value(), diskId.value());
    if (!attached.ok())
        return attached.error();
    return getDisk(diskId.value());
}

Result<Resource> OpenStackStorage::detachDisk(const Iid& disk, const Iid& vm)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    OpenStackCompute compute(m_session, m_connection);
    QString vmId = vm.systemId;
    if (vmId.isEmpty() && !vm.nameId.isEmpty()) {
        const Result<QString> resolved = compute.resolveVmId(vm);
        if (!resolved.ok())
            return resolved.error();
        vmId = resolved.value();
    }
    if (vmId.isEmpty()) {
        const Result<Resource> current = getDisk(diskId.value());
        if (!current.ok())
            return current.error();
        vmId = current.value().as<DiskInfo>()->ownerVm.systemId;
        if (vmId.isEmpty())
            return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("VolumeNotAttached"),
                QCoreApplication::translate("OpenStackStorage", "Volume %1 is not attached.").arg(diskId.value()));
    }
    const Result<Done> detached = compute.detachVolume(vmId, diskId.value());
    if (!detached.ok())
        return detached.error();
    return getDisk(diskId.value());
}

Result<Resource> OpenStackStorage::resizeDisk(const Iid& disk, int newSizeGb)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    const QJsonObject body { { QStringLiteral("os-extend"), QJsonObject { { QStringLiteral("new_size"), newSizeGb } } } };
    const Result<QJsonObject> done
        = m_session.post(S::BlockStorage, QStringLiteral("/volumes/") + diskId.value() + QStringLiteral("/action"), body);
    if (!done.ok())
        return done.error();
    return getDisk(diskId.value());
}

Result<ResourcePage> OpenStackStorage::listMyImages(const ListRequest& request)
{
    const Result<KeystoneToken> token = m_session.token();
    if (!token.ok())
        return token.error();
    // Snapshots Nova made for this project (Glance filters on any image property).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("owner"), token.value().projectId);
    query.addQueryItem(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    const Result<OpenStackPage> page = m_session.page(
        S::Image, QStringLiteral("/images"), QStringLiteral("images"), query, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& image : page.value().items)
        out.items.append(OpenStackMapper::toMyImage(image.toObject()));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackStorage::getMyImage(const QString& id)
{
    if (!OpenStackMapper::looksLikeId(id)) {
        const Result<ResourcePage> all = listMyImages(ListRequest {});
        if (!all.ok())
            return all.error();
        for (const Resource& image : all.value().items) {
            if (image.iid().nameId == id)
                return image;
        }
        return notFound(QStringLiteral("image"), id);
    }
    const Result<QJsonObject> body = m_session.get(S::Image, QStringLiteral("/images/") + id);
    if (!body.ok())
        return body.error();
    return Resource(OpenStackMapper::toMyImage(body.value()));
}

Result<Resource> OpenStackStorage::createMyImage(const MyImageInfo& request, const MutationContext& context)
{
    OpenStackCompute compute(m_session, m_connection);
    const Result<QString> vmId = compute.resolveVmId(request.sourceVm);
    if (!vmId.ok())
        return vmId.error();
    const QJsonObject createImage { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("metadata"), OpenStackMapper::metadata(OpenStackMapper::tagsFor(request.tags, context)) } };
    const Result<QJsonObject> made = m_session.post(S::Compute,
        QStringLiteral("/servers/") + vmId.value() + QStringLiteral("/action"),
        QJsonObject { { QStringLiteral("createImage"), createImage } });
    if (!made.ok())
        return made.error();
    const QString imageId = made.value().value(QLatin1String("image_id")).toString(); // 2.45+
    return getMyImage(imageId);
}

Result<Done> OpenStackStorage::removeMyImage(const Iid& iid)
{
    QString id = iid.systemId;
    if (id.isEmpty()) {
        const Result<Resource> found = getMyImage(iid.nameId);
        if (!found.ok())
            return found.error();
        id = found.value().iid().systemId;
    }
    return m_session.remove(S::Image, QStringLiteral("/images/") + id);
}

} // namespace Barista
