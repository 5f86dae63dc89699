// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

const QString VMS_HEADER = QStringLiteral(
    "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone\n");

QString shared(const QString& relative)
{
    return QDir(QStringLiteral(BARISTA_SHARED_DIR)).filePath(QStringLiteral("reference/") + relative);
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void testSkyPilotAnycloudCounts_data();
    void testSkyPilotAnycloudCounts();
    void testSkyPilotImages();
    void testTumblebugFiles();
    void testBadRowsAreReportedWithFileAndLine();
    void testZeroOrMissingPriceIsUnknown();
    void testUnclosedQuoteImportsNothing();
    void testTooManyBadRowsImportsNothing();
    void testUnknownHeaderImportsNothing();
    void testCancelAtABatchImportsNothing();
    void testCancelThroughTheFutureImportsNothing();
    void testReimportIsIdempotent();

private:
    QString writeFile(const QString& relative, const QString& content);
    ImportReport import(const QString& path, const ImportOptions& options = ImportOptions());
    qint64 specCount();

    std::unique_ptr<ScratchDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

void TestCatalogImport::init()
{
    m_dir = std::make_unique<ScratchDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<CatalogStore>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(m_store->openAndWait(&error), qPrintable(error));
}

void TestCatalogImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestCatalogImport::writeFile(const QString& relative, const QString& content)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content.toUtf8());
    return path;
}

ImportReport TestCatalogImport::import(const QString& path, const ImportOptions& options)
{
    QFuture<ImportReport> future = m_store->importFile(path, options);
    if (!Test::waitFor(future, 240000))
        return ImportReport();
    return future.result();
}

qint64 TestCatalogImport::specCount()
{
    qint64 total = 0;
    for (const ProviderStats& provider : m_store->stats().providers)
        total += provider.specs;
    return total;
}

void TestCatalogImport::testSkyPilotAnycloudCounts_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("distinct"); // rows minus exact repeats of (region, type, zone)
    QTest::addColumn<int>("newRegions");
    QTest::addColumn<bool>("bulk");
    QTest::newRow("azure") << QStringLiteral("azure") << qint64(56671) << qint64(56671) << 10 << false;
    QTest::newRow("gcp") << QStringLiteral("gcp") << qint64(31285) << qint64(31131) << 1 << false;
    QTest::newRow("gcp, bulk mode") << QStringLiteral("gcp") << qint64(31285) << qint64(31131) << 1 << true;
    QTest::newRow("lambda") << QStringLiteral("lambda") << qint64(425) << qint64(425) << 17 << false;
}

void TestCatalogImport::testSkyPilotAnycloudCounts()
{
    QFETCH(QString, provider);
    QFETCH(qint64, rows);
    QFETCH(qint64, distinct);
    QFETCH(int, newRegions);
    QFETCH(bool, bulk);
    const QString path = shared(QStringLiteral("skypilot-format-catalog-anycloud/%1/vms.csv").arg(provider));
    if (!QFileInfo::exists(path))
        QSKIP("The shared reference data (skypilot-format-catalog-anycloud) is not available.");
    ImportOptions options;
    options.bulkThresholdBytes = bulk ? 0 : qint64(1) << 40;
    const ImportReport report = import(path, options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("skypilot-vms"));
    QCOMPARE(report.rowsRead, rows);
    QCOMPARE(report.rowsImported, rows);
    QCOMPARE(report.rowsSkipped, 0);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.recordsWritten, rows);
    QCOMPARE(report.regionsCreated, newRegions);
    const CatalogStats stats = m_store->stats();
    QCOMPARE(stats.specsBySource.value(QStringLiteral("skypilot-vms:%1/vms.csv").arg(provider)), distinct);
    // Every row of the file is searchable.
    const CatalogSearchResult found
        = m_store->search(QStringLiteral("provider:%1 gpu:a100 limit:100000").arg(provider));
    QVERIFY(found.ok());
    QVERIFY(!found.specs.isEmpty());
    for (const CatalogSpec& spec : found.specs)
        QVERIFY(spec.spec.gpuModel.startsWith(QLatin1String("A100"), Qt::CaseInsensitive));
    // The secondary indexes are all back after a bulk import.
    int indexes = 0;
    const auto counted = m_store->write([&indexes](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'specs'"
                                  " AND sql IS NOT NULL"));
        indexes = query.next() ? query.value(0).toInt() : -1;
        return CatalogWriteResult { true, {}, 0, 0, 0, 0 };
    });
    QVERIFY(Test::waitFor(counted));
    QCOMPARE(indexes, 5);
}

