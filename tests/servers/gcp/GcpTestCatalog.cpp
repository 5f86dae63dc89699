// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpTestCatalog.h"

#include <QJsonArray>

namespace Barista {

namespace {

struct MachineType
{
    const char* name;
    int cpus;
    int memoryMb;
    const char* gpu; // empty: none
    int gpuCount;
};

const MachineType kMachineTypes[] = {
    { "e2-micro", 2, 1024, "", 0 },
    { "e2-small", 2, 2048, "", 0 },
    { "e2-medium", 2, 4096, "", 0 },
    { "e2-standard-2", 2, 8192, "", 0 },
    { "e2-standard-4", 4, 16384, "", 0 },
    { "n1-standard-1", 1, 3840, "", 0 },
    { "n2-standard-2", 2, 8192, "", 0 },
    { "n2-standard-8", 8, 32768, "", 0 },
    { "c3-standard-4", 4, 16384, "", 0 },
    { "g2-standard-4", 4, 16384, "nvidia-l4", 1 },
    { "a2-highgpu-1g", 12, 87040, "nvidia-tesla-a100", 1 },
    { "a2-highgpu-2g", 24, 174080, "nvidia-tesla-a100", 2 },
};

struct Image
{
    const char* project;
    const char* name;
    const char* family;
    const char* architecture;
};

const Image kImages[] = {
    { "debian-cloud", "debian-11-bullseye-v20240312", "debian-11", "X86_64" },
    { "debian-cloud", "debian-12-bookworm-v20240312", "debian-12", "X86_64" },
    { "debian-cloud", "debian-12-bookworm-arm64-v20240312", "debian-12-arm64", "ARM64" },
    { "ubuntu-os-cloud", "ubuntu-2004-focal-v20240307b", "ubuntu-2004-lts", "X86_64" },
    { "ubuntu-os-cloud", "ubuntu-2204-jammy-v20240319", "ubuntu-2204-lts", "X86_64" },
    { "ubuntu-os-cloud", "ubuntu-2404-noble-amd64-v20240423", "ubuntu-2404-lts-amd64", "X86_64" },
};

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

QStringList GcpTestCatalog::regionNames()
{
    return { QStringLiteral("asia-northeast3"), QStringLiteral("europe-west1"), QStringLiteral("us-central1") };
}

QStringList GcpTestCatalog::zoneNames(const QString& region)
{
    return { region + QStringLiteral("-a"), region + QStringLiteral("-b"), region + QStringLiteral("-c") };
}

QStringList GcpTestCatalog::publicImageProjects()
{
    return { QStringLiteral("debian-cloud"), QStringLiteral("ubuntu-os-cloud") };
}

QList<QPair<QString, QJsonObject>> GcpTestCatalog::resources(const QString& project, const QString& base)
{
    QList<QPair<QString, QJsonObject>> out;
    const QString p = QStringLiteral("projects/") + project;
    qint64 id = 1000;
    for (const QString& region : regionNames()) {
        QJsonArray zoneUrls;
        for (const QString& zone : zoneNames(region))
            zoneUrls.append(QString(base + p + QStringLiteral("/zones/") + zone));
        const QString regionPath = QString(p + QStringLiteral("/regions/") + region);
        out.append({ regionPath,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#region") },
                { QStringLiteral("id"), QString::number(++id) }, { QStringLiteral("name"), region },
                { QStringLiteral("description"), region }, { QStringLiteral("status"), QStringLiteral("UP") },
                { QStringLiteral("zones"), zoneUrls }, { QStringLiteral("selfLink"), QString(base + regionPath) } } });
        for (const QString& zone : zoneNames(region)) {
            const QString zonePath = QString(p + QStringLiteral("/zones/") + zone);
            out.append({ zonePath,
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#zone") },
                    { QStringLiteral("id"), QString::number(++id) }, { QStringLiteral("name"), zone },
                    { QStringLiteral("description"), zone }, { QStringLiteral("status"), QStringLiteral("UP") },
                    { QStringLiteral("region"), QString(base + regionPath) },
                    { QStringLiteral("selfLink"), QString(base + zonePath) } } });
            for (const MachineType& type : kMachineTypes) {
                const QString typePath = QString(zonePath + QStringLiteral("/machineTypes/") + s(type.name));
                QJsonObject json { { QStringLiteral("kind"), QStringLiteral("compute#machineType") },
                    { QStringLiteral("id"), QString::number(++id) }, { QStringLiteral("name"), s(type.name) },
                    { QStringLiteral("description"),
                        QStringLiteral("%1 vCPUs, %2 GB RAM").arg(type.cpus).arg(type.memoryMb / 1024.0) },
                    { QStringLiteral("guestCpus"), type.cpus }, { QStringLiteral("memoryMb"), type.memoryMb },
                    { QStringLiteral("maximumPersistentDisks"), 128 },
                    { QStringLiteral("maximumPersistentDisksSizeGb"), QStringLiteral("263168") },
                    { QStringLiteral("zone"), zone },
                    { QStringLiteral("isSharedCpu"),
                        QStringList {
                            QStringLiteral("e2-micro"), QStringLiteral("e2-small"), QStringLiteral("e2-medium") }
                            .contains(s(type.name)) },
                    { QStringLiteral("selfLink"), QString(base + typePath) } };
                if (type.gpuCount > 0)
                    json.insert(QStringLiteral("accelerators"),
                        QJsonArray { QJsonObject { { QStringLiteral("guestAcceleratorType"), s(type.gpu) },
                            { QStringLiteral("guestAcceleratorCount"), type.gpuCount } } });
                out.append({ typePath, json });
            }
        }
    }
    for (const Image& image : kImages) {
        const QString path = QStringLiteral("projects/%1/global/images/%2").arg(s(image.project), s(image.name));
        out.append({ path,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#image") },
                { QStringLiteral("id"), QString::number(++id) }, { QStringLiteral("name"), s(image.name) },
                { QStringLiteral("family"), s(image.family) },
                { QStringLiteral("architecture"), s(image.architecture) },
                { QStringLiteral("sourceType"), QStringLiteral("RAW") },
                { QStringLiteral("status"), QStringLiteral("READY") },
                { QStringLiteral("diskSizeGb"), QStringLiteral("10") },
                { QStringLiteral("creationTimestamp"), QStringLiteral("2024-03-12T10:00:00.000-07:00") },
                { QStringLiteral("selfLink"), QString(base + path) } } });
    }
    return out;
}

} // namespace Barista
