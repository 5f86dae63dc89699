// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardPanel.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/fleet/ApiHealthHistory.h"
#include "models/fleet/FleetMonitor.h"
#include "models/fleet/FleetSummary.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/ChartSeriesSync.h"
#include "ui/map/MapPalette.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Barista {

namespace {

using Cell = ChartCard::Cell;
using Row = ChartCard::Row;
using Slice = ChartSeriesSync::Slice;

constexpr double MIN_HEALTH_SPAN_SECS = 60;
constexpr double MIN_LATENCY_TOP_MS = 10;

QString money(double usdPerHour)
{
    return QLocale().toString(usdPerHour, 'f', 4);
}

Cell text(const QString& s)
{
    return { s, s };
}

Cell number(qint64 n)
{
    return { QLocale().toString(n), n };
}

Cell moneyCell(double usdPerHour)
{
    return { money(usdPerHour), usdPerHour };
}

/// Horizontal bars leave room for long category labels (region names).
QChart* barChart(QBarSet* set, QBarCategoryAxis* categories, QValueAxis* values, bool horizontal = false)
{
    auto* chart = new QChart;
    QAbstractBarSeries* series
        = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries(chart)) : new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setRange(0, 1);
    chart->legend()->hide();
    return chart;
}

} // namespace

DashboardPanel::DashboardPanel(FleetMonitor* fleet, ApiHealthHistory* health, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_health(health)
{
    setObjectName(QStringLiteral("dashboardPanel"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_allTables = new QPushButton(tr("Show all as tables"), this);
    m_allTables->setObjectName(QStringLiteral("dashboardTablesToggle"));
    m_allTables->setCheckable(true);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);

    buildCostCharts();
    buildFleetCharts();
    buildHealthChart();
    buildFreshnessChart();
    for (int i = 0; i < m_cards.size(); ++i)
        grid->addWidget(m_cards.at(i), i / 2, i % 2);

    // The scroll area also keeps chart and table updates from re-laying out the window around
    // the panel (the map beside it must not repaint when a chart changes).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allTables);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_allTables, &QPushButton::toggled, this, &DashboardPanel::setTablesShown);
    if (m_fleet)
        connect(m_fleet, &FleetMonitor::changed, this, &DashboardPanel::updateFleet);
    if (m_health)
        connect(m_health, &ApiHealthHistory::sampled, this, &DashboardPanel::updateHealth);
    connect(m_healthProvider, &QComboBox::currentIndexChanged, this, &DashboardPanel::updateHealth);
    updateFleet();
    updateHealth();
    setCatalogFreshness({});
}

ChartCard* DashboardPanel::addCard(const QString& id, const QString& title, QChart* chart, const QStringList& columns)
{
    auto* card = new ChartCard(id, title, chart, columns, this);
    m_cards.append(card);
    return card;
}

ChartCard* DashboardPanel::card(const QString& id) const
{
    for (ChartCard* c : m_cards) {
        if (c->objectName() == id + QStringLiteral("Card"))
            return c;
    }
    return nullptr;
}

void DashboardPanel::setTablesShown(bool shown)
{
    for (ChartCard* c : std::as_const(m_cards))
        c->setTableShown(shown);
    if (m_allTables->isChecked() != shown)
        m_allTables->setChecked(shown);
}

void DashboardPanel::buildCostCharts()
{
    auto* chart = new QChart;
    m_costProvider = new QPieSeries(chart);
    m_costProvider->setPieSize(0.7);
    chart->addSeries(m_costProvider);
    addCard(QStringLiteral("costByProvider"), tr("Running cost per hour by provider"), chart,
        { tr("Provider"), tr("Running VMs"), tr("USD/hour"), tr("Without a known price") });

    m_costInfra = new QBarSet(tr("USD/hour"));
    m_costInfraAxis = new QBarCategoryAxis;
    m_costInfraValues = new QValueAxis;
    m_costInfraValues->setTitleText(tr("USD/hour"));
    addCard(QStringLiteral("costByInfra"), tr("Running cost per hour by infra"),
        barChart(m_costInfra, m_costInfraAxis, m_costInfraValues),
        { tr("Infra"), tr("Running VMs"), tr("USD/hour"), tr("Without a known price") });
}

void DashboardPanel::buildFleetCharts()
{
    auto* chart = new QChart;
    m_status = new QPieSeries(chart);
    m_status->setPieSize(0.7);
    chart->addSeries(m_status);
    addCard(QStringLiteral("vmsByStatus"), tr("VMs by status"), chart, { tr("Status"), tr("VMs") });

    m_regions = new QBarSet(tr("VMs"));
    m_regionAxis = new QBarCategoryAxis;
    m_regionValues = new QValueAxis;
    m_regionValues->setLabelFormat(QStringLiteral("%d"));
    addCard(QStringLiteral("vmsByRegion"), tr("VMs by provider and region"),
        barChart(m_regions, m_regionAxis, m_regionValues, true), { tr("Provider"), tr("Region"), tr("VMs") });
}

void DashboardPanel::updateFleet()
{
    const QList<FleetVm> vms = m_fleet ? m_fleet->vms() : QList<FleetVm>();

    // Cost by provider.
    const QList<FleetCost> byProvider = FleetSummary::costByProvider(vms);
    QList<Slice> slices;
    QList<Row> rows;
    for (const FleetCost& c : byProvider) {
        const QString name = MapPalette::providerName(c.key);
        slices.append(
            { tr("%1: %2 USD/h").arg(name, money(c.costPerHour)), c.costPerHour, MapPalette::providerColor(c.key) });
        rows.append({ text(name), number(c.runningVms), moneyCell(c.costPerHour), number(c.unpricedVms) });
    }
    ChartSeriesSync::syncPie(m_costProvider, slices);
    ChartCard* providerCard = card(QStringLiteral("costByProvider"));
    providerCard->setRows(rows);
    const int unpriced = FleetSummary::unpricedRunningCount(vms);
    providerCard->setNote(unpriced > 0 ? tr("%n running VM(s) without a known price", nullptr, unpriced) : QString());

    // Cost by infra.
    const QList<FleetCost> byInfra = FleetSummary::costByInfra(vms);
    QStringList labels;
    QList<double> values;
    rows.clear();
    for (const FleetCost& c : byInfra) {
        const QString name = c.key.isEmpty() ? tr("Not in an infra") : c.key;
        labels.append(name);
        values.append(c.costPerHour);
        rows.append({ text(name), number(c.runningVms), moneyCell(c.costPerHour), number(c.unpricedVms) });
    }
    ChartSeriesSync::syncBars(m_costInfra, m_costInfraAxis, m_costInfraValues, labels, values);
    ChartCard* infraCard = card(QStringLiteral("costByInfra"));
    infraCard->setRows(rows);
    infraCard->setNote(providerCard->note());

    // VMs by status.
    slices.clear();
    rows.clear();
    for (const FleetCount& c : FleetSummary::countByStatus(vms)) {
        const std::optional<VmStatus> status = vmStatusFromName(c.key);
        // Cloud-Barista's status names are the keys; the user reads them in their language.
        const QString label = resourceStatusLabel(c.key);
        slices.append({ tr("%1: %2").arg(label, QLocale().toString(c.count)), double(c.count),
            status ? MapPalette::statusColor(*status) : QColor() });
        rows.append({ text(label), number(c.count) });
    }
    ChartSeriesSync::syncPie(m_status, slices);
    ChartCard* statusCard = card(QStringLiteral("vmsByStatus"));
    statusCard->setRows(rows);
    const qsizetype failed = m_fleet ? m_fleet->errors().size() : 0;
    statusCard->setNote(failed > 0
            ? tr("%n connection(s) could not be listed; their last known VMs are shown.", nullptr, int(failed))
            : QString());

    // VMs by provider and region (one bar per region: a connection is bound to one region).
    labels.clear();
    values.clear();
    rows.clear();
    for (const FleetCount& c : FleetSummary::countByRegion(vms)) {
        const auto vm = std::find_if(vms.cbegin(), vms.cend(), [&c](const FleetVm& v) { return v.regionKey == c.key; });
        const QString provider = MapPalette::providerName(vm->provider);
        QString label = tr("%1 %2").arg(provider, vm->region);
        if (labels.contains(label))
            label = c.key; // one provider, two catalog entries (OpenStack clouds): labels must differ
        labels.append(label);
        values.append(c.count);
        rows.append({ text(provider), text(vm->region), number(c.count) });
    }
    ChartSeriesSync::syncBars(m_regions, m_regionAxis, m_regionValues, labels, values, true);
    card(QStringLiteral("vmsByRegion"))->setRows(rows);

    m_summary->setText(unpriced > 0
            ? tr("Running now: %1 USD/hour (%n VM(s) without a known price not included)", nullptr, unpriced)
                  .arg(money(FleetSummary::totalCostPerHour(vms)))
            : tr("Running now: %1 USD/hour").arg(money(FleetSummary::totalCostPerHour(vms))));
}

void DashboardPanel::buildHealthChart()
{
    auto* chart = new QChart;
    m_calls = new QLineSeries(chart);
    m_calls->setName(tr("Calls"));
    m_errors = new QLineSeries(chart);
    m_errors->setName(tr("Errors"));
    m_throttles = new QLineSeries(chart);
    m_throttles->setName(tr("Throttles"));
    m_p95 = new QLineSeries(chart);
    m_p95->setName(tr("p95 latency (ms)"));
    m_healthTime = new QValueAxis;
    m_healthTime->setTitleText(tr("Seconds ago"));
    m_healthTime->setLabelFormat(QStringLiteral("%d"));
    m_healthCount = new QValueAxis;
    m_healthCount->setTitleText(tr("Calls"));
    m_healthCount->setLabelFormat(QStringLiteral("%d"));
    m_healthLatency = new QValueAxis;
    m_healthLatency->setTitleText(tr("p95 ms"));
    m_healthLatency->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_healthTime, Qt::AlignBottom);
    chart->addAxis(m_healthCount, Qt::AlignLeft);
    chart->addAxis(m_healthLatency, Qt::AlignRight);
    for (QLineSeries* s : { m_calls, m_errors, m_throttles, m_p95 }) {
        chart->addSeries(s);
        s->attachAxis(m_healthTime);
        s->attachAxis(s == m_p95 ? m_healthLatency : m_healthCount);
    }
    ChartSeriesSync::fitTimeAxis(m_healthTime, MIN_HEALTH_SPAN_SECS);
    ChartSeriesSync::fitAxis(m_healthCount, 0, true);
    ChartSeriesSync::fitAxis(m_healthLatency, 0, true, MIN_LATENCY_TOP_MS);
    chart->legend()->setAlignment(Qt::AlignBottom);

    ChartCard* c = addCard(QStringLiteral("apiHealth"), tr("Provider API health"), chart,
        { tr("Seconds ago"), tr("Calls"), tr("Errors"), tr("Throttles"), tr("p95 latency (ms)") });
    m_healthProvider = new QComboBox(c);
    m_healthProvider->setObjectName(QStringLiteral("apiHealthProviderCombo"));
    m_healthProvider->setAccessibleName(tr("Provider"));
    m_healthProvider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_healthProvider->setMinimumContentsLength(12);
    m_healthProvider->addItem(tr("All providers"), QString());
    c->addHeaderWidget(m_healthProvider);
}

void DashboardPanel::updateHealthProviders()
{
    if (!m_health)
        return;
    for (const QString& provider : m_health->providers()) {
        if (m_healthProvider->findData(provider) < 0)
            m_healthProvider->addItem(MapPalette::providerName(provider), provider);
    }
}

void DashboardPanel::updateHealth()
{
    updateHealthProviders();
    const QString provider = m_healthProvider->currentData().toString();
    QList<ApiHealthSample> samples;
    if (m_health)
        samples = provider.isEmpty() ? m_health->combined() : m_health->samples(provider);

    const qint64 latest = samples.isEmpty() ? 0 : samples.last().atMs;
    QList<QPointF> calls, errors, throttles, p95;
    QList<Row> rows;
    double maxCount = 0;
    double maxLatency = 0;
    double earliest = 0;
    for (const ApiHealthSample& s : std::as_const(samples)) {
        const double x = double(s.atMs - latest) / 1000.0;
        earliest = qMin(earliest, x);
        calls.append({ x, double(s.calls) });
        errors.append({ x, double(s.errors) });
        throttles.append({ x, double(s.throttles) });
        p95.append({ x, double(s.latencyP95Ms) });
        maxCount = qMax(maxCount, double(s.calls));
        maxLatency = qMax(maxLatency, double(s.latencyP95Ms));
        // Newest first: what a reader wants to hear first.
        rows.prepend({ { QLocale().toString(-x, 'f', 0), -x }, number(s.calls), number(s.errors), number(s.throttles),
            number(s.latencyP95Ms) });
    }
    ChartSeriesSync::syncPoints(m_calls, calls);
    ChartSeriesSync::syncPoints(m_errors, errors);
    ChartSeriesSync::syncPoints(m_throttles, throttles);
    ChartSeriesSync::syncPoints(m_p95, p95);
    ChartSeriesSync::fitTimeAxis(m_healthTime, qMax(MIN_HEALTH_SPAN_SECS, -earliest));
    ChartSeriesSync::fitAxis(m_healthCount, maxCount, true);
    ChartSeriesSync::fitAxis(m_healthLatency, maxLatency, true, MIN_LATENCY_TOP_MS);
    ChartCard* c = card(QStringLiteral("apiHealth"));
    c->setRows(rows);
    c->setNote(
        samples.isEmpty() ? tr("No provider calls yet.") : tr("Calls, errors and throttles are counted per sample."));
}

void DashboardPanel::buildFreshnessChart()
{
    m_freshness = new QBarSet(tr("Age (hours)"));
    m_freshnessAxis = new QBarCategoryAxis;
    m_freshnessValues = new QValueAxis;
    m_freshnessValues->setTitleText(tr("Hours since fetched"));
    addCard(QStringLiteral("catalogFreshness"), tr("Catalog freshness per provider"),
        barChart(m_freshness, m_freshnessAxis, m_freshnessValues),
        { tr("Provider"), tr("Fetched at"), tr("Age (hours)") });
}

void DashboardPanel::setCatalogFreshness(const QList<QPair<QString, QDateTime>>& fetchedAt, const QDateTime& now)
{
    QStringList labels;
    QList<double> values;
    QList<Row> rows;
    int never = 0;
    for (const auto& [provider, at] : fetchedAt) {
        const QString name = MapPalette::providerName(provider);
        if (!at.isValid()) {
            // Unknown age is not drawn as a zero-height "fresh" bar.
            ++never;
            rows.append({ text(name), text(tr("Never")), Cell() });
            continue;
        }
        const double hours = qMax<qint64>(0, at.secsTo(now)) / 3600.0;
        labels.append(name);
        values.append(hours);
        rows.append({ text(name), { QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), at },
            { QLocale().toString(hours, 'f', 1), hours } });
    }
    ChartSeriesSync::syncBars(m_freshness, m_freshnessAxis, m_freshnessValues, labels, values);
    ChartCard* c = card(QStringLiteral("catalogFreshness"));
    c->setRows(rows);
    c->setNote(never > 0 ? tr("%n provider(s) never fetched", nullptr, never) : QString());
}

} // namespace Barista
