// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/infra/InfraStore.h"
#include "models/items/InfraTreeModel.h"
#include "models/workspace/Workspace.h"
#include "tests/support/ScratchDir.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Barista;
using Model = InfraTreeModel;
using Barista::Test::ScratchDir;

namespace {

InfraNode node(const QString& infra, const QString& group, int n, const QString& status,
    const QString& connection = QStringLiteral("aws-seoul"))
{
    InfraNode node;
    node.infra = infra;
    node.group = group;
    node.name = QStringLiteral("%1-%2").arg(group).arg(n);
    node.connection = connection;
    node.provider = QStringLiteral("aws");
    node.region = QStringLiteral("ap-northeast-2");
    node.specName = group == QLatin1String("db") ? QStringLiteral("r5.large") : QStringLiteral("t3.small");
    node.imageId = QStringLiteral("ubuntu-22.04");
    node.vmName = infra + QLatin1Char('-') + node.name;
    node.status = status;
    return node;
}

InfraRecord record(const QString& name)
{
    InfraRecord r;
    r.name = name;
    r.spec.name = name;
    NodeGroupSpec g;
    g.name = QStringLiteral("web");
    g.specId = QStringLiteral("aws+ap-northeast-2+t3.small");
    g.imageId = QStringLiteral("ubuntu-22.04");
    r.spec.nodeGroups.append(g);
    return r;
}

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

/// True when index is parent or lies below it.
bool isUnder(QModelIndex index, const QModelIndex& parent)
{
    for (; index.isValid(); index = index.parent()) {
        if (index == parent)
            return true;
    }
    return false;
}

} // namespace

class TestInfraTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsInfrasGroupsAndNodes();
    void statusChangeUpdatesRowsInPlace();
    void otherInfrasAreNotTouched();
    void scaleInsertsAndRemovesNodeRows();
    void newAndRemovedInfras();
    void manyChangesAreCoalesced();
    void costsSumKnownPricesAndFlagUnknown();

private:
    void createInfra(const QString& name, const QList<InfraNode>& nodes);

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<InfraStore> m_store;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestInfraTreeModel::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_store = std::make_unique<InfraStore>(m_workspace.get());
    createInfra(QStringLiteral("shop"),
        { node(QStringLiteral("shop"), QStringLiteral("web"), 1, QStringLiteral("Running")),
            node(QStringLiteral("shop"), QStringLiteral("web"), 2, QStringLiteral("Running")),
            node(QStringLiteral("shop"), QStringLiteral("web"), 3, QStringLiteral("Creating")),
            node(QStringLiteral("shop"), QStringLiteral("db"), 1, QStringLiteral("Failed"),
                QStringLiteral("gcp-tokyo")) });
    createInfra(QStringLiteral("batch"),
        { node(QStringLiteral("batch"), QStringLiteral("worker"), 1, QStringLiteral("Suspended")) });
    m_model = std::make_unique<Model>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestInfraTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestInfraTreeModel::createInfra(const QString& name, const QList<InfraNode>& nodes)
{
    QString error;
    QVERIFY2(m_store->create(record(name), nodes, {}, &error), qPrintable(error));
}

