// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraSpecReader.h"
#include "models/infra/InfraStore.h"
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
#include "ui/infra/InfraReviewView.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace Barista;
using Editor = InfraEditorDialog;
using Barista::Test::ScratchDir;

class TestInfraEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void loadsYamlIntoTheForm();
    void savedJsonReadsBackTheSame();
    void createNeedsAnOkReviewOfTheFormAsItIs();
    void invalidFormIsNotReviewed();
    void proposesCheapestSpecPerMapRegion();

private:
    QString cell(int row, int column) const;
    QPushButton* createButton() const { return m_editor->findChild<QPushButton*>(QStringLiteral("createInfraButton")); }
    bool reviewNow();

    ScratchDir m_catalogDir;
    std::unique_ptr<CatalogStore> m_catalog;
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
    std::unique_ptr<Editor> m_editor;
};

void TestInfraEditorDialog::initTestCase()
{
    QVERIFY(m_catalogDir.isValid());
    m_catalog = std::make_unique<CatalogStore>(m_catalogDir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(m_catalog->openAndWait(&error), qPrintable(error));
}

void TestInfraEditorDialog::cleanupTestCase()
{
    m_catalog.reset();
}

void TestInfraEditorDialog::init()
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
    m_factory->provider(c.name)->addResource(spec);
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
    m_reviewer = std::make_unique<InfraReviewer>(
        m_connections.get(), m_registry.get(), m_jobs.get(), m_service.get(), m_store.get(), m_catalog.get());
    m_editor = std::make_unique<Editor>(m_engine.get(), m_reviewer.get(), m_catalog.get());
}

void TestInfraEditorDialog::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isReviewing(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_jobs->activeCount() == 0 && m_jobs->queuedCount() == 0, 10000);
    m_editor.reset();
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

QString TestInfraEditorDialog::cell(int row, int column) const
{
    const QTableWidgetItem* item
        = m_editor->findChild<QTableWidget*>(QStringLiteral("nodeGroupTable"))->item(row, column);
    return item ? item->text() : QString();
}

bool TestInfraEditorDialog::reviewNow()
{
    QSignalSpy finished(m_editor.get(), &Editor::reviewFinished);
    m_editor->review();
    return (!finished.isEmpty() || finished.wait(10000)) && !finished.isEmpty();
}

