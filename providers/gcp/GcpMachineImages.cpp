// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpMachineImages.h"

#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

QString collection()
{
    return QStringLiteral("global/machineImages");
}

QString nameOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

} // namespace

GcpMachineImages::GcpMachineImages(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

MyImageInfo GcpMachineImages::toMyImage(const QJsonObject& machineImage)
{
    MyImageInfo image;
    const QString name = machineImage.value(QLatin1String("name")).toString();
    image.iid = { name, name };
    const QString source = GcpMapper::lastSegment(machineImage.value(QLatin1String("sourceInstance")).toString());
    image.sourceVm = { source, source };
    const QString status = machineImage.value(QLatin1String("status")).toString();
    image.status = status == QLatin1String("READY") ? QStringLiteral("Available") : QStringLiteral("Unavailable");
    image.tags = GcpMapper::tagsOf(machineImage);
    image.createdAt = GcpMapper::timestamp(machineImage);
    image.extra.insert(QStringLiteral("status"), status);
    image.extra.insert(QStringLiteral("id"), machineImage.value(QLatin1String("id")).toString());
    image.extra.insert(QStringLiteral("sourceInstance"), machineImage.value(QLatin1String("sourceInstance")));
    image.extra.insert(QStringLiteral("totalStorageBytes"), machineImage.value(QLatin1String("totalStorageBytes")));
    image.extra.insert(QStringLiteral("storageLocations"), machineImage.value(QLatin1String("storageLocations")));
    image.extra.insert(QStringLiteral("machineType"),
        machineImage.value(QLatin1String("sourceInstanceProperties")).toObject().value(QLatin1String("machineType")));
    return image;
}

Result<ResourcePage> GcpMachineImages::list(const ListRequest& request)
{
    const Result<GcpPage> page = m_session.page(collection(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& image : page.value().items)
        out.items.append(toMyImage(image.toObject()));
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpMachineImages::get(const QString& name)
{
    const Result<QJsonObject> image = m_session.get(collection() + QLatin1Char('/') + name);
    if (!image.ok())
        return image.error();
    return Resource(toMyImage(image.value()));
}

Result<Resource> GcpMachineImages::create(const MyImageInfo& request, const MutationContext& context)
{
    if (request.sourceVm.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("required"),
            QCoreApplication::translate("GcpMachineImages", "An image needs the VM it is made from."));
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QString vm = nameOf(request.sourceVm);
    // The server checks that the instance exists and is running or stopped; its error goes to
    // the user as it came.
    const QJsonObject body { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("sourceInstance"),
            m_session.partial(QStringLiteral("zones/%1/instances/%2").arg(m_session.zone(), vm)) },
        { QStringLiteral("labels"), GcpMapper::labels(tags) } };
    const Result<QJsonObject> made = m_session.mutate(QByteArrayLiteral("POST"), collection(), body,
        GcpSession::requestId(context.idempotencyToken, QStringLiteral("machine-image/") + request.iid.nameId));
    if (!made.ok())
        return made.error();
    return get(request.iid.nameId);
}

Result<Done> GcpMachineImages::remove(const Iid& iid, const MutationContext& context)
{
    const QString name = nameOf(iid);
    const Result<QJsonObject> gone
        = m_session.mutate(QByteArrayLiteral("DELETE"), collection() + QLatin1Char('/') + name, {},
            GcpSession::requestId(context.idempotencyToken, QStringLiteral("delete-machine-image/") + name));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

} // namespace Barista
