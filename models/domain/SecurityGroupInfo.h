// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct SecurityRule
{
    QString direction = QStringLiteral("inbound"); ///< "inbound" or "outbound"
    QString ipProtocol = QStringLiteral("tcp");   ///< "tcp", "udp", "icmp" or "all"
    int fromPort = -1;                             ///< -1 = all ports
    int toPort = -1;
    QString cidr = QStringLiteral("0.0.0.0/0");

    QJsonObject toJson() const;
    static SecurityRule fromJson(const QJsonObject& json);
    bool operator==(const SecurityRule&) const = default;
};

struct SecurityGroupInfo
{
    Iid iid;
    Iid vpcIid;
    QList<SecurityRule> rules;
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static SecurityGroupInfo fromJson(const QJsonObject& json);
    bool operator==(const SecurityGroupInfo&) const = default;
};

} // namespace Barista
