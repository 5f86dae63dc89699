// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS adapter's price listing (Price List Query API, GetProducts over AWS JSON 1.1) against
// the EC2 test server's pricing service: paged prices of the connection's region checked against
// the server's seed (the public SkyPilot AWS catalog), the Linux/Shared/Used on-demand filters,
// JSON error bodies verbatim, throttling, a wrong secret in one request; and the item reader over
// botocore's documented GetProducts example.

#include "providers/aws/AwsPricing.h"
#include "tests/providers/AwsTestSupport.h"
#include "tests/servers/ec2/Ec2PriceCatalog.h"
#include "tests/servers/ec2/Ec2PricingService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Barista;
using namespace Barista::AwsTest;

namespace {

template <typename T> QList<T> valuesOf(const QList<Resource>& resources)
{
    QList<T> out;
    for (const Resource& resource : resources) {
        if (const T* value = resource.as<T>())
            out.append(*value);
    }
    return out;
}

} // namespace

class TestAwsPricing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagedPricesOfTheRegionMatchTheSeed();
    void pricesNameTheSpecsOfTheRegion();
    void onlyLinuxSharedOnDemandComputeComesBack();
    void requestCarriesTheFilters();
    void jsonErrorBodiesVerbatim();
    void throttlingIsThrottled();
    void wrongSecretIsAuthInOneRequest();
    void documentedExampleItem();

private:
    std::unique_ptr<AwsProvider> providerIn(const QString& region, const QString& secret = secretKey());
    /// Every page of Price, pageSize at a time; the number of pages in *pages.
    Result<QList<PriceInfo>> allPrices(AwsProvider& aws, int pageSize, int* pages = nullptr);
    static QList<Ec2PriceSeed> seedsIn(const QString& region);

    std::unique_ptr<Ec2TestServer> m_server;
    QDateTime m_now;
};

void TestAwsPricing::init()
{
    m_server = startServer();
    QVERIFY(m_server);
    // One fixed clock for the signatures, the server's check and fetchedAt.
    m_now = QDateTime(QDate(2026, 11, 26), QTime(3, 0, 0), Qt::UTC);
    m_server->setClock([now = m_now] { return now; });
}

void TestAwsPricing::cleanup()
{
    m_server.reset();
}

std::unique_ptr<AwsProvider> TestAwsPricing::providerIn(const QString& region, const QString& secret)
{
    ConnectionConfig c = connection(*m_server);
    c.region = region;
    AwsProvider::Options options = fastOptions();
    options.now = [now = m_now] { return now; };
    return std::make_unique<AwsProvider>(
        c, AwsCredentialSource::fixed(AwsCredentials { accessKeyId(), secret, QString() }), options);
}

Result<QList<PriceInfo>> TestAwsPricing::allPrices(AwsProvider& aws, int pageSize, int* pages)
{
    QList<PriceInfo> out;
    ListRequest request { QString(), pageSize };
    int count = 0;
    do {
        const Result<ResourcePage> page = await(aws.list(ResourceKind::Price, request));
        if (!page.ok())
            return page.error();
        ++count;
        out += valuesOf<PriceInfo>(page.value().items);
        request.pageToken = page.value().nextPageToken;
    } while (!request.pageToken.isEmpty() && count < 100);
    if (pages)
        *pages = count;
    return out;
}

QList<Ec2PriceSeed> TestAwsPricing::seedsIn(const QString& region)
{
    QList<Ec2PriceSeed> out;
    for (const Ec2PriceSeed& seed : Ec2PriceCatalog::seeds()) {
        if (seed.region == region)
            out.append(seed);
    }
    return out;
}

