// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include "tests/support/TestSecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace Barista::Test {

QJsonObject CliRunner::Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRunner::CliRunner(const QString& workspace)
    : m_workspace(workspace)
{
}

QString CliRunner::executable()
{
    return QStringLiteral(BARISTA_EXE);
}

void CliRunner::setEnv(const QString& name, const QString& value)
{
    m_extra.insert(name, value);
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BARISTA_WORKSPACE"), m_workspace);
    env.insert(QStringLiteral("BARISTA_LANG"), QStringLiteral("en"));
    // Secrets go to a throw-away vault in the workspace, never near a real keychain.
    env.insert(QStringLiteral("BARISTA_SECRET_STORE"), QStringLiteral("vault"));
    env.insert(QStringLiteral("BARISTA_VAULT_PASSPHRASE"), TestSecrets::value(QStringLiteral("vault-passphrase-cli")));
    env.remove(QStringLiteral("BARISTA_SIM_DB"));
    for (const QString& key : m_extra.keys())
        env.insert(key, m_extra.value(key));
    return env;
}

CliRunner::Run CliRunner::run(const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(executable(), arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: barista %1").arg(arguments.join(QLatin1Char(' ')));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    keepOutput(result);
    return result;
}

void CliRunner::keepOutput(const Run& run)
{
    // For the credentials scan (tests/scan): what the CLI printed is test output too, though the
    // test keeps it to itself. Arguments are left out: a test may pass a secret there on purpose.
    const QString dir = qEnvironmentVariable("BARISTA_TEST_OUTPUT_DIR");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(QStringLiteral("cli-%1-%2.log")
                                      .arg(QCoreApplication::applicationName())
                                      .arg(QCoreApplication::applicationPid())));
    if (file.open(QIODevice::Append))
        file.write(
            QStringLiteral("--- exit %1\n%2\n--- stderr\n%3\n").arg(run.exitCode).arg(run.out, run.err).toUtf8());
}

QProcess* CliRunner::start(const QStringList& arguments, QObject* parent) const
{
    auto* process = new QProcess(parent);
    process->setProcessEnvironment(environment());
    process->start(executable(), arguments);
    process->waitForStarted(10000);
    return process;
}

} // namespace Barista::Test
