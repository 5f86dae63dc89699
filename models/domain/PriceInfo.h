// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Barista {

/// One price point of a product in a region (Spider's PriceInfo, flattened).
struct PriceInfo
{
    QString provider;
    QString region;
    QString productFamily = QStringLiteral("Compute"); ///< "Compute", "Storage", ...
    QString productId;   ///< spec name, disk type, ...
    QString pricingModel = QStringLiteral("OnDemand"); ///< "OnDemand" or "Spot"
    std::optional<double> pricePerHour; ///< empty = unknown, never 0
    QString unit = QStringLiteral("Hrs");
    QString currency = QStringLiteral("USD");
    QDateTime fetchedAt;

    QJsonObject toJson() const;
    static PriceInfo fromJson(const QJsonObject& json);
    bool operator==(const PriceInfo&) const = default;
};

} // namespace Barista
