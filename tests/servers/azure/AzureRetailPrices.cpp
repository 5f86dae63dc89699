// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureRetailPrices.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace Barista {

namespace {

struct SizeRow
{
    const char* armSkuName;
    const char* skuName; // the meter's display name ("D2s v5")
    const char* series;  // productName without " Windows"
    double linuxUsd;     // eastus pay-as-you-go per hour, as Azure's price pages list them
    double windowsUsd;
    bool spot;           // B-series has no Spot / Low Priority meters
};

// The ARM test server's resource SKUs (AzureArmCatalog) are among these.
const SizeRow kSizes[] = {
    { "Standard_B1s", "B1s", "Virtual Machines BS Series", 0.0104, 0.0146, false },
    { "Standard_B2s", "B2s", "Virtual Machines BS Series", 0.0416, 0.0496, false },
    { "Standard_D2s_v5", "D2s v5", "Virtual Machines Dsv5 Series", 0.096, 0.188, true },
    { "Standard_D4s_v5", "D4s v5", "Virtual Machines Dsv5 Series", 0.192, 0.376, true },
    { "Standard_D8s_v5", "D8s v5", "Virtual Machines Dsv5 Series", 0.384, 0.752, true },
    { "Standard_D16s_v5", "D16s v5", "Virtual Machines Dsv5 Series", 0.768, 1.504, true },
    { "Standard_D32s_v5", "D32s v5", "Virtual Machines Dsv5 Series", 1.536, 3.008, true },
    { "Standard_D48s_v5", "D48s v5", "Virtual Machines Dsv5 Series", 2.304, 4.512, true },
    { "Standard_D64s_v5", "D64s v5", "Virtual Machines Dsv5 Series", 3.072, 6.016, true },
    { "Standard_E2s_v5", "E2s v5", "Virtual Machines Esv5 Series", 0.126, 0.218, true },
    { "Standard_E4s_v5", "E4s v5", "Virtual Machines Esv5 Series", 0.252, 0.436, true },
    { "Standard_E8s_v5", "E8s v5", "Virtual Machines Esv5 Series", 0.504, 0.872, true },
    { "Standard_E16s_v5", "E16s v5", "Virtual Machines Esv5 Series", 1.008, 1.744, true },
    { "Standard_E32s_v5", "E32s v5", "Virtual Machines Esv5 Series", 2.016, 3.488, true },
    { "Standard_F2s_v2", "F2s v2", "Virtual Machines FSv2 Series", 0.0846, 0.1766, true },
    { "Standard_F4s_v2", "F4s v2", "Virtual Machines FSv2 Series", 0.169, 0.353, true },
    { "Standard_F8s_v2", "F8s v2", "Virtual Machines FSv2 Series", 0.338, 0.706, true },
    { "Standard_F16s_v2", "F16s v2", "Virtual Machines FSv2 Series", 0.677, 1.413, true },
    { "Standard_NC4as_T4_v3", "NC4as T4 v3", "Virtual Machines NCasT4 v3 Series", 0.526, 0.71, true },
    { "Standard_NC24ads_A100_v4", "NC24ads A100 v4", "Virtual Machines NCadsA100v4 Series", 3.673, 4.777, true },
};

struct RegionRow
{
    const char* arm;
    const char* location;
    double factor; // regional price level against eastus
};

const RegionRow kRegions[] = {
    { "koreacentral", "KR Central", 1.15 },
    { "eastus", "US East", 1.0 },
    { "westeurope", "EU West", 1.1 },
};

double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

// Stable ids in the API's formats (product "DZH318Z0BQ50", sku "DZH318Z0BQ50/00VV", meter a UUID).
QString productIdOf(const QString& productName)
{
    return QStringLiteral("DZH318Z0") + QString::fromLatin1(QCryptographicHash::hash(productName.toUtf8(), QCryptographicHash::Sha1).toHex().left(4)).toUpper();
}

QJsonObject item(const RegionRow& region, const QString& armSku, const QString& skuName, const QString& meterName,
    const QString& productName, const QString& type, double price, const QString& unit = QStringLiteral("1 Hour"),
    const QString& serviceName = QStringLiteral("Virtual Machines"), const QString& serviceFamily = QStringLiteral("Compute"))
{
    const QString productId = productIdOf(productName);
    const QString key = QLatin1String(region.arm) + QLatin1Char('|') + productName + QLatin1Char('|') + meterName + QLatin1Char('|') + type;
    const QUuid meter = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")), productName + QLatin1Char('|') + meterName);
    QJsonObject o {
        { QStringLiteral("currencyCode"), QStringLiteral("USD") },
        { QStringLiteral("tierMinimumUnits"), 0.0 },
        { QStringLiteral("retailPrice"), price },
        { QStringLiteral("unitPrice"), price },
        { QStringLiteral("armRegionName"), QString::fromLatin1(region.arm) },
        { QStringLiteral("location"), QString::fromLatin1(region.location) },
        { QStringLiteral("effectiveStartDate"), QStringLiteral("2023-11-01T00:00:00Z") },
        { QStringLiteral("meterId"), meter.toString(QUuid::WithoutBraces) },
        { QStringLiteral("meterName"), meterName },
        { QStringLiteral("productId"), productId },
        { QStringLiteral("skuId"), QString(productId + QLatin1Char('/') + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(4)).toUpper()) },
        { QStringLiteral("productName"), productName },
        { QStringLiteral("skuName"), skuName },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("serviceId"), serviceName == QLatin1String("Virtual Machines") ? QStringLiteral("DZH313Z7MMC8") : QStringLiteral("DZH317F1HKN0") },
        { QStringLiteral("serviceFamily"), serviceFamily },
        { QStringLiteral("unitOfMeasure"), unit },
        { QStringLiteral("type"), type },
        { QStringLiteral("isPrimaryMeterRegion"), true },
        { QStringLiteral("armSkuName"), armSku },
    };
    if (type == QLatin1String("Reservation"))
        o.insert(QStringLiteral("reservationTerm"), QStringLiteral("1 Year"));
    return o;
}

