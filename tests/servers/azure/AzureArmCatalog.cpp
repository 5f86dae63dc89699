// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureArmCatalog.h"

#include <QJsonObject>
#include <QMap>

namespace Barista {

namespace {

struct Location
{
    const char* name;
    const char* display;
    const char* latitude;
    const char* longitude;
};
const Location kLocations[] = {
    { "koreacentral", "Korea Central", "37.5665", "126.9780" },
    { "eastus", "East US", "37.3719", "-79.8164" },
    { "westeurope", "West Europe", "52.3667", "4.9" },
    { "japaneast", "Japan East", "35.68", "139.77" },
};

struct Size
{
    const char* name;
    const char* family;
    int cores;
    double memoryGb;
    int gpus;
    int maxDataDisks;
};
const Size kSizes[] = {
    { "Standard_B1s", "standardBSFamily", 1, 1, 0, 2 },
    { "Standard_B2s", "standardBSFamily", 2, 4, 0, 4 },
    { "Standard_D2s_v5", "standardDSv5Family", 2, 8, 0, 4 },
    { "Standard_D4s_v5", "standardDSv5Family", 4, 16, 0, 8 },
    { "Standard_NC4as_T4_v3", "Standard NCASv3_T4 Family", 4, 28, 1, 8 },
    { "Standard_NC24ads_A100_v4", "StandardNCADSA100v4Family", 24, 220, 1, 8 },
};

// publisher -> offer -> sku -> versions (oldest first)
using Skus = QMap<QString, QStringList>;
const QMap<QString, QMap<QString, Skus>>& imageTable()
{
    static const QMap<QString, QMap<QString, Skus>> table {
        { QStringLiteral("Canonical"),
            { { QStringLiteral("0001-com-ubuntu-server-jammy"),
                  { { QStringLiteral("22_04-lts-gen2"), { QStringLiteral("22.04.202409010"), QStringLiteral("22.04.202411190") } },
                      { QStringLiteral("22_04-lts"), { QStringLiteral("22.04.202411190") } } } },
                { QStringLiteral("ubuntu-24_04-lts"), { { QStringLiteral("server"), { QStringLiteral("24.04.202411030") } } } } } },
        { QStringLiteral("Debian"),
            { { QStringLiteral("debian-12"),
                { { QStringLiteral("12-gen2"), { QStringLiteral("0.20241004.1890"), QStringLiteral("0.20241111.1937") } },
                    { QStringLiteral("12"), { QStringLiteral("0.20241111.1937") } } } } } },
        { QStringLiteral("MicrosoftWindowsServer"),
            { { QStringLiteral("WindowsServer"),
                { { QStringLiteral("2022-datacenter-g2"), { QStringLiteral("20348.2849.241106") } } } } } },
    };
    return table;
}

template <typename Map> typename Map::const_iterator findCi(const Map& map, const QString& key)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it;
    }
    return map.cend();
}

QJsonObject capability(const QString& name, const QString& value)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
}

QJsonArray namedList(const QStringList& names, const QString& location, const QString& idPrefix)
{
    QJsonArray out;
    for (const QString& name : names)
        out.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("location"), location },
            { QStringLiteral("id"), QString(idPrefix + name) } });
    return out;
}

AzureArmReply notFound(const QString& what)
{
    return AzureArmReply::error(404, QStringLiteral("NotFound"), QStringLiteral("Artifact: %1 was not found.").arg(what));
}

} // namespace

QStringList AzureArmCatalog::locationNames()
{
    QStringList out;
    for (const Location& l : kLocations)
        out << QLatin1String(l.name);
    return out;
}

QJsonArray AzureArmCatalog::locations(const QString& subscriptionId)
{
    QJsonArray out;
    for (const Location& l : kLocations) {
        QJsonArray zones;
        for (int z = 1; z <= 3; ++z)
            zones.append(QJsonObject { { QStringLiteral("logicalZone"), QString::number(z) },
                { QStringLiteral("physicalZone"), QStringLiteral("%1-az%2").arg(QLatin1String(l.name)).arg(z) } });
        out.append(QJsonObject { { QStringLiteral("id"),
                                     QStringLiteral("/subscriptions/%1/locations/%2").arg(subscriptionId, QLatin1String(l.name)) },
            { QStringLiteral("name"), QLatin1String(l.name) }, { QStringLiteral("type"), QStringLiteral("Region") },
            { QStringLiteral("displayName"), QLatin1String(l.display) },
            { QStringLiteral("regionalDisplayName"), QString(QStringLiteral("(Asia Pacific) ") + QLatin1String(l.display)) },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("regionType"), QStringLiteral("Physical") },
                    { QStringLiteral("regionCategory"), QStringLiteral("Recommended") },
                    { QStringLiteral("latitude"), QLatin1String(l.latitude) },
                    { QStringLiteral("longitude"), QLatin1String(l.longitude) } } },
            { QStringLiteral("availabilityZoneMappings"), zones } });
    }
    return out;
}

