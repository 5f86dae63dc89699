// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/CatalogTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {
QString isoDate(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

std::optional<GeoPoint> CatalogRegion::location() const
{
    if (!hasLocation)
        return std::nullopt;
    return GeoPoint { region.latitude, region.longitude };
}

QJsonObject CatalogRegion::toJson() const
{
    QJsonObject json = region.toJson();
    json.insert(QStringLiteral("platform"), platform);
    json.insert(QStringLiteral("nameKo"), nameKo);
    json.insert(QStringLiteral("city"), city);
    json.insert(QStringLiteral("country"), country);
    json.insert(QStringLiteral("countryKo"), countryKo);
    json.insert(QStringLiteral("area"), area);
    if (!hasLocation) {
        json.insert(QStringLiteral("latitude"), QJsonValue::Null);
        json.insert(QStringLiteral("longitude"), QJsonValue::Null);
    }
    if (distanceKm)
        json.insert(QStringLiteral("distanceKm"), qRound(*distanceKm * 10) / 10.0);
    return json;
}

QJsonObject CatalogSpec::toJson() const
{
    QJsonObject json = spec.toJson();
    json.insert(QStringLiteral("id"), spec.specId());
    // Unknown is null in JSON, so that no consumer mistakes it for a free or zero-core machine.
    json.insert(QStringLiteral("vcpu"), spec.vcpu > 0 ? QJsonValue(spec.vcpu) : QJsonValue(QJsonValue::Null));
    json.insert(
        QStringLiteral("memoryGiB"), spec.memoryGiB > 0 ? QJsonValue(spec.memoryGiB) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("architecture"),
        spec.architecture.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spec.architecture));
    json.insert(QStringLiteral("gpuMemoryGiB"),
        spec.gpuMemoryGiB > 0 ? QJsonValue(spec.gpuMemoryGiB) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("diskGiB"), spec.diskGiB > 0 ? QJsonValue(spec.diskGiB) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("costPerHour"), orNull(spec.costPerHour));
    json.insert(QStringLiteral("spotCostPerHour"), orNull(spec.spotCostPerHour));
    json.insert(QStringLiteral("zone"), zone);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("fetchedAt"), isoDate(fetchedAt));
    json.insert(QStringLiteral("allRegions"), allRegions);
    json.insert(QStringLiteral("regionDisplayName"), regionDisplayName);
    json.insert(QStringLiteral("regionNameKo"), regionNameKo);
    if (distanceKm)
        json.insert(QStringLiteral("distanceKm"), qRound(*distanceKm * 10) / 10.0);
    return json;
}

QJsonObject CatalogImage::toJson() const
{
    QJsonObject json = image.toJson();
    if (image.architecture.isEmpty())
        json.insert(QStringLiteral("architecture"), QJsonValue::Null);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("fetchedAt"), isoDate(fetchedAt));
    return json;
}

QJsonObject CatalogSearchResult::toJson() const
{
    QJsonObject json;
    if (error) {
        json.insert(QStringLiteral("error"), error->message);
        json.insert(QStringLiteral("column"), error->column);
        return json;
    }
    QJsonArray regionArray;
    for (const CatalogRegion& region : regions)
        regionArray.append(region.toJson());
    QJsonArray specArray;
    for (const CatalogSpec& spec : specs)
        specArray.append(spec.toJson());
    QJsonArray imageArray;
    for (const CatalogImage& image : images)
        imageArray.append(image.toJson());
    json.insert(QStringLiteral("regions"), regionArray);
    json.insert(QStringLiteral("specs"), specArray);
    json.insert(QStringLiteral("images"), imageArray);
    if (near)
        json.insert(QStringLiteral("near"),
            QJsonObject {
                { QStringLiteral("latitude"), near->latitude }, { QStringLiteral("longitude"), near->longitude } });
    return json;
}

QString ImportProblem::toString() const
{
    return QCoreApplication::translate("CatalogImporter", "%1:%2: %3").arg(file).arg(line).arg(message);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const ImportProblem& problem : problems)
        problemArray.append(problem.toString());
    return QJsonObject {
        { QStringLiteral("file"), file },
        { QStringLiteral("format"), format },
        { QStringLiteral("rowsRead"), rowsRead },
        { QStringLiteral("rowsImported"), rowsImported },
        { QStringLiteral("rowsSkipped"), rowsSkipped },
        { QStringLiteral("recordsWritten"), recordsWritten },
        { QStringLiteral("regionsCreated"), regionsCreated },
        { QStringLiteral("problems"), problemArray },
        { QStringLiteral("ok"), ok },
        { QStringLiteral("canceled"), canceled },
        { QStringLiteral("error"), error },
    };
}

bool ProviderStats::isStale(const QString& kind, const QDateTime& now, qint64 maxAgeSecs) const
{
    const QDateTime fetched = fetchedAt.value(kind);
    return !fetched.isValid() || fetched.secsTo(now) > maxAgeSecs;
}

QJsonObject CatalogStats::toJson() const
{
    QJsonArray providerArray;
    for (const ProviderStats& provider : providers) {
        QJsonObject fetched;
        for (auto it = provider.fetchedAt.cbegin(); it != provider.fetchedAt.cend(); ++it)
            fetched.insert(it.key(), isoDate(it.value()));
        providerArray.append(QJsonObject {
            { QStringLiteral("provider"), provider.provider },
            { QStringLiteral("platform"), provider.platform },
            { QStringLiteral("regions"), provider.regions },
            { QStringLiteral("zones"), provider.zones },
            { QStringLiteral("specs"), provider.specs },
            { QStringLiteral("pricedSpecs"), provider.pricedSpecs },
            { QStringLiteral("images"), provider.images },
            { QStringLiteral("fetchedAt"), fetched },
        });
    }
    QJsonObject specSources;
    for (auto it = specsBySource.cbegin(); it != specsBySource.cend(); ++it)
        specSources.insert(it.key(), it.value());
    QJsonObject imageSources;
    for (auto it = imagesBySource.cbegin(); it != imagesBySource.cend(); ++it)
        imageSources.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("path"), path },
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("databaseBytes"), databaseBytes },
        { QStringLiteral("providers"), providerArray },
        { QStringLiteral("specsBySource"), specSources },
        { QStringLiteral("imagesBySource"), imageSources },
    };
}

} // namespace Barista
