// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Barista {

class AppContext;
struct InfraOutcome;
struct CloudError;

/// `barista <command> [<sub-command>] [options]`: the command-line front end over the same core
/// as the window. Exit codes are documented in the README (ExitCode below).
class Cli final
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,         ///< an unexpected internal error
        Usage = 2,           ///< bad command line
        NotFound = 3,        ///< unknown connection or resource
        Refused = 4,         ///< the cloud refused the request (invalid, quota, unsupported)
        Conflict = 5,        ///< already exists, or still in use (e.g. a VPC with a VM)
        AuthFailed = 6,      ///< the credential was rejected
        Unavailable = 7,     ///< throttled, timed out or 5xx after all retries
        WorkspaceError = 8,  ///< the workspace folder or database cannot be used
        Canceled = 130,
    };
    static constexpr int JSON_SCHEMA_VERSION = 1;

    /// True when the arguments name a command (otherwise `barista` opens the window).
    static bool isCommandLine(const QStringList& arguments);

    explicit Cli(QStringList arguments);
    ~Cli();
    int run();

private:
    int runConnection(const QString& sub); // in CliConnection.cpp
    int connectionAdd();
    int connectionTest();
    int runResource(const QString& sub);
    int runJobs();
    int runJournal();
    int runReconcile();
    int runCatalog(const QString& sub); // in CliCatalog.cpp
    int runInfra(const QString& sub);   // in CliInfra.cpp
    int runDrift();                     // in CliDrift.cpp
    int infraOutcome(const InfraOutcome& outcome);
    int infraAddGroup(const QString& infra);
    bool openCatalog();

    bool openContext();
    int reconcileOrphans(QJsonArray* decisions);
    bool parseFor(const QString& command, const QList<QCommandLineOption>& options, const QString& positional = QString());
    bool requireConnection(const QString& name);
    /// Re-reads the resource until done() accepts what the cloud says; an exit code.
    int waitUntil(const QString& connection, ResourceKind kind, const Iid& iid,
                  const std::function<bool(const Result<Resource>&)>& done);

    int usageError(const QString& message);
    int fail(int code, const QString& message, const CloudError* cloud = nullptr);
    int cloudFailure(const CloudError& error);
    void printJson(const QJsonObject& payload);
    bool json() const;

    QStringList m_arguments;
    QStringList m_words; ///< the command words, e.g. {"resource", "list"}
    QCommandLineParser m_parser;
    std::unique_ptr<AppContext> m_context;
};

} // namespace Barista
