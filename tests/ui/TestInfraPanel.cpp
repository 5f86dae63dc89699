// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/RegionCatalog.h"
#include "models/geo/MapRegion.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraStore.h"
#include "models/items/InfraTreeModel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "ui/infra/InfraEditorDialog.h"
#include "ui/infra/InfraPanel.h"
#include "ui/infra/InfraStatusDelegate.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/map/WorldMapWidget.h"
#include "ui/tree/DecoratedResourceModel.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Barista;
using Model = InfraTreeModel;
using Barista::Test::ScratchDir;

namespace {

InfraNode node(const QString& group, int n, const QString& status)
{
    InfraNode node;
    node.infra = QStringLiteral("shop");
    node.group = group;
    node.name = QStringLiteral("%1-%2").arg(group).arg(n);
    node.connection = QStringLiteral("aws-seoul");
    node.provider = QStringLiteral("aws");
    node.region = QStringLiteral("ap-northeast-2");
    node.specName = QStringLiteral("t3.small");
    node.imageId = QStringLiteral("ubuntu-22.04");
    node.vmName = QStringLiteral("shop-") + node.name;
    node.status = status;
    return node;
}

CloudError quotaError()
{
    return CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"),
        QStringLiteral("You have requested more vCPU capacity than your current vCPU limit of 4 "
                       "allows for the instance bucket that the specified instance type belongs to."));
}

} // namespace

class TestInfraPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsInfraGroupsAndNodes();
    void actionsFollowSelection();
    void busyInfraAllowsOnlyAbortAndRefresh();
    void deleteAsksWithNameAndNodeCount();
    void outcomeShowsProviderMessageVerbatim();
    void commandOutputStreamsIntoPane();
    void createFromEditorSelectsInfraAndReportsFailures();
    void mainWindowDocksPanelAndHandsOverMapSelection();

private:
    QAction* action(const QString& name) const;
    void select(const QModelIndex& index);
    FakeCloudProvider* aws() { return m_factory->provider(QStringLiteral("aws-seoul")); }

    ScratchDir m_settingsDir;
    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<FakeProviderFactory> m_factory;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<InfraStore> m_store;
    std::unique_ptr<InfraEngine> m_engine;
    std::unique_ptr<InfraReviewer> m_reviewer;
    std::unique_ptr<InfraPanel> m_panel;
};

void TestInfraPanel::initTestCase()
{
    // Never the user's own settings (the main window keeps its layout there).
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("BaristaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestInfraPanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestInfraPanel::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    ConnectionConfig c;
    c.name = QStringLiteral("aws-seoul");
    c.driver = QStringLiteral("sim");
    c.provider = QStringLiteral("aws");
    c.region = QStringLiteral("ap-northeast-2");
    c.zone = QStringLiteral("ap-northeast-2a");
    QVERIFY2(m_connections->add(c, &error), qPrintable(error));
    m_factory = std::make_unique<FakeProviderFactory>();
    SpecInfo spec;
    spec.name = QStringLiteral("t3.small");
    spec.vcpu = 2;
    spec.memoryGiB = 2;
    aws()->addResource(spec);
    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_store = std::make_unique<InfraStore>(m_workspace.get());
    InfraEngine::Services services;
    services.store = m_store.get();
    services.resources = m_service.get();
    services.connections = m_connections.get();
    services.jobs = m_jobs.get();
    m_engine = std::make_unique<InfraEngine>(services);
    m_engine->setPollInterval(20);
    m_engine->setSettleTimeout(20000);
    m_reviewer = std::make_unique<InfraReviewer>(
        m_connections.get(), m_registry.get(), m_jobs.get(), m_service.get(), m_store.get(), nullptr);

    InfraRecord record;
    record.name = QStringLiteral("shop");
    record.spec.name = record.name;
    InfraNode failed = node(QStringLiteral("db"), 1, QStringLiteral("Failed"));
    failed.error = quotaError();
    QVERIFY2(m_store->create(record,
                 { node(QStringLiteral("web"), 1, QStringLiteral("Running")),
                     node(QStringLiteral("web"), 2, QStringLiteral("Running")),
                     node(QStringLiteral("web"), 3, QStringLiteral("Suspended")), failed },
                 {}, &error),
        qPrintable(error));
    m_panel = std::make_unique<InfraPanel>(m_store.get(), m_engine.get(), m_reviewer.get());
    m_panel->model()->setCoalesceInterval(0);
    m_panel->resize(900, 600);
}

void TestInfraPanel::cleanup()
{
    aws()->setHoldCalls(false);
    aws()->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(QStringLiteral("shop")), 10000);
    m_panel.reset();
    m_reviewer.reset();
    m_engine.reset();
    m_store.reset();
    m_service.reset();
    m_journal.reset();
    m_jobs.reset();
    m_clock.reset();
    m_registry.reset();
    m_factory.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
}