QJsonArray AzureArmCatalog::resourceSkus(const QString& location)
{
    QJsonArray out;
    const QStringList where = location.isEmpty() ? locationNames() : QStringList { location };
    for (const QString& loc : where) {
        if (!locationNames().contains(loc))
            continue;
        const QJsonArray zones { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") };
        const QJsonArray locationInfo { QJsonObject { { QStringLiteral("location"), loc }, { QStringLiteral("zones"), zones },
            { QStringLiteral("zoneDetails"), QJsonArray() } } };
        // A disk SKU first, as in the real list: readers must filter on resourceType.
        out.append(QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("disks") },
            { QStringLiteral("name"), QStringLiteral("Premium_LRS") }, { QStringLiteral("tier"), QStringLiteral("Premium") },
            { QStringLiteral("size"), QStringLiteral("P1") }, { QStringLiteral("locations"), QJsonArray { loc } },
            { QStringLiteral("locationInfo"), locationInfo },
            { QStringLiteral("capabilities"), QJsonArray { capability(QStringLiteral("MaxSizeGiB"), QStringLiteral("4")) } },
            { QStringLiteral("restrictions"), QJsonArray() } });
        for (const Size& s : kSizes) {
            QJsonArray caps { capability(QStringLiteral("MaxResourceVolumeMB"), QStringLiteral("8192")),
                capability(QStringLiteral("OSVhdSizeMB"), QStringLiteral("1047552")),
                capability(QStringLiteral("vCPUs"), QString::number(s.cores)),
                capability(QStringLiteral("MemoryGB"), QString::number(s.memoryGb)),
                capability(QStringLiteral("MaxDataDiskCount"), QString::number(s.maxDataDisks)),
                capability(QStringLiteral("CpuArchitectureType"), QStringLiteral("x64")) };
            if (s.gpus > 0)
                caps.append(capability(QStringLiteral("GPUs"), QString::number(s.gpus)));
            const QString name = QLatin1String(s.name);
            out.append(QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("virtualMachines") },
                { QStringLiteral("name"), name }, { QStringLiteral("tier"), QStringLiteral("Standard") },
                { QStringLiteral("size"), name.mid(9) }, { QStringLiteral("family"), QLatin1String(s.family) },
                { QStringLiteral("locations"), QJsonArray { loc } }, { QStringLiteral("locationInfo"), locationInfo },
                { QStringLiteral("capabilities"), caps }, { QStringLiteral("restrictions"), QJsonArray() } });
        }
    }
    return out;
}

QJsonArray AzureArmCatalog::vmSizes()
{
    QJsonArray out;
    for (const Size& s : kSizes)
        out.append(QJsonObject { { QStringLiteral("name"), QLatin1String(s.name) },
            { QStringLiteral("numberOfCores"), s.cores }, { QStringLiteral("osDiskSizeInMB"), 1047552 },
            { QStringLiteral("resourceDiskSizeInMB"), 8192 }, { QStringLiteral("memoryInMB"), int(s.memoryGb * 1024) },
            { QStringLiteral("maxDataDiskCount"), s.maxDataDisks } });
    return out;
}

int AzureArmCatalog::coresOf(const QString& vmSize)
{
    for (const Size& s : kSizes) {
        if (vmSize.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.cores;
    }
    return 0;
}

bool AzureArmCatalog::imageExists(const QString& publisher, const QString& offer, const QString& sku, const QString& version)
{
    const auto p = findCi(imageTable(), publisher);
    if (p == imageTable().cend())
        return false;
    const auto o = findCi(p.value(), offer);
    if (o == p.value().cend())
        return false;
    const auto s = findCi(o.value(), sku);
    if (s == o.value().cend())
        return false;
    return version.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0 || s.value().contains(version);
}

AzureArmReply AzureArmCatalog::images(const QString& subscriptionId, const QString& location, const QStringList& rest)
{
    const QString base = QStringLiteral("/Subscriptions/%1/Providers/Microsoft.Compute/Locations/%2/Publishers/")
                             .arg(subscriptionId, location);
    const auto array = [](const QJsonArray& a) {
        AzureArmReply reply;
        reply.body = QJsonDocument(a).toJson(QJsonDocument::Compact);
        return reply;
    };
    if (rest.isEmpty())
        return array(namedList(imageTable().keys(), location, base));
    const auto p = findCi(imageTable(), rest[0]);
    if (p == imageTable().cend())
        return notFound(rest[0]);
    const QString offersBase = base + p.key() + QStringLiteral("/ArtifactTypes/VMImage/Offers/");
    if (rest.size() <= 4)
        return array(namedList(p.value().keys(), location, offersBase));
    const auto o = findCi(p.value(), rest[4]);
    if (o == p.value().cend())
        return notFound(rest[4]);
    const QString skusBase = offersBase + o.key() + QStringLiteral("/Skus/");
    if (rest.size() <= 6)
        return array(namedList(o.value().keys(), location, skusBase));
    const auto s = findCi(o.value(), rest[6]);
    if (s == o.value().cend())
        return notFound(rest[6]);
    const QString versionsBase = skusBase + s.key() + QStringLiteral("/Versions/");
    if (rest.size() <= 8)
        return array(namedList(s.value(), location, versionsBase));
    const QString version = rest[8];
    if (!s.value().contains(version))
        return notFound(version);
    const bool windows = p.key() == QLatin1String("MicrosoftWindowsServer");
    return AzureArmReply::json(200,
        QJsonObject { { QStringLiteral("name"), version }, { QStringLiteral("location"), location },
            { QStringLiteral("id"), QString(versionsBase + version) },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("hyperVGeneration"),
                                  s.key().contains(QLatin1String("gen2")) ? QStringLiteral("V2") : QStringLiteral("V1") },
                    { QStringLiteral("architecture"), QStringLiteral("x64") },
                    { QStringLiteral("osDiskImage"),
                        QJsonObject { { QStringLiteral("operatingSystem"), windows ? QStringLiteral("Windows") : QStringLiteral("Linux") },
                            { QStringLiteral("sizeInGb"), 30 } } } } } });
}

} // namespace Barista
