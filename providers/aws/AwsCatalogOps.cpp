// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsCatalogOps.h"

#include "providers/aws/AwsMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QString kRegionInfo = QStringLiteral("regionInfo");
const QString kZoneInfo = QStringLiteral("availabilityZoneInfo");
const QString kTypeSet = QStringLiteral("instanceTypeSet");
const QString kImagesSet = QStringLiteral("imagesSet");

CloudError notFound(const QString& code, const QString& message)
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, code, message);
    error.httpStatus = 400;
    return error;
}

AwsParams ownImages()
{
    AwsParams params;
    params.list(QStringLiteral("Owner"), AwsCatalogOps::imageOwners());
    params.filter(QStringLiteral("state"), { QStringLiteral("available") });
    return params;
}

} // namespace

AwsCatalogOps::AwsCatalogOps(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QStringList AwsCatalogOps::imageOwners()
{
    return { QStringLiteral("amazon"), QStringLiteral("self"), QStringLiteral("099720109477"),
        QStringLiteral("136693071363") };
}

Result<QList<ZoneInfo>> AwsCatalogOps::zones(const QString& region)
{
    const Result<AwsXmlNode> answer
        = m_session.callIn(region, QStringLiteral("DescribeAvailabilityZones"), AwsParams());
    if (!answer.ok())
        return answer.error();
    QList<ZoneInfo> out;
    for (const AwsXmlNode& zone : answer.value().items(kZoneInfo))
        out.append(AwsMapper::toZone(zone));
    return out;
}

Result<ResourcePage> AwsCatalogOps::listRegions()
{
    const Result<AwsXmlNode> answer = m_session.call(QStringLiteral("DescribeRegions"));
    if (!answer.ok())
        return answer.error();
    ResourcePage out;
    for (const AwsXmlNode& item : answer.value().items(kRegionInfo)) {
        RegionInfo region;
        region.provider = AwsMapper::provider();
        region.name = item.value(QStringLiteral("regionName"));
        region.displayName = region.name;
        if (region.name == m_connection.region) {
            const Result<QList<ZoneInfo>> own = zones(region.name);
            if (!own.ok())
                return own.error();
            region.zones = own.value();
        }
        out.items.append(region);
    }
    return out;
}

Result<Resource> AwsCatalogOps::getRegion(const QString& name)
{
    const Result<AwsXmlNode> answer
        = m_session.call(QStringLiteral("DescribeRegions"), AwsParams().list(QStringLiteral("RegionName"), { name }));
    if (!answer.ok())
        return answer.error();
    if (answer.value().items(kRegionInfo).isEmpty())
        return notFound(QStringLiteral("InvalidParameterValue"),
            QCoreApplication::translate("AwsCatalogOps", "AWS has no region \"%1\".").arg(name));
    RegionInfo region;
    region.provider = AwsMapper::provider();
    region.name = name;
    region.displayName = name;
    const Result<QList<ZoneInfo>> list = zones(name);
    if (!list.ok())
        return list.error();
    region.zones = list.value();
    return Resource(region);
}

Result<ResourcePage> AwsCatalogOps::listSpecs(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeInstanceTypes"), AwsParams(), kTypeSet, request.pageSize, request.pageToken, 5, 100);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& type : page.value().items)
        out.items.append(AwsMapper::toSpec(type, m_connection.region));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<Resource> AwsCatalogOps::getSpec(const QString& name)
{
    const Result<AwsXmlNode> answer = m_session.call(
        QStringLiteral("DescribeInstanceTypes"), AwsParams().list(QStringLiteral("InstanceType"), { name }));
    if (!answer.ok())
        return answer.error();
    const QList<AwsXmlNode> types = answer.value().items(kTypeSet);
    if (types.isEmpty())
        return notFound(QStringLiteral("InvalidInstanceType"),
            QCoreApplication::translate("AwsCatalogOps", "No instance type \"%1\" in region %2.")
                .arg(name, m_connection.region));
    return Resource(AwsMapper::toSpec(types.first(), m_connection.region));
}

Result<ResourcePage> AwsCatalogOps::listImages(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeImages"), ownImages(), kImagesSet, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& image : page.value().items)
        out.items.append(AwsMapper::toImage(image, m_connection.region));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<AwsXmlNode> AwsCatalogOps::findImage(const QString& nameOrId)
{
    AwsParams params;
    if (AwsMapper::isId(nameOrId, QStringLiteral("ami")))
        params.list(QStringLiteral("ImageId"), { nameOrId });
    else
        params = ownImages().filter(QStringLiteral("name"), { nameOrId });
    const Result<QList<AwsXmlNode>> images = m_session.all(QStringLiteral("DescribeImages"), params, kImagesSet);
    if (!images.ok())
        return images.error();
    const AwsXmlNode* newest = nullptr;
    for (const AwsXmlNode& image : images.value()) {
        // ISO 8601 UTC timestamps order as strings.
        if (!newest || image.value(QStringLiteral("creationDate")) > newest->value(QStringLiteral("creationDate")))
            newest = &image;
    }
    if (!newest)
        return notFound(QStringLiteral("InvalidAMIID.NotFound"),
            QCoreApplication::translate("AwsCatalogOps", "No image \"%1\" in region %2.")
                .arg(nameOrId, m_connection.region));
    return *newest;
}

Result<Resource> AwsCatalogOps::getImage(const QString& nameOrId)
{
    const Result<AwsXmlNode> image = findImage(nameOrId);
    if (!image.ok())
        return image.error();
    return Resource(AwsMapper::toImage(image.value(), m_connection.region));
}

} // namespace Barista
