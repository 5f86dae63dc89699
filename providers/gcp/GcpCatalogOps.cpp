// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpCatalogOps.h"

#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>

namespace Barista {

GcpCatalogOps::GcpCatalogOps(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QStringList GcpCatalogOps::publicImageProjects()
{
    return { QStringLiteral("debian-cloud"), QStringLiteral("ubuntu-os-cloud") };
}

Result<ResourcePage> GcpCatalogOps::listRegions()
{
    const Result<QJsonArray> regions = m_session.all(QStringLiteral("regions"));
    if (!regions.ok())
        return regions.error();
    const Result<QJsonArray> zones = m_session.all(QStringLiteral("zones"));
    if (!zones.ok())
        return zones.error();
    ResourcePage page;
    for (const QJsonValue& regionValue : regions.value()) {
        const QJsonObject region = regionValue.toObject();
        QList<QJsonObject> own;
        for (const QJsonValue& zone : zones.value()) {
            if (GcpMapper::lastSegment(zone.toObject().value(QLatin1String("region")).toString())
                == region.value(QLatin1String("name")).toString())
                own.append(zone.toObject());
        }
        page.items.append(GcpMapper::toRegion(region, own));
    }
    return page;
}

Result<Resource> GcpCatalogOps::getRegion(const QString& name)
{
    const Result<QJsonObject> region = m_session.get(QStringLiteral("regions/") + name);
    if (!region.ok())
        return region.error();
    return Resource(GcpMapper::toRegion(region.value(), {}));
}

Result<ResourcePage> GcpCatalogOps::listSpecs(const ListRequest& request)
{
    const Result<GcpPage> page = m_session.page(
        QStringLiteral("zones/%1/machineTypes").arg(m_session.zone()), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& type : page.value().items)
        out.items.append(GcpMapper::toSpec(type.toObject(), m_session.region()));
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpCatalogOps::getSpec(const QString& name)
{
    const Result<QJsonObject> type
        = m_session.get(QStringLiteral("zones/%1/machineTypes/%2").arg(m_session.zone(), name));
    if (!type.ok())
        return type.error();
    return Resource(GcpMapper::toSpec(type.value(), m_session.region()));
}

Result<ResourcePage> GcpCatalogOps::listImages(const ListRequest& request)
{
    const QStringList projects = QStringList { m_session.project() } + publicImageProjects();
    int index = request.pageToken.section(QLatin1Char('|'), 0, 0).toInt();
    QString token = request.pageToken.section(QLatin1Char('|'), 1);
    ResourcePage out;
    while (index < projects.size()) {
        const Result<GcpPage> page = m_session.page(
            QStringLiteral("projects/%1/global/images").arg(projects.at(index)), request.pageSize, token);
        if (!page.ok())
            return page.error();
        for (const QJsonValue& image : page.value().items)
            out.items.append(GcpMapper::toImage(image.toObject(), m_session.region()));
        token = page.value().nextPageToken;
        if (token.isEmpty()) {
            ++index;
            if (index < projects.size() && request.pageSize > 0) {
                out.nextPageToken = QStringLiteral("%1|").arg(index);
                return out;
            }
        } else {
            out.nextPageToken = QStringLiteral("%1|%2").arg(index).arg(token);
            return out;
        }
    }
    return out;
}

Result<QString> GcpCatalogOps::resolveImage(const QString& nameOrUrl)
{
    const int at = nameOrUrl.indexOf(QLatin1String("projects/"));
    if (at >= 0)
        return nameOrUrl.mid(at);
    for (const QString& project : QStringList { m_session.project() } + publicImageProjects()) {
        const QString path = QStringLiteral("projects/%1/global/images/%2").arg(project, nameOrUrl);
        const Result<QJsonObject> image = m_session.getAbsolute(path);
        if (image.ok())
            return path;
        if (image.error().kind != CloudError::Kind::NotFound)
            return image.error();
    }
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("notFound"),
        QCoreApplication::translate("GcpCatalogOps", "No image \"%1\" in the project or in %2.")
            .arg(nameOrUrl, publicImageProjects().join(QStringLiteral(", "))));
    error.httpStatus = 404;
    return error;
}

Result<Resource> GcpCatalogOps::getImage(const QString& id)
{
    const Result<QString> path = resolveImage(id);
    if (!path.ok())
        return path.error();
    const Result<QJsonObject> image = m_session.getAbsolute(path.value());
    if (!image.ok())
        return image.error();
    return Resource(GcpMapper::toImage(image.value(), m_session.region()));
}

} // namespace Barista
