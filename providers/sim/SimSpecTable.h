// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ImageInfo.h"
#include "models/domain/PriceInfo.h"
#include "models/domain/SpecInfo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Barista {

/// The sim's built-in offer per provider: real instance type names with their real vCPU and
/// memory (and list prices where we know them), a few real public images, and the disk types
/// the provider accepts. Identical in every region of a provider, which is close enough for
/// a simulated cloud; the console's own catalog carries the real per-region data.
class SimSpecTable
{
public:
    static QList<SpecInfo> specs(const QString& provider, const QString& region);
    static std::optional<SpecInfo> spec(const QString& provider, const QString& region, const QString& name);
    static QList<ImageInfo> images(const QString& provider, const QString& region);
    /// One price point per spec that has a list price.
    static QList<PriceInfo> prices(const QString& provider, const QString& region);

    /// Data disk types, the default first (Spider's cloudos_meta "disktype").
    static QStringList diskTypes(const QString& provider);
    /// The user name the provider's images log in with (Cloud-Barista uses "cb-user").
    static QString defaultVmUser(const QString& provider);
    /// A managed Kubernetes version the provider offers.
    static QString defaultClusterVersion(const QString& provider);
    static QString currency(const QString& provider);
};

} // namespace Barista
