// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure adapter's prices (AzurePricing, the public Retail Prices API) against the ARM test
// server's /api/retail/prices: a region's list over two pages equals the server's seed for every
// VM size the Spec listing names; Windows, Low Priority, non-hourly, other regions' and other
// services' meters never come back as Linux prices; the API's error body verbatim; 429 with
// Retry-After is Throttled after one request; no token is fetched or sent (a wrong secret does
// not matter); a NextPageLink to another host is not followed. Also the mapper and the error
// parser over bodies recorded from prices.azure.com (tests/data/pricing/), and the server's own
// answers to filters the API refuses.

#include "models/domain/Resource.h"
#include "providers/azure/AzureErrorParser.h"
#include "providers/azure/AzurePricing.h"
#include "tests/providers/AzureTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Barista;
using namespace Barista::AzureTest;

namespace {

QByteArray dataFile(const char* name)
{
    QFile file(QStringLiteral(BARISTA_TEST_DATA_DIR "/pricing/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// All pages of the connection's prices, counting the pages.
Result<QList<PriceInfo>> allPrices(AzureProvider& provider, int* pages = nullptr)
{
    QList<PriceInfo> out;
    ListRequest request;
    int n = 0;
    do {
        const Result<ResourcePage> page = await(provider.list(ResourceKind::Price, request));
        if (!page.ok())
            return page.error();
        ++n;
        for (const Resource& r : page.value().items) {
            if (const PriceInfo* p = r.as<PriceInfo>())
                out.append(*p);
        }
        request.pageToken = page.value().nextPageToken;
    } while (!request.pageToken.isEmpty() && n < 50);
    if (pages)
        *pages = n;
    return out;
}

bool isWindows(const QJsonObject& item)
{
    return item.value(QStringLiteral("productName")).toString().contains(QLatin1String("Windows"));
}

/// The seed's Linux hourly Consumption VM meter of that size and model in that region (what the
/// adapter must report), read from the server's own items; null when there is none.
QJsonObject seedMeter(const AzureArmTestServer& server, const QString& region, const QString& sku, const QString& model)
{
    for (const QJsonObject& item : const_cast<AzureArmTestServer&>(server).retail().items()) {
        const QString skuName = item.value(QStringLiteral("skuName")).toString();
        const bool spot = skuName.endsWith(QLatin1String(" Spot"));
        if (item.value(QStringLiteral("armRegionName")).toString() == region && item.value(QStringLiteral("armSkuName")).toString() == sku
            && item.value(QStringLiteral("serviceName")).toString() == QLatin1String("Virtual Machines")
            && item.value(QStringLiteral("type")).toString() == QLatin1String("Consumption")
            && item.value(QStringLiteral("unitOfMeasure")).toString() == QLatin1String("1 Hour") && !isWindows(item)
            && !skuName.contains(QLatin1String("Low Priority")) && spot == (model == QLatin1String("Spot")))
            return item;
    }
    return {};
}

int retailRequests(const AzureArmTestServer& server)
{
    return server.requestCount(QStringLiteral("/api/retail/prices"));
}

} // namespace

class TestAzurePricing : public QObject
{
    Q_OBJECT

private slots:
    void mapperReadsRecordedAnswer();
    void parserReadsRecordedError();
    void regionPricesOverPagesMatchSeed();
    void onlyLinuxHourlyVmMetersOfTheRegion();
    void providerErrorVerbatim();
    void throttledWithRetryAfter();
    void noTokenEvenWithWrongSecret();
    void pricesWithoutAReadableCredential();
    void foreignNextPageLinkNotFollowed();
    void serverRefusesWhatTheApiRefuses();
};

void TestAzurePricing::mapperReadsRecordedAnswer()
{
    const QJsonObject body = QJsonDocument::fromJson(dataFile("azure-retail-eastus-standard-d2s-v3.json")).object();
    QCOMPARE(body.value(QStringLiteral("Items")).toArray().size(), 9);
    const QDateTime at(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC);
    const ResourcePage page = AzurePricing::page(body, QStringLiteral("eastus"), at);
    // Of nine rows: Linux on-demand 0.096 and Linux Spot 0.018816; Windows, Low Priority and
    // DevTestConsumption rows are not Linux prices.
    QCOMPARE(page.items.size(), 2);
    QVERIFY(page.nextPageToken.isEmpty());
    QMap<QString, double> byModel;
    for (const Resource& r : page.items) {
        const PriceInfo* p = r.as<PriceInfo>();
        QVERIFY(p);
        QCOMPARE(p->provider, QStringLiteral("azure"));
        QCOMPARE(p->region, QStringLiteral("eastus"));
        QCOMPARE(p->productFamily, QStringLiteral("Compute"));
        QCOMPARE(p->productId, QStringLiteral("Standard_D2s_v3"));
        QCOMPARE(p->unit, QStringLiteral("Hrs"));
        QCOMPARE(p->currency, QStringLiteral("USD"));
        QCOMPARE(p->fetchedAt, at);
        QVERIFY(p->pricePerHour);
        byModel.insert(p->pricingModel, *p->pricePerHour);
    }
    QCOMPARE(byModel.value(QStringLiteral("OnDemand")), 0.096);
    QCOMPARE(byModel.value(QStringLiteral("Spot")), 0.018816);
    QVERIFY(AzurePricing::page(body, QStringLiteral("westus"), at).items.isEmpty());

    // The API promises no order: the same rows backwards give the same two prices.
    QJsonArray reversed;
    for (const QJsonValue& v : body.value(QStringLiteral("Items")).toArray())
        reversed.prepend(v);
    QJsonObject backwards = body;
    backwards.insert(QStringLiteral("Items"), reversed);
    QMap<QString, double> again;
    for (const Resource& r : AzurePricing::page(backwards, QStringLiteral("eastus"), at).items)
        again.insert(r.as<PriceInfo>()->pricingModel, r.as<PriceInfo>()->pricePerHour.value_or(0));
    QCOMPARE(again, byModel);
}

void TestAzurePricing::parserReadsRecordedError()
{
    const ProviderErrorDetail detail = AzureErrorParser::parse(400, dataFile("azure-retail-error-invalid-odata.json"));
    QCOMPARE(detail.code, QStringLiteral("BadRequest"));
    QCOMPARE(detail.message, QStringLiteral("Invalid OData parameters supplied"));
    QVERIFY(detail.kind);
    QCOMPARE(*detail.kind, CloudError::Kind::InvalidRequest);
}

void TestAzurePricing::regionPricesOverPagesMatchSeed()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server);
    int pages = 0;
    const Result<QList<PriceInfo>> prices = allPrices(*azure, &pages);
    QVERIFY2(prices.ok(), why(prices).constData());
    QCOMPARE(pages, 2); // 113 matching meters, 100 a page
    QCOMPARE(retailRequests(*server), 2);
    // The documented query: the preview api-version and the region's Virtual Machines Consumption filter.
    const QUrlQuery asked(server->requests().first().query);
    QCOMPARE(asked.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2023-01-01-preview"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
        QStringLiteral("serviceName eq 'Virtual Machines' and armRegionName eq 'koreacentral' and priceType eq 'Consumption'"));
    QVERIFY(server->requests().last().query.contains(QLatin1String("$skip=100")));
    QMap<QPair<QString, QString>, double> got;
    for (const PriceInfo& p : prices.value()) {
        QVERIFY2(!got.contains({ p.productId, p.pricingModel }), qPrintable(p.productId)); // each size/model once
        got.insert({ p.productId, p.pricingModel }, p.pricePerHour.value_or(0));
    }

    // Every size the adapter's Spec listing names has its on-demand price, equal to the seed's.
    const Result<ResourcePage> specs = await(azure->list(ResourceKind::Spec, ListRequest {}));
    QVERIFY2(specs.ok(), why(specs).constData());
    QVERIFY(specs.value().items.size() >= 4);
    for (const Resource& r : specs.value().items) {
        const QString name = r.as<SpecInfo>()->name;
        const QJsonObject onDemand = seedMeter(*server, region(), name, QStringLiteral("OnDemand"));
        QVERIFY2(!onDemand.isEmpty(), qPrintable(name));
        QVERIFY2(got.contains({ name, QStringLiteral("OnDemand") }), qPrintable(name));
        QCOMPARE(got.value({ name, QStringLiteral("OnDemand") }), onDemand.value(QStringLiteral("retailPrice")).toDouble());
        const QJsonObject spot = seedMeter(*server, region(), name, QStringLiteral("Spot"));
        QCOMPARE(got.contains({ name, QStringLiteral("Spot") }), !spot.isEmpty());
        if (!spot.isEmpty())
            QCOMPARE(got.value({ name, QStringLiteral("Spot") }), spot.value(QStringLiteral("retailPrice")).toDouble());
    }
    // And nothing more than the seed's Linux meters of the region (sizes without Spot have none).
    QSet<QString> sizes;
    int spotSizes = 0;
    for (const QJsonObject& item : server->retail().items()) {
        const QString sku = item.value(QStringLiteral("armSkuName")).toString();
        if (sku.isEmpty() || sizes.contains(sku) || seedMeter(*server, region(), sku, QStringLiteral("OnDemand")).isEmpty())
            continue;
        sizes.insert(sku);
        spotSizes += seedMeter(*server, region(), sku, QStringLiteral("Spot")).isEmpty() ? 0 : 1;
    }
    QCOMPARE(got.size(), sizes.size() + spotSizes);
    QVERIFY(sizes.size() >= 20);
    QVERIFY(!got.contains({ QStringLiteral("Standard_B1s"), QStringLiteral("Spot") }));
}

void TestAzurePricing::onlyLinuxHourlyVmMetersOfTheRegion()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server);
    const Result<QList<PriceInfo>> prices = allPrices(*azure);
    QVERIFY2(prices.ok(), why(prices).constData());
    QVERIFY(!prices.value().isEmpty());
    // Each answer is exactly one seed meter: Linux, hourly, Consumption, this region, VM service.
    for (const PriceInfo& p : prices.value()) {
        QCOMPARE(p.region, region());
        QCOMPARE(p.unit, QStringLiteral("Hrs"));
        QVERIFY(p.pricePerHour && *p.pricePerHour > 0);
        int windows = 0, lowPriority = 0, otherRegion = 0, monthly = 0, linuxMeters = 0;
        for (const QJsonObject& item : server->retail().items()) {
            // DevTestConsumption and Reservation rows are priced alike but never asked for (priceType).
            if (item.value(QStringLiteral("armSkuName")).toString() != p.productId
                || item.value(QStringLiteral("retailPrice")).toDouble() != *p.pricePerHour
                || item.value(QStringLiteral("type")).toString() != QLatin1String("Consumption"))
                continue;
            const QString skuName = item.value(QStringLiteral("skuName")).toString();
            if (item.value(QStringLiteral("armRegionName")).toString() != region())
                ++otherRegion;
            else if (isWindows(item))
                ++windows;
            else if (skuName.contains(QLatin1String("Low Priority")))
                ++lowPriority;
            else if (item.value(QStringLiteral("unitOfMeasure")).toString() != QLatin1String("1 Hour"))
                ++monthly;
            else if (skuName.endsWith(QLatin1String(" Spot")) == (p.pricingModel == QLatin1String("Spot")))
                ++linuxMeters;
        }
        QVERIFY2(linuxMeters == 1 && windows == 0 && lowPriority == 0 && monthly == 0 && otherRegion == 0,
            qPrintable(QStringLiteral("%1 %2 %3").arg(p.productId, p.pricingModel).arg(*p.pricePerHour)));
    }
    // The seed's traps are there to be skipped: Windows and Low Priority siblings, a monthly VM meter.
    QVERIFY(!seedMeter(*server, QStringLiteral("eastus"), QStringLiteral("Standard_D2s_v5"), QStringLiteral("OnDemand")).isEmpty());
    bool sawMonthlyVm = false;
    for (const QJsonObject& item : server->retail().items())
        sawMonthlyVm = sawMonthlyVm
            || (item.value(QStringLiteral("serviceName")).toString() == QLatin1String("Virtual Machines")
                && item.value(QStringLiteral("armRegionName")).toString() == region()
                && item.value(QStringLiteral("unitOfMeasure")).toString() == QLatin1String("1/Month"));
    QVERIFY(sawMonthlyVm);
}

