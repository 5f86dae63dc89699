// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace Barista {

/// A spec row to write; unknown values are empty optionals (stored as NULL).
struct SpecRecord
{
    QString provider; ///< entry id ("aws", "openstack-ex01", "lambda")
    QString region; ///< "all" = every known region of the provider (Tumblebug's convention)
    QString zone;
    QString name;
    std::optional<int> vcpu;
    std::optional<double> memoryGiB;
    QString architecture; ///< empty = unknown
    QString gpuModel; ///< empty = none
    int gpuCount = 0;
    std::optional<double> gpuMemoryGiB; ///< total over all GPUs
    std::optional<int> diskGiB;
    std::optional<double> price;
    std::optional<double> spotPrice;
    QString currency = QStringLiteral("USD");
};

/// An image row to write. region "" or "all" = offered in every region of the provider.
struct ImageRecord
{
    QString provider;
    QString region;
    QString imageId;
    QString name;
    QString osType;
    QString osDistribution;
    QString osVersion;
    QString architecture;
    bool gpuReady = false;
    bool k8sReady = false;
    QString status = QStringLiteral("Available");
};

/// Place facts of a region beyond RegionInfo (from region_names_ko.json).
struct RegionNames
{
    QString nameKo;
    QString city;
    QString country;
    QString countryKo;
    QString area;
    QString areaKo;
};

/// The write side of one catalog transaction on the writer connection: prepared statements,
/// region and name-dictionary caches, and the upsert rules. Not thread-safe; lives for one job
/// on the writer thread. The caller owns the transaction.
///
/// Upsert rules: the newest row wins, except that a provider-wide ("all regions") row never
/// overwrites a region-specific one, and a row that does not know the shape (vCPU, memory,
/// architecture, GPU, disk) keeps the shape already stored.
class CatalogInserter
{
public:
    CatalogInserter(QSqlDatabase db, QString source, const QDateTime& fetchedAt);

    bool ensureProvider(const QString& id, const QString& platform, const QString& description, QString* error);
    /// Inserts or updates a region with its zones; returns its row id or 0 on error.
    qint64 upsertRegion(const QString& provider, const QString& platform, const QString& name,
        const QString& displayName, const std::optional<double>& latitude, const std::optional<double>& longitude,
        const QStringList& zones, const RegionNames& names, QString* error);

    /// Writes a spec; "all" expands to every region of the provider. Returns the rows written
    /// (0 when an "all" provider has no regions) or -1 on a database error.
    int upsertSpec(const SpecRecord& record, QString* error);
    int upsertImage(const ImageRecord& record, QString* error);

    /// Bulk mode (large imports): rows are buffered and written in batches sorted by their unique
    /// key, so the key index grows by appends instead of random page splits. A database error
    /// then surfaces at the next flush() (or a later upsert that fills the buffer).
    void setBulk(bool bulk) { m_bulk = bulk; }
    bool flush(QString* error);

    /// Regions created because a row named one the catalog did not know.
    int regionsCreated() const { return m_regionsCreated; }

    /// The region row id, creating an unknown region (without coordinates) when create is set.
    std::optional<qint64> regionId(const QString& provider, const QString& name, bool create, QString* error);
    /// Every real (not "all regions") region of the provider.
    QList<qint64> regionIds(const QString& provider);

    bool touchFetchLog(const QString& provider, const QString& kind, QString* error);
    static QString regionSearchText(const QStringList& parts);

private:
    struct PendingSpec
    {
        qint64 region;
        qint64 name;
        bool allRegions;
        std::shared_ptr<const SpecRecord> record;
    };
    struct PendingImage
    {
        qint64 region;
        qint64 name;
        ImageRecord record;
    };

    bool ensureSource(QString* error);
    bool writeSpec(const PendingSpec& spec, QString* error);
    bool writeImage(const PendingImage& image, QString* error);
    void bindSpec(QSqlQuery& query, int firstColumn, const PendingSpec& spec) const;
    void bindImage(QSqlQuery& query, int firstColumn, const PendingImage& image) const;
    bool loadRegions(QString* error);
    qint64 nameId(QHash<QString, qint64>& cache, bool& loaded, std::optional<QSqlQuery>& insert, const char* table,
        const QString& name, QString* error);
    bool execOrFail(QSqlQuery& query, QString* error);

    QSqlDatabase m_db;
    QString m_source;
    qint64 m_fetchedAt;
    qint64 m_sourceId = 0;
    bool m_regionsLoaded = false;
    QHash<QString, qint64> m_regions; ///< "provider\nname-lowercase" -> id
    QHash<QString, QList<qint64>> m_providerRegions;
    QHash<QString, bool> m_providers;
    QHash<QString, qint64> m_specNames;
    QHash<QString, qint64> m_imageNames;
    bool m_specNamesLoaded = false;
    bool m_imageNamesLoaded = false;
    std::optional<QSqlQuery> m_specInsert;
    std::optional<QSqlQuery> m_imageInsert;
    std::optional<QSqlQuery> m_specInsertMany;
    std::optional<QSqlQuery> m_imageInsertMany;
    std::optional<QSqlQuery> m_specNameInsert;
    std::optional<QSqlQuery> m_imageNameInsert;
    int m_regionsCreated = 0;
    bool m_bulk = false;
    QList<PendingSpec> m_pendingSpecs;
    QList<PendingImage> m_pendingImages;
};

} // namespace Barista
