// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpStorage.h"

#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>

namespace Barista {

GcpStorage::GcpStorage(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QString GcpStorage::diskPath(const QString& name) const
{
    return QStringLiteral("zones/%1/disks/%2").arg(m_session.zone(), name);
}

Result<ResourcePage> GcpStorage::listDisks(const ListRequest& request)
{
    const Result<GcpPage> page
        = m_session.page(QStringLiteral("zones/%1/disks").arg(m_session.zone()), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& disk : page.value().items)
        out.items.append(GcpMapper::toDisk(disk.toObject()));
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpStorage::getDisk(const QString& name)
{
    const Result<QJsonObject> disk = m_session.get(diskPath(name));
    if (!disk.ok())
        return disk.error();
    return Resource(GcpMapper::toDisk(disk.value()));
}

Result<Resource> GcpStorage::createDisk(const DiskInfo& request, const MutationContext& context)
{
    if (request.sizeGb <= 0)
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"),
            QCoreApplication::translate("GcpStorage", "A disk needs a size in GB."));
    const QString zone = request.zone.isEmpty() ? m_session.zone() : request.zone;
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QString type = request.diskType.isEmpty() ? defaultDiskType() : request.diskType;
    const QJsonObject body { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("sizeGb"), QString::number(request.sizeGb) },
        { QStringLiteral("type"), m_session.partial(QStringLiteral("zones/%1/diskTypes/%2").arg(zone, type)) },
        { QStringLiteral("labels"), GcpMapper::labels(tags) } };
    const Result<QJsonObject> made
        = m_session.mutate(QByteArrayLiteral("POST"), QStringLiteral("zones/%1/disks").arg(zone), body,
            GcpSession::requestId(context.idempotencyToken, QStringLiteral("disk/") + request.iid.nameId));
    if (!made.ok())
        return made.error();
    return getDisk(request.iid.nameId);
}

Result<Done> GcpStorage::removeDisk(const Iid& iid, const MutationContext& context)
{
    const QString name = iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
    const Result<QJsonObject> gone = m_session.mutate(QByteArrayLiteral("DELETE"), diskPath(name), {},
        GcpSession::requestId(context.idempotencyToken, QStringLiteral("delete-disk/") + name));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

Result<Resource> GcpStorage::attachDisk(const QString& disk, const QString& vm)
{
    const QJsonObject body { { QStringLiteral("source"), m_session.partial(diskPath(disk)) },
        { QStringLiteral("deviceName"), disk }, { QStringLiteral("mode"), QStringLiteral("READ_WRITE") } };
    const Result<QJsonObject> done = m_session.mutate(QByteArrayLiteral("POST"),
        QStringLiteral("zones/%1/instances/%2/attachDisk").arg(m_session.zone(), vm), body,
        GcpSession::requestId({}, {}));
    if (!done.ok())
        return done.error();
    return getDisk(disk);
}

Result<Resource> GcpStorage::detachDisk(const QString& disk, const QString& vm)
{
    QString owner = vm;
    if (owner.isEmpty()) {
        const Result<Resource> current = getDisk(disk);
        if (!current.ok())
            return current.error();
        owner = current.value().as<DiskInfo>()->ownerVm.nameId;
        if (owner.isEmpty())
            return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("resourceNotReady"),
                QCoreApplication::translate("GcpStorage", "The disk \"%1\" is not attached to a VM.").arg(disk));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("deviceName"), disk);
    const Result<QJsonObject> done = m_session.mutate(QByteArrayLiteral("POST"),
        QStringLiteral("zones/%1/instances/%2/detachDisk").arg(m_session.zone(), owner), {},
        GcpSession::requestId({}, {}), query);
    if (!done.ok())
        return done.error();
    return getDisk(disk);
}

Result<Resource> GcpStorage::resizeDisk(const QString& disk, int sizeGb)
{
    const QJsonObject body { { QStringLiteral("sizeGb"), QString::number(sizeGb) } };
    const Result<QJsonObject> done = m_session.mutate(
        QByteArrayLiteral("POST"), diskPath(disk) + QStringLiteral("/resize"), body, GcpSession::requestId({}, {}));
    if (!done.ok())
        return done.error();
    return getDisk(disk);
}

} // namespace Barista