void TestInfraEditorDialog::loadsYamlIntoTheForm()
{
    QString error;
    QVERIFY2(m_editor->loadFile(QStringLiteral(BARISTA_TEST_DATA_DIR "/infra/full.yaml"), &error), qPrintable(error));
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("infraNameEdit"))->text(), QStringLiteral("web-tier"));
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("infraDescriptionEdit"))->text(),
        QStringLiteral("Web servers in two clouds"));
    QCOMPARE(
        PartialFailurePolicy(m_editor->findChild<QComboBox*>(QStringLiteral("policyCombo"))->currentData().toInt()),
        PartialFailurePolicy::Rollback);
    auto* table = m_editor->findChild<QTableWidget*>(QStringLiteral("nodeGroupTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(0, Editor::NameColumn), QStringLiteral("web"));
    QCOMPARE(cell(0, Editor::SpecColumn), QStringLiteral("aws+ap-northeast-2+t3.small"));
    QCOMPARE(cell(0, Editor::ImageColumn), QStringLiteral("ami-01f71f215b23ba262"));
    QCOMPARE(table->item(0, Editor::SizeColumn)->data(Qt::EditRole).toInt(), 2);
    QCOMPARE(cell(0, Editor::ConnectionColumn), QString());
    QCOMPARE(cell(1, Editor::NameColumn), QStringLiteral("api"));
    QCOMPARE(cell(1, Editor::SizeColumn), QStringLiteral("3"));
    QCOMPARE(cell(1, Editor::ConnectionColumn), QStringLiteral("azure-koreacentral"));
    QVERIFY(!createButton()->isEnabled()); // nothing reviewed yet

    // What the form does not show (labels, disks, postCommands, rules) is kept.
    const std::optional<InfraSpec> file
        = InfraSpecReader::readFile(QStringLiteral(BARISTA_TEST_DATA_DIR "/infra/full.yaml"));
    QVERIFY(file);
    QCOMPARE(m_editor->spec(), *file);

    // A broken file leaves the form as it was and says why.
    ScratchDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("name: Not A Valid Name\nnodeGroups: []\n");
    out.close();
    QVERIFY(!m_editor->loadFile(broken, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(table->rowCount(), 2);
}

void TestInfraEditorDialog::savedJsonReadsBackTheSame()
{
    QVERIFY(m_editor->loadFile(QStringLiteral(BARISTA_TEST_DATA_DIR "/infra/full.yaml")));
    m_editor->findChild<QTableWidget*>(QStringLiteral("nodeGroupTable"))
        ->item(0, Editor::SizeColumn)
        ->setData(Qt::EditRole, 5);
    ScratchDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY2(m_editor->saveFile(path, &error), qPrintable(error));
    QList<InfraSpecError> errors;
    const std::optional<InfraSpec> saved = InfraSpecReader::readFile(path, &errors);
    QVERIFY(saved);
    QCOMPARE(saved->nodeGroups.first().nodeGroupSize, 5);
    QCOMPARE(*saved, m_editor->spec());
}

void TestInfraEditorDialog::createNeedsAnOkReviewOfTheFormAsItIs()
{
    InfraSpec spec;
    spec.name = QStringLiteral("api");
    NodeGroupSpec group;
    group.name = QStringLiteral("api");
    group.specId = QStringLiteral("aws+ap-northeast-2+t3.small");
    group.imageId = QStringLiteral("ubuntu-22.04");
    group.nodeGroupSize = 3;
    spec.nodeGroups.append(group);
    m_editor->setSpec(spec);
    QVERIFY(!createButton()->isEnabled());

    QVERIFY(reviewNow());
    QVERIFY(m_editor->lastReview());
    QVERIFY(m_editor->lastReview()->ok());
    QVERIFY(createButton()->isEnabled());
    auto* review = m_editor->reviewView()->table();
    QCOMPARE(review->topLevelItem(0)->text(InfraReviewView::GroupColumn), QStringLiteral("api"));
    QCOMPARE(review->topLevelItem(0)->text(InfraReviewView::ConnectionColumn), QStringLiteral("aws-seoul"));
    QCOMPARE(review->topLevelItem(0)->text(InfraReviewView::NodesColumn), QStringLiteral("3"));
    // The catalog's price, three times, in the total.
    const std::optional<CatalogSpec> catalogSpec = m_catalog->spec(group.specId);
    QVERIFY(catalogSpec && catalogSpec->spec.costPerHour);
    const QString total = QStringLiteral("$%1").arg(*catalogSpec->spec.costPerHour * 3, 0, 'f', 4);
    QVERIFY2(m_editor->reviewView()->summaryText().contains(total), qPrintable(m_editor->reviewView()->summaryText()));

    // Any edit after the review needs another one.
    m_editor->findChild<QTableWidget*>(QStringLiteral("nodeGroupTable"))
        ->item(0, Editor::SizeColumn)
        ->setData(Qt::EditRole, 4);
    QVERIFY(!createButton()->isEnabled());
    QVERIFY(reviewNow());
    QVERIFY(createButton()->isEnabled());
    m_editor->findChild<QLineEdit*>(QStringLiteral("infraNameEdit"))->setText(QStringLiteral("api2"));
    QVERIFY(!createButton()->isEnabled());

    // A spec the cloud does not offer is an error: still no Create.
    m_editor->findChild<QTableWidget*>(QStringLiteral("nodeGroupTable"))
        ->item(0, Editor::SpecColumn)
        ->setText(QStringLiteral("aws+ap-northeast-2+zz.unknown"));
    QVERIFY(reviewNow());
    QVERIFY(!m_editor->lastReview()->ok());
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(
        m_editor->reviewView()->table()->topLevelItem(0)->data(InfraReviewView::VerdictColumn, Qt::UserRole).toString(),
        QStringLiteral("error"));
}

void TestInfraEditorDialog::invalidFormIsNotReviewed()
{
    InfraSpec spec;
    spec.name = QStringLiteral("Bad Name");
    m_editor->setSpec(spec);
    QVERIFY(reviewNow());
    QVERIFY(!m_editor->lastReview());
    QVERIFY(!createButton()->isEnabled());
    QCOMPARE(m_editor->reviewView()->table()->topLevelItemCount(), 0);
    QVERIFY2(m_editor->reviewView()->summaryText().contains(QStringLiteral("name")),
        qPrintable(m_editor->reviewView()->summaryText()));
}

void TestInfraEditorDialog::proposesCheapestSpecPerMapRegion()
{
    // A refresh from the clouds gives the catalog the sizes the bundled rows lack.
    const auto offer = [](const QString& provider, const QString& region, const QString& name, int vcpu, double memory,
                           double price) {
        SpecInfo s;
        s.provider = provider;
        s.region = region;
        s.name = name;
        s.vcpu = vcpu;
        s.memoryGiB = memory;
        s.costPerHour = price;
        return s;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, QList<SpecInfo>>> offers = {
        { QStringLiteral("aws"),
            { offer(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("t3.small"), 2, 2, 0.026),
                offer(
                    QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("t3.medium"), 2, 4, 0.052),
                offer(QStringLiteral("aws"), QStringLiteral("ap-northeast-2"), QStringLiteral("m5.large"), 2, 8,
                    0.118) } },
        { QStringLiteral("gcp"),
            { offer(
                  QStringLiteral("gcp"), QStringLiteral("asia-northeast3"), QStringLiteral("e2-medium"), 2, 4, 0.0402),
                offer(QStringLiteral("gcp"), QStringLiteral("asia-northeast3"), QStringLiteral("e2-standard-2"), 2, 8,
                    0.0862),
                offer(QStringLiteral("gcp"), QStringLiteral("asia-northeast3"), QStringLiteral("e2-micro"), 2, 1,
                    0.0101) } },
    };
    for (const auto& [provider, specs] : offers) {
        QFuture<CatalogWriteResult> written = m_catalog->replaceSpecs(provider, specs, QStringLiteral("test"), now);
        written.waitForFinished();
        QVERIFY2(written.result().ok, qPrintable(written.result().error));
    }

    // Alibaba's bundled rows have no sizes: nothing is proposed there, and the editor says why.
    m_editor->setMapSelection({ QStringLiteral("aws/ap-northeast-2"), QStringLiteral("gcp/asia-northeast3"),
                                  QStringLiteral("alibaba/ap-northeast-2") },
        std::nullopt);
    auto* add = m_editor->findChild<QPushButton*>(QStringLiteral("addFromMapButton"));
    QVERIFY(add->isEnabled());
    QSignalSpy added(m_editor.get(), &Editor::proposalsAdded);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(added.wait(10000));
    const QString info = m_editor->findChild<QLabel*>(QStringLiteral("mapProposalInfo"))->text();
    QVERIFY2(added.first().at(0).toInt() == 2, qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("alibaba/ap-northeast-2: the catalog does not know")), qPrintable(info));

    // The cheapest with at least 2 vCPU and 4 GiB in each region, the cheaper region first.
    const InfraSpec spec = m_editor->spec();
    QCOMPARE(spec.nodeGroups.size(), 2);
    QCOMPARE(spec.nodeGroups.at(0).name, QStringLiteral("gcp-asia-northeast3"));
    QCOMPARE(spec.nodeGroups.at(0).specId, QStringLiteral("gcp+asia-northeast3+e2-medium"));
    QCOMPARE(spec.nodeGroups.at(1).name, QStringLiteral("aws-ap-northeast-2"));
    QCOMPARE(spec.nodeGroups.at(1).specId, QStringLiteral("aws+ap-northeast-2+t3.medium"));
    for (const NodeGroupSpec& g : spec.nodeGroups) {
        QVERIFY2(InfraSpecReader::isValidName(g.name), qPrintable(g.name));
        QCOMPARE(g.nodeGroupSize, 1);
    }
    QVERIFY(!createButton()->isEnabled()); // proposals are not reviewed yet
}

QTEST_MAIN(TestInfraEditorDialog)
#include "TestInfraEditorDialog.moc"