QAction* TestInfraPanel::action(const QString& name) const
{
    return m_panel->findChild<QAction*>(name + QStringLiteral("InfraAction"));
}

void TestInfraPanel::select(const QModelIndex& index)
{
    QVERIFY(index.isValid());
    m_panel->view()->setCurrentIndex(index);
}

void TestInfraPanel::treeShowsInfraGroupsAndNodes()
{
    QAbstractItemModel* model = m_panel->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Model::StatusColumn).data().toString(), QStringLiteral("Partial-Running:2 (R:2/4)"));
    QCOMPARE(model->index(0, Model::NodesColumn).data().toInt(), 4);
    QVERIFY(qobject_cast<InfraStatusDelegate*>(m_panel->view()->itemDelegate()));
    // Partial is amber, a failed node red, a suspended one grey.
    using Colour = DecoratedResourceModel::StatusColour;
    QCOMPARE(InfraStatusDelegate::colourOf(model->index(0, 0).data(Model::StatusRole).toString()),
        DecoratedResourceModel::colourOf(Colour::Amber));
    const QModelIndex db1 = m_panel->model()->nodeIndex(QStringLiteral("shop"), QStringLiteral("db-1"));
    QCOMPARE(InfraStatusDelegate::colourOf(db1.data(Model::StatusRole).toString()),
        DecoratedResourceModel::colourOf(Colour::Red));
    QCOMPARE(db1.siblingAtColumn(Model::ErrorColumn).data().toString(), quotaError().toString());

    m_panel->selectInfra(QStringLiteral("shop"));
    QCOMPARE(m_panel->currentInfra(), QStringLiteral("shop"));
    // The details under the tree name the failed node with the provider's words.
    auto* detail = m_panel->findChild<QLabel*>(QStringLiteral("infraDetail"));
    QVERIFY(detail->isVisibleTo(m_panel.get()));
    QVERIFY2(
        detail->text().contains(QStringLiteral("db-1 failed: ") + quotaError().toString()), qPrintable(detail->text()));
    select(db1);
    QVERIFY2(detail->text().contains(quotaError().toString()), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(QStringLiteral("t3.small")), qPrintable(detail->text()));
    m_panel->selectInfra(QStringLiteral("shop"));
    QVERIFY(m_panel->view()->isExpanded(model->index(0, 0)));
    QVERIFY(m_panel->view()->isExpanded(m_panel->model()->groupIndex(QStringLiteral("shop"), QStringLiteral("web"))));

    // The row follows the store as the engine saves the node.
    const QModelIndex web3
        = m_panel->model()->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-3"), Model::StatusColumn);
    QVERIFY(m_store->saveNode(node(QStringLiteral("web"), 3, QStringLiteral("Resuming"))));
    QTRY_COMPARE(web3.data().toString(), QStringLiteral("Resuming"));
    QCOMPARE(model->index(0, 0).data(Model::SettledRole).toInt(), 3);
}