void TestAzurePricing::providerErrorVerbatim()
{
    auto server = startServer();
    QVERIFY(server);
    AzureFaultRule rule;
    rule.pathContains = QStringLiteral("/api/retail/prices");
    rule.status = 400;
    rule.code = QStringLiteral("BadRequest");
    rule.message = QStringLiteral("Invalid OData parameters supplied");
    server->failNext(rule);
    auto azure = provider(*server);
    const Result<ResourcePage> page = await(azure->list(ResourceKind::Price, ListRequest {}));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(page.error().providerCode, QStringLiteral("BadRequest"));
    QCOMPARE(page.error().httpStatus, 400);
    // The message as the server sent it, in the Retail Prices API's own shape.
    const QJsonObject sent = QJsonDocument::fromJson(server->requests().last().errorBody).object();
    QCOMPARE(page.error().message, sent.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Message")).toString());
    QCOMPARE(retailRequests(*server), 1);
}

void TestAzurePricing::throttledWithRetryAfter()
{
    auto server = startServer();
    QVERIFY(server);
    server->throttleEvery(1, 7);
    auto azure = provider(*server);
    const Result<ResourcePage> page = await(azure->list(ResourceKind::Price, ListRequest {}));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(page.error().retryAfterMs, qint64(7000));
    QCOMPARE(page.error().providerCode, QStringLiteral("TooManyRequests"));
    QCOMPARE(retailRequests(*server), 1); // the adapter never retries; the job queue does
    server->clearFaults();
    const Result<ResourcePage> again = await(azure->list(ResourceKind::Price, ListRequest {}));
    QVERIFY2(again.ok(), why(again).constData());
}

void TestAzurePricing::noTokenEvenWithWrongSecret()
{
    auto server = startServer();
    QVERIFY(server);
    auto azure = provider(*server, credentials(QStringLiteral("not-the-secret")));
    const Result<QList<PriceInfo>> prices = allPrices(*azure);
    QVERIFY2(prices.ok(), why(prices).constData());
    QVERIFY(!prices.value().isEmpty());
    QCOMPARE(server->tokenRequestCount(), 0);
    QCOMPARE(azure->tokensIssued(), 0);
    QCOMPARE(retailRequests(*server), 2);
    for (const AzureRequestRecord& r : server->requests())
        QVERIFY2(!r.hadAuthorization, qPrintable(r.path)); // the ARM token never goes to the price list
    // ARM itself still refuses that secret: only prices are public.
    const Result<ResourcePage> specs = await(azure->list(ResourceKind::Spec, ListRequest {}));
    QVERIFY(!specs.ok());
    QCOMPARE(specs.error().kind, CloudError::Kind::Auth);
}

void TestAzurePricing::pricesWithoutAReadableCredential()
{
    // The Retail Prices API is public: a connection whose secret cannot be read (locked keychain,
    // deleted entry) still lists prices, while ARM calls say why they cannot run.
    auto server = startServer();
    QVERIFY(server);
    const CloudError locked = CloudError::make(CloudError::Kind::Auth, QStringLiteral("SecretUnavailable"),
        QStringLiteral("the keychain is locked"));
    AzureProvider azure(connection(*server), [locked]() -> Result<AzureCredentials> { return locked; }, fastOptions());
    const Result<QList<PriceInfo>> prices = allPrices(azure);
    QVERIFY2(prices.ok(), why(prices).constData());
    QVERIFY(!prices.value().isEmpty());
    QCOMPARE(server->tokenRequestCount(), 0);
    const Result<ResourcePage> specs = await(azure.list(ResourceKind::Spec, ListRequest {}));
    QVERIFY(!specs.ok());
    QCOMPARE(specs.error().providerCode, QStringLiteral("SecretUnavailable"));
}

void TestAzurePricing::foreignNextPageLinkNotFollowed()
{
    auto server = startServer();
    QVERIFY(server);
    server->retail().setLinkOrigin(QStringLiteral("http://127.0.0.2:%1").arg(server->port()));
    auto azure = provider(*server);
    const Result<ResourcePage> first = await(azure->list(ResourceKind::Price, ListRequest {}));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().providerCode, QStringLiteral("ForeignLink"));
    QCOMPARE(retailRequests(*server), 1);

    // A page token that leads elsewhere is refused before any request.
    server->clearRequests();
    ListRequest elsewhere;
    elsewhere.pageToken = QStringLiteral("https://prices.azure.com/api/retail/prices?$skip=100");
    const Result<ResourcePage> refused = await(azure->list(ResourceKind::Price, elsewhere));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().providerCode, QStringLiteral("ForeignLink"));
    elsewhere.pageToken = server->endpoint().toString() + QStringLiteral("subscriptions/x/prices?$skip=100");
    QCOMPARE(await(azure->list(ResourceKind::Price, elsewhere)).error().providerCode, QStringLiteral("ForeignLink"));
    QCOMPARE(server->requests().size(), 0);

    // The server's own link (same origin, same path) is followed.
    server->retail().setLinkOrigin(QString());
    const Result<ResourcePage> page = await(azure->list(ResourceKind::Price, ListRequest {}));
    QVERIFY2(page.ok(), why(page).constData());
    QVERIFY(page.value().nextPageToken.startsWith(server->endpoint().toString(QUrl::StripTrailingSlash)));
    QVERIFY(page.value().nextPageToken.contains(QLatin1String("$skip=100")));
    ListRequest next;
    next.pageToken = page.value().nextPageToken;
    const Result<ResourcePage> second = await(azure->list(ResourceKind::Price, next));
    QVERIFY2(second.ok(), why(second).constData());
    QVERIFY(second.value().nextPageToken.isEmpty());
}

