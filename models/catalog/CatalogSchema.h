// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace Barista {

/// The catalog database's versioned schema (PRAGMA user_version) and its migrations.
///
/// Each version is one step applied in its own transaction, in order, so a database of any
/// older version reaches the current one and a failed step leaves the previous version intact.
/// A database written by a newer Barista (a version above CURRENT_VERSION) is refused rather
/// than guessed at.
///
/// - 1: providers, regions (+ trigram FTS over names and an R*Tree over coordinates), zones,
///      spec and image name dictionaries (+ trigram FTS), specs, images, meta
/// - 2: prices, fetch_log (per-provider fetched_at for staleness)
class CatalogSchema
{
public:
    static constexpr int CURRENT_VERSION = 2;

    /// 0 for a new, empty database.
    static int version(const QSqlDatabase& db);
    /// Brings db to targetVersion (tests use an older target to build an old database).
    static bool migrate(QSqlDatabase& db, QString* error, int targetVersion = CURRENT_VERSION);
    /// The connection settings every catalog connection uses (WAL, busy timeout, cache).
    static bool configure(QSqlDatabase& db, bool writer, QString* error);
};

} // namespace Barista
