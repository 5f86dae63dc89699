// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsStorage.h"

#include "providers/aws/AwsCompute.h"
#include "providers/aws/AwsMapper.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace Barista {

namespace {

const QString kVolumeSet = QStringLiteral("volumeSet");

CloudError notFound(const QString& id, const QString& region)
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidVolume.NotFound"),
        QCoreApplication::translate("AwsStorage", "No volume \"%1\" in region %2.").arg(id, region));
    error.httpStatus = 400;
    return error;
}

} // namespace

AwsStorage::AwsStorage(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<ResourcePage> AwsStorage::listDisks(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeVolumes"), AwsParams(), kVolumeSet, request.pageSize, request.pageToken, 5, 500);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& volume : page.value().items)
        out.items.append(AwsMapper::toDisk(volume));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<AwsXmlNode> AwsStorage::describe(const QString& volumeId)
{
    AwsParams params;
    if (AwsMapper::isId(volumeId, QStringLiteral("vol")))
        params.list(QStringLiteral("VolumeId"), { volumeId });
    else
        params.filter(QStringLiteral("tag:Name"), { volumeId });
    const Result<QList<AwsXmlNode>> volumes = m_session.all(QStringLiteral("DescribeVolumes"), params, kVolumeSet);
    if (!volumes.ok())
        return volumes.error();
    if (volumes.value().isEmpty())
        return notFound(volumeId, m_connection.region);
    return volumes.value().first();
}

Result<Resource> AwsStorage::getDisk(const QString& id)
{
    const Result<AwsXmlNode> volume = describe(id);
    if (!volume.ok())
        return volume.error();
    return Resource(AwsMapper::toDisk(volume.value()));
}

Result<QString> AwsStorage::resolveDiskId(const Iid& iid)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    const Result<AwsXmlNode> volume = describe(iid.nameId);
    if (!volume.ok())
        return volume.error();
    return volume.value().value(QStringLiteral("volumeId"));
}

Result<AwsXmlNode> AwsStorage::waitForVolume(const QString& id, const QStringList& states, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Result<AwsXmlNode> volume = describe(id);
        if (!volume.ok())
            return volume.error();
        const QString state = volume.value().value(QStringLiteral("status"));
        if (states.contains(state))
            return volume;
        if (state == QLatin1String("error"))
            return CloudError::make(CloudError::Kind::Internal, QStringLiteral("VolumeError"),
                QCoreApplication::translate("AwsStorage", "Volume %1 went to state %2.").arg(id, state));
        if (deadline.hasExpired())
            return CloudError::make(CloudError::Kind::Timeout, QStringLiteral("Timeout"),
                QCoreApplication::translate("AwsStorage", "Volume %1 is still %2.").arg(id, state));
        if (m_session.isCanceled())
            return AwsSession::canceledError();
        m_session.pause();
    }
}

Result<QString> AwsStorage::defaultZone()
{
    if (!m_connection.zone.isEmpty())
        return m_connection.zone;
    const Result<AwsXmlNode> zones = m_session.call(QStringLiteral("DescribeAvailabilityZones"),
        AwsParams().filter(QStringLiteral("state"), { QStringLiteral("available") }));
    if (!zones.ok())
        return zones.error();
    const QList<AwsXmlNode> items = zones.value().items(QStringLiteral("availabilityZoneInfo"));
    if (items.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidZone.NotFound"),
            QCoreApplication::translate("AwsStorage", "Region %1 has no available zone.").arg(m_connection.region));
    return items.first().value(QStringLiteral("zoneName"));
}

