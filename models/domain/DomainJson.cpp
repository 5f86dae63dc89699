// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/DomainJson.h"

#include <cmath>
#include <limits>

namespace Barista::DomainJson {

namespace {
QJsonValue valueOf(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key));
}
} // namespace

void read(const QJsonObject& json, const char* key, QString& out)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isString())
        out = value.toString();
}

void read(const QJsonObject& json, const char* key, int& out)
{
    const QJsonValue value = valueOf(json, key);
    if (!value.isDouble())
        return;
    const double d = value.toDouble();
    // Out-of-range or fractional numbers are wrong input, not something to truncate.
    if (std::isfinite(d) && d == std::floor(d) && d >= std::numeric_limits<int>::min()
        && d <= std::numeric_limits<int>::max())
        out = static_cast<int>(d);
}

void read(const QJsonObject& json, const char* key, qint64& out)
{
    const QJsonValue value = valueOf(json, key);
    if (!value.isDouble())
        return;
    const double d = value.toDouble();
    // 2^53 bounds the integers a JSON double holds exactly.
    constexpr double limit = 9007199254740992.0;
    if (std::isfinite(d) && d == std::floor(d) && d >= -limit && d <= limit)
        out = static_cast<qint64>(d);
}

void read(const QJsonObject& json, const char* key, double& out)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isDouble() && std::isfinite(value.toDouble()))
        out = value.toDouble();
}

void read(const QJsonObject& json, const char* key, bool& out)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isBool())
        out = value.toBool();
}

void read(const QJsonObject& json, const char* key, Iid& out)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isObject())
        out = Iid::fromJson(value.toObject());
}

void read(const QJsonObject& json, const char* key, QDateTime& out)
{
    const QJsonValue value = valueOf(json, key);
    if (!value.isString())
        return;
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (parsed.isValid())
        out = parsed.toUTC();
}

void read(const QJsonObject& json, const char* key, QMap<QString, QString>& out)
{
    const QJsonValue value = valueOf(json, key);
    if (!value.isObject())
        return;
    out.clear();
    const QJsonObject tags = value.toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
}

void read(const QJsonObject& json, const char* key, QJsonObject& out)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isObject())
        out = value.toObject();
}

void read(const QJsonObject& json, const char* key, QList<Iid>& out)
{
    readList(json, key, out);
}

std::optional<double> readPrice(const QJsonObject& json, const char* key)
{
    const QJsonValue value = valueOf(json, key);
    if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() > 0)
        return value.toDouble();
    return std::nullopt;
}

void writePrice(QJsonObject& json, const char* key, const std::optional<double>& price)
{
    if (price && std::isfinite(*price) && *price > 0)
        json.insert(QLatin1String(key), *price);
}

void writeDate(QJsonObject& json, const char* key, const QDateTime& date)
{
    if (date.isValid())
        json.insert(QLatin1String(key), date.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject tagsToJson(const QMap<QString, QString>& tags)
{
    QJsonObject object;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray iidsToJson(const QList<Iid>& iids)
{
    return listToJson(iids);
}

} // namespace Barista::DomainJson
