// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/catalog/RegionCatalog.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTest>
#include <memory>

using namespace Barista;
using Barista::Test::ScratchDir;

class TestCatalogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testRegionsMatchTheBundledSource();
    void testSeoul_data();
    void testSeoul();
    void testNearSeoulRegions();
    void testOneCharacterQueries();
    void testTwoCharacterSpecPrefix();
    void testTrigramSubstring();
    void testGpuQueryReturnsOnlyThatGpu_data();
    void testGpuQueryReturnsOnlyThatGpu();
    void testNearSeoulSortPrice();
    void testRegionAndProviderFilters();
    void testPricesCompareOnlyInOneCurrency();
    void testParseAndResolveErrorsHaveColumns();
    void testSpecLookupById();
    void testUnknownPriceStaysUnknown();
    void testSearchAsync();
    void testReopenDoesNotDuplicate();

private:
    QSet<QString> regionKeys(const QString& query);

    ScratchDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

void TestCatalogStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<CatalogStore>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    QVERIFY2(m_store->openAndWait(&error), qPrintable(error));
}

void TestCatalogStore::cleanupTestCase()
{
    m_store.reset();
}

QSet<QString> TestCatalogStore::regionKeys(const QString& query)
{
    const CatalogSearchResult result = m_store->search(query);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error->toString()));
    QSet<QString> keys;
    for (const CatalogRegion& region : result.regions)
        keys.insert(region.key());
    return keys;
}

void TestCatalogStore::testRegionsMatchTheBundledSource()
{
    const QList<CatalogRegion> regions = m_store->regions();
    const RegionCatalog& source = RegionCatalog::bundled();
    QCOMPARE(regions.size(), source.regionCount());
    QCOMPARE(regions.size(), 196);
    int zones = 0;
    QSet<QString> platforms;
    for (const CatalogRegion& region : regions) {
        zones += static_cast<int>(region.region.zones.size());
        platforms.insert(region.platform);
        QVERIFY2(region.hasLocation, qPrintable(region.key()));
        QVERIFY2(!region.region.displayName.isEmpty(), qPrintable(region.key()));
        QVERIFY2(!region.nameKo.isEmpty(), qPrintable(region.key()));
        QVERIFY2(!region.city.isEmpty(), qPrintable(region.key()));
        const std::optional<RegionInfo> original = source.region(region.region.provider, region.region.name);
        QVERIFY(original);
        QCOMPARE(region.region.latitude, original->latitude);
        QCOMPARE(region.region.zones.size(), original->zones.size());
    }
    QCOMPARE(zones, 543);
    QCOMPARE(platforms.size(), 10);
    for (const QString& entry : source.entries()) {
        const auto count = std::count_if(
            regions.cbegin(), regions.cend(), [&entry](const CatalogRegion& r) { return r.region.provider == entry; });
        QCOMPARE(count, source.regions(entry).size());
    }
    QCOMPARE(m_store->regions(QStringLiteral("aws")).size(), 33);
    // "openstack" as a platform covers both OpenStack entries.
    QCOMPARE(m_store->regions(QStringLiteral("openstack")).size(), 2);
}

void TestCatalogStore::testSeoul_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("korean") << QStringLiteral("서울");
    QTest::newRow("english") << QStringLiteral("seoul");
    QTest::newRow("english capitalised, regions only") << QStringLiteral("Seoul in:regions");
}

void TestCatalogStore::testSeoul()
{
    QFETCH(QString, query);
    const QSet<QString> expected = {
        QStringLiteral("aws-ap-northeast-2"),
        QStringLiteral("alibaba-ap-northeast-2"),
        QStringLiteral("gcp-asia-northeast3"),
        QStringLiteral("azure-koreacentral"),
        QStringLiteral("tencent-ap-seoul"),
        QStringLiteral("ncp-KR"),
        QStringLiteral("kt-KR1"),
    };
    QCOMPARE(regionKeys(query), expected);
}

void TestCatalogStore::testNearSeoulRegions()
{
    const CatalogSearchResult result = m_store->search(QStringLiteral("near:seoul in:regions"));
    QVERIFY(result.ok());
    QVERIFY(result.near);
    QVERIFY(result.regions.size() >= 7);
    double previous = 0;
    for (const CatalogRegion& region : result.regions) {
        QVERIFY(region.distanceKm);
        QVERIFY(*region.distanceKm <= 500);
        QVERIFY(*region.distanceKm >= previous);
        previous = *region.distanceKm;
        QCOMPARE(region.country, QStringLiteral("South Korea"));
    }
    // Busan (Azure Korea South) is within 500 km, Tokyo is not.
    QVERIFY(regionKeys(QStringLiteral("near:서울 in:regions")).contains(QStringLiteral("azure-koreasouth")));
    QVERIFY(!regionKeys(QStringLiteral("near:seoul in:regions")).contains(QStringLiteral("aws-ap-northeast-1")));
    QVERIFY(
        regionKeys(QStringLiteral("near:seoul within:1200 in:regions")).contains(QStringLiteral("aws-ap-northeast-1")));
}

