// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

/// A network load balancer with one listener, one VM group and a health checker, the
/// shape CB-Spider's NLBInfo has.
struct NlbInfo
{
    Iid iid;
    Iid vpcIid;
    QString type = QStringLiteral("PUBLIC"); ///< "PUBLIC" or "INTERNAL"
    QString scope = QStringLiteral("REGION"); ///< "REGION" or "GLOBAL"
    QString listenerProtocol = QStringLiteral("TCP");
    int listenerPort = 80;
    QString listenerIp;
    QString listenerDnsName;
    QString vmGroupProtocol = QStringLiteral("TCP");
    int vmGroupPort = 80;
    QList<Iid> vms;
    QString healthProtocol = QStringLiteral("TCP");
    int healthPort = 80;
    int healthInterval = 10;
    int healthTimeout = 10;
    int healthThreshold = 3;
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static NlbInfo fromJson(const QJsonObject& json);
    bool operator==(const NlbInfo&) const = default;
};

} // namespace Barista
