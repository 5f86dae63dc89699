// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure Retail Prices API of the ARM test server: GET /api/retail/prices, unauthenticated as
// the real one (https://prices.azure.com/api/retail/prices). Documented shape:
//   {"BillingCurrency", "CustomerEntityId", "CustomerEntityType", "Items": [...], "NextPageLink", "Count"}
// Items are seeded for koreacentral, eastus and westeurope: Linux and Windows meters of VM sizes
// (with Spot and Low Priority variants, DevTestConsumption and 1-year Reservation rows), a
// non-hourly VM meter and a few non-VM meters. Paging: 100 items a page, NextPageLink = the same
// query plus $skip. $filter: only "field eq 'value'" clauses joined by "and" (the fields the API
// documents; priceType one of its four values); anything else is the API's 400
// {"Error": {"Code": "BadRequest", "Message": "Invalid OData parameters supplied"}} (recorded from
// prices.azure.com), as is an unknown api-version ("Unsupported API version").
#pragma once

#include "tests/servers/azure/AzureArmReply.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <optional>

namespace Barista {

class AzureRetailPrices
{
public:
    static constexpr int pageSize = 100;

    AzureRetailPrices();

    const QList<QJsonObject>& items() const { return m_items; }
    /// Links in NextPageLink start with this origin instead of the caller's (tests of a link to
    /// another host); empty = the origin the request came to.
    void setLinkOrigin(const QString& origin) { m_linkOrigin = origin; }

    /// origin: "http://127.0.0.1:PORT", the scheme and Host the request came with.
    AzureArmReply handle(const QByteArray& method, const QUrl& url, const QString& origin) const;

    /// The API's error body: {"Error": {"Code": ..., "Message": ...}}.
    static AzureArmReply error(int status, const QString& code, const QString& message);
    /// The clauses of a filter as (field, value); empty optional when the API would refuse it.
    static std::optional<QList<QPair<QString, QString>>> parseFilter(const QString& filter);

private:
    static QList<QJsonObject> seed();

    QList<QJsonObject> m_items;
    QString m_linkOrigin;
};

} // namespace Barista
