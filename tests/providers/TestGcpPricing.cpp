// SPDX-License-Identifier: GPL-3.0-or-later
// GCP prices from the Cloud Billing Catalog API against the in-process GCP test server: machine
// types of the zone priced as vCPUs x core + GiB x RAM (+ GPUs) from the seeded SKUs of the
// connection's region across many small pages; other regions, commitments, custom/sole-tenant
// parts, licences and disks give no price; Preemptible SKUs give Spot prices; Google's error
// message kept verbatim; 429 -> Throttled with Retry-After; a wrong key is one token request; and
// the seeded rates reproduce SkyPilot's public GCP catalog (skipped without ../shared).

#include "models/domain/PriceInfo.h"
#include "providers/gcp/GcpPriceMapper.h"
#include "tests/providers/GcpTestSupport.h"
#include "tests/servers/gcp/GcpBillingCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Barista;
using namespace Barista::GcpTest;

namespace {

const QString kSkus = QStringLiteral("GET /cloudbilling/v1/services/6F81-5844-456A/skus");

struct Listing
{
    QMap<QString, PriceInfo> prices; ///< "machineType|pricingModel"
    int pages = 0;
    int duplicates = 0;
    std::optional<CloudError> error;
};

Listing listAll(GcpProvider& gcp, int pageSize)
{
    Listing out;
    QString token;
    do {
        const Result<ResourcePage> page = await(gcp.list(ResourceKind::Price, ListRequest { token, pageSize }));
        if (!page.ok()) {
            out.error = page.error();
            return out;
        }
        ++out.pages;
        for (const Resource& item : page.value().items) {
            const PriceInfo* price = item.as<PriceInfo>();
            if (!price)
                continue;
            const QString key = price->productId + QLatin1Char('|') + price->pricingModel;
            out.duplicates += out.prices.contains(key) ? 1 : 0;
            out.prices.insert(key, *price);
        }
        token = page.value().nextPageToken;
    } while (!token.isEmpty() && out.pages < 100);
    return out;
}

/// The seeded price of the SKU with this description (0 when there is none: the test fails).
double seed(const QString& description)
{
    const QJsonObject sku = GcpBillingCatalog::skuByDescription(description);
    return sku.isEmpty() ? 0.0 : GcpBillingCatalog::unitPrice(sku);
}

/// vCPUs x core + GiB x RAM from the seeded SKUs "<prefix> Core|Ram running in <where>".
double machine(double vcpus, double gib, const QString& prefix, const QString& where)
{
    return vcpus * seed(QStringLiteral("%1 Core running in %2").arg(prefix, where))
        + gib * seed(QStringLiteral("%1 Ram running in %2").arg(prefix, where));
}

std::unique_ptr<GcpProvider> providerIn(
    const GcpTestServer& server, const GcpServiceAccount& account, const QString& region)
{
    ConnectionConfig c = connection(server);
    c.region = region;
    c.zone = region + QStringLiteral("-b");
    return std::make_unique<GcpProvider>(c, GcpServiceAccount::fixed(account), fastOptions());
}

QJsonObject withCategory(QJsonObject sku, const QString& key, const QString& value)
{
    QJsonObject category = sku.value(QLatin1String("category")).toObject();
    category.insert(key, value);
    sku.insert(QStringLiteral("category"), category);
    return sku;
}

QString keyOf(const QJsonObject& sku, const QString& region = QStringLiteral("asia-northeast3"))
{
    const std::optional<GcpPriceMapper::Rate> rate = GcpPriceMapper::rateOf(sku, region);
    return rate ? rate->key : QString();
}

} // namespace

class TestGcpPricing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pricesOfTheRegionAcrossManyPages();
    void otherRegionsAndNonMachineSkusGiveNoPrice();
    void skuFiltersAndRates();
    void googlesErrorMessageIsKeptVerbatim();
    void throttlingIsThrottledWithRetryAfter();
    void wrongKeyIsOneTokenRequest();
    void seedMatchesSkyPilotCatalog();

private:
    Fixture m_fixture;
};

void TestGcpPricing::init()
{
    m_fixture = startServer();
    QVERIFY(m_fixture.server);
}

void TestGcpPricing::cleanup()
{
    m_fixture = {};
}