void TestAzurePricing::serverRefusesWhatTheApiRefuses()
{
    AzureArmTestServer server;
    const QString origin = QStringLiteral("http://127.0.0.1:1");
    const auto ask = [&](const QString& filter, const QString& version = AzurePricing::apiVersion()) {
        QUrl url(origin + QStringLiteral("/api/retail/prices"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), version);
        query.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        url.setQuery(query);
        return server.retail().handle(QByteArrayLiteral("GET"), url, origin);
    };
    const QByteArray invalid = dataFile("azure-retail-error-invalid-odata.json").trimmed();
    for (const QString& filter : { QStringLiteral("contains(productName, 'Windows')"),
             QStringLiteral("serviceName eq 'Virtual Machines' or armRegionName eq 'eastus'"),
             QStringLiteral("priceType eq 'OnDemand'"), QStringLiteral("armSkuName in ('Standard_B1s')"),
             QStringLiteral("serviceName eq 'Virtual Machines"), QStringLiteral("colour eq 'blue'") }) {
        const AzureArmReply reply = ask(filter);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, invalid); // byte for byte what prices.azure.com answers
    }
    const AzureArmReply version = ask(AzurePricing::filterFor(QStringLiteral("eastus")), QStringLiteral("2023-01-01"));
    QCOMPARE(version.status, 400);
    QCOMPARE(QJsonDocument::fromJson(version.body).object().value(QStringLiteral("Error")).toObject().value(QStringLiteral("Message")).toString(),
        QStringLiteral("Unsupported API version"));
    // Values are case-sensitive: another case matches nothing (200, empty), as documented.
    const AzureArmReply lower = ask(QStringLiteral("serviceName eq 'virtual machines' and armRegionName eq 'eastus'"));
    QCOMPARE(lower.status, 200);
    QCOMPARE(QJsonDocument::fromJson(lower.body).object().value(QStringLiteral("Count")).toInt(), 0);
    const AzureArmReply ok = ask(AzurePricing::filterFor(QStringLiteral("eastus")));
    QCOMPARE(ok.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(ok.body).object();
    QCOMPARE(body.value(QStringLiteral("Count")).toInt(), AzureRetailPrices::pageSize);
    QCOMPARE(body.value(QStringLiteral("CustomerEntityType")).toString(), QStringLiteral("Retail"));
    QVERIFY(body.value(QStringLiteral("NextPageLink")).toString().startsWith(origin + QStringLiteral("/api/retail/prices?")));
}

QTEST_GUILESS_MAIN(TestAzurePricing)
#include "TestAzurePricing.moc"
