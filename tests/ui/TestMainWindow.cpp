// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/JobListModel.h"
#include "models/items/ResourceTreeModel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/jobs/SystemClock.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/Journal.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"
#include "tests/support/FakeProviderFactory.h"
#include "tests/support/ScratchDir.h"
#include "ui/dialogs/CreateResourceDialog.h"
#include "ui/jobs/JobPanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/OverviewPage.h"
#include "ui/tree/ResourceTreeView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Barista;
using Tree = ResourceTreeModel;
using Barista::Test::ScratchDir;

namespace {

QAction* findAction(const QList<QAction*>& actions, const QString& name)
{
    for (QAction* a : actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeLoadsWhenExpanded();
    void overviewDescribesSelection();
    void contextMenuSuspendsVm();
    void destructiveActionsAskFirst();
    void cancelButtonCancelsRunningJob();
    void jobPanelShowsProgressOfLongJob();
    void failedJobShowsProviderErrorVerbatim();
    void createDialogQueuesCreate();
    void createImageFromVmContextMenu();
    void createDialogBuildsDiskAndLoadBalancer();
    void layoutIsSavedAndRestored();
    void rendersSomething();
    void decoratingProxyPassesModelTester();

private:
    void expandToVm();
    QModelIndex vmIndex() const;
    int jobRowWithTitle(const QString& part) const;

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
    std::unique_ptr<MainWindow> m_window;
    FakeCloudProvider* m_aws = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Never the user's own settings.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("BaristaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_workspace.get());
    ConnectionConfig aws;
    aws.name = QStringLiteral("aws-seoul");
    aws.provider = QStringLiteral("aws");
    aws.region = QStringLiteral("ap-northeast-2");
    aws.zone = QStringLiteral("ap-northeast-2a");
    QVERIFY2(m_connections->add(aws, &error), qPrintable(error));

    m_factory = std::make_unique<FakeProviderFactory>();
    m_aws = m_factory->provider(aws.name);
    VpcInfo vpc;
    vpc.iid.nameId = QStringLiteral("net-1");
    vpc.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    vpc.subnets.append(SubnetInfo { Iid { QStringLiteral("sub-a"), {} }, {}, QStringLiteral("10.0.1.0/24"), {} });
    m_aws->addResource(vpc);
    VmInfo vm;
    vm.iid.nameId = QStringLiteral("web-1");
    vm.vpcIid.nameId = QStringLiteral("net-1");
    vm.subnetIid.nameId = QStringLiteral("sub-a");
    vm.specName = QStringLiteral("t3.small");
    vm.status = VmStatus::Running;
    m_aws->addResource(vm);
    SpecInfo spec;
    spec.name = QStringLiteral("t3.small");
    spec.vcpu = 2;
    spec.memoryGiB = 2;
    m_aws->addResource(spec);
    ImageInfo image;
    image.id = QStringLiteral("ami-0123");
    image.name = QStringLiteral("Ubuntu 22.04");
    m_aws->addResource(image);

    m_registry = std::make_unique<ProviderRegistry>(m_factory.get(), m_connections.get());
    m_clock = std::make_unique<SystemClock>();
    m_jobs = std::make_unique<JobQueue>(m_clock.get());
    m_journal = std::make_unique<Journal>(m_workspace.get());
    m_service = std::make_unique<ResourceService>(m_registry.get(), m_jobs.get(), m_journal.get());
    m_window = std::make_unique<MainWindow>(m_connections.get(), m_service.get(), m_jobs.get());
    m_window->resourceTree()->setConfirmHandler([](const QString&) { return true; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    // Let every job end first: a job still running when the service is destroyed would finish
    // into a continuation whose context is gone.
    m_aws->setHoldCalls(false);
    m_aws->release();
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_window.reset();
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

QModelIndex TestMainWindow::vmIndex() const
{
    return m_window->resourceModel()->findResource(
        QStringLiteral("aws-seoul"), ResourceKind::Vm, QStringLiteral("web-1"));
}

void TestMainWindow::expandToVm()
{
    ResourceTreeView* view = m_window->findChild<ResourceTreeView*>(QStringLiteral("resourceTree"));
    QVERIFY(view);
    Tree* model = m_window->resourceModel();
    const QModelIndex region = model->regionIndex(QStringLiteral("aws-seoul"));
    view->expand(view->fromSource(region.parent().parent()));
    view->expand(view->fromSource(region.parent()));
    view->expand(view->fromSource(region)); // the view asks the model to fetch
    QTRY_VERIFY_WITH_TIMEOUT(vmIndex().isValid(), 10000);
    view->expand(view->fromSource(vmIndex().parent().parent()));
    view->expand(view->fromSource(vmIndex().parent()));
}

int TestMainWindow::jobRowWithTitle(const QString& part) const
{
    const JobListModel* jobs = m_window->jobPanel()->model();
    for (int row = 0; row < jobs->rowCount(); ++row) {
        if (jobs->index(row, JobListModel::TitleColumn).data().toString().contains(part))
            return row;
    }
    return -1;
}

void TestMainWindow::treeLoadsWhenExpanded()
{
    Tree* model = m_window->resourceModel();
    const QModelIndex region = model->regionIndex(QStringLiteral("aws-seoul"));
    QCOMPARE(model->rowCount(region), 0);
    QCOMPARE(m_aws->callCount(Operation::List), 0); // nothing listed before the user looks
    expandToVm();
    QVERIFY(model->rowCount(region) > 0);
    QCOMPARE(m_aws->callCount(Operation::List, ResourceKind::Vm), 1);
    QCOMPARE(vmIndex().parent().data().toString(), QStringLiteral("sub-a"));
    // The list jobs went through the queue and show in the job panel.
    QVERIFY(jobRowWithTitle(QStringLiteral("aws-seoul")) >= 0);
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("jobStatusLabel"));
    QVERIFY(status);
    QTRY_COMPARE(status->text(), QStringLiteral("Jobs: 0 running, 0 queued"));
}

void TestMainWindow::overviewDescribesSelection()
{
    expandToVm();
    ResourceTreeView* view = m_window->resourceTree();
    view->setCurrentIndex(view->fromSource(vmIndex()));
    OverviewPage* overview = m_window->overviewPage();
    QVERIFY(overview->title().contains(QStringLiteral("web-1")));
    QVERIFY(overview->title().contains(QStringLiteral("Running")));
    auto* fields = overview->findChild<QTreeWidget*>(QStringLiteral("overviewFields"));
    QVERIFY(fields);
    const QList<QTreeWidgetItem*> spec = fields->findItems(QStringLiteral("specName"), Qt::MatchExactly, 0);
    QCOMPARE(spec.size(), 1);
    QCOMPARE(spec.first()->text(1), QStringLiteral("t3.small"));
}

void TestMainWindow::contextMenuSuspendsVm()
{
    expandToVm();
    ResourceTreeView* view = m_window->resourceTree();
    QObject owner;
    const QList<QAction*> actions = view->actionsFor(vmIndex(), &owner);
    QAction* suspend = findAction(actions, QStringLiteral("suspendAction"));
    QAction* resume = findAction(actions, QStringLiteral("resumeAction"));
    QVERIFY(suspend && resume);
    QVERIFY(suspend->isEnabled());
    QVERIFY(!resume->isEnabled()); // a running VM cannot be resumed
    QVERIFY(findAction(actions, QStringLiteral("refreshAction")));

    suspend->trigger();
    QTRY_VERIFY(jobRowWithTitle(QStringLiteral("web-1")) >= 0);
    QTRY_COMPARE(m_aws->callCount(Operation::Control, ResourceKind::Vm), 1);
    QCOMPARE(m_aws->mutationLog().last(), QStringLiteral("suspend vm web-1"));
    // The tree follows the cloud: the VM is shown Suspended and now offers Resume.
    QTRY_COMPARE_WITH_TIMEOUT(vmIndex().data(Tree::StatusRole).toString(), QStringLiteral("Suspended"), 10000);
    QObject owner2;
    const QList<QAction*> after = view->actionsFor(vmIndex(), &owner2);
    QVERIFY(findAction(after, QStringLiteral("resumeAction"))->isEnabled());
    QVERIFY(!findAction(after, QStringLiteral("suspendAction"))->isEnabled());
}

void TestMainWindow::destructiveActionsAskFirst()
{
    expandToVm();
    ResourceTreeView* view = m_window->resourceTree();
    QStringList questions;
    view->setConfirmHandler([&questions](const QString& q) {
        questions.append(q);
        return false;
    });
    QObject owner;
    findAction(view->actionsFor(vmIndex(), &owner), QStringLiteral("terminateAction"))->trigger();
    findAction(view->actionsFor(vmIndex(), &owner), QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(questions.size(), 2);
    QVERIFY(questions.at(0).contains(QStringLiteral("web-1")));
    QTest::qWait(50);
    QCOMPARE(m_aws->callCount(Operation::Control), 0);
    QCOMPARE(m_aws->callCount(Operation::Delete), 0);

    view->setConfirmHandler([](const QString&) { return true; });
    findAction(view->actionsFor(vmIndex(), &owner), QStringLiteral("deleteAction"))->trigger();
    QTRY_COMPARE(m_aws->callCount(Operation::Delete, ResourceKind::Vm), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!vmIndex().isValid(), 10000); // the row goes once the cloud confirms
}

void TestMainWindow::cancelButtonCancelsRunningJob()
{
    expandToVm();
    m_aws->setHoldCalls(true); // the cloud never answers
    ResourceTreeView* view = m_window->resourceTree();
    QObject owner;
    findAction(view->actionsFor(vmIndex(), &owner), QStringLiteral("suspendAction"))->trigger();
    QTRY_COMPARE(m_aws->heldCount(), 1);

    JobPanel* panel = m_window->findChild<JobPanel*>(QStringLiteral("jobPanel"));
    QVERIFY(panel);
    auto* cancel = panel->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel);
    const JobListModel* jobs = panel->model();
    const int row = jobs->rowCount() - 1;
    QCOMPARE(JobState(jobs->index(row, 0).data(JobListModel::StateRole).toInt()), JobState::Running);
    panel->selectJob(jobs->jobIdAt(row));
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(JobState(jobs->index(row, 0).data(JobListModel::StateRole).toInt()), JobState::Canceled);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(m_aws->callCount(Operation::Control), 1); // no retry after a cancel
}

void TestMainWindow::jobPanelShowsProgressOfLongJob()
{
    // A long job (a listing of many pages, say) reports progress; the panel shows it live.
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    JobRequest request;
    request.title = QStringLiteral("long listing");
    request.connection = QStringLiteral("aws-seoul");
    request.provider = QStringLiteral("aws");
    JobId id = 0;
    const QFuture<Result<int>> outcome = m_jobs->submit<int>(request, [promise] { return promise->future(); }, &id);
    JobPanel* panel = m_window->findChild<JobPanel*>(QStringLiteral("jobPanel"));
    QVERIFY(panel);
    const JobListModel* jobs = panel->model();
    const int row = jobs->rowCount() - 1;
    QCOMPARE(jobs->jobIdAt(row), id);
    m_jobs->setProgress(id, 3, 12);
    QTRY_COMPARE(jobs->index(row, JobListModel::ProgressColumn).data().toString(), QStringLiteral("3/12"));
    QCOMPARE(jobs->index(row, 0).data(JobListModel::ProgressValueRole).toInt(), 3);
    QCOMPARE(jobs->index(row, 0).data(JobListModel::ProgressMaximumRole).toInt(), 12);
    m_jobs->setProgress(id, 12, 12);
    QTRY_COMPARE(jobs->index(row, JobListModel::ProgressColumn).data().toString(), QStringLiteral("12/12"));
    promise->addResult(Result<int>(1));
    promise->finish();
    QTRY_VERIFY(outcome.isFinished());
    QTRY_COMPARE(JobState(jobs->index(row, 0).data(JobListModel::StateRole).toInt()), JobState::Succeeded);
}

void TestMainWindow::failedJobShowsProviderErrorVerbatim()
{
    expandToVm();
    const QString message
        = QStringLiteral("You have requested more vCPU capacity than your current vCPU limit of 32 allows");
    m_aws->failNext(Operation::Control, 1,
        CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("VcpuLimitExceeded"), message));
    QObject owner;
    findAction(m_window->resourceTree()->actionsFor(vmIndex(), &owner), QStringLiteral("rebootAction"))->trigger();
    JobPanel* panel = m_window->jobPanel();
    const JobListModel* jobs = panel->model();
    QTRY_VERIFY(jobRowWithTitle(QStringLiteral("web-1")) >= 0);
    const int row = jobRowWithTitle(QStringLiteral("web-1"));
    QTRY_COMPARE(JobState(jobs->index(row, 0).data(JobListModel::StateRole).toInt()), JobState::Failed);
    panel->selectJob(jobs->jobIdAt(row));
    auto* details = panel->findChild<QWidget*>(QStringLiteral("jobErrorDetails"));
    QVERIFY(details);
    const QString text = details->property("plainText").toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("VcpuLimitExceeded")), qPrintable(text));
}

void TestMainWindow::createDialogQueuesCreate()
{
    CreateResourceDialog* dialog = m_window->openCreateDialog(QStringLiteral("aws-seoul"), ResourceKind::KeyPair);
    QVERIFY(dialog);
    QString error;
    QVERIFY(!dialog->buildRequest(&error)); // no name yet
    QVERIFY(!error.isEmpty());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("keyPairNameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("deploy-key"));
    dialog->accept();
    QTRY_COMPARE(m_aws->callCount(Operation::Create, ResourceKind::KeyPair), 1);
    QVERIFY(m_aws->resource(ResourceKind::KeyPair, QStringLiteral("deploy-key")).has_value());
    QTRY_VERIFY(jobRowWithTitle(QStringLiteral("deploy-key")) >= 0);

    // A VM's choices come from the connection.
    CreateResourceDialog* vmDialog = m_window->openCreateDialog(QStringLiteral("aws-seoul"), ResourceKind::Vm);
    QTRY_VERIFY_WITH_TIMEOUT(!vmDialog->isLoadingChoices(), 10000);
    QTest::keyClicks(vmDialog->findChild<QLineEdit*>(QStringLiteral("vmNameEdit")), QStringLiteral("api-1"));
    const std::optional<Resource> request = vmDialog->buildRequest(&error);
    QVERIFY2(request, qPrintable(error));
    const VmInfo* vm = request->as<VmInfo>();
    QVERIFY(vm);
    QCOMPARE(vm->specName, QStringLiteral("t3.small"));
    QCOMPARE(vm->imageName, QStringLiteral("ami-0123"));
    QCOMPARE(vm->subnetIid.nameId, QStringLiteral("sub-a"));
    vmDialog->reject();
}

void TestMainWindow::createImageFromVmContextMenu()
{
    expandToVm();
    QObject owner;
    QAction* image = findAction(m_window->resourceTree()->actionsFor(vmIndex(), &owner), QStringLiteral("createImageAction"));
    QVERIFY(image);
    QVERIFY(image->isEnabled()); // web-1 is running
    image->trigger();
    auto* dialog = m_window->findChild<CreateResourceDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ResourceKind::MyImage);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingChoices(), 10000);
    QString error;
    const std::optional<Resource> request = dialog->buildRequest(&error);
    QVERIFY2(request, qPrintable(error));
    const MyImageInfo* info = request->as<MyImageInfo>();
    QVERIFY(info);
    QCOMPARE(info->sourceVm.nameId, QStringLiteral("web-1"));
    QVERIFY2(info->iid.nameId.startsWith(QStringLiteral("web-1-image-")), qPrintable(info->iid.nameId));
    QVERIFY(!info->extra.contains(QStringLiteral("generalize"))); // only Azure asks for it
    dialog->accept();
    QTRY_COMPARE(m_aws->callCount(Operation::Create, ResourceKind::MyImage), 1);
}

