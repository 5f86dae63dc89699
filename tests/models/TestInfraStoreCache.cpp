// SPDX-License-Identifier: GPL-3.0-or-later
// InfraStore::nodes() answers from a cache: it must always equal what a fresh read of the
// database gives, after this store's own writes, another store's writes on the same thread
// (same database connection) and writes of another connection.

#include "models/infra/InfraStore.h"
#include "models/workspace/Workspace.h"
#include "tests/support/ScratchDir.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

InfraNode node(const QString& infra, const QString& group, int index)
{
    InfraNode n;
    n.infra = infra;
    n.group = group;
    n.name = group + QLatin1Char('-') + QString::number(index);
    n.connection = QStringLiteral("aws-ap-northeast-2");
    n.provider = QStringLiteral("aws");
    n.region = QStringLiteral("ap-northeast-2");
    n.specName = QStringLiteral("t3.micro");
    n.vmName = infra + QLatin1Char('-') + n.name;
    return n;
}

/// Everything a node row holds, as one comparable string.
QStringList rows(const QList<InfraNode>& nodes)
{
    QStringList out;
    for (const InfraNode& n : nodes) {
        out.append(QString::fromUtf8(QJsonDocument(n.toJson()).toJson(QJsonDocument::Compact))
                   + QLatin1Char(' ') + QString::number(n.updatedMs));
    }
    return out;
}

} // namespace

class TestInfraStoreCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ownWritesAreSeen();
    void anotherStoreOnTheSameConnectionIsSeen();
    void anotherConnectionIsSeen();
    void removeInfraForgetsItsNodes();
    void lateSavesAreSeenThenCommitted();

private:
    /// What a store that never read before answers.
    QList<InfraNode> freshNodes(const QString& infra);

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<InfraStore> m_store;
};

void TestInfraStoreCache::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_workspace = std::make_unique<Workspace>(m_dir->path());
    QString error;
    QVERIFY2(m_workspace->open(&error), qPrintable(error));
    m_store = std::make_unique<InfraStore>(m_workspace.get());
    InfraRecord record;
    record.name = QStringLiteral("web");
    record.spec.name = record.name;
    QList<InfraNode> nodes;
    for (int i = 1; i <= 9; ++i)
        nodes.append(node(record.name, QStringLiteral("g"), i));
    QVERIFY(m_store->create(record, nodes, {}, &error));
}

void TestInfraStoreCache::cleanup()
{
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

QList<InfraNode> TestInfraStoreCache::freshNodes(const QString& infra)
{
    InfraStore fresh(m_workspace.get());
    return fresh.nodes(infra);
}

void TestInfraStoreCache::ownWritesAreSeen()
{
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 9);
    InfraNode third = m_store->nodes(QStringLiteral("web")).at(2);
    third.status = QStringLiteral("Running");
    third.systemId = QStringLiteral("i-3");
    third.publicIp = QStringLiteral("3.3.3.3");
    QVERIFY(m_store->saveNode(third));
    QVERIFY(m_store->saveNode(node(QStringLiteral("web"), QStringLiteral("g"), 10))); // sorts after g-9
    QVERIFY(m_store->saveNode(node(QStringLiteral("web"), QStringLiteral("a"), 1))); // a group before g
    QVERIFY(m_store->removeNodes(QStringLiteral("web"), {QStringLiteral("g-5")}));

    const QList<InfraNode> cached = m_store->nodes(QStringLiteral("web"));
    QCOMPARE(rows(cached), rows(freshNodes(QStringLiteral("web"))));
    QCOMPARE(cached.size(), 10);
    QCOMPARE(cached.constFirst().name, QStringLiteral("a-1"));
    QCOMPARE(cached.constLast().name, QStringLiteral("g-10"));
    QCOMPARE(cached.at(3).name, QStringLiteral("g-3"));
    QCOMPARE(cached.at(3).status, QStringLiteral("Running"));
    QCOMPARE(cached.at(3).publicIp, QStringLiteral("3.3.3.3"));

    // Many at once (read back whole rather than one by one).
    QList<InfraNode> all = cached;
    for (InfraNode& n : all)
        n.status = QStringLiteral("Terminating");
    for (int i = 11; i <= 50; ++i)
        all.append(node(QStringLiteral("web"), QStringLiteral("g"), i));
    QVERIFY(m_store->saveNodes(all));
    QCOMPARE(rows(m_store->nodes(QStringLiteral("web"))), rows(freshNodes(QStringLiteral("web"))));
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 50);
}

