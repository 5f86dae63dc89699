// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog benchmark (a program, not a test): generates a large realistic catalog, imports it
// through CatalogStore, and times representative queries three ways - the catalog (QtSql, query
// parser, region resolution), the same SQL through the plain sqlite3 C API, and a full scan of
// the CSV files (the SkyPilot way) - printing p50/p95/max and the ratios.
//
//   catalog_bench [--specs 200000] [--images 2000000] [--runs 40] [--scan-runs 3] [--dir DIR]

#include "BenchGenerator.h"
#include "BenchPlainSql.h"
#include "BenchScan.h"

#include "models/catalog/CatalogReader.h"
#include "models/catalog/CatalogStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Barista;
using namespace Barista::Bench;

namespace {

const char* const QUERIES[] = {
    "seoul",
    "서울 in:regions",
    "서",
    "gpu:a100 sort:price",
    "gpu:a100 vcpu>=8 mem>=32 provider:aws,gcp region:asia price<3 near:seoul sort:price",
    "vcpu>=8 mem>=32 sort:price",
    "near:seoul sort:price",
    "near:tokyo within:1000 vcpu>=4 sort:price",
    "provider:azure gpu:h100 sort:price",
    "m5 provider:aws in:specs",
    "standard_d in:specs",
    "xlarge vcpu:16..64 sort:-vcpu",
    "price<0.05 sort:price",
    "region:europe mem>=64 sort:price limit:100",
    "arch:arm64 in:specs sort:price",
    "gpu:any sort:-gpus limit:100",
    "near:37.5,127.0 within:300 gpu:t4",
    "ubuntu in:images",
    "ubuntu-22.04 provider:aws region:ap-northeast-2",
    "os:windows in:images region:us-east-1",
    "rhel in:images limit:200",
    "marketplace vendor12 in:images",
    "in:images provider:gcp",
    "debian-12-arm64 in:images",
};

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms.at(std::clamp<qsizetype>(qsizetype(std::ceil(q * ms.size())) - 1, 0, ms.size() - 1));
    };
    return { at(0.5), at(0.95), ms.last() };
}

