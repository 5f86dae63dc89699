// SPDX-License-Identifier: GPL-3.0-or-later
// `barista catalog ...`: the local catalog of regions, specs, images and prices (Cli's
// catalog commands live here to keep Cli.cpp about resources and the journal).
#include "app/AppContext.h"
#include "app/Cli.h"
#include "app/CliSupport.h"
#include "models/catalog/CatalogStore.h"
#include "models/catalog/Recommender.h"
#include "models/domain/ConnectionConfig.h"
#include "models/workspace/CatalogRefresher.h"
#include "models/workspace/ConnectionStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLocale>

namespace Barista {

using namespace CliSupport;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString price(const std::optional<double>& value, const QString& currency)
{
    return value ? QStringLiteral("%1 %2").arg(*value, 0, 'f', 4).arg(currency) : Tr::tr("unknown");
}

/// "8", "8:", ":64" or "8:64" -> a range; false on anything else.
bool parseRange(const QString& text, NumericRange* range)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2 || text.isEmpty())
        return false;
    const auto number = [](const QString& s, std::optional<double>* out) {
        if (s.isEmpty())
            return true;
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok || v < 0)
            return false;
        *out = v;
        return true;
    };
    if (!number(parts.at(0), &range->min))
        return false;
    if (parts.size() == 1) {
        range->max = range->min;
        return true;
    }
    return number(parts.at(1), &range->max);
}

QString count(double value)
{
    return value > 0 ? QString::number(value) : QStringLiteral("?"); // 0 = not known
}

QStringList listValue(const QCommandLineParser& p, const QString& name)
{
    QStringList out;
    for (const QString& v : p.values(name))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}
} // namespace

bool Cli::openCatalog()
{
    if (!openContext())
        return false;
    QString error;
    if (!m_context->openCatalog(&error)) {
        fail(WorkspaceError, Tr::tr("the catalog cannot be opened: %1").arg(error));
        return false;
    }
    return true;
}

