// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackDispatch.h"

#include "providers/common/DiskCallInput.h"
#include "providers/openstack/OpenStackCatalogOps.h"
#include "providers/openstack/OpenStackCompute.h"
#include "providers/openstack/OpenStackKubernetes.h"
#include "providers/openstack/OpenStackLoadBalancing.h"
#include "providers/openstack/OpenStackMapper.h"
#include "providers/openstack/OpenStackNetwork.h"
#include "providers/openstack/OpenStackStorage.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QLatin1String kGetQuota("GetQuota");

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"), message);
}

Iid iidOf(const QString& idOrName)
{
    return OpenStackMapper::looksLikeId(idOrName) ? Iid { QString(), idOrName } : Iid { idOrName, QString() };
}

Result<AnyCallResponse> diskAnswer(const Result<Resource>& disk)
{
    if (!disk.ok())
        return disk.error();
    const DiskInfo* info = disk.value().as<DiskInfo>();
    AnyCallResponse response;
    response.output = { { QStringLiteral("disk"), info->iid.systemId },
        { QStringLiteral("status"), diskStatusName(info->status) },
        { QStringLiteral("sizeGb"), QString::number(info->sizeGb) },
        { QStringLiteral("ownerVm"), info->ownerVm.systemId } };
    return response;
}

/// Done when the catalog lists Octavia; the token's own error (auth, network) otherwise, so a
/// wrong password is not reported as a missing service.
Result<Done> octavia(OpenStackSession& session)
{
    const Result<KeystoneToken> token = session.token();
    if (!token.ok())
        return token.error();
    if (!token.value().catalog.hasService(openStackServiceType(OpenStackService::LoadBalancer)))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"),
            QCoreApplication::translate("OpenStackDispatch", "This OpenStack cloud has no load-balancer service (Octavia)."));
    return Done {};
}

/// Done when the catalog lists Magnum (container-infra); like octavia() otherwise.
Result<Done> magnum(OpenStackSession& session)
{
    const Result<KeystoneToken> token = session.token();
    if (!token.ok())
        return token.error();
    if (!token.value().catalog.hasService(openStackServiceType(OpenStackService::ContainerInfra)))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"),
            QCoreApplication::translate("OpenStackDispatch", "This OpenStack cloud has no Kubernetes service (Magnum)."));
    return Done {};
}

} // namespace

OpenStackDispatch::OpenStackDispatch(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QStringList OpenStackDispatch::anyCallFunctionIds()
{
    return QStringList { kGetQuota } + DiskCallInput::functions();
}

CloudError OpenStackDispatch::unsupported(ResourceKind kind)
{
    QString message;
    if (kind == ResourceKind::Cluster && !m_session.hasService(OpenStackService::ContainerInfra)) {
        message = QCoreApplication::translate("OpenStackDispatch", "This OpenStack cloud has no Kubernetes service (Magnum).");
    } else if (kind == ResourceKind::Price) {
        message = QCoreApplication::translate("OpenStackDispatch", "OpenStack has no price list API.");
    } else {
        message = QCoreApplication::translate("OpenStackDispatch", "OpenStack does not support this operation on %1.")
                      .arg(resourceKindName(kind));
    }
    return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("Unsupported"), message);
}

Result<ResourcePage> OpenStackDispatch::list(ResourceKind kind, const ListRequest& request)
{
    switch (kind) {
    case ResourceKind::Region:
        return OpenStackCatalogOps(m_session, m_connection).listRegions();
    case ResourceKind::Spec:
        return OpenStackCatalogOps(m_session, m_connection).listSpecs(request);
    case ResourceKind::Image:
        return OpenStackCatalogOps(m_session, m_connection).listImages(request);
    case ResourceKind::Vpc:
        return OpenStackNetwork(m_session, m_connection).listVpcs(request);
    case ResourceKind::SecurityGroup:
        return OpenStackNetwork(m_session, m_connection).listSecurityGroups(request);
    case ResourceKind::KeyPair:
        return OpenStackCompute(m_session, m_connection).listKeyPairs(request);
    case ResourceKind::Vm:
        return OpenStackCompute(m_session, m_connection).listVms(request);
    case ResourceKind::Disk:
        return OpenStackStorage(m_session, m_connection).listDisks(request);
    case ResourceKind::MyImage:
        return OpenStackStorage(m_session, m_connection).listMyImages(request);
    case ResourceKind::Nlb:
        if (const Result<Done> ready = octavia(m_session); !ready.ok())
            return ready.error();
        return OpenStackLoadBalancing(m_session, m_connection).listNlbs(request);
    case ResourceKind::Cluster:
        if (const Result<Done> ready = magnum(m_session); !ready.ok())
            return ready.error();
        return OpenStackKubernetes(m_session, m_connection).list(request);
    default:
        return unsupported(kind);
    }
}

