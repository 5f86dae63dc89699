// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackCatalogOps.h"

#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {
using S = OpenStackService;
} // namespace

OpenStackCatalogOps::OpenStackCatalogOps(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

CloudError OpenStackCatalogOps::notFound(const QString& what, const QString& id) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("itemNotFound"),
        QCoreApplication::translate("OpenStackCatalogOps", "No %1 \"%2\" in region %3.").arg(what, id, m_connection.region));
    error.httpStatus = 404;
    return error;
}

Result<QList<ZoneInfo>> OpenStackCatalogOps::zones()
{
    const Result<QJsonObject> body = m_session.get(S::Compute, QStringLiteral("/os-availability-zone"));
    if (!body.ok())
        return body.error();
    QList<ZoneInfo> out;
    for (const QJsonValue& zone : body.value().value(QLatin1String("availabilityZoneInfo")).toArray())
        out.append(OpenStackMapper::toZone(zone.toObject()));
    return out;
}

Result<ResourcePage> OpenStackCatalogOps::listRegions()
{
    QList<RegionInfo> regions;
    // The token first: when Keystone refuses the credential, that refusal is the answer (one
    // request), not a reason to ask again for the catalog fallback below.
    const Result<KeystoneToken> scoped = m_session.token();
    if (!scoped.ok())
        return scoped.error();
    const Result<QJsonObject> body = m_session.get(S::Identity, QStringLiteral("/regions"));
    if (body.ok()) {
        for (const QJsonValue& region : body.value().value(QLatin1String("regions")).toArray())
            regions.append(OpenStackMapper::toRegion(region.toObject()));
    } else if (body.error().kind == CloudError::Kind::Auth) {
        // A policy that hides /v3/regions from members: the catalog still names the regions.
        const Result<KeystoneToken> token = m_session.token();
        if (!token.ok())
            return token.error();
        for (const QString& name : token.value().catalog.regions()) {
            RegionInfo region;
            region.provider = OpenStackMapper::provider();
            region.name = region.displayName = name;
            regions.append(region);
        }
    } else {
        return body.error();
    }
    // Zones come from the compute endpoint of the connection's own region only.
    const Result<QList<ZoneInfo>> ownZones = zones();
    if (!ownZones.ok())
        return ownZones.error();
    ResourcePage page;
    for (RegionInfo& region : regions) {
        if (region.name == m_connection.region)
            region.zones = ownZones.value();
        page.items.append(region);
    }
    return page;
}

Result<Resource> OpenStackCatalogOps::getRegion(const QString& name)
{
    const Result<ResourcePage> all = listRegions();
    if (!all.ok())
        return all.error();
    for (const Resource& region : all.value().items) {
        if (region.as<RegionInfo>()->name == name)
            return region;
    }
    return notFound(QStringLiteral("region"), name);
}

Result<ResourcePage> OpenStackCatalogOps::listSpecs(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(S::Compute, QStringLiteral("/flavors/detail"),
        QStringLiteral("flavors"), QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& flavor : page.value().items)
        out.items.append(OpenStackMapper::toSpec(flavor.toObject(), m_connection.region));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackCatalogOps::getSpec(const QString& nameOrId)
{
    const Result<QJsonArray> flavors
        = m_session.all(S::Compute, QStringLiteral("/flavors/detail"), QStringLiteral("flavors"));
    if (!flavors.ok())
        return flavors.error();
    for (const QJsonValue& value : flavors.value()) {
        const QJsonObject flavor = value.toObject();
        if (flavor.value(QLatin1String("name")).toString() == nameOrId
            || flavor.value(QLatin1String("id")).toString() == nameOrId)
            return Resource(OpenStackMapper::toSpec(flavor, m_connection.region));
    }
    return notFound(QStringLiteral("flavor"), nameOrId);
}

Result<ResourcePage> OpenStackCatalogOps::listImages(const ListRequest& request)
{
    // Glance's default listing is the public images plus the project's own and accepted shared ones.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
    const Result<OpenStackPage> page = m_session.page(
        S::Image, QStringLiteral("/images"), QStringLiteral("images"), query, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& image : page.value().items)
        out.items.append(OpenStackMapper::toImage(image.toObject(), m_connection.region));
    out.nextPageToken = page.value().nextMarker;
    return out;
}

Result<Resource> OpenStackCatalogOps::getImage(const QString& nameOrId)
{
    if (OpenStackMapper::looksLikeId(nameOrId)) {
        const Result<QJsonObject> image = m_session.get(S::Image, QStringLiteral("/images/") + nameOrId);
        if (!image.ok())
            return image.error();
        return Resource(OpenStackMapper::toImage(image.value(), m_connection.region));
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(nameOrId)));
    const Result<QJsonObject> body = m_session.get(S::Image, QStringLiteral("/images"), query);
    if (!body.ok())
        return body.error();
    const QJsonArray images = body.value().value(QLatin1String("images")).toArray();
    if (images.isEmpty())
        return notFound(QStringLiteral("image"), nameOrId);
    return Resource(OpenStackMapper::toImage(images.first().toObject(), m_connection.region));
}

Result<AnyCallResponse> OpenStackCatalogOps::quota()
{
    const Result<QJsonObject> body = m_session.get(S::Compute, QStringLiteral("/limits"));
    if (!body.ok())
        return body.error();
    const QJsonObject absolute
        = body.value().value(QLatin1String("limits")).toObject().value(QLatin1String("absolute")).toObject();
    const auto number = [&absolute](const char* key) {
        return QString::number(absolute.value(QLatin1String(key)).toInteger());
    };
    AnyCallResponse response;
    response.output = {
        { QStringLiteral("region"), m_connection.region },
        { QStringLiteral("vcpuLimit"), number("maxTotalCores") },
        { QStringLiteral("vcpuUsage"), number("totalCoresUsed") },
        { QStringLiteral("vmLimit"), number("maxTotalInstances") },
        { QStringLiteral("vmUsage"), number("totalInstancesUsed") },
        { QStringLiteral("ramLimitMiB"), number("maxTotalRAMSize") },
        { QStringLiteral("ramUsageMiB"), number("totalRAMUsed") },
    };
    return response;
}

} // namespace Barista