// The fields the API documents as filterable ($filter), and the item key each one reads.
const QList<QPair<QString, QString>>& filterFields()
{
    static const QList<QPair<QString, QString>> fields = {
        { QStringLiteral("armRegionName"), QStringLiteral("armRegionName") }, { QStringLiteral("location"), QStringLiteral("location") },
        { QStringLiteral("meterId"), QStringLiteral("meterId") }, { QStringLiteral("meterName"), QStringLiteral("meterName") },
        { QStringLiteral("productId"), QStringLiteral("productId") }, { QStringLiteral("skuId"), QStringLiteral("skuId") },
        { QStringLiteral("productName"), QStringLiteral("productName") }, { QStringLiteral("skuName"), QStringLiteral("skuName") },
        { QStringLiteral("serviceName"), QStringLiteral("serviceName") }, { QStringLiteral("serviceId"), QStringLiteral("serviceId") },
        { QStringLiteral("serviceFamily"), QStringLiteral("serviceFamily") }, { QStringLiteral("priceType"), QStringLiteral("type") },
        { QStringLiteral("armSkuName"), QStringLiteral("armSkuName") }, { QStringLiteral("currencyCode"), QStringLiteral("currencyCode") },
    };
    return fields;
}

AzureArmReply invalidOData()
{
    return AzureRetailPrices::error(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid OData parameters supplied"));
}

} // namespace

AzureRetailPrices::AzureRetailPrices()
    : m_items(seed())
{
}

