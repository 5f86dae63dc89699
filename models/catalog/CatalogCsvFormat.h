// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogInserter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Barista {

/// The CSV layouts the catalog imports, recognised by their header, and the mapping of one row
/// to a SpecRecord or ImageRecord.
///
/// - SkyPilot vms.csv (catalog schema v8/v9 and the anycloud mirror): InstanceType, vCPUs,
///   MemoryGiB, AcceleratorName, AcceleratorCount, GpuInfo, Price, SpotPrice, Region and the
///   optional AvailabilityZone, Arch, Generation. The file has no provider column: it comes from
///   the import options or the folder name (".../azure/vms.csv"). Accelerator-only rows (GCP's
///   attachable GPUs and TPUs) are named "A100:1" as SkyPilot writes them.
/// - SkyPilot images.csv: Tag, Region, OS, OSVersion, ImageId[, CreationDate, BaseImageId].
/// - Tumblebug cloudspec.csv: providerName, regionName ("all" = every region), cspSpecName,
///   costPerHour, currency, ..., rootDiskSize, acceleratorModel/Count/MemoryGB.
/// - Tumblebug cloudimage.csv: providerName, regionName, cspImageName, osType, description,
///   supportedInstance, infraType, osArchitecture, osDistribution.
class CatalogCsvFormat
{
public:
    enum Kind
    {
        Unknown,
        SkyPilotVms,
        SkyPilotImages,
        TumblebugSpecs,
        TumblebugImages,
    };

    /// Recognises the header; Unknown when it matches no layout.
    static CatalogCsvFormat detect(const QList<QByteArray>& header);

    Kind kind() const { return m_kind; }
    QString name() const;
    bool isSpecs() const { return m_kind == SkyPilotVms || m_kind == TumblebugSpecs; }
    bool needsProvider() const { return m_kind == SkyPilotVms || m_kind == SkyPilotImages; }
    int columnCount() const { return m_columnCount; }

    /// Maps a row; false with *problem set for a bad row. provider is used by the SkyPilot layouts.
    bool toSpec(QList<QByteArray>& fields, const QString& provider, SpecRecord* record, QString* problem) const;
    bool toImage(QList<QByteArray>& fields, const QString& provider, ImageRecord* record, QString* problem) const;

    /// Cloud-Barista's provider spellings ("NCPVPC", "NHNCLOUD", "ktcloudvpc") as catalog ids.
    static QString normalizeProvider(const QString& name);

private:
    bool fitColumns(QList<QByteArray>& fields, QString* problem) const;
    QString text(const QList<QByteArray>& fields, const char* column) const;

    Kind m_kind = Unknown;
    int m_columnCount = 0;
    QHash<QByteArray, int> m_columns;
    bool m_lastColumnIsList = false; ///< SkyPilot's Azure "Generation" holds an unquoted "V1,V2"
};

} // namespace Barista