double msSince(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void out(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// What a query's providers, regions and near: select, as "provider/region" keys.
ScanScope scopeOf(const CatalogStore& store, const CatalogQuery& query)
{
    ScanScope scope;
    CatalogReader* reader = store.reader();
    QString error;
    const CatalogRegionIndex* index = reader->search().regionIndex(&error);
    std::optional<QSet<qint64>> ids;
    const auto narrow = [&ids](const QSet<qint64>& set) { ids = ids ? (*ids & set) : set; };
    QString unknown;
    if (!query.providers.isEmpty())
        narrow(index->providerRegions(query.providers, &unknown));
    if (!query.regions.isEmpty())
        narrow(index->matchRegions(query.regions, &unknown));
    QHash<qint64, double> distances;
    if (query.hasNear()) {
        const auto point = query.nearPoint ? query.nearPoint : index->resolvePlace(query.near);
        if (point)
            distances = index->within(
                reader->search().database(), *point, query.withinKm.value_or(CatalogReader::DEFAULT_NEAR_KM), &error);
        narrow(QSet<qint64>(distances.keyBegin(), distances.keyEnd()));
    }
    const auto key = [index](qint64 id) {
        const CatalogRegion& region = index->row(id)->region;
        return (region.region.provider + QLatin1Char('/') + region.region.name).toUtf8();
    };
    if (ids) {
        scope.regions = QSet<QByteArray>();
        for (const qint64 id : std::as_const(*ids))
            scope.regions->insert(key(id));
    }
    for (auto it = distances.cbegin(); it != distances.cend(); ++it)
        scope.distanceKm.insert(key(it.key()), it.value());
    return scope;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Barista catalog benchmark"));
    parser.addHelpOption();
    const QCommandLineOption specsOption(QStringLiteral("specs"), QStringLiteral("Spec rows to generate."),
        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("Image rows to generate."),
        QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs per query."), QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption scanRunsOption(QStringLiteral("scan-runs"), QStringLiteral("Timed CSV scans per query."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("path"));
    const QCommandLineOption importOnlyOption(
        QStringLiteral("import-only"), QStringLiteral("Stop after the import (for profiling it)."));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"), QStringLiteral("Print each query's SQL and SQLite's query plan."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Reuse the catalog and CSV files already in --dir."));
    parser.addOptions({ specsOption, imagesOption, runsOption, scanRunsOption, dirOption, importOnlyOption,
        explainOption, reuseOption });
    parser.process(app);
    const qint64 specCount = parser.value(specsOption).toLongLong();
    const qint64 imageCount = parser.value(imagesOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int scanRuns = std::max(1, parser.value(scanRunsOption).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/catalog.sqlite");
    const bool reuse = parser.isSet(reuseOption) && QFileInfo::exists(dbPath);
    QElapsedTimer timer;
    GeneratedCatalog generated;
    double importMs = 0;
    if (reuse) {
        const QDir csv(dir + QStringLiteral("/csv"));
        for (const QString& provider : csv.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFileInfo::exists(csv.filePath(provider + QStringLiteral("/vms.csv"))))
                generated.specFiles.append(csv.filePath(provider + QStringLiteral("/vms.csv")));
            if (QFileInfo::exists(csv.filePath(provider + QStringLiteral("/images.csv"))))
                generated.imageFiles.append(csv.filePath(provider + QStringLiteral("/images.csv")));
        }
        out(QStringLiteral("reusing %1\n").arg(dbPath));
    } else {
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));

        // 1. Generate.
        timer.start();
        generated = BenchGenerator().generate(dir + QStringLiteral("/csv"), specCount, imageCount);
        out(QStringLiteral("generated %1 spec rows, %2 image rows (%3 distinct image names), %4 MB of CSV in %5 s\n")
                .arg(generated.specRows)
                .arg(generated.imageRows)
                .arg(generated.distinctImageNames)
                .arg(generated.bytes / 1e6, 0, 'f', 1)
                .arg(msSince(timer) / 1000, 0, 'f', 1));

        // 2. Import.
        {
            CatalogStore store(dbPath);
            timer.restart();
            QString error;
            if (!store.openAndWait(&error))
                qFatal("open: %s", qPrintable(error));
            out(QStringLiteral("new catalog with the bundled data: %1 ms\n").arg(msSince(timer), 0, 'f', 0));
            timer.restart();
            QList<QFuture<ImportReport>> imports;
            for (const QString& file : generated.specFiles + generated.imageFiles)
                imports.append(store.importFile(file));
            qint64 rows = 0;
            double previous = 0;
            for (QFuture<ImportReport>& future : imports) {
                future.waitForFinished();
                const ImportReport report = future.result();
                if (!report.ok)
                    qFatal("import %s: %s", qPrintable(report.file), qPrintable(report.error));
                rows += report.rowsImported;
                // Imports run one after another on the writer thread: the gaps are per file.
                const double now = msSince(timer);
                if (report.rowsImported > 10000)
                    out(QStringLiteral("  %1 rows (%2) in %3 s\n")
                            .arg(report.rowsImported)
                            .arg(report.format)
                            .arg((now - previous) / 1000, 0, 'f', 2));
                previous = now;
            }
            importMs = msSince(timer);
            out(QStringLiteral("import: %1 rows in %2 s (%3 rows/s)\n")
                    .arg(rows)
                    .arg(importMs / 1000, 0, 'f', 2)
                    .arg(rows / (importMs / 1000), 0, 'f', 0));
            auto checkpoint = store.write([](QSqlDatabase& db) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                return CatalogWriteResult { true, {}, 0, 0, 0, 0 };
            });
            checkpoint.waitForFinished();
        }
        out(QStringLiteral("database: %1 MB\n").arg(fileSize(dbPath) / 1e6, 0, 'f', 1));
        if (parser.isSet(importOnlyOption))
            return 0;
    }

    // 3. Cold open: a new store on the existing file (OS file cache warm), up to the first answer.
    timer.restart();
    CatalogStore store(dbPath);
    store.openAndWait();
    const double openMs = msSince(timer);
    store.search(QStringLiteral("seoul"));
    out(QStringLiteral("cold open: %1 ms to open, %2 ms to the first answer\n")
            .arg(openMs, 0, 'f', 1)
            .arg(msSince(timer), 0, 'f', 1));

    // 4. Queries.
    BenchPlainSql plain(dbPath);
    BenchScan scan(generated.specFiles, generated.imageFiles);
    timer.restart();
    const qint64 loaded = scan.load();
    out(QStringLiteral("memory scan baseline: %1 rows parsed in %2 s\n\n")
            .arg(loaded)
            .arg(msSince(timer) / 1000, 0, 'f', 1));
    out(QStringLiteral("%1 %2 | %3 | %4 | %5 | %6 | %7\n")
            .arg(QStringLiteral("query"), -62)
            .arg(QStringLiteral("rows"), 9)
            .arg(QStringLiteral("catalog p50/p95/max ms"), 22)
            .arg(QStringLiteral("plain SQL p50/p95/max"), 22)
            .arg(QStringLiteral("x SQL p50/p95"), 13)
            .arg(QStringLiteral("CSV scan ms (x)"), 17)
            .arg(QStringLiteral("mem scan ms (x)"), 17));
    double worstP95 = 0;
    double worstRatio = 0;
    double worstScanSpeedup = 1e18;
    int mismatches = 0;
    for (const char* text : QUERIES) {
        const QString queryText = QString::fromUtf8(text);
        const std::optional<CatalogQuery> query = QueryParser::parse(queryText);
        if (!query)
            qFatal("bad benchmark query %s", text);
        CatalogSearchResult result = store.search(queryText); // warm-up
        if (!result.ok())
            qFatal("%s: %s", text, qPrintable(result.error->toString()));
        QList<double> ours;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            result = store.search(queryText);
            ours.append(msSince(timer));
        }
        const QList<CatalogSearch::TracedStatement> statements = CatalogSearch::lastStatements();
        if (parser.isSet(explainOption))
            out(queryText + QLatin1Char('\n') + plain.explain(statements));
        QList<double> sql;
        for (int i = 0; plain.isOpen() && i < runs; ++i) {
            timer.restart();
            if (plain.run(statements) < 0)
                qFatal("plain SQL failed for %s", text);
            sql.append(msSince(timer));
        }
        const ScanScope scope = scopeOf(store, *query);
        QList<double> files;
        BenchScan::Counts counts;
        for (int i = 0; i < scanRuns; ++i) {
            timer.restart();
            counts = scan.scanFiles(*query, scope);
            files.append(msSince(timer));
        }
        QList<double> memory;
        for (int i = 0; i < scanRuns; ++i) {
            timer.restart();
            scan.scanMemory(*query, scope);
            memory.append(msSince(timer));
        }
        const bool same = counts.specs == result.specs.size() && counts.images == result.images.size();
        mismatches += same ? 0 : 1;
        const Stats a = stats(ours);
        const Stats b = stats(sql);
        const Stats c = stats(files);
        const Stats d = stats(memory);
        worstP95 = std::max(worstP95, a.p95);
        if (b.p50 > 0)
            worstRatio = std::max(worstRatio, a.p50 / b.p50);
        if (query->wants(CatalogQuery::Kind::Specs) || query->wants(CatalogQuery::Kind::Images)) // not region-only
            worstScanSpeedup = std::min(worstScanSpeedup, c.p50 / a.p50);
        out(QStringLiteral("%1 %2 | %3/%4/%5 | %6/%7/%8 | %9/%10 | %11 (%12) | %13 (%14)%15\n")
                .arg(queryText.left(62), -62)
                .arg(QStringLiteral("%1/%2/%3")
                         .arg(result.regions.size())
                         .arg(result.specs.size())
                         .arg(result.images.size()),
                    9)
                .arg(a.p50, 6, 'f', 2)
                .arg(a.p95, 6, 'f', 2)
                .arg(a.max, 7, 'f', 2)
                .arg(b.p50, 6, 'f', 2)
                .arg(b.p95, 6, 'f', 2)
                .arg(b.max, 7, 'f', 2)
                .arg(b.p50 > 0 ? a.p50 / b.p50 : 0, 5, 'f', 2)
                .arg(b.p95 > 0 ? a.p95 / b.p95 : 0, 5, 'f', 2)
                .arg(c.p50, 7, 'f', 0)
                .arg(c.p50 / a.p50, 7, 'f', 0)
                .arg(d.p50, 6, 'f', 1)
                .arg(d.p50 / a.p50, 6, 'f', 0)
                .arg(same ? QString()
                          : QStringLiteral("  (scan rows %1/%2 differ)").arg(counts.specs).arg(counts.images)));
    }
    out(QStringLiteral("\nsummary: worst p95 %1 ms (goal < 20), worst p50 ratio to plain SQL %2x (goal <= 1.2), "
                       "smallest CSV-scan speed-up %3x (goal >= 50), import %4 s (goal <= 20), %5 row-count "
                       "mismatches\n")
            .arg(worstP95, 0, 'f', 2)
            .arg(worstRatio, 0, 'f', 2)
            .arg(worstScanSpeedup, 0, 'f', 0)
            .arg(reuse ? QStringLiteral("(not run)") : QString::number(importMs / 1000, 'f', 1))
            .arg(mismatches));
    return 0;
}
