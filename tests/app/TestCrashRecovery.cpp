// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 of `barista` while a create is in flight, then a restart: the journal and the
// simulated cloud's own listing must agree every time — nothing untracked, nothing invented.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
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
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testKillDuringCreate();
    void testKillWhileTheCloudHasNotAnswered();
};

namespace {
const QStringList CREATE = {QStringLiteral("resource"), QStringLiteral("create"), QStringLiteral("--connection"), AWS};

QStringList vmArgs(const QString& name)
{
    return CREATE
        + QStringList{QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--name"), name, QStringLiteral("--vpc"),
                      QStringLiteral("net"), QStringLiteral("--subnet"), QStringLiteral("sub"), QStringLiteral("--sg"),
                      QStringLiteral("sg"), QStringLiteral("--keypair"), QStringLiteral("key"), QStringLiteral("--spec"),
                      QStringLiteral("t3.micro"), QStringLiteral("--image"), QStringLiteral("ubuntu-22.04")};
}

void createNetwork(const CliRunner& cli)
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("--kind"), QStringLiteral("vpc"), QStringLiteral("--name"), QStringLiteral("net"),
                      QStringLiteral("--cidr"), QStringLiteral("10.0.0.0/16"), QStringLiteral("--subnet"),
                      QStringLiteral("sub=10.0.1.0/24")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("sg"), QStringLiteral("--name"), QStringLiteral("sg"),
                      QStringLiteral("--vpc"), QStringLiteral("net")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("keypair"), QStringLiteral("--name"), QStringLiteral("key")}}) {
        const CliRunner::Run r = cli.run(CREATE + args);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
    }
}

/// After a restart, the cloud's own listing and the journal must name exactly the same VMs and
/// no intent may be left pending. Returns the journal state of `name`'s create ("no intent"
/// when the process died before writing it).
QString checkAgreement(const CliRunner& cli, const QString& name, const QString& context)
{
    const CliRunner::Run journal = cli.run({QStringLiteral("journal"), QStringLiteral("--json")});
    if (journal.exitCode != 0) {
        QTest::qFail(qPrintable(explain(journal)), __FILE__, __LINE__);
        return QString();
    }
    const CliRunner::Run cloud = cli.run({QStringLiteral("resource"), QStringLiteral("list"), QStringLiteral("--connection"),
                                          AWS, QStringLiteral("--kind"), QStringLiteral("vm"), QStringLiteral("--json"),
                                          QStringLiteral("--no-reconcile")});
    if (cloud.exitCode != 0) {
        QTest::qFail(qPrintable(explain(cloud)), __FILE__, __LINE__);
        return QString();
    }
    QSet<QString> inCloud;
    for (const QJsonValue& v : cloud.json().value(QStringLiteral("items")).toArray())
        inCloud.insert(v.toObject().value(QStringLiteral("iid")).toObject().value(QStringLiteral("systemId")).toString());
    QSet<QString> tracked;
    QString state = QStringLiteral("no intent");
    for (const QJsonValue& v : journal.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString entryState = e.value(QStringLiteral("state")).toString();
        if (entryState == QLatin1String("pending")) {
            QTest::qFail(qPrintable(context + QStringLiteral(": an intent is still pending: ") + journal.out.left(2000)),
                         __FILE__, __LINE__);
            return QString();
        }
        if (e.value(QStringLiteral("kind")).toString() != QLatin1String("vm"))
            continue;
        const QString systemId = e.value(QStringLiteral("iid")).toObject().value(QStringLiteral("systemId")).toString();
        if (entryState == QLatin1String("succeeded") || entryState == QLatin1String("adopted"))
            tracked.insert(systemId);
        if (e.value(QStringLiteral("iid")).toObject().value(QStringLiteral("nameId")).toString() == name)
            state = entryState;
    }
    if (inCloud != tracked) {
        QTest::qFail(qPrintable(QStringLiteral("%1: cloud has %2 but the journal tracks %3")
                                    .arg(context, QStringList(inCloud.values()).join(QLatin1Char(',')),
                                         QStringList(tracked.values()).join(QLatin1Char(',')))),
                     __FILE__, __LINE__);
        return QString();
    }
    return state;
}
} // namespace

