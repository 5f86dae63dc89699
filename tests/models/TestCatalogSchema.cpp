// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogSchema.h"
#include "models/catalog/CatalogStore.h"
#include "tests/support/ScratchDir.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

using namespace Barista;
using Barista::Test::ScratchDir;

class TestCatalogSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testNewDatabaseGetsTheCurrentSchema();
    void testMigrationFromVersionOneKeepsData();
    void testNewerSchemaIsRefused();
    void testPriceZeroIsRejectedByTheSchema();
    void testStoreOpensWithWalAndBundle();
    void testStoreRefusesNewerSchema();

private:
    QStringList tables();
    bool exec(const QString& sql);

    ScratchDir* m_dir = nullptr;
    QSqlDatabase m_db;
};

void TestCatalogSchema::init()
{
    m_dir = new ScratchDir;
    QVERIFY(m_dir->isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-test"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(m_db.open());
}

void TestCatalogSchema::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("schema-test"));
    delete m_dir;
    m_dir = nullptr;
}

QStringList TestCatalogSchema::tables()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

bool TestCatalogSchema::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    if (!ok)
        qWarning("%s", qPrintable(query.lastError().text()));
    return ok;
}

void TestCatalogSchema::testNewDatabaseGetsTheCurrentSchema()
{
    QCOMPARE(CatalogSchema::version(m_db), 0);
    QString error;
    QVERIFY2(CatalogSchema::migrate(m_db, &error), qPrintable(error));
    QCOMPARE(CatalogSchema::version(m_db), CatalogSchema::CURRENT_VERSION);
    const QStringList names = tables();
    for (const char* table : { "providers", "regions", "zones", "specs", "images", "prices", "fetch_log", "spec_names",
             "image_names", "regions_fts", "spec_names_fts", "image_names_fts", "regions_rtree" })
        QVERIFY2(names.contains(QLatin1String(table)), table);
    // Migrating again is a no-op.
    QVERIFY(CatalogSchema::migrate(m_db, &error));
    QCOMPARE(CatalogSchema::version(m_db), CatalogSchema::CURRENT_VERSION);
}

void TestCatalogSchema::testMigrationFromVersionOneKeepsData()
{
    QString error;
    QVERIFY2(CatalogSchema::migrate(m_db, &error, 1), qPrintable(error));
    QCOMPARE(CatalogSchema::version(m_db), 1);
    QVERIFY(!tables().contains(QStringLiteral("prices")));
    QVERIFY(exec(QStringLiteral("INSERT INTO providers(id, platform) VALUES ('aws', 'aws')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO regions(provider, name, search_text, latitude, longitude)"
                                " VALUES ('aws', 'ap-northeast-2', 'aws seoul', 37.5, 127.0)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO spec_names(name, name_lc) VALUES ('t3.large', 't3.large')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO sources(name) VALUES ('test')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO specs(region_id, name_id, vcpu, price, source_id, fetched_at)"
                                " VALUES (1, 1, 2, 0.1, 1, 0)")));

    QVERIFY2(CatalogSchema::migrate(m_db, &error), qPrintable(error));
    QCOMPARE(CatalogSchema::version(m_db), 2);
    QVERIFY(tables().contains(QStringLiteral("prices")));
    QVERIFY(tables().contains(QStringLiteral("fetch_log")));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        QStringLiteral("SELECT s.vcpu, s.price, n.name FROM specs s JOIN spec_names n ON n.id = s.name_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(2).toString(), QStringLiteral("t3.large"));
    // The triggers of version 1 kept the indexes in step.
    QVERIFY(query.exec(QStringLiteral("SELECT rowid FROM regions_fts WHERE regions_fts MATCH '\"seoul\"'")));
    QVERIFY(query.next());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM regions_rtree WHERE min_lat > 37 AND max_lat < 38")));
    QVERIFY(query.next());
}

void TestCatalogSchema::testNewerSchemaIsRefused()
{
    QVERIFY(exec(QStringLiteral("PRAGMA user_version = 99")));
    QString error;
    QVERIFY(!CatalogSchema::migrate(m_db, &error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QCOMPARE(CatalogSchema::version(m_db), 99);
    QVERIFY(tables().isEmpty());
}

void TestCatalogSchema::testPriceZeroIsRejectedByTheSchema()
{
    QString error;
    QVERIFY(CatalogSchema::migrate(m_db, &error));
    QVERIFY(exec(QStringLiteral("INSERT INTO providers(id, platform) VALUES ('aws', 'aws')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO regions(provider, name) VALUES ('aws', 'r')")));
    QVERIFY(exec(QStringLiteral("INSERT INTO spec_names(name, name_lc) VALUES ('x', 'x')")));
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO specs(region_id, name_id, price, source_id, fetched_at)"
                                       " VALUES (1, 1, 0, 1, 0)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO specs(region_id, name_id, price, source_id, fetched_at)"
                                      " VALUES (1, 1, NULL, 1, 0)")));
}

void TestCatalogSchema::testStoreOpensWithWalAndBundle()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    {
        CatalogStore store(path);
        QString error;
        QVERIFY2(store.openAndWait(&error), qPrintable(error));
        QCOMPARE(store.stats().schemaVersion, CatalogSchema::CURRENT_VERSION);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-wal"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM regions WHERE is_global = 0")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 196);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'bundle_fingerprint'")));
        QVERIFY(query.next());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("schema-wal"));
}

void TestCatalogSchema::testStoreRefusesNewerSchema()
{
    QVERIFY(exec(QStringLiteral("PRAGMA user_version = 7")));
    CatalogStore store(m_db.databaseName());
    QString error;
    QVERIFY(!store.openAndWait(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
    QVERIFY(!store.search(QStringLiteral("seoul")).ok());
}

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "TestCatalogSchema.moc"