void TestAwsPricing::pagedPricesOfTheRegionMatchTheSeed()
{
    for (const QString& region : { QStringLiteral("us-east-1"), QStringLiteral("eu-west-1") }) {
        m_server->clearRequests();
        const QList<Ec2PriceSeed> seeds = seedsIn(region);
        QVERIFY(seeds.size() >= 10);
        auto aws = providerIn(region);
        int pages = 0;
        const Result<QList<PriceInfo>> prices = allPrices(*aws, 5, &pages);
        QVERIFY2(prices.ok(), why(prices));
        QCOMPARE(prices.value().size(), seeds.size());
        QCOMPARE(pages, int((seeds.size() + 4) / 5)); // the server filters, then pages by MaxResults
        QCOMPARE(m_server->requestCount(QStringLiteral("GetProducts")), pages);
        for (const Ec2RequestRecord& record : m_server->requests())
            QCOMPARE(record.region, QStringLiteral("us-east-1")); // the API's signing region, whatever ours
        QHash<QString, PriceInfo> byType;
        for (const PriceInfo& price : prices.value())
            byType.insert(price.productId, price);
        for (const Ec2PriceSeed& seed : seeds) {
            QVERIFY2(byType.contains(seed.instanceType), qPrintable(seed.instanceType));
            const PriceInfo price = byType.value(seed.instanceType);
            QCOMPARE(price.provider, QStringLiteral("aws"));
            QCOMPARE(price.region, region);
            QCOMPARE(price.productFamily, QStringLiteral("Compute"));
            QCOMPARE(price.pricingModel, QStringLiteral("OnDemand"));
            QVERIFY(price.pricePerHour.has_value());
            QCOMPARE(*price.pricePerHour, seed.price.toDouble());
            QCOMPARE(price.unit, QStringLiteral("Hrs"));
            QCOMPARE(price.currency, QStringLiteral("USD"));
            QCOMPARE(price.fetchedAt, m_now);
        }
    }
    // Same type, two regions, two prices: each connection got its own region's.
    QVERIFY(*Ec2PriceCatalog::linuxOnDemand(QStringLiteral("us-east-1"), QStringLiteral("a1.large"))
        != *Ec2PriceCatalog::linuxOnDemand(QStringLiteral("eu-west-1"), QStringLiteral("a1.large")));

    // Page size 0 is the API's largest page: one request.
    m_server->clearRequests();
    int pages = 0;
    const Result<QList<PriceInfo>> whole = allPrices(*providerIn(QStringLiteral("us-east-1")), 0, &pages);
    QVERIFY2(whole.ok(), why(whole));
    QCOMPARE(pages, 1);
    QCOMPARE(m_server->pricing().lastInput().value(QStringLiteral("MaxResults")).toInt(), 100);
}

void TestAwsPricing::pricesNameTheSpecsOfTheRegion()
{
    auto aws = providerIn(region()); // ap-northeast-2, where the server's instance types are
    const Result<QList<PriceInfo>> prices = allPrices(*aws, 0);
    QVERIFY2(prices.ok(), why(prices));
    QVERIFY(!prices.value().isEmpty());
    const Result<ResourcePage> specs = await(aws->list(ResourceKind::Spec, {}));
    QVERIFY2(specs.ok(), why(specs));
    QStringList specNames;
    for (const SpecInfo& spec : valuesOf<SpecInfo>(specs.value().items))
        specNames << spec.name;
    for (const PriceInfo& price : prices.value())
        QVERIFY2(specNames.contains(price.productId), qPrintable(price.productId));
    QVERIFY(aws->capabilities().supports(ResourceKind::Price, Operation::List));
}