void TestGcpPricing::pricesOfTheRegionAcrossManyPages()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account); // asia-northeast3-a
    const Listing small = listAll(*gcp, 4);
    QVERIFY2(!small.error, small.error ? qPrintable(small.error->toString()) : "");
    const int skuCount = int(GcpBillingCatalog::skus().size());
    QCOMPARE(small.pages, (skuCount + 3) / 4);
    QCOMPARE(m_fixture.server->requestCount(kSkus), small.pages);
    QCOMPARE(small.duplicates, 0); // a type is answered on the page that completes it, once

    const QString seoul = QStringLiteral("Seoul");
    const QMap<QString, double> onDemand {
        { QStringLiteral("e2-micro"), machine(0.25, 1, QStringLiteral("E2 Instance"), seoul) },
        { QStringLiteral("e2-small"), machine(0.5, 2, QStringLiteral("E2 Instance"), seoul) },
        { QStringLiteral("e2-medium"), machine(1, 4, QStringLiteral("E2 Instance"), seoul) },
        { QStringLiteral("e2-standard-2"), machine(2, 8, QStringLiteral("E2 Instance"), seoul) },
        { QStringLiteral("e2-standard-4"), machine(4, 16, QStringLiteral("E2 Instance"), seoul) },
        { QStringLiteral("n1-standard-1"), machine(1, 3.75, QStringLiteral("N1 Predefined Instance"), seoul) },
        { QStringLiteral("n2-standard-2"), machine(2, 8, QStringLiteral("N2 Instance"), seoul) },
        { QStringLiteral("n2-standard-8"), machine(8, 32, QStringLiteral("N2 Instance"), seoul) },
        { QStringLiteral("a2-highgpu-1g"),
            machine(12, 85, QStringLiteral("A2 Instance"), seoul)
                + seed(QStringLiteral("Nvidia Tesla A100 GPU running in Seoul")) },
        { QStringLiteral("a2-highgpu-2g"),
            machine(24, 170, QStringLiteral("A2 Instance"), seoul)
                + 2 * seed(QStringLiteral("Nvidia Tesla A100 GPU running in Seoul")) },
    };
    const QMap<QString, double> spot {
        { QStringLiteral("e2-micro"), machine(0.25, 1, QStringLiteral("Spot Preemptible E2 Instance"), seoul) },
        { QStringLiteral("e2-standard-4"), machine(4, 16, QStringLiteral("Spot Preemptible E2 Instance"), seoul) },
        { QStringLiteral("n1-standard-1"),
            machine(1, 3.75, QStringLiteral("Preemptible N1 Predefined Instance"), seoul) },
        { QStringLiteral("n2-standard-8"), machine(8, 32, QStringLiteral("Spot Preemptible N2 Instance"), seoul) },
    };
    QSet<QString> expectedKeys;
    for (auto it = onDemand.cbegin(); it != onDemand.cend(); ++it) {
        QVERIFY(it.value() > 0.001);
        const QString key = it.key() + QStringLiteral("|OnDemand");
        expectedKeys.insert(key);
        QVERIFY2(small.prices.contains(key), qPrintable(key));
        const PriceInfo& price = small.prices.value(key);
        QVERIFY2(qAbs(*price.pricePerHour - it.value()) < 1e-9, qPrintable(key));
        QCOMPARE(price.provider, QStringLiteral("gcp"));
        QCOMPARE(price.region, region());
        QCOMPARE(price.productFamily, QStringLiteral("Compute"));
        QCOMPARE(price.unit, QStringLiteral("Hrs"));
        QCOMPARE(price.currency, QStringLiteral("USD"));
        QVERIFY(price.fetchedAt.isValid());
    }
    for (auto it = spot.cbegin(); it != spot.cend(); ++it) {
        const QString key = it.key() + QStringLiteral("|Spot");
        QVERIFY2(small.prices.contains(key), qPrintable(key));
        QVERIFY2(qAbs(*small.prices.value(key).pricePerHour - it.value()) < 1e-9, qPrintable(key));
    }
    // Spot: every E2, N1 and N2 type; no A2 (Seoul has a Spot A100 but no Spot A2 core/RAM).
    for (const QString& name : { QStringLiteral("e2-small"), QStringLiteral("e2-medium"),
             QStringLiteral("e2-standard-2"), QStringLiteral("n2-standard-2") })
        expectedKeys.insert(name + QStringLiteral("|Spot"));
    for (const QString& key : spot.keys())
        expectedKeys.insert(key + QStringLiteral("|Spot"));
    // c3 and g2 have no core/RAM SKUs, so no price at all (not 0).
    QCOMPARE(QSet<QString>(small.prices.keyBegin(), small.prices.keyEnd()), expectedKeys);

    // The product ids are the Spec listing's names.
    const Result<ResourcePage> specs = await(gcp->list(ResourceKind::Spec, {}));
    QVERIFY(specs.ok());
    QSet<QString> specNames;
    for (const Resource& spec : specs.value().items)
        specNames.insert(spec.as<SpecInfo>()->name);
    for (const PriceInfo& price : small.prices)
        QVERIFY2(specNames.contains(price.productId), qPrintable(price.productId));

    // One big page answers the same.
    m_fixture.server->clearRequests();
    const Listing big = listAll(*gcp, 0);
    QVERIFY(!big.error);
    QCOMPARE(big.pages, 1);
    QCOMPARE(QSet<QString>(big.prices.keyBegin(), big.prices.keyEnd()), expectedKeys);
    for (auto it = big.prices.cbegin(); it != big.prices.cend(); ++it)
        QVERIFY(qAbs(*it->pricePerHour - *small.prices.value(it.key()).pricePerHour) < 1e-12);
    QCOMPARE(m_fixture.server->requestCount(kSkus), 1);
}

