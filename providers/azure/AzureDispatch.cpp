// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/azure/AzureDispatch.h"

#include "providers/azure/AzureCatalogOps.h"
#include "providers/azure/AzureCompute.h"
#include "providers/azure/AzureKubernetes.h"
#include "providers/azure/AzureLoadBalancing.h"
#include "providers/azure/AzureMyImages.h"
#include "providers/azure/AzureNetwork.h"
#include "providers/azure/AzurePricing.h"
#include "providers/azure/AzureStorage.h"
#include "providers/common/DiskCallInput.h"

#include <QCoreApplication>

namespace Barista {

AzureDispatch::AzureDispatch(AzureSession& session)
    : m_session(session)
{
}

QStringList AzureDispatch::anyCallFunctionIds()
{
    return DiskCallInput::functions();
}

CloudError AzureDispatch::unsupported(ResourceKind kind)
{
    const QString message = QCoreApplication::translate("AzureDispatch", "Azure does not support this operation on %1.")
                                .arg(resourceKindName(kind));
    return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"), message);
}

Result<ResourcePage> AzureDispatch::list(ResourceKind kind, const ListRequest& request)
{
    switch (kind) {
    case ResourceKind::Region:
        return AzureCatalogOps(m_session).listRegions();
    case ResourceKind::Spec:
        return AzureCatalogOps(m_session).listSpecs(request);
    case ResourceKind::Image:
        return AzureCatalogOps(m_session).listImages();
    case ResourceKind::Vpc:
        return AzureNetwork(m_session).listVpcs(request);
    case ResourceKind::SecurityGroup:
        return AzureNetwork(m_session).listSecurityGroups(request);
    case ResourceKind::KeyPair:
        return AzureCompute(m_session).listKeyPairs(request);
    case ResourceKind::Vm:
        return AzureCompute(m_session).listVms(request);
    case ResourceKind::Disk:
        return AzureStorage(m_session).listDisks(request);
    case ResourceKind::MyImage:
        return AzureMyImages(m_session).list(request);
    case ResourceKind::Nlb:
        return AzureLoadBalancing(m_session).list(request);
    case ResourceKind::Cluster:
        return AzureKubernetes(m_session).list(request);
    case ResourceKind::Price:
        return AzurePricing(m_session).list(request);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AzureDispatch::get(ResourceKind kind, const QString& id)
{
    switch (kind) {
    case ResourceKind::Region:
        return AzureCatalogOps(m_session).getRegion(id);
    case ResourceKind::Spec:
        return AzureCatalogOps(m_session).getSpec(id);
    case ResourceKind::Image:
        return AzureCatalogOps(m_session).getImage(id);
    case ResourceKind::Vpc:
        return AzureNetwork(m_session).getVpc(id);
    case ResourceKind::SecurityGroup:
        return AzureNetwork(m_session).getSecurityGroup(id);
    case ResourceKind::KeyPair:
        return AzureCompute(m_session).getKeyPair(id);
    case ResourceKind::Vm:
        return AzureCompute(m_session).getVm(id);
    case ResourceKind::Disk:
        return AzureStorage(m_session).getDisk(id);
    case ResourceKind::MyImage:
        return AzureMyImages(m_session).get(id);
    case ResourceKind::Nlb:
        return AzureLoadBalancing(m_session).get(id);
    case ResourceKind::Cluster:
        return AzureKubernetes(m_session).get(id);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AzureDispatch::create(const Resource& request, const MutationContext& context)
{
    if (request.iid().nameId.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameter"),
            QCoreApplication::translate("AzureDispatch", "A resource to create needs a name."));
    if (const auto* vpc = request.as<VpcInfo>())
        return AzureNetwork(m_session).createVpc(*vpc, context);
    if (const auto* group = request.as<SecurityGroupInfo>())
        return AzureNetwork(m_session).createSecurityGroup(*group, context);
    if (const auto* key = request.as<KeyPairInfo>())
        return AzureCompute(m_session).createKeyPair(*key, context);
    if (const auto* vm = request.as<VmInfo>())
        return AzureCompute(m_session).createVm(*vm, context);
    if (const auto* disk = request.as<DiskInfo>())
        return AzureStorage(m_session).createDisk(*disk, context);
    if (const auto* image = request.as<MyImageInfo>())
        return AzureMyImages(m_session).create(*image, context);
    if (const auto* nlb = request.as<NlbInfo>())
        return AzureLoadBalancing(m_session).create(*nlb, context);
    if (const auto* cluster = request.as<ClusterInfo>())
        return AzureKubernetes(m_session).create(*cluster, context);
    return unsupported(request.kind());
}

Result<Done> AzureDispatch::remove(ResourceKind kind, const Iid& iid)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return AzureNetwork(m_session).removeVpc(iid);
    case ResourceKind::SecurityGroup:
        return AzureNetwork(m_session).removeSecurityGroup(iid);
    case ResourceKind::KeyPair:
        return AzureCompute(m_session).removeKeyPair(iid);
    case ResourceKind::Vm:
        return AzureCompute(m_session).removeVm(iid);
    case ResourceKind::Disk:
        return AzureStorage(m_session).removeDisk(iid);
    case ResourceKind::MyImage:
        return AzureMyImages(m_session).remove(iid);
    case ResourceKind::Nlb:
        return AzureLoadBalancing(m_session).remove(iid);
    case ResourceKind::Cluster:
        return AzureKubernetes(m_session).remove(iid);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AzureDispatch::control(ResourceKind kind, const Iid& iid, ControlAction action)
{
    if (kind != ResourceKind::Vm)
        return unsupported(kind);
    return AzureCompute(m_session).controlVm(iid, action);
}

Result<AnyCallResponse> AzureDispatch::anyCall(const AnyCallRequest& request)
{
    if (!DiskCallInput::handles(request.functionId))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("UnknownFunction"),
            QCoreApplication::translate("AzureDispatch", "Unknown function \"%1\"; Azure offers: %2.")
                .arg(request.functionId, anyCallFunctionIds().join(QStringLiteral(", "))));
    const Result<DiskCallInput> input = DiskCallInput::parse(request);
    if (!input.ok())
        return input.error();
    const DiskCallInput& in = input.value();
    AzureStorage storage(m_session);
    Result<Resource> disk = CloudError();
    if (in.functionId == QLatin1String("AttachDisk"))
        disk = storage.attachDisk(in.disk, in.vm);
    else if (in.functionId == QLatin1String("DetachDisk"))
        disk = storage.detachDisk(in.disk, in.vm);
    else
        disk = storage.resizeDisk(in.disk, in.sizeGb);
    if (!disk.ok())
        return disk.error();
    const DiskInfo* info = disk.value().as<DiskInfo>();
    AnyCallResponse response;
    response.output = { { QStringLiteral("disk"), info->iid.systemId }, { QStringLiteral("status"), diskStatusName(info->status) },
        { QStringLiteral("sizeGb"), QString::number(info->sizeGb) }, { QStringLiteral("ownerVm"), info->ownerVm.systemId } };
    return response;
}

} // namespace Barista
