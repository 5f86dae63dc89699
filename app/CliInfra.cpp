// SPDX-License-Identifier: GPL-3.0-or-later
// `barista infra ...` and `barista drift`: multi-cloud infrastructures (Tumblebug's MCI) as one
// unit. Long actions print progress on stderr and their outcome on stdout.
#include "app/AppContext.h"
#include "app/Cli.h"
#include "app/CliSupport.h"
#include "models/workspace/ConnectionStore.h"
#include "models/infra/InfraEngine.h"
#include "models/infra/InfraReviewer.h"
#include "models/infra/InfraSpecReader.h"
#include "models/infra/InfraStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString money(const std::optional<double>& value, const QString& currency)
{
    return value ? QStringLiteral("%1 %2").arg(*value, 0, 'f', 4).arg(currency) : Tr::tr("unknown");
}

void printReview(const InfraReview& review)
{
    QList<QStringList> rows;
    for (const NodeGroupReview& g : review.groups) {
        rows << QStringList{g.group,
                            g.connection,
                            g.specName,
                            QString::number(g.nodeCount),
                            g.vcpu > 0 ? QString::number(g.vcpu) : QStringLiteral("?"),
                            g.memoryGiB > 0 ? QString::number(g.memoryGiB) : QStringLiteral("?"),
                            money(g.pricePerHour, g.currency),
                            money(g.costPerHour(), g.currency),
                            verdictName(g.verdict)};
    }
    printTable({Tr::tr("GROUP"), Tr::tr("CONNECTION"), Tr::tr("SPEC"), Tr::tr("NODES"), Tr::tr("VCPU"),
                Tr::tr("MEM GIB"), Tr::tr("PRICE/H"), Tr::tr("COST/H"), Tr::tr("VERDICT")},
               rows);
    for (const QString& m : review.messages)
        out() << Tr::tr("error: %1").arg(m) << '\n';
    for (const NodeGroupReview& g : review.groups) {
        for (const QString& m : g.messages)
            out() << QStringLiteral("  %1: %2\n").arg(g.group, m);
    }
    for (const ConnectionReview& c : review.connections) {
        const QString net = c.networkExists ? Tr::tr("existing network") : QStringLiteral("%1 / %2").arg(c.vpcCidr, c.subnetCidr);
        out() << Tr::tr("  %1: %2 node(s), %3 vCPU, network %4").arg(c.connection).arg(c.nodes).arg(c.vcpus).arg(net)
              << '\n';
        for (const QString& m : c.messages)
            out() << QStringLiteral("    %1\n").arg(m);
    }
    out() << Tr::tr("Estimated cost: %1 USD/hour for %2 node(s)")
                 .arg(review.knownCostPerHour(), 0, 'f', 4)
                 .arg(review.totalNodes());
    if (review.nodesWithUnknownPrice() > 0)
        out() << Tr::tr(" (+ %n node(s) with an unknown price, not counted)", nullptr, review.nodesWithUnknownPrice());
    out() << '\n' << (review.ok() ? Tr::tr("Review: OK") : Tr::tr("Review: errors, nothing can be created")) << '\n';
    out().flush();
}

void printNodes(const QList<InfraNode>& nodes)
{
    QList<QStringList> rows;
    for (const InfraNode& n : nodes) {
        rows << QStringList{n.name, n.group, n.connection, n.status, n.publicIp,
                            n.error ? n.error->toString() : QString()};
    }
    printTable({Tr::tr("NODE"), Tr::tr("GROUP"), Tr::tr("CONNECTION"), Tr::tr("STATUS"), Tr::tr("PUBLIC IP"),
                Tr::tr("ERROR")},
               rows);
}

QJsonArray nodesJson(const QList<InfraNode>& nodes)
{
    QJsonArray a;
    for (const InfraNode& n : nodes)
        a.append(n.toJson());
    return a;
}
} // namespace

