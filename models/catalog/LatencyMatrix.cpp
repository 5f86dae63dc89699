// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/LatencyMatrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>
#include <cmath>
#include <limits>

namespace Barista {

namespace {
constexpr int SCHEMA_VERSION = 1;
const char* const BUNDLED_PATH = ":/catalog/latency.json";
} // namespace

const LatencyMatrix& LatencyMatrix::bundled()
{
    static const LatencyMatrix matrix = [] {
        QFile file(QString::fromLatin1(BUNDLED_PATH));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("LatencyMatrix: cannot open %s", BUNDLED_PATH);
            return LatencyMatrix();
        }
        QString error;
        LatencyMatrix loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("LatencyMatrix: %s: %s", BUNDLED_PATH, qPrintable(error));
        return loaded;
    }();
    return matrix;
}

LatencyMatrix LatencyMatrix::fromJson(const QByteArray& json, QString* error)
{
    const auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return LatencyMatrix();
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return failed(parseError.errorString());
    if (root.value(QLatin1String("schemaVersion")).toInt() != SCHEMA_VERSION)
        return failed(QCoreApplication::translate("LatencyMatrix", "Unsupported latency matrix schema version."));

    LatencyMatrix matrix;
    const QJsonArray keys = root.value(QLatin1String("regions")).toArray();
    const QJsonArray rows = root.value(QLatin1String("matrix")).toArray();
    if (keys.isEmpty() || rows.size() != keys.size())
        return failed(QCoreApplication::translate("LatencyMatrix", "The latency matrix is not square."));
    for (const QJsonValue& key : keys) {
        matrix.m_index.insert(key.toString(), static_cast<int>(matrix.m_keys.size()));
        matrix.m_keys.append(key.toString());
    }
    matrix.m_values.reserve(keys.size() * keys.size());
    for (const QJsonValue& rowValue : rows) {
        const QJsonArray row = rowValue.toArray();
        if (row.size() != keys.size())
            return failed(QCoreApplication::translate("LatencyMatrix", "The latency matrix is not square."));
        for (const QJsonValue& cell : row)
            matrix.m_values.append(cell.isDouble() ? cell.toDouble() : std::numeric_limits<double>::quiet_NaN());
    }
    const QJsonObject estimate = root.value(QLatin1String("estimate")).toObject();
    matrix.m_baseMs = estimate.value(QLatin1String("baseMs")).toDouble();
    matrix.m_msPerKm = estimate.value(QLatin1String("msPerKm")).toDouble();
    matrix.m_sameRegionMs = estimate.value(QLatin1String("sameRegionMs")).toDouble();
    if (matrix.m_msPerKm <= 0)
        return failed(QCoreApplication::translate("LatencyMatrix", "The latency matrix has no distance estimate."));
    if (error)
        error->clear();
    return matrix;
}

QString LatencyMatrix::key(const QString& provider, const QString& region)
{
    return provider + QLatin1Char('-') + region;
}

std::optional<double> LatencyMatrix::measured(const QString& fromKey, const QString& toKey) const
{
    const auto from = m_index.constFind(fromKey);
    const auto to = m_index.constFind(toKey);
    if (from == m_index.constEnd() || to == m_index.constEnd())
        return std::nullopt;
    const double value = m_values.at(*from * m_keys.size() + *to);
    if (std::isnan(value))
        return std::nullopt;
    return value;
}

std::optional<Latency> LatencyMatrix::latency(const QString& fromKey, const QString& toKey,
    const std::optional<GeoPoint>& from, const std::optional<GeoPoint>& to) const
{
    if (const std::optional<double> value = measured(fromKey, toKey))
        return Latency { *value, false };
    if (fromKey == toKey)
        return Latency { m_sameRegionMs, true };
    if (!from || !to)
        return std::nullopt;
    return Latency { estimateMs(GeoDistance::kilometres(*from, *to)), true };
}

double LatencyMatrix::estimateMs(double kilometres) const
{
    return m_baseMs + m_msPerKm * kilometres;
}

} // namespace Barista
