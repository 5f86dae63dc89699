// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Barista {

/// The service catalog of a Keystone v3 token: finds a service's endpoint by type, region
/// and interface, and knows the types' historical aliases (block-storage = volumev3 = volume).
class KeystoneCatalog final
{
public:
    KeystoneCatalog() = default;
    explicit KeystoneCatalog(QJsonArray catalog)
        : m_catalog(std::move(catalog))
    {
    }

    /// The endpoint URL of the first catalog service whose type is serviceType or one of its
    /// aliases, in region (region or region_id; any region when empty) for interface.
    std::optional<QUrl> endpoint(const QString& serviceType, const QString& region, const QString& interface) const;
    bool hasService(const QString& serviceType) const;
    /// The region ids the catalog mentions, in order of first appearance.
    QStringList regions() const;

    static QStringList aliases(const QString& serviceType);
    const QJsonArray& json() const { return m_catalog; }

private:
    QJsonArray m_catalog;
};

} // namespace Barista
