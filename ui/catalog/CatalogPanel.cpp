// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalog/CatalogPanel.h"

#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "models/items/CatalogResultModel.h"

#include <QFormLayout>
#include <QFuture>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Barista {

namespace {

/// "aws-ap-northeast-2" -> "aws/ap-northeast-2": the store's region: term takes a qualified id
/// with "/", and entry ids may themselves hold a "-" ("openstack-ex01"), so split after the
/// longest known entry.
QString qualifiedRegion(const QString& key)
{
    if (key.contains(QLatin1Char('/')) || key.contains(QLatin1Char('+')))
        return key;
    QString best;
    for (const QString& entry : RegionCatalog::bundled().entries()) {
        if (key.startsWith(entry + QLatin1Char('-')) && entry.size() > best.size())
            best = entry;
    }
    return best.isEmpty() ? key : best + QLatin1Char('/') + key.mid(best.size() + 1);
}

/// The CatalogRegion::key() form of a qualified id.
QString regionKey(const QString& qualified)
{
    QString key = qualified;
    const qsizetype slash = key.indexOf(QRegularExpression(QStringLiteral("[/+]")));
    if (slash > 0)
        key[slash] = QLatin1Char('-');
    return key;
}

/// Character index in a QString of a 1-based column counted in code points.
int indexOfColumn(const QString& text, int column)
{
    int index = 0;
    for (int c = 1; c < column && index < text.size(); ++c)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return qMin(index, int(text.size()));
}

} // namespace

CatalogPanel::CatalogPanel(CatalogStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CatalogResultModel(this))
    , m_search(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_useButton(new QPushButton(tr("Use this spec"), this))
    , m_debounce(new QTimer(this))
    , m_mapFilterBar(new QWidget(this))
    , m_mapFilterText(new QLabel(m_mapFilterBar))
{
    Q_ASSERT(m_store);
    setObjectName(QStringLiteral("catalogPanel"));
    m_model->setKoreanNames(QLocale().language() == QLocale::Korean);

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search the catalog, e.g. gpu:a100 vcpu>=8 mem>=32 near:seoul sort:price"));
    m_search->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("catalogError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_count->setObjectName(QStringLiteral("catalogCount"));

    m_table->setObjectName(QStringLiteral("catalogResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // No indicator until the user clicks a header: the query's own order (sort:...) shows first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Fixed widths: sizing to contents would measure every fetched row on each batch.
    const QList<std::pair<int, int>> widths { { CatalogResultModel::SpecIdColumn, 250 },
        { CatalogResultModel::ProviderColumn, 70 }, { CatalogResultModel::RegionColumn, 160 },
        { CatalogResultModel::VcpuColumn, 55 }, { CatalogResultModel::MemoryColumn, 85 },
        { CatalogResultModel::GpuColumn, 80 }, { CatalogResultModel::PriceColumn, 105 } };
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_useButton->setObjectName(QStringLiteral("useSpecButton"));
    m_useButton->setEnabled(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 840, 340 });

    // What the map narrows the search to, with a way out that does not need the map.
    m_mapFilterBar->setObjectName(QStringLiteral("catalogMapFilter"));
    m_mapFilterText->setObjectName(QStringLiteral("catalogMapFilterText"));
    auto* clearMapFilter = new QPushButton(tr("Clear map filter"), m_mapFilterBar);
    clearMapFilter->setObjectName(QStringLiteral("clearMapFilterButton"));
    auto* barLayout = new QHBoxLayout(m_mapFilterBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_mapFilterText, 1);
    barLayout->addWidget(clearMapFilter);
    connect(clearMapFilter, &QPushButton::clicked, this, [this] {
        m_regionFilter.clear();
        m_nearPoint.reset();
        updateMapFilterBar();
        startSearch(false);
        Q_EMIT mapFilterClearRequested();
    });
    updateMapFilterBar();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_mapFilterBar);
    layout->addWidget(m_error);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { startSearch(false); });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPanel::searchNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPanel::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPanel::updateDetail);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedSpecId();
        if (!id.isEmpty())
            Q_EMIT specChosen(id);
    });
    updateCount(nullptr);
    updateDetail();
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::resizeEvent(QResizeEvent* event)
{
    // Docked narrow, the details go below the results instead of squeezing them.
    const Qt::Orientation wanted = width() < 760 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes(wanted == Qt::Vertical ? QList<int> { 600, 260 } : QList<int> { 840, 340 });
    }
    QWidget::resizeEvent(event);
}

