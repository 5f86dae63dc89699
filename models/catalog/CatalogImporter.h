// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"

#include <QDateTime>
#include <QString>
#include <functional>

class QSqlDatabase;
template <typename T> class QPromise;

namespace Barista {

struct ImportOptions
{
    /// Provider of a SkyPilot file (it has no provider column); default: the folder name, as
    /// in SkyPilot's catalog layout ".../gcp/vms.csv".
    QString provider;
    /// Recorded with every row; default "<format>:<folder>/<file>".
    QString source;
    /// Default: now.
    QDateTime fetchedAt;
    /// More bad rows than this and the file is rejected as a whole (nothing is written).
    qint64 maxBadRows = 1000;
    /// Bad rows listed in the report (all are counted).
    int maxReportedProblems = 100;
    /// Files larger than this import in bulk mode: rows are buffered and written sorted by key, and
    /// the table's secondary indexes are rebuilt once at the end (still one transaction).
    qint64 bulkThresholdBytes = 4 << 20;
    /// Rows between progress reports and cancel checks.
    int batchRows = 2000;
    /// Called on the writer thread after each batch with the rows read so far; returning false
    /// cancels like QFuture::cancel() does (lets tests cancel at an exact point).
    std::function<bool(qint64 rowsRead)> batchHook;
};

/// Imports one catalog CSV (see CatalogCsvFormat for the layouts) into the catalog database in a
/// single transaction: bad rows are skipped and reported with file:line, but a file that cannot
/// be read to the end, has too many bad rows, fails in the database or is canceled leaves the
/// catalog exactly as it was. Runs on the writer thread (CatalogStore::importFile).
class CatalogImporter
{
public:
    /// promise may be null; when set, progress goes to it (0..1000, with the row count as text)
    /// and its cancellation is honoured between batches.
    static ImportReport run(
        QSqlDatabase& db, const QString& path, const ImportOptions& options, QPromise<ImportReport>* promise);
};

} // namespace Barista