void TestInfraPanel::actionsFollowSelection()
{
    const QStringList all = { QStringLiteral("refresh"), QStringLiteral("suspend"), QStringLiteral("resume"),
        QStringLiteral("reboot"), QStringLiteral("terminate"), QStringLiteral("scale"), QStringLiteral("command"),
        QStringLiteral("reconcile"), QStringLiteral("abort"), QStringLiteral("delete") };
    QVERIFY(action(QStringLiteral("new"))->isEnabled());
    for (const QString& name : all)
        QVERIFY2(!action(name)->isEnabled(), qPrintable(name + QStringLiteral(" enabled without a selection")));

    select(m_panel->model()->infraIndex(QStringLiteral("shop")));
    for (const QString& name : all) {
        const bool expected = name != QLatin1String("abort"); // idle: everything but abort
        QVERIFY2(action(name)->isEnabled() == expected, qPrintable(name));
    }

    // A suspended node can be resumed, not suspended.
    select(m_panel->model()->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-3")));
    QCOMPARE(m_panel->currentScope().node, QStringLiteral("web-3"));
    QVERIFY(action(QStringLiteral("resume"))->isEnabled());
    QVERIFY(!action(QStringLiteral("suspend"))->isEnabled());
    QVERIFY(!action(QStringLiteral("command"))->isEnabled());

    // A group of running nodes: suspend and commands, no resume.
    select(m_panel->model()->groupIndex(QStringLiteral("shop"), QStringLiteral("db")));
    QCOMPARE(m_panel->currentScope().group, QStringLiteral("db"));
    QVERIFY(!action(QStringLiteral("suspend"))->isEnabled()); // its only node failed
    QVERIFY(!action(QStringLiteral("resume"))->isEnabled());
    QVERIFY(action(QStringLiteral("delete"))->isEnabled()); // delete is always the whole infra
}

void TestInfraPanel::busyInfraAllowsOnlyAbortAndRefresh()
{
    aws()->setHoldCalls(true); // the cloud does not answer yet
    select(m_panel->model()->infraIndex(QStringLiteral("shop")));
    action(QStringLiteral("suspend"))->trigger();
    QVERIFY(m_engine->isBusy(QStringLiteral("shop")));
    QTRY_VERIFY(action(QStringLiteral("abort"))->isEnabled());
    for (const QString& name : { QStringLiteral("suspend"), QStringLiteral("resume"), QStringLiteral("delete"),
             QStringLiteral("scale"), QStringLiteral("reconcile") })
        QVERIFY2(!action(name)->isEnabled(), qPrintable(name));
    QVERIFY(action(QStringLiteral("refresh"))->isEnabled());
    auto* progress = m_panel->findChild<QProgressBar*>(QStringLiteral("infraProgress"));
    QTRY_VERIFY(progress->isVisibleTo(m_panel.get()));
    QVERIFY2(progress->format().endsWith(QStringLiteral("of 4 node(s) settled")), qPrintable(progress->format()));

    action(QStringLiteral("abort"))->trigger();
    aws()->setHoldCalls(false);
    aws()->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(QStringLiteral("shop")), 10000);
    QTRY_VERIFY(!action(QStringLiteral("abort"))->isEnabled());
    QVERIFY(action(QStringLiteral("delete"))->isEnabled());
    QTRY_VERIFY(!progress->isVisibleTo(m_panel.get()));
}

void TestInfraPanel::deleteAsksWithNameAndNodeCount()
{
    QStringList questions;
    m_panel->setConfirmHandler([&questions](const QString& q) {
        questions.append(q);
        return false;
    });
    select(m_panel->model()->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-1")));
    action(QStringLiteral("delete"))->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("shop")), qPrintable(questions.first()));
    QVERIFY2(questions.first().contains(QStringLiteral("4 node(s)")), qPrintable(questions.first()));
    QVERIFY(!m_engine->isBusy(QStringLiteral("shop")));
    QTest::qWait(50);
    QVERIFY(m_store->infra(QStringLiteral("shop")));
    QCOMPARE(aws()->totalCallCount(), 0);

    action(QStringLiteral("terminate"))->trigger(); // scope: the selected node
    QCOMPARE(questions.size(), 2);
    QVERIFY2(questions.last().contains(QStringLiteral("web-1")), qPrintable(questions.last()));
    QCOMPARE(aws()->totalCallCount(), 0);
}

void TestInfraPanel::outcomeShowsProviderMessageVerbatim()
{
    InfraOutcome outcome;
    outcome.infra = QStringLiteral("shop");
    outcome.action = QStringLiteral("scale");
    outcome.ok = false;
    outcome.message = QStringLiteral("Scaled with failures");
    outcome.failedNodes.append(QJsonObject { { QStringLiteral("node"), QStringLiteral("web-4") },
        { QStringLiteral("connection"), QStringLiteral("aws-seoul") },
        { QStringLiteral("error"), quotaError().toJson() } });
    QSignalSpy shown(m_panel.get(), &InfraPanel::outcomeShown);
    m_panel->watch(QtFuture::makeReadyFuture(outcome), outcome.infra);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.first().at(1).toBool(), false);
    auto* message = m_panel->findChild<QLabel*>(QStringLiteral("infraMessage"));
    QVERIFY(message->isVisibleTo(m_panel.get()));
    QVERIFY2(message->text().contains(quotaError().message), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("web-4")));
    QCOMPARE(message->property("error").toBool(), true);
}

