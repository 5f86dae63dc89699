// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"

#include "app/AppContext.h"
#include "app/CliNodeGroups.h"
#include "app/CliSupport.h"
#include "app/ResourceRequestBuilder.h"
#include "models/interfaces/SecretStore.h"
#include "models/domain/MyImageFailure.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/jobs/JobQueue.h"
#include "models/jobs/ProviderRegistry.h"
#include "models/workspace/ConnectionStore.h"
#include "models/workspace/JobHistory.h"
#include "models/workspace/Journal.h"
#include "models/workspace/Reconciler.h"
#include "models/workspace/ResourceService.h"
#include "models/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>

namespace Barista {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList VALUE_OPTIONS = {QStringLiteral("--workspace")};

QString details(const Resource& r)
{
    if (const auto* vpc = r.as<VpcInfo>()) {
        QStringList subnets;
        for (const SubnetInfo& s : vpc->subnets)
            subnets << s.iid.nameId + QLatin1Char('=') + s.ipv4Cidr;
        return vpc->ipv4Cidr + QLatin1Char(' ') + subnets.join(QLatin1Char(','));
    }
    if (const auto* vm = r.as<VmInfo>())
        return vm->specName + QLatin1Char(' ') + vm->privateIp + QLatin1Char(' ') + vm->publicIp;
    if (const auto* sg = r.as<SecurityGroupInfo>())
        return Tr::tr("vpc %1, %n rule(s)", nullptr, int(sg->rules.size())).arg(sg->vpcIid.nameId);
    if (const auto* disk = r.as<DiskInfo>())
        return Tr::tr("%1 GB %2").arg(disk->sizeGb).arg(disk->diskType);
    if (const auto* spec = r.as<SpecInfo>())
        return Tr::tr("%1 vCPU, %2 GiB %3").arg(spec->vcpu).arg(spec->memoryGiB).arg(spec->gpuModel).trimmed();
    if (const auto* region = r.as<RegionInfo>())
        return region->displayName;
    if (const auto* image = r.as<ImageInfo>())
        return image->name;
    if (const auto* mine = r.as<MyImageInfo>())
        return Tr::tr("from %1").arg(mine->sourceVm.nameId.isEmpty() ? mine->sourceVm.systemId : mine->sourceVm.nameId);
    if (const auto* nlb = r.as<NlbInfo>())
        return Tr::tr("%1 %2:%3 -> %n VM(s) on %4", nullptr, int(nlb->vms.size()))
            .arg(nlb->type, nlb->listenerProtocol)
            .arg(nlb->listenerPort)
            .arg(nlb->vmGroupPort)
            + QLatin1Char(' ') + (nlb->listenerDnsName.isEmpty() ? nlb->listenerIp : nlb->listenerDnsName);
    if (const auto* cluster = r.as<ClusterInfo>())
        return Tr::tr("Kubernetes %1, %n node group(s)", nullptr, int(cluster->nodeGroups.size())).arg(cluster->version);
    return QString();
}
bool isTransitionalResource(const Resource& r)
{
    if (const auto* vm = r.as<VmInfo>())
        return isTransitional(vm->status);
    if (const auto* disk = r.as<DiskInfo>())
        return disk->status == DiskStatus::Creating || disk->status == DiskStatus::Deleting;
    if (const auto* cluster = r.as<ClusterInfo>())
        return cluster->status == ClusterStatus::Creating || cluster->status == ClusterStatus::Updating
            || cluster->status == ClusterStatus::Deleting;
    if (const auto* image = r.as<MyImageInfo>())
        return image->status != QLatin1String("Available") && !myImageHasFailed(*image);
    return false;
}
} // namespace

