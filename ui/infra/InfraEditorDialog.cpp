// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraEditorDialog.h"

#include "models/catalog/CatalogStore.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraSpecReader.h"
#include "ui/infra/InfraReviewView.h"
#include "ui/infra/RegionSpecProposer.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace Barista {

InfraEditorDialog::InfraEditorDialog(
    InfraEngine* engine, InfraReviewer* reviewer, CatalogStore* catalog, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_reviewer(reviewer)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("infraEditor"));
    setWindowTitle(tr("New infrastructure"));
    buildForm();
    resize(980, 760);
    updateButtons();
}

InfraEditorDialog::~InfraEditorDialog() = default;

void InfraEditorDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("infraNameEdit"));
    m_name->setPlaceholderText(tr("lowercase letters, digits and hyphens, e.g. shop"));
    m_name->setMaxLength(InfraSpecReader::MaxNameLength);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("infraDescriptionEdit"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_policy->addItem(tr("Continue: keep the nodes that were created"), int(PartialFailurePolicy::Continue));
    m_policy->addItem(tr("Refine: keep the good nodes, drop the failed ones"), int(PartialFailurePolicy::Refine));
    m_policy->addItem(tr("Rollback: delete everything this create made"), int(PartialFailurePolicy::Rollback));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("When some nodes &fail:"), m_policy);

    m_groups = new QTableWidget(0, GroupColumnCount, this);
    m_groups->setObjectName(QStringLiteral("nodeGroupTable"));
    m_groups->setHorizontalHeaderLabels(
        { tr("Node group"), tr("Spec ID"), tr("Image ID"), tr("Size"), tr("Connection (optional)") });
    m_groups->verticalHeader()->hide();
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->horizontalHeader()->setStretchLastSection(true);
    const int widths[GroupColumnCount] = { 170, 280, 230, 60, 150 };
    for (int c = 0; c < GroupColumnCount; ++c)
        m_groups->horizontalHeader()->resizeSection(c, widths[c]);
    auto* add = new QPushButton(tr("&Add group"), this);
    add->setObjectName(QStringLiteral("addGroupButton"));
    auto* remove = new QPushButton(tr("&Remove group"), this);
    remove->setObjectName(QStringLiteral("removeGroupButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList taken;
        for (const NodeGroupSpec& g : spec().nodeGroups)
            taken.append(g.name);
        NodeGroupSpec g;
        g.name = RegionSpecProposer::groupNameFor(QStringLiteral("group"), taken);
        addGroupRow(g);
        m_groups->setCurrentCell(m_groups->rowCount() - 1, SpecColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_groups->currentRow() >= 0)
            m_groups->removeRow(m_groups->currentRow());
    });
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addWidget(add);
    groupButtons->addWidget(remove);
    groupButtons->addStretch(1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    topLayout->addWidget(new QLabel(tr("Node groups:"), top));
    topLayout->addWidget(m_groups, 1);
    topLayout->addLayout(groupButtons);
    topLayout->addWidget(buildMapRow());
    m_reviewView = new InfraReviewView(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_reviewView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* load = new QPushButton(tr("&Load…"), this);
    load->setObjectName(QStringLiteral("loadSpecButton"));
    auto* save = new QPushButton(tr("&Save…"), this);
    save->setObjectName(QStringLiteral("saveSpecButton"));
    m_reviewButton = new QPushButton(tr("Re&view"), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_createButton = new QPushButton(tr("&Create"), this);
    m_createButton->setObjectName(QStringLiteral("createInfraButton"));
    m_createButton->setToolTip(tr("Enabled once a review of the form as it is now found no error."));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(load, &QPushButton::clicked, this, &InfraEditorDialog::askLoad);
    connect(save, &QPushButton::clicked, this, &InfraEditorDialog::askSave);
    connect(m_reviewButton, &QPushButton::clicked, this, &InfraEditorDialog::review);
    connect(m_createButton, &QPushButton::clicked, this, &InfraEditorDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_createButton);
    buttons->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &InfraEditorDialog::formChanged);
    connect(m_description, &QLineEdit::textChanged, this, &InfraEditorDialog::formChanged);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &InfraEditorDialog::formChanged);
    connect(m_groups, &QTableWidget::itemChanged, this, &InfraEditorDialog::formChanged);
    connect(m_groups->model(), &QAbstractItemModel::rowsInserted, this, &InfraEditorDialog::formChanged);
    connect(m_groups->model(), &QAbstractItemModel::rowsRemoved, this, &InfraEditorDialog::formChanged);
}

