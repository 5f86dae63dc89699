// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/items/CatalogResultModel.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"
#include "ui/catalog/CatalogPanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Barista;
using Model = CatalogResultModel;
using Barista::Test::ScratchDir;

class TestCatalogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void typedQueryShowsResults();
    void gpuQueryShowsOnlyGpuRows();
    void badQueryShowsErrorAtColumn();
    void useThisSpecEmitsSelectedId();
    void staleResultNeverOverwritesNewer();
    void uiThreadRunsDuringSearch();
    void querySortOverridesHeaderSort();
    void placeQueryShowsRegions();
    void regionFilterNarrows();
    void screenshot();

private:
    QLineEdit* box() const { return m_panel->findChild<QLineEdit*>(QStringLiteral("catalogSearch")); }
    QTableView* table() const { return m_panel->findChild<QTableView*>(QStringLiteral("catalogResults")); }
    /// Waits until every search queued so far has run: the store has one reader thread, so a
    /// later search finishing means the earlier ones have, and their results were posted.
    void drainSearches();

    ScratchDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    CatalogPanel* m_panel = nullptr;
};

void TestCatalogPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CatalogStore::Options options;
    options.readerThreads = 1;
    m_store = std::make_unique<CatalogStore>(m_dir.filePath(QStringLiteral("catalog.sqlite")), options);
    QString error;
    QVERIFY2(m_store->openAndWait(&error), qPrintable(error));
}

void TestCatalogPanel::cleanupTestCase()
{
    m_store.reset();
}

void TestCatalogPanel::init()
{
    m_panel = new CatalogPanel(m_store.get());
    m_panel->resize(1200, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QVERIFY(box());
    QVERIFY(table());
    QCOMPARE(table()->model(), m_panel->model());
    QVERIFY(!box()->placeholderText().isEmpty());
}

void TestCatalogPanel::cleanup()
{
    drainSearches();
    delete m_panel;
    m_panel = nullptr;
}

void TestCatalogPanel::drainSearches()
{
    QVERIFY(Test::waitFor(m_store->searchAsync(QStringLiteral("limit:1"))));
    QCoreApplication::processEvents();
}

void TestCatalogPanel::typedQueryShowsResults()
{
    QTest::keyClicks(box(), QStringLiteral("vcpu>=2 mem>=8"));
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
    QVERIFY(table()->isSortingEnabled());
    QLabel* count = m_panel->findChild<QLabel*>(QStringLiteral("catalogCount"));
    QVERIFY(count->text().contains(QString::number(m_panel->model()->totalCount())));
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        QVERIFY(m_panel->model()->specAt(row)->spec.vcpu >= 2);
}

void TestCatalogPanel::gpuQueryShowsOnlyGpuRows()
{
    QTest::keyClicks(box(), QStringLiteral("gpu:a100"));
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
    Model* model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString gpu = model->data(model->index(row, 0), Model::GpuModelRole).toString().toLower();
        QVERIFY2(gpu == QLatin1String("a100") || gpu.startsWith(QLatin1String("a100-")), qPrintable(gpu));
        QVERIFY(model->data(model->index(row, Model::GpuColumn))
                    .toString()
                    .contains(QLatin1String("A100"), Qt::CaseInsensitive));
    }
}

void TestCatalogPanel::badQueryShowsErrorAtColumn()
{
    QLabel* error = m_panel->findChild<QLabel*>(QStringLiteral("catalogError"));
    QVERIFY(error);
    QVERIFY(error->isHidden());
    QTest::keyClicks(box(), QStringLiteral("gpu:a100 vcpu>=x"));
    QTest::keyClick(box(), Qt::Key_Return);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("16")), qPrintable(error->text()));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    // Enter placed the selection on the offending text (column 16 = index 15).
    QCOMPARE(box()->selectionStart(), 15);
    QCOMPARE(box()->selectedText(), QStringLiteral("x"));

    // Fixing the query hides the error.
    box()->setText(QStringLiteral("gpu:a100 vcpu>=8"));
    m_panel->searchNow();
    QTRY_VERIFY(error->isHidden());
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
}

