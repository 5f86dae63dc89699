// SPDX-License-Identifier: GPL-3.0-or-later
// AzureArmState: dynamic private addresses of network interfaces. Azure keeps a NIC's dynamic
// address across updates of the NIC and never gives one address to two NICs of a subnet; the
// first four host addresses of a subnet are reserved.
#include "tests/servers/azure/AzureArmState.h"

#include <QSet>

namespace Barista {

namespace {

QJsonArray ipConfigurationsOf(const QJsonObject& nic)
{
    return nic.value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipConfigurations")).toArray();
}

QString subnetOf(const QJsonObject& config)
{
    return config.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("subnet"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString addressOf(const QJsonObject& config)
{
    return config.value(QStringLiteral("properties")).toObject().value(QStringLiteral("privateIPAddress")).toString();
}

} // namespace

QString AzureArmState::nicPrivateAddress(const QString& nicId, const QJsonObject& existingNic,
    const QString& configName, const QString& subnetId, const QString& prefix, const QStringList& alsoTaken) const
{
    for (const QJsonValue& v : ipConfigurationsOf(existingNic)) {
        const QJsonObject config = v.toObject();
        if (config.value(QStringLiteral("name")).toString().compare(configName, Qt::CaseInsensitive) == 0
            && subnetOf(config).compare(subnetId, Qt::CaseInsensitive) == 0 && !addressOf(config).isEmpty()
            && !alsoTaken.contains(addressOf(config)))
            return addressOf(config);
    }
    QSet<QString> taken(alsoTaken.cbegin(), alsoTaken.cend());
    for (const QJsonObject& nic : ofType(QStringLiteral("microsoft.network/networkinterfaces"))) {
        if (nic.value(QStringLiteral("id")).toString().compare(nicId, Qt::CaseInsensitive) == 0)
            continue;
        for (const QJsonValue& v : ipConfigurationsOf(nic)) {
            if (subnetOf(v.toObject()).compare(subnetId, Qt::CaseInsensitive) == 0)
                taken.insert(addressOf(v.toObject()));
        }
    }
    QStringList octets = prefix.section(QLatin1Char('/'), 0, 0).split(QLatin1Char('.'));
    if (octets.size() != 4)
        return {};
    for (int host = 4; host < 255; ++host) {
        octets[3] = QString::number(host);
        const QString address = octets.join(QLatin1Char('.'));
        if (!taken.contains(address))
            return address;
    }
    return {};
}

} // namespace Barista
