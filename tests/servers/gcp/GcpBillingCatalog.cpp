// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpBillingCatalog.h"

#include <QJsonArray>

namespace Barista {

namespace {

const char* const kSeoul[] = { "asia-northeast3", nullptr };
const char* const kAmericas[] = { "us-central1", "us-east1", "us-west1", nullptr };
const char* const kEmea[] = { "europe-west1", "europe-north1", nullptr };
const char* const kGlobal[] = { "global", nullptr };

struct Seed
{
    const char* skuId;
    const char* description;
    const char* family; // resourceFamily
    const char* group; // resourceGroup
    const char* usage; // usageType
    const char* const* regions;
    const char* unit; // usageUnit: "h", "GiBy.h", "GiBy.mo"
    qint64 nanos; // USD per usage unit x 1e9
};

// Mixed order on purpose: a series' core and RAM SKUs fall on different small pages.
const Seed kSeeds[] = {
    { "F2A4-0001-0A01", "E2 Instance Core running in Seoul", "Compute", "CPU", "OnDemand", kSeoul, "h", 28027000 },
    { "F2A4-0001-0A02", "Storage PD Capacity in Seoul", "Storage", "PDStandard", "OnDemand", kSeoul, "GiBy.mo",
        52000000 },
    { "CF4E-A0C7-E3BF", "E2 Instance Core running in Americas", "Compute", "CPU", "OnDemand", kAmericas, "h",
        21811590 },
    { "F2A4-0001-0A03", "Commitment v1: E2 Cpu in Seoul for 1 Year", "Compute", "CPU", "Commit1Yr", kSeoul, "h",
        17657000 },
    { "F2A4-0001-0A04", "N2 Custom Instance Core running in Seoul", "Compute", "CPU", "OnDemand", kSeoul, "h",
        42625000 },
    { "F2A4-0001-0A05", "Spot Preemptible E2 Instance Core running in Seoul", "Compute", "CPU", "Preemptible", kSeoul,
        "h", 8408000 },
    { "F2A4-0001-0A06", "N2 Instance Core running in Seoul", "Compute", "CPU", "OnDemand", kSeoul, "h", 40595000 },
    { "F2A4-0001-0A07", "Licensing Fee for Windows Server 2022 Datacenter Edition (CPU cost)", "License",
        "PremiumImage", "OnDemand", kGlobal, "h", 46000000 },
    { "F2A4-0001-0A08", "E2 Instance Ram running in Seoul", "Compute", "RAM", "OnDemand", kSeoul, "GiBy.h", 3739000 },
    { "F2A4-0001-0A09", "N2 Instance Ram running in Seoul", "Compute", "RAM", "OnDemand", kSeoul, "GiBy.h", 5441000 },
    { "F2A4-0001-0A10", "Spot Preemptible E2 Instance Ram running in Seoul", "Compute", "RAM", "Preemptible", kSeoul,
        "GiBy.h", 1122000 },
    { "F2A4-0001-0A11", "Sole Tenancy Instance Core running in Seoul", "Compute", "CPU", "OnDemand", kSeoul, "h",
        44610000 },
    { "F2A4-0001-0A12", "N1 Predefined Instance Core running in Seoul", "Compute", "N1Standard", "OnDemand", kSeoul,
        "h", 40555000 },
    { "F2A4-0001-0A13", "N1 Predefined Instance Ram running in Seoul", "Compute", "N1Standard", "OnDemand", kSeoul,
        "GiBy.h", 5436000 },
    { "F2A4-0001-0A14", "Preemptible N1 Predefined Instance Core running in Seoul", "Compute", "N1Standard",
        "Preemptible", kSeoul, "h", 8110000 },
    { "F2A4-0001-0A15", "Preemptible N1 Predefined Instance Ram running in Seoul", "Compute", "N1Standard",
        "Preemptible", kSeoul, "GiBy.h", 1087000 },
    { "F2A4-0001-0A16", "Spot Preemptible N2 Instance Core running in Seoul", "Compute", "CPU", "Preemptible", kSeoul,
        "h", 9814000 },
    { "F2A4-0001-0A17", "Spot Preemptible N2 Instance Ram running in Seoul", "Compute", "RAM", "Preemptible", kSeoul,
        "GiBy.h", 1315000 },
    { "F2A4-0001-0A18", "A2 Instance Core running in Seoul", "Compute", "CPU", "OnDemand", kSeoul, "h", 40526000 },
    { "F2A4-0001-0A19", "A2 Instance Ram running in Seoul", "Compute", "RAM", "OnDemand", kSeoul, "GiBy.h", 5432000 },
    { "F2A4-0001-0A20", "Nvidia Tesla A100 GPU running in Seoul", "Compute", "GPU", "OnDemand", kSeoul, "h",
        1705860000 },
    { "F2A4-0001-0A21", "Nvidia Tesla A100 GPU attached to Spot Preemptible VMs running in Seoul", "Compute", "GPU",
        "Preemptible", kSeoul, "h", 1302600000 },
    { "F2A4-0001-0A22", "Commitment v1: N2 Ram in Seoul for 1 Year", "Compute", "RAM", "Commit1Yr", kSeoul, "GiBy.h",
        3428000 },
    { "F449-33EC-A5EF", "E2 Instance Ram running in Americas", "Compute", "RAM", "OnDemand", kAmericas, "GiBy.h",
        2923530 },
    { "F2A4-0002-0B01", "N2 Instance Core running in Americas", "Compute", "CPU", "OnDemand", kAmericas, "h",
        31611000 },
    { "F2A4-0002-0B02", "N2 Instance Ram running in Americas", "Compute", "RAM", "OnDemand", kAmericas, "GiBy.h",
        4237000 },
    { "F2A4-0002-0B03", "N1 Predefined Instance Core running in Americas", "Compute", "N1Standard", "OnDemand",
        kAmericas, "h", 31611000 },
    { "F2A4-0002-0B04", "N1 Predefined Instance Ram running in Americas", "Compute", "N1Standard", "OnDemand",
        kAmericas, "GiBy.h", 4237000 },
    { "F2A4-0002-0B05", "A2 Instance Core running in Americas", "Compute", "CPU", "OnDemand", kAmericas, "h",
        31611000 },
    { "F2A4-0002-0B06", "A2 Instance Ram running in Americas", "Compute", "RAM", "OnDemand", kAmericas, "GiBy.h",
        4237000 },
    { "F2A4-0002-0B07", "Nvidia Tesla A100 GPU running in Americas", "Compute", "GPU", "OnDemand", kAmericas, "h",
        2933908000 },
    { "F2A4-0002-0B08", "Nvidia Tesla A100 GPU attached to Spot Preemptible VMs running in Americas", "Compute", "GPU",
        "Preemptible", kAmericas, "h", 1434100000 },
    { "F2A4-0002-0B09", "Spot Preemptible A2 Instance Core running in Americas", "Compute", "CPU", "Preemptible",
        kAmericas, "h", 12644000 },
    { "F2A4-0002-0B10", "Spot Preemptible A2 Instance Ram running in Americas", "Compute", "RAM", "Preemptible",
        kAmericas, "GiBy.h", 1695000 },
    { "F2A4-0002-0B11", "Spot Preemptible E2 Instance Core running in Americas", "Compute", "CPU", "Preemptible",
        kAmericas, "h", 6543000 },
    { "F2A4-0002-0B12", "Spot Preemptible E2 Instance Ram running in Americas", "Compute", "RAM", "Preemptible",
        kAmericas, "GiBy.h", 877000 },
    { "F2A4-0002-0B13", "Nvidia L4 GPU running in Americas", "Compute", "GPU", "OnDemand", kAmericas, "h", 560040000 },
    { "F2A4-0002-0B14", "Commitment v1: N2 Ram in Americas for 1 Year", "Compute", "RAM", "Commit1Yr", kAmericas,
        "GiBy.h", 2669000 },
    { "F2A4-0003-0C01", "E2 Instance Core running in EMEA", "Compute", "CPU", "OnDemand", kEmea, "h", 23994000 },
    { "F2A4-0003-0C02", "E2 Instance Ram running in EMEA", "Compute", "RAM", "OnDemand", kEmea, "GiBy.h", 3216000 },
    { "F2A4-0003-0C03", "N1 Predefined Instance Core running in EMEA", "Compute", "N1Standard", "OnDemand", kEmea, "h",
        34772000 },
    { "F2A4-0003-0C04", "N1 Predefined Instance Ram running in EMEA", "Compute", "N1Standard", "OnDemand", kEmea,
        "GiBy.h", 4661000 },
    { "F2A4-0003-0C05", "N2 Instance Core running in EMEA", "Compute", "CPU", "OnDemand", kEmea, "h", 34773000 },
    { "F2A4-0003-0C06", "N2 Instance Ram running in EMEA", "Compute", "RAM", "OnDemand", kEmea, "GiBy.h", 4661000 },
    { "F2A4-0003-0C07", "Spot Preemptible E2 Instance Core running in EMEA", "Compute", "CPU", "Preemptible", kEmea,
        "h", 7198000 },
    { "F2A4-0003-0C08", "Spot Preemptible E2 Instance Ram running in EMEA", "Compute", "RAM", "Preemptible", kEmea,
        "GiBy.h", 965000 },
};

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject skuJson(const Seed& seed)
{
    QJsonArray regions;
    for (const char* const* r = seed.regions; *r; ++r)
        regions.append(s(*r));
    const QString unit = s(seed.unit);
    const bool ram = unit.startsWith(QLatin1String("GiBy"));
    const bool monthly = unit.endsWith(QLatin1String(".mo"));
    // Base units as Google states them: seconds, or byte-seconds for memory/storage.
    const double factor = (ram ? 1073741824.0 : 1.0) * (monthly ? 2592000.0 : 3600.0);
    const QJsonObject price { { QStringLiteral("currencyCode"), QStringLiteral("USD") },
        { QStringLiteral("units"), QString::number(seed.nanos / 1000000000) },
        { QStringLiteral("nanos"), qint64(seed.nanos % 1000000000) } };
    const QJsonObject expression { { QStringLiteral("usageUnit"), unit },
        { QStringLiteral("usageUnitDescription"),
            ram ? (monthly ? QStringLiteral("gibibyte month") : QStringLiteral("gibibyte hour"))
                : QStringLiteral("hour") },
        { QStringLiteral("baseUnit"), ram ? QStringLiteral("By.s") : QStringLiteral("s") },
        { QStringLiteral("baseUnitDescription"), ram ? QStringLiteral("byte second") : QStringLiteral("second") },
        { QStringLiteral("baseUnitConversionFactor"), factor }, { QStringLiteral("displayQuantity"), 1 },
        { QStringLiteral("tieredRates"),
            QJsonArray {
                QJsonObject { { QStringLiteral("startUsageAmount"), 0 }, { QStringLiteral("unitPrice"), price } } } } };
    const QJsonObject pricing { { QStringLiteral("effectiveTime"), QStringLiteral("2026-11-25T12:07:33.468404Z") },
        { QStringLiteral("summary"), QString() }, { QStringLiteral("pricingExpression"), expression },
        { QStringLiteral("aggregationInfo"),
            QJsonObject { { QStringLiteral("aggregationLevel"), QStringLiteral("ACCOUNT") },
                { QStringLiteral("aggregationInterval"), QStringLiteral("DAILY") },
                { QStringLiteral("aggregationCount"), 1 } } },
        { QStringLiteral("currencyConversionRate"), 1 } };
    const QString id = s(seed.skuId);
    return QJsonObject { { QStringLiteral("name"),
                             QStringLiteral("services/%1/skus/%2").arg(GcpBillingCatalog::computeServiceId(), id) },
        { QStringLiteral("skuId"), id }, { QStringLiteral("description"), s(seed.description) },
        { QStringLiteral("category"),
            QJsonObject { { QStringLiteral("serviceDisplayName"), QStringLiteral("Compute Engine") },
                { QStringLiteral("resourceFamily"), s(seed.family) },
                { QStringLiteral("resourceGroup"), s(seed.group) }, { QStringLiteral("usageType"), s(seed.usage) } } },
        { QStringLiteral("serviceRegions"), regions }, { QStringLiteral("pricingInfo"), QJsonArray { pricing } },
        { QStringLiteral("serviceProviderName"), QStringLiteral("Google") },
        { QStringLiteral("geoTaxonomy"),
            QJsonObject { { QStringLiteral("type"),
                              regions.size() > 1                               ? QStringLiteral("MULTI_REGIONAL")
                                  : regions.first() == QLatin1String("global") ? QStringLiteral("GLOBAL")
                                                                               : QStringLiteral("REGIONAL") },
                { QStringLiteral("regions"), regions } } } };
}

// Opaque to clients; standard base64 so tokens carry '+', '/' or '=' like real ones may.
QString tokenFor(int offset)
{
    return QString::fromLatin1(QByteArray("barista-billing-skus:" + QByteArray::number(offset)).toBase64());
}

std::optional<int> offsetOf(const QString& token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1());
    if (!raw.startsWith("barista-billing-skus:"))
        return std::nullopt;
    bool ok = false;
    const int offset = raw.mid(int(qstrlen("barista-billing-skus:"))).toInt(&ok);
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

GcpApiError statusError(int code, const QString& message)
{
    GcpApiError e { code, GcpApiError::statusFor(code), message };
    e.statusOnly = true;
    return e;
}

} // namespace

QList<QJsonObject> GcpBillingCatalog::skus()
{
    QList<QJsonObject> out;
    for (const Seed& seed : kSeeds)
        out.append(skuJson(seed));
    return out;
}

QJsonObject GcpBillingCatalog::skuByDescription(const QString& description)
{
    for (const Seed& seed : kSeeds) {
        if (s(seed.description) == description)
            return skuJson(seed);
    }
    return {};
}

double GcpBillingCatalog::unitPrice(const QJsonObject& sku)
{
    const QJsonObject price = sku.value(QLatin1String("pricingInfo"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("pricingExpression"))
                                  .toObject()
                                  .value(QLatin1String("tieredRates"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("unitPrice"))
                                  .toObject();
    return price.value(QLatin1String("units")).toString().toDouble()
        + price.value(QLatin1String("nanos")).toDouble() / 1e9;
}

GcpOutcome GcpBillingCatalog::handle(const QByteArray& method, const QStringList& segments, const QUrlQuery& query)
{
    if (method != "GET")
        return GcpOutcome::fail(statusError(404, QStringLiteral("Method not found.")));
    if (segments == QStringList { QStringLiteral("services") }) {
        const QJsonObject compute { { QStringLiteral("name"),
                                        QString(QStringLiteral("services/") + computeServiceId()) },
            { QStringLiteral("serviceId"), computeServiceId() },
            { QStringLiteral("displayName"), QStringLiteral("Compute Engine") },
            { QStringLiteral("businessEntityName"), QStringLiteral("businessEntities/GCP") } };
        return { QJsonObject { { QStringLiteral("services"), QJsonArray { compute } },
                     { QStringLiteral("nextPageToken"), QString() } },
            std::nullopt };
    }
    if (segments.size() != 3 || segments.at(0) != QLatin1String("services") || segments.at(2) != QLatin1String("skus"))
        return GcpOutcome::fail(statusError(404, QStringLiteral("Method not found.")));
    if (segments.at(1) != computeServiceId())
        return GcpOutcome::fail(
            statusError(404, QStringLiteral("Service \"services/%1\" not found.").arg(segments.at(1))));
    const QString currency = query.queryItemValue(QStringLiteral("currencyCode"), QUrl::FullyDecoded);
    if (!currency.isEmpty() && currency != QLatin1String("USD"))
        return GcpOutcome::fail(statusError(
            400, QStringLiteral("Currency code %1 is not served by this test server (USD only).").arg(currency)));
    int pageSize = 5000;
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        bool ok = false;
        pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt(&ok);
        if (!ok || pageSize < 0)
            return GcpOutcome::fail(statusError(400,
                QStringLiteral("Invalid value at 'page_size' (TYPE_INT32), \"%1\"")
                    .arg(query.queryItemValue(QStringLiteral("pageSize"), QUrl::FullyDecoded))));
        if (pageSize == 0 || pageSize > 5000)
            pageSize = 5000;
    }
    int offset = 0;
    const QString token = query.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const std::optional<int> decoded = offsetOf(token);
        if (!decoded)
            return GcpOutcome::fail(statusError(400, QStringLiteral("Invalid page token: %1").arg(token)));
        offset = *decoded;
    }
    const QList<QJsonObject> all = skus();
    QJsonArray page;
    for (int i = offset; i < all.size() && i < offset + pageSize; ++i)
        page.append(all.at(i));
    const int end = offset + pageSize;
    return { QJsonObject { { QStringLiteral("skus"), page },
                 { QStringLiteral("nextPageToken"), end < all.size() ? tokenFor(end) : QString() } },
        std::nullopt };
}

} // namespace Barista
