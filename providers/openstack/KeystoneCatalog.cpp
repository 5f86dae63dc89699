// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/KeystoneCatalog.h"

#include <QJsonObject>

namespace Barista {

QStringList KeystoneCatalog::aliases(const QString& serviceType)
{
    // From the OpenStack service-types authority: the official name first, then old names.
    if (serviceType == QLatin1String("block-storage"))
        return { serviceType, QStringLiteral("volumev3"), QStringLiteral("volume"), QStringLiteral("volumev2") };
    if (serviceType == QLatin1String("load-balancer"))
        return { serviceType, QStringLiteral("octavia") };
    if (serviceType == QLatin1String("container-infra"))
        return { serviceType, QStringLiteral("container"), QStringLiteral("magnum") };
    return { serviceType };
}

std::optional<QUrl> KeystoneCatalog::endpoint(
    const QString& serviceType, const QString& region, const QString& interface) const
{
    const QString wanted = interface.isEmpty() ? QStringLiteral("public") : interface;
    for (const QString& type : aliases(serviceType)) {
        for (const QJsonValue& service : m_catalog) {
            const QJsonObject entry = service.toObject();
            if (entry.value(QLatin1String("type")).toString() != type)
                continue;
            for (const QJsonValue& value : entry.value(QLatin1String("endpoints")).toArray()) {
                const QJsonObject endpoint = value.toObject();
                if (endpoint.value(QLatin1String("interface")).toString() != wanted)
                    continue;
                if (!region.isEmpty() && endpoint.value(QLatin1String("region_id")).toString() != region
                    && endpoint.value(QLatin1String("region")).toString() != region)
                    continue;
                const QUrl url(endpoint.value(QLatin1String("url")).toString());
                if (url.isValid() && !url.host().isEmpty())
                    return url;
            }
        }
    }
    return std::nullopt;
}

bool KeystoneCatalog::hasService(const QString& serviceType) const
{
    for (const QString& type : aliases(serviceType)) {
        for (const QJsonValue& service : m_catalog) {
            if (service.toObject().value(QLatin1String("type")).toString() == type)
                return true;
        }
    }
    return false;
}

QStringList KeystoneCatalog::regions() const
{
    QStringList out;
    for (const QJsonValue& service : m_catalog) {
        for (const QJsonValue& value : service.toObject().value(QLatin1String("endpoints")).toArray()) {
            QString region = value.toObject().value(QLatin1String("region_id")).toString();
            if (region.isEmpty())
                region = value.toObject().value(QLatin1String("region")).toString();
            if (!region.isEmpty() && !out.contains(region))
                out.append(region);
        }
    }
    return out;
}

} // namespace Barista
