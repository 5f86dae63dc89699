// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudProvider.h"
#include "providers/azure/AzureSession.h"

#include <QDateTime>
#include <optional>

namespace Barista {

/// VM prices of the connection's region from the Azure Retail Prices API: a public endpoint that
/// is called WITHOUT the ARM token (it needs no credentials; the bearer token must not leave ARM).
///
///   GET https://prices.azure.com/api/retail/prices?api-version=2023-01-01-preview
///       &$filter=serviceName eq 'Virtual Machines' and armRegionName eq '{region}' and priceType eq 'Consumption'
///   -> {"BillingCurrency", "CustomerEntityId", "CustomerEntityType", "Items": [...], "NextPageLink", "Count"}
///
/// With an endpoint override BASE the same path lives at BASE/api/retail/prices. Paging: the
/// answer's NextPageLink is the ResourcePage's nextPageToken; a link (or token) to another
/// origin or path is refused, never followed. Errors ({"Error": {"Code", "Message"}}, 429 with
/// Retry-After) are classified by HttpClient with AzureErrorParser, verbatim; no retries here.
///
/// Kept: Linux (productName without "Windows"), hourly ("1 Hour"), base-tier Consumption items of
/// Virtual Machines in the region with a positive retailPrice; "Spot" in skuName/meterName is
/// pricingModel Spot, "Low Priority" (Batch) is dropped. productId = armSkuName, the name the
/// Spec listing uses (resource SKU "name", e.g. "Standard_D2s_v5").
class AzurePricing final
{
public:
    explicit AzurePricing(AzureSession& session);

    static QString apiVersion() { return QStringLiteral("2023-01-01-preview"); }
    static QString filterFor(const QString& region);

    Result<ResourcePage> list(const ListRequest& request);

    /// One item of the answer as our price; empty when it is not a Linux hourly VM price of region.
    static std::optional<PriceInfo> price(const QJsonObject& item, const QString& region, const QDateTime& fetchedAt);
    /// Every kept item of one answer; on one page a size/model is listed once (the newest
    /// effectiveStartDate wins). nextPageToken = NextPageLink.
    static ResourcePage page(const QJsonObject& body, const QString& region, const QDateTime& fetchedAt);

private:
    QUrl firstPageUrl() const;
    bool isOurEndpoint(const QUrl& url) const;

    AzureSession& m_session;
};

} // namespace Barista
