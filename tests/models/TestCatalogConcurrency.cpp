// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QObject>
#include <QTest>
#include <QTimer>

using namespace Barista;
using Barista::Test::ScratchDir;

/// The GUI thread is never blocked by a write: proven by counting, not timing.
class TestCatalogConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMainThreadRunsDuringALargeImport();
    void testAsyncSearchesFinishBeforeTheStoreCloses();
    void testWritesRunInOrder();
};

void TestCatalogConcurrency::testMainThreadRunsDuringALargeImport()
{
    ScratchDir dir;
    QVERIFY(dir.isValid());
    // A generated SkyPilot vms.csv: 100,000 rows over AWS's real regions, four zones each.
    QDir().mkpath(dir.filePath(QStringLiteral("aws")));
    const QString path = dir.filePath(QStringLiteral("aws/vms.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,"
                   "AvailabilityZone,Arch\n");
        const QList<RegionInfo> regions = RegionCatalog::bundled().regions(QStringLiteral("aws"));
        int rows = 0;
        for (int type = 0; rows < 100000; ++type) {
            for (const RegionInfo& region : regions) {
                for (int zone = 0; zone < 4 && rows < 100000; ++zone, ++rows) {
                    file.write(QStringLiteral("gen%1.%2xlarge,,,%3,%4,,%5,%6,%7,%7-z%8,x86_64\n")
                                   .arg(type % 97)
                                   .arg(type / 97 + 1)
                                   .arg(2 << (type % 5))
                                   .arg(4 << (type % 5))
                                   .arg(0.01 * (type % 300 + 1))
                                   .arg(0.004 * (type % 300 + 1))
                                   .arg(region.name)
                                   .arg(zone)
                                   .toUtf8());
                }
            }
        }
    }
    CatalogStore store(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(store.openAndWait());

    int ticks = 0;
    int progressSignals = 0;
    int ticksAtFirstProgress = -1;
    int ticksAtLastProgress = -1;
    int readsDuringImport = 0;
    ImportOptions options;
    options.batchRows = 1000;
    const QFuture<ImportReport> future = store.importFile(path, options);
    QFutureWatcher<ImportReport> watcher;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int) {
        ++progressSignals;
        if (ticksAtFirstProgress < 0)
            ticksAtFirstProgress = ticks;
        ticksAtLastProgress = ticks;
    });
    watcher.setFuture(future);
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        // A GUI-thread search while the writer holds its transaction: WAL readers do not wait.
        if (ticks % 100 == 0 && !future.isFinished()
            && store.search(QStringLiteral("서울 in:regions")).regions.size() == 7)
            ++readsDuringImport;
    });
    timer.start();
    QVERIFY(Test::waitFor(future, 280000));
    timer.stop();
    QCoreApplication::processEvents(); // the watcher's last signals

    const ImportReport report = future.result();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.rowsImported, 100000);
    QVERIFY2(progressSignals >= 3, qPrintable(QString::number(progressSignals)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    // The timer kept firing between progress reports: the main thread was never held.
    QVERIFY2(ticksAtLastProgress > ticksAtFirstProgress,
        qPrintable(QStringLiteral("%1 -> %2").arg(ticksAtFirstProgress).arg(ticksAtLastProgress)));
    QVERIFY2(readsDuringImport >= 1, qPrintable(QString::number(readsDuringImport)));
    QCOMPARE(store.stats().specsBySource.value(QStringLiteral("skypilot-vms:aws/vms.csv")), 100000);
}

void TestCatalogConcurrency::testAsyncSearchesFinishBeforeTheStoreCloses()
{
    ScratchDir dir;
    QList<QFuture<CatalogSearchResult>> searches;
    {
        CatalogStore store(dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(store.openAndWait());
        for (int i = 0; i < 10; ++i)
            searches.append(
                store.searchAsync(i % 2 ? QStringLiteral("seoul in:regions") : QStringLiteral("서울 in:regions")));
        // The store's destructor waits for its reader pool and closes the pool's connections.
    }
    for (const QFuture<CatalogSearchResult>& search : std::as_const(searches)) {
        QVERIFY(search.isFinished());
        QCOMPARE(search.result().regions.size(), 7);
    }
}

void TestCatalogConcurrency::testWritesRunInOrder()
{
    ScratchDir dir;
    CatalogStore store(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(store.openAndWait());
    SpecInfo spec;
    spec.region = QStringLiteral("ap-northeast-2");
    spec.name = QStringLiteral("zz.order");
    QList<QFuture<CatalogWriteResult>> writes;
    for (int i = 1; i <= 20; ++i) {
        spec.costPerHour = i;
        writes.append(store.replaceSpecs(
            QStringLiteral("aws"), { spec }, QStringLiteral("test"), QDateTime::currentDateTimeUtc()));
    }
    QVERIFY(Test::waitFor(writes.last()));
    for (const auto& write : writes)
        QVERIFY(write.isFinished() && write.result().ok);
    // The last write queued is the last applied.
    QCOMPARE(store.spec(QStringLiteral("aws+ap-northeast-2+zz.order"))->spec.costPerHour, std::optional<double>(20));
}

QTEST_GUILESS_MAIN(TestCatalogConcurrency)
#include "TestCatalogConcurrency.moc"