Result<Resource> OpenStackDispatch::get(ResourceKind kind, const QString& id)
{
    switch (kind) {
    case ResourceKind::Region:
        return OpenStackCatalogOps(m_session, m_connection).getRegion(id);
    case ResourceKind::Spec:
        return OpenStackCatalogOps(m_session, m_connection).getSpec(id);
    case ResourceKind::Image:
        return OpenStackCatalogOps(m_session, m_connection).getImage(id);
    case ResourceKind::Vpc:
        return OpenStackNetwork(m_session, m_connection).getVpc(id);
    case ResourceKind::SecurityGroup:
        return OpenStackNetwork(m_session, m_connection).getSecurityGroup(id);
    case ResourceKind::KeyPair:
        return OpenStackCompute(m_session, m_connection).getKeyPair(id);
    case ResourceKind::Vm:
        return OpenStackCompute(m_session, m_connection).getVm(id);
    case ResourceKind::Disk:
        return OpenStackStorage(m_session, m_connection).getDisk(id);
    case ResourceKind::MyImage:
        return OpenStackStorage(m_session, m_connection).getMyImage(id);
    case ResourceKind::Nlb:
        if (const Result<Done> ready = octavia(m_session); !ready.ok())
            return ready.error();
        return OpenStackLoadBalancing(m_session, m_connection).getNlb(id);
    case ResourceKind::Cluster:
        if (const Result<Done> ready = magnum(m_session); !ready.ok())
            return ready.error();
        return OpenStackKubernetes(m_session, m_connection).get(id);
    default:
        return unsupported(kind);
    }
}

Result<Resource> OpenStackDispatch::create(const Resource& request, const MutationContext& context)
{
    if (request.iid().nameId.isEmpty())
        return invalid(QCoreApplication::translate("OpenStackDispatch", "A resource to create needs a name."));
    if (const auto* vpc = request.as<VpcInfo>())
        return OpenStackNetwork(m_session, m_connection).createVpc(*vpc, context);
    if (const auto* group = request.as<SecurityGroupInfo>())
        return OpenStackNetwork(m_session, m_connection).createSecurityGroup(*group, context);
    if (const auto* key = request.as<KeyPairInfo>())
        return OpenStackCompute(m_session, m_connection).createKeyPair(*key);
    if (const auto* vm = request.as<VmInfo>())
        return OpenStackCompute(m_session, m_connection).createVm(*vm, context);
    if (const auto* disk = request.as<DiskInfo>())
        return OpenStackStorage(m_session, m_connection).createDisk(*disk, context);
    if (const auto* image = request.as<MyImageInfo>())
        return OpenStackStorage(m_session, m_connection).createMyImage(*image, context);
    if (const auto* nlb = request.as<NlbInfo>()) {
        if (const Result<Done> ready = octavia(m_session); !ready.ok())
            return ready.error();
        return OpenStackLoadBalancing(m_session, m_connection).createNlb(*nlb, context);
    }
    if (const auto* cluster = request.as<ClusterInfo>()) {
        if (const Result<Done> ready = magnum(m_session); !ready.ok())
            return ready.error();
        return OpenStackKubernetes(m_session, m_connection).create(*cluster, context);
    }
    return unsupported(request.kind());
}

Result<Done> OpenStackDispatch::remove(ResourceKind kind, const Iid& iid)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return OpenStackNetwork(m_session, m_connection).removeVpc(iid);
    case ResourceKind::SecurityGroup:
        return OpenStackNetwork(m_session, m_connection).removeSecurityGroup(iid);
    case ResourceKind::KeyPair:
        return OpenStackCompute(m_session, m_connection).removeKeyPair(iid);
    case ResourceKind::Vm:
        return OpenStackCompute(m_session, m_connection).removeVm(iid);
    case ResourceKind::Disk:
        return OpenStackStorage(m_session, m_connection).removeDisk(iid);
    case ResourceKind::MyImage:
        return OpenStackStorage(m_session, m_connection).removeMyImage(iid);
    case ResourceKind::Nlb:
        if (const Result<Done> ready = octavia(m_session); !ready.ok())
            return ready.error();
        return OpenStackLoadBalancing(m_session, m_connection).removeNlb(iid);
    case ResourceKind::Cluster:
        if (const Result<Done> ready = magnum(m_session); !ready.ok())
            return ready.error();
        return OpenStackKubernetes(m_session, m_connection).remove(iid);
    default:
        return unsupported(kind);
    }
}

Result<Resource> OpenStackDispatch::control(ResourceKind kind, const Iid& iid, ControlAction action)
{
    if (kind != ResourceKind::Vm)
        return unsupported(kind);
    return OpenStackCompute(m_session, m_connection).controlVm(iid, action);
}

Result<AnyCallResponse> OpenStackDispatch::anyCall(const AnyCallRequest& request)
{
    if (request.functionId == kGetQuota)
        return OpenStackCatalogOps(m_session, m_connection).quota();
    if (!DiskCallInput::handles(request.functionId))
        return CloudError::make(CloudError::Kind::Unsupported, QStringLiteral("UnknownFunction"),
            QCoreApplication::translate("OpenStackDispatch", "Unknown function \"%1\"; OpenStack offers: %2.")
                .arg(request.functionId, anyCallFunctionIds().join(QStringLiteral(", "))));
    const Result<DiskCallInput> parsed = DiskCallInput::parse(request);
    if (!parsed.ok())
        return parsed.error();
    const DiskCallInput& input = parsed.value();
    OpenStackStorage storage(m_session, m_connection);
    const Iid disk = iidOf(input.disk);
    const Iid vm = input.vm.isEmpty() ? Iid() : iidOf(input.vm);
    if (input.functionId == QLatin1String("AttachDisk"))
        return diskAnswer(storage.attachDisk(disk, vm));
    if (input.functionId == QLatin1String("DetachDisk"))
        return diskAnswer(storage.detachDisk(disk, vm));
    return diskAnswer(storage.resizeDisk(disk, input.sizeGb));
}

} // namespace Barista
