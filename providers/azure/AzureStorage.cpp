// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureStorage.h"

#include "providers/azure/AzureCompute.h"
#include "providers/azure/AzureMapper.h"
#include "providers/azure/AzureNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Barista {

AzureStorage::AzureStorage(AzureSession& session)
    : m_session(session)
{
}

Result<ResourcePage> AzureStorage::listDisks(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, diskType(), AzureApi::disks(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& disk : page.value().items)
        out.items.append(AzureMapper::disk(disk));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureStorage::getDisk(const QString& id)
{
    const Result<QJsonObject> disk = m_session.get(m_session.resourcePath(diskType(), id), AzureApi::disks());
    if (!disk.ok())
        return disk.error();
    return Resource(AzureMapper::disk(disk.value()));
}

Result<Resource> AzureStorage::createDisk(const DiskInfo& disk, const MutationContext& context)
{
    if (disk.sizeGb <= 0)
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"),
            QCoreApplication::translate("AzureStorage", "A disk needs a size in GB."));
    const QString path = m_session.resourcePath(diskType(), disk.iid.nameId);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(path, AzureApi::disks(), context.idempotencyToken);
    if (!free.ok())
        return free.error();
    QJsonObject body { { QStringLiteral("location"), m_session.config().location },
        { QStringLiteral("tags"), AzureSession::createTags(disk.tags, context.tags, context.idempotencyToken) },
        { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), disk.diskType.isEmpty() ? QStringLiteral("StandardSSD_LRS") : disk.diskType } } },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("creationData"), QJsonObject { { QStringLiteral("createOption"), QStringLiteral("Empty") } } },
                { QStringLiteral("diskSizeGB"), disk.sizeGb } } } };
    if (!disk.zone.isEmpty())
        body.insert(QStringLiteral("zones"), QJsonArray { disk.zone });
    const Result<QJsonObject> made = m_session.put(path, AzureApi::disks(), body);
    if (!made.ok())
        return made.error();
    return Resource(AzureMapper::disk(made.value()));
}

Result<Done> AzureStorage::removeDisk(const Iid& iid)
{
    return m_session.remove(m_session.resourcePath(diskType(), azureIdOrName(iid)), AzureApi::disks());
}

Result<Resource> AzureStorage::updateDataDisks(const QString& vm, const QString& diskId, bool attach)
{
    const QString vmPath = m_session.resourcePath(AzureCompute::vmType(), vm);
    const Result<QJsonObject> current = m_session.get(vmPath, AzureApi::compute());
    if (!current.ok())
        return current.error();
    QJsonObject body = current.value();
    QJsonObject props = body.value(QStringLiteral("properties")).toObject();
    props.remove(QStringLiteral("instanceView"));
    props.remove(QStringLiteral("provisioningState"));
    QJsonObject storage = props.value(QStringLiteral("storageProfile")).toObject();
    QJsonArray disks;
    QSet<int> luns;
    bool present = false;
    for (const QJsonValue& d : storage.value(QStringLiteral("dataDisks")).toArray()) {
        const bool same = d.toObject().value(QStringLiteral("managedDisk")).toObject().value(QStringLiteral("id")).toString()
                              .compare(diskId, Qt::CaseInsensitive) == 0;
        present = present || same;
        if (same && !attach)
            continue;
        luns.insert(d.toObject().value(QStringLiteral("lun")).toInt());
        disks.append(d);
    }
    if (attach && !present) {
        int lun = 0;
        while (luns.contains(lun))
            ++lun;
        disks.append(QJsonObject { { QStringLiteral("lun"), lun }, { QStringLiteral("createOption"), QStringLiteral("Attach") },
            { QStringLiteral("managedDisk"), QJsonObject { { QStringLiteral("id"), diskId } } } });
    }
    if (!attach && !present)
        return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("DiskNotAttached"),
            QCoreApplication::translate("AzureStorage", "The disk %1 is not attached to %2.").arg(AzureMapper::nameOfId(diskId), vm));
    storage.insert(QStringLiteral("dataDisks"), disks);
    props.insert(QStringLiteral("storageProfile"), storage);
    body.insert(QStringLiteral("properties"), props);
    const Result<QJsonObject> updated = m_session.put(vmPath, AzureApi::compute(), body);
    if (!updated.ok())
        return updated.error();
    return getDisk(diskId);
}

Result<Resource> AzureStorage::attachDisk(const QString& disk, const QString& vm)
{
    const Result<Resource> current = getDisk(disk);
    if (!current.ok())
        return current;
    return updateDataDisks(vm, current.value().iid().systemId, true);
}

Result<Resource> AzureStorage::detachDisk(const QString& disk, const QString& vm)
{
    const Result<Resource> current = getDisk(disk);
    if (!current.ok())
        return current;
    const DiskInfo* info = current.value().as<DiskInfo>();
    const QString owner = vm.isEmpty() ? info->ownerVm.systemId : vm;
    if (owner.isEmpty())
        return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("DiskNotAttached"),
            QCoreApplication::translate("AzureStorage", "The disk %1 is not attached to a VM.").arg(info->iid.nameId));
    return updateDataDisks(owner, info->iid.systemId, false);
}

Result<Resource> AzureStorage::resizeDisk(const QString& disk, int sizeGb)
{
    const Result<QJsonObject> patched = m_session.patch(m_session.resourcePath(diskType(), disk), AzureApi::disks(),
        QJsonObject { { QStringLiteral("properties"), QJsonObject { { QStringLiteral("diskSizeGB"), sizeGb } } } });
    if (!patched.ok())
        return patched.error();
    return Resource(AzureMapper::disk(patched.value()));
}

} // namespace Barista
