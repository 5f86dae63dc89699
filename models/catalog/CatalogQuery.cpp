// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogQuery.h"

#include <QHash>

namespace Barista {

bool NumericRange::contains(double value) const
{
    if (min && (minInclusive ? value < *min : value <= *min))
        return false;
    if (max && (maxInclusive ? value > *max : value >= *max))
        return false;
    return true;
}

namespace {
const QHash<QString, SortKey::Field>& sortFields()
{
    static const QHash<QString, SortKey::Field> fields = {
        { QStringLiteral("price"), SortKey::Price },
        { QStringLiteral("cost"), SortKey::Price },
        { QStringLiteral("spot"), SortKey::Spot },
        { QStringLiteral("vcpu"), SortKey::Vcpu },
        { QStringLiteral("cpu"), SortKey::Vcpu },
        { QStringLiteral("mem"), SortKey::Memory },
        { QStringLiteral("memory"), SortKey::Memory },
        { QStringLiteral("gpus"), SortKey::Gpus },
        { QStringLiteral("gpumem"), SortKey::GpuMemory },
        { QStringLiteral("distance"), SortKey::Distance },
        { QStringLiteral("near"), SortKey::Distance },
        { QStringLiteral("name"), SortKey::Name },
        { QStringLiteral("provider"), SortKey::Provider },
        { QStringLiteral("region"), SortKey::Region },
    };
    return fields;
}
} // namespace

std::optional<SortKey::Field> SortKey::fieldFromName(const QString& name)
{
    const auto it = sortFields().constFind(name.toLower());
    if (it == sortFields().constEnd())
        return std::nullopt;
    return *it;
}

QString SortKey::fieldName(Field field)
{
    switch (field) {
    case Price:
        return QStringLiteral("price");
    case Spot:
        return QStringLiteral("spot");
    case Vcpu:
        return QStringLiteral("vcpu");
    case Memory:
        return QStringLiteral("mem");
    case Gpus:
        return QStringLiteral("gpus");
    case GpuMemory:
        return QStringLiteral("gpumem");
    case Distance:
        return QStringLiteral("distance");
    case Name:
        return QStringLiteral("name");
    case Provider:
        return QStringLiteral("provider");
    case Region:
        return QStringLiteral("region");
    }
    return QString();
}

bool CatalogQuery::hasSpecTerms() const
{
    return !gpuModels.isEmpty() || vcpu.isSet() || memoryGiB.isSet() || gpuCount.isSet() || gpuMemoryGiB.isSet()
        || price.isSet() || spotPrice.isSet() || diskGiB.isSet();
}

bool CatalogQuery::hasImageTerms() const
{
    return !operatingSystems.isEmpty();
}

bool CatalogQuery::wants(Kind wanted) const
{
    if (kind != Kind::Any)
        return kind == wanted;
    switch (wanted) {
    case Kind::Regions:
        return !hasSpecTerms() && !hasImageTerms() && architectures.isEmpty();
    case Kind::Specs:
        return !hasImageTerms();
    case Kind::Images:
        return !hasSpecTerms();
    case Kind::Any:
        return true;
    }
    return false;
}

} // namespace Barista
