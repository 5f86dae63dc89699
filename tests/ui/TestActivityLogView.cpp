// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ActivityLogModel.h"
#include "ui/jobs/ActivityLogFilter.h"
#include "ui/jobs/ActivityLogView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Barista;

namespace {

using Level = ActivityLogModel::Level;

ActivityLogModel::Entry entry(Level level, const QString& connection, const QString& provider, const QString& message)
{
    ActivityLogModel::Entry e;
    e.timeMs = 1'700'000'000'000;
    e.level = level;
    e.connection = connection;
    e.provider = provider;
    e.message = message;
    return e;
}

QStringList visibleMessages(const QTableView* table)
{
    QStringList messages;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        messages.append(model->index(row, ActivityLogModel::MessageColumn).data().toString());
    return messages;
}

} // namespace

class TestActivityLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textFilterMatchesAnyColumn();
    void levelFilterNarrows();
    void copiesSelectedRows();
    void followsNewestUnlessScrolledUp();

private:
    ActivityLogModel* m_model = nullptr;
    ActivityLogView* m_view = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_level = nullptr;
    QTableView* m_table = nullptr;
};

void TestActivityLogView::init()
{
    m_model = new ActivityLogModel;
    m_model->append(
        entry(Level::Info, QStringLiteral("aws-seoul"), QStringLiteral("aws"), QStringLiteral("Queued: List VMs")));
    m_model->append(entry(Level::Warning, QStringLiteral("aws-seoul"), QStringLiteral("aws"),
        QStringLiteral("Attempt 1 of 5 failed, retrying: List VMs — [RequestLimitExceeded] slow down")));
    m_model->append(entry(Level::Error, QStringLiteral("azure-korea"), QStringLiteral("azure"),
        QStringLiteral("Failed: Create VM web-1 — [QuotaExceeded] Operation could not be completed")));
    m_model->append(entry(
        Level::Info, QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"), QStringLiteral("Succeeded: Sync regions")));
    m_model->append(entry(
        Level::Warning, QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"), QStringLiteral("Canceled: Sync specs")));
    m_model->flush();
    m_view = new ActivityLogView(m_model);
    m_text = m_view->findChild<QLineEdit*>(QStringLiteral("activityFilter"));
    m_level = m_view->findChild<QComboBox*>(QStringLiteral("activityLevel"));
    m_table = m_view->findChild<QTableView*>(QStringLiteral("activityTable"));
    QVERIFY(m_text);
    QVERIFY(m_level);
    QVERIFY(m_table);
    QCOMPARE(m_view->objectName(), QStringLiteral("activityLog"));
}

void TestActivityLogView::cleanup()
{
    delete m_view;
    delete m_model;
    m_view = nullptr;
    m_model = nullptr;
}

void TestActivityLogView::textFilterMatchesAnyColumn()
{
    QCOMPARE(m_table->model()->rowCount(), 5);
    // The connection column, whatever the case.
    QTest::keyClicks(m_text, QStringLiteral("SEOUL"));
    QCOMPARE(visibleMessages(m_table),
        (QStringList { QStringLiteral("Queued: List VMs"),
            QStringLiteral("Attempt 1 of 5 failed, retrying: List VMs — [RequestLimitExceeded] slow down") }));
    // The provider column.
    m_text->clear();
    QTest::keyClicks(m_text, QStringLiteral("Gcp"));
    QCOMPARE(m_table->model()->rowCount(), 2);
    // The message column, including the provider's error code; no regex surprises from brackets.
    m_text->clear();
    QTest::keyClicks(m_text, QStringLiteral("[quotaexceeded]"));
    QCOMPARE(visibleMessages(m_table),
        QStringList { QStringLiteral("Failed: Create VM web-1 — [QuotaExceeded] Operation could not be completed") });
    // The level column's text.
    m_text->clear();
    QTest::keyClicks(m_text, QStringLiteral("warning"));
    QCOMPARE(m_table->model()->rowCount(), 2);
    m_text->clear();
    QTest::keyClicks(m_text, QStringLiteral("nothing like this"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    m_text->clear();
    QCOMPARE(m_table->model()->rowCount(), 5);
}

void TestActivityLogView::levelFilterNarrows()
{
    QCOMPARE(m_level->count(), 3);
    m_level->setCurrentIndex(1);
    QCOMPARE(m_view->filter()->minimumLevel(), Level::Warning);
    QCOMPARE(m_table->model()->rowCount(), 3);
    m_level->setCurrentIndex(2);
    QCOMPARE(visibleMessages(m_table),
        QStringList { QStringLiteral("Failed: Create VM web-1 — [QuotaExceeded] Operation could not be completed") });
    // Level and text combine.
    m_level->setCurrentIndex(1);
    QTest::keyClicks(m_text, QStringLiteral("tokyo"));
    QCOMPARE(visibleMessages(m_table), QStringList { QStringLiteral("Canceled: Sync specs") });
    m_level->setCurrentIndex(0);
    QCOMPARE(m_table->model()->rowCount(), 2);

    // New rows are filtered as they arrive.
    m_model->append(
        entry(Level::Error, QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"), QStringLiteral("Failed: Delete VPC")));
    m_model->append(
        entry(Level::Info, QStringLiteral("aws-ohio"), QStringLiteral("aws"), QStringLiteral("Started: tokyo sync")));
    m_model->flush();
    QCOMPARE(m_table->model()->rowCount(), 4);
    m_level->setCurrentIndex(2);
    QCOMPARE(visibleMessages(m_table), QStringList { QStringLiteral("Failed: Delete VPC") });
}

void TestActivityLogView::copiesSelectedRows()
{
    QAction* copy = m_view->findChild<QAction*>(QStringLiteral("activityCopy"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    m_level->setCurrentIndex(1); // rows: the retry, the failure, the cancel
    QItemSelectionModel* selection = m_table->selectionModel();
    selection->select(m_table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(m_table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(copy->isEnabled());
    const QString time = m_table->model()->index(0, ActivityLogModel::TimeColumn).data().toString();
    QVERIFY(!time.isEmpty());
    const QString expected
        = QStringList { QStringList { time, QStringLiteral("Warning"), QStringLiteral("aws-seoul"),
                            QStringLiteral("aws"),
                            QStringLiteral(
                                "Attempt 1 of 5 failed, retrying: List VMs — [RequestLimitExceeded] slow down") }
                            .join(QLatin1Char('\t')),
              QStringList { time, QStringLiteral("Warning"), QStringLiteral("gcp-tokyo"), QStringLiteral("gcp"),
                  QStringLiteral("Canceled: Sync specs") }
                  .join(QLatin1Char('\t')) }
              .join(QLatin1Char('\n'));
    QCOMPARE(m_view->selectedRowsText(), expected);
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestActivityLogView::followsNewestUnlessScrolledUp()
{
    m_view->resize(600, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    auto addRows = [this](int from, int count) {
        for (int i = from; i < from + count; ++i)
            m_model->append(
                entry(Level::Info, QStringLiteral("c"), QStringLiteral("aws"), QStringLiteral("row %1").arg(i)));
        m_model->flush();
        QCoreApplication::processEvents();
    };
    QScrollBar* bar = m_table->verticalScrollBar();
    addRows(0, 100);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(m_view->isFollowingNewest());

    // Reading older rows: new ones do not pull the view away.
    bar->setValue(bar->minimum());
    QVERIFY(!m_view->isFollowingNewest());
    addRows(100, 50);
    QCOMPARE(bar->value(), bar->minimum());
    QVERIFY(bar->value() < bar->maximum());

    // Back at the bottom, following resumes.
    bar->setValue(bar->maximum());
    QVERIFY(m_view->isFollowingNewest());
    addRows(150, 50);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(m_table->model()->rowCount(), 205);
}

QTEST_MAIN(TestActivityLogView)
#include "TestActivityLogView.moc"
