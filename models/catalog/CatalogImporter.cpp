// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogImporter.h"

#include "models/catalog/CatalogCsvFormat.h"
#include "models/catalog/CatalogInserter.h"
#include "models/catalog/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
};

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/// The table's own secondary indexes (name, CREATE statement); the UNIQUE constraint's index
/// has no SQL and stays, as the upserts need it.
QList<std::pair<QString, QString>> secondaryIndexes(QSqlDatabase& db, const QString& table)
{
    QList<std::pair<QString, QString>> indexes;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                 " AND sql IS NOT NULL ORDER BY name"));
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            indexes.append({ query.value(0).toString(), query.value(1).toString() });
    }
    return indexes;
}

} // namespace

ImportReport CatalogImporter::run(
    QSqlDatabase& db, const QString& path, const ImportOptions& options, QPromise<ImportReport>* promise)
{
    ImportReport report;
    const QFileInfo info(path);
    report.file = info.fileName();
    if (promise)
        promise->setProgressRange(0, 1000);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = Tr::tr("Cannot open %1: %2").arg(path, file.errorString());
        return report;
    }
    CsvReader reader(&file);
    QList<QByteArray> fields;
    if (!reader.readRecord(fields)) {
        report.error = reader.hasError() ? reader.error() : Tr::tr("%1 is empty.").arg(report.file);
        return report;
    }
    const CatalogCsvFormat format = CatalogCsvFormat::detect(fields);
    report.format = format.name();
    if (format.kind() == CatalogCsvFormat::Unknown) {
        report.error = Tr::tr("%1:1: the header matches no known catalog layout (SkyPilot vms.csv or images.csv, "
                              "Tumblebug cloudspec.csv or cloudimage.csv).")
                           .arg(report.file);
        return report;
    }
    const QString folder = info.absoluteDir().dirName();
    const QString provider = options.provider.isEmpty() ? folder.toLower() : options.provider.toLower();
    if (format.needsProvider() && provider.isEmpty()) {
        report.error = Tr::tr("%1 has no provider column; name the provider.").arg(report.file);
        return report;
    }
    const QString source = options.source.isEmpty() ? QStringLiteral("%1:%2/%3").arg(report.format, folder, report.file)
                                                    : options.source;

    QString error;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        report.error = error;
        return report;
    }
    const auto abandon = [&db, &report](const QString& why) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        report.error = why;
        report.ok = false;
        return report;
    };

    CatalogInserter inserter(db, source, options.fetchedAt);
    // New names reach the trigram index in one INSERT ... SELECT at the end rather than through
    // the per-row trigger: FTS5 flushes its pending terms at every statement of a transaction,
    // so row-by-row indexing costs far more than the rows themselves.
    const QString names = format.isSpecs() ? QStringLiteral("spec_names") : QStringLiteral("image_names");
    QString trigger;
    qint64 lastNameId = 0;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        query.addBindValue(QString(names + QStringLiteral("_ai")));
        if (query.exec() && query.next())
            trigger = query.value(0).toString();
        query.finish();
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(names)) || !query.next())
            return abandon(query.lastError().text());
        lastNameId = query.value(0).toLongLong();
        if (!trigger.isEmpty() && !exec(db, QStringLiteral("DROP TRIGGER %1_ai").arg(names), &error))
            return abandon(error);
    }
    // A large file: buffer and sort the rows, and build the secondary indexes once at the end
    // (a sort) instead of updating them row by row (random page writes). Both happen inside the
    // transaction, so readers keep the old indexes and a failure restores them.
    const bool bulk = file.size() > options.bulkThresholdBytes;
    QList<std::pair<QString, QString>> droppedIndexes;
    if (bulk) {
        inserter.setBulk(true);
        droppedIndexes = secondaryIndexes(db, format.isSpecs() ? QStringLiteral("specs") : QStringLiteral("images"));
        for (const auto& [name, sql] : std::as_const(droppedIndexes)) {
            if (!exec(db, QStringLiteral("DROP INDEX ") + name, &error))
                return abandon(error);
        }
    }
    QSet<QString> providers;
    SpecRecord spec;
    ImageRecord image;
    const qint64 size = qMax<qint64>(1, file.size());
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        ++report.rowsRead;
        QString problem;
        const bool mapped = format.isSpecs() ? format.toSpec(fields, provider, &spec, &problem)
                                             : format.toImage(fields, provider, &image, &problem);
        if (mapped) {
            const int written
                = format.isSpecs() ? inserter.upsertSpec(spec, &error) : inserter.upsertImage(image, &error);
            if (written < 0)
                return abandon(Tr::tr("%1:%2: %3").arg(report.file).arg(reader.recordLine()).arg(error));
            report.recordsWritten += written;
            ++report.rowsImported;
            providers.insert(format.isSpecs() ? spec.provider : image.provider);
        } else {
            ++report.rowsSkipped;
            if (report.problems.size() < options.maxReportedProblems)
                report.problems.append(ImportProblem { report.file, reader.recordLine(), problem });
            if (report.rowsSkipped > options.maxBadRows)
                return abandon(Tr::tr("%1: more than %2 bad rows; nothing was imported.")
                                   .arg(report.file)
                                   .arg(options.maxBadRows));
        }
        if (report.rowsRead % qMax(1, options.batchRows) == 0) {
            const bool hookSaysGo = !options.batchHook || options.batchHook(report.rowsRead);
            if (!hookSaysGo || (promise && promise->isCanceled())) {
                report.canceled = true;
                return abandon(Tr::tr("The import was canceled; nothing was imported."));
            }
            if (promise)
                promise->setProgressValueAndText(
                    static_cast<int>(reader.bytesConsumed() * 1000 / size), QString::number(report.rowsRead));
        }
    }
    if (reader.hasError())
        return abandon(
            Tr::tr("%1:%2: %3 Nothing was imported.").arg(report.file).arg(reader.errorLine()).arg(reader.error()));
    if (file.error() != QFileDevice::NoError)
        return abandon(Tr::tr("%1: %2").arg(report.file, file.errorString()));
    if (!inserter.flush(&error))
        return abandon(Tr::tr("%1: %2").arg(report.file, error));
    for (const auto& [name, sql] : std::as_const(droppedIndexes)) {
        if (!exec(db, sql, &error))
            return abandon(error);
    }
    if (!trigger.isEmpty()) {
        QSqlQuery index(db);
        index.prepare(
            QStringLiteral("INSERT INTO %1_fts(rowid, name) SELECT id, name FROM %1 WHERE id > ?").arg(names));
        index.addBindValue(lastNameId);
        if (!index.exec())
            return abandon(index.lastError().text());
        if (!exec(db, trigger, &error))
            return abandon(error);
    }
    const QString kind = format.isSpecs() ? QStringLiteral("specs") : QStringLiteral("images");
    for (const QString& touched : std::as_const(providers)) {
        if (!inserter.touchFetchLog(touched, kind, &error))
            return abandon(error);
    }
    if (!exec(db, QStringLiteral("COMMIT"), &error))
        return abandon(error);
    report.regionsCreated = inserter.regionsCreated();
    report.ok = true;
    // Fresh statistics keep the planner on the right index after a big import; the limit keeps
    // ANALYZE to a sample, so it costs milliseconds, not a table scan.
    if (report.rowsImported > 10000) {
        exec(db, QStringLiteral("PRAGMA analysis_limit = 1000"), nullptr);
        exec(db, QStringLiteral("ANALYZE"), nullptr);
    }
    if (promise)
        promise->setProgressValueAndText(1000, QString::number(report.rowsRead));
    return report;
}

} // namespace Barista
