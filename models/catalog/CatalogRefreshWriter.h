// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/CatalogTypes.h"
#include "models/domain/ImageInfo.h"
#include "models/domain/PriceInfo.h"
#include "models/domain/RegionInfo.h"
#include "models/domain/SpecInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Barista {

/// Applies a provider refresh (what a CloudProvider listed) to the catalog, incrementally and in
/// one transaction per call: rows are compared with what is stored, so the result says how many
/// were inserted, updated, unchanged or deleted, and the provider's fetch time is recorded for
/// the staleness indicator. Runs on the writer thread.
class CatalogRefreshWriter
{
public:
    /// The listed specs are the provider's whole offer in the regions they name: other rows of
    /// the provider in those regions are deleted.
    static CatalogWriteResult replaceSpecs(QSqlDatabase& db, const QString& provider, const QList<SpecInfo>& specs,
        const QString& source, const QDateTime& fetchedAt);
    static CatalogWriteResult replaceImages(QSqlDatabase& db, const QString& provider, const QList<ImageInfo>& images,
        const QString& source, const QDateTime& fetchedAt);
    static CatalogWriteResult upsertRegions(QSqlDatabase& db, const QString& provider, const QList<RegionInfo>& regions,
        const QString& source, const QDateTime& fetchedAt);
    static CatalogWriteResult upsertPrices(QSqlDatabase& db, const QList<PriceInfo>& prices, const QString& source);
};

} // namespace Barista
