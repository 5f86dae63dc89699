// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpMachineImageInsert.h"

#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>

namespace Barista {

namespace {

using GcpServerJson::str;

} // namespace

std::optional<GcpApiError> GcpMachineImageInsert::prepare(GcpComputeState& state, const QString& project,
    const QString& path, const QJsonObject& input, QJsonObject& body, GcpEffect& effect)
{
    const QString source = str(input, "sourceInstance");
    if (source.isEmpty())
        return GcpApiError { 400, QStringLiteral("required"),
            QStringLiteral("Required field 'resource.sourceInstance' not specified") };
    const QString instance = GcpComputeState::normalize(source, project);
    if (!instance.contains(QLatin1String("/zones/")) || !instance.contains(QLatin1String("/instances/")))
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.sourceInstance': '%1'. The URL is malformed.")
                .arg(source));
    if (!state.has(instance))
        return GcpApiError::notFound(instance);
    const QJsonObject vm = state.at(instance);
    const QString status = str(vm, "status");
    if (status != QLatin1String("RUNNING") && status != QLatin1String("TERMINATED"))
        return GcpApiError { 400, QStringLiteral("resourceNotReady"),
            QStringLiteral("The resource '%1' is not ready").arg(instance) };
    qint64 bytes = 0;
    QJsonArray disks;
    for (const QJsonValue& value : vm.value(QLatin1String("disks")).toArray()) {
        const QJsonObject disk = value.toObject();
        bytes += str(disk, "diskSizeGb").toLongLong() * 1024 * 1024 * 1024;
        disks.append(QJsonObject { { QStringLiteral("deviceName"), str(disk, "deviceName") },
            { QStringLiteral("boot"), disk.value(QLatin1String("boot")) },
            { QStringLiteral("diskSizeGb"), str(disk, "diskSizeGb") },
            { QStringLiteral("source"), str(disk, "source") }, { QStringLiteral("mode"), str(disk, "mode") },
            { QStringLiteral("type"), QStringLiteral("PERSISTENT") } });
    }
    const QString zone = instance.section(QLatin1Char('/'), 3, 3);
    body.insert(QStringLiteral("sourceInstance"), state.url(instance));
    body.insert(QStringLiteral("sourceInstanceProperties"),
        QJsonObject { { QStringLiteral("machineType"), str(vm, "machineType").section(QLatin1Char('/'), -1) },
            { QStringLiteral("disks"), disks },
            { QStringLiteral("labels"), vm.value(QLatin1String("labels")).toObject() },
            { QStringLiteral("networkInterfaces"), vm.value(QLatin1String("networkInterfaces")) } });
    body.insert(QStringLiteral("status"), QStringLiteral("CREATING"));
    body.insert(QStringLiteral("totalStorageBytes"), QString::number(bytes));
    body.insert(QStringLiteral("storageLocations"), QJsonArray { zone.left(zone.lastIndexOf(QLatin1Char('-'))) });
    body.insert(QStringLiteral("guestFlush"), input.value(QLatin1String("guestFlush")).toBool());
    body.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint());
    effect = [&state, path]() -> std::optional<GcpApiError> {
        if (state.has(path))
            state.at(path).insert(QStringLiteral("status"), QStringLiteral("READY"));
        return std::nullopt;
    };
    return std::nullopt;
}

} // namespace Barista
