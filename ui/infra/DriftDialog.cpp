// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infra/DriftDialog.h"

#include "models/domain/ResourceKindLabel.h"
#include "models/infra/DriftReport.h"
#include "models/workspace/ConnectionStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Barista {

namespace {
constexpr int INDEX_ROLE = Qt::UserRole + 1;
constexpr DriftItem::Group GROUPS[]
    = { DriftItem::Group::Mapped, DriftItem::Group::OnlyOurs, DriftItem::Group::OnlyInCloud };

QString originLabel(const DriftItem& item)
{
    if (item.group != DriftItem::Group::OnlyInCloud)
        return item.managedByInfra ? DriftDialog::tr("infrastructure") : DriftDialog::tr("journal");
    return item.tagged ? DriftDialog::tr("Barista tag, untracked (orphan)") : DriftDialog::tr("foreign");
}

QString infraLabel(const DriftItem& item)
{
    if (!item.node.isEmpty())
        return DriftDialog::tr("%1 / node %2").arg(item.infra, item.node);
    if (item.shared)
        return item.infra.isEmpty() ? DriftDialog::tr("shared") : DriftDialog::tr("shared by %1").arg(item.infra);
    return item.infra;
}

QString tabTitle(DriftItem::Group group, int count)
{
    switch (group) {
    case DriftItem::Group::Mapped:
        return DriftDialog::tr("Mapped (%1)").arg(count);
    case DriftItem::Group::OnlyOurs:
        return DriftDialog::tr("Only ours (%1)").arg(count);
    case DriftItem::Group::OnlyInCloud:
        return DriftDialog::tr("Only in the cloud (%1)").arg(count);
    }
    return QString();
}
} // namespace