void TestAwsPricing::onlyLinuxSharedOnDemandComputeComesBack()
{
    // The server holds, for each seed, Windows / Dedicated / SQL Server / unused-reservation
    // variants at other prices, and per region storage and Dedicated Host products.
    const QString region = QStringLiteral("us-east-1");
    const Result<QList<PriceInfo>> prices = allPrices(*providerIn(region), 7);
    QVERIFY2(prices.ok(), why(prices));
    QSet<QString> seen;
    for (const PriceInfo& price : prices.value()) {
        QCOMPARE(price.region, region);
        QCOMPARE(price.pricingModel, QStringLiteral("OnDemand")); // GetProducts has no spot prices
        QVERIFY2(!seen.contains(price.productId), qPrintable(price.productId)); // one price per type
        seen.insert(price.productId);
        QCOMPARE(*price.pricePerHour, *Ec2PriceCatalog::linuxOnDemand(region, price.productId));
    }

    // The adapter's own reading, without the server's filtering: of every product the server
    // has, only the Linux/Shared/NA/Used compute instances of the region become prices.
    int accepted = 0;
    int windows = 0;
    for (const QJsonObject& product : Ec2PriceCatalog::products()) {
        const QString item = QString::fromUtf8(QJsonDocument(product).toJson(QJsonDocument::Compact));
        const std::optional<PriceInfo> price = AwsPricing::toPrice(item, region, m_now);
        const QJsonObject attributes
            = product.value(QStringLiteral("product")).toObject().value(QStringLiteral("attributes")).toObject();
        if (attributes.value(QStringLiteral("operatingSystem")).toString() == QLatin1String("Windows"))
            ++windows;
        if (!price)
            continue;
        ++accepted;
        QCOMPARE(attributes.value(QStringLiteral("regionCode")).toString(), region);
        QCOMPARE(attributes.value(QStringLiteral("operatingSystem")).toString(), QStringLiteral("Linux"));
        QCOMPARE(attributes.value(QStringLiteral("tenancy")).toString(), QStringLiteral("Shared"));
        QCOMPARE(attributes.value(QStringLiteral("preInstalledSw")).toString(), QStringLiteral("NA"));
        QCOMPARE(attributes.value(QStringLiteral("capacitystatus")).toString(), QStringLiteral("Used"));
        QCOMPARE(*price->pricePerHour, *Ec2PriceCatalog::linuxOnDemand(region, price->productId));
    }
    QCOMPARE(accepted, seedsIn(region).size());
    QVERIFY(windows > 0);
}

void TestAwsPricing::requestCarriesTheFilters()
{
    const QString region = QStringLiteral("eu-west-1");
    const Result<ResourcePage> page = await(providerIn(region)->list(ResourceKind::Price, { QString(), 3 }));
    QVERIFY2(page.ok(), why(page));
    QCOMPARE(page.value().items.size(), 3);
    QVERIFY(!page.value().nextPageToken.isEmpty());
    const QJsonObject input = m_server->pricing().lastInput();
    QCOMPARE(input.value(QStringLiteral("ServiceCode")).toString(), QStringLiteral("AmazonEC2"));
    QCOMPARE(input.value(QStringLiteral("FormatVersion")).toString(), QStringLiteral("aws_v1"));
    QCOMPARE(input.value(QStringLiteral("MaxResults")).toInt(), 3);
    QVERIFY(!input.contains(QStringLiteral("NextToken")));
    QHash<QString, QString> filters;
    for (const QJsonValue& value : input.value(QStringLiteral("Filters")).toArray()) {
        const QJsonObject filter = value.toObject();
        QCOMPARE(filter.value(QStringLiteral("Type")).toString(), QStringLiteral("TERM_MATCH"));
        filters.insert(
            filter.value(QStringLiteral("Field")).toString(), filter.value(QStringLiteral("Value")).toString());
    }
    const QHash<QString, QString> expected { { QStringLiteral("regionCode"), region },
        { QStringLiteral("operatingSystem"), QStringLiteral("Linux") },
        { QStringLiteral("tenancy"), QStringLiteral("Shared") },
        { QStringLiteral("preInstalledSw"), QStringLiteral("NA") },
        { QStringLiteral("capacitystatus"), QStringLiteral("Used") } };
    QCOMPARE(filters, expected);

    // The next page sends the server's token back as it came.
    const Result<ResourcePage> next
        = await(providerIn(region)->list(ResourceKind::Price, { page.value().nextPageToken, 3 }));
    QVERIFY2(next.ok(), why(next));
    QCOMPARE(m_server->pricing().lastInput().value(QStringLiteral("NextToken")).toString(), page.value().nextPageToken);
    QVERIFY(
        next.value().items.first().as<PriceInfo>()->productId != page.value().items.first().as<PriceInfo>()->productId);
}

