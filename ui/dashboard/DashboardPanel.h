// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPieSeries;
class QPushButton;
class QValueAxis;

namespace Barista {

class ApiHealthHistory;
class ChartCard;
class FleetMonitor;

/// The dashboards (objectName "dashboardPanel"): running cost per hour by provider and by
/// infra, VMs by status and by provider/region, provider API health over time and catalog
/// freshness per provider. Each chart has a table of the same numbers ("Show as table"), for
/// screen readers. Charts follow FleetMonitor::changed and ApiHealthHistory::sampled live,
/// updating their series in place.
///
/// Card ids (see ChartCard for the object names they give): costByProvider, costByInfra,
/// vmsByStatus, vmsByRegion, apiHealth, catalogFreshness.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    /// Either model may be null (that part stays empty).
    DashboardPanel(FleetMonitor* fleet, ApiHealthHistory* health, QWidget* parent = nullptr);

    /// When each provider's catalog was last fetched (an invalid time = never); the ages are
    /// computed against now.
    void setCatalogFreshness(
        const QList<QPair<QString, QDateTime>>& fetchedAt, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /// A card by id, or null.
    ChartCard* card(const QString& id) const;
    QList<ChartCard*> cards() const { return m_cards; }

public Q_SLOTS:
    void updateFleet();
    void updateHealth();
    /// Shows every chart as a table (or every one as a chart).
    void setTablesShown(bool shown);

private:
    ChartCard* addCard(const QString& id, const QString& title, QChart* chart, const QStringList& columns);
    void buildCostCharts();
    void buildFleetCharts();
    void buildHealthChart();
    void buildFreshnessChart();
    void updateHealthProviders();

    FleetMonitor* m_fleet;
    ApiHealthHistory* m_health;
    QList<ChartCard*> m_cards;
    QLabel* m_summary = nullptr;
    QPushButton* m_allTables = nullptr;

    QPieSeries* m_costProvider = nullptr;
    QBarSet* m_costInfra = nullptr;
    QBarCategoryAxis* m_costInfraAxis = nullptr;
    QValueAxis* m_costInfraValues = nullptr;
    QPieSeries* m_status = nullptr;
    QBarSet* m_regions = nullptr;
    QBarCategoryAxis* m_regionAxis = nullptr;
    QValueAxis* m_regionValues = nullptr;

    QComboBox* m_healthProvider = nullptr;
    QLineSeries* m_calls = nullptr;
    QLineSeries* m_errors = nullptr;
    QLineSeries* m_throttles = nullptr;
    QLineSeries* m_p95 = nullptr;
    QValueAxis* m_healthTime = nullptr;
    QValueAxis* m_healthCount = nullptr;
    QValueAxis* m_healthLatency = nullptr;

    QBarSet* m_freshness = nullptr;
    QBarCategoryAxis* m_freshnessAxis = nullptr;
    QValueAxis* m_freshnessValues = nullptr;
};

} // namespace Barista
