// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsMyImages.h"

#include "providers/aws/AwsCompute.h"
#include "providers/aws/AwsMapper.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QString kImagesSet = QStringLiteral("imagesSet");

AwsParams ownImages()
{
    AwsParams params;
    params.list(QStringLiteral("Owner"), { QStringLiteral("self") });
    return params;
}

} // namespace

AwsMyImages::AwsMyImages(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<ResourcePage> AwsMyImages::list(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeImages"), ownImages(), kImagesSet, request.pageSize, request.pageToken, 5, 1000);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& image : page.value().items)
        out.items.append(AwsMapper::toMyImage(image));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<QList<AwsXmlNode>> AwsMyImages::describe(const AwsParams& filters)
{
    return m_session.all(QStringLiteral("DescribeImages"), filters, kImagesSet);
}

Result<AwsXmlNode> AwsMyImages::find(const QString& id)
{
    AwsParams params = ownImages();
    if (AwsMapper::isId(id, QStringLiteral("ami")))
        params.list(QStringLiteral("ImageId"), { id });
    else
        params.filter(QStringLiteral("name"), { id });
    const Result<QList<AwsXmlNode>> images = describe(params);
    if (!images.ok())
        return images.error();
    if (images.value().isEmpty()) {
        CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidAMIID.NotFound"),
            QCoreApplication::translate("AwsMyImages", "No image of this account named \"%1\" in region %2.")
                .arg(id, m_connection.region));
        error.httpStatus = 400;
        return error;
    }
    return images.value().first();
}

Result<Resource> AwsMyImages::get(const QString& id)
{
    const Result<AwsXmlNode> image = find(id);
    if (!image.ok())
        return image.error();
    return Resource(AwsMapper::toMyImage(image.value()));
}

Result<Resource> AwsMyImages::create(const MyImageInfo& request, const MutationContext& context)
{
    if (request.sourceVm.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("MissingParameter"),
            QCoreApplication::translate("AwsMyImages", "An image needs the VM to make it from."));
    if (!context.idempotencyToken.isEmpty()) {
        AwsParams params = ownImages();
        params.filter(QStringLiteral("tag:") + AwsMapper::tokenTag(), { context.idempotencyToken });
        const Result<QList<AwsXmlNode>> found = describe(params);
        if (!found.ok())
            return found.error();
        if (!found.value().isEmpty())
            return Resource(AwsMapper::toMyImage(found.value().first()));
    }
    const Result<QString> vmId = AwsCompute(m_session, m_connection).resolveVmId(request.sourceVm);
    if (!vmId.ok())
        return vmId.error();
    const QMap<QString, QString> tags = AwsMapper::tagsFor(request.iid.nameId, request.tags, context);
    AwsParams params;
    params.add(QStringLiteral("InstanceId"), vmId.value())
        .add(QStringLiteral("Name"), request.iid.nameId)
        .add(QStringLiteral("NoReboot"), QStringLiteral("true"));
    params.tagSpecification(QStringLiteral("image"), tags).tagSpecification(QStringLiteral("snapshot"), tags);
    const Result<AwsXmlNode> made = m_session.call(QStringLiteral("CreateImage"), params);
    if (!made.ok())
        return made.error();
    return get(made.value().value(QStringLiteral("imageId")));
}

Result<Done> AwsMyImages::remove(const Iid& iid)
{
    const Result<AwsXmlNode> image = find(iid.systemId.isEmpty() ? iid.nameId : iid.systemId);
    if (!image.ok())
        return image.error();
    const QString imageId = image.value().value(QStringLiteral("imageId"));
    const Result<AwsXmlNode> gone
        = m_session.call(QStringLiteral("DeregisterImage"), AwsParams().add(QStringLiteral("ImageId"), imageId));
    if (!gone.ok())
        return gone.error();
    for (const QString& snapshot : AwsMapper::snapshotIds(image.value())) {
        const Result<AwsXmlNode> deleted
            = m_session.call(QStringLiteral("DeleteSnapshot"), AwsParams().add(QStringLiteral("SnapshotId"), snapshot));
        if (!deleted.ok() && deleted.error().kind != CloudError::Kind::NotFound)
            return deleted.error();
    }
    return Done {};
}

} // namespace Barista
