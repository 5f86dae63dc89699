// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/GeoDistance.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Barista {

/// Round-trip latency between two regions.
struct Latency
{
    double ms = 0;
    bool estimated = false; ///< true when not measured: derived from the great-circle distance
};

/// Tumblebug's measured region-to-region latency matrix (resources/catalog/latency.json, from
/// cloudlatencymap.csv), keyed "provider-region" as in the CSV ("aws-ap-northeast-2"). The matrix
/// is directional (measurements differ slightly per direction). Pairs it lacks are estimated as
/// baseMs + msPerKm * distance, a least-squares fit over the measured pairs stored in the file.
/// Immutable after loading, so it is safe to read from any thread.
class LatencyMatrix
{
public:
    /// The matrix compiled into the product, loaded once.
    static const LatencyMatrix& bundled();
    static LatencyMatrix fromJson(const QByteArray& json, QString* error = nullptr);

    static QString key(const QString& provider, const QString& region);

    /// The measured value, if the matrix has the pair.
    std::optional<double> measured(const QString& fromKey, const QString& toKey) const;
    /// Measured when available, else estimated from the coordinates; nullopt when neither is possible
    /// (a coordinate is unknown).
    std::optional<Latency> latency(const QString& fromKey, const QString& toKey, const std::optional<GeoPoint>& from,
        const std::optional<GeoPoint>& to) const;
    double estimateMs(double kilometres) const;

    QList<QString> regionKeys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QList<QString> m_keys;
    QHash<QString, int> m_index;
    QList<double> m_values; ///< row-major; NaN = not measured
    double m_baseMs = 0;
    double m_msPerKm = 0;
    double m_sameRegionMs = 0;
};

} // namespace Barista