void TestGcpPricing::otherRegionsAndNonMachineSkusGiveNoPrice()
{
    // us-central1: the "Americas" SKUs (a multi-region list), not Seoul's.
    auto us = providerIn(*m_fixture.server, m_fixture.account, QStringLiteral("us-central1"));
    const Listing americas = listAll(*us, 7);
    QVERIFY(!americas.error);
    const QString where = QStringLiteral("Americas");
    QVERIFY(qAbs(*americas.prices.value(QStringLiteral("e2-standard-2|OnDemand")).pricePerHour
                - machine(2, 8, QStringLiteral("E2 Instance"), where))
        < 1e-9);
    QVERIFY(
        qAbs(*americas.prices.value(QStringLiteral("a2-highgpu-1g|Spot")).pricePerHour
            - (machine(12, 85, QStringLiteral("Spot Preemptible A2 Instance"), where)
                + seed(QStringLiteral("Nvidia Tesla A100 GPU attached to Spot Preemptible VMs running in Americas"))))
        < 1e-9);
    QVERIFY(!americas.prices.contains(QStringLiteral("n1-standard-1|Spot"))); // no Preemptible N1 SKU there
    QVERIFY(!americas.prices.contains(QStringLiteral("g2-standard-4|OnDemand"))); // an L4 SKU but no G2 core
    for (const PriceInfo& price : americas.prices)
        QCOMPARE(price.region, QStringLiteral("us-central1"));

    // europe-west1: no A2 or GPU SKUs there, so no A2 price; N2 from EMEA.
    auto eu = providerIn(*m_fixture.server, m_fixture.account, QStringLiteral("europe-west1"));
    const Listing emea = listAll(*eu, 0);
    QVERIFY(!emea.error);
    QVERIFY(!emea.prices.contains(QStringLiteral("a2-highgpu-1g|OnDemand")));
    QVERIFY(qAbs(*emea.prices.value(QStringLiteral("n2-standard-8|OnDemand")).pricePerHour
                - machine(8, 32, QStringLiteral("N2 Instance"), QStringLiteral("EMEA")))
        < 1e-9);

    // A region without any SKU: every page answers nothing, and the listing still ends.
    auto nowhere = providerIn(*m_fixture.server, m_fixture.account, QStringLiteral("southamerica-east1"));
    const Listing none = listAll(*nowhere, 10);
    QVERIFY(!none.error);
    QVERIFY(none.prices.isEmpty());
    QCOMPARE(m_fixture.server->requestCount(QStringLiteral("southamerica-east1-b/machineTypes")), 0);
}

