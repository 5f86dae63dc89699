// SPDX-License-Identifier: GPL-3.0-or-later
// The cold-start benchmark (a program, not a test): the wall time from starting a process to
// its main window's first paint, for `barista` and for a minimal Qt Widgets program
// (minimal_widgets_app) in the same run, so the ratio says what Barista adds on this machine.
// Both are run with QT_QPA_PLATFORM=offscreen and BARISTA_EXIT_AFTER_FIRST_PAINT=1, on which
// they print "painted <ms>" on stderr after the first paint and exit. Three cases:
//   minimal - the minimal program
//   cold    - barista on a new, empty workspace each time (the first start: the workspace
//             database is created and the bundled catalog imported)
//   warm    - barista on a workspace it has opened before
// Runs are interleaved (minimal, cold, warm, minimal, ...) so drift hits all three alike; one
// unmeasured run of each program comes first. The goal is cold start <= 1.5x the minimal program.
//
//   startup_bench [--runs 5] [--barista PATH] [--minimal PATH] [--timeout 60] [--only-minimal]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

struct Launch
{
    bool ok = false;
    double ms = 0;
    QString error;
};

QString tail(const QByteArray& text, int lines)
{
    QStringList all = QString::fromLocal8Bit(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

/// Starts `program` and waits for its "painted" line; the time is measured here, from just
/// before the start to the line's arrival (the pipe adds microseconds, not milliseconds).
Launch launch(const QString& program, const QProcessEnvironment& env, int timeoutMs)
{
    Launch result;
    QProcess process;
    process.setProgram(program);
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.error = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    QByteArray err;
    bool painted = false;
    while (!painted) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            break;
        process.waitForReadyRead(int(left));
        err += process.readAllStandardError();
        // "painted <ms>" at the start of a complete line.
        qsizetype at = err.startsWith("painted ") ? 0 : err.indexOf("\npainted ");
        if (at >= 0 && err.indexOf('\n', at + 1) >= 0) {
            result.ms = double(timer.nsecsElapsed()) / 1e6;
            painted = true;
        } else if (process.state() == QProcess::NotRunning) {
            err += process.readAllStandardError();
            break;
        }
    }
    if (!painted) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
            result.error = QStringLiteral("%1 did not report a first paint within %2 s. Is the "
                                          "BARISTA_EXIT_AFTER_FIRST_PAINT hook (FirstPaintProbe) wired in?")
                               .arg(program)
                               .arg(timeoutMs / 1000);
        } else {
            result.error = QStringLiteral("%1 exited (%2, code %3) before its first paint.")
                               .arg(program,
                                   process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                               : QStringLiteral("normally"))
                               .arg(process.exitCode());
        }
        const QString lastLines = tail(err, 12);
        if (!lastLines.isEmpty())
            result.error += QStringLiteral("\nIts last words on stderr:\n") + lastLines;
        return result;
    }
    // Let it exit on its own: a warm workspace must be closed cleanly before the next run.
    // (waitForFinished() is false for a process that has already exited.)
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("%1 painted but did not exit within %2 s").arg(program).arg(timeoutMs / 1000);
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QStringLiteral("%1 painted but then exited with code %2\n%3")
                           .arg(program)
                           .arg(process.exitCode())
                           .arg(tail(err + process.readAllStandardError(), 12));
        return result;
    }
    result.ok = true;
    return result;
}

struct Summary
{
    double median = 0, min = 0, max = 0;
};

Summary summarize(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    return { median, ms.first(), ms.last() };
}

QString findProgram(const QString& given, const QStringList& candidates)
{
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? QFileInfo(given).absoluteFilePath() : QString();
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QString();
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "startup_bench: %s\n", qPrintable(message));
    std::exit(1);
}

QProcessEnvironment environment(const QString& configDir, const QString& workspace)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BARISTA_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("BARISTA_NO_KEYCHAIN"), QStringLiteral("1"));
    // Settings (window layout, language) of the run, not of the user running the bench.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    if (!workspace.isEmpty())
        env.insert(QStringLiteral("BARISTA_WORKSPACE"), workspace);
    return env;
}

