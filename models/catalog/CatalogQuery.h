// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/GeoDistance.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

/// A closed or half-open numeric interval; an empty range matches everything.
struct NumericRange
{
    std::optional<double> min;
    std::optional<double> max;
    bool minInclusive = true;
    bool maxInclusive = true;

    bool isSet() const { return min.has_value() || max.has_value(); }
    bool contains(double value) const;
    bool operator==(const NumericRange&) const = default;
};

/// One ordering key of a query ("sort:-vcpu" = Vcpu, descending).
struct SortKey
{
    enum Field
    {
        Price,
        Spot,
        Vcpu,
        Memory,
        Gpus,
        GpuMemory,
        Distance,
        Name,
        Provider,
        Region,
    };
    Field field = Price;
    bool descending = false;

    static std::optional<Field> fieldFromName(const QString& name);
    static QString fieldName(Field field);
    bool operator==(const SortKey&) const = default;
};

/// A parsed catalog query (the language shared by the CLI and the GUI search box; see
/// QueryParser). Pure data: place names, providers and regions are resolved against the
/// catalog only when the store runs the query, and the columns kept here let it report an
/// unknown place or region at the right spot.
struct CatalogQuery
{
    enum class Kind
    {
        Any, ///< regions, specs and images, as far as the terms apply to each
        Regions,
        Specs,
        Images,
    };

    Kind kind = Kind::Any;
    QStringList text; ///< free-text words and "quoted phrases", all must match
    QStringList providers;
    QStringList regions; ///< ids or parts of names, cities, countries, areas ("asia")
    QStringList gpuModels; ///< "a100", or the special "any" / "none"
    QStringList architectures;
    QStringList operatingSystems;
    NumericRange vcpu;
    NumericRange memoryGiB;
    NumericRange gpuCount;
    NumericRange gpuMemoryGiB;
    NumericRange price; ///< on-demand, per hour, in `currency`
    NumericRange spotPrice;
    NumericRange diskGiB;
    QString currency = QStringLiteral("USD");
    QString near; ///< a region id, a city (en/ko) or empty
    std::optional<GeoPoint> nearPoint; ///< set when near: was "lat,lon"
    std::optional<double> withinKm;
    QList<SortKey> sort;
    int limit = 50;
    int offset = 0;

    /// 1-based columns of the terms the store resolves, for its error messages.
    int nearColumn = 0;
    int regionColumn = 0;
    int providerColumn = 0;

    bool hasNear() const { return nearPoint.has_value() || !near.isEmpty(); }
    /// True when a term only applies to specs (vcpu, mem, gpu, price, ...).
    bool hasSpecTerms() const;
    /// True when a term only applies to images (os).
    bool hasImageTerms() const;
    /// Whether a result of this kind is wanted: the explicit `in:` kind, else every kind the
    /// terms apply to.
    bool wants(Kind kind) const;
};

} // namespace Barista
