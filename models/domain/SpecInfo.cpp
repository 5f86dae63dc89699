// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/SpecInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QString SpecInfo::specId() const
{
    return provider + QLatin1Char('+') + region + QLatin1Char('+') + name;
}

QJsonObject SpecInfo::toJson() const
{
    QJsonObject json {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("region"), region },
        { QStringLiteral("name"), name },
        { QStringLiteral("vcpu"), vcpu },
        { QStringLiteral("memoryGiB"), memoryGiB },
        { QStringLiteral("architecture"), architecture },
        { QStringLiteral("gpuModel"), gpuModel },
        { QStringLiteral("gpuCount"), gpuCount },
        { QStringLiteral("gpuMemoryGiB"), gpuMemoryGiB },
        { QStringLiteral("diskGiB"), diskGiB },
        { QStringLiteral("currency"), currency },
    };
    DomainJson::writePrice(json, "costPerHour", costPerHour);
    DomainJson::writePrice(json, "spotCostPerHour", spotCostPerHour);
    return json;
}

SpecInfo SpecInfo::fromJson(const QJsonObject& json)
{
    SpecInfo spec;
    read(json, "provider", spec.provider);
    read(json, "region", spec.region);
    read(json, "name", spec.name);
    read(json, "vcpu", spec.vcpu);
    read(json, "memoryGiB", spec.memoryGiB);
    read(json, "architecture", spec.architecture);
    read(json, "gpuModel", spec.gpuModel);
    read(json, "gpuCount", spec.gpuCount);
    read(json, "gpuMemoryGiB", spec.gpuMemoryGiB);
    read(json, "diskGiB", spec.diskGiB);
    spec.costPerHour = DomainJson::readPrice(json, "costPerHour");
    spec.spotCostPerHour = DomainJson::readPrice(json, "spotCostPerHour");
    read(json, "currency", spec.currency);
    return spec;
}

} // namespace Barista
