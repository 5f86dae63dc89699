// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/domain/PriceInfo.h"
#include "models/interfaces/CloudProvider.h"
#include "providers/aws/AwsSession.h"

#include <QJsonObject>
#include <optional>

namespace Barista {

/// On-demand Linux prices of the connection region's instance types, from the AWS Price List
/// Query API: AWSPriceListService.GetProducts (AWS JSON 1.1, SigV4 service "pricing" signed for
/// us-east-1) at https://api.pricing.us-east-1.amazonaws.com/, or POST <override>/ like EC2.
/// The request asks AmazonEC2 for TERM_MATCH regionCode = the connection's region,
/// operatingSystem Linux, tenancy Shared, preInstalledSw NA and capacitystatus Used; every item
/// is checked again here, so an item the filters let through by mistake is still left out.
/// GetProducts' NextToken is the page token. Each item becomes a PriceInfo whose productId is
/// the instance type, the name the Spec listing uses.
class AwsPricing final
{
public:
    AwsPricing(AwsSession& session, const ConnectionConfig& connection);

    /// One page (pageSize 1..100; 0 = 100, the API's largest).
    Result<ResourcePage> listPrices(const ListRequest& request);

    static QByteArray target() { return QByteArrayLiteral("AWSPriceListService.GetProducts"); }
    static int maxResults() { return 100; }
    /// The GetProducts input for one page.
    static QJsonObject requestBody(const QString& region, int pageSize, const QString& nextToken);
    /// One PriceList item (a JSON document in a string) as an on-demand Linux compute price in
    /// `region`; nullopt when it is anything else (another region, OS, tenancy, product family,
    /// a capacity reservation) or has no positive hourly USD price.
    static std::optional<PriceInfo> toPrice(const QString& item, const QString& region, const QDateTime& fetchedAt);

private:
    AwsSession& m_session;
    const ConnectionConfig& m_connection;
};

} // namespace Barista
