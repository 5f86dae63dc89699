// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/CatalogResultModel.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

namespace Barista {

namespace {

/// One cell's sort value; unknown sorts last whatever the order.
struct SortValue
{
    bool unknown = false;
    double number = 0;
    QString text;
};

int compareValues(const SortValue& a, const SortValue& b)
{
    const int byText = a.text.compare(b.text, Qt::CaseInsensitive);
    if (byText != 0)
        return byText;
    return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
}

SortValue numberValue(double value, bool known)
{
    SortValue v;
    v.unknown = !known;
    v.number = value;
    return v;
}

SortValue textValue(const QString& text)
{
    SortValue v;
    v.text = text;
    return v;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

CatalogResultModel::CatalogResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CatalogResultModel::setResult(const CatalogSearchResult& result)
{
    beginReset();
    m_specs = result.specs;
    m_regions = result.specs.isEmpty() ? result.regions : QList<CatalogRegion>();
    m_kind = (m_specs.isEmpty() && !m_regions.isEmpty()) ? RowKind::Region : RowKind::Spec;
    m_fetched = 0;
    applySort();
    endReset();
}

void CatalogResultModel::beginReset()
{
    // Listeners of the change signals (QAbstractItemModelTester runs its checks, fetchMore()
    // included, on each) may call fetchMore() while a change is being announced; inserting rows
    // then would nest one change in another. Views fetch from a queued timer, after it.
    m_announcing = true;
    beginResetModel();
}

void CatalogResultModel::endReset()
{
    endResetModel();
    m_announcing = false;
}

void CatalogResultModel::clear()
{
    setResult(CatalogSearchResult());
}

void CatalogResultModel::setKoreanNames(bool korean)
{
    if (m_korean == korean)
        return;
    m_korean = korean;
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0, RegionColumn), index(m_fetched - 1, RegionColumn), { Qt::DisplayRole });
    if (m_sortColumn == RegionColumn)
        sort(m_sortColumn, m_sortOrder);
}

void CatalogResultModel::setBatchSize(int size)
{
    m_batchSize = qMax(1, size);
}

const CatalogSpec* CatalogResultModel::specAt(int row) const
{
    if (m_kind != RowKind::Spec || row < 0 || row >= m_order.size())
        return nullptr;
    return &m_specs.at(m_order.at(row));
}

const CatalogRegion* CatalogResultModel::regionAt(int row) const
{
    if (m_kind != RowKind::Region || row < 0 || row >= m_order.size())
        return nullptr;
    return &m_regions.at(m_order.at(row));
}

int CatalogResultModel::rowOfSpec(const QString& specId) const
{
    for (int row = 0; row < m_fetched; ++row) {
        if (const CatalogSpec* spec = specAt(row); spec && spec->specId() == specId)
            return row;
    }
    return -1;
}

int CatalogResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int CatalogResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

bool CatalogResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_announcing && m_fetched < m_order.size();
}

void CatalogResultModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_announcing)
        return;
    const int count = qMin(m_batchSize, int(m_order.size()) - m_fetched);
    if (count <= 0)
        return;
    m_announcing = true; // see beginReset()
    beginInsertRows(QModelIndex(), m_fetched, m_fetched + count - 1);
    m_fetched += count;
    endInsertRows();
    m_announcing = false;
}

QString CatalogResultModel::regionText(const QString& english, const QString& korean, const QString& id) const
{
    if (m_korean && !korean.isEmpty())
        return korean;
    return english.isEmpty() ? id : english;
}

QVariant CatalogResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (const CatalogSpec* spec = specAt(index.row()))
        return specData(*spec, index.column(), role);
    if (const CatalogRegion* region = regionAt(index.row()))
        return regionData(*region, index.column(), role);
    return QVariant();
}