QWidget* InfraEditorDialog::buildMapRow()
{
    auto* box = new QWidget(this);
    m_minVcpu = new QSpinBox(box);
    m_minVcpu->setObjectName(QStringLiteral("minVcpuSpin"));
    m_minVcpu->setRange(1, 512);
    m_minVcpu->setValue(2);
    m_minMemory = new QDoubleSpinBox(box);
    m_minMemory->setObjectName(QStringLiteral("minMemorySpin"));
    m_minMemory->setRange(0, 4096);
    m_minMemory->setDecimals(1);
    m_minMemory->setValue(4);
    m_minMemory->setSuffix(tr(" GiB"));
    m_rank = new QComboBox(box);
    m_rank->setObjectName(QStringLiteral("rankCombo"));
    m_rank->addItem(tr("cost"), int(RegionSpecProposer::Rank::Cost));
    m_rank->addItem(tr("latency from the map's chosen point"), int(RegionSpecProposer::Rank::Latency));
    m_addFromMap = new QPushButton(box);
    m_addFromMap->setObjectName(QStringLiteral("addFromMapButton"));
    connect(m_addFromMap, &QPushButton::clicked, this, &InfraEditorDialog::addFromMapSelection);
    m_mapInfo = new QLabel(box);
    m_mapInfo->setObjectName(QStringLiteral("mapProposalInfo"));
    m_mapInfo->setTextFormat(Qt::PlainText);
    m_mapInfo->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Minimum vCPU:"), box));
    row->addWidget(m_minVcpu);
    row->addWidget(new QLabel(tr("Minimum memory:"), box));
    row->addWidget(m_minMemory);
    row->addWidget(new QLabel(tr("Rank by:"), box));
    row->addWidget(m_rank);
    row->addStretch(1);
    row->addWidget(m_addFromMap);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_mapInfo);
    return box;
}

void InfraEditorDialog::setMapSelection(const QStringList& regionKeys, const std::optional<QPointF>& nearLatLon)
{
    m_mapRegions = regionKeys;
    m_nearPoint = nearLatLon;
    updateButtons();
}

void InfraEditorDialog::addGroupRow(const NodeGroupSpec& group)
{
    const int row = m_groups->rowCount();
    m_groups->insertRow(row);
    const QSignalBlocker quiet(m_groups); // one change for the row, from the insert
    m_groups->setItem(row, NameColumn, new QTableWidgetItem(group.name));
    m_groups->setItem(row, SpecColumn, new QTableWidgetItem(group.specId));
    m_groups->setItem(row, ImageColumn, new QTableWidgetItem(group.imageId));
    auto* size = new QTableWidgetItem;
    size->setData(Qt::EditRole, group.nodeGroupSize); // an int: edited with a spin box
    m_groups->setItem(row, SizeColumn, size);
    m_groups->setItem(row, ConnectionColumn, new QTableWidgetItem(group.connectionName));
}

void InfraEditorDialog::setSpec(const InfraSpec& spec)
{
    m_base = spec;
    m_name->setText(spec.name);
    m_description->setText(spec.description);
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(spec.policyOnPartialFailure))));
    m_groups->setRowCount(0);
    for (const NodeGroupSpec& g : spec.nodeGroups)
        addGroupRow(g);
    m_review.reset();
    m_reviewView->clear();
    formChanged();
}