void TestGcpPricing::skuFiltersAndRates()
{
    const QJsonObject core = GcpBillingCatalog::skuByDescription(QStringLiteral("E2 Instance Core running in Seoul"));
    QVERIFY(!core.isEmpty());
    QCOMPARE(keyOf(core), QStringLiteral("core|e2|OnDemand"));
    QCOMPARE(GcpPriceMapper::rateOf(core, QStringLiteral("asia-northeast3"))->perHour, 0.028027);
    QCOMPARE(keyOf(core, QStringLiteral("us-central1")), QString()); // other region
    QCOMPARE(keyOf(withCategory(core, QStringLiteral("usageType"), QStringLiteral("Commit1Yr"))), QString());
    QCOMPARE(keyOf(withCategory(core, QStringLiteral("resourceFamily"), QStringLiteral("License"))), QString());
    QJsonObject renamed = core;
    for (const QString& description : { QStringLiteral("E2 Custom Instance Core running in Seoul"),
             QStringLiteral("Sole Tenancy Instance Core running in Seoul"),
             QStringLiteral("N2 Sole Tenancy Instance Core running in Seoul"),
             QStringLiteral("Memory Optimized Upgrade Premium for Memory-optimized Instance Core running in Seoul"),
             QStringLiteral("Commitment v1: E2 Cpu in Seoul for 1 Year"),
             QStringLiteral("Licensing Fee for Windows Server 2022 Datacenter Edition (CPU cost)") }) {
        renamed.insert(QStringLiteral("description"), description);
        QVERIFY2(keyOf(renamed).isEmpty(), qPrintable(description));
    }
    renamed.insert(QStringLiteral("description"), QStringLiteral("N2D AMD Instance Core running in Seoul"));
    QCOMPARE(keyOf(renamed), QStringLiteral("core|n2d|OnDemand"));
    renamed.insert(QStringLiteral("description"), QStringLiteral("Compute optimized Core running in Seoul"));
    QCOMPARE(keyOf(renamed), QStringLiteral("core|c2|OnDemand"));
    renamed.insert(QStringLiteral("description"), QStringLiteral("Spot Preemptible E2 Instance Core running in Seoul"));
    QCOMPARE(keyOf(withCategory(renamed, QStringLiteral("usageType"), QStringLiteral("Preemptible"))),
        QStringLiteral("core|e2|Spot"));

    // A RAM SKU is per GiB hour: a RAM description with an hourly unit is not a RAM rate.
    const QJsonObject ram = GcpBillingCatalog::skuByDescription(QStringLiteral("E2 Instance Ram running in Seoul"));
    QCOMPARE(keyOf(ram), QStringLiteral("ram|e2|OnDemand"));
    QJsonObject hourlyRam = ram;
    hourlyRam.insert(QStringLiteral("pricingInfo"), core.value(QLatin1String("pricingInfo")));
    QCOMPARE(keyOf(hourlyRam), QString());
    const QJsonObject gpu
        = GcpBillingCatalog::skuByDescription(QStringLiteral("Nvidia Tesla A100 GPU running in Seoul"));
    QCOMPARE(keyOf(gpu), QStringLiteral("gpu|nvidia-tesla-a100|OnDemand"));
    QCOMPARE(keyOf(GcpBillingCatalog::skuByDescription(QStringLiteral("Storage PD Capacity in Seoul"))), QString());

    // Tiers: a free first tier is skipped; another currency gives no rate.
    QJsonObject tiered = core;
    QJsonArray infos = tiered.value(QLatin1String("pricingInfo")).toArray();
    QJsonObject info = infos.first().toObject();
    QJsonObject expression = info.value(QLatin1String("pricingExpression")).toObject();
    QJsonArray tiers = expression.value(QLatin1String("tieredRates")).toArray();
    QJsonObject paid = tiers.first().toObject();
    paid.insert(QStringLiteral("startUsageAmount"), 720);
    const QJsonObject free { { QStringLiteral("startUsageAmount"), 0 },
        { QStringLiteral("unitPrice"),
            QJsonObject { { QStringLiteral("currencyCode"), QStringLiteral("USD") },
                { QStringLiteral("units"), QStringLiteral("0") }, { QStringLiteral("nanos"), 0 } } } };
    expression.insert(QStringLiteral("tieredRates"), QJsonArray { free, paid });
    info.insert(QStringLiteral("pricingExpression"), expression);
    tiered.insert(QStringLiteral("pricingInfo"), QJsonArray { info });
    QCOMPARE(GcpPriceMapper::unitPrice(tiered, QStringLiteral("h")), std::optional<double>(0.028027));
    QJsonObject euros = paid.value(QLatin1String("unitPrice")).toObject();
    euros.insert(QStringLiteral("currencyCode"), QStringLiteral("EUR"));
    paid.insert(QStringLiteral("unitPrice"), euros);
    expression.insert(QStringLiteral("tieredRates"), QJsonArray { paid });
    info.insert(QStringLiteral("pricingExpression"), expression);
    tiered.insert(QStringLiteral("pricingInfo"), QJsonArray { info });
    QCOMPARE(GcpPriceMapper::unitPrice(tiered, QStringLiteral("h")), std::nullopt);

    // Pricing a spec: shared-core E2 fractions; a GPU type needs its GPU rate.
    GcpPriceMapper::Rates rates { { QStringLiteral("core|e2|OnDemand"), 0.02 },
        { QStringLiteral("ram|e2|OnDemand"), 0.003 }, { QStringLiteral("core|a2|OnDemand"), 0.03 },
        { QStringLiteral("ram|a2|OnDemand"), 0.004 } };
    SpecInfo micro;
    micro.name = QStringLiteral("e2-micro");
    micro.vcpu = 2;
    micro.memoryGiB = 1;
    QCOMPARE(GcpPriceMapper::pricePerHour(micro, rates, QStringLiteral("OnDemand")),
        std::optional<double>(0.25 * 0.02 + 0.003));
    QCOMPARE(GcpPriceMapper::pricePerHour(micro, rates, QStringLiteral("Spot")), std::nullopt);
    SpecInfo a2;
    a2.name = QStringLiteral("a2-highgpu-1g");
    a2.vcpu = 12;
    a2.memoryGiB = 85;
    a2.gpuModel = QStringLiteral("nvidia-tesla-a100");
    a2.gpuCount = 1;
    QCOMPARE(GcpPriceMapper::pricePerHour(a2, rates, QStringLiteral("OnDemand")), std::nullopt);
    rates.insert(QStringLiteral("gpu|nvidia-tesla-a100|OnDemand"), 2.5);
    QVERIFY(qAbs(*GcpPriceMapper::pricePerHour(a2, rates, QStringLiteral("OnDemand")) - (0.36 + 0.34 + 2.5)) < 1e-12);

    // Our page token carries the catalog's token (any characters) and the rates so far.
    const QString catalogToken = QStringLiteral("YmFy+/|x==");
    QString decodedToken;
    GcpPriceMapper::Rates decoded;
    QVERIFY(GcpPriceMapper::decodeToken(GcpPriceMapper::encodeToken(catalogToken, rates), &decodedToken, &decoded));
    QCOMPARE(decodedToken, catalogToken);
    QCOMPARE(decoded, rates);
    QVERIFY(!GcpPriceMapper::decodeToken(QStringLiteral("not-ours"), &decodedToken, &decoded));
    QVERIFY(!GcpPriceMapper::decodeToken(QStringLiteral("abc|!!!"), &decodedToken, &decoded));
}

