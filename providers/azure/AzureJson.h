// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Barista::AzureJson {

/// ARM bodies nest everything under objects ("properties", "sku", ...): a missing key reads as
/// empty, which the callers treat as "the cloud did not say".
inline QJsonObject objectAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

inline QString textAt(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace Barista::AzureJson
