// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"

#include "models/catalog/BundledCatalog.h"
#include "models/catalog/CatalogReader.h"
#include "models/catalog/CatalogRefreshWriter.h"
#include "models/catalog/CatalogSchema.h"
#include "models/catalog/CatalogWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Barista {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
};

std::atomic_int s_storeCounter = 0;

} // namespace

/// One thread's read connection and the reader on it.
struct CatalogStore::ReaderSlot
{
    QString connectionName;
    std::unique_ptr<CatalogReader> reader;

    ~ReaderSlot()
    {
        reader.reset(); // drops the reader's QSqlDatabase handle first
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }
};

CatalogStore::CatalogStore(const QString& path, QObject* parent)
    : CatalogStore(path, Options(), parent)
{
}

CatalogStore::CatalogStore(const QString& path, const Options& options, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_connectionPrefix(QStringLiteral("barista-catalog-%1").arg(++s_storeCounter))
{
    m_readPool.setMaxThreadCount(qMax(1, options.readerThreads));
    m_writer = new CatalogWriter(m_path, m_connectionPrefix + QStringLiteral("-write"));
    m_writer->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(QStringLiteral("CatalogWriter"));
    m_writerThread.start();
}

CatalogStore::~CatalogStore()
{
    m_readPool.waitForDone();
    // The last job closes the connection and ends the thread, so every queued write runs first.
    QThread* thread = &m_writerThread;
    post([thread](CatalogWriter& writer) {
        writer.close();
        thread->quit();
    });
    m_writerThread.wait();
    delete m_writer;
    QMutexLocker locker(&m_readersMutex);
    m_readers.clear();
}

QString CatalogStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/catalog.sqlite");
}

void CatalogStore::post(std::function<void(CatalogWriter&)> job)
{
    CatalogWriter* writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, job = std::move(job)] { job(*writer); }, Qt::QueuedConnection);
}

void CatalogStore::notifyChanged()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT catalogChanged(); }, Qt::QueuedConnection);
}

QFuture<CatalogWriteResult> CatalogStore::open()
{
    const bool importBundled = m_options.importBundled;
    const QString path = m_path;
    return enqueue<CatalogWriteResult>(
        [this, importBundled, path](CatalogWriter& writer, QPromise<CatalogWriteResult>&) {
            CatalogWriteResult result;
            const QFileInfo info(path);
            if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
                result.error = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
                return result;
            }
            if (!writer.ensureOpen(&result.error) || !CatalogSchema::migrate(writer.database(), &result.error))
                return result;
            bool imported = false;
            if (importBundled && !BundledCatalog::importInto(writer.database(), false, &imported, &result.error))
                return result;
            result.ok = true;
            m_open = true;
            if (imported)
                notifyChanged();
            return result;
        });
}

bool CatalogStore::openAndWait(QString* error)
{
    QFuture<CatalogWriteResult> future = open();
    future.waitForFinished();
    const CatalogWriteResult result = future.result();
    if (error)
        *error = result.error;
    return result.ok;
}

QFuture<ImportReport> CatalogStore::importFile(const QString& path, const ImportOptions& options)
{
    return enqueue<ImportReport>([this, path, options](CatalogWriter& writer, QPromise<ImportReport>& promise) {
        ImportReport report;
        if (!m_open) {
            report.file = path;
            report.error = Tr::tr("The catalog is not open.");
            return report;
        }
        report = CatalogImporter::run(writer.database(), path, options, &promise);
        if (report.ok)
            notifyChanged();
        return report;
    });
}

QFuture<CatalogWriteResult> CatalogStore::write(std::function<CatalogWriteResult(QSqlDatabase&)> job)
{
    return enqueue<CatalogWriteResult>(
        [this, job = std::move(job)](CatalogWriter& writer, QPromise<CatalogWriteResult>&) {
            CatalogWriteResult result;
            if (!m_open) {
                result.error = Tr::tr("The catalog is not open.");
                return result;
            }
            result = job(writer.database());
            if (result.ok)
                notifyChanged();
            return result;
        });
}

QFuture<CatalogWriteResult> CatalogStore::replaceSpecs(
    const QString& provider, const QList<SpecInfo>& specs, const QString& source, const QDateTime& fetchedAt)
{
    return write(
        [=](QSqlDatabase& db) { return CatalogRefreshWriter::replaceSpecs(db, provider, specs, source, fetchedAt); });
}

