// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Barista {

/// A public machine image offered in a region.
struct ImageInfo
{
    QString provider;
    QString region;
    QString id;   ///< the provider's image id ("ami-…", a URN, a self link)
    QString name;
    QString osType;         ///< "Linux" or "Windows"
    QString osDistribution; ///< "Ubuntu", "Rocky Linux", ...
    QString osVersion;      ///< "22.04"
    QString architecture = QStringLiteral("x86_64");
    bool gpuReady = false;
    bool k8sReady = false;
    QString status = QStringLiteral("Available");

    QJsonObject toJson() const;
    static ImageInfo fromJson(const QJsonObject& json);
    bool operator==(const ImageInfo&) const = default;
};

} // namespace Barista