void TestGcpPricing::googlesErrorMessageIsKeptVerbatim()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account);
    const QString disabled = QStringLiteral(
        "Cloud Billing API has not been used in project 104400000000000000001 before or it is disabled. Enable "
        "it by visiting https://console.developers.google.com/apis/api/cloudbilling.googleapis.com/overview?"
        "project=104400000000000000001 then retry.");
    m_fixture.server->failNext(kSkus, GcpApiError { 403, QStringLiteral("accessNotConfigured"), disabled });
    const Result<ResourcePage> denied = await(gcp->list(ResourceKind::Price, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().message, disabled);
    QCOMPARE(denied.error().providerCode, QStringLiteral("PERMISSION_DENIED")); // status-only error body
    QCOMPARE(denied.error().httpStatus, 403);
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);

    // A catalog token the server does not know: its 400 and words.
    const Result<ResourcePage> badToken = await(gcp->list(
        ResourceKind::Price, ListRequest { GcpPriceMapper::encodeToken(QStringLiteral("bm90LWEtdG9rZW4="), {}), 0 }));
    QVERIFY(!badToken.ok());
    QCOMPARE(badToken.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(badToken.error().providerCode, QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(badToken.error().message, QStringLiteral("Invalid page token: bm90LWEtdG9rZW4="));

    // A token that is not ours never reaches the server.
    const int before = m_fixture.server->requestCount(kSkus);
    const Result<ResourcePage> foreign = await(gcp->list(ResourceKind::Price, ListRequest { QStringLiteral("x"), 0 }));
    QCOMPARE(foreign.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(m_fixture.server->requestCount(kSkus), before);
}

void TestGcpPricing::throttlingIsThrottledWithRetryAfter()
{
    auto gcp = provider(*m_fixture.server, m_fixture.account);
    m_fixture.server->failNext(kSkus,
        GcpApiError { 429, QStringLiteral("rateLimitExceeded"),
            QStringLiteral(
                "Quota exceeded for quota metric "
                "'Read requests' and limit 'Read requests per minute' of service 'cloudbilling.googleapis.com'."),
            7 });
    const Result<ResourcePage> throttled = await(gcp->list(ResourceKind::Price, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().retryAfterMs, 7000);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("RESOURCE_EXHAUSTED"));
    QCOMPARE(m_fixture.server->requestCount(kSkus), 1); // the adapter does not retry

    // The server's periodic throttling hits the catalog too, mid-listing.
    m_fixture.server->throttleEvery(2);
    const Listing cut = listAll(*gcp, 5);
    QVERIFY(cut.error);
    QCOMPARE(cut.error->kind, CloudError::Kind::Throttled);
    QCOMPARE(cut.error->retryAfterMs, 1000);
    m_fixture.server->clearFaults();
    QVERIFY(!listAll(*gcp, 5).error);
}

void TestGcpPricing::wrongKeyIsOneTokenRequest()
{
    GcpServiceAccount wrong = m_fixture.account;
    wrong.privateKeyPem = GcpJwtVerifier::generateRsaPrivateKeyPem(); // not the registered key
    auto gcp = provider(*m_fixture.server, wrong);
    const Result<ResourcePage> denied = await(gcp->list(ResourceKind::Price, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().message, QStringLiteral("Invalid JWT Signature."));
    QCOMPARE(m_fixture.server->tokenRequestCount(), 1);
    QCOMPARE(m_fixture.server->requests().size(), 1);
}

void TestGcpPricing::seedMatchesSkyPilotCatalog()
{
    // SkyPilot's GCP catalog (public prices, 5 decimals). Its host-VM rows exclude GPUs, and it
    // bills the shared-core E2 types for 2 whole vCPUs, so those are left out here.
    const QString head = QStringLiteral(BARISTA_SHARED_DIR "/reference/skypilot-catalog/v8/gcp/vms.head.csv");
    const QString full = QStringLiteral(BARISTA_SHARED_DIR "/reference/skypilot-format-catalog-anycloud/gcp/vms.csv");
    if (!QFile::exists(head))
        QSKIP("../shared/reference/skypilot-catalog is not here");
    const QMap<QString, QString> skuRegion { { QStringLiteral("asia-northeast3"), QStringLiteral("Seoul") },
        { QStringLiteral("us-central1"), QStringLiteral("Americas") },
        { QStringLiteral("europe-west1"), QStringLiteral("EMEA") } };
    const QMap<QString, int> gpus { { QStringLiteral("a2-highgpu-1g"), 1 }, { QStringLiteral("a2-highgpu-2g"), 2 } };
    const QStringList sharedCore
        = { QStringLiteral("e2-micro"), QStringLiteral("e2-small"), QStringLiteral("e2-medium") };
    QMap<QString, Listing> listings;
    for (const QString& region : skuRegion.keys()) {
        auto gcp = providerIn(*m_fixture.server, m_fixture.account, region);
        listings.insert(region, listAll(*gcp, 0));
        QVERIFY(!listings.value(region).error);
    }
    int checked = 0;
    int checkedHead = 0;
    for (const QString& path : { head, full }) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
            if (f.size() < 10)
                continue;
            // Counted from the right: the GpuInfo column may hold commas.
            const QString type = f.first();
            const QString region = f.at(f.size() - 4);
            if (!listings.contains(region) || sharedCore.contains(type))
                continue;
            const PriceInfo ours = listings.value(region).prices.value(type + QStringLiteral("|OnDemand"));
            if (!ours.pricePerHour)
                continue;
            const double host = *ours.pricePerHour
                - gpus.value(type)
                    * seed(QStringLiteral("Nvidia Tesla A100 GPU running in %1").arg(skuRegion.value(region)));
            const double reference = f.at(f.size() - 2).toDouble();
            QVERIFY2(qAbs(host - reference) <= 0.5e-5 + 1e-9,
                qPrintable(QStringLiteral("%1 in %2: %3 vs SkyPilot %4")
                               .arg(type, region)
                               .arg(host, 0, 'f', 7)
                               .arg(reference)));
            ++checked;
            checkedHead += path == head ? 1 : 0;
        }
    }
    QVERIFY(checkedHead >= 4); // a2-highgpu-1g/2g in asia-northeast3 and us-central1 (zones repeat rows)
    QVERIFY(checked >= checkedHead);
    qInfo("%d SkyPilot rows checked (%d from vms.head.csv)", checked, checkedHead);
}

QTEST_GUILESS_MAIN(TestGcpPricing)
#include "TestGcpPricing.moc"