void TestInfraPanel::commandOutputStreamsIntoPane()
{
    auto* output = m_panel->findChild<QPlainTextEdit*>(QStringLiteral("infraOutput"));
    QVERIFY(!output->isVisibleTo(m_panel.get()));
    // Chunks split anywhere: lines are shown whole, each with its node.
    Q_EMIT m_engine->commandOutput(QStringLiteral("shop"), QStringLiteral("web-1"), "Linux web-1 6.1\nup 3 d", false);
    Q_EMIT m_engine->commandOutput(QStringLiteral("shop"), QStringLiteral("web-2"), "Linux web-2 6.1\n", false);
    Q_EMIT m_engine->commandOutput(QStringLiteral("shop"), QStringLiteral("web-1"), "ays\n", false);
    Q_EMIT m_engine->commandOutput(QStringLiteral("shop"), QStringLiteral("web-2"), "bash: nope: not found\n", true);
    QVERIFY(output->isVisibleTo(m_panel.get()));
    const QStringList lines = output->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines,
        (QStringList { QStringLiteral("[web-1] Linux web-1 6.1"), QStringLiteral("[web-2] Linux web-2 6.1"),
            QStringLiteral("[web-1] up 3 days"), QStringLiteral("[web-2] bash: nope: not found") }));
}

void TestInfraPanel::createFromEditorSelectsInfraAndReportsFailures()
{
    InfraEditorDialog* editor = m_panel->openEditor();
    QVERIFY(editor);
    InfraSpec spec;
    spec.name = QStringLiteral("api");
    NodeGroupSpec group;
    group.name = QStringLiteral("api");
    group.specId = QStringLiteral("aws+ap-northeast-2+t3.small");
    group.imageId = QStringLiteral("ubuntu-22.04");
    group.nodeGroupSize = 2;
    spec.nodeGroups.append(group);
    editor->setSpec(spec);
    QVERIFY(!editor->canCreate());
    editor->review();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isReviewing(), 10000);
    QVERIFY2(editor->canCreate(), qPrintable(editor->findChild<QLabel*>(QStringLiteral("reviewSummary"))->text()));

    // One of the two VMs is refused by the cloud.
    aws()->failNext(Operation::Create, 1, quotaError(), ResourceKind::Vm);
    QSignalSpy shown(m_panel.get(), &InfraPanel::outcomeShown);
    QPointer<InfraEditorDialog> guard(editor);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("createInfraButton")), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_COMPARE(m_panel->currentInfra(), QStringLiteral("api")); // selected once its row appears
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("api"));
    auto* message = m_panel->findChild<QLabel*>(QStringLiteral("infraMessage"));
    QVERIFY2(message->text().contains(quotaError().message), qPrintable(message->text()));
    QTRY_COMPARE(m_panel->model()->infraIndex(QStringLiteral("api"), Model::StatusColumn).data().toString(),
        QStringLiteral("Partial-Failed:1 (R:1/2)"));
}

void TestInfraPanel::mainWindowDocksPanelAndHandsOverMapSelection()
{
    MainWindow window(m_connections.get(), m_service.get(), m_jobs.get());
    window.setMapRegions(MapRegion::fromCatalog(RegionCatalog::bundled()));
    window.setInfra(m_store.get(), m_engine.get(), m_reviewer.get());
    QVERIFY(window.infraPanel());
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("infraPanelDock"));
    QVERIFY(dock);
    QVERIFY(window.tabifiedDockWidgets(window.resourceDock()).contains(dock));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("infraMenu"));
    QVERIFY(menu && menu->menuAction()->isVisible());
    QVERIFY(menu->actions().contains(window.infraPanel()->findChild<QAction*>(QStringLiteral("newInfraAction"))));
    QCOMPARE(window.infraPanel()->model()->rowCount(), 1);

    window.worldMap()->setSelectedRegions(
        { QStringLiteral("aws/ap-northeast-2"), QStringLiteral("gcp/asia-northeast3") });
    InfraEditorDialog* editor = window.infraPanel()->openEditor();
    QVERIFY(editor);
    auto* add = editor->findChild<QPushButton*>(QStringLiteral("addFromMapButton"));
    QVERIFY2(add->text().contains(QStringLiteral("2 region")), qPrintable(add->text()));
    // The editor is not modal: a selection changed on the map meanwhile reaches it.
    window.worldMap()->setSelectedRegions({ QStringLiteral("aws/ap-northeast-2") });
    QVERIFY2(add->text().contains(QStringLiteral("1 region")), qPrintable(add->text()));
    QCOMPARE(window.infraPanel()->openEditor(), editor); // one at a time
    editor->close();
}

QTEST_MAIN(TestInfraPanel)
#include "TestInfraPanel.moc"
