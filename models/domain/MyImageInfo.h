// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Barista {

/// A machine image the user made from one of their VMs (Spider's MyImage).
struct MyImageInfo
{
    Iid iid;
    Iid sourceVm;
    QString status; ///< "Available", "Unavailable" (Spider's MyImageStatus)
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static MyImageInfo fromJson(const QJsonObject& json);
    bool operator==(const MyImageInfo&) const = default;
};

} // namespace Barista
