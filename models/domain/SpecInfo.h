// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Barista {

/// A VM spec (instance type) offered in a region. Prices are optional: an unknown price
/// is "unknown", never 0.
struct SpecInfo
{
    QString provider;
    QString region;
    QString name; ///< the provider's own spec name ("t3.large")
    int vcpu = 0;
    double memoryGiB = 0;
    QString architecture = QStringLiteral("x86_64");
    QString gpuModel;
    int gpuCount = 0;
    double gpuMemoryGiB = 0;
    int diskGiB = 0;
    std::optional<double> costPerHour;
    std::optional<double> spotCostPerHour;
    QString currency = QStringLiteral("USD");

    /// Cloud-Barista's spec id: "provider+region+spec".
    QString specId() const;

    QJsonObject toJson() const;
    static SpecInfo fromJson(const QJsonObject& json);
    bool operator==(const SpecInfo&) const = default;
};

} // namespace Barista