void TestCatalogStore::testOneCharacterQueries()
{
    // One Hangul character: the LIKE path (trigrams need three).
    const CatalogSearchResult result = m_store->search(QStringLiteral("서 in:regions limit:500"));
    QVERIFY(result.ok());
    QVERIFY(result.regions.size() >= 7);
    for (const CatalogRegion& region : result.regions)
        QVERIFY2(QString(region.nameKo + region.countryKo).contains(QStringLiteral("서")), qPrintable(region.key()));
    // One Latin character over specs: a name prefix.
    const CatalogSearchResult specs = m_store->search(QStringLiteral("t in:specs limit:300"));
    QVERIFY(specs.ok());
    QVERIFY(!specs.specs.isEmpty());
    for (const CatalogSpec& spec : specs.specs)
        QVERIFY2(spec.spec.name.startsWith(QLatin1Char('t'), Qt::CaseInsensitive), qPrintable(spec.specId()));
}

void TestCatalogStore::testTwoCharacterSpecPrefix()
{
    const CatalogSearchResult result = m_store->search(QStringLiteral("c5 provider:aws limit:1000"));
    QVERIFY(result.ok());
    QVERIFY(!result.specs.isEmpty());
    for (const CatalogSpec& spec : result.specs)
        QVERIFY2(spec.spec.name.startsWith(QLatin1String("c5")), qPrintable(spec.specId()));
}

void TestCatalogStore::testTrigramSubstring()
{
    // "highgpu" is in the middle of GCP's "a2-highgpu-1g": a substring, found by the trigram index.
    const CatalogSearchResult result = m_store->search(QStringLiteral("highgpu in:specs limit:1000"));
    QVERIFY(result.ok());
    QVERIFY(!result.specs.isEmpty());
    for (const CatalogSpec& spec : result.specs)
        QVERIFY(spec.spec.name.contains(QLatin1String("highgpu")));
    // Regions: "frankfurt" (5+ providers) and its Korean name.
    QCOMPARE(regionKeys(QStringLiteral("frankfurt")), regionKeys(QStringLiteral("프랑크푸르트")));
    QVERIFY(regionKeys(QStringLiteral("frankfurt")).contains(QStringLiteral("aws-eu-central-1")));
}

void TestCatalogStore::testGpuQueryReturnsOnlyThatGpu_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("accepted");
    QTest::newRow("a100") << QStringLiteral("a100") << QStringList { QStringLiteral("a100") };
    QTest::newRow("a10 is not a100 or a10g") << QStringLiteral("a10") << QStringList { QStringLiteral("a10") };
    QTest::newRow("l4") << QStringLiteral("L4") << QStringList { QStringLiteral("l4") };
}

void TestCatalogStore::testGpuQueryReturnsOnlyThatGpu()
{
    QFETCH(QString, model);
    QFETCH(QStringList, accepted);
    const CatalogSearchResult result = m_store->search(QStringLiteral("gpu:%1 limit:5000").arg(model));
    QVERIFY(result.ok());
    QVERIFY(!result.specs.isEmpty());
    QVERIFY(result.regions.isEmpty());
    for (const CatalogSpec& spec : result.specs) {
        const QString gpu = spec.spec.gpuModel.toLower();
        QVERIFY2(accepted.contains(gpu) || gpu.startsWith(accepted.first() + QLatin1Char('-')),
            qPrintable(spec.specId() + QLatin1Char(' ') + spec.spec.gpuModel));
        QVERIFY(spec.spec.gpuCount > 0);
    }
}