QVariant CatalogResultModel::specData(const CatalogSpec& row, int column, int role) const
{
    const SpecInfo& spec = row.spec;
    switch (role) {
    case SpecIdRole:
        return row.specId();
    case RegionKeyRole:
        return QString(spec.provider + QLatin1Char('-') + spec.region);
    case ProviderRole:
        return spec.provider;
    case RegionNameRole:
        return spec.region;
    case VcpuRole:
        return spec.vcpu > 0 ? QVariant(spec.vcpu) : QVariant();
    case MemoryRole:
        return spec.memoryGiB > 0 ? QVariant(spec.memoryGiB) : QVariant();
    case GpuModelRole:
        return spec.gpuModel;
    case GpuCountRole:
        return spec.gpuCount;
    case PriceRole:
        return spec.costPerHour ? QVariant(*spec.costPerHour) : QVariant();
    case SpotPriceRole:
        return spec.spotCostPerHour ? QVariant(*spec.spotCostPerHour) : QVariant();
    case CurrencyRole:
        return spec.currency;
    case SourceRole:
        return row.source;
    case Qt::TextAlignmentRole:
        if (column == VcpuColumn || column == MemoryColumn || column == PriceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case Qt::ToolTipRole:
        if (column == RegionColumn)
            return spec.region;
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }

    switch (column) {
    case SpecIdColumn:
        return row.specId();
    case ProviderColumn:
        return spec.provider;
    case RegionColumn:
        return regionText(row.regionDisplayName, row.regionNameKo, spec.region);
    case VcpuColumn:
        return spec.vcpu > 0 ? QVariant(spec.vcpu) : QVariant(tr("unknown"));
    case MemoryColumn:
        return spec.memoryGiB > 0 ? QVariant(numberText(spec.memoryGiB)) : QVariant(tr("unknown"));
    case GpuColumn:
        if (spec.gpuModel.isEmpty() && spec.gpuCount <= 0)
            return QString();
        if (spec.gpuCount <= 0)
            return spec.gpuModel;
        //: GPU count and model, e.g. "4 × A100"
        return tr("%1 × %2").arg(spec.gpuCount).arg(spec.gpuModel.isEmpty() ? tr("GPU") : spec.gpuModel);
    case PriceColumn:
        if (!spec.costPerHour)
            return tr("unknown");
        //: Price per hour and currency, e.g. "0.096 USD"
        return tr("%1 %2").arg(QLocale().toString(*spec.costPerHour, 'f', 4), spec.currency);
    case SourceColumn:
        return row.source;
    default:
        return QVariant();
    }
}

QVariant CatalogResultModel::regionData(const CatalogRegion& row, int column, int role) const
{
    switch (role) {
    case RegionKeyRole:
        return row.key();
    case ProviderRole:
        return row.region.provider;
    case RegionNameRole:
        return row.region.name;
    case Qt::ToolTipRole:
        return column == RegionColumn ? QVariant(row.region.name) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case SpecIdColumn:
        return row.key();
    case ProviderColumn:
        return row.region.provider;
    case RegionColumn:
        return regionText(row.region.displayName, row.nameKo, row.region.name);
    default:
        return QVariant();
    }
}

QVariant CatalogResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpecIdColumn:
        return m_kind == RowKind::Region ? tr("Region id") : tr("Spec id");
    case ProviderColumn:
        return tr("Provider");
    case RegionColumn:
        return tr("Region");
    case VcpuColumn:
        return tr("vCPU");
    case MemoryColumn:
        return tr("Memory GiB");
    case GpuColumn:
        return tr("GPU");
    case PriceColumn:
        return tr("Price/hour");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> CatalogResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SpecIdRole, "specId");
    names.insert(RegionKeyRole, "regionKey");
    names.insert(ProviderRole, "provider");
    names.insert(RegionNameRole, "regionName");
    names.insert(VcpuRole, "vcpu");
    names.insert(MemoryRole, "memoryGiB");
    names.insert(GpuModelRole, "gpuModel");
    names.insert(GpuCountRole, "gpuCount");
    names.insert(PriceRole, "price");
    names.insert(SpotPriceRole, "spotPrice");
    names.insert(CurrencyRole, "currency");
    names.insert(SourceRole, "source");
    return names;
}

void CatalogResultModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    beginReset();
    m_sortColumn = column;
    m_sortOrder = order;
    m_fetched = 0;
    applySort();
    endReset();
}

void CatalogResultModel::applySort()
{
    const int count = int(m_kind == RowKind::Spec ? m_specs.size() : m_regions.size());
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0)
        return;

    // Keys once per row, not once per comparison: a result can hold 100k specs.
    QList<SortValue> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (m_kind == RowKind::Region) {
            const CatalogRegion& r = m_regions.at(i);
            switch (m_sortColumn) {
            case SpecIdColumn:
                keys.append(textValue(r.key()));
                break;
            case ProviderColumn:
                keys.append(textValue(r.region.provider));
                break;
            case RegionColumn:
                keys.append(textValue(regionText(r.region.displayName, r.nameKo, r.region.name)));
                break;
            default:
                keys.append(SortValue { true, 0, QString() });
            }
            continue;
        }
        const CatalogSpec& row = m_specs.at(i);
        const SpecInfo& s = row.spec;
        switch (m_sortColumn) {
        case SpecIdColumn:
            keys.append(textValue(row.specId()));
            break;
        case ProviderColumn:
            keys.append(textValue(s.provider));
            break;
        case RegionColumn:
            keys.append(textValue(regionText(row.regionDisplayName, row.regionNameKo, s.region)));
            break;
        case VcpuColumn:
            keys.append(numberValue(s.vcpu, s.vcpu > 0));
            break;
        case MemoryColumn:
            keys.append(numberValue(s.memoryGiB, s.memoryGiB > 0));
            break;
        case GpuColumn: {
            SortValue v = numberValue(s.gpuCount, !s.gpuModel.isEmpty() || s.gpuCount > 0);
            v.text = s.gpuModel;
            keys.append(v);
            break;
        }
        case PriceColumn:
            keys.append(numberValue(s.costPerHour.value_or(0), s.costPerHour.has_value()));
            break;
        case SourceColumn:
        default:
            keys.append(textValue(row.source));
        }
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&keys, descending](int a, int b) {
        const SortValue& ka = keys.at(a);
        const SortValue& kb = keys.at(b);
        if (ka.unknown || kb.unknown)
            return !ka.unknown; // known before unknown, in both orders
        const int c = compareValues(ka, kb);
        return descending ? c > 0 : c < 0;
    });
}

} // namespace Barista