void TestInfraTreeModel::showsInfrasGroupsAndNodes()
{
    QCOMPARE(childNames(*m_model, {}), (QStringList { QStringLiteral("batch"), QStringLiteral("shop") }));
    const QModelIndex shop = m_model->infraIndex(QStringLiteral("shop"));
    QCOMPARE(shop.row(), 1);
    QCOMPARE(m_model->index(1, Model::StatusColumn).data().toString(), QStringLiteral("Partial-Running:2 (R:2/4)"));
    QCOMPARE(shop.data(Model::StatusRole).toString(), QStringLiteral("Partial-Running"));
    QCOMPARE(m_model->index(1, Model::NodesColumn).data().toInt(), 4);
    QCOMPARE(shop.data(Model::SettledRole).toInt(), 3); // the Creating one is not settled
    QCOMPARE(childNames(*m_model, shop), (QStringList { QStringLiteral("db"), QStringLiteral("web") }));

    const QModelIndex web = m_model->groupIndex(QStringLiteral("shop"), QStringLiteral("web"));
    QCOMPARE(childNames(*m_model, web),
        (QStringList { QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3") }));
    QCOMPARE(m_model->index(web.row(), Model::StatusColumn, shop).data().toString(),
        QStringLiteral("Running 2, Creating 1"));
    QCOMPARE(m_model->index(web.row(), Model::ConnectionColumn, shop).data().toString(), QStringLiteral("aws-seoul"));

    const QModelIndex web3 = m_model->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-3"));
    QCOMPARE(web3.parent(), web);
    QCOMPARE(m_model->index(web3.row(), Model::StatusColumn, web).data().toString(), QStringLiteral("Creating"));
    QCOMPARE(web3.data(Model::NodeTypeRole).toInt(), int(Model::NodeType::Node));
    QCOMPARE(web3.data(Model::InfraRole).toString(), QStringLiteral("shop"));
    QCOMPARE(web3.data(Model::GroupRole).toString(), QStringLiteral("web"));
    QCOMPARE(
        m_model->index(0, Model::ConnectionColumn, m_model->groupIndex(QStringLiteral("shop"), QStringLiteral("db")))
            .data()
            .toString(),
        QStringLiteral("gcp-tokyo"));
}

void TestInfraTreeModel::statusChangeUpdatesRowsInPlace()
{
    const QPersistentModelIndex web3 = m_model->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-3"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy updated(m_model.get(), &Model::infraUpdated);

    InfraNode changed = node(QStringLiteral("shop"), QStringLiteral("web"), 3, QStringLiteral("Running"));
    changed.publicIp = QStringLiteral("203.0.113.7");
    QVERIFY(m_store->saveNode(changed));
    InfraNode failed
        = node(QStringLiteral("shop"), QStringLiteral("db"), 1, QStringLiteral("Failed"), QStringLiteral("gcp-tokyo"));
    failed.error = CloudError::make(CloudError::Kind::QuotaExceeded, QStringLiteral("QUOTA_EXCEEDED"),
        QStringLiteral("Quota 'CPUS' exceeded. Limit: 8.0 in region asia-northeast1."));
    QVERIFY(m_store->saveNode(failed));
    // Applied once the coalescing timer fires, without a call from the test.
    QVERIFY(updated.wait(5000));
    QCOMPARE(updated.count(), 1);

    QVERIFY(web3.isValid());
    QCOMPARE(web3.data().toString(), QStringLiteral("web-3"));
    QCOMPARE(web3.sibling(web3.row(), Model::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(web3.sibling(web3.row(), Model::PublicIpColumn).data().toString(), QStringLiteral("203.0.113.7"));
    QCOMPARE(m_model->infraIndex(QStringLiteral("shop"), Model::StatusColumn).data().toString(),
        QStringLiteral("Partial-Running:3 (R:3/4)"));
    const QModelIndex db1 = m_model->nodeIndex(QStringLiteral("shop"), QStringLiteral("db-1"), Model::ErrorColumn);
    QCOMPARE(db1.data().toString(),
        QStringLiteral("[QUOTA_EXCEEDED] Quota 'CPUS' exceeded. Limit: 8.0 in region asia-northeast1."));
    QCOMPARE(db1.data(Model::ErrorRole).toString(), db1.data().toString());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestInfraTreeModel::otherInfrasAreNotTouched()
{
    const QPersistentModelIndex batch = m_model->infraIndex(QStringLiteral("batch"));
    const QPersistentModelIndex worker = m_model->nodeIndex(QStringLiteral("batch"), QStringLiteral("worker-1"));
    const int batchReloads = m_model->reloadCount(QStringLiteral("batch"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

    QVERIFY(m_store->saveNode(node(QStringLiteral("shop"), QStringLiteral("web"), 3, QStringLiteral("Running"))));
    QVERIFY(m_store->setTarget(QStringLiteral("shop"), QStringLiteral("Suspend"), QStringLiteral("Suspended")));
    m_model->flush();

    QCOMPARE(m_model->reloadCount(QStringLiteral("batch")), batchReloads);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layout.count(), 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant>& args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        QVERIFY2(!isUnder(topLeft, batch), "a row of an unchanged infra was reported changed");
        QCOMPARE(topLeft.data(Model::InfraRole).toString(), QStringLiteral("shop"));
    }
    QVERIFY(worker.isValid());
    QCOMPARE(worker.data().toString(), QStringLiteral("worker-1"));
    QCOMPARE(
        m_model->infraIndex(QStringLiteral("shop"), Model::TargetColumn).data().toString(), QStringLiteral("Suspend"));

    // A save that changes nothing visible reports nothing.
    changed.clear();
    QVERIFY(m_store->saveNode(node(QStringLiteral("shop"), QStringLiteral("web"), 3, QStringLiteral("Running"))));
    m_model->flush();
    QCOMPARE(changed.count(), 0);
}

void TestInfraTreeModel::scaleInsertsAndRemovesNodeRows()
{
    const QModelIndex web = m_model->groupIndex(QStringLiteral("shop"), QStringLiteral("web"));
    const QPersistentModelIndex web1 = m_model->nodeIndex(QStringLiteral("shop"), QStringLiteral("web-1"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QList<InfraNode> more;
    for (int n = 4; n <= 11; ++n)
        more.append(node(QStringLiteral("shop"), QStringLiteral("web"), n, QStringLiteral("Planned")));
    QVERIFY(m_store->saveNodes(more));
    m_model->flush();
    QCOMPARE(m_model->rowCount(web), 11);
    // By number, not text: web-10 after web-9.
    QCOMPARE(m_model->index(9, 0, web).data().toString(), QStringLiteral("web-10"));
    QCOMPARE(m_model->index(1, Model::NodesColumn).data().toInt(), 12);
    QCOMPARE(m_model->index(1, 0).data(Model::SettledRole).toInt(), 3); // 3 settled of 12

    QVERIFY(m_store->removeNodes(QStringLiteral("shop"), { QStringLiteral("web-2"), QStringLiteral("web-11") }));
    m_model->flush();
    QCOMPARE(m_model->rowCount(web), 9);
    QCOMPARE(m_model->index(1, 0, web).data().toString(), QStringLiteral("web-3"));
    QVERIFY(web1.isValid());
    QCOMPARE(web1.row(), 0);

    // The last node of a group gone: the group goes too.
    QVERIFY(m_store->removeNodes(QStringLiteral("shop"), { QStringLiteral("db-1") }));
    m_model->flush();
    QCOMPARE(childNames(*m_model, m_model->infraIndex(QStringLiteral("shop"))), QStringList { QStringLiteral("web") });
    QCOMPARE(resets.count(), 0);
}

void TestInfraTreeModel::newAndRemovedInfras()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    createInfra(QStringLiteral("cache"),
        { node(QStringLiteral("cache"), QStringLiteral("redis"), 1, QStringLiteral("Planned")) });
    m_model->flush();
    QCOMPARE(childNames(*m_model, {}),
        (QStringList { QStringLiteral("batch"), QStringLiteral("cache"), QStringLiteral("shop") }));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(m_model->groupIndex(QStringLiteral("cache"), QStringLiteral("redis"))), 1);
    QCOMPARE(m_model->infraIndex(QStringLiteral("cache"), Model::StatusColumn).data().toString(),
        QStringLiteral("Creating:1 (R:0/1)"));

    QVERIFY(m_store->removeInfra(QStringLiteral("batch")));
    m_model->flush();
    QCOMPARE(childNames(*m_model, {}), (QStringList { QStringLiteral("cache"), QStringLiteral("shop") }));
    QVERIFY(!m_model->infraIndex(QStringLiteral("batch")).isValid());
}

void TestInfraTreeModel::manyChangesAreCoalesced()
{
    QList<InfraNode> nodes;
    for (int n = 1; n <= 500; ++n)
        nodes.append(node(QStringLiteral("big"), QStringLiteral("web"), n, QStringLiteral("Planned")));
    createInfra(QStringLiteral("big"), nodes);
    m_model->flush();
    const QModelIndex web = m_model->groupIndex(QStringLiteral("big"), QStringLiteral("web"));
    QCOMPARE(m_model->rowCount(web), 500);
    const QPersistentModelIndex last = m_model->index(499, 0, web);
    const int before = m_model->reloadCount(QStringLiteral("big"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // The engine saves nodes one by one as their VMs come up.
    m_tester.reset(); // its per-signal checks over 500 rows are what this test must not measure
    for (InfraNode& n : nodes) {
        n.status = QStringLiteral("Running");
        QVERIFY(m_store->saveNode(n));
    }
    QTRY_COMPARE(m_model->reloadCount(QStringLiteral("big")), before + 1);
    QCOMPARE(m_model->infraIndex(QStringLiteral("big"), Model::StatusColumn).data().toString(),
        QStringLiteral("Running:500 (R:500/500)"));
    QCOMPARE(last.sibling(last.row(), Model::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(resets.count(), 0);
    // One range for the 500 nodes, one for the group, one for the infra.
    QCOMPARE(changed.count(), 3);
}

void TestInfraTreeModel::costsSumKnownPricesAndFlagUnknown()
{
    const QPersistentModelIndex shop = m_model->infraIndex(QStringLiteral("shop"), Model::CostColumn);
    QCOMPARE(shop.data(Model::CostRole), QVariant()); // no lookup: nothing known
    QCOMPARE(shop.data().toString(), QStringLiteral("unknown"));

    int lookups = 0;
    m_model->setPriceLookup(
        [&lookups](const QString& provider, const QString& region, const QString& spec) -> std::optional<double> {
            ++lookups;
            if (provider == QLatin1String("aws") && region == QLatin1String("ap-northeast-2")
                && spec == QLatin1String("t3.small"))
                return 0.026;
            return std::nullopt;
        });
    // web: 3 billable nodes at 0.026; db-1 Failed (not billed); batch: Suspended (not billed).
    QCOMPARE(shop.data(Model::CostRole).toDouble(), 3 * 0.026);
    QCOMPARE(shop.data().toString(), QStringLiteral("$0.0780/h"));
    QCOMPARE(m_model->infraIndex(QStringLiteral("batch"), Model::CostColumn).data().toString(), QString());
    QCOMPARE(lookups, 2); // cached per spec

    // A billable node of an unknown spec is flagged, never counted as 0.
    QVERIFY(m_store->saveNode(
        node(QStringLiteral("shop"), QStringLiteral("db"), 1, QStringLiteral("Running"), QStringLiteral("gcp-tokyo"))));
    m_model->flush();
    QCOMPARE(shop.data(Model::UnknownPriceRole).toInt(), 1);
    QCOMPARE(shop.data().toString(), QStringLiteral("$0.0780/h + 1 unknown"));
    QCOMPARE(m_model->groupIndex(QStringLiteral("shop"), QStringLiteral("db"), Model::CostColumn).data().toString(),
        QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestInfraTreeModel)
#include "TestInfraTreeModel.moc"