QWidget* CatalogPanel::buildDetailPane()
{
    auto* pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("catalogDetail"));
    auto* form = new QFormLayout;
    // Spec ids have no spaces to wrap at: a long one moves below its title instead of clipping.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto add = [this, form](QLabel** slot, const char* name, const QString& title) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        form->addRow(title, label);
        *slot = label;
    };
    add(&m_detail.specId, "detailSpecId", tr("Spec id"));
    add(&m_detail.provider, "detailProvider", tr("Provider"));
    add(&m_detail.region, "detailRegion", tr("Region"));
    add(&m_detail.vcpu, "detailVcpu", tr("vCPU"));
    add(&m_detail.memory, "detailMemory", tr("Memory"));
    add(&m_detail.gpu, "detailGpu", tr("GPU"));
    add(&m_detail.price, "detailPrice", tr("On-demand"));
    add(&m_detail.spotPrice, "detailSpotPrice", tr("Spot"));
    add(&m_detail.source, "detailSource", tr("Source"));
    add(&m_detail.fetchedAt, "detailFetchedAt", tr("Fetched at"));
    auto* layout = new QVBoxLayout(pane);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_useButton);
    pane->setMinimumWidth(300);
    return pane;
}

void CatalogPanel::setRegionFilter(const QStringList& regionKeys)
{
    if (regionKeys == m_regionFilter)
        return;
    m_regionFilter = regionKeys;
    updateMapFilterBar();
    startSearch(false);
}

void CatalogPanel::setNearPoint(const std::optional<QPointF>& latLon)
{
    if (latLon == m_nearPoint)
        return;
    m_nearPoint = latLon;
    updateMapFilterBar();
    startSearch(false);
}

void CatalogPanel::updateMapFilterBar()
{
    QString text;
    if (!m_regionFilter.isEmpty() && m_nearPoint)
        text = tr("Map: %n region(s), near %1, %2", nullptr, int(m_regionFilter.size()))
                   .arg(m_nearPoint->x(), 0, 'f', 2)
                   .arg(m_nearPoint->y(), 0, 'f', 2);
    else if (!m_regionFilter.isEmpty())
        text = tr("Map: %n region(s) selected", nullptr, int(m_regionFilter.size()));
    else if (m_nearPoint)
        text = tr("Map: near %1, %2").arg(m_nearPoint->x(), 0, 'f', 2).arg(m_nearPoint->y(), 0, 'f', 2);
    m_mapFilterText->setText(text);
    m_mapFilterBar->setVisible(!text.isEmpty());
}

QString CatalogPanel::effectiveQuery() const
{
    QStringList parts { m_search->text() };
    static const QRegularExpression limitTerm(
        QStringLiteral("(^|\\s)limit\\s*[:=]"), QRegularExpression::CaseInsensitiveOption);
    if (!limitTerm.match(m_search->text()).hasMatch())
        parts.append(QStringLiteral("limit:%1").arg(DefaultLimit));
    if (!m_regionFilter.isEmpty()) {
        QStringList qualified;
        for (const QString& key : m_regionFilter)
            qualified.append(qualifiedRegion(key));
        parts.append(QStringLiteral("region:") + qualified.join(QLatin1Char(',')));
    }
    static const QRegularExpression nearTerm(QStringLiteral("(^|\\s)near\\s*:"), QRegularExpression::CaseInsensitiveOption);
    if (m_nearPoint && !nearTerm.match(m_search->text()).hasMatch())
        parts.append(QStringLiteral("near:%1,%2").arg(m_nearPoint->x(), 0, 'f', 4).arg(m_nearPoint->y(), 0, 'f', 4));
    return parts.join(QLatin1Char(' '));
}

QString CatalogPanel::selectedSpecId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return QString();
    return m_model->data(current, CatalogResultModel::SpecIdRole).toString();
}

void CatalogPanel::searchNow()
{
    m_debounce->stop();
    startSearch(true);
}

void CatalogPanel::startSearch(bool explicitRequest)
{
    const quint64 generation = ++m_generation;
    if (m_search->text().trimmed().isEmpty() && m_regionFilter.isEmpty()) {
        m_searching = false;
        m_error->hide();
        m_model->clear();
        updateCount(nullptr);
        Q_EMIT searchFinished();
        return;
    }
    m_searching = true;
    updateCount(nullptr);
    // A watcher owned by the panel, not .then(this): Qt 6.4 asserts when a continuation's
    // context object is gone, and the panel may close while a search runs.
    auto* watcher = new QFutureWatcher<CatalogSearchResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, explicitRequest] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            applyResult(generation, explicitRequest, watcher->result());
    });
    watcher->setFuture(m_store->searchAsync(effectiveQuery()));
}

