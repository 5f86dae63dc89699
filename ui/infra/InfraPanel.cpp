// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/InfraPanel.h"

#include "models/catalog/CatalogStore.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraSpecReader.h"
#include "models/infra/InfraStore.h"
#include "models/items/InfraTreeModel.h"
#include "ui/infra/InfraCommandDialog.h"
#include "ui/infra/InfraEditorDialog.h"
#include "ui/infra/InfraOutputView.h"
#include "ui/infra/InfraStatusDelegate.h"

#include <QAction>
#include <QApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Barista {

namespace {
using Model = InfraTreeModel;
constexpr int MAX_FAILURES_SHOWN = 20;
} // namespace

InfraPanel::InfraPanel(InfraStore* store, InfraEngine* engine, InfraReviewer* reviewer, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_reviewer(reviewer)
    , m_model(new InfraTreeModel(store, this))
    , m_toolbar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_detail(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_message(new QLabel(this))
    , m_output(new InfraOutputView(this))
{
    setObjectName(QStringLiteral("infraPanel"));
    m_toolbar->setObjectName(QStringLiteral("infraToolbar"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(addToolAction(QStringLiteral("new"), tr("New infrastructure…"), QStyle::SP_FileDialogNewFolder),
        &QAction::triggered, this, &InfraPanel::openEditor);
    connect(addToolAction(QStringLiteral("refresh"), tr("Refresh status"), QStyle::SP_BrowserReload),
        &QAction::triggered, this, &InfraPanel::refreshStatus);
    m_toolbar->addSeparator();
    const QList<std::tuple<QString, QString, QStyle::StandardPixmap>> controls = {
        { QStringLiteral("suspend"), tr("Suspend"), QStyle::SP_MediaPause },
        { QStringLiteral("resume"), tr("Resume"), QStyle::SP_MediaPlay },
        { QStringLiteral("reboot"), tr("Reboot"), QStyle::SP_MediaSkipBackward },
        { QStringLiteral("terminate"), tr("Terminate…"), QStyle::SP_MediaStop },
    };
    for (const auto& [name, text, icon] : controls)
        connect(addToolAction(name, text, icon), &QAction::triggered, this, [this, name = name] { control(name); });
    m_toolbar->addSeparator();
    connect(addToolAction(QStringLiteral("scale"), tr("Scale…"), QStyle::SP_ArrowUp), &QAction::triggered, this,
        &InfraPanel::askScale);
    connect(addToolAction(QStringLiteral("command"), tr("Run command…"), QStyle::SP_CommandLink), &QAction::triggered,
        this, &InfraPanel::askCommand);
    m_toolbar->addSeparator();
    connect(addToolAction(QStringLiteral("reconcile"), tr("Reconcile"), QStyle::SP_DialogResetButton),
        &QAction::triggered, this, [this] { control(QStringLiteral("reconcile")); });
    connect(addToolAction(QStringLiteral("abort"), tr("Abort"), QStyle::SP_DialogCancelButton), &QAction::triggered,
        this, [this] { control(QStringLiteral("abort")); });
    connect(addToolAction(QStringLiteral("delete"), tr("Delete…"), QStyle::SP_TrashIcon), &QAction::triggered, this,
        &InfraPanel::deleteCurrent);

    m_view->setObjectName(QStringLiteral("infraTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new InfraStatusDelegate(m_view));
    m_view->setUniformRowHeights(true); // fast with hundreds of nodes
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(infraActions());
    const int widths[Model::ColumnCount] = { 150, 190, 45, 165, 60, 140, 110, 320 };
    for (int c = 0; c < Model::ColumnCount; ++c)
        m_view->header()->resizeSection(c, widths[c]);

    m_detail->setObjectName(QStringLiteral("infraDetail"));
    m_detail->setTextFormat(Qt::PlainText); // error messages verbatim
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setContentsMargins(4, 2, 4, 2);
    m_detail->hide();

    m_progressRow->setObjectName(QStringLiteral("infraProgressRow"));
    m_progressLabel->setObjectName(QStringLiteral("infraProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("infraProgress"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(4, 0, 4, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress, 1);
    m_progressRow->hide();

    m_message->setObjectName(QStringLiteral("infraMessage"));
    m_message->setTextFormat(Qt::PlainText); // the provider's words, never markup
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(4, 2, 4, 2);
    m_message->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateProgress();
        updateDetail();
    });
    connect(m_model, &InfraTreeModel::infraUpdated, this, [this](const QString& infra) {
        if (infra == m_selectWhenShown && m_model->infraIndex(infra).isValid()) {
            m_selectWhenShown.clear();
            selectInfra(infra);
        }
        if (infra == currentInfra() || currentInfra().isEmpty()) {
            updateActions();
            updateProgress();
            updateDetail();
        }
    });
    connect(m_engine, &InfraEngine::progress, this, [this](const QString& infra, const QString& message) {
        m_lastProgress.insert(infra, message);
        if (infra == currentInfra())
            updateProgress();
    });
    connect(m_engine, &InfraEngine::operationFinished, this, [this] {
        updateActions();
        updateProgress();
    });
    connect(m_engine, &InfraEngine::commandOutput, m_output, &InfraOutputView::appendChunk);
    updateActions();
}

InfraPanel::~InfraPanel() = default;

QAction* InfraPanel::addToolAction(const QString& name, const QString& text, int icon)
{
    QAction* action = m_toolbar->addAction(QApplication::style()->standardIcon(QStyle::StandardPixmap(icon)), text);
    action->setObjectName(name + QStringLiteral("InfraAction"));
    action->setToolTip(text);
    m_actions.insert(name, action);
    return action;
}

QList<QAction*> InfraPanel::infraActions() const
{
    QList<QAction*> out;
    for (QAction* a : m_toolbar->actions()) {
        if (!a->isSeparator())
            out.append(a);
    }
    return out;
}

void InfraPanel::setCatalog(CatalogStore* catalog)
{
    m_catalog = catalog;
    // A node's hourly cost is its spec's catalog price, cached by the model per spec.
    m_model->setPriceLookup(
        [catalog](const QString& provider, const QString& region, const QString& specName) -> std::optional<double> {
            SpecInfo spec;
            spec.provider = provider;
            spec.region = region;
            spec.name = specName;
            const std::optional<CatalogSpec> row = catalog->spec(spec.specId());
            if (!row || row->spec.currency != QLatin1String("USD"))
                return std::nullopt;
            return row->spec.costPerHour;
        });
    connect(catalog, &CatalogStore::catalogChanged, m_model, &InfraTreeModel::invalidatePrices);
}

void InfraPanel::setMapSelection(const QStringList& regionKeys)
{
    m_mapSelection = regionKeys;
    if (m_editor)
        m_editor->setMapSelection(m_mapSelection, m_nearPoint);
}

void InfraPanel::setNearPoint(const std::optional<QPointF>& latLon)
{
    m_nearPoint = latLon;
    if (m_editor)
        m_editor->setMapSelection(m_mapSelection, m_nearPoint);
}

QString InfraPanel::currentInfra() const
{
    return m_view->currentIndex().data(Model::InfraRole).toString();
}

InfraScope InfraPanel::currentScope() const
{
    const QModelIndex current = m_view->currentIndex();
    InfraScope scope;
    switch (Model::NodeType(current.data(Model::NodeTypeRole).toInt())) {
    case Model::NodeType::Group:
        scope.group = current.data(Model::GroupRole).toString();
        break;
    case Model::NodeType::Node:
        scope.node = current.data(Model::NodeRole).toString();
        break;
    case Model::NodeType::Infra:
        break;
    }
    return scope;
}

QString InfraPanel::scopeText() const
{
    const InfraScope scope = currentScope();
    if (!scope.node.isEmpty())
        return tr("node %1 of %2").arg(scope.node, currentInfra());
    if (!scope.group.isEmpty())
        return tr("node group %1 of %2").arg(scope.group, currentInfra());
    return tr("every node of %1").arg(currentInfra());
}

void InfraPanel::selectInfra(const QString& infra)
{
    const QModelIndex index = m_model->infraIndex(infra);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->expand(index);
    for (int row = 0; row < m_model->rowCount(index); ++row)
        m_view->expand(m_model->index(row, 0, index));
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void InfraPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const QString infra = currentInfra();
    const bool selected = !infra.isEmpty();
    const bool busy = selected && m_engine->isBusy(infra);
    const bool idle = selected && !busy;
    const QVariantMap counts = current.data(Model::CountsRole).toMap();
    const int running = counts.value(QStringLiteral("Running")).toInt();
    const int suspended = counts.value(QStringLiteral("Suspended")).toInt();
    m_actions.value(QStringLiteral("new"))->setEnabled(m_reviewer != nullptr);
    m_actions.value(QStringLiteral("refresh"))->setEnabled(selected);
    m_actions.value(QStringLiteral("suspend"))->setEnabled(idle && running > 0);
    m_actions.value(QStringLiteral("resume"))->setEnabled(idle && suspended > 0);
    m_actions.value(QStringLiteral("reboot"))->setEnabled(idle && running > 0);
    m_actions.value(QStringLiteral("terminate"))->setEnabled(idle && current.data(Model::TotalRole).toInt() > 0);
    m_actions.value(QStringLiteral("scale"))->setEnabled(idle && !m_model->groupNames(infra).isEmpty());
    m_actions.value(QStringLiteral("command"))->setEnabled(idle && running > 0);
    m_actions.value(QStringLiteral("reconcile"))->setEnabled(idle);
    m_actions.value(QStringLiteral("abort"))->setEnabled(busy);
    m_actions.value(QStringLiteral("delete"))->setEnabled(idle);
}

void InfraPanel::updateDetail()
{
    const QString detail = m_view->currentIndex().data(Model::DetailRole).toString();
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void InfraPanel::updateProgress()
{
    const QString infra = currentInfra();
    const QModelIndex index = m_model->infraIndex(infra);
    const QString action = index.data(Model::TargetActionRole).toString();
    const bool active
        = index.isValid() && ((!action.isEmpty() && action != QLatin1String("None")) || m_engine->isBusy(infra));
    m_progressRow->setVisible(active);
    if (!active)
        return;
    const int total = index.data(Model::TotalRole).toInt();
    const int settled = index.data(Model::SettledRole).toInt();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qMin(settled, qMax(1, total)));
    m_progress->setFormat(tr("%1 of %n node(s) settled", nullptr, total).arg(settled));
    m_progressLabel->setText(m_lastProgress.value(infra, tr("%1: %2 in progress").arg(infra, action)));
}

void InfraPanel::watch(const QFuture<InfraOutcome>& future, const QString& infra)
{
    auto* watcher = new QFutureWatcher<InfraOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, infra] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            showMessage(tr("The operation on %1 ended without an outcome.").arg(infra), true);
            Q_EMIT outcomeShown(infra, false);
        } else {
            showOutcome(watcher->result());
        }
        updateActions();
        updateProgress();
    });
    watcher->setFuture(future);
    updateActions();
    updateProgress();
}

void InfraPanel::showOutcome(const InfraOutcome& outcome)
{
    QStringList lines;
    lines.append(
        QStringLiteral("%1: %2").arg(outcome.infra, outcome.message.isEmpty() ? outcome.status.text : outcome.message));
    const qsizetype failures = outcome.failedNodes.size();
    for (qsizetype i = 0; i < failures && i < MAX_FAILURES_SHOWN; ++i) {
        const QJsonObject& f = outcome.failedNodes.at(i);
        lines.append(
            tr("%1 on %2: %3")
                .arg(f.value(QStringLiteral("node")).toString(), f.value(QStringLiteral("connection")).toString(),
                    CloudError::fromJson(f.value(QStringLiteral("error")).toObject()).toString()));
    }
    if (failures > MAX_FAILURES_SHOWN)
        lines.append(tr("… and %n more failed node(s)", nullptr, int(failures - MAX_FAILURES_SHOWN)));
    for (const QString& skipped : outcome.skippedNodes)
        lines.append(tr("Skipped: %1").arg(skipped));
    for (const QString& unconfirmed : outcome.unconfirmed)
        lines.append(tr("Not confirmed gone: %1").arg(unconfirmed));
    showMessage(lines.join(QLatin1Char('\n')), !outcome.ok);

    m_output->appendResults(outcome.infra, outcome.commandResults);
    Q_EMIT outcomeShown(outcome.infra, outcome.ok);
}

void InfraPanel::showMessage(const QString& text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(
        QPalette::WindowText, error ? QColor(0xd0, 0x2f, 0x2f) : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->show();
}

bool InfraPanel::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Please confirm"), question) == QMessageBox::Yes;
}

InfraEditorDialog* InfraPanel::openEditor()
{
    // One editor at a time, not modal: regions picked on the map while it is open reach it.
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    auto* editor = new InfraEditorDialog(m_engine, m_reviewer, m_catalog, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setMapSelection(m_mapSelection, m_nearPoint);
    connect(editor, &InfraEditorDialog::createStarted, this,
        [this](const QString& infra, const QFuture<InfraOutcome>& future) {
            m_selectWhenShown = infra;
            if (m_model->infraIndex(infra).isValid())
                selectInfra(infra);
            watch(future, infra);
        });
    m_editor = editor;
    editor->show();
    return editor;
}

void InfraPanel::refreshStatus()
{
    const QString infra = currentInfra();
    if (!infra.isEmpty())
        watch(m_engine->refreshStatus(infra), infra);
}

void InfraPanel::control(const QString& action)
{
    const QString infra = currentInfra();
    if (infra.isEmpty())
        return;
    if (action == QLatin1String("terminate")
        && !confirm(tr("Terminate %1? Terminated VMs cannot be started again.").arg(scopeText())))
        return;
    watch(m_engine->control(infra, action, currentScope()), infra);
}

void InfraPanel::scale(const QString& group, int size)
{
    const QString infra = currentInfra();
    if (!infra.isEmpty())
        watch(m_engine->scale(infra, group, size), infra);
}

void InfraPanel::runCommand(const QString& command, const QString& userName)
{
    const QString infra = currentInfra();
    if (infra.isEmpty() || command.trimmed().isEmpty())
        return;
    m_output->appendCommand(command, scopeText());
    watch(m_engine->runCommand(infra, currentScope(), command, userName), infra);
}

void InfraPanel::deleteCurrent()
{
    const QString infra = currentInfra();
    if (infra.isEmpty())
        return;
    const int nodes = m_model->status(infra).total;
    if (!confirm(tr("Delete the infrastructure %1 and its %n node(s)? Every VM is terminated, and the shared "
                    "networks, security group and key that nothing else uses are released.",
            nullptr, nodes)
                     .arg(infra)))
        return;
    watch(m_engine->remove(infra), infra);
}

void InfraPanel::askScale()
{
    const QString infra = currentInfra();
    const QStringList groups = m_model->groupNames(infra);
    if (groups.isEmpty())
        return;
    bool ok = false;
    const QString current = m_view->currentIndex().data(Model::GroupRole).toString();
    const QString group = QInputDialog::getItem(
        this, tr("Scale %1").arg(infra), tr("Node group:"), groups, qMax(0, int(groups.indexOf(current))), false, &ok);
    if (!ok || group.isEmpty())
        return;
    const int size = m_model->rowCount(m_model->groupIndex(infra, group));
    const int wanted = QInputDialog::getInt(this, tr("Scale %1").arg(infra), tr("Nodes in %1:").arg(group), size, 1,
        InfraSpecReader::MaxNodeGroupSize, 1, &ok);
    if (ok && wanted != size)
        scale(group, wanted);
}

void InfraPanel::askCommand()
{
    auto* dialog = new InfraCommandDialog(scopeText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runCommand(dialog->command(), dialog->userName()); });
    dialog->open();
}

} // namespace Barista
