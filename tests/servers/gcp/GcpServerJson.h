// SPDX-License-Identifier: GPL-3.0-or-later
// Readers every part of the GCP test server applies to request and resource JSON the same way,
// kept in one place so the routes, verbs and inserts read a body alike.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Barista::GcpServerJson {

// A string field; missing reads as empty.
inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// The last segment of a URL or path: a resource's name.
inline QString last(const QString& url)
{
    return url.section(QLatin1Char('/'), -1);
}

// diskSizeGb as Compute sends it (an int64 as a JSON string), whichever form the client used.
inline QString sizeGbOf(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString::number(value.toInteger());
}

} // namespace Barista::GcpServerJson
