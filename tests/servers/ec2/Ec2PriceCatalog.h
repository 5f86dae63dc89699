// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's price list (AWS Price List Query API, service code AmazonEC2): products
// in the documented GetProducts item shape ({"product": {"productFamily", "attributes", "sku"},
// "serviceCode", "terms": {"OnDemand": {...}, "Reserved": {...}}, "version", "publicationDate"}).
// Seeded from the public SkyPilot AWS catalog (instance type, vCPUs, memory, on-demand Linux
// price, region), with, for each seed, the products a Linux on-demand query must NOT return:
// Windows, Dedicated tenancy, SQL Server pre-installed, unused capacity reservations; and per
// region an EBS storage product and a Dedicated Host product.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Barista {

struct Ec2PriceSeed
{
    QString instanceType;
    QString vcpus;
    QString memoryGiB;
    QString price; ///< on-demand Linux USD per hour, as the catalog writes it ("0.0255")
    QString region;
    QString architecture;
};

class Ec2PriceCatalog
{
public:
    /// One row per (instance type, region) of the embedded catalog sample.
    static const QList<Ec2PriceSeed>& seeds();
    static QStringList regions();
    /// The seed's on-demand Linux price of that type in that region (what GetProducts serves).
    static std::optional<double> linuxOnDemand(const QString& region, const QString& instanceType);
    /// Every product, in a fixed order (region by region, each seed followed by its variants).
    static const QList<QJsonObject>& products();
    /// The price dimension's 10-decimal form ("0.0255" -> "0.0255000000").
    static QString priceText(double usd);
};

} // namespace Barista