InfraSpec InfraEditorDialog::spec() const
{
    InfraSpec s = m_base;
    s.name = m_name->text().trimmed();
    s.description = m_description->text().trimmed();
    s.policyOnPartialFailure = PartialFailurePolicy(m_policy->currentData().toInt());
    s.nodeGroups.clear();
    const auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_groups->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        NodeGroupSpec g;
        // Fields without a column (zone, disk, labels) come from the loaded group of that name.
        for (const NodeGroupSpec& loaded : m_base.nodeGroups) {
            if (loaded.name == text(row, NameColumn))
                g = loaded;
        }
        g.name = text(row, NameColumn);
        g.specId = text(row, SpecColumn);
        g.imageId = text(row, ImageColumn);
        const QTableWidgetItem* size = m_groups->item(row, SizeColumn);
        g.nodeGroupSize = size ? size->data(Qt::EditRole).toInt() : 0;
        g.connectionName = text(row, ConnectionColumn);
        s.nodeGroups.append(g);
    }
    return s;
}

void InfraEditorDialog::formChanged()
{
    ++m_revision;
    m_reviewView->markStale();
    updateButtons();
}

bool InfraEditorDialog::canCreate() const
{
    return m_engine && !m_reviewing && m_review && m_review->ok() && m_reviewedRevision == m_revision;
}

void InfraEditorDialog::updateButtons()
{
    m_reviewButton->setEnabled(m_reviewer && !m_reviewing);
    m_createButton->setEnabled(canCreate());
    m_addFromMap->setText(tr("Add from map selection (%n region(s))", nullptr, int(m_mapRegions.size())));
    m_addFromMap->setEnabled(m_catalog && !m_mapRegions.isEmpty() && !m_proposing);
    m_addFromMap->setToolTip(m_catalog ? tr("Select regions on the map first (click, Ctrl+click or Shift+drag).")
                                       : tr("The catalog is not open yet."));
    m_rank->setEnabled(m_nearPoint.has_value());
    if (!m_nearPoint)
        m_rank->setCurrentIndex(0);
}

void InfraEditorDialog::review()
{
    if (!m_reviewer || m_reviewing)
        return;
    // The form is validated as a file would be, so the same rules and messages apply.
    QList<InfraSpecError> errors;
    const std::optional<InfraSpec> valid
        = InfraSpecReader::read(QJsonDocument(spec().toJson()).toJson(QJsonDocument::Compact), &errors);
    if (!valid) {
        m_review.reset();
        m_reviewView->showSpecErrors(errors);
        updateButtons();
        Q_EMIT reviewFinished(false);
        return;
    }
    m_reviewing = true;
    const quint64 revision = m_revision;
    m_reviewView->showRunning();
    updateButtons();
    auto* watcher = new QFutureWatcher<InfraReview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, revision, reviewed = *valid] {
        watcher->deleteLater();
        m_reviewing = false;
        if (watcher->future().resultCount() == 0) {
            m_review.reset();
            m_reviewView->showSpecErrors({ InfraSpecError { QString(), tr("The review was canceled.") } });
            updateButtons();
            Q_EMIT reviewFinished(false);
            return;
        }
        m_review = watcher->result();
        m_reviewedSpec = reviewed;
        m_reviewedRevision = revision;
        m_reviewView->showReview(*m_review);
        if (revision != m_revision)
            m_reviewView->markStale();
        updateButtons();
        Q_EMIT reviewFinished(m_review->ok());
    });
    watcher->setFuture(m_reviewer->review(*valid));
}

void InfraEditorDialog::create()
{
    if (!canCreate())
        return;
    const QFuture<InfraOutcome> future = m_engine->create(m_reviewedSpec, *m_review);
    Q_EMIT createStarted(m_reviewedSpec.name, future);
    accept();
}

void InfraEditorDialog::addFromMapSelection()
{
    if (!m_catalog || m_mapRegions.isEmpty() || m_proposing)
        return;
    RegionSpecProposer::Request request;
    request.regionKeys = m_mapRegions;
    request.minVcpu = m_minVcpu->value();
    request.minMemoryGiB = m_minMemory->value();
    if (m_nearPoint)
        request.near = GeoPoint { m_nearPoint->x(), m_nearPoint->y() };
    m_proposing = true;
    m_mapInfo->setText(tr("Looking for the cheapest specs in %n region(s)…", nullptr, int(m_mapRegions.size())));
    updateButtons();
    auto* watcher = new QFutureWatcher<QList<SpecProposal>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_proposing = false;
        applyProposals(watcher->future().resultCount() > 0 ? watcher->result() : QList<SpecProposal>());
        updateButtons();
    });
    CatalogStore* catalog = m_catalog;
    watcher->setFuture(
        QtConcurrent::run([catalog, request] { return RegionSpecProposer::propose(*catalog, request); }));
}