int Cli::waitUntil(const QString& connection, ResourceKind kind, const Iid& iid,
                   const std::function<bool(const Result<Resource>&)>& done)
{
    // Poll like a user pressing refresh; the job queue applies the connection's rate limit.
    const QString id = iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const Result<Resource> now = await(m_context->resources().get(connection, kind, id));
        if (done(now))
            return Ok;
        if (!now.ok())
            return cloudFailure(now.error());
        if (waited.elapsed() > 30 * 60 * 1000)
            return fail(Unavailable, Tr::tr("gave up waiting after 30 minutes; status is %1").arg(now.value().statusName()));
        QEventLoop pause;
        QTimer::singleShot(250, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

bool Cli::isCommandLine(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-v")
            || a == QLatin1String("--version"))
            return true;
        if (VALUE_OPTIONS.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true; // a word: a command, or a typo that deserves an error, not a window
    }
    return false;
}

Cli::~Cli() = default;

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    for (int i = 1; i < m_arguments.size() && m_words.size() < 2; ++i) {
        const QString& a = m_arguments.at(i);
        if (VALUE_OPTIONS.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        m_words << a;
        if (a == QLatin1String("jobs") || a == QLatin1String("journal") || a == QLatin1String("reconcile")
            || a == QLatin1String("drift") || a == QLatin1String("help"))
            break;
    }
}

bool Cli::parseFor(const QString& command, const QList<QCommandLineOption>& options, const QString& positional)
{
    m_parser.setApplicationDescription(Tr::tr("Barista Console: one console for many clouds."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(opt(QStringLiteral("workspace"),
                           Tr::tr("Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder)."),
                           QStringLiteral("dir")));
    m_parser.addOption(opt(QStringLiteral("json"), Tr::tr("Print JSON (schema version %1).").arg(JSON_SCHEMA_VERSION)));
    m_parser.addOption(opt(QStringLiteral("no-reconcile"),
                           Tr::tr("Do not settle intents left unfinished by a crashed session first.")));
    m_parser.addOptions(options);
    m_parser.addPositionalArgument(QStringLiteral("command"), command);
    if (!positional.isEmpty())
        m_parser.addPositionalArgument(positional, Tr::tr("The resource's or connection's name."));
    if (!m_parser.parse(m_arguments)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return false;
    }
    return true;
}

bool Cli::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

int Cli::run()
{
    const QString command = m_words.value(0);
    const QString sub = m_words.value(1);
    if (command.isEmpty() || command == QLatin1String("help")) {
        if (!parseFor(QStringLiteral("connection|resource|jobs|journal|reconcile|catalog|infra|drift"), {}))
            return m_parser.errorText().isEmpty() ? Ok : Usage;
        out() << m_parser.helpText() << '\n'
              << Tr::tr("Commands:\n"
                        "  connection list|add|remove|test   manage and test connections (driver, provider, region)\n"
                        "  resource list|get|create|delete|control   work on resources of a connection\n"
                        "  jobs                         recent jobs of every session\n"
                        "  journal                      the operation journal (settles crashed intents first)\n"
                        "  reconcile                    settle intents left unfinished by a crash\n"
                        "  catalog regions|search|recommend|import|refresh|stats   the local catalog of offers\n"
                        "  infra review|create|list|status|control|scale|delete|cmd   multi-cloud infrastructures\n"
                        "  drift --connection C         the workspace's records against the cloud's listing (adopt, delete, forget)\n"
                        "Run 'barista COMMAND --help' for a command's options.\n");
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("connection"))
        return runConnection(sub);
    if (command == QLatin1String("resource"))
        return runResource(sub);
    if (command == QLatin1String("jobs"))
        return runJobs();
    if (command == QLatin1String("journal"))
        return runJournal();
    if (command == QLatin1String("reconcile"))
        return runReconcile();
    if (command == QLatin1String("catalog"))
        return runCatalog(sub);
    if (command == QLatin1String("infra"))
        return runInfra(sub);
    if (command == QLatin1String("drift"))
        return runDrift();
    parseFor(QString(), {});
    return usageError(Tr::tr("unknown command '%1' (try 'barista --help')").arg(command));
}

bool Cli::openContext()
{
    QString path = m_parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = Workspace::defaultPath();
    m_context = std::make_unique<AppContext>(path);
    QString error;
    if (!m_context->open(&error)) {
        fail(WorkspaceError, error);
        return false;
    }
    return true;
}

int Cli::reconcileOrphans(QJsonArray* decisions)
{
    if (m_parser.isSet(QStringLiteral("no-reconcile")))
        return 0;
    const QList<ReconcileDecision> settled = await(m_context->reconciler().reconcile());
    for (const ReconcileDecision& d : settled) {
        const QJsonObject j{{QStringLiteral("journalId"), d.journalId}, {QStringLiteral("operation"), d.operation},
                            {QStringLiteral("connection"), d.connection}, {QStringLiteral("resource"), d.resource},
                            {QStringLiteral("verdict"), d.verdict}, {QStringLiteral("note"), d.note}};
        if (decisions)
            decisions->append(j);
        err() << Tr::tr("reconciled intent %1 (%2 '%3' on %4): %5 - %6")
                     .arg(d.journalId)
                     .arg(d.operation, d.resource, d.connection, d.verdict, d.note)
              << '\n';
    }
    err().flush();
    return int(settled.size());
}

bool Cli::requireConnection(const QString& name)
{
    if (name.isEmpty()) {
        usageError(Tr::tr("--connection is required"));
        return false;
    }
    if (!m_context->connections().find(name)) {
        fail(NotFound, Tr::tr("no connection named '%1' (see 'barista connection list')").arg(name));
        return false;
    }
    return true;
}

int Cli::usageError(const QString& message)
{
    return fail(Usage, message);
}

int Cli::fail(int code, const QString& message, const CloudError* cloud)
{
    err() << Tr::tr("barista: error: %1").arg(message) << '\n';
    err().flush();
    if (json()) {
        QJsonObject error{{QStringLiteral("exitCode"), code}, {QStringLiteral("message"), message}};
        if (cloud) {
            error.insert(QStringLiteral("kind"), cloudErrorKindName(cloud->kind));
            error.insert(QStringLiteral("providerCode"), cloud->providerCode);
            error.insert(QStringLiteral("providerMessage"), cloud->message);
        }
        printJson(QJsonObject{{QStringLiteral("error"), error}});
    }
    return code;
}

int Cli::cloudFailure(const CloudError& error)
{
    int code = Failure;
    switch (error.kind) {
    case CloudError::Kind::NotFound:
        code = NotFound;
        break;
    case CloudError::Kind::InvalidRequest:
    case CloudError::Kind::Unsupported:
    case CloudError::Kind::QuotaExceeded:
        code = Refused;
        break;
    case CloudError::Kind::Conflict:
        code = Conflict;
        break;
    case CloudError::Kind::Auth:
        code = AuthFailed;
        break;
    case CloudError::Kind::Throttled:
    case CloudError::Kind::Transient:
    case CloudError::Kind::Timeout:
        code = Unavailable;
        break;
    case CloudError::Kind::Canceled:
        code = Canceled;
        break;
    case CloudError::Kind::Internal:
        code = Failure;
        break;
    }
    return fail(code, error.toString(), &error);
}

void Cli::printJson(const QJsonObject& payload)
{
    QJsonObject document{{QStringLiteral("schemaVersion"), JSON_SCHEMA_VERSION}};
    for (auto it = payload.begin(); it != payload.end(); ++it)
        document.insert(it.key(), it.value());
    out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    out().flush();
}

int Cli::runResource(const QString& sub)
{
    static const QStringList subs = {QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("create"),
                                     QStringLiteral("delete"), QStringLiteral("control")};
    if (!subs.contains(sub)) {
        parseFor(QString(), {});
        return usageError(Tr::tr("usage: barista resource list|get|create|delete|control --connection C --kind K"));
    }
    QList<QCommandLineOption> options = {
        opt(QStringLiteral("connection"), Tr::tr("The connection to use."), QStringLiteral("name")),
        opt(QStringLiteral("kind"), Tr::tr("Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, "
                                           "nlb, cluster, spec, image, price."),
            QStringLiteral("kind")),
    };
    QString positional;
    if (sub == QLatin1String("create")) {
        options += ResourceRequestBuilder::options();
        options += opt(QStringLiteral("wait"), Tr::tr("Wait until the new resource leaves its transitional status."));
    } else if (sub == QLatin1String("control")) {
        options += opt(QStringLiteral("action"), Tr::tr("suspend, resume, reboot or terminate."), QStringLiteral("action"));
        options += opt(QStringLiteral("wait"), Tr::tr("Wait until the resource leaves its transitional status."));
        positional = QStringLiteral("name");
    } else if (sub == QLatin1String("delete")) {
        options += opt(QStringLiteral("wait"), Tr::tr("Wait until the cloud no longer lists the resource as existing "
                                                      "(a terminated VM still holds its network until then)."));
        positional = QStringLiteral("name");
    } else if (sub != QLatin1String("list")) {
        positional = QStringLiteral("name");
    }
    if (!parseFor(QStringLiteral("resource ") + sub, options, positional))
        return m_parser.errorText().isEmpty() ? Ok : Usage;

    const QString kindName = m_parser.value(QStringLiteral("kind"));
    if (kindName.isEmpty())
        return usageError(Tr::tr("--kind is required"));
    const std::optional<ResourceKind> kind = resourceKindFromName(kindName);
    if (!kind)
        return usageError(Tr::tr("--kind '%1' is not a resource kind").arg(kindName));
    const QStringList args = m_parser.positionalArguments();
    QString target;
    if (!positional.isEmpty()) {
        if (args.size() != 3)
            return usageError(Tr::tr("usage: barista resource %1 --connection C --kind K NAME").arg(sub));
        target = args.at(2);
    } else if (args.size() > 2) {
        return usageError(Tr::tr("unexpected argument '%1'").arg(args.at(2)));
    }
    std::optional<ControlAction> action;
    if (sub == QLatin1String("control")) {
        action = controlActionFromName(m_parser.value(QStringLiteral("action")));
        if (!action)
            return usageError(Tr::tr("--action must be suspend, resume, reboot or terminate"));
    }
    Resource request;
    if (sub == QLatin1String("create")) {
        QString error;
        if (!ResourceRequestBuilder::build(*kind, m_parser, &request, &error))
            return usageError(error);
    }

    if (!openContext())
        return WorkspaceError;
    const QString connection = m_parser.value(QStringLiteral("connection"));
    if (!requireConnection(connection))
        return m_parser.value(QStringLiteral("connection")).isEmpty() ? Usage : NotFound;
    reconcileOrphans(nullptr);
    ResourceService& service = m_context->resources();
    const QJsonObject where{{QStringLiteral("connection"), connection}, {QStringLiteral("kind"), resourceKindName(*kind)}};

    if (sub == QLatin1String("list")) {
        const Result<QList<Resource>> listed = await(service.list(connection, *kind));
        if (!listed.ok())
            return cloudFailure(listed.error());
        if (json()) {
            QJsonArray items;
            for (const Resource& r : listed.value())
                items.append(r.toJson());
            QJsonObject payload = where;
            payload.insert(QStringLiteral("items"), items);
            printJson(payload);
        } else {
            QList<QStringList> rows;
            for (const Resource& r : listed.value())
                rows.append({r.iid().nameId, r.iid().systemId, resourceStatusLabel(r.statusName()), details(r)});
            printTable({Tr::tr("NAME"), Tr::tr("SYSTEM ID"), Tr::tr("STATUS"), Tr::tr("DETAILS")}, rows);
        }
        return Ok;
    }

    Result<Resource> result;
    if (sub == QLatin1String("get")) {
        result = await(service.get(connection, *kind, target));
    } else if (sub == QLatin1String("create")) {
        result = await(service.create(connection, request));
    } else if (sub == QLatin1String("control")) {
        result = await(service.control(connection, *kind, Iid{target, QString()}, *action));
    } else { // delete
        // The cloud wants its own id for some calls: resolve the name first, as a user would.
        Iid iid{target, QString()};
        const Result<Resource> existing = await(service.get(connection, *kind, target));
        if (existing.ok())
            iid = existing.value().iid();
        else if (existing.error().kind != CloudError::Kind::NotFound)
            return cloudFailure(existing.error());
        const Result<Done> removed = await(service.remove(connection, *kind, iid));
        if (!removed.ok())
            return cloudFailure(removed.error());
        if (m_parser.isSet(QStringLiteral("wait"))) {
            const int code = waitUntil(connection, *kind, iid, [](const Result<Resource>& r) {
                if (!r.ok())
                    return r.error().kind == CloudError::Kind::NotFound;
                const auto* vm = r.value().as<VmInfo>();
                return vm && vm->status == VmStatus::Terminated;
            });
            if (code != Ok)
                return code;
        }
        if (json()) {
            QJsonObject payload = where;
            payload.insert(QStringLiteral("deleted"), iid.toJson());
            printJson(payload);
        } else {
            out() << Tr::tr("deleted %1 '%2' on %3").arg(resourceKindLabel(*kind), target, connection) << '\n';
        }
        return Ok;
    }
    if (!result.ok())
        return cloudFailure(result.error());

    Resource resource = result.value();
    // Only create and control define --wait; asking the parser about it for get warns on stderr.
    if (sub != QLatin1String("get") && m_parser.isSet(QStringLiteral("wait"))) {
        // A cluster whose node groups the cloud takes only once it is active (EKS): the
        // service sends them then; wait for that first, telling the user what happens.
        QStringList groups; // then also waited for in the cluster's listing
        bool followed = false;
        if (sub == QLatin1String("create")) {
            const Result<Resource> added = CliNodeGroups::awaitNodeGroups(service, connection, resource, &followed);
            if (!added.ok())
                return cloudFailure(added.error());
            resource = added.value();
        }
        if (const auto* cluster = request.as<ClusterInfo>(); cluster && followed) {
            for (const NodeGroupInfo& g : cluster->nodeGroups)
                groups << g.iid.nameId;
        }
        Result<Resource> last = resource;
        const int code = waitUntil(connection, *kind, resource.iid(), [&last, &groups](const Result<Resource>& r) {
            if (!r.ok())
                return true; // reported below
            last = r;
            return !isTransitionalResource(r.value()) && CliNodeGroups::showsNodeGroups(r.value(), groups);
        });
        if (code != Ok)
            return code;
        if (!last.ok())
            return cloudFailure(last.error());
        resource = last.value();
    } else if (sub == QLatin1String("create")) {
        CliNodeGroups::warnIfFollowUpDropped(service, connection, resource);
    }
    if (json()) {
        QJsonObject payload = where;
        payload.insert(QStringLiteral("resource"), resource.toJson());
        printJson(payload);
    } else {
        printTable({Tr::tr("NAME"), Tr::tr("SYSTEM ID"), Tr::tr("STATUS"), Tr::tr("DETAILS")},
                   {{resource.iid().nameId, resource.iid().systemId, resourceStatusLabel(resource.statusName()),
                     details(resource)}});
    }
    return Ok;
}

int Cli::runJobs()
{
    const QList<QCommandLineOption> options
        = {opt(QStringLiteral("limit"), Tr::tr("Show at most N jobs (default 50)."), QStringLiteral("n"))};
    if (!parseFor(QStringLiteral("jobs"), options))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    bool ok = true;
    const int limit = m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit <= 0)
        return usageError(Tr::tr("--limit must be a positive number"));
    if (!openContext())
        return WorkspaceError;
    const QList<JobRecord> jobs = m_context->jobHistory().recent(limit);
    if (json()) {
        QJsonArray items;
        for (const JobRecord& j : jobs)
            items.append(j.toJson());
        printJson(QJsonObject{{QStringLiteral("jobs"), items}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const JobRecord& j : jobs) {
        QString state = j.state;
        if (j.finishedAtMs == 0 && !j.sessionAlive)
            state = Tr::tr("interrupted");
        rows.append({QDateTime::fromMSecsSinceEpoch(j.queuedAtMs).toString(Qt::ISODate), state,
                     QString::number(j.attempts), j.title, j.error ? j.error->toString() : QString()});
    }
    printTable({Tr::tr("QUEUED"), Tr::tr("STATE"), Tr::tr("ATTEMPTS"), Tr::tr("JOB"), Tr::tr("ERROR")}, rows);
    return Ok;
}

int Cli::runJournal()
{
    const QList<QCommandLineOption> options
        = {opt(QStringLiteral("limit"), Tr::tr("Show at most N entries (default: all)."), QStringLiteral("n"))};
    if (!parseFor(QStringLiteral("journal"), options))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    bool ok = true;
    const int limit = m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt(&ok) : 0;
    if (!ok || limit < 0)
        return usageError(Tr::tr("--limit must be a positive number"));
    if (!openContext())
        return WorkspaceError;
    QJsonArray decisions;
    reconcileOrphans(&decisions);
    const QList<JournalEntry> entries = m_context->journal().entries(limit);
    if (json()) {
        QJsonArray items;
        for (const JournalEntry& e : entries)
            items.append(e.toJson());
        printJson(QJsonObject{{QStringLiteral("reconciled"), decisions}, {QStringLiteral("entries"), items}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const JournalEntry& e : entries) {
        rows.append({QString::number(e.id), QDateTime::fromMSecsSinceEpoch(e.createdAtMs).toString(Qt::ISODate),
                     e.operation, e.connection, resourceKindName(e.kind), e.iid.nameId, journalStateName(e.state),
                     e.error ? e.error->toString() : e.note});
    }
    printTable({Tr::tr("ID"), Tr::tr("TIME"), Tr::tr("OPERATION"), Tr::tr("CONNECTION"), Tr::tr("KIND"),
                Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("NOTE")},
               rows);
    return Ok;
}

int Cli::runReconcile()
{
    if (!parseFor(QStringLiteral("reconcile"), {}))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    if (!openContext())
        return WorkspaceError;
    QJsonArray decisions;
    const int count = reconcileOrphans(&decisions);
    if (json())
        printJson(QJsonObject{{QStringLiteral("reconciled"), decisions}});
    else
        out() << Tr::tr("%n intent(s) settled", nullptr, count) << '\n';
    return Ok;
}

} // namespace Barista