void printRow(const char* label, const QList<double>& ms)
{
    const Summary s = summarize(ms);
    std::printf("%-36s %9.1f %9.1f %9.1f\n", label, s.median, s.min, s.max);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Wall time from process start to the first painted main window: barista (new and reused "
                       "workspace) against a minimal Qt Widgets program."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Measured runs of each case (default 5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption baristaOption(QStringLiteral("barista"),
        QStringLiteral("The barista executable (default: the one built with this bench)."), QStringLiteral("path"));
    const QCommandLineOption minimalOption(QStringLiteral("minimal"),
        QStringLiteral("The minimal program (default: minimal_widgets_app beside this bench)."),
        QStringLiteral("path"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Seconds one run may take before it counts as failed (default 60)."), QStringLiteral("s"),
        QStringLiteral("60"));
    const QCommandLineOption onlyMinimalOption(
        QStringLiteral("only-minimal"), QStringLiteral("Measure the minimal program only."));
    parser.addOptions({ runsOption, baristaOption, minimalOption, timeoutOption, onlyMinimalOption });
    parser.process(app);

    bool valid = false;
    const int runs = parser.value(runsOption).toInt(&valid);
    if (!valid || runs < 1)
        fail(QStringLiteral("--runs needs a positive number"));
    const int timeoutMs = parser.value(timeoutOption).toInt(&valid) * 1000;
    if (!valid || timeoutMs <= 0)
        fail(QStringLiteral("--timeout needs a positive number of seconds"));
    const bool onlyMinimal = parser.isSet(onlyMinimalOption);

    const QString here = QCoreApplication::applicationDirPath();
    const QString minimal = findProgram(parser.value(minimalOption),
        { here + QStringLiteral("/minimal_widgets_app"), QStringLiteral(BENCH_MINIMAL_EXE) });
    if (minimal.isEmpty())
        fail(QStringLiteral("cannot find the minimal program; build minimal_widgets_app or pass --minimal PATH"));
    QString barista;
    if (!onlyMinimal) {
        barista = findProgram(parser.value(baristaOption),
            { QStringLiteral(BENCH_BARISTA_EXE), here + QStringLiteral("/barista"),
                here + QStringLiteral("/../../app/barista") });
        if (barista.isEmpty())
            fail(QStringLiteral("cannot find the barista executable; build it or pass --barista PATH"));
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString root = scratch.path();
    auto measure = [&](const char* what, const QString& program, const QProcessEnvironment& env) {
        const Launch run = launch(program, env, timeoutMs);
        if (!run.ok)
            fail(QStringLiteral("%1 run failed: %2").arg(QLatin1String(what), run.error));
        return run.ms;
    };
    const QProcessEnvironment minimalEnv = environment(root + QStringLiteral("/minimal-config"), QString());
    const QString warmWorkspace = root + QStringLiteral("/warm-workspace");
    const QProcessEnvironment warmEnv = environment(root + QStringLiteral("/warm-config"), warmWorkspace);

    std::printf("Start to first painted main window, QT_QPA_PLATFORM=offscreen, %d measured runs each\n", runs);
    std::printf("  minimal: %s\n", qPrintable(minimal));
    if (!onlyMinimal)
        std::printf("  barista: %s\n", qPrintable(barista));
    std::fflush(stdout);

    // Unmeasured: loads the libraries into the page cache; creates the warm workspace.
    measure("minimal (warm-up)", minimal, minimalEnv);
    if (!onlyMinimal)
        measure("barista (creating the warm workspace)", barista, warmEnv);

    QList<double> minimalMs, coldMs, warmMs;
    for (int i = 0; i < runs; ++i) {
        minimalMs.append(measure("minimal", minimal, minimalEnv));
        if (onlyMinimal)
            continue;
        const QString cold = root + QStringLiteral("/cold-%1").arg(i);
        coldMs.append(measure("barista cold", barista,
            environment(cold + QStringLiteral("-config"), cold + QStringLiteral("-workspace"))));
        warmMs.append(measure("barista warm", barista, warmEnv));
    }

    std::printf("\n%-36s %9s %9s %9s\n", "ms", "median", "min", "max");
    printRow("minimal Qt Widgets program", minimalMs);
    if (onlyMinimal)
        return 0;
    printRow("barista, new workspace (cold)", coldMs);
    printRow("barista, reused workspace (warm)", warmMs);
    const double base = summarize(minimalMs).median;
    std::printf("\nratio barista/minimal (medians): cold %.2fx, warm %.2fx (goal: cold <= 1.5x)\n",
        summarize(coldMs).median / base, summarize(warmMs).median / base);
    return 0;
}
