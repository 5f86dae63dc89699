// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/InfraOutcome.h"
#include "models/infra/InfraReview.h"
#include "models/infra/InfraSpec.h"

#include <QDialog>
#include <QFuture>
#include <QPointF>
#include <QStringList>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Barista {

class CatalogStore;
class InfraEngine;
class InfraReviewer;
class InfraReviewView;
struct SpecProposal;

/// The infrastructure editor (objectName "infraEditor"): name, description, the policy on
/// partial failure and a table of node groups (name, spec id, image id, size, optional
/// connection). Groups can be proposed from the regions selected on the map: for each, the
/// cheapest catalog spec with the minimum vCPUs and memory, ranked by cost or by the latency
/// estimated from the map's "near" point. Specs load from and save to YAML or JSON.
///
/// Review runs InfraReviewer asynchronously and shows per-group verdicts and the cost per
/// hour. Create is enabled only while the last review is OK and the form has not changed
/// since; it starts InfraEngine::create with that review, hands the future on through
/// createStarted and closes. Nothing here waits on the UI thread.
class InfraEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfraEditorDialog)

public:
    enum GroupColumn
    {
        NameColumn,
        SpecColumn,
        ImageColumn,
        SizeColumn,
        ConnectionColumn,
        GroupColumnCount
    };

    /// catalog may be nullptr (no proposals from the map then).
    InfraEditorDialog(InfraEngine* engine, InfraReviewer* reviewer, CatalogStore* catalog, QWidget* parent = nullptr);
    ~InfraEditorDialog() override;

    /// The map's selected regions ("entry/region") and "near here" point (latitude, longitude).
    void setMapSelection(const QStringList& regionKeys, const std::optional<QPointF>& nearLatLon);
    /// Fills the form (and forgets the last review).
    void setSpec(const InfraSpec& spec);
    /// The spec the form describes, as written (not validated).
    InfraSpec spec() const;
    bool loadFile(const QString& path, QString* error = nullptr);
    /// Saves the form as JSON (also valid YAML, so either extension reads back).
    bool saveFile(const QString& path, QString* error = nullptr);

    bool isReviewing() const { return m_reviewing; }
    bool canCreate() const;
    std::optional<InfraReview> lastReview() const { return m_review; }
    InfraReviewView* reviewView() const { return m_reviewView; }

public Q_SLOTS:
    void review();
    void addFromMapSelection();
    void create();

Q_SIGNALS:
    void reviewFinished(bool ok);
    void proposalsAdded(int groups);
    void createStarted(const QString& infra, const QFuture<Barista::InfraOutcome>& future);

private:
    void buildForm();
    QWidget* buildMapRow();
    void addGroupRow(const NodeGroupSpec& group);
    void formChanged();
    void updateButtons();
    void applyProposals(QList<SpecProposal> proposals);
    void askLoad();
    void askSave();

    InfraEngine* m_engine;
    InfraReviewer* m_reviewer;
    CatalogStore* m_catalog;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QComboBox* m_policy = nullptr;
    QTableWidget* m_groups = nullptr;
    QSpinBox* m_minVcpu = nullptr;
    QDoubleSpinBox* m_minMemory = nullptr;
    QComboBox* m_rank = nullptr;
    QPushButton* m_addFromMap = nullptr;
    QLabel* m_mapInfo = nullptr;
    InfraReviewView* m_reviewView = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QStringList m_mapRegions;
    std::optional<QPointF> m_nearPoint;
    /// Spec fields the form does not show, kept from a loaded file (labels, postCommands, ...).
    InfraSpec m_base;
    quint64 m_revision = 0; ///< bumped by every edit
    quint64 m_reviewedRevision = 0;
    bool m_reviewing = false;
    bool m_proposing = false;
    std::optional<InfraReview> m_review;
    InfraSpec m_reviewedSpec;
};

} // namespace Barista
