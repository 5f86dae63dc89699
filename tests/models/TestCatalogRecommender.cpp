// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogStore.h"
#include "models/catalog/Recommender.h"
#include "tests/support/ScratchDir.h"
#include "tests/support/TestAwait.h"

#include <QObject>
#include <QTest>
#include <memory>

using namespace Barista;
using Barista::Test::ScratchDir;

namespace {

SpecInfo spec(const QString& region, const QString& name, int vcpu, double memory, std::optional<double> price,
    const QString& arch = QStringLiteral("x86_64"))
{
    SpecInfo info;
    info.region = region;
    info.name = name;
    info.vcpu = vcpu;
    info.memoryGiB = memory;
    info.costPerHour = price;
    info.architecture = arch;
    // A made-up accelerator keeps these rows apart from the bundled catalog.
    info.gpuModel = QStringLiteral("ZZ9");
    info.gpuCount = 1;
    info.gpuMemoryGiB = 8;
    return info;
}

} // namespace

class TestCatalogRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testCostPriorityAndTieBreaks();
    void testPerformancePriority();
    void testLocationPriority();
    void testLatencyPriority();
    void testFilters();
    void testErrors();

private:
    QStringList ids(const RecommendRequest& request);
    RecommendRequest base() const;

    ScratchDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

void TestCatalogRecommender::initTestCase()
{
    m_store = std::make_unique<CatalogStore>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(m_store->openAndWait());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::pair<QString, QList<SpecInfo>>> offers = {
        { QStringLiteral("aws"),
            { spec(QStringLiteral("ap-northeast-2"), QStringLiteral("zz.small"), 2, 4, 0.10),
                spec(QStringLiteral("ap-northeast-2"), QStringLiteral("zz.big"), 16, 64, 0.80),
                spec(QStringLiteral("ap-northeast-2"), QStringLiteral("zz.same1"), 4, 16, 0.30),
                spec(QStringLiteral("ap-northeast-1"), QStringLiteral("zz.small"), 2, 4, 0.09),
                spec(QStringLiteral("ap-northeast-1"), QStringLiteral("zz.same1"), 4, 16, 0.30),
                spec(QStringLiteral("us-east-1"), QStringLiteral("zz.small"), 2, 4, 0.05),
                spec(QStringLiteral("us-east-1"), QStringLiteral("zz.huge"), 64, 256, 3.0, QStringLiteral("arm64")),
                spec(QStringLiteral("us-east-1"), QStringLiteral("zz.unpriced"), 8, 32, std::nullopt) } },
        { QStringLiteral("gcp"),
            { spec(QStringLiteral("asia-northeast3"), QStringLiteral("zz.same1"), 4, 16, 0.30),
                spec(QStringLiteral("asia-northeast3"), QStringLiteral("zz.big"), 16, 64, 0.80) } },
        { QStringLiteral("ncp"), { spec(QStringLiteral("KR"), QStringLiteral("zz.ncp"), 4, 16, 0.30) } },
    };
    for (const auto& [provider, specs] : offers) {
        const auto written = m_store->replaceSpecs(provider, specs, QStringLiteral("test"), now);
        QVERIFY(Test::waitFor(written));
        QVERIFY2(written.result().ok, qPrintable(written.result().error));
    }
}

void TestCatalogRecommender::cleanupTestCase()
{
    m_store.reset();
}

RecommendRequest TestCatalogRecommender::base() const
{
    RecommendRequest request;
    request.gpuModels = { QStringLiteral("zz9") };
    request.limit = 50;
    return request;
}

QStringList TestCatalogRecommender::ids(const RecommendRequest& request)
{
    const RecommendResult result = Recommender(*m_store).recommend(request);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    QStringList list;
    for (const Recommendation& item : result.items)
        list.append(item.spec.specId());
    return list;
}

