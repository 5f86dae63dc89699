// SPDX-License-Identifier: GPL-3.0-or-later
// Stop 9's CI lost a `barista infra create` at exit: a worker thread of the global pool (the
// secret store's) freed its OpenSSL state after main()'s exit handlers had already cleaned
// OpenSSL up. The race was rare; the shim (tests/support/exitrace) makes it certain, so
// this test fails on any worker of ours that leaves OpenSSL state to its thread's exit.
#include "tests/support/CliRunner.h"
#include "tests/support/ScratchDir.h"

#include <QFile>
#include <QTest>

using Barista::Test::CliRunner;
using Barista::Test::ScratchDir;

class TestCliExitRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workersReleaseOpenSslBeforeExit();
};

void TestCliExitRace::workersReleaseOpenSslBeforeExit()
{
#ifndef BARISTA_EXIT_RACE_SHIM
    QSKIP("the exit-race shim is built on Linux only");
#else
    ScratchDir workspace;
    QVERIFY(workspace.isValid());
    // One node: the engine makes a key pair, reading and writing the vault on pool threads.
    QFile spec(workspace.filePath(QStringLiteral("race.yaml")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write("name: race\nnodeGroups:\n"
               "  - {name: web, specId: aws+ap-northeast-2+t3.small, imageId: ubuntu-22.04, nodeGroupSize: 1}\n");
    spec.close();

    CliRunner cli(workspace.path());
    cli.setEnv(QStringLiteral("BARISTA_SIM_TIME_SCALE"), QStringLiteral("0.002"));
    cli.setEnv(QStringLiteral("LD_PRELOAD"), QStringLiteral(BARISTA_EXIT_RACE_SHIM));
    const CliRunner::Run run = cli.run({QStringLiteral("infra"), QStringLiteral("create"), spec.fileName()});
    const QString explain = QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
    // Without the shim in effect this test would prove nothing.
    QVERIFY2(run.err.contains(QLatin1String("[exit-race-shim]")), qPrintable(explain));
    QVERIFY2(!run.err.contains(QLatin1String("double free")), qPrintable(explain));
    QVERIFY2(run.exitCode == 0, qPrintable(explain));
#endif
}

QTEST_GUILESS_MAIN(TestCliExitRace)
#include "TestCliExitRace.moc"
