// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpInstanceInsert.h"

#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>

namespace Barista {

namespace {

using GcpServerJson::last;
using GcpServerJson::sizeGbOf;
using GcpServerJson::str;

} // namespace

std::optional<GcpApiError> GcpInstanceInsert::prepare(GcpComputeState& state, int& ipCounter, const QString& project,
    const QString& zone, const QString& path, const QJsonObject& input, QJsonObject& body, GcpEffect& effect)
{
    const QString base = QStringLiteral("projects/") + project;
    const QString name = str(input, "name");
    const QString region = zone.left(zone.lastIndexOf(QLatin1Char('-')));
    QString machineType = str(input, "machineType");
    if (!machineType.contains(QLatin1Char('/')))
        machineType = QStringLiteral("zones/%1/machineTypes/%2").arg(zone, machineType);
    machineType = GcpComputeState::normalize(machineType, project);
    if (!state.has(machineType))
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.machineType': '%1'. Machine type with name '%2' does "
                           "not exist in zone '%3'.")
                .arg(str(input, "machineType"), last(machineType), zone));
    body.insert(QStringLiteral("machineType"), state.url(machineType));
    // Disks: the boot disk is made from its image; other disks must exist and be free.
    QJsonArray disks;
    QStringList madeDisks;
    QStringList attachedDisks;
    int index = 0;
    for (const QJsonValue& value : input.value(QLatin1String("disks")).toArray()) {
        QJsonObject disk = value.toObject();
        const QJsonObject init = disk.value(QLatin1String("initializeParams")).toObject();
        QString diskPath;
        if (!init.isEmpty()) {
            QString image = GcpComputeState::normalize(str(init, "sourceImage"), project);
            if (image.contains(QLatin1String("/images/family/"))) {
                const QString family = last(image);
                const QString images = image.left(image.indexOf(QLatin1String("/family/")));
                image.clear();
                for (const QString& candidate : state.children(images)) {
                    if (str(state.at(candidate), "family") == family)
                        image = candidate; // the newest: names sort by date
                }
            }
            if (image.isEmpty() || !state.has(image))
                return GcpApiError::notFound(GcpComputeState::normalize(str(init, "sourceImage"), project));
            const QString diskName = init.value(QLatin1String("diskName")).toString(name);
            diskPath = QStringLiteral("%1/zones/%2/disks/%3").arg(base, zone, diskName);
            if (state.has(diskPath))
                return GcpApiError::alreadyExists(diskPath);
            const QString size = init.contains(QLatin1String("diskSizeGb"))
                ? sizeGbOf(init.value(QLatin1String("diskSizeGb")))
                : str(state.at(image), "diskSizeGb");
            state.at(diskPath) = QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#disk") },
                { QStringLiteral("id"), QString::number(state.nextId()) }, { QStringLiteral("name"), diskName },
                { QStringLiteral("sizeGb"), size }, { QStringLiteral("zone"), body.value(QLatin1String("zone")) },
                { QStringLiteral("status"), QStringLiteral("CREATING") },
                { QStringLiteral("sourceImage"), state.url(image) },
                { QStringLiteral("type"),
                    state.url(
                        QStringLiteral("%1/zones/%2/diskTypes/%3")
                            .arg(base, zone,
                                last(init.value(QLatin1String("diskType")).toString(QStringLiteral("pd-standard"))))) },
                { QStringLiteral("users"), QJsonArray { state.url(path) } },
                { QStringLiteral("creationTimestamp"), GcpComputeState::timestamp() },
                { QStringLiteral("selfLink"), state.url(diskPath) } };
            madeDisks.append(diskPath);
            body.insert(QStringLiteral("sourceImage"), state.url(image));
            disk.remove(QStringLiteral("initializeParams"));
            disk.insert(QStringLiteral("diskSizeGb"), size);
            disk.insert(QStringLiteral("deviceName"),
                disk.value(QLatin1String("deviceName")).toString(QStringLiteral("persistent-disk-%1").arg(index)));
        } else {
            diskPath = GcpComputeState::normalize(str(disk, "source"), project);
            if (!state.has(diskPath))
                return GcpApiError::notFound(diskPath);
            const QJsonArray users = state.at(diskPath).value(QLatin1String("users")).toArray();
            if (!users.isEmpty())
                return GcpApiError::inUse(QStringLiteral("disk"), diskPath, last(users.first().toString()));
            disk.insert(QStringLiteral("diskSizeGb"), str(state.at(diskPath), "sizeGb"));
            disk.insert(QStringLiteral("deviceName"), disk.value(QLatin1String("deviceName")).toString(last(diskPath)));
            attachedDisks.append(diskPath);
        }
        disk.insert(QStringLiteral("kind"), QStringLiteral("compute#attachedDisk"));
        disk.insert(QStringLiteral("type"), QStringLiteral("PERSISTENT"));
        disk.insert(QStringLiteral("mode"), disk.value(QLatin1String("mode")).toString(QStringLiteral("READ_WRITE")));
        disk.insert(QStringLiteral("source"), state.url(diskPath));
        disk.insert(QStringLiteral("index"), index++);
        disks.append(disk);
    }
    if (madeDisks.isEmpty() && !std::any_of(disks.begin(), disks.end(), [](const QJsonValueRef& d) {
            return d.toObject().value(QLatin1String("boot")).toBool();
        }))
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.disks': ''. Boot disk must be specified."));
    body.insert(QStringLiteral("disks"), disks);
    // Network: a custom-mode network needs a subnetwork of the zone's region.
    QJsonArray nics;
    int nicIndex = 0;
    for (const QJsonValue& value : input.value(QLatin1String("networkInterfaces")).toArray()) {
        QJsonObject nic = value.toObject();
        QString subnet = str(nic, "subnetwork");
        QString network = str(nic, "network");
        auto undo = [&] {
            for (const QString& d : madeDisks)
                state.resources().remove(d);
        };
        if (subnet.isEmpty()) {
            undo();
            return GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.networkInterfaces[%1]': ''. Subnetwork should be "
                               "specified for custom subnetmode network")
                    .arg(nicIndex));
        }
        subnet = GcpComputeState::normalize(subnet, project);
        if (!state.has(subnet) || !subnet.contains(QStringLiteral("/regions/%1/").arg(region))) {
            undo();
            return GcpApiError::notFound(subnet);
        }
        const QString subnetNetwork = GcpComputeState::normalize(str(state.at(subnet), "network"), project);
        if (!network.isEmpty() && GcpComputeState::normalize(network, project) != subnetNetwork) {
            undo();
            return GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.networkInterfaces[%1].subnetwork': the subnetwork is "
                               "not in network '%2'.")
                    .arg(nicIndex)
                    .arg(last(network)));
        }
        const QStringList octets
            = str(state.at(subnet), "ipCidrRange").section(QLatin1Char('/'), 0, 0).split(QLatin1Char('.'));
        ++ipCounter;
        nic.insert(QStringLiteral("kind"), QStringLiteral("compute#networkInterface"));
        nic.insert(QStringLiteral("name"), QStringLiteral("nic%1").arg(nicIndex++));
        nic.insert(QStringLiteral("network"), state.url(subnetNetwork));
        nic.insert(QStringLiteral("subnetwork"), state.url(subnet));
        nic.insert(QStringLiteral("networkIP"),
            QStringLiteral("%1.%2.%3.%4").arg(octets.value(0), octets.value(1), octets.value(2)).arg(ipCounter));
        nic.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
        QJsonArray access;
        for (const QJsonValue& config : nic.value(QLatin1String("accessConfigs")).toArray()) {
            QJsonObject c = config.toObject();
            c.insert(QStringLiteral("kind"), QStringLiteral("compute#accessConfig"));
            c.insert(
                QStringLiteral("natIP"), QStringLiteral("34.64.%1.%2").arg(ipCounter / 250).arg(ipCounter % 250 + 2));
            c.insert(QStringLiteral("networkTier"), QStringLiteral("PREMIUM"));
            access.append(c);
        }
        nic.insert(QStringLiteral("accessConfigs"), access);
        nics.append(nic);
    }
    if (nics.isEmpty()) {
        for (const QString& d : madeDisks)
            state.resources().remove(d);
        return GcpApiError::notFound(base + QStringLiteral("/global/networks/default"));
    }
    body.insert(QStringLiteral("networkInterfaces"), nics);
    QJsonObject tags = input.value(QLatin1String("tags")).toObject();
    tags.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    body.insert(QStringLiteral("tags"), tags);
    QJsonObject metadata = input.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("kind"), QStringLiteral("compute#metadata"));
    metadata.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    body.insert(QStringLiteral("metadata"), metadata);
    body.insert(QStringLiteral("status"), QStringLiteral("PROVISIONING"));
    body.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint());
    body.insert(QStringLiteral("cpuPlatform"), QStringLiteral("Unknown CPU Platform"));
    body.insert(QStringLiteral("scheduling"),
        QJsonObject { { QStringLiteral("onHostMaintenance"), QStringLiteral("MIGRATE") },
            { QStringLiteral("automaticRestart"), true }, { QStringLiteral("preemptible"), false } });
    effect = [&state, path, madeDisks, attachedDisks]() -> std::optional<GcpApiError> {
        if (state.has(path))
            state.at(path).insert(QStringLiteral("status"), QStringLiteral("STAGING"));
        for (const QString& d : madeDisks) {
            if (state.has(d))
                state.at(d).insert(QStringLiteral("status"), QStringLiteral("READY"));
        }
        for (const QString& d : attachedDisks) {
            if (state.has(d))
                state.at(d).insert(QStringLiteral("users"), QJsonArray { state.url(path) });
        }
        return std::nullopt;
    };
    return std::nullopt;
}

} // namespace Barista