void TestCrashRecovery::testKillDuringCreate()
{
    ScratchDir dir;
    CliRunner fast(dir.path());
    fast.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
    fast.setEnv(QStringLiteral("BARISTA_SIM_QUOTA_VMS"), QStringLiteral("200"));
    createNetwork(fast);

    // Slow calls (a create answers after ~1.2 s median) so that the kill lands at every stage:
    // before the intent, between intent and cloud, between cloud and outcome, after the outcome.
    CliRunner slow(dir.path());
    slow.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
    slow.setEnv(QStringLiteral("BARISTA_SIM_LATENCY_MULTIPLIER"), QStringLiteral("400"));
    slow.setEnv(QStringLiteral("BARISTA_SIM_QUOTA_VMS"), QStringLiteral("200"));

    const quint32 seed = qEnvironmentVariableIsSet("BARISTA_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("BARISTA_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    const int trials = qEnvironmentVariableIsSet("BARISTA_CRASH_TRIALS") ? qEnvironmentVariableIntValue("BARISTA_CRASH_TRIALS")
                                                                         : 8;
    qInfo("crash seed %u (repeat with BARISTA_CRASH_SEED=%u), %d trials", seed, seed, trials);
    QRandomGenerator random(seed);
    QMap<QString, int> outcomes;
    for (int trial = 0; trial < trials; ++trial) {
        const QString name = QStringLiteral("vm-%1").arg(trial);
        const int killAfterMs = int(random.bounded(2200));
        QProcess* p = slow.start(vmArgs(name), this);
        QTest::qWait(killAfterMs);
        const bool finishedAlready = p->state() == QProcess::NotRunning;
        p->kill(); // SIGKILL: no destructor, no clean-up, like a power cut for the process
        p->waitForFinished(5000);
        delete p;
        // Restart: the journal command settles what the dead session left pending.
        const QString state = checkAgreement(
            fast, name, QStringLiteral("trial %1 (seed %2, kill after %3 ms)").arg(trial).arg(seed).arg(killAfterMs));
        if (QTest::currentTestFailed())
            return;
        outcomes[finishedAlready ? QStringLiteral("finished before the kill") : state] += 1;
    }
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        qInfo("  %s: %d", qPrintable(it.key()), it.value());
}

void TestCrashRecovery::testKillWhileTheCloudHasNotAnswered()
{
    // The cloud acts (or not) but its answer never arrives, and then the console dies: the
    // case where only the tag can tell. The simulator's seeded fault roll decides per trial
    // whether the VM was made; over these seeds both happen.
    ScratchDir dir;
    CliRunner fast(dir.path());
    fast.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
    fast.setEnv(QStringLiteral("BARISTA_SIM_QUOTA_VMS"), QStringLiteral("200"));
    createNetwork(fast);

    QMap<QString, int> outcomes;
    for (int trial = 0; trial < 6; ++trial) {
        CliRunner lost(dir.path());
        lost.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.01"));
        lost.setEnv(QStringLiteral("BARISTA_SIM_QUOTA_VMS"), QStringLiteral("200"));
        lost.setEnv(QStringLiteral("BARISTA_SIM_TIMEOUT_PCT"), QStringLiteral("100"));
        lost.setEnv(QStringLiteral("BARISTA_SIM_SEED"), QString::number(100 + trial));
        const QString name = QStringLiteral("lost-%1").arg(trial);
        QProcess* p = lost.start(vmArgs(name), this);
        QTest::qWait(1500); // far past the call's latency: the answer is lost, not late
        QVERIFY2(p->state() != QProcess::NotRunning, "the create should still be waiting for the lost answer");
        p->kill();
        p->waitForFinished(5000);
        delete p;
        const QString state = checkAgreement(fast, name, QStringLiteral("lost-answer trial %1").arg(trial));
        if (QTest::currentTestFailed())
            return;
        outcomes[state] += 1;
    }
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        qInfo("  %s: %d", qPrintable(it.key()), it.value());
    QVERIFY2(outcomes.value(QStringLiteral("adopted")) > 0, "no trial had the cloud act without answering");
    QVERIFY2(outcomes.value(QStringLiteral("failed")) > 0, "no trial had the cloud drop the request");
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
