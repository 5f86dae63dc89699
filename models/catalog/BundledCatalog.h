// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogInserter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QSqlDatabase;

namespace Barista {

/// The catalog compiled into the product (resources/catalog: regions.json, region_names_ko.json,
/// specs.json) and its import into a catalog database. The import runs on first open and again
/// whenever the bundled files change (their fingerprint is kept in the meta table), in one
/// transaction.
class BundledCatalog
{
public:
    /// Korean name, city, country and area of every bundled region, keyed entry + '\n' + region.
    static const QHash<QString, RegionNames>& regionNames();
    static RegionNames regionNames(const QString& entry, const QString& region);
    /// A hash of the bundled files.
    static QByteArray fingerprint();

    /// Imports when the database does not hold this bundle yet (or always, with force).
    /// *imported says whether anything was written.
    static bool importInto(QSqlDatabase& db, bool force, bool* imported, QString* error);

private:
    static QByteArray resource(const char* name);
};

} // namespace Barista
