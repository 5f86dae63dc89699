// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsDispatch.h"

#include "providers/aws/AwsCatalogOps.h"
#include "providers/aws/AwsCompute.h"
#include "providers/aws/AwsKubernetes.h"
#include "providers/aws/AwsLoadBalancing.h"
#include "providers/aws/AwsMapper.h"
#include "providers/aws/AwsMyImages.h"
#include "providers/aws/AwsNetwork.h"
#include "providers/aws/AwsPricing.h"
#include "providers/aws/AwsStorage.h"
#include "providers/common/DiskCallInput.h"

#include <QCoreApplication>

namespace Barista {

namespace {

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"), message);
}

Iid iidOf(const QString& idOrName, const QString& prefix)
{
    return AwsMapper::isId(idOrName, prefix) ? Iid { QString(), idOrName } : Iid { idOrName, QString() };
}

Result<AnyCallResponse> diskAnswer(const Result<Resource>& disk)
{
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

} // namespace

AwsDispatch::AwsDispatch(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QStringList AwsDispatch::anyCallFunctionIds()
{
    return DiskCallInput::functions();
}

CloudError AwsDispatch::unsupported(ResourceKind kind)
{
    QString message;
    switch (kind) {
    default:
        message = QCoreApplication::translate("AwsDispatch", "AWS does not support this operation on %1.")
                      .arg(resourceKindName(kind));
        break;
    }
    return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"), message);
}

Result<ResourcePage> AwsDispatch::list(ResourceKind kind, const ListRequest& request)
{
    switch (kind) {
    case ResourceKind::Region:
        return AwsCatalogOps(m_session, m_connection).listRegions();
    case ResourceKind::Spec:
        return AwsCatalogOps(m_session, m_connection).listSpecs(request);
    case ResourceKind::Image:
        return AwsCatalogOps(m_session, m_connection).listImages(request);
    case ResourceKind::Vpc:
        return AwsNetwork(m_session, m_connection).listVpcs(request);
    case ResourceKind::SecurityGroup:
        return AwsNetwork(m_session, m_connection).listSecurityGroups(request);
    case ResourceKind::KeyPair:
        return AwsCompute(m_session, m_connection).listKeyPairs();
    case ResourceKind::Vm:
        return AwsCompute(m_session, m_connection).listVms(request);
    case ResourceKind::Disk:
        return AwsStorage(m_session, m_connection).listDisks(request);
    case ResourceKind::Price:
        return AwsPricing(m_session, m_connection).listPrices(request);
    case ResourceKind::MyImage:
        return AwsMyImages(m_session, m_connection).list(request);
    case ResourceKind::Nlb:
        return AwsLoadBalancing(m_session, m_connection).list(request);
    case ResourceKind::Cluster:
        return AwsKubernetes(m_session, m_connection).list(request);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AwsDispatch::get(ResourceKind kind, const QString& id)
{
    switch (kind) {
    case ResourceKind::Region:
        return AwsCatalogOps(m_session, m_connection).getRegion(id);
    case ResourceKind::Spec:
        return AwsCatalogOps(m_session, m_connection).getSpec(id);
    case ResourceKind::Image:
        return AwsCatalogOps(m_session, m_connection).getImage(id);
    case ResourceKind::Vpc:
        return AwsNetwork(m_session, m_connection).getVpc(id);
    case ResourceKind::SecurityGroup:
        return AwsNetwork(m_session, m_connection).getSecurityGroup(id);
    case ResourceKind::KeyPair:
        return AwsCompute(m_session, m_connection).getKeyPair(id);
    case ResourceKind::Vm:
        return AwsCompute(m_session, m_connection).getVm(id);
    case ResourceKind::Disk:
        return AwsStorage(m_session, m_connection).getDisk(id);
    case ResourceKind::MyImage:
        return AwsMyImages(m_session, m_connection).get(id);
    case ResourceKind::Nlb:
        return AwsLoadBalancing(m_session, m_connection).get(id);
    case ResourceKind::Cluster:
        return AwsKubernetes(m_session, m_connection).get(id);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AwsDispatch::create(const Resource& request, const MutationContext& context)
{
    if (request.iid().nameId.isEmpty())
        return invalid(QCoreApplication::translate("AwsDispatch", "A resource to create needs a name."));
    if (const auto* vpc = request.as<VpcInfo>())
        return AwsNetwork(m_session, m_connection).createVpc(*vpc, context);
    if (const auto* group = request.as<SecurityGroupInfo>())
        return AwsNetwork(m_session, m_connection).createSecurityGroup(*group, context);
    if (const auto* key = request.as<KeyPairInfo>())
        return AwsCompute(m_session, m_connection).createKeyPair(*key, context);
    if (const auto* vm = request.as<VmInfo>())
        return AwsCompute(m_session, m_connection).createVm(*vm, context);
    if (const auto* disk = request.as<DiskInfo>())
        return AwsStorage(m_session, m_connection).createDisk(*disk, context);
    if (const auto* image = request.as<MyImageInfo>())
        return AwsMyImages(m_session, m_connection).create(*image, context);
    if (const auto* nlb = request.as<NlbInfo>())
        return AwsLoadBalancing(m_session, m_connection).create(*nlb, context);
    if (const auto* cluster = request.as<ClusterInfo>())
        return AwsKubernetes(m_session, m_connection).create(*cluster, context);
    return unsupported(request.kind());
}

Result<Done> AwsDispatch::remove(ResourceKind kind, const Iid& iid)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return AwsNetwork(m_session, m_connection).removeVpc(iid);
    case ResourceKind::SecurityGroup:
        return AwsNetwork(m_session, m_connection).removeSecurityGroup(iid);
    case ResourceKind::KeyPair:
        return AwsCompute(m_session, m_connection).removeKeyPair(iid);
    case ResourceKind::Vm:
        return AwsCompute(m_session, m_connection).removeVm(iid);
    case ResourceKind::Disk:
        return AwsStorage(m_session, m_connection).removeDisk(iid);
    case ResourceKind::MyImage:
        return AwsMyImages(m_session, m_connection).remove(iid);
    case ResourceKind::Nlb:
        return AwsLoadBalancing(m_session, m_connection).remove(iid);
    case ResourceKind::Cluster:
        return AwsKubernetes(m_session, m_connection).remove(iid);
    default:
        return unsupported(kind);
    }
}

Result<Resource> AwsDispatch::control(ResourceKind kind, const Iid& iid, ControlAction action)
{
    if (kind != ResourceKind::Vm)
        return unsupported(kind);
    return AwsCompute(m_session, m_connection).controlVm(iid, action);
}

Result<AnyCallResponse> AwsDispatch::anyCall(const AnyCallRequest& request)
{
    if (!DiskCallInput::handles(request.functionId))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("UnknownFunction"),
            QCoreApplication::translate("AwsDispatch", "Unknown function \"%1\"; AWS offers: %2.")
                .arg(request.functionId, anyCallFunctionIds().join(QStringLiteral(", "))));
    const Result<DiskCallInput> parsed = DiskCallInput::parse(request);
    if (!parsed.ok())
        return parsed.error();
    const DiskCallInput& input = parsed.value();
    AwsStorage storage(m_session, m_connection);
    const Iid disk = iidOf(input.disk, QStringLiteral("vol"));
    const Iid vm = input.vm.isEmpty() ? Iid() : iidOf(input.vm, QStringLiteral("i"));
    if (input.functionId == QLatin1String("AttachDisk"))
        return diskAnswer(storage.attachDisk(disk, vm));
    if (input.functionId == QLatin1String("DetachDisk"))
        return diskAnswer(storage.detachDisk(disk, vm));
    return diskAnswer(storage.resizeDisk(disk, input.sizeGb));
}

} // namespace Barista