void TestMainWindow::createDialogBuildsDiskAndLoadBalancer()
{
    CreateResourceDialog* dialog = m_window->openCreateDialog(QStringLiteral("aws-seoul"), ResourceKind::Nlb);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingChoices(), 10000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nlbNameEdit")), QStringLiteral("web-lb"));
    QString error;
    QVERIFY(!dialog->buildRequest(&error)); // no VM checked yet
    QVERIFY2(error.contains(QStringLiteral("VM")), qPrintable(error));
    auto* vms = dialog->findChild<QListWidget*>(QStringLiteral("nlbVmList"));
    QVERIFY(vms);
    QCOMPARE(vms->count(), 1); // the VMs of net-1
    vms->item(0)->setCheckState(Qt::Checked);
    dialog->findChild<QSpinBox*>(QStringLiteral("nlbListenerPortSpin"))->setValue(8080);
    std::optional<Resource> request = dialog->buildRequest(&error);
    QVERIFY2(request, qPrintable(error));
    const NlbInfo* nlb = request->as<NlbInfo>();
    QVERIFY(nlb);
    QCOMPARE(nlb->vpcIid.nameId, QStringLiteral("net-1"));
    QCOMPARE(nlb->vms.size(), 1);
    QCOMPARE(nlb->vms.constFirst().nameId, QStringLiteral("web-1"));
    QCOMPARE(nlb->listenerPort, 8080);
    QCOMPARE(nlb->vmGroupPort, 8080); // suggested from the listener
    QCOMPARE(nlb->type, QStringLiteral("PUBLIC"));
    // To look at the page as a user sees it (like rendersSomething's BARISTA_SCREENSHOT).
    if (const QString path = qEnvironmentVariable("BARISTA_DIALOG_SCREENSHOT"); !path.isEmpty())
        dialog->grab().toImage().save(path);

    dialog->setKind(ResourceKind::Disk);
    QVERIFY(!dialog->buildRequest(&error));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("diskNameEdit")), QStringLiteral("data-1"));
    dialog->findChild<QSpinBox*>(QStringLiteral("diskSizeSpin"))->setValue(50);
    request = dialog->buildRequest(&error);
    QVERIFY2(request, qPrintable(error));
    const DiskInfo* disk = request->as<DiskInfo>();
    QVERIFY(disk);
    QCOMPARE(disk->iid.nameId, QStringLiteral("data-1"));
    QCOMPARE(disk->sizeGb, 50);
    QVERIFY(disk->diskType.isEmpty()); // the cloud's default
    dialog->accept();
    QTRY_COMPARE(m_aws->callCount(Operation::Create, ResourceKind::Disk), 1);
}

