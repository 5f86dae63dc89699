// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpDispatch.h"

#include "providers/common/DiskCallInput.h"
#include "providers/gcp/GcpCatalogOps.h"
#include "providers/gcp/GcpCompute.h"
#include "providers/gcp/GcpKubernetes.h"
#include "providers/gcp/GcpLoadBalancing.h"
#include "providers/gcp/GcpMachineImages.h"
#include "providers/gcp/GcpNetwork.h"
#include "providers/gcp/GcpPricing.h"
#include "providers/gcp/GcpStorage.h"

#include <QCoreApplication>

namespace Barista {

GcpDispatch::GcpDispatch(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QStringList GcpDispatch::anyCallFunctionIds()
{
    return DiskCallInput::functions();
}

CloudError GcpDispatch::unsupported(ResourceKind kind)
{
    QString message;
    switch (kind) {
    case ResourceKind::Price:
        message = QCoreApplication::translate("GcpDispatch",
            "GCP prices can only be listed (Cloud Billing Catalog), not read, created or changed one by one.");
        break;
    default:
        message = QCoreApplication::translate("GcpDispatch", "GCP does not support this operation on %1.")
                      .arg(resourceKindName(kind));
        break;
    }
    return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"), message);
}

Result<ResourcePage> GcpDispatch::list(ResourceKind kind, const ListRequest& request)
{
    switch (kind) {
    case ResourceKind::Region:
        return GcpCatalogOps(m_session, m_connection).listRegions();
    case ResourceKind::Spec:
        return GcpCatalogOps(m_session, m_connection).listSpecs(request);
    case ResourceKind::Image:
        return GcpCatalogOps(m_session, m_connection).listImages(request);
    case ResourceKind::Vpc:
        return GcpNetwork(m_session, m_connection).listVpcs(request);
    case ResourceKind::SecurityGroup:
        return GcpNetwork(m_session, m_connection).listSecurityGroups();
    case ResourceKind::KeyPair:
        return GcpCompute(m_session, m_connection).listKeyPairs();
    case ResourceKind::Vm:
        return GcpCompute(m_session, m_connection).listVms(request);
    case ResourceKind::Disk:
        return GcpStorage(m_session, m_connection).listDisks(request);
    case ResourceKind::MyImage:
        return GcpMachineImages(m_session, m_connection).list(request);
    case ResourceKind::Nlb:
        return GcpLoadBalancing(m_session, m_connection).list(request);
    case ResourceKind::Cluster:
        return GcpKubernetes(m_session, m_connection).list(request);
    case ResourceKind::Price:
        return GcpPricing(m_session, m_connection).listPrices(request);
    default:
        return unsupported(kind);
    }
}

Result<Resource> GcpDispatch::get(ResourceKind kind, const QString& id)
{
    switch (kind) {
    case ResourceKind::Region:
        return GcpCatalogOps(m_session, m_connection).getRegion(id);
    case ResourceKind::Spec:
        return GcpCatalogOps(m_session, m_connection).getSpec(id);
    case ResourceKind::Image:
        return GcpCatalogOps(m_session, m_connection).getImage(id);
    case ResourceKind::Vpc:
        return GcpNetwork(m_session, m_connection).getVpc(id);
    case ResourceKind::SecurityGroup:
        return GcpNetwork(m_session, m_connection).getSecurityGroup(id);
    case ResourceKind::KeyPair:
        return GcpCompute(m_session, m_connection).getKeyPair(id);
    case ResourceKind::Vm:
        return GcpCompute(m_session, m_connection).getVm(id);
    case ResourceKind::Disk:
        return GcpStorage(m_session, m_connection).getDisk(id);
    case ResourceKind::MyImage:
        return GcpMachineImages(m_session, m_connection).get(id);
    case ResourceKind::Nlb:
        return GcpLoadBalancing(m_session, m_connection).get(id);
    case ResourceKind::Cluster:
        return GcpKubernetes(m_session, m_connection).get(id);
    default:
        return unsupported(kind);
    }
}

Result<Resource> GcpDispatch::create(const Resource& request, const MutationContext& context)
{
    if (request.iid().nameId.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"),
            QCoreApplication::translate("GcpDispatch", "A resource to create needs a name."));
    if (const auto* vpc = request.as<VpcInfo>())
        return GcpNetwork(m_session, m_connection).createVpc(*vpc, context);
    if (const auto* group = request.as<SecurityGroupInfo>())
        return GcpNetwork(m_session, m_connection).createSecurityGroup(*group, context);
    if (const auto* key = request.as<KeyPairInfo>())
        return GcpCompute(m_session, m_connection).createKeyPair(*key, context);
    if (const auto* vm = request.as<VmInfo>())
        return GcpCompute(m_session, m_connection).createVm(*vm, context);
    if (const auto* disk = request.as<DiskInfo>())
        return GcpStorage(m_session, m_connection).createDisk(*disk, context);
    if (const auto* image = request.as<MyImageInfo>())
        return GcpMachineImages(m_session, m_connection).create(*image, context);
    if (const auto* nlb = request.as<NlbInfo>())
        return GcpLoadBalancing(m_session, m_connection).create(*nlb, context);
    if (const auto* cluster = request.as<ClusterInfo>())
        return GcpKubernetes(m_session, m_connection).create(*cluster, context);
    return unsupported(request.kind());
}

Result<Done> GcpDispatch::remove(ResourceKind kind, const Iid& iid, const MutationContext& context)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return GcpNetwork(m_session, m_connection).removeVpc(iid);
    case ResourceKind::SecurityGroup:
        return GcpNetwork(m_session, m_connection).removeSecurityGroup(iid);
    case ResourceKind::KeyPair:
        return GcpCompute(m_session, m_connection).removeKeyPair(iid);
    case ResourceKind::Vm:
        return GcpCompute(m_session, m_connection).removeVm(iid, context);
    case ResourceKind::Disk:
        return GcpStorage(m_session, m_connection).removeDisk(iid, context);
    case ResourceKind::MyImage:
        return GcpMachineImages(m_session, m_connection).remove(iid, context);
    case ResourceKind::Nlb:
        return GcpLoadBalancing(m_session, m_connection).remove(iid, context);
    case ResourceKind::Cluster:
        return GcpKubernetes(m_session, m_connection).remove(iid, context);
    default:
        return unsupported(kind);
    }
}

Result<Resource> GcpDispatch::control(
    ResourceKind kind, const Iid& iid, ControlAction action, const MutationContext& context)
{
    if (kind != ResourceKind::Vm)
        return unsupported(kind);
    return GcpCompute(m_session, m_connection).controlVm(iid, action, context);
}

Result<AnyCallResponse> GcpDispatch::anyCall(const AnyCallRequest& request)
{
    if (!DiskCallInput::handles(request.functionId))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("UnknownFunction"),
            QCoreApplication::translate("GcpDispatch", "Unknown function \"%1\"; GCP offers: %2.")
                .arg(request.functionId, anyCallFunctionIds().join(QStringLiteral(", "))));
    const Result<DiskCallInput> input = DiskCallInput::parse(request);
    if (!input.ok())
        return input.error();
    const DiskCallInput& in = input.value();
    GcpStorage storage(m_session, m_connection);
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
    response.output
        = { { QStringLiteral("disk"), info->iid.systemId }, { QStringLiteral("status"), diskStatusName(info->status) },
              { QStringLiteral("sizeGb"), QString::number(info->sizeGb) },
              { QStringLiteral("ownerVm"), info->ownerVm.systemId } };
    return response;
}

} // namespace Barista
