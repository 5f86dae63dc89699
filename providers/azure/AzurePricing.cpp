// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzurePricing.h"

#include "providers/azure/AzureJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Barista {

namespace {

using AzureJson::textAt;

int portOf(const QUrl& url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

/// BASE + "/api/retail/prices", whatever path BASE has ("https://prices.azure.com/" or an override).
QString pricesPath(const QUrl& base)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path + QStringLiteral("/api/retail/prices");
}

} // namespace

AzurePricing::AzurePricing(AzureSession& session)
    : m_session(session)
{
}

QString AzurePricing::filterFor(const QString& region)
{
    // Values are case-sensitive from 2023-01-01-preview on; OData doubles a quote inside a literal.
    QString quoted = region;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("serviceName eq 'Virtual Machines' and armRegionName eq '%1' and priceType eq 'Consumption'")
        .arg(quoted);
}

QUrl AzurePricing::firstPageUrl() const
{
    QUrl url = m_session.config().pricesBase;
    url.setPath(pricesPath(url));
    url.setQuery(QStringLiteral("api-version=%1&$filter=%2")
                     .arg(apiVersion(), QString::fromLatin1(QUrl::toPercentEncoding(filterFor(m_session.config().location)))),
        QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

bool AzurePricing::isOurEndpoint(const QUrl& url) const
{
    const QUrl& base = m_session.config().pricesBase;
    return url.isValid() && url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(base.host(), Qt::CaseInsensitive) == 0 && portOf(url) == portOf(base)
        && url.userInfo().isEmpty() && url.path() == pricesPath(base);
}

Result<ResourcePage> AzurePricing::list(const ListRequest& request)
{
    if (m_session.isCanceled())
        return AzureSession::canceledError();
    QUrl url;
    if (request.pageToken.isEmpty()) {
        url = firstPageUrl();
    } else {
        // The token is the NextPageLink of our previous page: it may only lead back to the API we called.
        url = QUrl(request.pageToken);
        if (!isOurEndpoint(url))
            return CloudError::make(CloudError::Kind::Internal, QStringLiteral("ForeignLink"),
                QCoreApplication::translate("AzurePricing", "The Retail Prices API sent a link to another place (%1); it is not followed.")
                    .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    }
    HttpRequest get;
    get.url = url;
    get.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    const Result<HttpResponse> response = m_session.http().send(get, m_session.cancelCheck());
    if (!response.ok())
        return response.error();
    const Result<QJsonObject> body = response.value().jsonObject();
    if (!body.ok())
        return body.error();
    if (!body.value().value(QStringLiteral("Items")).isArray())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("AzurePricing", "%1 answered without an Items list.")
                .arg(url.toDisplayString(QUrl::RemoveQuery)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ResourcePage out = page(body.value(), m_session.config().location, QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC));
    if (!out.nextPageToken.isEmpty() && !isOurEndpoint(QUrl(out.nextPageToken)))
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("ForeignLink"),
            QCoreApplication::translate("AzurePricing", "The Retail Prices API sent a link to another place (%1); it is not followed.")
                .arg(QUrl(out.nextPageToken).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    return out;
}

std::optional<PriceInfo> AzurePricing::price(const QJsonObject& item, const QString& region, const QDateTime& fetchedAt)
{
    const QString sku = textAt(item, "armSkuName");
    const QString skuName = textAt(item, "skuName");
    const QString meterName = textAt(item, "meterName");
    const double retail = item.value(QStringLiteral("retailPrice")).toDouble(0.0);
    const bool isPrice = textAt(item, "serviceName") == QLatin1String("Virtual Machines")
        && textAt(item, "type") == QLatin1String("Consumption")
        && textAt(item, "armRegionName").compare(region, Qt::CaseInsensitive) == 0
        && textAt(item, "unitOfMeasure") == QLatin1String("1 Hour")
        && item.value(QStringLiteral("tierMinimumUnits")).toDouble(0.0) <= 0.0 // volume tiers are not the rate
        && !textAt(item, "productName").contains(QLatin1String("Windows"), Qt::CaseInsensitive)
        && !skuName.contains(QLatin1String("Low Priority"), Qt::CaseInsensitive)
        && !meterName.contains(QLatin1String("Low Priority"), Qt::CaseInsensitive) && !sku.isEmpty() && retail > 0.0;
    if (!isPrice)
        return std::nullopt;
    const QString ended = textAt(item, "effectiveEndDate");
    if (!ended.isEmpty()) {
        const QDateTime end = QDateTime::fromString(ended, Qt::ISODate);
        if (end.isValid() && fetchedAt.isValid() && end <= fetchedAt)
            return std::nullopt; // a retired meter
    }
    PriceInfo p;
    p.provider = QStringLiteral("azure");
    p.region = region;
    p.productFamily = QStringLiteral("Compute");
    p.productId = sku;
    p.pricingModel = skuName.contains(QLatin1String("Spot"), Qt::CaseInsensitive) || meterName.contains(QLatin1String("Spot"), Qt::CaseInsensitive)
        ? QStringLiteral("Spot")
        : QStringLiteral("OnDemand");
    p.pricePerHour = retail;
    p.unit = QStringLiteral("Hrs");
    const QString currency = textAt(item, "currencyCode");
    p.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    p.fetchedAt = fetchedAt;
    return p;
}

ResourcePage AzurePricing::page(const QJsonObject& body, const QString& region, const QDateTime& fetchedAt)
{
    QList<PriceInfo> kept;
    QList<QDateTime> startOf;
    QHash<QString, qsizetype> index; // productId + model -> position in kept
    for (const QJsonValue& v : body.value(QStringLiteral("Items")).toArray()) {
        const QJsonObject item = v.toObject();
        const std::optional<PriceInfo> p = price(item, region, fetchedAt);
        if (!p)
            continue;
        const QDateTime start = QDateTime::fromString(textAt(item, "effectiveStartDate"), Qt::ISODate);
        const QString key = p->productId + QLatin1Char('\n') + p->pricingModel;
        const auto seen = index.constFind(key);
        if (seen == index.constEnd()) {
            index.insert(key, kept.size());
            kept.append(*p);
            startOf.append(start);
        } else if (start.isValid() && (!startOf[*seen].isValid() || start > startOf[*seen])) {
            kept[*seen] = *p; // a newer rate of the same meter family replaces the older one
            startOf[*seen] = start;
        }
    }
    ResourcePage out;
    for (const PriceInfo& p : kept)
        out.items.append(p);
    const QJsonValue next = body.value(QStringLiteral("NextPageLink"));
    out.nextPageToken = next.isString() ? next.toString() : QString();
    return out;
}

} // namespace Barista