QList<QJsonObject> AzureRetailPrices::seed()
{
    QList<QJsonObject> out;
    for (const RegionRow& region : kRegions) {
        int index = 0;
        // First, so that a reader that does not check for them would take them: a VM meter that is
        // not hourly, and meters of other services in the same region.
        out << item(region, QStringLiteral("Standard_D2s_v5"), QStringLiteral("D2s v5"), QStringLiteral("D2s v5 Capacity Reservation"),
                   QStringLiteral("Virtual Machines Dsv5 Series"), QStringLiteral("Consumption"), rounded(70.08 * region.factor),
                   QStringLiteral("1/Month"))
            << item(region, QString(), QStringLiteral("E10 LRS"), QStringLiteral("E10 LRS Disk"), QStringLiteral("Standard SSD Managed Disks"),
                   QStringLiteral("Consumption"), rounded(9.6 * region.factor), QStringLiteral("1/Month"), QStringLiteral("Storage"),
                   QStringLiteral("Storage"))
            << item(region, QString(), QStringLiteral("Standard"), QStringLiteral("Standard IPv4 Static Public IP"),
                   QStringLiteral("IP Addresses"), QStringLiteral("Consumption"), 0.005, QStringLiteral("1 Hour"),
                   QStringLiteral("Virtual Network"), QStringLiteral("Networking"));
        for (const SizeRow& size : kSizes) {
            // The API lists meters in no promised order: every other size has its Windows and Low
            // Priority rows ahead of the Linux one.
            QList<QJsonObject> rows;
            const QString sku = QLatin1String(size.armSkuName);
            const QString name = QLatin1String(size.skuName);
            const QString linuxProduct = QLatin1String(size.series);
            const QString windows = linuxProduct + QStringLiteral(" Windows");
            const QString consumption = QStringLiteral("Consumption");
            const double linuxPrice = rounded(size.linuxUsd * region.factor);
            const double windowsPrice = rounded(size.windowsUsd * region.factor);
            rows << item(region, sku, name, name, linuxProduct, consumption, linuxPrice)
                << item(region, sku, name, name, windows, consumption, windowsPrice)
                << item(region, sku, name, name, windows, QStringLiteral("DevTestConsumption"), linuxPrice)
                << item(region, sku, name, name, linuxProduct, QStringLiteral("Reservation"), rounded(linuxPrice * 8760 * 0.62));
            if (size.spot) {
                const QString spot = name + QStringLiteral(" Spot");
                const QString low = name + QStringLiteral(" Low Priority");
                rows << item(region, sku, spot, spot, linuxProduct, consumption, rounded(linuxPrice * 0.2))
                     << item(region, sku, spot, spot, windows, consumption, rounded(windowsPrice * 0.38))
                     << item(region, sku, low, low, linuxProduct, consumption, rounded(linuxPrice * 0.2 + 0.0002))
                     << item(region, sku, low, low, windows, consumption, rounded(windowsPrice * 0.4));
            }
            if (index++ % 2 == 1)
                std::reverse(rows.begin(), rows.end());
            out << rows;
        }
    }
    return out;
}

AzureArmReply AzureRetailPrices::error(int status, const QString& code, const QString& message)
{
    AzureArmReply reply = AzureArmReply::json(status,
        QJsonObject { { QStringLiteral("Error"), QJsonObject { { QStringLiteral("Code"), code }, { QStringLiteral("Message"), message } } } });
    reply.errorCode = code;
    return reply;
}