void TestCatalogRecommender::testCostPriorityAndTieBreaks()
{
    RecommendRequest request = base();
    request.priority = RecommendRequest::Priority::Cost;
    const QStringList expected = {
        QStringLiteral("aws+us-east-1+zz.small"), QStringLiteral("aws+ap-northeast-1+zz.small"),
        QStringLiteral("aws+ap-northeast-2+zz.small"),
        // 0.30 four times: provider, then region, then name decide.
        QStringLiteral("aws+ap-northeast-1+zz.same1"), QStringLiteral("aws+ap-northeast-2+zz.same1"),
        QStringLiteral("gcp+asia-northeast3+zz.same1"), QStringLiteral("ncp+KR+zz.ncp"),
        QStringLiteral("aws+ap-northeast-2+zz.big"), QStringLiteral("gcp+asia-northeast3+zz.big"),
        QStringLiteral("aws+us-east-1+zz.huge"),
        QStringLiteral("aws+us-east-1+zz.unpriced"), // unknown price last
    };
    QCOMPARE(ids(request), expected);
    QCOMPARE(ids(request), expected); // deterministic
    request.limit = 3;
    QCOMPARE(ids(request), expected.mid(0, 3));
    const RecommendResult result = Recommender(*m_store).recommend(request);
    QCOMPARE(result.items.first().rank, 1);
    QCOMPARE(result.items.last().rank, 3);
}

void TestCatalogRecommender::testPerformancePriority()
{
    RecommendRequest request = base();
    request.priority = RecommendRequest::Priority::Performance;
    QCOMPARE(ids(request),
        (QStringList {
            QStringLiteral("aws+us-east-1+zz.huge"),
            QStringLiteral("aws+ap-northeast-2+zz.big"),
            QStringLiteral("gcp+asia-northeast3+zz.big"),
            QStringLiteral("aws+us-east-1+zz.unpriced"),
            QStringLiteral("aws+ap-northeast-1+zz.same1"),
            QStringLiteral("aws+ap-northeast-2+zz.same1"),
            QStringLiteral("gcp+asia-northeast3+zz.same1"),
            QStringLiteral("ncp+KR+zz.ncp"),
            // Equal shape: the cheaper first.
            QStringLiteral("aws+us-east-1+zz.small"),
            QStringLiteral("aws+ap-northeast-1+zz.small"),
            QStringLiteral("aws+ap-northeast-2+zz.small"),
        }));
}

void TestCatalogRecommender::testLocationPriority()
{
    RecommendRequest request = base();
    request.priority = RecommendRequest::Priority::Location;
    request.near = GeoPoint { 37.36, 126.78 }; // AWS's Seoul coordinates
    const QStringList expected = {
        QStringLiteral("aws+ap-northeast-2+zz.small"),
        QStringLiteral("aws+ap-northeast-2+zz.same1"),
        QStringLiteral("aws+ap-northeast-2+zz.big"),
        QStringLiteral("ncp+KR+zz.ncp"), // ~16 km
        QStringLiteral("gcp+asia-northeast3+zz.same1"),
        QStringLiteral("gcp+asia-northeast3+zz.big"), // ~26 km
        QStringLiteral("aws+ap-northeast-1+zz.small"),
        QStringLiteral("aws+ap-northeast-1+zz.same1"),
        QStringLiteral("aws+us-east-1+zz.small"),
        QStringLiteral("aws+us-east-1+zz.huge"),
        QStringLiteral("aws+us-east-1+zz.unpriced"),
    };
    QCOMPARE(ids(request), expected);
    const RecommendResult result = Recommender(*m_store).recommend(request);
    QCOMPARE(*result.items.first().distanceKm, 0.0);
    QVERIFY(*result.items.at(3).distanceKm > 10 && *result.items.at(3).distanceKm < 20);
    // A named place works too: Seoul's regions come before Tokyo's.
    request.near.reset();
    request.place = QStringLiteral("서울");
    const QStringList byPlace = ids(request);
    QCOMPARE(byPlace.size(), expected.size());
    QVERIFY(byPlace.indexOf(QStringLiteral("gcp+asia-northeast3+zz.big"))
        < byPlace.indexOf(QStringLiteral("aws+ap-northeast-1+zz.small")));
}