Result<Resource> AwsStorage::createDisk(const DiskInfo& request, const MutationContext& context)
{
    QString id;
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QList<AwsXmlNode>> found = m_session.all(QStringLiteral("DescribeVolumes"),
            AwsParams().filter(QStringLiteral("tag:") + AwsMapper::tokenTag(), { context.idempotencyToken }),
            kVolumeSet);
        if (!found.ok())
            return found.error();
        if (!found.value().isEmpty())
            id = found.value().first().value(QStringLiteral("volumeId"));
    }
    if (id.isEmpty()) {
        const Result<QString> zone = request.zone.isEmpty() ? defaultZone() : Result<QString>(request.zone);
        if (!zone.ok())
            return zone.error();
        AwsParams params;
        params.add(QStringLiteral("AvailabilityZone"), zone.value()).add(QStringLiteral("Size"), request.sizeGb);
        if (!request.diskType.isEmpty())
            params.add(QStringLiteral("VolumeType"), request.diskType);
        if (!context.idempotencyToken.isEmpty())
            params.add(QStringLiteral("ClientToken"), context.idempotencyToken);
        params.tagSpecification(
            QStringLiteral("volume"), AwsMapper::tagsFor(request.iid.nameId, request.tags, context));
        const Result<AwsXmlNode> made = m_session.call(QStringLiteral("CreateVolume"), params);
        if (!made.ok())
            return made.error();
        id = made.value().value(QStringLiteral("volumeId"));
        if (request.ownerVm.isEmpty())
            return Resource(AwsMapper::toDisk(made.value()));
    }
    if (request.ownerVm.isEmpty())
        return getDisk(id);
    const Result<AwsXmlNode> ready
        = waitForVolume(id, { QStringLiteral("available"), QStringLiteral("in-use") }, kVolumeReadyTimeoutMs);
    if (!ready.ok())
        return ready.error();
    if (ready.value().value(QStringLiteral("status")) == QLatin1String("in-use"))
        return Resource(AwsMapper::toDisk(ready.value()));
    return attachDisk(Iid { request.iid.nameId, id }, request.ownerVm);
}

Result<Done> AwsStorage::removeDisk(const Iid& iid)
{
    const Result<QString> id = resolveDiskId(iid);
    if (!id.ok())
        return id.error();
    const Result<AwsXmlNode> gone
        = m_session.call(QStringLiteral("DeleteVolume"), AwsParams().add(QStringLiteral("VolumeId"), id.value()));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

Result<QString> AwsStorage::freeDevice(const QString& instanceId)
{
    const Result<QList<AwsXmlNode>> attached = m_session.all(QStringLiteral("DescribeVolumes"),
        AwsParams().filter(QStringLiteral("attachment.instance-id"), { instanceId }), kVolumeSet);
    if (!attached.ok())
        return attached.error();
    QStringList used;
    for (const AwsXmlNode& volume : attached.value()) {
        for (const AwsXmlNode& attachment : volume.items(QStringLiteral("attachmentSet")))
            used << attachment.value(QStringLiteral("device"));
    }
    // /dev/sd[f-p]: the names AWS recommends for EBS data volumes on every instance type.
    for (char letter = 'f'; letter <= 'p'; ++letter) {
        const QString device = QStringLiteral("/dev/sd") + QLatin1Char(letter);
        if (!used.contains(device) && !used.contains(QStringLiteral("/dev/xvd") + QLatin1Char(letter)))
            return device;
    }
    return CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("AttachmentLimitExceeded"),
        QCoreApplication::translate("AwsStorage", "Instance %1 has no free device name for another volume.")
            .arg(instanceId));
}

Result<Resource> AwsStorage::attachDisk(const Iid& disk, const Iid& vm)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    const Result<QString> vmId = AwsCompute(m_session, m_connection).resolveVmId(vm);
    if (!vmId.ok())
        return vmId.error();
    const Result<QString> device = freeDevice(vmId.value());
    if (!device.ok())
        return device.error();
    const Result<AwsXmlNode> done = m_session.call(QStringLiteral("AttachVolume"),
        AwsParams()
            .add(QStringLiteral("VolumeId"), diskId.value())
            .add(QStringLiteral("InstanceId"), vmId.value())
            .add(QStringLiteral("Device"), device.value()));
    if (!done.ok())
        return done.error();
    return getDisk(diskId.value());
}

Result<Resource> AwsStorage::detachDisk(const Iid& disk, const Iid& vm)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    AwsParams params;
    params.add(QStringLiteral("VolumeId"), diskId.value());
    if (!vm.isEmpty()) {
        const Result<QString> vmId = AwsCompute(m_session, m_connection).resolveVmId(vm);
        if (!vmId.ok())
            return vmId.error();
        params.add(QStringLiteral("InstanceId"), vmId.value());
    }
    const Result<AwsXmlNode> done = m_session.call(QStringLiteral("DetachVolume"), params);
    if (!done.ok())
        return done.error();
    return getDisk(diskId.value());
}

Result<Resource> AwsStorage::resizeDisk(const Iid& disk, int newSizeGb)
{
    const Result<QString> diskId = resolveDiskId(disk);
    if (!diskId.ok())
        return diskId.error();
    const Result<AwsXmlNode> done = m_session.call(QStringLiteral("ModifyVolume"),
        AwsParams().add(QStringLiteral("VolumeId"), diskId.value()).add(QStringLiteral("Size"), newSizeGb));
    if (!done.ok())
        return done.error();
    return getDisk(diskId.value());
}

} // namespace Barista