QFuture<CatalogWriteResult> CatalogStore::replaceImages(
    const QString& provider, const QList<ImageInfo>& images, const QString& source, const QDateTime& fetchedAt)
{
    return write(
        [=](QSqlDatabase& db) { return CatalogRefreshWriter::replaceImages(db, provider, images, source, fetchedAt); });
}

QFuture<CatalogWriteResult> CatalogStore::upsertRegions(
    const QString& provider, const QList<RegionInfo>& regions, const QString& source, const QDateTime& fetchedAt)
{
    return write([=](QSqlDatabase& db) {
        return CatalogRefreshWriter::upsertRegions(db, provider, regions, source, fetchedAt);
    });
}

QFuture<CatalogWriteResult> CatalogStore::upsertPrices(const QList<PriceInfo>& prices, const QString& source)
{
    return write([=](QSqlDatabase& db) { return CatalogRefreshWriter::upsertPrices(db, prices, source); });
}

CatalogReader* CatalogStore::reader() const
{
    QThread* thread = QThread::currentThread();
    QMutexLocker locker(&m_readersMutex);
    if (const auto it = m_readers.constFind(thread); it != m_readers.constEnd())
        return (*it)->reader.get();
    auto slot = std::make_shared<ReaderSlot>();
    slot->connectionName = m_connectionPrefix + QStringLiteral("-read-%1").arg(m_readers.size() + 1) + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(thread), 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), slot->connectionName);
        db.setDatabaseName(m_path);
        QString error;
        if (!db.open() || !CatalogSchema::configure(db, false, &error))
            qWarning("CatalogStore: cannot open a reader on %s: %s", qPrintable(m_path),
                qPrintable(error.isEmpty() ? db.lastError().text() : error));
        slot->reader = std::make_unique<CatalogReader>(db);
    }
    m_readers.insert(thread, slot);
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || thread != app->thread()) {
        // The connection belongs to the thread: close it on that thread as the thread ends.
        connect(
            thread, &QThread::finished, const_cast<CatalogStore*>(this), [this, thread] { dropReader(thread); },
            Qt::DirectConnection);
    }
    return slot->reader.get();
}

void CatalogStore::dropReader(QThread* thread) const
{
    std::shared_ptr<ReaderSlot> slot;
    {
        QMutexLocker locker(&m_readersMutex);
        slot = m_readers.take(thread);
    }
    // ~ReaderSlot closes the connection here, outside the lock.
}

CatalogSearchResult CatalogStore::search(const QString& text) const
{
    QueryError error;
    const std::optional<CatalogQuery> query = QueryParser::parse(text, &error);
    if (!query) {
        CatalogSearchResult result;
        result.error = error;
        return result;
    }
    return search(*query);
}

CatalogSearchResult CatalogStore::search(const CatalogQuery& query) const
{
    if (!m_open) {
        CatalogSearchResult result;
        result.error = QueryError { 0, Tr::tr("The catalog is not open.") };
        return result;
    }
    return reader()->run(query);
}

QFuture<CatalogSearchResult> CatalogStore::searchAsync(const QString& text) const
{
    return QtConcurrent::run(&m_readPool, [this, text] { return search(text); });
}

QFuture<QHash<QString, double>> CatalogStore::cheapestPricesAsync() const
{
    return QtConcurrent::run(&m_readPool, [this] {
        QString error;
        if (!m_open)
            return QHash<QString, double>();
        return reader()->cheapestPrices(&error);
    });
}

QList<CatalogRegion> CatalogStore::regions(const QString& provider) const
{
    QString error;
    if (!m_open)
        return {};
    return reader()->regions(provider, &error);
}

std::optional<CatalogSpec> CatalogStore::spec(const QString& specId) const
{
    QString error;
    if (!m_open)
        return std::nullopt;
    return reader()->spec(specId, &error);
}

std::optional<GeoPoint> CatalogStore::resolvePlace(const QString& place) const
{
    QString error;
    if (!m_open)
        return std::nullopt;
    return reader()->resolvePlace(place, &error);
}

CatalogStats CatalogStore::stats() const
{
    QString error;
    if (!m_open)
        return CatalogStats();
    return reader()->stats(&error);
}

} // namespace Barista
