// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/ResourceStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

struct VmInfo
{
    Iid iid;
    QString zone;
    QString imageName;
    QString specName;
    Iid vpcIid;
    Iid subnetIid;
    QList<Iid> securityGroupIids;
    Iid keyPairIid;
    QString rootDiskType;
    int rootDiskSizeGb = 0; ///< 0 = the image's default
    QList<Iid> dataDiskIids;
    VmStatus status = VmStatus::Creating;
    QString vmUserName;
    QString publicIp;
    QString privateIp;
    QString sshAccessPoint; ///< "host:port"
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static VmInfo fromJson(const QJsonObject& json);
    bool operator==(const VmInfo&) const = default;
};

} // namespace Barista
