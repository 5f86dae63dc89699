// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogQuery.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace Barista::Bench {

/// Region scope of a query, resolved once through the catalog (it is not what a scan measures).
struct ScanScope
{
    std::optional<QSet<QByteArray>> regions; ///< "provider/region"; nullopt = all
    QHash<QByteArray, double> distanceKm;
};

/// The SkyPilot way: every query reads and parses the whole CSV files and filters the rows
/// (csv mode), or filters rows already parsed into memory (memory mode, what a long-running
/// SkyPilot process has after its first lookup). Implements the same filters and ordering as
/// the catalog query, so the row counts can be checked against the store.
class BenchScan
{
public:
    struct Counts
    {
        qint64 specs = 0; ///< rows returned (after limit)
        qint64 images = 0;
    };

    BenchScan(QStringList specFiles, QStringList imageFiles);

    Counts scanFiles(const CatalogQuery& query, const ScanScope& scope) const;
    /// Parses every file once (for memory mode); returns the rows loaded.
    qint64 load();
    Counts scanMemory(const CatalogQuery& query, const ScanScope& scope) const;

    struct SpecRow
    {
        QByteArray key; ///< provider/region
        QByteArray name;
        QByteArray gpu; ///< lower case
        QByteArray arch;
        int vcpu = 0;
        double memory = 0;
        int gpus = 0;
        double gpuMemory = 0;
        double price = -1; ///< -1 = unknown
        double spot = -1;
    };
    struct ImageRow
    {
        QByteArray key;
        QByteArray name;
        QByteArray os;
        QByteArray arch;
    };

private:
    QStringList m_specFiles;
    QStringList m_imageFiles;
    QList<SpecRow> m_specs;
    QList<ImageRow> m_images;
};

} // namespace Barista::Bench
