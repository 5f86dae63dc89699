// SPDX-License-Identifier: GPL-3.0-or-later
// barista_secret_scan: the CredentialsScan test's two steps (tests/scan/CMakeLists.txt).
//   prepare DIR       empties the tests' home (HOME, XDG_*, TMPDIR all point below it) before
//                     the run and prints a run id that the scan later expects in the test log
//   scan --secrets FILE --tree DIR --log FILE...
//                     after the run: every file below DIR and this run's test output (the first
//                     --log that holds the run id) searched for every secret; exit 1 naming each
//                     place and the secret's name, never its value
// A scanner that cannot see what it should scan fails (exit 2) rather than pass.

#include "tests/scan/SecretScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

#include <cstdio>

using namespace Barista::Test;

namespace {

const QString RunIdFile = QStringLiteral(".credentials-scan-run-id");
const QStringList HomeFolders = { QStringLiteral("home"), QStringLiteral("config"), QStringLiteral("data"),
    QStringLiteral("cache"), QStringLiteral("state"), QStringLiteral("tmp"), QStringLiteral("output") };

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int prepare(const QString& dir)
{
    QDir home(dir);
    if (home.exists() && !home.removeRecursively()) {
        say(QStringLiteral("cannot empty %1").arg(dir));
        return 2;
    }
    for (const QString& folder : HomeFolders) {
        if (!home.mkpath(folder)) {
            say(QStringLiteral("cannot create %1/%2").arg(dir, folder));
            return 2;
        }
    }
    const QByteArray runId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QFile file(home.filePath(RunIdFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(runId) != runId.size()) {
        say(QStringLiteral("cannot write %1").arg(file.fileName()));
        return 2;
    }
    say(QStringLiteral("CredentialsScan run id: %1 (tests' home: %2)").arg(QString::fromLatin1(runId), dir));
    return 0;
}

int scan(const QStringList& args)
{
    QString secretsPath;
    QString tree;
    QStringList logs;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--secrets"))
            secretsPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--tree"))
            tree = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--log"))
            logs.append(args.at(i + 1));
    }
    SecretCatalog catalog;
    QString error;
    if (secretsPath.isEmpty() || tree.isEmpty() || !catalog.load(secretsPath, &error)) {
        say(error.isEmpty() ? QStringLiteral("usage: scan --secrets FILE --tree DIR --log FILE...") : error);
        return 2;
    }
    QFile runIdFile(QDir(tree).filePath(RunIdFile));
    if (!runIdFile.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("%1 is missing: the setup step (CredentialsScanSetup) did not run")
                .arg(runIdFile.fileName()));
        return 2;
    }
    const QByteArray runId = runIdFile.readAll().trimmed();

    SecretScanner scanner(catalog);
    const int files = scanner.scanTree(tree);
    // CTest writes the log of a run as it goes (LastTest.log.tmp, renamed at the end): the one
    // holding this run's id has every earlier test's output, flushed after each test.
    QString logUsed;
    for (const QString& log : logs) {
        QFile file(log);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        if (!text.contains(runId))
            continue;
        scanner.scanBytes(text, QStringLiteral("test output %1").arg(log));
        logUsed = log;
        break;
    }
    if (logUsed.isEmpty()) {
        say(QStringLiteral("none of the test logs holds this run's output (run id %1 not found in: %2)")
                .arg(QString::fromLatin1(runId), logs.join(QStringLiteral(", "))));
        return 2;
    }
    for (const SecretScanner::Finding& f : scanner.findings())
        say(QStringLiteral("LEAK: %1: offset %2: secret \"%3\" (%4)").arg(f.where).arg(f.offset).arg(f.secret, f.form));
    for (const QString& problem : scanner.problems())
        say(QStringLiteral("NOT SCANNED: %1").arg(problem));
    say(QStringLiteral(
        "Scanned %1 files (%2 SQLite databases cell by cell), %3 bytes in all, and the test output in %4, "
        "for %5 secrets: %6 findings.")
            .arg(files)
            .arg(scanner.databasesScanned())
            .arg(scanner.bytesScanned())
            .arg(logUsed)
            .arg(catalog.secrets().size())
            .arg(scanner.findings().size()));
    if (!scanner.findings().isEmpty())
        return 1;
    return scanner.problems().isEmpty() ? 0 : 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.first() == QLatin1String("prepare"))
        return prepare(args.at(1));
    if (!args.isEmpty() && args.first() == QLatin1String("scan"))
        return scan(args.mid(1));
    say(QStringLiteral("usage: barista_secret_scan prepare DIR | scan --secrets FILE --tree DIR --log FILE..."));
    return 2;
}
