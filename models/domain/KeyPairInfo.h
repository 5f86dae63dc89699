// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Barista {

/// An SSH key pair as the cloud knows it. The private key never lives here: it goes to the
/// SecretStore, and only a reference to it may be stored.
struct KeyPairInfo
{
    Iid iid;
    QString fingerprint;
    QString publicKey;
    QString vmUserName;
    QMap<QString, QString> tags;
    QDateTime createdAt;
    QJsonObject extra;

    QJsonObject toJson() const;
    static KeyPairInfo fromJson(const QJsonObject& json);
    bool operator==(const KeyPairInfo&) const = default;
};

} // namespace Barista