void TestCatalogPanel::useThisSpecEmitsSelectedId()
{
    auto* button = m_panel->findChild<QPushButton*>(QStringLiteral("useSpecButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(box(), QStringLiteral("gpu:any sort:price"));
    QTRY_VERIFY(m_panel->model()->rowCount() > 1);
    const QModelIndex second = m_panel->model()->index(1, 0);
    table()->selectionModel()->setCurrentIndex(second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(button->isEnabled());
    const QString expected = m_panel->model()->data(second, Model::SpecIdRole).toString();
    QVERIFY(expected.count(QLatin1Char('+')) == 2);
    auto* detailId = m_panel->findChild<QLabel*>(QStringLiteral("detailSpecId"));
    QCOMPARE(detailId->text(), expected);

    QSignalSpy chosen(m_panel, &CatalogPanel::specChosen);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), expected);
}

void TestCatalogPanel::staleResultNeverOverwritesNewer()
{
    QSignalSpy finished(m_panel, &CatalogPanel::searchFinished);
    box()->setText(QStringLiteral("gpu:none"));
    m_panel->searchNow();
    box()->setText(QStringLiteral("gpu:a100"));
    m_panel->searchNow();
    drainSearches(); // both searches have run and posted their results
    QCOMPARE(finished.count(), 1); // the gpu:none result was dropped
    QVERIFY(m_panel->model()->rowCount() > 0);
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        QVERIFY(!m_panel->model()->specAt(row)->spec.gpuModel.isEmpty());
}

void TestCatalogPanel::uiThreadRunsDuringSearch()
{
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    QSignalSpy finished(m_panel, &CatalogPanel::searchFinished);
    box()->setText(QStringLiteral("vcpu>=1 limit:20000"));
    m_panel->searchNow();
    // searchNow() returned before any result: the search runs on the store's reader thread.
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_panel->findChild<QLabel*>(QStringLiteral("catalogCount"))->text(), QStringLiteral("Searching…"));
    const int ticksAtStart = ticks;
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(ticks > ticksAtStart);
    QVERIFY(m_panel->model()->totalCount() > 0);
}

void TestCatalogPanel::querySortOverridesHeaderSort()
{
    QSignalSpy finished(m_panel, &CatalogPanel::searchFinished);
    box()->setText(QStringLiteral("gpu:any"));
    m_panel->searchNow();
    QTRY_COMPARE(finished.count(), 1);
    table()->sortByColumn(Model::VcpuColumn, Qt::DescendingOrder);
    QCOMPARE(m_panel->model()->sortColumn(), int(Model::VcpuColumn));
    // Header sort kept across a query without sort:
    box()->setText(QStringLiteral("gpu:any vcpu>=2"));
    m_panel->searchNow();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(m_panel->model()->sortColumn(), int(Model::VcpuColumn));
    // ... and dropped for one with sort:
    box()->setText(QStringLiteral("gpu:any sort:price"));
    m_panel->searchNow();
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(m_panel->model()->sortColumn(), -1);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), -1);
}

void TestCatalogPanel::placeQueryShowsRegions()
{
    box()->insert(QStringLiteral("서울")); // QTest::keyClicks types ASCII only
    QTRY_COMPARE(m_panel->model()->rowKind(), Model::RowKind::Region);
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
    QStringList keys;
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        keys.append(m_panel->model()->regionAt(row)->key());
    QVERIFY2(keys.contains(QLatin1String("aws-ap-northeast-2")), qPrintable(keys.join(QLatin1Char(' '))));
    table()->selectionModel()->setCurrentIndex(
        m_panel->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!m_panel->findChild<QPushButton*>(QStringLiteral("useSpecButton"))->isEnabled());
}

void TestCatalogPanel::regionFilterNarrows()
{
    QTest::keyClicks(box(), QStringLiteral("vcpu>=2"));
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
    const QStringList wanted { QStringLiteral("aws-ap-northeast-2"), QStringLiteral("gcp-asia-northeast3") };
    QSignalSpy finished(m_panel, &CatalogPanel::searchFinished);
    m_panel->setRegionFilter(wanted);
    QVERIFY(m_panel->effectiveQuery().contains(QLatin1String("region:aws/ap-northeast-2,gcp/asia-northeast3")));
    QTRY_COMPARE(finished.count(), 1);
    Model* model = m_panel->model();
    QVERIFY(model->totalCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(wanted.contains(model->data(model->index(row, 0), Model::RegionKeyRole).toString()));

    // A region: term in the box narrows together with the filter (an intersection, not a union).
    box()->setText(QStringLiteral("vcpu>=2 region:asia-northeast3"));
    m_panel->searchNow();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(model->totalCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->data(model->index(row, 0), Model::RegionKeyRole).toString(), wanted.at(1));
}

void TestCatalogPanel::screenshot()
{
    const QByteArray path = qgetenv("BARISTA_CATALOG_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set BARISTA_CATALOG_SCREENSHOT=/path.png to save a picture of the panel");
    QTest::keyClicks(box(), QStringLiteral("gpu:any vcpu>=8 sort:price"));
    QTRY_VERIFY(m_panel->model()->rowCount() > 2);
    table()->selectionModel()->setCurrentIndex(
        m_panel->model()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_panel->grab().save(QString::fromLocal8Bit(path)));
}

QTEST_MAIN(TestCatalogPanel)
#include "TestCatalogPanel.moc"