void TestCatalogRecommender::testLatencyPriority()
{
    RecommendRequest request = base();
    request.priority = RecommendRequest::Priority::Latency;
    request.fromRegion = QStringLiteral("aws/ap-northeast-2");
    const RecommendResult result = Recommender(*m_store).recommend(request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.items.size(), 11);
    double previous = -1;
    for (const Recommendation& item : result.items) {
        QVERIFY(item.latency);
        QVERIFY(item.latency->ms >= previous);
        previous = item.latency->ms;
        // NCP is not in Tumblebug's matrix: its latency is estimated, and says so.
        QCOMPARE(item.latency->estimated, item.spec.spec.provider == QLatin1String("ncp"));
        if (item.spec.spec.provider == QLatin1String("gcp")) {
            QCOMPARE(item.latency->ms,
                *LatencyMatrix::bundled().measured(
                    QStringLiteral("aws-ap-northeast-2"), QStringLiteral("gcp-asia-northeast3")));
        }
    }
    QCOMPARE(result.items.first().spec.spec.region, QStringLiteral("ap-northeast-2"));
    QCOMPARE(result.items.last().spec.specId(), QStringLiteral("aws+us-east-1+zz.unpriced"));
}

void TestCatalogRecommender::testFilters()
{
    RecommendRequest request = base();
    request.providers = { QStringLiteral("aws") };
    request.vcpu.min = 4;
    request.vcpu.max = 16;
    QCOMPARE(ids(request),
        (QStringList { QStringLiteral("aws+ap-northeast-1+zz.same1"), QStringLiteral("aws+ap-northeast-2+zz.same1"),
            QStringLiteral("aws+ap-northeast-2+zz.big"), QStringLiteral("aws+us-east-1+zz.unpriced") }));
    // A cost range excludes an unknown price.
    request.costPerHour.max = 1.0;
    QCOMPARE(ids(request).size(), 3);
    request = base();
    request.costPerHour.max = 0.1;
    QCOMPARE(ids(request).size(), 3);
    request = base();
    request.architectures = { QStringLiteral("arm64") };
    QCOMPARE(ids(request), QStringList { QStringLiteral("aws+us-east-1+zz.huge") });
    request = base();
    request.regions = { QStringLiteral("asia-northeast3"), QStringLiteral("KR") };
    request.memoryGiB.min = 32;
    QCOMPARE(ids(request), QStringList { QStringLiteral("gcp+asia-northeast3+zz.big") });
    request = base();
    request.gpuModels = { QStringLiteral("zz8") };
    QVERIFY(ids(request).isEmpty());
}

void TestCatalogRecommender::testErrors()
{
    RecommendRequest request = base();
    request.priority = RecommendRequest::Priority::Latency;
    request.fromRegion = QStringLiteral("ap-northeast-2"); // AWS and Alibaba both have one
    RecommendResult result = Recommender(*m_store).recommend(request);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("provider/region")));
    request.fromRegion = QStringLiteral("asia-northeast3"); // only GCP: fine
    QVERIFY(Recommender(*m_store).recommend(request).ok());
    request.priority = RecommendRequest::Priority::Location;
    request.place = QStringLiteral("atlantis");
    QVERIFY(!Recommender(*m_store).recommend(request).ok());
    request = base();
    request.providers = { QStringLiteral("oracle") };
    QVERIFY(!Recommender(*m_store).recommend(request).ok());
    QCOMPARE(RecommendRequest::priorityFromName(QStringLiteral("Latency")), RecommendRequest::Priority::Latency);
    QVERIFY(!RecommendRequest::priorityFromName(QStringLiteral("luck")));
}

QTEST_GUILESS_MAIN(TestCatalogRecommender)
#include "TestCatalogRecommender.moc"