DriftDialog::DriftDialog(ConnectionStore* connections, DriftReport* drift, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_drift(drift)
    , m_connection(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_tabs(new QTabWidget(this))
    , m_adopt(new QPushButton(tr("&Adopt…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_forget(new QPushButton(tr("&Forget…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Drift"));
    setObjectName(QStringLiteral("driftDialog"));
    m_connection->setObjectName(QStringLiteral("connectionCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_tabs->setObjectName(QStringLiteral("groupTabs"));
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_forget->setObjectName(QStringLiteral("forgetButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_adopt->setToolTip(tr("Record a resource that only the cloud has in the journal (and its infrastructure)."));
    m_delete->setToolTip(tr("Delete the resource in the cloud (journaled)."));
    m_forget->setToolTip(tr("Record that a resource the cloud no longer lists is gone."));

    m_kind->addItem(tr("All kinds"), -1);
    for (ResourceKind k : DriftReport::userKinds())
        m_kind->addItem(resourceKindPluralLabel(k), int(k));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Connection:"), this));
    top->addWidget(m_connection, 1);
    top->addWidget(new QLabel(tr("Kind:"), this));
    top->addWidget(m_kind);
    top->addWidget(m_refresh);

    const QStringList headers
        = { tr("Kind"), tr("Name"), tr("System ID"), tr("Status"), tr("Origin"), tr("Infrastructure"), tr("Journal") };
    const char* names[] = { "mappedTree", "onlyOursTree", "onlyInCloudTree" };
    for (int i = 0; i < 3; ++i) {
        auto* tree = new QTreeWidget(m_tabs);
        tree->setObjectName(QLatin1String(names[i]));
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(false);
        tree->setSortingEnabled(true);
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(tree, &QTreeWidget::itemSelectionChanged, this, &DriftDialog::updateButtons);
        m_trees[i] = tree;
        m_tabs->addTab(tree, tabTitle(GROUPS[i], 0));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &DriftDialog::updateButtons);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_adopt);
    actions->addWidget(m_delete);
    actions->addWidget(m_forget);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    resize(900, 500);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &DriftDialog::refresh);
    connect(m_adopt, &QPushButton::clicked, this, &DriftDialog::adoptSelected);
    connect(m_delete, &QPushButton::clicked, this, &DriftDialog::deleteSelected);
    connect(m_forget, &QPushButton::clicked, this, &DriftDialog::forgetSelected);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &DriftDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DriftDialog::refresh);
    connect(m_connections, &ConnectionStore::connectionsChanged, this, &DriftDialog::fillConnections);

    fillConnections();
    updateButtons();
    // The first comparison waits for the event loop, so that a setConnection() right after
    // construction does not list a connection nobody asked for.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_generation == 0)
                refresh();
        },
        Qt::QueuedConnection);
}

QString DriftDialog::connection() const
{
    return m_connection->currentText();
}

void DriftDialog::setConnection(const QString& connection)
{
    const int index = m_connection->findText(connection);
    if (index >= 0 && index != m_connection->currentIndex())
        m_connection->setCurrentIndex(index); // refreshes
}

void DriftDialog::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void DriftDialog::fillConnections()
{
    const QString current = m_connection->currentText();
    QStringList names;
    for (const ConnectionConfig& c : m_connections->all())
        names << c.name;
    {
        const QSignalBlocker blocker(m_connection);
        m_connection->clear();
        m_connection->addItems(names);
        const int index = m_connection->findText(current);
        m_connection->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_generation > 0 && m_connection->currentText() != current)
        refresh();
}

void DriftDialog::refresh()
{
    const QString connection = m_connection->currentText();
    const quint64 generation = ++m_generation;
    if (connection.isEmpty()) {
        showSnapshot(DriftSnapshot());
        return;
    }
    QList<ResourceKind> kinds;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        kinds << ResourceKind(kind);
    m_busy = true;
    updateButtons();
    setStatus(tr("Comparing the workspace with %1…").arg(connection));
    // A watcher owned by the dialog, not .then(this): the dialog may close while the clouds answer.
    auto* watcher = new QFutureWatcher<DriftSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer comparison runs
        m_busy = false;
        if (watcher->future().resultCount() > 0)
            showSnapshot(watcher->result());
        else
            setStatus(tr("The comparison was canceled."), true);
        updateButtons();
        Q_EMIT refreshed();
    });
    watcher->setFuture(m_drift->scan(connection, kinds));
}

void DriftDialog::showSnapshot(const DriftSnapshot& snapshot)
{
    const std::optional<DriftItem> before = selectedItem();
    m_snapshot = snapshot;
    for (int g = 0; g < 3; ++g) {
        QTreeWidget* tree = m_trees[g];
        tree->setSortingEnabled(false);
        tree->clear();
        int count = 0;
        for (int i = 0; i < snapshot.items.size(); ++i) {
            const DriftItem& item = snapshot.items.at(i);
            if (item.group != GROUPS[g])
                continue;
            auto* row = new QTreeWidgetItem(tree,
                { resourceKindLabel(item.kind), item.iid.nameId, item.iid.systemId, resourceStatusLabel(item.status()),
                    originLabel(item), infraLabel(item),
                    item.journalId > 0 ? QString::number(item.journalId) : QString() });
            row->setData(0, INDEX_ROLE, i);
            ++count;
        }
        tree->setSortingEnabled(true);
        m_tabs->setTabText(g, tabTitle(GROUPS[g], count));
    }
    if (before)
        selectItem(before->iid.systemId.isEmpty() ? before->iid.nameId : before->iid.systemId);

    QStringList problems;
    if (snapshot.error)
        problems << tr("The connection cannot be used: %1").arg(snapshot.error->toString());
    for (const auto& [kind, error] : snapshot.errors)
        problems << tr("%1 could not be listed, so nothing is concluded about them: %2")
                        .arg(resourceKindPluralLabel(kind), error.toString());
    QStringList lines;
    if (!m_lastAction.isEmpty())
        lines << m_lastAction; // what the user just did stays in view after the new comparison
    m_lastAction.clear();
    if (problems.isEmpty() && !snapshot.connection.isEmpty())
        lines << tr("Compared %n kind(s) on %1.", nullptr, int(snapshot.kinds.size())).arg(snapshot.connection);
    setStatus((lines + problems).join(QLatin1Char('\n')), !problems.isEmpty());
}

std::optional<DriftItem> DriftDialog::selectedItem() const
{
    const auto* tree = qobject_cast<const QTreeWidget*>(m_tabs->currentWidget());
    const QList<QTreeWidgetItem*> selected = tree ? tree->selectedItems() : QList<QTreeWidgetItem*>();
    if (selected.isEmpty())
        return std::nullopt;
    const int index = selected.first()->data(0, INDEX_ROLE).toInt();
    if (index < 0 || index >= m_snapshot.items.size())
        return std::nullopt;
    return m_snapshot.items.at(index);
}

bool DriftDialog::selectItem(const QString& id)
{
    const QList<DriftItem> found = m_snapshot.find(id);
    if (found.isEmpty())
        return false;
    const int g = int(found.first().group);
    for (int r = 0; r < m_trees[g]->topLevelItemCount(); ++r) {
        QTreeWidgetItem* row = m_trees[g]->topLevelItem(r);
        const DriftItem& item = m_snapshot.items.at(row->data(0, INDEX_ROLE).toInt());
        if (item.iid == found.first().iid && item.kind == found.first().kind) {
            m_tabs->setCurrentIndex(g);
            m_trees[g]->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

void DriftDialog::updateButtons()
{
    const std::optional<DriftItem> item = m_busy ? std::nullopt : selectedItem();
    m_refresh->setEnabled(!m_busy);
    m_adopt->setEnabled(item && item->group == DriftItem::Group::OnlyInCloud);
    m_delete->setEnabled(item && item->group != DriftItem::Group::OnlyOurs && !item->managedByInfra);
    m_forget->setEnabled(item && item->group == DriftItem::Group::OnlyOurs);
}

void DriftDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

bool DriftDialog::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
}

void DriftDialog::adoptSelected()
{
    const std::optional<DriftItem> item = selectedItem();
    if (!item || item->group != DriftItem::Group::OnlyInCloud)
        return;
    if (!confirm(tr("Adopt %1 '%2' on %3? The workspace will treat it as its own.")
                     .arg(resourceKindLabel(item->kind), item->iid.nameId, item->connection)))
        return;
    finishAction(m_drift->adopt(*item));
}

void DriftDialog::forgetSelected()
{
    const std::optional<DriftItem> item = selectedItem();
    if (!item || item->group != DriftItem::Group::OnlyOurs)
        return;
    if (!confirm(tr("Forget %1 '%2' on %3? The cloud does not list it; the workspace will record it as gone.")
                     .arg(resourceKindLabel(item->kind), item->iid.nameId, item->connection)))
        return;
    finishAction(m_drift->forget(*item));
}

void DriftDialog::deleteSelected()
{
    const std::optional<DriftItem> item = selectedItem();
    if (!item || item->group == DriftItem::Group::OnlyOurs || item->managedByInfra)
        return;
    const QString question = item->group == DriftItem::Group::OnlyInCloud && !item->tagged
        ? tr("Delete %1 '%2' on %3? Barista did not make it: someone else may still use it. This cannot be undone.")
        : tr("Delete %1 '%2' on %3? This cannot be undone.");
    if (!confirm(question.arg(resourceKindLabel(item->kind), item->iid.nameId, item->connection)))
        return;
    m_busy = true;
    updateButtons();
    setStatus(tr("Deleting %1 '%2'…").arg(resourceKindLabel(item->kind), item->iid.nameId));
    auto* watcher = new QFutureWatcher<DriftAction>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        DriftAction action;
        if (watcher->future().resultCount() > 0)
            action = watcher->result();
        else
            action.message = tr("The delete was canceled.");
        finishAction(action);
    });
    watcher->setFuture(m_drift->remove(*item));
}

void DriftDialog::finishAction(const DriftAction& action)
{
    Q_EMIT actionFinished(action.ok, action.message);
    if (action.ok) {
        m_lastAction = action.message;
        refresh();
    } else {
        setStatus(action.message, true);
        updateButtons();
    }
}

} // namespace Barista
