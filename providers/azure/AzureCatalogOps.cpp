// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureCatalogOps.h"

#include "providers/azure/AzureMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

CloudError missing(const QString& what, const QString& name)
{
    return CloudError::make(CloudError::Kind::NotFound, QStringLiteral("NotFound"),
        QCoreApplication::translate("AzureCatalogOps", "No %1 \"%2\" here.").arg(what, name));
}

QStringList namesOf(const QJsonArray& array)
{
    QStringList names;
    for (const QJsonValue& v : array)
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

AzureCatalogOps::AzureCatalogOps(AzureSession& session)
    : m_session(session)
{
}

QStringList AzureCatalogOps::imagePublishers()
{
    return { QStringLiteral("Canonical"), QStringLiteral("Debian") };
}

QString AzureCatalogOps::locationPath() const
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/%2")
        .arg(m_session.config().subscriptionId, m_session.config().location);
}

Result<ResourcePage> AzureCatalogOps::listRegions()
{
    const Result<QList<QJsonObject>> all
        = m_session.all(QStringLiteral("/subscriptions/%1/locations").arg(m_session.config().subscriptionId), AzureApi::subscriptions());
    if (!all.ok())
        return all.error();
    ResourcePage out;
    for (const QJsonObject& location : all.value()) {
        const QString type = location.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("regionType")).toString();
        if (type.isEmpty() || type == QLatin1String("Physical")) // "Logical" ones (e.g. "asia") hold no resources
            out.items.append(AzureMapper::region(location));
    }
    return out;
}

Result<Resource> AzureCatalogOps::getRegion(const QString& name)
{
    const Result<ResourcePage> all = listRegions();
    if (!all.ok())
        return all.error();
    for (const Resource& r : all.value().items) {
        if (r.as<RegionInfo>()->name == name)
            return r;
    }
    return missing(QStringLiteral("region"), name);
}

Result<ResourcePage> AzureCatalogOps::listSpecs(const ListRequest& request)
{
    const QString path = QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/skus?$filter=location eq '%2'")
                             .arg(m_session.config().subscriptionId, m_session.config().location);
    const Result<AzurePage> page = m_session.page(path, AzureApi::skus(), request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& sku : page.value().items) {
        if (sku.value(QStringLiteral("resourceType")).toString() != QLatin1String("virtualMachines"))
            continue;
        bool restricted = false;
        for (const QJsonValue& r : sku.value(QStringLiteral("restrictions")).toArray())
            restricted = restricted || r.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Location");
        if (!restricted) // a size the subscription may not use in this location is no offer
            out.items.append(AzureMapper::spec(sku, m_session.config().location));
    }
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureCatalogOps::getSpec(const QString& name)
{
    ListRequest request;
    do {
        const Result<ResourcePage> page = listSpecs(request);
        if (!page.ok())
            return page.error();
        for (const Resource& r : page.value().items) {
            if (r.as<SpecInfo>()->name.compare(name, Qt::CaseInsensitive) == 0)
                return r;
        }
        request.pageToken = page.value().nextPageToken;
    } while (!request.pageToken.isEmpty());
    return missing(QStringLiteral("VM size"), name);
}

Result<ResourcePage> AzureCatalogOps::listImages()
{
    ResourcePage out;
    const QString region = m_session.config().location;
    for (const QString& publisher : imagePublishers()) {
        const QString base = locationPath() + QStringLiteral("/publishers/") + publisher + QStringLiteral("/artifacttypes/vmimage/offers");
        const Result<QJsonArray> offers = m_session.getArray(base, AzureApi::compute());
        if (!offers.ok())
            return offers.error();
        for (const QString& offer : namesOf(offers.value())) {
            const Result<QJsonArray> skus = m_session.getArray(base + QLatin1Char('/') + offer + QStringLiteral("/skus"), AzureApi::compute());
            if (!skus.ok())
                return skus.error();
            for (const QString& sku : namesOf(skus.value())) {
                if (m_session.isCanceled())
                    return AzureSession::canceledError();
                const Result<QJsonArray> versions = m_session.getArray(
                    base + QLatin1Char('/') + offer + QStringLiteral("/skus/") + sku + QStringLiteral("/versions"), AzureApi::compute());
                if (!versions.ok())
                    return versions.error();
                if (!versions.value().isEmpty())
                    out.items.append(AzureMapper::image(publisher, offer, sku, QStringLiteral("latest"), region));
            }
        }
    }
    return out;
}

Result<Resource> AzureCatalogOps::getImage(const QString& urn)
{
    const QStringList parts = urn.split(QLatin1Char(':'));
    if (parts.size() != 4)
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidImageUrn"),
            QCoreApplication::translate("AzureCatalogOps", "\"%1\" is not an image URN (publisher:offer:sku:version).").arg(urn));
    const QString versions = locationPath() + QStringLiteral("/publishers/%1/artifacttypes/vmimage/offers/%2/skus/%3/versions")
                                                  .arg(parts[0], parts[1], parts[2]);
    if (parts[3].compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0) {
        const Result<QJsonArray> all = m_session.getArray(versions, AzureApi::compute());
        if (!all.ok())
            return all.error();
        if (all.value().isEmpty())
            return missing(QStringLiteral("image"), urn);
    } else {
        const Result<QJsonObject> one = m_session.get(versions + QLatin1Char('/') + parts[3], AzureApi::compute());
        if (!one.ok())
            return one.error();
    }
    return Resource(AzureMapper::image(parts[0], parts[1], parts[2], parts[3], m_session.config().location));
}

} // namespace Barista
