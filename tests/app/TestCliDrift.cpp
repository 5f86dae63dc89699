// SPDX-License-Identifier: GPL-3.0-or-later
// `barista drift` on the simulated cloud: a second workspace on the same simulated cloud
// (BARISTA_SIM_DB) makes the drift a colleague or a console would make behind our back.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QJsonArray>
#include <QTest>

using namespace Barista;
using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

namespace {
const QString AWS = QStringLiteral("aws-ap-northeast-2");

QString explain(const CliRunner::Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(3000), r.err.left(3000));
}

/// The names in one drift group of a `drift --json` answer, as "kind/name".
QStringList names(const QJsonObject& drift, const QString& group)
{
    QStringList out;
    for (const QJsonValue& v : drift.value(group).toArray()) {
        const QJsonObject item = v.toObject();
        out << item.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
                + item.value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString();
    }
    out.sort();
    return out;
}

QJsonObject item(const QJsonObject& drift, const QString& group, const QString& name)
{
    for (const QJsonValue& v : drift.value(group).toArray()) {
        if (v.toObject().value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString() == name)
            return v.toObject();
    }
    return QJsonObject();
}
} // namespace

class TestCliDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testBadInput_data();
    void testBadInput();
    void testDriftAdoptDeleteForget();

private:
    CliRunner::Run mine(const QStringList& args) const { return m_mine->run(args); }
    void createKeyPair(const CliRunner& cli, const QString& name);
    QJsonObject drift(const QStringList& extra = {});

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<ScratchDir> m_otherDir;
    std::unique_ptr<CliRunner> m_mine;
    std::unique_ptr<CliRunner> m_other; ///< another workspace on the same simulated cloud
};

void TestCliDrift::init()
{
    m_dir = std::make_unique<ScratchDir>();
    m_otherDir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid() && m_otherDir->isValid());
    m_mine = std::make_unique<CliRunner>(m_dir->path());
    m_other = std::make_unique<CliRunner>(m_otherDir->path());
    for (CliRunner* cli : { m_mine.get(), m_other.get() }) {
        cli->setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
        cli->setEnv(QStringLiteral("BARISTA_SIM_SEED"), QStringLiteral("7"));
    }
    // The first workspace's cloud is its default file; the second one is pointed at it.
    m_other->setEnv(QStringLiteral("BARISTA_SIM_DB"), m_dir->path() + QStringLiteral("/simcloud/cloud.sqlite"));
}

void TestCliDrift::createKeyPair(const CliRunner& cli, const QString& name)
{
    const CliRunner::Run r
        = cli.run({ QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS,
            QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("--name"), name });
    QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
}

QJsonObject TestCliDrift::drift(const QStringList& extra)
{
    const CliRunner::Run r = mine(
        QStringList { QStringLiteral("drift"), QStringLiteral("--connection"), AWS, QStringLiteral("--json") } + extra);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(explain(r)));
    return r.exitCode == 0 ? r.json() : QJsonObject();
}

void TestCliDrift::testBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString drift = QStringLiteral("drift");
    const QString conn = QStringLiteral("--connection");
    QTest::newRow("no connection") << QStringList { drift } << 2 << QStringLiteral("--connection is required");
    QTest::newRow("unknown connection") << QStringList { drift, conn, QStringLiteral("nope") } << 3
                                        << QStringLiteral("no connection named 'nope'");
    QTest::newRow("catalog kind") << QStringList { drift, conn, AWS, QStringLiteral("--kind"), QStringLiteral("spec") }
                                  << 2 << QStringLiteral("--kind 'spec'");
    QTest::newRow("two actions") << QStringList { drift, conn, AWS, QStringLiteral("--adopt"), QStringLiteral("a"),
        QStringLiteral("--forget"), QStringLiteral("b") }
                                 << 2 << QStringLiteral("cannot be used together");
    QTest::newRow("stray word") << QStringList { drift, conn, AWS, QStringLiteral("extra") } << 2
                                << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown id") << QStringList { drift, conn, AWS, QStringLiteral("--kind"), QStringLiteral("keypair"),
        QStringLiteral("--adopt"), QStringLiteral("ghost") }
                                << 3 << QStringLiteral("nothing named 'ghost'");
}

void TestCliDrift::testBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRunner::Run r = mine(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(explain(r)));
    QVERIFY2(r.err.contains(message), qPrintable(explain(r)));
}

