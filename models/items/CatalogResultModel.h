// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Barista {

/// The rows of one catalog search, for the catalog panel's table.
///
/// Lazy: the whole result is held, but rows are exposed in batches (canFetchMore/fetchMore),
/// so 100k specs do not make a view lay out 100k rows at once. Sorting reorders the held list
/// and starts again from the first batch.
///
/// Mode: a result with specs shows specs; a result with only regions (a place query such as
/// "서울") shows its regions in the same columns (id = region key, the spec columns empty), so
/// one table serves both. rowKind() says which.
class CatalogResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogResultModel)

public:
    enum Column
    {
        SpecIdColumn,
        ProviderColumn,
        RegionColumn,
        VcpuColumn,
        MemoryColumn,
        GpuColumn,
        PriceColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SpecIdRole = Qt::UserRole + 1, ///< QString; invalid QVariant on region rows
        RegionKeyRole, ///< "provider-region" (CatalogRegion::key())
        ProviderRole, ///< entry id ("aws")
        RegionNameRole, ///< the provider's region id ("ap-northeast-2")
        VcpuRole, ///< int; invalid when unknown
        MemoryRole, ///< double GiB; invalid when unknown
        GpuModelRole, ///< QString, empty without GPU
        GpuCountRole, ///< int
        PriceRole, ///< double per hour; invalid QVariant when unknown (never 0)
        SpotPriceRole, ///< double per hour; invalid when unknown
        CurrencyRole, ///< "USD"
        SourceRole, ///< QString
    };
    enum class RowKind
    {
        Spec,
        Region,
    };

    explicit CatalogResultModel(QObject* parent = nullptr);

    /// Replaces the rows (starting again from the first batch). A current sort() is kept and
    /// applied to the new rows; sort(-1) returns to the order the query gave.
    void setResult(const CatalogSearchResult& result);
    void clear();

    /// Korean region names (CatalogSpec::regionNameKo / CatalogRegion::nameKo) when known.
    void setKoreanNames(bool korean);
    bool koreanNames() const { return m_korean; }
    void setBatchSize(int size);
    int batchSize() const { return m_batchSize; }

    RowKind rowKind() const { return m_kind; }
    /// All held rows, fetched or not.
    int totalCount() const { return int(m_order.size()); }
    /// nullptr when the row is not a spec row (or out of range).
    const CatalogSpec* specAt(int row) const;
    const CatalogRegion* regionAt(int row) const;
    /// The row of a spec id among the fetched rows, or -1.
    int rowOfSpec(const QString& specId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Unknown values (price, vCPU, memory, GPU) sort last in both orders; ties keep the
    /// query's order. column -1 restores the query's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    QString regionText(const QString& english, const QString& korean, const QString& id) const;
    QVariant specData(const CatalogSpec& spec, int column, int role) const;
    QVariant regionData(const CatalogRegion& region, int column, int role) const;
    void applySort();
    void beginReset();
    void endReset();

    RowKind m_kind = RowKind::Spec;
    QList<CatalogSpec> m_specs;
    QList<CatalogRegion> m_regions;
    QList<int> m_order; ///< display order: indexes into m_specs or m_regions
    int m_fetched = 0;
    int m_batchSize = 200;
    bool m_korean = false;
    bool m_announcing = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Barista
