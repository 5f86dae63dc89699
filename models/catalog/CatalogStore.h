// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogImporter.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogTypes.h"
#include "models/domain/ImageInfo.h"
#include "models/domain/PriceInfo.h"
#include "models/domain/RegionInfo.h"
#include "models/domain/SpecInfo.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace Barista {

class CatalogReader;
class CatalogWriter;

/// The local catalog ("Insight"): every region, zone, spec, image and price in one SQLite file.
///
/// Threads: writes go to one private writer thread that owns the only write connection; they
/// run in the order given and return a QFuture (imports report progress and honour cancel).
/// Reads run on the calling thread through that thread's own read-only connection (WAL lets
/// them proceed during a write) or, with searchAsync(), on the store's reader pool, so a GUI
/// never waits on the database. Call open() first; reads before it has finished fail cleanly.
class CatalogStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogStore)

public:
    struct Options
    {
        /// Import the bundled catalog (regions, Korean names, curated specs) on first open and
        /// whenever the bundled files change.
        bool importBundled = true;
        int readerThreads = 2;
    };

    explicit CatalogStore(const QString& path, QObject* parent = nullptr);
    CatalogStore(const QString& path, const Options& options, QObject* parent = nullptr);
    /// Waits for queued writes and running async reads, then closes every connection.
    ~CatalogStore() override;

    /// <AppLocalDataLocation>/catalog.sqlite
    static QString defaultPath();
    QString path() const { return m_path; }
    bool isOpen() const { return m_open.load(); }

    // Writes (queued on the writer thread, in order).

    /// Creates or migrates the schema and imports the bundled catalog when needed.
    QFuture<CatalogWriteResult> open();
    /// open() and wait on the calling thread (for the CLI and tests).
    bool openAndWait(QString* error = nullptr);
    /// Imports a SkyPilot or Tumblebug CSV in one transaction (see CatalogImporter).
    QFuture<ImportReport> importFile(const QString& path, const ImportOptions& options = ImportOptions());
    /// A provider refresh: the given specs replace that provider's specs in the regions they
    /// name (rows no longer offered there are deleted); counts say what changed.
    QFuture<CatalogWriteResult> replaceSpecs(
        const QString& provider, const QList<SpecInfo>& specs, const QString& source, const QDateTime& fetchedAt);
    QFuture<CatalogWriteResult> replaceImages(
        const QString& provider, const QList<ImageInfo>& images, const QString& source, const QDateTime& fetchedAt);
    QFuture<CatalogWriteResult> upsertRegions(
        const QString& provider, const QList<RegionInfo>& regions, const QString& source, const QDateTime& fetchedAt);
    /// Price points; compute prices also update the matching spec's on-demand or spot price.
    QFuture<CatalogWriteResult> upsertPrices(const QList<PriceInfo>& prices, const QString& source);
    /// Any other write, run on the writer thread with the write connection.
    QFuture<CatalogWriteResult> write(std::function<CatalogWriteResult(QSqlDatabase&)> job);

    // Reads (on the calling thread's connection).

    /// Parses and runs a query; a parse error comes back in the result with its column.
    CatalogSearchResult search(const QString& text) const;
    CatalogSearchResult search(const CatalogQuery& query) const;
    /// search() on the store's reader pool.
    QFuture<CatalogSearchResult> searchAsync(const QString& text) const;
    QList<CatalogRegion> regions(const QString& provider = QString()) const;
    std::optional<CatalogSpec> spec(const QString& specId) const;
    std::optional<GeoPoint> resolvePlace(const QString& place) const;
    CatalogStats stats() const;
    /// CatalogReader::cheapestPrices on the reader pool (for map tooltips).
    QFuture<QHash<QString, double>> cheapestPricesAsync() const;
    /// This thread's reader, for callers that compose queries (Recommender, benchmark). Valid
    /// until the thread ends or the store is destroyed; use it on this thread only.
    CatalogReader* reader() const;

Q_SIGNALS:
    /// A write committed (queued to the store's thread).
    void catalogChanged();

private:
    struct ReaderSlot;

    template <typename T> QFuture<T> enqueue(std::function<T(CatalogWriter&, QPromise<T>&)> job);
    void post(std::function<void(CatalogWriter&)> job);
    void notifyChanged();
    void dropReader(QThread* thread) const;

    QString m_path;
    Options m_options;
    QString m_connectionPrefix;
    QThread m_writerThread;
    CatalogWriter* m_writer = nullptr;
    std::atomic_bool m_open = false;
    mutable QThreadPool m_readPool;
    mutable QMutex m_readersMutex;
    mutable QHash<QThread*, std::shared_ptr<ReaderSlot>> m_readers;
};

template <typename T> QFuture<T> CatalogStore::enqueue(std::function<T(CatalogWriter&, QPromise<T>&)> job)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    post([promise, job = std::move(job)](CatalogWriter& writer) {
        promise->addResult(job(writer, *promise));
        promise->finish();
    });
    return future;
}

} // namespace Barista