void TestAwsPricing::jsonErrorBodiesVerbatim()
{
    auto aws = providerIn(QStringLiteral("us-east-1"));
    // The server's own validation: a token it did not issue.
    const Result<ResourcePage> badToken
        = await(aws->list(ResourceKind::Price, { QStringLiteral("bm90LWEtdG9rZW4="), 10 }));
    QVERIFY(!badToken.ok());
    QCOMPARE(badToken.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(badToken.error().providerCode, QStringLiteral("InvalidNextTokenException"));
    QCOMPARE(badToken.error().message,
        QStringLiteral("The pagination token is invalid. Try again without a pagination token."));
    QCOMPARE(badToken.error().httpStatus, 400);

    // Injected service errors come back with the code and message as sent.
    const QString message = QStringLiteral("Filter field 'regionCode' is not valid for service AmazonEC2 (test)");
    m_server->faults().failNext(
        QStringLiteral("GetProducts"), Ec2Error::client(QStringLiteral("InvalidParameterException"), message));
    const Result<ResourcePage> invalid = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().kind, CloudError::Kind::InvalidRequest);
    QCOMPARE(invalid.error().providerCode, QStringLiteral("InvalidParameterException"));
    QCOMPARE(invalid.error().message, message);

    m_server->faults().failNext(QStringLiteral("GetProducts"),
        { 500, QStringLiteral("InternalErrorException"), QStringLiteral("An internal error occurred (test).") });
    const Result<ResourcePage> internal = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(!internal.ok());
    QCOMPARE(internal.error().kind, CloudError::Kind::Transient);
    QCOMPARE(internal.error().providerCode, QStringLiteral("InternalErrorException"));
    QCOMPARE(internal.error().message, QStringLiteral("An internal error occurred (test)."));
    QCOMPARE(internal.error().httpStatus, 500);
}