void TestInfraStoreCache::anotherStoreOnTheSameConnectionIsSeen()
{
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).status, QStringLiteral("Planned"));
    InfraStore other(m_workspace.get());
    InfraNode first = other.nodes(QStringLiteral("web")).at(0);
    first.status = QStringLiteral("Creating");
    QVERIFY(other.saveNode(first));
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).status, QStringLiteral("Creating"));
    QVERIFY(other.removeNodes(QStringLiteral("web"), {QStringLiteral("g-2")}));
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 8);
    QCOMPARE(rows(m_store->nodes(QStringLiteral("web"))), rows(freshNodes(QStringLiteral("web"))));
}

void TestInfraStoreCache::anotherConnectionIsSeen()
{
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).status, QStringLiteral("Planned"));
    {
        // Another process (or thread) writes through its own connection to the same file.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-process"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE infra_nodes SET status = 'Running' WHERE name = 'g-1'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM infra_nodes WHERE name = 'g-9'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-process"));
    const QList<InfraNode> nodes = m_store->nodes(QStringLiteral("web"));
    QCOMPARE(nodes.at(0).status, QStringLiteral("Running"));
    QCOMPARE(nodes.size(), 8);
}

void TestInfraStoreCache::removeInfraForgetsItsNodes()
{
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 9);
    QVERIFY(m_store->removeInfra(QStringLiteral("web")));
    QVERIFY(m_store->nodes(QStringLiteral("web")).isEmpty());
    InfraRecord again;
    again.name = QStringLiteral("web");
    again.spec.name = again.name;
    QString error;
    QVERIFY(m_store->create(again, {node(QStringLiteral("web"), QStringLiteral("h"), 1)}, {}, &error));
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 1);
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).name, QStringLiteral("h-1"));
}

void TestInfraStoreCache::lateSavesAreSeenThenCommitted()
{
    InfraNode first = m_store->nodes(QStringLiteral("web")).at(0);
    first.status = QStringLiteral("Running");
    first.systemId = QStringLiteral("i-1");
    m_store->saveNodeLater(first);
    // This store answers with it at once; the database has it a moment later.
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).status, QStringLiteral("Running"));
    QCOMPARE(m_store->nodes(QStringLiteral("web")).at(0).systemId, QStringLiteral("i-1"));
    QCOMPARE(freshNodes(QStringLiteral("web")).at(0).status, QStringLiteral("Planned"));
    QTRY_COMPARE(freshNodes(QStringLiteral("web")).at(0).status, QStringLiteral("Running"));
    QCOMPARE(rows(m_store->nodes(QStringLiteral("web"))), rows(freshNodes(QStringLiteral("web"))));

    // A late save never brings back a row removed after it.
    InfraNode second = m_store->nodes(QStringLiteral("web")).at(1);
    second.status = QStringLiteral("Running");
    m_store->saveNodeLater(second);
    QVERIFY(m_store->removeNodes(QStringLiteral("web"), {second.name}));
    QCoreApplication::processEvents();
    QCOMPARE(m_store->nodes(QStringLiteral("web")).size(), 8);
    QCOMPARE(rows(m_store->nodes(QStringLiteral("web"))), rows(freshNodes(QStringLiteral("web"))));

    // A synchronous save commits the late ones with it; a store going away commits its own.
    InfraNode third = m_store->nodes(QStringLiteral("web")).at(1);
    third.status = QStringLiteral("Suspended");
    m_store->saveNodeLater(third);
    InfraNode fourth = m_store->nodes(QStringLiteral("web")).at(2);
    fourth.status = QStringLiteral("Failed");
    QVERIFY(m_store->saveNode(fourth));
    QCOMPARE(freshNodes(QStringLiteral("web")).at(1).status, QStringLiteral("Suspended"));
    InfraNode fifth = m_store->nodes(QStringLiteral("web")).at(3);
    fifth.status = QStringLiteral("Suspended");
    m_store->saveNodeLater(fifth);
    m_store.reset();
    QCOMPARE(freshNodes(QStringLiteral("web")).at(3).status, QStringLiteral("Suspended"));
}

QTEST_GUILESS_MAIN(TestInfraStoreCache)
#include "TestInfraStoreCache.moc"