void TestCatalogImport::testSkyPilotImages()
{
    const QString aws = shared(QStringLiteral("skypilot-catalog/v8/aws/images.csv"));
    const QString gcp = shared(QStringLiteral("skypilot-catalog/v8/gcp/images.csv"));
    if (!QFileInfo::exists(aws) || !QFileInfo::exists(gcp))
        QSKIP("The shared reference data (skypilot-catalog) is not available.");
    // 110 of the 210 AWS rows lack the trailing BaseImageId column: still valid rows. 44 rows
    // have no ImageId (the image is not built in that region): reported and skipped.
    ImportReport report = import(aws);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("skypilot-images"));
    QCOMPARE(report.rowsRead, 210);
    QCOMPARE(report.rowsImported, 166);
    QCOMPARE(report.rowsSkipped, 44);
    QCOMPARE(report.problems.size(), 44);
    QCOMPARE(report.problems.first().line, 146);
    QCOMPARE(m_store->stats().imagesBySource.value(QStringLiteral("skypilot-images:aws/images.csv")), 166);
    report = import(gcp);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.rowsImported, 14);
    // Two tags share one image id (one row per image id and region).
    QCOMPARE(m_store->stats().imagesBySource.value(QStringLiteral("skypilot-images:gcp/images.csv")), 13);
    const CatalogSearchResult gpu = m_store->search(QStringLiteral("gpu-ubuntu provider:aws region:ap-northeast-2"));
    QVERIFY(gpu.ok());
    QVERIFY(!gpu.images.isEmpty());
    for (const CatalogImage& image : gpu.images) {
        QCOMPARE(image.image.region, QStringLiteral("ap-northeast-2"));
        QVERIFY(image.image.gpuReady);
        QVERIFY(image.image.id.startsWith(QLatin1String("ami-")));
    }
    // GCP's images have no region: offered everywhere, so a region filter still finds them.
    const CatalogSearchResult global = m_store->search(QStringLiteral("os:debian provider:gcp region:asia-northeast3"));
    QVERIFY(global.ok());
    QVERIFY(!global.images.isEmpty());
    for (const CatalogImage& image : global.images)
        QVERIFY(image.image.region.isEmpty());
}

void TestCatalogImport::testTumblebugFiles()
{
    const QString specs = shared(QStringLiteral("cloud-barista/tumblebug/cloudspec.csv"));
    const QString images = shared(QStringLiteral("cloud-barista/tumblebug/cloudimage.csv"));
    if (!QFileInfo::exists(specs) || !QFileInfo::exists(images))
        QSKIP("The shared reference data (cloud-barista) is not available.");
    ImportReport report = import(specs);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("tumblebug-spec"));
    QCOMPARE(report.rowsRead, 173);
    QCOMPARE(report.rowsImported, 173);
    // NCP 114 + KT 31 rows name one region; NHN's 28 "all" rows apply to its 4 regions.
    QCOMPARE(report.recordsWritten, 114 + 31 + 28 * 4);
    QCOMPARE(report.regionsCreated, 0);
    report = import(images);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.rowsImported, 52);
    const CatalogSearchResult k8s = m_store->search(QStringLiteral("bottlerocket provider:aws"));
    QCOMPARE(k8s.images.size(), 4);
    const CatalogSearchResult arm = m_store->search(QStringLiteral("in:images arch:arm64 provider:azure limit:100"));
    QVERIFY(!arm.images.isEmpty());
    for (const CatalogImage& image : arm.images)
        QCOMPARE(image.image.architecture, QStringLiteral("arm64"));
}

