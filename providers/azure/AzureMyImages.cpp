// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureMyImages.h"

#include "providers/azure/AzureCompute.h"
#include "providers/azure/AzureJson.h"
#include "providers/azure/AzureMapper.h"
#include "providers/azure/AzureNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Barista {

namespace {

using AzureJson::objectAt;
using AzureJson::textAt;

bool generalized(const QJsonObject& instanceView)
{
    for (const QJsonValue& v : instanceView.value(QStringLiteral("statuses")).toArray()) {
        if (textAt(v.toObject(), "code").compare(QLatin1String("OSState/generalized"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

AzureMyImages::AzureMyImages(AzureSession& session)
    : m_session(session)
{
}

MyImageInfo AzureMyImages::map(const QJsonObject& image)
{
    MyImageInfo info;
    info.iid = AzureMapper::iidOf(image);
    const QJsonObject props = objectAt(image, "properties");
    const QString source = textAt(objectAt(props, "sourceVirtualMachine"), "id");
    if (!source.isEmpty())
        info.sourceVm = Iid { AzureMapper::nameOfId(source), source };
    const QString state = textAt(props, "provisioningState");
    info.status = state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 ? QStringLiteral("Available")
                                                                                      : QStringLiteral("Unavailable");
    info.tags = AzureMapper::tagsOf(image);
    info.createdAt = QDateTime::fromString(textAt(objectAt(image, "systemData"), "createdAt"), Qt::ISODateWithMs);
    const QJsonObject os = objectAt(objectAt(props, "storageProfile"), "osDisk");
    info.extra = QJsonObject { { QStringLiteral("provisioningState"), state }, { QStringLiteral("location"), textAt(image, "location") },
        { QStringLiteral("osType"), textAt(os, "osType") }, { QStringLiteral("osState"), textAt(os, "osState") },
        { QStringLiteral("diskSizeGB"), os.value(QStringLiteral("diskSizeGB")) },
        { QStringLiteral("hyperVGeneration"), textAt(props, "hyperVGeneration") } };
    if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
        info.extra.insert(QStringLiteral("failed"), true);
    return info;
}

Result<ResourcePage> AzureMyImages::list(const ListRequest& request)
{
    const Result<AzurePage> page = azureGroupPage(m_session, imageType(), AzureApi::compute(), request);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonObject& image : page.value().items)
        out.items.append(map(image));
    out.nextPageToken = page.value().nextLink;
    return out;
}

Result<Resource> AzureMyImages::get(const QString& id)
{
    const Result<QJsonObject> image = m_session.get(m_session.resourcePath(imageType(), id), AzureApi::compute());
    if (!image.ok())
        return image.error();
    return Resource(map(image.value()));
}

Result<Resource> AzureMyImages::create(const MyImageInfo& image, const MutationContext& context)
{
    const QString source = azureIdOrName(image.sourceVm);
    if (source.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"),
            QCoreApplication::translate("AzureMyImages", "An image on Azure is made from a VM: the request needs the source VM."));
    const QString vmPath = m_session.resourcePath(AzureCompute::vmType(), source);
    // The source VM's own error (ResourceNotFound, ...) is the answer when it cannot be read.
    const Result<QJsonObject> vm = m_session.get(vmPath + QStringLiteral("?$expand=instanceView"), AzureApi::compute());
    if (!vm.ok())
        return vm.error();
    const QJsonObject view = objectAt(objectAt(vm.value(), "properties"), "instanceView");
    // Azure captures only a generalized VM, and a generalized VM never starts again: that is the
    // user's call, asked for in so many words ("generalize": true), never a side effect.
    const bool mayGeneralize = image.extra.value(QLatin1String("generalize")).toBool();
    if (!generalized(view) && !mayGeneralize)
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("VmNotGeneralized"),
            QCoreApplication::translate("AzureMyImages",
                "Azure makes an image only from a generalized VM, and a generalized VM cannot be started again. "
                "Generalize %1 yourself, or ask for it with \"generalize\": true in the image's extra fields "
                "(CLI: --body '{\"extra\":{\"generalize\":true}}').")
                .arg(image.sourceVm.nameId.isEmpty() ? source : image.sourceVm.nameId));
    const QString path = m_session.resourcePath(imageType(), image.iid.nameId);
    const Result<Done> group = m_session.ensureGroup();
    if (!group.ok())
        return group.error();
    const Result<Done> free = m_session.claim(path, AzureApi::compute(), context.idempotencyToken);
    if (!free.ok())
        return free.error();

    if (!generalized(view)) {
        const QString power = AzureMapper::powerState(view);
        if (power != QLatin1String("stopped") && power != QLatin1String("deallocated")) {
            const Result<Done> stopped = m_session.action(vmPath + QStringLiteral("/deallocate"), AzureApi::compute());
            if (!stopped.ok())
                return stopped.error();
        }
        const Result<Done> done = m_session.action(vmPath + QStringLiteral("/generalize"), AzureApi::compute());
        if (!done.ok())
            return done.error();
    }
    const QString vmId = textAt(vm.value(), "id");
    const QJsonObject tags = AzureSession::createTags(image.tags, context.tags, context.idempotencyToken);
    QJsonObject props { { QStringLiteral("sourceVirtualMachine"), QJsonObject { { QStringLiteral("id"), vmId } } } };
    // The image's generation must be the VM's (the API's default is V1).
    if (!textAt(view, "hyperVGeneration").isEmpty())
        props.insert(QStringLiteral("hyperVGeneration"), textAt(view, "hyperVGeneration"));
    const QJsonObject body { { QStringLiteral("location"), m_session.config().location }, { QStringLiteral("tags"), tags },
        { QStringLiteral("properties"), props } };
    const Result<QJsonObject> made = m_session.put(path, AzureApi::compute(), body);
    if (!made.ok())
        return made.error();
    return Resource(map(made.value()));
}

Result<Done> AzureMyImages::remove(const Iid& iid)
{
    return m_session.remove(m_session.resourcePath(imageType(), azureIdOrName(iid)), AzureApi::compute());
}

} // namespace Barista
