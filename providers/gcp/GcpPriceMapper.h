// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/SpecInfo.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace Barista {

/// Cloud Billing Catalog SKUs to machine-type prices. Google bills a machine type by its parts:
/// vCPUs x the series' core rate + memory GiB x the series' RAM rate (+ GPUs x the GPU rate for
/// types with accelerators), so a SKU is reduced to one rate of a table keyed by rateKey():
///   "core|e2|OnDemand" from "E2 Instance Core running in Seoul" (usage unit "h"),
///   "ram|n1|Spot"      from "Preemptible N1 Predefined Instance Ram running in Americas" ("GiBy.h"),
///   "gpu|nvidia-tesla-a100|OnDemand" from "Nvidia Tesla A100 GPU running in Americas" (group "GPU").
/// Only OnDemand (→ "OnDemand") and Preemptible (→ "Spot") usage of the resource family
/// "Compute" in the connection's region counts; commitments, custom and sole-tenant parts,
/// licences and everything else give no rate. A type whose parts are not all known has no
/// price (never 0).
class GcpPriceMapper final
{
public:
    /// Compute Engine's service in the catalog.
    static QString computeServiceId() { return QStringLiteral("6F81-5844-456A"); }
    static QString onDemand() { return QStringLiteral("OnDemand"); }
    static QString spot() { return QStringLiteral("Spot"); }

    enum class Part
    {
        Core,
        Ram,
        Gpu
    };
    struct Rate
    {
        QString key;
        double perHour = 0; ///< USD per vCPU hour, GiB hour or GPU hour
    };
    using Rates = QMap<QString, double>;

    static QString rateKey(Part part, const QString& name, const QString& pricingModel);
    /// The rate one SKU contributes in `region`, or nothing.
    static std::optional<Rate> rateOf(const QJsonObject& sku, const QString& region);
    /// The USD price per usage unit of the SKU's current pricing (its first non-free tier) when
    /// the usage unit is `unit`.
    static std::optional<double> unitPrice(const QJsonObject& sku, const QString& unit);

    /// "e2-standard-2" -> "e2".
    static QString seriesOf(const QString& machineType);
    /// vCPUs billed: the shared-core E2 types are billed for a fraction of a core.
    static double billedVcpus(const SpecInfo& spec);
    /// The hourly price of the spec under pricingModel, if every part has a rate.
    static std::optional<double> pricePerHour(const SpecInfo& spec, const Rates& rates, const QString& pricingModel);

    /// Our page token: the catalog's own token and the rates collected on the pages before
    /// (a type's core and RAM SKUs may come on different pages).
    static QString encodeToken(const QString& catalogToken, const Rates& rates);
    static bool decodeToken(const QString& token, QString* catalogToken, Rates* rates);
};

} // namespace Barista