void TestMainWindow::layoutIsSavedAndRestored()
{
    QVERIFY(m_window->jobDock()->isVisible());
    m_window->jobDock()->hide();
    m_window->close(); // saves
    auto second = std::make_unique<MainWindow>(m_connections.get(), m_service.get(), m_jobs.get());
    QVERIFY(!second->jobDock()->isVisibleTo(second.get()));
    QVERIFY(second->resourceDock()->isVisibleTo(second.get()));
    second->jobDock()->show();
    second->close();
}

void TestMainWindow::rendersSomething()
{
    expandToVm();
    m_window->resourceTree()->setCurrentIndex(m_window->resourceTree()->fromSource(vmIndex()));
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "the window rendered (almost) a single colour");
    if (const QString path = qEnvironmentVariable("BARISTA_SCREENSHOT"); !path.isEmpty())
        image.save(path);
}

void TestMainWindow::decoratingProxyPassesModelTester()
{
    // The view's icon-adding proxy is an item model too. The tester fetches everything it can
    // reach, so it also drives the lazy loading through the proxy.
    QAbstractItemModel* proxy = m_window->resourceTree()->model();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_VERIFY(m_aws->callCount(Operation::List) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    QVERIFY(proxy->rowCount() > 0);
    const QModelIndex provider = proxy->index(0, 0);
    QVERIFY(!provider.data(Qt::DecorationRole).isNull());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