void TestCatalogImport::testBadRowsAreReportedWithFileAndLine()
{
    const QString path = writeFile(QStringLiteral("aws/vms.csv"),
        VMS_HEADER
            + QStringLiteral("zz.one,,,2,4,,0.1,,us-east-1,use1-az1\n" // line 2
                             "zz.two,,,two,4,,0.1,,us-east-1,use1-az1\n" // line 3: vCPUs
                             "zz.three,,,2,4,,0.3,,us-east-1,use1-az1\n"
                             ",,,2,4,,0.1,,us-east-1,use1-az1\n" // line 5: no type
                             "\"zz.multi\nline\",,,2,4,,0.1,,us-east-1,use1-az2\n"
                             "zz.four,,,2,4,,abc,,us-east-1,use1-az1\n" // line 8: Price
                             "zz.five,,,2,4,,0.5,,,\n" // line 9: no region
                             "zz.six,,,2,4,,0.5,,us-east-1,use1-az1,x\n")); // 10: 11 fields
    const ImportReport report = import(path);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.rowsRead, 8);
    QCOMPARE(report.rowsImported, 3);
    QCOMPARE(report.rowsSkipped, 5);
    QStringList where;
    for (const ImportProblem& problem : report.problems)
        where.append(problem.toString().section(QLatin1Char(':'), 0, 1));
    // The quoted two-line name (lines 6-7) keeps the count right for the rows after it.
    QCOMPARE(where,
        (QStringList { QStringLiteral("vms.csv:3"), QStringLiteral("vms.csv:5"), QStringLiteral("vms.csv:8"),
            QStringLiteral("vms.csv:9"), QStringLiteral("vms.csv:10") }));
    QVERIFY(report.problems.first().message.contains(QLatin1String("two")));
    QVERIFY(m_store->spec(QStringLiteral("aws+us-east-1+zz.multi\nline")));
    QVERIFY(m_store->spec(QStringLiteral("aws+us-east-1+zz.three")));
    QVERIFY(!m_store->spec(QStringLiteral("aws+us-east-1+zz.four")));
}

void TestCatalogImport::testZeroOrMissingPriceIsUnknown()
{
    const QString path = writeFile(QStringLiteral("aws/vms.csv"),
        VMS_HEADER
            + QStringLiteral("zz.zero,,,2,4,,0,0,us-east-1,\n"
                             "zz.empty,,,2,4,,,,us-east-1,\n"
                             "zz.priced,,,2,4,,0.25,0.1,us-east-1,\n"));
    const ImportReport report = import(path);
    QVERIFY2(report.ok, qPrintable(report.error));
    for (const QString& name : { QStringLiteral("zz.zero"), QStringLiteral("zz.empty") }) {
        const std::optional<CatalogSpec> spec = m_store->spec(QStringLiteral("aws+us-east-1+") + name);
        QVERIFY(spec);
        QVERIFY(!spec->spec.costPerHour);
        QVERIFY(!spec->spec.spotCostPerHour);
    }
    const std::optional<CatalogSpec> priced = m_store->spec(QStringLiteral("aws+us-east-1+zz.priced"));
    QVERIFY(priced);
    QCOMPARE(priced->spec.costPerHour, std::optional<double>(0.25));
    QCOMPARE(priced->spec.spotCostPerHour, std::optional<double>(0.1));
    QCOMPARE(m_store->stats().specsBySource.value(QStringLiteral("skypilot-vms:aws/vms.csv")), 3);
}

void TestCatalogImport::testUnclosedQuoteImportsNothing()
{
    const qint64 before = specCount();
    const QString path = writeFile(QStringLiteral("aws/vms.csv"),
        VMS_HEADER
            + QStringLiteral("zz.one,,,2,4,,0.1,,us-east-1,\n"
                             "zz.two,,,2,4,,0.1,,us-east-1,\n"
                             "\"zz.three,,,2,4,,0.1,,us-east-1,\n"
                             "zz.four,,,2,4,,0.1,,us-east-1,\n"));
    const ImportReport report = import(path);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("vms.csv:4")), qPrintable(report.error));
    QCOMPARE(specCount(), before);
    QVERIFY(!m_store->spec(QStringLiteral("aws+us-east-1+zz.one")));
}