void TestCliDrift::testDriftAdoptDeleteForget()
{
    const CliRunner::Run vpc = mine({ QStringLiteral("resource"), QStringLiteral("create"),
        QStringLiteral("--connection"), AWS, QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--name"),
        QStringLiteral("net-1"), QStringLiteral("--cidr"), QStringLiteral("10.0.0.0/16"), QStringLiteral("--subnet"),
        QStringLiteral("subnet-1=10.0.1.0/24") });
    QVERIFY2(vpc.exitCode == 0, qPrintable(explain(vpc)));
    createKeyPair(*m_mine, QStringLiteral("key-1"));
    createKeyPair(*m_mine, QStringLiteral("key-2"));
    // Before anything happens behind our back, what we made is all mapped.
    QJsonObject before = drift();
    QCOMPARE(names(before, QStringLiteral("mapped")),
        QStringList({ QStringLiteral("keypair/key-1"), QStringLiteral("keypair/key-2"), QStringLiteral("vpc/net-1") }));
    QVERIFY(names(before, QStringLiteral("onlyOurs")).isEmpty());

    // The other workspace deletes one of ours and makes two of its own.
    const CliRunner::Run removed
        = m_other->run({ QStringLiteral("resource"), QStringLiteral("delete"), QStringLiteral("--connection"), AWS,
            QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("key-1") });
    QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
    createKeyPair(*m_other, QStringLiteral("key-3"));
    createKeyPair(*m_other, QStringLiteral("key-4"));

    const QJsonObject after = drift();
    QCOMPARE(after.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("connection")).toString(), AWS);
    QVERIFY(after.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(names(after, QStringLiteral("mapped")),
        QStringList({ QStringLiteral("keypair/key-2"), QStringLiteral("vpc/net-1") }));
    QCOMPARE(names(after, QStringLiteral("onlyOurs")), QStringList({ QStringLiteral("keypair/key-1") }));
    const QStringList inCloud = names(after, QStringLiteral("onlyInCloud"));
    QVERIFY2(inCloud.contains(QStringLiteral("keypair/key-3")) && inCloud.contains(QStringLiteral("keypair/key-4")),
        qPrintable(inCloud.join(QLatin1Char(' '))));
    // Made by a Barista workspace (it carries a journal token), just not by this one.
    const QJsonObject key3 = item(after, QStringLiteral("onlyInCloud"), QStringLiteral("key-3"));
    QCOMPARE(key3.value(QStringLiteral("origin")).toString(), QStringLiteral("orphan"));
    const QString key3Id = key3.value(QStringLiteral("iid")).toObject().value(QStringLiteral("systemId")).toString();
    QVERIFY(!key3Id.isEmpty());
    QVERIFY(
        item(after, QStringLiteral("mapped"), QStringLiteral("net-1")).value(QStringLiteral("journalId")).toInt() > 0);

    // The text view names the three groups.
    const CliRunner::Run text = mine({ QStringLiteral("drift"), QStringLiteral("--connection"), AWS,
        QStringLiteral("--kind"), QStringLiteral("keypair") });
    QVERIFY2(text.exitCode == 0, qPrintable(explain(text)));
    for (const char* expected : { "Mapped", "Only ours", "Only in the cloud", "key-1", "key-3", "orphan" })
        QVERIFY2(text.out.contains(QLatin1String(expected)), qPrintable(explain(text)));
    QVERIFY2(!text.out.contains(QLatin1String("net-1")), qPrintable(explain(text))); // --kind keypair only

    // Adopt one (by system id), delete the other (by name), forget the one that is gone.
    const CliRunner::Run adopted = mine({ QStringLiteral("drift"), QStringLiteral("--connection"), AWS,
        QStringLiteral("--adopt"), key3Id, QStringLiteral("--json") });
    QVERIFY2(adopted.exitCode == 0, qPrintable(explain(adopted)));
    QCOMPARE(adopted.json().value(QStringLiteral("action")).toString(), QStringLiteral("adopt"));
    QVERIFY(adopted.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("journalId")).toInt() > 0);
    const CliRunner::Run deleted = mine({ QStringLiteral("drift"), QStringLiteral("--connection"), AWS,
        QStringLiteral("--delete"), QStringLiteral("key-4") });
    QVERIFY2(deleted.exitCode == 0, qPrintable(explain(deleted)));
    // Forget refuses what the cloud still lists; it takes the stale record.
    const CliRunner::Run refused = mine({ QStringLiteral("drift"), QStringLiteral("--connection"), AWS,
        QStringLiteral("--forget"), QStringLiteral("key-2") });
    QVERIFY2(refused.exitCode == 4, qPrintable(explain(refused)));
    const CliRunner::Run forgot = mine({ QStringLiteral("drift"), QStringLiteral("--connection"), AWS,
        QStringLiteral("--forget"), QStringLiteral("key-1") });
    QVERIFY2(forgot.exitCode == 0, qPrintable(explain(forgot)));

    const QJsonObject settled = drift();
    QCOMPARE(names(settled, QStringLiteral("mapped")),
        QStringList({ QStringLiteral("keypair/key-2"), QStringLiteral("keypair/key-3"), QStringLiteral("vpc/net-1") }));
    QVERIFY(names(settled, QStringLiteral("onlyOurs")).isEmpty());
    QVERIFY(!names(settled, QStringLiteral("onlyInCloud")).contains(QStringLiteral("keypair/key-3")));
    QVERIFY(!names(settled, QStringLiteral("onlyInCloud")).contains(QStringLiteral("keypair/key-4")));
    // The delete went to the cloud: the other workspace no longer sees key-4 either.
    const CliRunner::Run gone
        = m_other->run({ QStringLiteral("resource"), QStringLiteral("get"), QStringLiteral("--connection"), AWS,
            QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("key-4") });
    QVERIFY2(gone.exitCode == 3, qPrintable(explain(gone)));

    // Every action is in the journal: the adoption, the delete and the forgetting.
    const CliRunner::Run journal = mine({ QStringLiteral("journal"), QStringLiteral("--json") });
    QStringList actions;
    for (const QJsonValue& v : journal.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        actions << e.value(QStringLiteral("operation")).toString() + QLatin1Char(' ')
                + e.value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString()
                + QLatin1Char(' ') + e.value(QStringLiteral("state")).toString();
    }
    for (const char* expected : { "create key-3 adopted", "delete key-4 succeeded", "delete key-1 succeeded" })
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCliDrift)
#include "TestCliDrift.moc"
