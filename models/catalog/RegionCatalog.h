// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/RegionInfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

/// The bundled list of every provider's regions and zones (resources/catalog/regions.json,
/// derived from Cloud-Barista's cloudinfo.yaml by resources/tools/convert_cloudinfo.py).
/// Immutable after loading, so it is safe to read from any thread.
class RegionCatalog
{
public:
    /// The catalog compiled into the product (":/catalog/regions.json"), loaded once.
    static const RegionCatalog& bundled();
    /// Parses the regions.json format; returns an empty catalog and sets *error on bad input.
    static RegionCatalog fromJson(const QByteArray& json, QString* error = nullptr);

    /// Cloud entries in file order: the ten providers plus extra examples such as
    /// "openstack-ex01" (a second OpenStack cloud in Cloud-Barista's file).
    QStringList entries() const;
    /// The provider an entry belongs to ("openstack-ex01" -> "openstack").
    QString providerOf(const QString& entry) const;
    /// All regions, or those of one entry. RegionInfo::provider holds the entry id.
    QList<RegionInfo> regions(const QString& entry = QString()) const;
    std::optional<RegionInfo> region(const QString& entry, const QString& regionName) const;
    int regionCount() const;
    int zoneCount() const;

private:
    QStringList m_entries;
    QHash<QString, QString> m_providerOf;
    QList<RegionInfo> m_regions;
};

} // namespace Barista