void TestCatalogImport::testTooManyBadRowsImportsNothing()
{
    const qint64 before = specCount();
    const QString path = writeFile(QStringLiteral("aws/vms.csv"),
        VMS_HEADER
            + QStringLiteral("zz.one,,,2,4,,0.1,,us-east-1,\n"
                             "zz.bad1,,,x,4,,0.1,,us-east-1,\n"
                             "zz.bad2,,,x,4,,0.1,,us-east-1,\n"
                             "zz.bad3,,,x,4,,0.1,,us-east-1,\n"));
    ImportOptions options;
    options.maxBadRows = 2;
    const ImportReport report = import(path, options);
    QVERIFY(!report.ok);
    QCOMPARE(report.rowsSkipped, 3);
    QCOMPARE(specCount(), before);
}

void TestCatalogImport::testUnknownHeaderImportsNothing()
{
    const QString path = writeFile(QStringLiteral("x/other.csv"), QStringLiteral("a,b,c\n1,2,3\n"));
    const ImportReport report = import(path);
    QVERIFY(!report.ok);
    QVERIFY(report.error.contains(QLatin1String("other.csv:1")));
}

void TestCatalogImport::testCancelAtABatchImportsNothing()
{
    QString content = VMS_HEADER;
    for (int i = 0; i < 100; ++i)
        content += QStringLiteral("zz.c%1,,,2,4,,0.1,,us-east-1,\n").arg(i);
    const QString path = writeFile(QStringLiteral("aws/vms.csv"), content);
    const qint64 before = specCount();
    ImportOptions options;
    options.batchRows = 10;
    int calls = 0;
    options.batchHook = [&calls](qint64 rows) {
        ++calls;
        return rows < 50; // cancel after 50 rows were written
    };
    const ImportReport report = import(path, options);
    QVERIFY(!report.ok);
    QVERIFY(report.canceled);
    QCOMPARE(calls, 5);
    QCOMPARE(specCount(), before);
}

void TestCatalogImport::testCancelThroughTheFutureImportsNothing()
{
    QString content = VMS_HEADER;
    for (int i = 0; i < 100; ++i)
        content += QStringLiteral("zz.f%1,,,2,4,,0.1,,us-east-1,\n").arg(i);
    const QString path = writeFile(QStringLiteral("aws/vms.csv"), content);
    const qint64 before = specCount();
    // The hook waits until the test holds the future, then cancels it as a user would.
    auto future = std::make_shared<QFuture<ImportReport>>();
    QSemaphore ready;
    ImportOptions options;
    options.batchRows = 10;
    options.batchHook = [future, &ready](qint64 rows) {
        if (rows == 30) {
            ready.acquire();
            future->cancel();
        }
        return true;
    };
    *future = m_store->importFile(path, options);
    ready.release();
    QVERIFY(Test::waitFor(*future));
    QVERIFY(future->isCanceled());
    QCOMPARE(specCount(), before);
}

void TestCatalogImport::testReimportIsIdempotent()
{
    const QString path = writeFile(QStringLiteral("aws/vms.csv"),
        VMS_HEADER
            + QStringLiteral("zz.one,,,2,4,,0.1,,us-east-1,a\n"
                             "zz.one,,,2,4,,0.1,,us-east-1,b\n"
                             "zz.two,,,2,4,,0.2,,us-east-1,a\n"));
    QVERIFY(import(path).ok);
    const qint64 once = specCount();
    QVERIFY(import(path).ok);
    QCOMPARE(specCount(), once);
    QCOMPARE(m_store->stats().specsBySource.value(QStringLiteral("skypilot-vms:aws/vms.csv")), 3);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
