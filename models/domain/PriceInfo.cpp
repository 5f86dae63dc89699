// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/PriceInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject PriceInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("region"), region },
        { QStringLiteral("productFamily"), productFamily },
        { QStringLiteral("productId"), productId },
        { QStringLiteral("pricingModel"), pricingModel },
        { QStringLiteral("unit"), unit },
        { QStringLiteral("currency"), currency },
    };
    DomainJson::writePrice(json, "pricePerHour", pricePerHour);
    DomainJson::writeDate(json, "fetchedAt", fetchedAt);
    return json;
}

PriceInfo PriceInfo::fromJson(const QJsonObject& json)
{
    PriceInfo price;
    read(json, "provider", price.provider);
    read(json, "region", price.region);
    read(json, "productFamily", price.productFamily);
    read(json, "productId", price.productId);
    read(json, "pricingModel", price.pricingModel);
    price.pricePerHour = DomainJson::readPrice(json, "pricePerHour");
    read(json, "unit", price.unit);
    read(json, "currency", price.currency);
    read(json, "fetchedAt", price.fetchedAt);
    return price;
}

} // namespace Barista