int Cli::runCatalog(const QString& sub)
{
    static const QStringList subs = {QStringLiteral("regions"), QStringLiteral("search"), QStringLiteral("recommend"),
                                     QStringLiteral("import"), QStringLiteral("refresh"), QStringLiteral("stats")};
    if (!subs.contains(sub)) {
        parseFor(QString(), {});
        return usageError(Tr::tr("usage: barista catalog regions|search|recommend|import|refresh|stats"));
    }
    QList<QCommandLineOption> options;
    QString positional;
    if (sub == QLatin1String("regions")) {
        options << opt(QStringLiteral("provider"), Tr::tr("Only this provider's regions."), QStringLiteral("provider"));
    } else if (sub == QLatin1String("search")) {
        positional = QStringLiteral("query");
    } else if (sub == QLatin1String("import")) {
        positional = QStringLiteral("file");
        options << opt(QStringLiteral("provider"), Tr::tr("Provider of a SkyPilot file (default: its folder name)."),
                       QStringLiteral("provider"));
    } else if (sub == QLatin1String("refresh")) {
        options << opt(QStringLiteral("connection"), Tr::tr("Refresh from this connection (default: every connection)."),
                       QStringLiteral("name"));
    } else if (sub == QLatin1String("recommend")) {
        options << opt(QStringLiteral("vcpu"), Tr::tr("vCPU count or range MIN:MAX."), QStringLiteral("range"))
                << opt(QStringLiteral("mem"), Tr::tr("Memory GiB or range MIN:MAX."), QStringLiteral("range"))
                << opt(QStringLiteral("gpu-count"), Tr::tr("GPU count or range."), QStringLiteral("range"))
                << opt(QStringLiteral("gpu-mem"), Tr::tr("GPU memory GiB or range."), QStringLiteral("range"))
                << opt(QStringLiteral("cost"), Tr::tr("Cost per hour or range."), QStringLiteral("range"))
                << opt(QStringLiteral("provider"), Tr::tr("Providers, comma-separated."), QStringLiteral("list"))
                << opt(QStringLiteral("region"), Tr::tr("Regions, comma-separated."), QStringLiteral("list"))
                << opt(QStringLiteral("arch"), Tr::tr("Architectures, comma-separated."), QStringLiteral("list"))
                << opt(QStringLiteral("gpu"), Tr::tr("Accelerator models, comma-separated."), QStringLiteral("list"))
                << opt(QStringLiteral("priority"), Tr::tr("cost (default), performance, location or latency."),
                       QStringLiteral("priority"))
                << opt(QStringLiteral("near"), Tr::tr("location: a place, a region or LAT,LON."), QStringLiteral("place"))
                << opt(QStringLiteral("from"), Tr::tr("latency: the region users connect from, e.g. aws/ap-northeast-2."),
                       QStringLiteral("region"))
                << opt(QStringLiteral("limit"), Tr::tr("How many specs (default 10)."), QStringLiteral("n"));
    }
    if (!parseFor(QStringLiteral("catalog ") + sub, options, positional))
        return m_parser.errorText().isEmpty() ? Ok : Usage;
    const QStringList args = m_parser.positionalArguments();
    if (!positional.isEmpty() && args.size() != 3)
        return usageError(Tr::tr("usage: barista catalog %1 %2").arg(sub, positional.toUpper()));
    if (positional.isEmpty() && args.size() > 2)
        return usageError(Tr::tr("unexpected argument '%1'").arg(args.at(2)));

    RecommendRequest request;
    if (sub == QLatin1String("recommend")) {
        const QList<QPair<QString, NumericRange*>> ranges = {
            {QStringLiteral("vcpu"), &request.vcpu},           {QStringLiteral("mem"), &request.memoryGiB},
            {QStringLiteral("gpu-count"), &request.gpuCount},  {QStringLiteral("gpu-mem"), &request.gpuMemoryGiB},
            {QStringLiteral("cost"), &request.costPerHour}};
        for (const auto& [name, range] : ranges) {
            if (m_parser.isSet(name) && !parseRange(m_parser.value(name), range))
                return usageError(Tr::tr("--%1 '%2': expected N, MIN:, :MAX or MIN:MAX").arg(name, m_parser.value(name)));
        }
        request.providers = listValue(m_parser, QStringLiteral("provider"));
        request.regions = listValue(m_parser, QStringLiteral("region"));
        request.architectures = listValue(m_parser, QStringLiteral("arch"));
        request.gpuModels = listValue(m_parser, QStringLiteral("gpu"));
        if (m_parser.isSet(QStringLiteral("priority"))) {
            const auto p = RecommendRequest::priorityFromName(m_parser.value(QStringLiteral("priority")));
            if (!p)
                return usageError(Tr::tr("--priority must be cost, performance, location or latency"));
            request.priority = *p;
        }
        request.place = m_parser.value(QStringLiteral("near"));
        request.fromRegion = m_parser.value(QStringLiteral("from"));
        if (request.priority == RecommendRequest::Priority::Location && request.place.isEmpty())
            return usageError(Tr::tr("--priority location needs --near"));
        if (request.priority == RecommendRequest::Priority::Latency && request.fromRegion.isEmpty())
            return usageError(Tr::tr("--priority latency needs --from"));
        if (m_parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            request.limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || request.limit <= 0)
                return usageError(Tr::tr("--limit must be a positive number"));
        }
    }

    if (!openCatalog())
        return WorkspaceError;
    CatalogStore& catalog = m_context->catalog();
    const bool korean = QLocale().language() == QLocale::Korean;

    if (sub == QLatin1String("regions")) {
        const QString provider = m_parser.value(QStringLiteral("provider"));
        const QList<CatalogRegion> regions = catalog.regions(provider);
        if (!provider.isEmpty() && regions.isEmpty())
            return fail(NotFound, Tr::tr("no regions for provider '%1'").arg(provider));
        if (json()) {
            QJsonArray items;
            int zones = 0;
            for (const CatalogRegion& r : regions) {
                items.append(r.toJson());
                zones += int(r.region.zones.size());
            }
            printJson(QJsonObject{{QStringLiteral("regionCount"), int(regions.size())},
                                  {QStringLiteral("zoneCount"), zones},
                                  {QStringLiteral("regions"), items}});
            return Ok;
        }
        QList<QStringList> rows;
        for (const CatalogRegion& r : regions) {
            rows.append({r.region.provider, r.region.name, korean && !r.nameKo.isEmpty() ? r.nameKo : r.region.displayName,
                         r.hasLocation ? QStringLiteral("%1, %2").arg(r.region.latitude).arg(r.region.longitude) : QString(),
                         QString::number(r.region.zones.size())});
        }
        printTable({Tr::tr("PROVIDER"), Tr::tr("REGION"), Tr::tr("NAME"), Tr::tr("LAT, LON"), Tr::tr("ZONES")}, rows);
        return Ok;
    }

    if (sub == QLatin1String("search")) {
        const QString query = args.at(2);
        const CatalogSearchResult result = catalog.search(query);
        if (!result.ok()) {
            // Point at the offending column under the query, as a compiler would.
            err() << query << '\n' << QString(qMax(0, result.error->column - 1), QLatin1Char(' ')) << "^\n";
            return usageError(result.error->toString());
        }
        if (json()) {
            QJsonObject payload = result.toJson();
            payload.insert(QStringLiteral("query"), query);
            printJson(payload);
            return Ok;
        }
        if (!result.regions.isEmpty()) {
            QList<QStringList> rows;
            for (const CatalogRegion& r : result.regions)
                rows.append({r.region.provider, r.region.name,
                             korean && !r.nameKo.isEmpty() ? r.nameKo : r.region.displayName,
                             r.distanceKm ? Tr::tr("%1 km").arg(qRound(*r.distanceKm)) : QString()});
            printTable({Tr::tr("PROVIDER"), Tr::tr("REGION"), Tr::tr("NAME"), Tr::tr("DISTANCE")}, rows);
        }
        if (!result.specs.isEmpty()) {
            if (!result.regions.isEmpty())
                out() << '\n';
            QList<QStringList> rows;
            for (const CatalogSpec& s : result.specs)
                rows.append({s.specId(), count(s.spec.vcpu), count(s.spec.memoryGiB),
                             s.spec.gpuCount > 0 ? QStringLiteral("%1 x %2").arg(s.spec.gpuCount).arg(s.spec.gpuModel)
                                                 : QString(),
                             price(s.spec.costPerHour, s.spec.currency)});
            printTable({Tr::tr("SPEC ID"), Tr::tr("VCPU"), Tr::tr("MEM GIB"), Tr::tr("GPU"), Tr::tr("PRICE/HOUR")}, rows);
        }
        if (!result.images.isEmpty()) {
            out() << '\n';
            QList<QStringList> rows;
            for (const CatalogImage& i : result.images)
                rows.append({i.image.provider, i.image.region, i.image.id, i.image.name});
            printTable({Tr::tr("PROVIDER"), Tr::tr("REGION"), Tr::tr("IMAGE ID"), Tr::tr("NAME")}, rows);
        }
        if (result.regions.isEmpty() && result.specs.isEmpty() && result.images.isEmpty())
            out() << Tr::tr("nothing found") << '\n';
        out().flush();
        return Ok;
    }

    if (sub == QLatin1String("recommend")) {
        const RecommendResult result = Recommender(catalog).recommend(request);
        if (!result.ok())
            return fail(Refused, result.error);
        if (json()) {
            printJson(result.toJson());
            return Ok;
        }
        QList<QStringList> rows;
        for (const Recommendation& r : result.items) {
            QString extra;
            if (r.distanceKm)
                extra = Tr::tr("%1 km").arg(qRound(*r.distanceKm));
            rows.append({QString::number(r.rank), r.spec.specId(), count(r.spec.spec.vcpu),
                         count(r.spec.spec.memoryGiB), price(r.spec.spec.costPerHour, r.spec.spec.currency),
                         extra});
        }
        printTable({Tr::tr("RANK"), Tr::tr("SPEC ID"), Tr::tr("VCPU"), Tr::tr("MEM GIB"), Tr::tr("PRICE/HOUR"),
                    Tr::tr("DISTANCE")},
                   rows);
        return Ok;
    }

    if (sub == QLatin1String("import")) {
        const QString file = args.at(2);
        if (!QFileInfo(file).isFile())
            return fail(NotFound, Tr::tr("no such file: %1").arg(file));
        ImportOptions options;
        options.provider = m_parser.value(QStringLiteral("provider"));
        const ImportReport report = await(catalog.importFile(file, options));
        for (const ImportProblem& problem : report.problems)
            err() << problem.toString() << '\n';
        err().flush();
        if (json())
            printJson(QJsonObject{{QStringLiteral("import"), report.toJson()}});
        if (!report.ok)
            return fail(Refused, report.error.isEmpty() ? Tr::tr("nothing was imported from %1").arg(file) : report.error);
        if (!json())
            out() << Tr::tr("imported %1 of %2 rows from %3 (%4 skipped)")
                         .arg(report.rowsImported)
                         .arg(report.rowsRead)
                         .arg(file)
                         .arg(report.rowsSkipped)
                  << '\n';
        return Ok;
    }

    if (sub == QLatin1String("refresh")) {
        QStringList connections;
        if (m_parser.isSet(QStringLiteral("connection"))) {
            if (!requireConnection(m_parser.value(QStringLiteral("connection"))))
                return NotFound;
            connections << m_parser.value(QStringLiteral("connection"));
        } else {
            for (const ConnectionConfig& c : m_context->connections().all())
                connections << c.name;
        }
        QJsonArray reports;
        int failures = 0;
        for (const QString& connection : connections) {
            const CatalogRefreshReport report = await(m_context->catalogRefresher().refresh(connection));
            reports.append(report.toJson());
            if (!report.ok()) {
                ++failures;
                err() << Tr::tr("refresh of %1 failed: %2").arg(connection, report.error) << '\n';
            } else if (!json()) {
                QStringList parts;
                for (auto it = report.byKind.cbegin(); it != report.byKind.cend(); ++it)
                    parts << Tr::tr("%1 +%2 ~%3 -%4").arg(it.key()).arg(it->inserted).arg(it->updated).arg(it->deleted);
                out() << Tr::tr("refreshed %1: %2").arg(connection, parts.join(QStringLiteral(", "))) << '\n';
            }
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("refreshed"), reports}});
        return failures == 0 ? Ok : Unavailable;
    }

    // stats
    const CatalogStats stats = catalog.stats();
    if (json()) {
        printJson(stats.toJson());
        return Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    for (const ProviderStats& p : stats.providers) {
        const QDateTime specsAt = p.fetchedAt.value(QStringLiteral("specs"));
        rows.append({p.provider, QString::number(p.regions), QString::number(p.zones), QString::number(p.specs),
                     QString::number(p.pricedSpecs), QString::number(p.images),
                     specsAt.isValid() ? specsAt.toString(Qt::ISODate) : Tr::tr("never"),
                     p.isStale(QStringLiteral("specs"), now, 7 * 24 * 3600) ? Tr::tr("stale") : Tr::tr("fresh")});
    }
    printTable({Tr::tr("PROVIDER"), Tr::tr("REGIONS"), Tr::tr("ZONES"), Tr::tr("SPECS"), Tr::tr("PRICED"), Tr::tr("IMAGES"),
                Tr::tr("SPECS FETCHED"), Tr::tr("STATE")},
               rows);
    out() << Tr::tr("database: %1 (%2 bytes, schema %3)").arg(stats.path).arg(stats.databaseBytes).arg(stats.schemaVersion)
          << '\n';
    return Ok;
}

} // namespace Barista