void TestCatalogStore::testNearSeoulSortPrice()
{
    const CatalogSearchResult result = m_store->search(QStringLiteral("near:seoul sort:price limit:100000"));
    QVERIFY(result.ok());
    QVERIFY(result.specs.size() > 20);
    // Everything is within the default 500 km; USD prices ascend; rows without a USD price last.
    bool unknownSeen = false;
    double previous = 0;
    QSet<QString> regions;
    for (const CatalogSpec& spec : result.specs) {
        QVERIFY(spec.distanceKm && *spec.distanceKm <= 500);
        regions.insert(spec.spec.provider + QLatin1Char('-') + spec.spec.region);
        const bool usd = spec.spec.costPerHour && spec.spec.currency == QLatin1String("USD");
        if (!usd) {
            unknownSeen = true;
            continue;
        }
        QVERIFY2(!unknownSeen, qPrintable(spec.specId()));
        QVERIFY2(*spec.spec.costPerHour >= previous, qPrintable(spec.specId()));
        previous = *spec.spec.costPerHour;
    }
    QVERIFY(regions.contains(QStringLiteral("aws-ap-northeast-2")));
    QVERIFY(regions.contains(QStringLiteral("ncp-KR")));
    QVERIFY(!regions.contains(QStringLiteral("aws-ap-northeast-1")));
    // KRW-priced NHN specs near Seoul sort after every USD price.
    QVERIFY(unknownSeen);

    // The same set, ordered by distance, gives the same cheapest USD price (independent check).
    const CatalogSearchResult byDistance = m_store->search(QStringLiteral("near:seoul limit:100000"));
    QCOMPARE(byDistance.specs.size(), result.specs.size());
    double cheapest = 1e9;
    for (const CatalogSpec& spec : byDistance.specs) {
        if (spec.spec.costPerHour && spec.spec.currency == QLatin1String("USD"))
            cheapest = std::min(cheapest, *spec.spec.costPerHour);
    }
    QCOMPARE(*result.specs.first().spec.costPerHour, cheapest);
    // Distance order ascends.
    for (int i = 1; i < byDistance.specs.size(); ++i)
        QVERIFY(*byDistance.specs.at(i).distanceKm >= *byDistance.specs.at(i - 1).distanceKm);
}

void TestCatalogStore::testRegionAndProviderFilters()
{
    const CatalogSearchResult asia = m_store->search(QStringLiteral("region:asia in:regions limit:500"));
    QVERIFY(asia.ok());
    QVERIFY(asia.regions.size() > 40);
    for (const CatalogRegion& region : asia.regions)
        QVERIFY2(region.area == QLatin1String("asia") || region.region.name.contains(QLatin1String("asia")),
            qPrintable(region.key()));
    const CatalogSearchResult specs = m_store->search(QStringLiteral("provider:aws,gcp vcpu>=8 limit:100000"));
    QVERIFY(specs.ok());
    QVERIFY(!specs.specs.isEmpty());
    for (const CatalogSpec& spec : specs.specs) {
        QVERIFY(spec.spec.provider == QLatin1String("aws") || spec.spec.provider == QLatin1String("gcp"));
        QVERIFY(spec.spec.vcpu >= 8);
    }
}

void TestCatalogStore::testPricesCompareOnlyInOneCurrency()
{
    // NHN prices are in KRW: "price<1" (USD) must not treat 797 KRW as cheap or as unknown.
    QVERIFY(m_store->search(QStringLiteral("provider:nhn price<1")).specs.isEmpty());
    const CatalogSearchResult krw = m_store->search(QStringLiteral("provider:nhn currency:KRW price<1000"));
    QVERIFY(!krw.specs.isEmpty());
    for (const CatalogSpec& spec : krw.specs) {
        QCOMPARE(spec.spec.currency, QStringLiteral("KRW"));
        QVERIFY(*spec.spec.costPerHour < 1000);
    }
}

