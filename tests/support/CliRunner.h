// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Barista::Test {

/// Runs the built `barista` executable in a throw-away workspace, as a user's shell would.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const; ///< stdout parsed as a JSON object (empty when it is not one)
    };

    explicit CliRunner(const QString& workspace);

    /// Extra environment for every run (e.g. the simulator's time scale).
    void setEnv(const QString& name, const QString& value);
    Run run(const QStringList& arguments, int timeoutMs = 60000) const;
    /// Starts without waiting; the caller kills or waits. Returns the started process.
    class QProcess* start(const QStringList& arguments, QObject* parent) const;

    QString workspace() const { return m_workspace; }
    static QString executable();

private:
    QProcessEnvironment environment() const;
    /// Appends the run's output to $BARISTA_TEST_OUTPUT_DIR/cli-<test>-<pid>.log when set.
    static void keepOutput(const Run& run);

    QString m_workspace;
    QProcessEnvironment m_extra;
};

} // namespace Barista::Test
