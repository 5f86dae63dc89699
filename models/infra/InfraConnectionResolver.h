// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ConnectionConfig.h"
#include "models/infra/InfraSpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

class CatalogStore;

/// Where one node group goes, as InfraConnectionResolver decided it.
struct ResolvedConnection
{
    ConnectionConfig config; ///< valid only when error is empty
    bool planned = false; ///< not in the workspace yet: create must add it first
    QString error; ///< translated; the group cannot be placed
    QStringList warnings; ///< translated

    bool ok() const { return error.isEmpty(); }
};

/// Picks the connection of each node group of a spec, without calling any cloud:
///  - connectionName given: that connection, which must exist and match the specId's
///    provider and region when the specId names them;
///  - otherwise an existing connection with the specId's provider and region, the one whose
///    zone is the group's zone first, then the first by name;
///  - otherwise a connection to add, "<provider>-<region>" in lower case, copied (driver,
///    credential, endpoint) from the first connection of that provider, zone = the group's.
///    It must pass ConnectionConfig::validationError(), and its region must be known: for the
///    sim driver to the bundled RegionCatalog (the very table the simulated cloud accepts
///    connections against), for other drivers to the CatalogStore when one is given (without
///    one the region goes unchecked, with a warning). Groups of the same provider and region
///    share one planned connection.
class InfraConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(InfraConnectionResolver)

public:
    /// existing: the workspace's connections, sorted by name (ConnectionStore::all()).
    InfraConnectionResolver(const QList<ConnectionConfig>& existing, const CatalogStore* catalog);

    ResolvedConnection resolve(const NodeGroupSpec& group);

    static QString plannedName(const QString& provider, const QString& region);

private:
    ResolvedConnection fromExplicit(const NodeGroupSpec& group) const;
    ResolvedConnection plan(const NodeGroupSpec& group, const QString& provider, const QString& region);
    QString regionError(const NodeGroupSpec& group, const ConnectionConfig& planned, QStringList* warnings) const;

    QList<ConnectionConfig> m_existing;
    const CatalogStore* m_catalog;
    struct Planned
    {
        ConnectionConfig config;
        QString copiedFrom; ///< the existing connection whose driver and credential it takes
    };
    QHash<QString, Planned> m_planned; ///< by planned name
};

} // namespace Barista
