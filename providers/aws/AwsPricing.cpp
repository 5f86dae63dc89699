// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsPricing.h"

#include "providers/aws/AwsMapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Barista {

namespace {

/// The attribute values that make a price "Linux, on demand, on a shared host, with nothing
/// pre-installed, for a running instance" (capacitystatus "Used"; the others price unused
/// capacity reservations).
const QList<QPair<QString, QString>>& linuxOnDemand()
{
    static const QList<QPair<QString, QString>> filters = {
        { QStringLiteral("operatingSystem"), QStringLiteral("Linux") },
        { QStringLiteral("tenancy"), QStringLiteral("Shared") },
        { QStringLiteral("preInstalledSw"), QStringLiteral("NA") },
        { QStringLiteral("capacitystatus"), QStringLiteral("Used") },
    };
    return filters;
}

QJsonObject termMatch(const QString& field, const QString& value)
{
    return { { QStringLiteral("Type"), QStringLiteral("TERM_MATCH") }, { QStringLiteral("Field"), field },
        { QStringLiteral("Value"), value } };
}

/// The first positive hourly USD price among the on-demand offer terms.
std::optional<double> hourlyUsd(const QJsonObject& onDemand)
{
    for (const QJsonValue& offer : onDemand) {
        const QJsonObject dimensions = offer.toObject().value(QStringLiteral("priceDimensions")).toObject();
        for (const QJsonValue& value : dimensions) {
            const QJsonObject dimension = value.toObject();
            if (dimension.value(QStringLiteral("unit")).toString() != QLatin1String("Hrs"))
                continue;
            // Prices are decimal strings ("0.0260000000").
            bool ok = false;
            const double usd = dimension.value(QStringLiteral("pricePerUnit"))
                                   .toObject()
                                   .value(QStringLiteral("USD"))
                                   .toString()
                                   .toDouble(&ok);
            if (ok && usd > 0)
                return usd;
        }
    }
    return std::nullopt;
}

} // namespace

AwsPricing::AwsPricing(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QJsonObject AwsPricing::requestBody(const QString& region, int pageSize, const QString& nextToken)
{
    QJsonArray filters { termMatch(QStringLiteral("regionCode"), region) };
    for (const auto& [field, value] : linuxOnDemand())
        filters.append(termMatch(field, value));
    QJsonObject body { { QStringLiteral("ServiceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("FormatVersion"), QStringLiteral("aws_v1") }, { QStringLiteral("Filters"), filters },
        { QStringLiteral("MaxResults"), pageSize > 0 ? qBound(1, pageSize, maxResults()) : maxResults() } };
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    return body;
}

std::optional<PriceInfo> AwsPricing::toPrice(const QString& item, const QString& region, const QDateTime& fetchedAt)
{
    const QJsonObject document = QJsonDocument::fromJson(item.toUtf8()).object();
    const QJsonObject product = document.value(QStringLiteral("product")).toObject();
    // "Compute Instance" and "Compute Instance (bare metal)" are instance types; "Dedicated Host",
    // "Storage", "Data Transfer", ... are not.
    if (!product.value(QStringLiteral("productFamily")).toString().startsWith(QLatin1String("Compute Instance")))
        return std::nullopt;
    const QJsonObject attributes = product.value(QStringLiteral("attributes")).toObject();
    const QString instanceType = attributes.value(QStringLiteral("instanceType")).toString();
    if (instanceType.isEmpty() || attributes.value(QStringLiteral("regionCode")).toString() != region)
        return std::nullopt;
    for (const auto& [field, value] : linuxOnDemand()) {
        if (attributes.value(field).toString() != value)
            return std::nullopt;
    }
    // Newer items tell on-demand from capacity-block prices; older ones have no such attribute.
    const QString market = attributes.value(QStringLiteral("marketoption")).toString();
    if (!market.isEmpty() && market != QLatin1String("OnDemand"))
        return std::nullopt;
    const std::optional<double> usd
        = hourlyUsd(document.value(QStringLiteral("terms")).toObject().value(QStringLiteral("OnDemand")).toObject());
    if (!usd)
        return std::nullopt; // unknown or free: never a price of 0
    PriceInfo price;
    price.provider = AwsMapper::provider();
    price.region = region;
    price.productFamily = QStringLiteral("Compute");
    price.productId = instanceType;
    price.pricingModel = QStringLiteral("OnDemand");
    price.pricePerHour = usd;
    price.unit = QStringLiteral("Hrs");
    price.currency = QStringLiteral("USD");
    price.fetchedAt = fetchedAt;
    return price;
}

Result<ResourcePage> AwsPricing::listPrices(const ListRequest& request)
{
    const QString& region = m_connection.region;
    const Result<QJsonObject> answer = m_session.callJson(m_session.pricingEndpoint(), QStringLiteral("pricing"),
        QStringLiteral("us-east-1"), target(), requestBody(region, request.pageSize, request.pageToken));
    if (!answer.ok())
        return answer.error();
    const QJsonValue list = answer.value().value(QStringLiteral("PriceList"));
    if (!list.isUndefined() && !list.isArray())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("AwsPricing", "The price list answer has no PriceList array."));
    const QDateTime fetchedAt = m_session.now().toUTC();
    ResourcePage out;
    for (const QJsonValue& item : list.toArray()) {
        if (const std::optional<PriceInfo> price = toPrice(item.toString(), region, fetchedAt))
            out.items.append(*price);
    }
    out.nextPageToken = answer.value().value(QStringLiteral("NextToken")).toString();
    return out;
}

} // namespace Barista