void CatalogPanel::applyResult(quint64 generation, bool explicitRequest, const CatalogSearchResult& result)
{
    if (generation != m_generation)
        return; // a newer search is running or done; this one is stale
    m_searching = false;
    if (result.error) {
        m_model->clear();
        showError(*result.error, explicitRequest);
        updateCount(nullptr);
        Q_EMIT searchFinished();
        return;
    }
    m_error->hide();
    // A sort: term in the query wins over an earlier header click; without one the header's
    // order stays across searches (the model re-applies it).
    static const QRegularExpression sortTerm(
        QStringLiteral("(^|\\s)(sort|order)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    if (m_model->sortColumn() >= 0 && sortTerm.match(m_search->text()).hasMatch()) {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_model->sort(-1);
    }
    // A region: term in the box and the map's selection both add to one list in the store (a
    // union); keep only the selected regions here so the two narrow together.
    if (!m_regionFilter.isEmpty()) {
        QSet<QString> keys;
        for (const QString& key : m_regionFilter)
            keys.insert(regionKey(qualifiedRegion(key)));
        CatalogSearchResult narrowed = result;
        narrowed.specs.removeIf([&keys](const CatalogSpec& s) {
            return !keys.contains(s.spec.provider + QLatin1Char('-') + s.spec.region);
        });
        narrowed.regions.removeIf([&keys](const CatalogRegion& r) { return !keys.contains(r.key()); });
        m_model->setResult(narrowed);
        updateCount(&narrowed);
    } else {
        m_model->setResult(result);
        updateCount(&result);
    }
    Q_EMIT searchFinished();
}

void CatalogPanel::showError(const QueryError& error, bool placeCursor)
{
    const QString text = m_search->text();
    m_error->setText(error.column > 0 ? tr("Column %1: %2").arg(error.column).arg(error.message) : error.message);
    m_error->show();
    // Only when asked with Enter: moving the cursor while the user types would eat keystrokes.
    if (placeCursor && error.column > 0 && error.column <= text.size() + 1) {
        const int start = indexOfColumn(text, error.column);
        int end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end > start)
            m_search->setSelection(start, end - start);
        else
            m_search->setCursorPosition(start);
    }
}

void CatalogPanel::updateCount(const CatalogSearchResult* result)
{
    if (m_searching) {
        m_count->setText(tr("Searching…"));
        return;
    }
    if (!result) {
        m_count->setText(m_search->text().trimmed().isEmpty() ? tr("Type a query to search the catalog.") : QString());
        return;
    }
    const int total = m_model->totalCount();
    if (m_model->rowKind() == CatalogResultModel::RowKind::Region)
        m_count->setText(tr("%n region(s)", nullptr, total));
    else if (total >= DefaultLimit)
        m_count->setText(tr("First %n spec(s); refine the query to see others.", nullptr, total));
    else
        m_count->setText(tr("%n spec(s)", nullptr, total));
}

void CatalogPanel::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const CatalogSpec* spec = current.isValid() ? m_model->specAt(current.row()) : nullptr;
    const CatalogRegion* region = current.isValid() ? m_model->regionAt(current.row()) : nullptr;
    const QLocale locale;
    const QString unknown = tr("unknown");
    const auto price = [&](const std::optional<double>& value, const QString& currency) {
        return value ? tr("%1 %2 per hour").arg(locale.toString(*value, 'f', 4), currency) : unknown;
    };
    const auto regionName = [this](const QString& english, const QString& korean, const QString& id) {
        const QString name = (m_model->koreanNames() && !korean.isEmpty()) ? korean : english;
        return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
    };

    if (spec) {
        const SpecInfo& s = spec->spec;
        m_detail.specId->setText(spec->specId());
        m_detail.provider->setText(s.provider);
        m_detail.region->setText(regionName(spec->regionDisplayName, spec->regionNameKo, s.region));
        m_detail.vcpu->setText(s.vcpu > 0 ? locale.toString(s.vcpu) : unknown);
        m_detail.memory->setText(s.memoryGiB > 0 ? tr("%1 GiB").arg(locale.toString(s.memoryGiB)) : unknown);
        if (s.gpuModel.isEmpty() && s.gpuCount <= 0)
            m_detail.gpu->setText(tr("none"));
        else if (s.gpuMemoryGiB > 0)
            m_detail.gpu->setText(tr("%1 × %2, %3 GiB").arg(qMax(1, s.gpuCount)).arg(s.gpuModel).arg(s.gpuMemoryGiB));
        else
            m_detail.gpu->setText(tr("%1 × %2").arg(qMax(1, s.gpuCount)).arg(s.gpuModel));
        m_detail.price->setText(price(s.costPerHour, s.currency));
        m_detail.spotPrice->setText(price(s.spotCostPerHour, s.currency));
        m_detail.source->setText(spec->source);
        m_detail.fetchedAt->setText(
            spec->fetchedAt.isValid() ? locale.toString(spec->fetchedAt.toLocalTime(), QLocale::ShortFormat) : unknown);
    } else {
        for (QLabel* label : { m_detail.specId, m_detail.provider, m_detail.region, m_detail.vcpu, m_detail.memory,
                 m_detail.gpu, m_detail.price, m_detail.spotPrice, m_detail.source, m_detail.fetchedAt })
            label->clear();
        if (region) {
            m_detail.specId->setText(region->key());
            m_detail.provider->setText(region->region.provider);
            m_detail.region->setText(regionName(region->region.displayName, region->nameKo, region->region.name));
        }
    }
    m_useButton->setEnabled(spec != nullptr);
}

} // namespace Barista
