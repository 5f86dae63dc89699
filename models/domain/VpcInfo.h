// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct SubnetInfo
{
    Iid iid;
    QString zone;
    QString ipv4Cidr;
    QMap<QString, QString> tags;

    QJsonObject toJson() const;
    static SubnetInfo fromJson(const QJsonObject& json);
    bool operator==(const SubnetInfo&) const = default;
};

/// A virtual network with its subnets (Spider's VPCInfo carries its SubnetInfoList).
struct VpcInfo
{
    Iid iid;
    QString ipv4Cidr;
    QList<SubnetInfo> subnets;
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra; ///< provider-specific key/values (Spider's KeyValueList)

    QJsonObject toJson() const;
    static VpcInfo fromJson(const QJsonObject& json);
    bool operator==(const VpcInfo&) const = default;
};

} // namespace Barista