void TestAwsPricing::throttlingIsThrottled()
{
    auto aws = providerIn(QStringLiteral("us-east-1"));
    // As AWS answers it: 400, ThrottlingException, no Retry-After (the job queue picks the wait).
    m_server->faults().failNext(QStringLiteral("GetProducts"),
        Ec2Error::client(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded")));
    const Result<ResourcePage> throttled = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(!throttled.ok());
    QCOMPARE(throttled.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(throttled.error().providerCode, QStringLiteral("ThrottlingException"));
    QCOMPARE(throttled.error().message, QStringLiteral("Rate exceeded"));
    QCOMPARE(throttled.error().retryAfterMs, qint64(-1));
    QCOMPARE(m_server->requestCount(QStringLiteral("GetProducts")), 1); // the adapter never retries

    // With a Retry-After (a gateway in front of the API), the wait is kept for the job queue.
    m_server->faults().failNext(QStringLiteral("GetProducts"),
        { 429, QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"), 3 });
    const Result<ResourcePage> later = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(!later.ok());
    QCOMPARE(later.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(later.error().retryAfterMs, qint64(3000));
    QCOMPARE(m_server->requestCount(QStringLiteral("GetProducts")), 2);

    // The server's throttling fault (every Nth call) speaks the JSON protocol too.
    m_server->faults().throttleEvery(1);
    const Result<ResourcePage> every = await(aws->list(ResourceKind::Price, {}));
    QVERIFY(!every.ok());
    QCOMPARE(every.error().kind, CloudError::Kind::Throttled);
    QCOMPARE(every.error().providerCode, QStringLiteral("ThrottlingException"));
    m_server->faults().clear();
    QVERIFY(await(aws->list(ResourceKind::Price, {})).ok());
}

void TestAwsPricing::wrongSecretIsAuthInOneRequest()
{
    auto wrong = providerIn(QStringLiteral("us-east-1"), QStringLiteral("not/the/secret"));
    const Result<ResourcePage> denied = await(wrong->list(ResourceKind::Price, {}));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, CloudError::Kind::Auth);
    QCOMPARE(denied.error().providerCode, QStringLiteral("InvalidSignatureException"));
    QVERIFY2(denied.error().message.startsWith(QLatin1String("The request signature we calculated does not match")),
        qPrintable(denied.error().message));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->pricing().getProductsCalls(), 0); // refused before the service saw it

    // An access key the server does not know: the front end's code, its lower-case "message".
    ConnectionConfig c = connection(*m_server);
    c.region = QStringLiteral("us-east-1");
    AwsProvider::Options options = fastOptions();
    options.now = [now = m_now] { return now; };
    AwsProvider stranger(c,
        AwsCredentialSource::fixed(AwsCredentials { QStringLiteral("AKIDUNKNOWN000000000"), secretKey(), QString() }),
        options);
    const Result<ResourcePage> unknown = await(stranger.list(ResourceKind::Price, {}));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, CloudError::Kind::Auth);
    QCOMPARE(unknown.error().providerCode, QStringLiteral("UnrecognizedClientException"));
    QCOMPARE(unknown.error().message, QStringLiteral("The security token included in the request is invalid."));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAwsPricing::documentedExampleItem()
{
    QFile file(QStringLiteral(BARISTA_TEST_DATA_DIR "/pricing/aws-getproducts-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject answer = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(answer.value(QStringLiteral("FormatVersion")).toString(), QStringLiteral("aws_v1"));
    const QJsonArray list = answer.value(QStringLiteral("PriceList")).toArray();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().isString()); // each item is a JSON document in a string
    const QString storage = list.first().toString();
    // An EBS volume price (GB-Mo) is no instance price.
    QVERIFY(!AwsPricing::toPrice(storage, QStringLiteral("ca-central-1"), m_now));

    // The same documented item made an instance-hour product: the price is read from
    // terms.OnDemand.*.priceDimensions.*.pricePerUnit.USD.
    QJsonObject item = QJsonDocument::fromJson(storage.toUtf8()).object();
    QJsonObject product = item.value(QStringLiteral("product")).toObject();
    product.insert(QStringLiteral("productFamily"), QStringLiteral("Compute Instance"));
    QJsonObject attributes = product.value(QStringLiteral("attributes")).toObject();
    for (const auto& [key, value] :
        QList<QPair<QString, QString>> { { QStringLiteral("instanceType"), QStringLiteral("t3.micro") },
            { QStringLiteral("regionCode"), QStringLiteral("ca-central-1") },
            { QStringLiteral("operatingSystem"), QStringLiteral("Linux") },
            { QStringLiteral("tenancy"), QStringLiteral("Shared") },
            { QStringLiteral("preInstalledSw"), QStringLiteral("NA") },
            { QStringLiteral("capacitystatus"), QStringLiteral("Used") } })
        attributes.insert(key, value);
    product.insert(QStringLiteral("attributes"), attributes);
    item.insert(QStringLiteral("product"), product);
    const auto asItem = [](const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson()); };
    // Still GB-Mo: not an hourly price.
    QVERIFY(!AwsPricing::toPrice(asItem(item), QStringLiteral("ca-central-1"), m_now));
    QByteArray hourly = asItem(item).toUtf8().replace("\"GB-Mo\"", "\"Hrs\"");
    const std::optional<PriceInfo> price
        = AwsPricing::toPrice(QString::fromUtf8(hourly), QStringLiteral("ca-central-1"), m_now);
    QVERIFY(price);
    QCOMPARE(price->productId, QStringLiteral("t3.micro"));
    QCOMPARE(*price->pricePerHour, 0.138);
    QCOMPARE(price->fetchedAt, m_now);
    // Another region's connection, or a price of zero: nothing.
    QVERIFY(!AwsPricing::toPrice(QString::fromUtf8(hourly), QStringLiteral("us-east-1"), m_now));
    QVERIFY(!AwsPricing::toPrice(QString::fromUtf8(QByteArray(hourly).replace("0.1380000000", "0.0000000000")),
        QStringLiteral("ca-central-1"), m_now));

    // The request body as the service model describes it.
    const QJsonObject body = AwsPricing::requestBody(QStringLiteral("ca-central-1"), 500, QStringLiteral("tok"));
    QCOMPARE(body.value(QStringLiteral("MaxResults")).toInt(), 100);
    QCOMPARE(body.value(QStringLiteral("NextToken")).toString(), QStringLiteral("tok"));
    QCOMPARE(body.value(QStringLiteral("Filters")).toArray().size(), 5);
}

QTEST_GUILESS_MAIN(TestAwsPricing)
#include "TestAwsPricing.moc"