std::optional<QList<QPair<QString, QString>>> AzureRetailPrices::parseFilter(const QString& filter)
{
    static const QStringList priceTypes = { QStringLiteral("Consumption"), QStringLiteral("Reservation"),
        QStringLiteral("DevTestConsumption"), QStringLiteral("SavingsPlan") };
    QList<QPair<QString, QString>> clauses;
    const qsizetype n = filter.size();
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < n && filter[i] == QLatin1Char(' '))
            ++i;
    };
    const auto word = [&] {
        const qsizetype start = i;
        while (i < n && (filter[i].isLetterOrNumber() || filter[i] == QLatin1Char('_')))
            ++i;
        return filter.mid(start, i - start);
    };
    skipSpaces();
    if (i == n)
        return clauses;
    for (;;) {
        skipSpaces();
        const QString name = word();
        QString field;
        for (const auto& [documented, key] : filterFields()) {
            if (documented.compare(name, Qt::CaseInsensitive) == 0)
                field = documented;
        }
        if (field.isEmpty())
            return std::nullopt; // unknown field, a function (contains(...)), "not", parentheses...
        const qsizetype beforeOp = i;
        skipSpaces();
        if (i == beforeOp || word() != QLatin1String("eq"))
            return std::nullopt;
        skipSpaces();
        if (i >= n || filter[i] != QLatin1Char('\''))
            return std::nullopt;
        ++i;
        QString value;
        for (;;) {
            if (i >= n)
                return std::nullopt; // unterminated literal
            if (filter[i] == QLatin1Char('\'')) {
                if (i + 1 < n && filter[i + 1] == QLatin1Char('\'')) { // '' is one quote
                    value += QLatin1Char('\'');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            value += filter[i++];
        }
        if (field == QLatin1String("priceType") && !priceTypes.contains(value))
            return std::nullopt;
        clauses.append({ field, value });
        skipSpaces();
        if (i == n)
            return clauses;
        const qsizetype beforeAnd = i;
        if (word() != QLatin1String("and") || i == beforeAnd || i >= n || filter[i] != QLatin1Char(' '))
            return std::nullopt; // "or" and anything else are not accepted here
    }
}

AzureArmReply AzureRetailPrices::handle(const QByteArray& method, const QUrl& url, const QString& origin) const
{
    if (method != "GET")
        return error(405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The requested resource does not support http method '%1'.").arg(QString::fromLatin1(method)));
    const QUrlQuery query(url);
    const QString version = query.queryItemValue(QStringLiteral("api-version"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("api-version")) && version != QLatin1String("2023-01-01-preview")
        && version != QLatin1String("2021-10-01-preview"))
        return error(400, QStringLiteral("BadRequest"), QStringLiteral("Unsupported API version"));
    const QString filter = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    const std::optional<QList<QPair<QString, QString>>> clauses = parseFilter(filter);
    if (!clauses)
        return invalidOData();
    int skip = 0;
    if (query.hasQueryItem(QStringLiteral("$skip"))) {
        bool ok = false;
        skip = query.queryItemValue(QStringLiteral("$skip")).toInt(&ok);
        if (!ok || skip < 0)
            return invalidOData();
    }
    QList<QJsonObject> matched;
    for (const QJsonObject& candidate : m_items) {
        bool keep = true;
        for (const auto& [field, value] : *clauses) {
            QString key = field;
            for (const auto& [documented, itemKey] : filterFields()) {
                if (documented == field)
                    key = itemKey;
            }
            keep = keep && candidate.value(key).toString() == value; // values are case-sensitive (2023-01-01-preview)
        }
        if (keep)
            matched.append(candidate);
    }
    QJsonArray items;
    for (qsizetype k = skip; k < matched.size() && k < qsizetype(skip) + pageSize; ++k)
        items.append(matched[k]);
    QJsonValue next = QJsonValue::Null;
    if (qsizetype(skip) + pageSize < matched.size()) {
        QString link = (m_linkOrigin.isEmpty() ? origin : m_linkOrigin) + QStringLiteral("/api/retail/prices?");
        if (!version.isEmpty())
            link += QStringLiteral("api-version=") + version + QLatin1Char('&');
        if (!filter.isEmpty())
            link += QStringLiteral("$filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter)) + QLatin1Char('&');
        next = QString(link + QStringLiteral("$skip=") + QString::number(skip + pageSize));
    }
    return AzureArmReply::json(200,
        QJsonObject { { QStringLiteral("BillingCurrency"), QStringLiteral("USD") },
            { QStringLiteral("CustomerEntityId"), QStringLiteral("Default") },
            { QStringLiteral("CustomerEntityType"), QStringLiteral("Retail") }, { QStringLiteral("Items"), items },
            { QStringLiteral("NextPageLink"), next }, { QStringLiteral("Count"), int(items.size()) } });
}

} // namespace Barista