void TestCatalogStore::testParseAndResolveErrorsHaveColumns()
{
    CatalogSearchResult result = m_store->search(QStringLiteral("gpu:a100 vcpu>=x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->column, 16);
    result = m_store->search(QStringLiteral("gpu:a100 near:atlantis"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->column, 15);
    result = m_store->search(QStringLiteral("provider:aws,oracle"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->column, 10);
    QVERIFY(result.error->message.contains(QLatin1String("oracle")));
    result = m_store->search(QStringLiteral("vcpu>=2 region:atlantis"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->column, 16);
}

void TestCatalogStore::testSpecLookupById()
{
    const std::optional<CatalogSpec> spec = m_store->spec(QStringLiteral("aws+ap-northeast-2+t3.large"));
    QVERIFY(spec);
    QCOMPARE(spec->specId(), QStringLiteral("aws+ap-northeast-2+t3.large"));
    QVERIFY(spec->spec.costPerHour);
    QVERIFY(spec->allRegions); // Tumblebug's "all regions" price
    QCOMPARE(spec->regionNameKo, QStringLiteral("서울"));
    const std::optional<CatalogSpec> nhn = m_store->spec(QStringLiteral("nhn+KR1+m2.c4m8"));
    QVERIFY(nhn);
    QCOMPARE(nhn->spec.vcpu, 4); // from the name, as NHN documents it
    QCOMPARE(nhn->spec.memoryGiB, 8.0);
    QVERIFY(!m_store->spec(QStringLiteral("aws+ap-northeast-2+no-such-type")));
    // AWS names do not spell out memory: it stays unknown (0 in SpecInfo, null in JSON).
    QCOMPARE(spec->spec.memoryGiB, 0.0);
    QVERIFY(spec->toJson().value(QStringLiteral("memoryGiB")).isNull());
}

void TestCatalogStore::testUnknownPriceStaysUnknown()
{
    SpecInfo priced;
    priced.region = QStringLiteral("ap-southeast-1");
    priced.name = QStringLiteral("zz.priced");
    priced.vcpu = 2;
    priced.costPerHour = 0.5;
    SpecInfo unknown = priced;
    unknown.name = QStringLiteral("zz.unknown");
    unknown.costPerHour.reset();
    SpecInfo zero = priced;
    zero.name = QStringLiteral("zz.zero");
    zero.costPerHour = 0.0; // a provider's "0" is not a price
    const auto written = m_store->replaceSpecs(
        QStringLiteral("tencent"), { priced, unknown, zero }, QStringLiteral("test"), QDateTime::currentDateTimeUtc());
    QVERIFY(Test::waitFor(written));
    QVERIFY2(written.result().ok, qPrintable(written.result().error));
    QCOMPARE(written.result().inserted, 3);

    for (const QString& name : { QStringLiteral("zz.unknown"), QStringLiteral("zz.zero") }) {
        const std::optional<CatalogSpec> spec = m_store->spec(QStringLiteral("tencent+ap-southeast-1+") + name);
        QVERIFY(spec);
        QVERIFY(!spec->spec.costPerHour);
        QVERIFY(spec->toJson().value(QStringLiteral("costPerHour")).isNull());
    }
    // Unknown never passes a price filter and sorts after every known price.
    const CatalogSearchResult cheap = m_store->search(QStringLiteral("zz. price<1"));
    QCOMPARE(cheap.specs.size(), 1);
    QCOMPARE(cheap.specs.first().spec.name, QStringLiteral("zz.priced"));
    const CatalogSearchResult sorted = m_store->search(QStringLiteral("zz. sort:price"));
    QCOMPARE(sorted.specs.size(), 3);
    QCOMPARE(sorted.specs.first().spec.name, QStringLiteral("zz.priced"));
    const CatalogSearchResult descending = m_store->search(QStringLiteral("zz. sort:-price"));
    QCOMPARE(descending.specs.first().spec.name, QStringLiteral("zz.priced"));
    // A second refresh without zz.zero deletes it and leaves the others unchanged.
    const auto again = m_store->replaceSpecs(
        QStringLiteral("tencent"), { priced, unknown }, QStringLiteral("test"), QDateTime::currentDateTimeUtc());
    QVERIFY(Test::waitFor(again));
    QCOMPARE(again.result().unchanged, 2);
    QCOMPARE(again.result().deleted, 1);
}

void TestCatalogStore::testSearchAsync()
{
    QFuture<CatalogSearchResult> future = m_store->searchAsync(QStringLiteral("서울 in:regions"));
    QVERIFY(Test::waitFor(future));
    QCOMPARE(future.result().regions.size(), 7);
}

void TestCatalogStore::testReopenDoesNotDuplicate()
{
    const CatalogStats before = m_store->stats();
    CatalogStore second(m_store->path());
    QVERIFY(second.openAndWait());
    const CatalogStats after = second.stats();
    QCOMPARE(after.schemaVersion, 2);
    QCOMPARE(after.providers.size(), before.providers.size());
    for (int i = 0; i < before.providers.size(); ++i) {
        QCOMPARE(after.providers.at(i).specs, before.providers.at(i).specs);
        QCOMPARE(after.providers.at(i).zones, before.providers.at(i).zones);
    }
    QVERIFY(after.specsBySource.value(QStringLiteral("bundled:tumblebug")) > 100);
    const ProviderStats aws = *std::find_if(after.providers.cbegin(), after.providers.cend(),
        [](const ProviderStats& p) { return p.provider == QLatin1String("aws"); });
    QCOMPARE(aws.regions, 33);
    QVERIFY(aws.fetchedAt.contains(QStringLiteral("specs")));
    QVERIFY(!aws.isStale(QStringLiteral("specs"), aws.fetchedAt.value(QStringLiteral("specs")).addDays(1), 7 * 86400));
    QVERIFY(aws.isStale(QStringLiteral("specs"), aws.fetchedAt.value(QStringLiteral("specs")).addDays(8), 7 * 86400));
    QVERIFY(aws.isStale(QStringLiteral("images"), QDateTime::currentDateTimeUtc(), 7 * 86400));
}

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "TestCatalogStore.moc"
