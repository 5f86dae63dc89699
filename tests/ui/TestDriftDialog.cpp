// SPDX-License-Identifier: GPL-3.0-or-later
// The drift dialog over a fake cloud: its tabs show the three groups, its buttons follow the
// selection, and every action asks first.
#include "models/infra/DriftReport.h"
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
#include "tests/support/TestAwait.h"
#include "ui/infra/DriftDialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {
const QString C1 = QStringLiteral("c1");

Resource vpc(const QString& name)
{
    VpcInfo v;
    v.iid.nameId = name;
    v.ipv4Cidr = QStringLiteral("10.0.0.0/16");
    return v;
}
} // namespace

class TestDriftDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testGroupsAndActions();
};

void TestDriftDialog::testGroupsAndActions()
{
    ScratchDir dir;
    Workspace workspace(dir.path());
    QVERIFY(workspace.open());
    ConnectionStore connections(&workspace);
    ConnectionConfig c;
    c.name = C1;
    c.provider = QStringLiteral("aws");
    c.region = QStringLiteral("ap-northeast-2");
    QVERIFY(connections.add(c));
    Journal journal(&workspace);
    SystemClock clock;
    JobQueue jobs(&clock);
    FakeProviderFactory factory;
    ProviderRegistry registry(&factory, &connections);
    ResourceService service(&registry, &jobs, &journal);
    InfraStore infra(&workspace);
    DriftReport drift(&service, &journal, &infra, &registry);
    FakeCloudProvider* cloud = factory.provider(C1);
    for (const QString& name : { QStringLiteral("net"), QStringLiteral("stale") }) {
        QFuture<Result<Resource>> f = service.create(C1, vpc(name));
        QVERIFY(Test::waitFor(f) && f.result().ok());
    }
    QVERIFY(cloud->removeResource(ResourceKind::Vpc, QStringLiteral("stale")));
    cloud->addResource(vpc(QStringLiteral("theirs")));

    DriftDialog dialog(&connections, &drift);
    QStringList questions;
    bool answer = false;
    dialog.setConfirmation([&](const QString& q) {
        questions << q;
        return answer;
    });
    QSignalSpy refreshed(&dialog, &DriftDialog::refreshed);
    dialog.show();
    QTRY_COMPARE(refreshed.count(), 1);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("groupTabs"));
    auto* adopt = dialog.findChild<QPushButton*>(QStringLiteral("adoptButton"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    auto* forget = dialog.findChild<QPushButton*>(QStringLiteral("forgetButton"));
    QVERIFY(tabs && adopt && remove && forget);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Mapped (1)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Only ours (1)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Only in the cloud (1)"));
    QVERIFY(!adopt->isEnabled() && !remove->isEnabled() && !forget->isEnabled()); // nothing selected

    // Only in the cloud: adopt or delete, not forget. Saying no does nothing.
    QVERIFY(dialog.selectItem(QStringLiteral("theirs")));
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(adopt->isEnabled() && remove->isEnabled() && !forget->isEnabled());
    const qsizetype entries = journal.entries().size();
    adopt->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QLatin1String("theirs")));
    QCOMPARE(journal.entries().size(), entries);
    answer = true;
    QSignalSpy finished(&dialog, &DriftDialog::actionFinished);
    adopt->click();
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Mapped (2)"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Only in the cloud (0)"));

    // Only ours: forget only.
    QVERIFY(dialog.selectItem(QStringLiteral("stale")));
    QVERIFY(!adopt->isEnabled() && !remove->isEnabled() && forget->isEnabled());
    forget->click();
    QTRY_COMPARE(refreshed.count(), 3);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Only ours (0)"));

    // Mapped: delete goes to the cloud as a job, and the view follows.
    QVERIFY(dialog.selectItem(QStringLiteral("net")));
    QVERIFY(!adopt->isEnabled() && remove->isEnabled() && !forget->isEnabled());
    remove->click();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QTRY_COMPARE(refreshed.count(), 4);
    QVERIFY(!cloud->resource(ResourceKind::Vpc, QStringLiteral("net")));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Mapped (1)"));
    QCOMPARE(dialog.snapshot().find(QStringLiteral("theirs")).size(), 1);
}

QTEST_MAIN(TestDriftDialog)
#include "TestDriftDialog.moc"
