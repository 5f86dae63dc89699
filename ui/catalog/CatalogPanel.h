// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QPointF>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Barista {

class CatalogResultModel;
class CatalogStore;

/// The catalog ("Insight") page: a query box, the results (lazy, sortable), the selected row's
/// details and "Use this spec".
///
/// Searches run on the store's reader pool (CatalogStore::searchAsync); typing restarts a short
/// debounce, and a generation counter drops any result older than the newest search, so the
/// UI thread never waits and a slow early query never overwrites a later one.
class CatalogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPanel)

public:
    /// Rows a search asks for when the query has no limit: term (the model shows them lazily).
    static constexpr int DefaultLimit = 10000;
    static constexpr int DebounceMs = 200;

    explicit CatalogPanel(CatalogStore* store, QWidget* parent = nullptr);
    ~CatalogPanel() override;

    /// Narrows every search to these regions (keys as CatalogRegion::key(), "aws-ap-northeast-2",
    /// or "provider/region"); empty = no narrowing. Implemented as a region: term appended to
    /// the query that runs (after the user's text, so error columns still point into the box),
    /// so the store's limit applies after the narrowing. Re-runs the current search.
    void setRegionFilter(const QStringList& regionKeys);
    QStringList regionFilter() const { return m_regionFilter; }
    /// Sorts and narrows by distance from a point picked on the map (a near: term appended
    /// like the region filter, unless the box has its own near:); nullopt clears it.
    void setNearPoint(const std::optional<QPointF>& latLon);
    std::optional<QPointF> nearPoint() const { return m_nearPoint; }

    /// The query as sent to the store for the box's current text.
    QString effectiveQuery() const;
    CatalogResultModel* model() const { return m_model; }
    /// The selected spec's id, or empty.
    QString selectedSpecId() const;

public Q_SLOTS:
    /// Runs the box's query now (Enter does this too).
    void searchNow();

Q_SIGNALS:
    /// "Use this spec" was pressed on a spec row.
    void specChosen(const QString& specId);
    /// A search result was applied (stale ones never are).
    void searchFinished();
    /// The user cleared the map's narrowing (regions and near point) from the panel.
    void mapFilterClearRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void startSearch(bool explicitRequest);
    void applyResult(quint64 generation, bool explicitRequest, const CatalogSearchResult& result);
    void showError(const QueryError& error, bool placeCursor);
    void updateDetail();
    void updateCount(const CatalogSearchResult* result);
    QWidget* buildDetailPane();
    void updateMapFilterBar();

    CatalogStore* m_store;
    CatalogResultModel* m_model;
    QLineEdit* m_search;
    QLabel* m_error;
    QLabel* m_count;
    QTableView* m_table;
    QSplitter* m_splitter = nullptr;
    QPushButton* m_useButton;
    QTimer* m_debounce;
    QStringList m_regionFilter;
    std::optional<QPointF> m_nearPoint;
    QWidget* m_mapFilterBar;
    QLabel* m_mapFilterText;
    quint64 m_generation = 0;
    bool m_searching = false;

    struct DetailLabels
    {
        QLabel* specId = nullptr;
        QLabel* provider = nullptr;
        QLabel* region = nullptr;
        QLabel* vcpu = nullptr;
        QLabel* memory = nullptr;
        QLabel* gpu = nullptr;
        QLabel* price = nullptr;
        QLabel* spotPrice = nullptr;
        QLabel* source = nullptr;
        QLabel* fetchedAt = nullptr;
    } m_detail;
};

} // namespace Barista