void InfraEditorDialog::applyProposals(QList<SpecProposal> proposals)
{
    RegionSpecProposer::rank(proposals, RegionSpecProposer::Rank(m_rank->currentData().toInt()));
    const InfraSpec current = spec();
    QStringList taken;
    for (const NodeGroupSpec& g : current.nodeGroups)
        taken.append(g.name);
    QStringList lines;
    int added = 0;
    for (const SpecProposal& p : std::as_const(proposals)) {
        if (!p.spec && p.sizesUnknown) {
            lines.append(tr("%1: the catalog does not know the vCPU and memory of the specs there; refresh the "
                            "catalog from the cloud, or enter a spec ID.")
                             .arg(p.regionKey));
            continue;
        }
        if (!p.spec) {
            lines.append(p.error.isEmpty() ? tr("%1: no spec with at least %2 vCPU and %3 GiB in the catalog.")
                                                 .arg(p.regionKey)
                                                 .arg(m_minVcpu->value())
                                                 .arg(m_minMemory->value())
                                           : tr("%1: %2").arg(p.regionKey, p.error));
            continue;
        }
        NodeGroupSpec g;
        g.name = RegionSpecProposer::groupNameFor(p.regionKey, taken);
        taken.append(g.name);
        g.specId = p.spec->specId();
        g.imageId = p.imageId;
        // No image in the catalog there: the one another group of that provider uses.
        for (const NodeGroupSpec& other : current.nodeGroups) {
            if (g.imageId.isEmpty() && other.specProvider() == p.spec->spec.provider)
                g.imageId = other.imageId;
        }
        g.nodeGroupSize = 1;
        addGroupRow(g);
        ++added;
        const QString price = p.spec->spec.costPerHour ? QStringLiteral("$%1").arg(*p.spec->spec.costPerHour, 0, 'f', 4)
                                                       : tr("unknown");
        const QString vcpu = QString::number(p.spec->spec.vcpu);
        const QString memory = QString::number(p.spec->spec.memoryGiB);
        lines.append(p.latencyMs
                ? tr("%1: %2 (%3 vCPU, %4 GiB), %5 per hour, about %6 ms from the chosen point")
                      .arg(g.name, p.spec->spec.name, vcpu, memory, price)
                      .arg(qRound(*p.latencyMs))
                : tr("%1: %2 (%3 vCPU, %4 GiB), %5 per hour").arg(g.name, p.spec->spec.name, vcpu, memory, price));
        if (g.imageId.isEmpty())
            lines.append(tr("%1: the catalog knows no image there; enter an image ID.").arg(g.name));
    }
    m_mapInfo->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT proposalsAdded(added);
}

bool InfraEditorDialog::loadFile(const QString& path, QString* error)
{
    QList<InfraSpecError> errors;
    const std::optional<InfraSpec> loaded = InfraSpecReader::readFile(path, &errors);
    if (!loaded) {
        m_reviewView->showSpecErrors(errors);
        if (error) {
            QStringList lines;
            for (const InfraSpecError& e : errors)
                lines.append(e.toString());
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    setSpec(*loaded);
    return true;
}

bool InfraEditorDialog::saveFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(spec().toJson()).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void InfraEditorDialog::askLoad()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load infrastructure"), QString(), tr("Infrastructure specs (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void InfraEditorDialog::askSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save infrastructure"),
        spec().name.isEmpty() ? QString() : spec().name + QStringLiteral(".json"),
        tr("JSON (*.json);;YAML (*.yaml *.yml)"));
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error))
        m_reviewView->showSpecErrors({ InfraSpecError { QString(), tr("Cannot save %1: %2").arg(path, error) } });
}

} // namespace Barista
