// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>
#include <utility>

namespace Barista::DomainJson {

// Shared by the domain value types' toJson/fromJson. Every read* leaves `out` untouched
// when the key is missing or holds the wrong JSON type, so a struct's defaults survive
// sloppy input instead of turning into zeros or crashes.

void read(const QJsonObject& json, const char* key, QString& out);
void read(const QJsonObject& json, const char* key, int& out);
void read(const QJsonObject& json, const char* key, qint64& out);
void read(const QJsonObject& json, const char* key, double& out);
void read(const QJsonObject& json, const char* key, bool& out);
void read(const QJsonObject& json, const char* key, Iid& out);
void read(const QJsonObject& json, const char* key, QDateTime& out);
void read(const QJsonObject& json, const char* key, QMap<QString, QString>& out);
void read(const QJsonObject& json, const char* key, QJsonObject& out);
void read(const QJsonObject& json, const char* key, QList<Iid>& out);

/// A price: only a positive finite number counts, because "unknown" must never read as 0.
std::optional<double> readPrice(const QJsonObject& json, const char* key);
void writePrice(QJsonObject& json, const char* key, const std::optional<double>& price);

/// ISO-8601 in UTC with milliseconds; an invalid date is left out.
void writeDate(QJsonObject& json, const char* key, const QDateTime& date);

QJsonObject tagsToJson(const QMap<QString, QString>& tags);
QJsonArray iidsToJson(const QList<Iid>& iids);

template <typename T> QJsonArray listToJson(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

/// Reads an array of objects; non-object elements are skipped.
template <typename T> void readList(const QJsonObject& json, const char* key, QList<T>& out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isArray())
        return;
    out.clear();
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isObject())
            out.append(T::fromJson(item.toObject()));
    }
}

/// Reads an enum stored by name through its fromName function.
template <typename E, typename FromName>
void readEnum(const QJsonObject& json, const char* key, E& out, FromName fromName)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isString())
        return;
    if (const std::optional<E> parsed = fromName(value.toString()))
        out = *parsed;
}

/// Wire name of an enum value from a {value, name} table.
template <typename E, std::size_t N> QString nameOf(const std::pair<E, const char*> (&table)[N], E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QLatin1String(name);
    }
    return QString();
}

/// The value for a wire name; case-insensitive and trimmed, because drivers and users are not
/// consistent ("running", "RUNNING", " vm").
template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char*> (&table)[N], const QString& name)
{
    const QString wanted = name.trimmed();
    for (const auto& [e, n] : table) {
        if (wanted.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace Barista::DomainJson