int Cli::infraOutcome(const InfraOutcome& outcome)
{
    const QList<InfraNode> nodes = m_context->infraStore().nodes(outcome.infra);
    if (json()) {
        QJsonObject o = outcome.toJson();
        o.insert(QStringLiteral("nodes"), nodesJson(nodes));
        printJson(QJsonObject{{QStringLiteral("outcome"), o}});
    } else {
        if (!nodes.isEmpty() && nodes.size() <= 50)
            printNodes(nodes);
        for (const QJsonObject& f : outcome.failedNodes) {
            out() << Tr::tr("failed: %1 on %2: %3")
                         .arg(f.value(QStringLiteral("node")).toString(), f.value(QStringLiteral("connection")).toString(),
                              CloudError::fromJson(f.value(QStringLiteral("error")).toObject()).toString())
                  << '\n';
        }
        for (const QString& s : outcome.skippedNodes)
            out() << Tr::tr("skipped: %1").arg(s) << '\n';
        for (const QString& u : outcome.unconfirmed)
            out() << Tr::tr("not confirmed: %1").arg(u) << '\n';
        for (const RemoteCommandResult& r : outcome.commandResults) {
            out() << QStringLiteral("[%1] exit %2").arg(r.node).arg(r.exitStatus)
                  << (r.error ? QStringLiteral(" (%1)").arg(r.error->toString()) : QString()) << '\n';
            out() << QString::fromUtf8(r.standardOutput);
            if (!r.standardError.isEmpty())
                out() << QString::fromUtf8(r.standardError);
        }
        out() << outcome.message << '\n';
        if (!outcome.status.text.isEmpty())
            out() << Tr::tr("Status: %1").arg(outcome.status.text) << '\n';
        out().flush();
    }
    return outcome.ok ? Ok : Failure;
}

int Cli::infraAddGroup(const QString& infra)
{
    NodeGroupSpec group;
    group.name = m_parser.value(QStringLiteral("group"));
    group.specId = m_parser.value(QStringLiteral("spec"));
    group.imageId = m_parser.value(QStringLiteral("image"));
    group.connectionName = m_parser.value(QStringLiteral("connection"));
    group.zone = m_parser.value(QStringLiteral("zone"));
    bool sized = false;
    group.nodeGroupSize = m_parser.value(QStringLiteral("size")).toInt(&sized);
    if (group.name.isEmpty() || group.specId.isEmpty() || group.imageId.isEmpty() || !sized || group.nodeGroupSize < 1)
        return usageError(Tr::tr("'infra add-group NAME' needs --group G --spec PROVIDER+REGION+SPEC --image I --size N (N >= 1)"));
    const std::optional<InfraRecord> record = m_context->infraStore().infra(infra);
    // The new group is reviewed as a create would review it (spec, image, quota, price), alone.
    InfraSpec probe = record->spec;
    probe.nodeGroups = {group};
    QString catalogError;
    if (!m_context->openCatalog(&catalogError))
        err() << Tr::tr("warning: the catalog cannot be opened (%1); prices will be unknown").arg(catalogError) << '\n';
    const InfraReview review
        = await(m_context->infraReviewer().review(probe, InfraReviewer::Purpose::GroupsForExisting));
    if (!review.ok() || review.groups.size() != 1) {
        if (json())
            printJson(QJsonObject{{QStringLiteral("review"), review.toJson()}});
        else
            printReview(review);
        return Refused;
    }
    if (!json())
        printReview(review);
    const NodeGroupReview& reviewed = review.groups.first();
    if (reviewed.connectionToAdd && !m_context->connections().find(reviewed.connectionToAdd->name)) {
        QString error;
        if (!m_context->connections().add(*reviewed.connectionToAdd, &error))
            return fail(Failure, Tr::tr("cannot add connection '%1': %2").arg(reviewed.connectionToAdd->name, error));
    }
    return infraOutcome(await(m_context->infraEngine().addNodeGroup(infra, group, reviewed.connection)));
}

