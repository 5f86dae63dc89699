// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtDebug>

namespace Barista {

namespace {
constexpr int SCHEMA_VERSION = 1;
const char* const BUNDLED_PATH = ":/catalog/regions.json";
} // namespace

const RegionCatalog& RegionCatalog::bundled()
{
    // A function-local static: C++ guarantees one thread-safe initialisation.
    static const RegionCatalog catalog = [] {
        QFile file(QString::fromLatin1(BUNDLED_PATH));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("RegionCatalog: cannot open %s", BUNDLED_PATH);
            return RegionCatalog();
        }
        QString error;
        RegionCatalog loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("RegionCatalog: %s: %s", BUNDLED_PATH, qPrintable(error));
        return loaded;
    }();
    return catalog;
}

RegionCatalog RegionCatalog::fromJson(const QByteArray& json, QString* error)
{
    // Strict, unlike the domain types' fromJson: this is our own generated file, and a
    // half-read catalog would silently hide regions.
    const auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return RegionCatalog();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(QCoreApplication::translate("RegionCatalog", "Invalid JSON at offset %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()));
    if (!document.isObject())
        return failed(QCoreApplication::translate("RegionCatalog", "The region catalog is not a JSON object."));

    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("schemaVersion")).toInt(-1);
    if (version != SCHEMA_VERSION)
        return failed(
            QCoreApplication::translate("RegionCatalog", "Unsupported region catalog schema version %1.").arg(version));
    const QJsonValue entriesValue = root.value(QLatin1String("entries"));
    if (!entriesValue.isArray())
        return failed(QCoreApplication::translate("RegionCatalog", "The region catalog has no \"entries\" array."));

    RegionCatalog catalog;
    const QJsonArray entries = entriesValue.toArray();
    for (const QJsonValue& entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return failed(QCoreApplication::translate("RegionCatalog", "A cloud entry has no \"id\"."));
        if (catalog.m_providerOf.contains(id))
            return failed(
                QCoreApplication::translate("RegionCatalog", "The cloud entry \"%1\" appears twice.").arg(id));
        const QJsonValue regionsValue = entry.value(QLatin1String("regions"));
        if (!regionsValue.isArray())
            return failed(
                QCoreApplication::translate("RegionCatalog", "The cloud entry \"%1\" has no \"regions\" array.")
                    .arg(id));

        catalog.m_entries.append(id);
        catalog.m_providerOf.insert(id, entry.value(QLatin1String("provider")).toString(id));
        const QJsonArray regions = regionsValue.toArray();
        for (const QJsonValue& regionValue : regions) {
            RegionInfo region = RegionInfo::fromJson(regionValue.toObject());
            if (!regionValue.isObject() || region.name.isEmpty())
                return failed(
                    QCoreApplication::translate("RegionCatalog", "A region of \"%1\" has no \"name\".").arg(id));
            region.provider = id;
            catalog.m_regions.append(region);
        }
    }
    if (error)
        error->clear();
    return catalog;
}

QStringList RegionCatalog::entries() const
{
    return m_entries;
}

QString RegionCatalog::providerOf(const QString& entry) const
{
    return m_providerOf.value(entry);
}

QList<RegionInfo> RegionCatalog::regions(const QString& entry) const
{
    if (entry.isEmpty())
        return m_regions;
    QList<RegionInfo> result;
    for (const RegionInfo& region : m_regions) {
        if (region.provider == entry)
            result.append(region);
    }
    return result;
}

std::optional<RegionInfo> RegionCatalog::region(const QString& entry, const QString& regionName) const
{
    for (const RegionInfo& region : m_regions) {
        if (region.provider == entry && region.name == regionName)
            return region;
    }
    return std::nullopt;
}

int RegionCatalog::regionCount() const
{
    return static_cast<int>(m_regions.size());
}

int RegionCatalog::zoneCount() const
{
    int count = 0;
    for (const RegionInfo& region : m_regions)
        count += static_cast<int>(region.zones.size());
    return count;
}

} // namespace Barista
