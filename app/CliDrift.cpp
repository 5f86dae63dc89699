// SPDX-License-Identifier: GPL-3.0-or-later
// `barista drift`: what the workspace knows against what the cloud lists on one connection
// (mapped, only ours, only in the cloud), and the actions that close the gap.
#include "app/AppContext.h"
#include "app/Cli.h"
#include "app/CliSupport.h"
#include "models/domain/ResourceKindLabel.h"
#include "models/infra/DriftReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString infraAndNode(const DriftItem& item)
{
    if (!item.node.isEmpty())
        return item.infra + QLatin1Char('/') + item.node;
    if (item.shared)
        return item.infra.isEmpty() ? Tr::tr("shared") : Tr::tr("shared (%1)").arg(item.infra);
    return item.infra;
}

QString originLabel(const DriftItem& item)
{
    if (item.group != DriftItem::Group::OnlyInCloud)
        return Tr::tr("tracked");
    return item.tagged ? Tr::tr("ours, untracked (orphan)") : Tr::tr("foreign");
}

void printGroup(const DriftSnapshot& snapshot, DriftItem::Group group)
{
    const QList<DriftItem> items = snapshot.group(group);
    switch (group) {
    case DriftItem::Group::Mapped:
        out() << Tr::tr("Mapped: known to the workspace and listed by the cloud (%1)").arg(items.size()) << '\n';
        break;
    case DriftItem::Group::OnlyOurs:
        out() << Tr::tr("Only ours: known to the workspace, not listed by the cloud (%1)").arg(items.size()) << '\n';
        break;
    case DriftItem::Group::OnlyInCloud:
        out() << Tr::tr("Only in the cloud: listed by the cloud, no record in the workspace (%1)").arg(items.size())
              << '\n';
        break;
    }
    if (items.isEmpty()) {
        out() << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const DriftItem& i : items) {
        rows << QStringList { resourceKindName(i.kind), i.iid.nameId, i.iid.systemId, resourceStatusLabel(i.status()),
            originLabel(i), infraAndNode(i), i.journalId > 0 ? QString::number(i.journalId) : QString() };
    }
    printTable({ Tr::tr("KIND"), Tr::tr("NAME"), Tr::tr("SYSTEM ID"), Tr::tr("STATUS"), Tr::tr("ORIGIN"),
                   Tr::tr("INFRA/NODE"), Tr::tr("JOURNAL") },
        rows);
    out() << '\n';
    out().flush();
}
} // namespace

int Cli::runDrift()
{
    const QList<QCommandLineOption> options = {
        opt(QStringLiteral("connection"), Tr::tr("The connection to compare."), QStringLiteral("name")),
        opt(QStringLiteral("kind"),
            Tr::tr("Only this kind: vpc, securitygroup, keypair, vm, disk, myimage, nlb or cluster "
                   "(default: every kind the provider can list)."),
            QStringLiteral("kind")),
        opt(QStringLiteral("adopt"),
            Tr::tr("Record a resource that only the cloud has as ours (by system id or name)."), QStringLiteral("id")),
        opt(QStringLiteral("delete"), Tr::tr("Delete a resource the cloud lists (journaled; by system id or name)."),
            QStringLiteral("id")),
        opt(QStringLiteral("forget"),
            Tr::tr("Record as gone a resource the cloud no longer lists (by system id or name)."),
            QStringLiteral("id")),
    };
    if (!parseFor(QStringLiteral("drift"), options))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    const QStringList args = m_parser.positionalArguments();
    if (args.size() > 1)
        return usageError(Tr::tr("unexpected argument '%1'").arg(args.at(1)));
    QList<ResourceKind> kinds;
    if (m_parser.isSet(QStringLiteral("kind"))) {
        const std::optional<ResourceKind> kind = resourceKindFromName(m_parser.value(QStringLiteral("kind")));
        if (!kind || !DriftReport::userKinds().contains(*kind))
            return usageError(
                Tr::tr("--kind '%1' is not a kind of resource you create").arg(m_parser.value(QStringLiteral("kind"))));
        kinds << *kind;
    }
    QString action;
    for (const QString& name : { QStringLiteral("adopt"), QStringLiteral("delete"), QStringLiteral("forget") }) {
        if (!m_parser.isSet(name))
            continue;
        if (!action.isEmpty())
            return usageError(Tr::tr("--%1 and --%2 cannot be used together").arg(action, name));
        action = name;
    }

    if (!openContext())
        return WorkspaceError;
    const QString connection = m_parser.value(QStringLiteral("connection"));
    if (!requireConnection(connection))
        return connection.isEmpty() ? Usage : NotFound;
    reconcileOrphans(nullptr);
    DriftReport drift(
        &m_context->resources(), &m_context->journal(), &m_context->infraStore(), &m_context->providers());
    const DriftSnapshot snapshot = await(drift.scan(connection, kinds));
    if (snapshot.error)
        return cloudFailure(*snapshot.error);
    if (!snapshot.kinds.isEmpty() && snapshot.errors.size() == snapshot.kinds.size())
        return cloudFailure(snapshot.errors.first().second);
    for (const auto& [kind, error] : snapshot.errors) {
        err() << Tr::tr("warning: cannot list %1 (nothing is concluded about them): %2")
                     .arg(resourceKindPluralLabel(kind), error.toString())
              << '\n';
    }
    err().flush();

    if (action.isEmpty()) {
        if (json()) {
            printJson(snapshot.toJson());
        } else {
            for (DriftItem::Group g :
                { DriftItem::Group::Mapped, DriftItem::Group::OnlyOurs, DriftItem::Group::OnlyInCloud })
                printGroup(snapshot, g);
        }
        // Fail-closed for scripts: a partial comparison is not a clean bill.
        return snapshot.errors.isEmpty() ? Ok : Unavailable;
    }

    const QString id = m_parser.value(action);
    const QList<DriftItem> found = snapshot.find(id);
    if (found.isEmpty()) {
        return fail(NotFound,
            snapshot.errors.isEmpty()
                ? Tr::tr("nothing named '%1' on %2 in any drift group").arg(id, connection)
                : Tr::tr("nothing named '%1' on %2 in the kinds that could be listed").arg(id, connection));
    }
    if (found.size() > 1)
        return usageError(Tr::tr("'%1' names %2 resources: use the system id or --kind").arg(id).arg(found.size()));
    const DriftItem& item = found.first();
    DriftAction result;
    if (action == QLatin1String("adopt"))
        result = drift.adopt(item);
    else if (action == QLatin1String("forget"))
        result = drift.forget(item);
    else
        result = await(drift.remove(item));
    if (!result.ok) {
        if (result.error)
            return cloudFailure(*result.error);
        return fail(Refused, result.message);
    }
    if (json()) {
        printJson(QJsonObject { { QStringLiteral("action"), action }, { QStringLiteral("item"), item.toJson() },
            { QStringLiteral("result"), result.toJson() } });
    } else {
        out() << result.message << '\n';
        out().flush();
    }
    return Ok;
}

} // namespace Barista
