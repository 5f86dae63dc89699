// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "models/domain/ResourceStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Barista {

struct DiskInfo
{
    Iid iid;
    QString zone;
    QString diskType;
    int sizeGb = 0;
    DiskStatus status = DiskStatus::Creating;
    Iid ownerVm; ///< the VM it is attached to, empty when Available
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static DiskInfo fromJson(const QJsonObject& json);
    bool operator==(const DiskInfo&) const = default;
};

} // namespace Barista
