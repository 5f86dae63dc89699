// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/ImageInfo.h"

#include "models/domain/DomainJson.h"

namespace Barista {

using DomainJson::read;

QJsonObject ImageInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("region"), region },
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("osType"), osType },
        { QStringLiteral("osDistribution"), osDistribution },
        { QStringLiteral("osVersion"), osVersion },
        { QStringLiteral("architecture"), architecture },
        { QStringLiteral("gpuReady"), gpuReady },
        { QStringLiteral("k8sReady"), k8sReady },
        { QStringLiteral("status"), status },
    };
}

ImageInfo ImageInfo::fromJson(const QJsonObject& json)
{
    ImageInfo image;
    read(json, "provider", image.provider);
    read(json, "region", image.region);
    read(json, "id", image.id);
    read(json, "name", image.name);
    read(json, "osType", image.osType);
    read(json, "osDistribution", image.osDistribution);
    read(json, "osVersion", image.osVersion);
    read(json, "architecture", image.architecture);
    read(json, "gpuReady", image.gpuReady);
    read(json, "k8sReady", image.k8sReady);
    read(json, "status", image.status);
    return image;
}

} // namespace Barista
