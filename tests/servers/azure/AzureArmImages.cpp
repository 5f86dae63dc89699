// SPDX-License-Identifier: GPL-3.0-or-later
// AzureArmState: Microsoft.Compute/images made from a VM (properties.sourceVirtualMachine.id) and
// the VM's generalize action. ARM's rule is modelled: an image can only be captured from a VM that
// was generalized, and generalize needs the VM stopped or deallocated (a generalized VM cannot be
// started again).
#include "tests/servers/azure/AzureArmState.h"

#include <QDateTime>

namespace Barista {

namespace {

QJsonObject objectAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString textAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<AzureArmReply> AzureArmState::prepareImage(QJsonObject& image, const QJsonObject& existing)
{
    QJsonObject props = objectAt(image, "properties");
    const QString sourceId = textAt(objectAt(props, "sourceVirtualMachine"), "id");
    if (sourceId.isEmpty())
        return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("Required parameter 'sourceVirtualMachine' is missing (null)."));
    const QJsonObject vm = resource(sourceId);
    if (vm.isEmpty())
        return AzureArmReply::error(404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource 'Microsoft.Compute/virtualMachines/%1' under resource group '%2' was not found. "
                           "For more details please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(sourceId.section(QLatin1Char('/'), -1), sourceId.section(QLatin1Char('/'), 4, 4)));
    if (!m_generalized.contains(sourceId.toLower()))
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("The source virtual machine '%1' must be generalized before an image can be created from it. "
                           "Stop or deallocate the VM and generalize it first. See https://aka.ms/generalizevm.")
                .arg(textAt(vm, "id")));
    if (!same(textAt(vm, "location"), textAt(image, "location")))
        return AzureArmReply::error(400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The source virtual machine '%1' is in location '%2'; the image must be created in the same location.")
                .arg(textAt(vm, "id"), textAt(vm, "location")));
    const QJsonObject vmStorage = objectAt(objectAt(vm, "properties"), "storageProfile");
    const QJsonObject vmOs = objectAt(vmStorage, "osDisk");
    QJsonObject osDisk { { QStringLiteral("osType"), textAt(vmOs, "osType").isEmpty() ? QStringLiteral("Linux") : textAt(vmOs, "osType") },
        { QStringLiteral("osState"), QStringLiteral("Generalized") },
        { QStringLiteral("diskSizeGB"), vmOs.value(QStringLiteral("diskSizeGB")).toInt(30) },
        { QStringLiteral("caching"), QStringLiteral("ReadWrite") },
        { QStringLiteral("storageAccountType"), textAt(objectAt(vmOs, "managedDisk"), "storageAccountType") } };
    QJsonArray dataDisks;
    for (const QJsonValue& v : vmStorage.value(QStringLiteral("dataDisks")).toArray()) {
        const QJsonObject dd = v.toObject();
        dataDisks.append(QJsonObject { { QStringLiteral("lun"), dd.value(QStringLiteral("lun")) },
            { QStringLiteral("diskSizeGB"), dd.value(QStringLiteral("diskSizeGB")) },
            { QStringLiteral("storageAccountType"), textAt(objectAt(dd, "managedDisk"), "storageAccountType") } });
    }
    props.insert(QStringLiteral("sourceVirtualMachine"), QJsonObject { { QStringLiteral("id"), textAt(vm, "id") } });
    props.insert(QStringLiteral("storageProfile"),
        QJsonObject { { QStringLiteral("osDisk"), osDisk }, { QStringLiteral("dataDisks"), dataDisks },
            { QStringLiteral("zoneResilient"), false } });
    if (!props.contains(QStringLiteral("hyperVGeneration")))
        props.insert(QStringLiteral("hyperVGeneration"), QStringLiteral("V2"));
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Creating"));
    image.insert(QStringLiteral("properties"), props);
    const QString created = textAt(objectAt(existing, "systemData"), "createdAt");
    image.insert(QStringLiteral("systemData"),
        QJsonObject { { QStringLiteral("createdAt"),
                          created.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : created },
            { QStringLiteral("createdByType"), QStringLiteral("Application") } });
    return std::nullopt;
}

AzureArmReply AzureArmState::generalize(const QString& vmId)
{
    const QString key = vmId.toLower();
    const QJsonObject vm = m_resources.value(key);
    const QString power = m_power.value(key);
    if (power != QLatin1String("stopped") && power != QLatin1String("deallocated"))
        return AzureArmReply::error(409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Operation 'generalize' is not allowed on VM '%1' since the VM is %2. Stop or deallocate the VM first.")
                .arg(textAt(vm, "name"), power.isEmpty() ? QStringLiteral("unknown") : power));
    m_generalized.insert(key);
    return AzureArmReply { 200, {}, {}, {} };
}

} // namespace Barista