int Cli::runInfra(const QString& sub)
{
    const QString usage = QStringLiteral("infra review|create|list|status|control|scale|add-group|delete|cmd");
    const QList<QCommandLineOption> options = {
        opt(QStringLiteral("action"), Tr::tr("suspend, resume, reboot, terminate, refine, reconcile or abort."),
            QStringLiteral("action")),
        opt(QStringLiteral("group"), Tr::tr("Only this node group."), QStringLiteral("group")),
        opt(QStringLiteral("node"), Tr::tr("Only this node."), QStringLiteral("node")),
        opt(QStringLiteral("label"), Tr::tr("Only nodes whose labels match KEY=VALUE[,KEY=VALUE]."), QStringLiteral("selector")),
        opt(QStringLiteral("size"), Tr::tr("The node group's new size."), QStringLiteral("n")),
        opt(QStringLiteral("spec"), Tr::tr("add-group: the spec, PROVIDER+REGION+SPEC as in a spec file's specId."),
            QStringLiteral("spec-id")),
        opt(QStringLiteral("image"), Tr::tr("add-group: the image id."), QStringLiteral("image")),
        opt(QStringLiteral("connection"), Tr::tr("add-group: the connection (default: the one of the spec's region)."),
            QStringLiteral("name")),
        opt(QStringLiteral("zone"), Tr::tr("add-group: the zone."), QStringLiteral("zone")),
        opt(QStringLiteral("user"), Tr::tr("SSH user (default: the node's own)."), QStringLiteral("user")),
        opt(QStringLiteral("timeout"), Tr::tr("Per-node timeout of a command, in seconds (default 1800)."),
            QStringLiteral("seconds")),
        opt(QStringLiteral("cached"), Tr::tr("Show the status the workspace knows without asking the clouds.")),
    };
    if (!parseFor(usage, options, QStringLiteral("name-or-file")))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    const QStringList positional = m_parser.positionalArguments(); // {"infra", sub, name, ...}
    const QString target = positional.value(2);
    if (sub != QLatin1String("list") && target.isEmpty())
        return usageError(Tr::tr("'infra %1' needs a name or a file").arg(sub));
    if (!QStringList{QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("status"),
                     QStringLiteral("control"), QStringLiteral("scale"), QStringLiteral("add-group"), QStringLiteral("delete"),
                     QStringLiteral("cmd")}
             .contains(sub))
        return usageError(Tr::tr("unknown infra command '%1' (%2)").arg(sub, usage));
    if (!openContext())
        return WorkspaceError;
    reconcileOrphans(nullptr);
    InfraEngine& engine = m_context->infraEngine();
    QObject::connect(&engine, &InfraEngine::progress, &engine, [](const QString& infra, const QString& message) {
        err() << QStringLiteral("%1: %2\n").arg(infra, message);
        err().flush();
    });
    InfraScope scope;
    scope.group = m_parser.value(QStringLiteral("group"));
    scope.node = m_parser.value(QStringLiteral("node"));
    scope.labelSelector = m_parser.value(QStringLiteral("label"));

    if (sub == QLatin1String("review") || sub == QLatin1String("create")) {
        QList<InfraSpecError> errors;
        const std::optional<InfraSpec> spec = InfraSpecReader::readFile(target, &errors);
        if (!spec) {
            QStringList lines;
            for (const InfraSpecError& e : errors)
                lines << e.toString();
            if (json()) {
                QJsonArray a;
                for (const InfraSpecError& e : errors)
                    a.append(QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message}});
                printJson(QJsonObject{{QStringLiteral("specErrors"), a}});
            }
            return fail(Usage, Tr::tr("%1 is not a valid infra spec:\n  %2").arg(target, lines.join(QStringLiteral("\n  "))));
        }
        QString catalogError;
        if (!m_context->openCatalog(&catalogError))
            err() << Tr::tr("warning: the catalog cannot be opened (%1); prices will be unknown").arg(catalogError) << '\n';
        const InfraReview review = await(m_context->infraReviewer().review(*spec));
        if (sub == QLatin1String("review") || !review.ok()) {
            if (json())
                printJson(QJsonObject{{QStringLiteral("review"), review.toJson()}});
            else
                printReview(review);
            return review.ok() ? Ok : Refused;
        }
        if (!json())
            printReview(review);
        QObject::connect(&engine, &InfraEngine::commandOutput, &engine,
                         [](const QString&, const QString& node, const QByteArray& chunk, bool) {
                             err() << QStringLiteral("[%1] %2").arg(node, QString::fromUtf8(chunk));
                             err().flush();
                         });
        return infraOutcome(await(engine.create(*spec, review)));
    }
    if (sub == QLatin1String("list")) {
        const QList<InfraRecord> infras = m_context->infraStore().infras();
        if (json()) {
            QJsonArray a;
            for (const InfraRecord& r : infras) {
                a.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("description"), r.spec.description},
                                     {QStringLiteral("status"), engine.status(r.name).toJson()}});
            }
            printJson(QJsonObject{{QStringLiteral("infras"), a}});
            return Ok;
        }
        QList<QStringList> rows;
        for (const InfraRecord& r : infras) {
            const InfraStatus s = engine.status(r.name);
            rows << QStringList{r.name, s.text, s.targetAction, r.note};
        }
        printTable({Tr::tr("NAME"), Tr::tr("STATUS"), Tr::tr("TARGET"), Tr::tr("NOTE")}, rows);
        return Ok;
    }
    if (!m_context->infraStore().infra(target))
        return fail(NotFound, Tr::tr("no infrastructure named '%1' (see 'barista infra list')").arg(target));
    if (sub == QLatin1String("status")) {
        InfraOutcome o;
        if (m_parser.isSet(QStringLiteral("cached"))) {
            o.infra = target;
            o.action = QStringLiteral("status");
            o.ok = true;
            o.status = engine.status(target);
        } else {
            o = await(engine.refreshStatus(target));
        }
        const QList<InfraNode> nodes = m_context->infraStore().nodes(target);
        if (json()) {
            QJsonObject s = o.status.toJson();
            s.insert(QStringLiteral("name"), target);
            s.insert(QStringLiteral("nodes"), nodesJson(nodes));
            QJsonArray shared;
            for (const InfraSharedResource& r : m_context->infraStore().allShared()) {
                if (r.owner == target || r.owner.isEmpty())
                    shared.append(r.toJson());
            }
            s.insert(QStringLiteral("shared"), shared);
            s.insert(QStringLiteral("unconfirmed"), QJsonArray::fromStringList(o.unconfirmed));
            printJson(QJsonObject{{QStringLiteral("infra"), s}});
        } else {
            out() << QStringLiteral("%1: %2  (%3 / %4)\n").arg(target, o.status.text, o.status.targetAction, o.status.targetStatus);
            printNodes(nodes);
        }
        return Ok;
    }
    if (sub == QLatin1String("control")) {
        const QString action = m_parser.value(QStringLiteral("action"));
        if (!InfraEngine::controlActions().contains(action))
            return usageError(Tr::tr("--action must be one of %1").arg(InfraEngine::controlActions().join(QStringLiteral(", "))));
        return infraOutcome(await(engine.control(target, action, scope)));
    }
    if (sub == QLatin1String("scale")) {
        bool ok = false;
        const int size = m_parser.value(QStringLiteral("size")).toInt(&ok);
        if (scope.group.isEmpty() || !ok)
            return usageError(Tr::tr("'infra scale' needs --group G and --size N"));
        return infraOutcome(await(engine.scale(target, scope.group, size)));
    }
    if (sub == QLatin1String("add-group"))
        return infraAddGroup(target);
    if (sub == QLatin1String("delete"))
        return infraOutcome(await(engine.remove(target)));
    // cmd: everything after the name (after "--") is the command.
    const QString command = positional.mid(3).join(QLatin1Char(' '));
    if (command.trimmed().isEmpty())
        return usageError(Tr::tr("'infra cmd NAME -- COMMAND' needs a command"));
    const int timeoutSeconds = m_parser.value(QStringLiteral("timeout")).toInt();
    QObject::connect(&engine, &InfraEngine::commandOutput, &engine,
                     [this](const QString&, const QString& node, const QByteArray& chunk, bool) {
                         if (!json()) {
                             err() << QStringLiteral("[%1] %2").arg(node, QString::fromUtf8(chunk));
                             err().flush();
                         }
                     });
    return infraOutcome(await(engine.runCommand(target, scope, command, m_parser.value(QStringLiteral("user")),
                                                timeoutSeconds > 0 ? timeoutSeconds * 1000 : 0)));
}

} // namespace Barista
