// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimResourceBuilder.h"

#include <QRandomGenerator>

#include "providers/sim/SimErrors.h"
#include "providers/sim/SimLifecycle.h"
#include "providers/sim/SimNaming.h"
#include "providers/sim/SimSpecTable.h"
#include "providers/sim/SimStateStore.h"

namespace Barista {

namespace {

const QString kDefaultVpcCidr = QStringLiteral("10.0.0.0/16");

SimRow rowFor(const Resource& resource)
{
    SimRow row;
    row.resource = resource;
    return row;
}

/// Whether a reference given by the user (either id may be empty) names the item with ids.
bool refersTo(const Iid& reference, const Iid& ids)
{
    if (!reference.systemId.isEmpty())
        return reference.systemId == ids.systemId;
    return !reference.nameId.isEmpty() && reference.nameId == ids.nameId;
}

bool isLiveVm(const SimRow& row)
{
    const auto* vm = row.resource.as<VmInfo>();
    return vm && vm->status != VmStatus::Terminated && vm->status != VmStatus::Terminating;
}

} // namespace

SimResourceBuilder::SimResourceBuilder(SimStateStore& store, const SimContext& context)
    : m_store(store)
    , m_context(context)
{
}

QString SimResourceBuilder::idText(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

std::optional<SimRow> SimResourceBuilder::resolve(ResourceKind kind, const Iid& iid)
{
    std::optional<SimRow> row = m_store.find(m_context.scope, kind, idText(iid));
    if (!row && !iid.systemId.isEmpty() && !iid.nameId.isEmpty())
        row = m_store.find(m_context.scope, kind, iid.nameId);
    return row;
}

QString SimResourceBuilder::newId(ResourceKind kind, const QString& name, qint64 serial) const
{
    return SimNaming::systemId(m_context.provider, m_context.region, kind, name, serial);
}

Result<SimRow> SimResourceBuilder::build(const Resource& request, qint64 serial)
{
    switch (request.kind()) {
    case ResourceKind::Vpc:
        return buildVpc(*request.as<VpcInfo>(), serial);
    case ResourceKind::SecurityGroup:
        return buildSecurityGroup(*request.as<SecurityGroupInfo>(), serial);
    case ResourceKind::KeyPair:
        return buildKeyPair(*request.as<KeyPairInfo>(), serial);
    case ResourceKind::Vm:
        return buildVm(*request.as<VmInfo>(), serial);
    case ResourceKind::Disk:
        return buildDisk(*request.as<DiskInfo>(), serial);
    case ResourceKind::MyImage:
        return buildMyImage(*request.as<MyImageInfo>(), serial);
    case ResourceKind::Nlb:
        return buildNlb(*request.as<NlbInfo>(), serial);
    case ResourceKind::Cluster:
        return buildCluster(*request.as<ClusterInfo>(), serial);
    default:
        return SimErrors::unsupported(m_context.provider, request.kind(), QStringLiteral("create"));
    }
}

Result<SimRow> SimResourceBuilder::buildVpc(VpcInfo vpc, qint64 serial)
{
    const QString& provider = m_context.provider;
    if (vpc.ipv4Cidr.isEmpty())
        vpc.ipv4Cidr = kDefaultVpcCidr;
    if (!SimNaming::parseCidr(vpc.ipv4Cidr, nullptr, nullptr))
        return SimErrors::invalidParameter(provider,
            QStringLiteral("Value (%1) for parameter cidrBlock is invalid. This is not a valid CIDR block.")
                .arg(vpc.ipv4Cidr));
    vpc.iid.systemId = newId(ResourceKind::Vpc, vpc.iid.nameId, serial);
    QStringList names;
    for (int i = 0; i < vpc.subnets.size(); ++i) {
        SubnetInfo& subnet = vpc.subnets[i];
        if (subnet.iid.nameId.isEmpty())
            return SimErrors::missingParameter(provider, QStringLiteral("SubnetName"));
        if (names.contains(subnet.iid.nameId))
            return SimErrors::duplicate(provider, ResourceKind::Vpc, subnet.iid.nameId);
        names.append(subnet.iid.nameId);
        if (subnet.ipv4Cidr.isEmpty())
            return SimErrors::missingParameter(provider, QStringLiteral("CidrBlock"));
        if (!SimNaming::cidrContains(vpc.ipv4Cidr, subnet.ipv4Cidr))
            return SimErrors::invalidParameter(provider,
                QStringLiteral("The CIDR '%1' is invalid for the VPC '%2' (%3).")
                    .arg(subnet.ipv4Cidr, vpc.iid.nameId, vpc.ipv4Cidr));
        if (subnet.zone.isEmpty())
            subnet.zone = m_context.zone;
        if (!m_context.hasZone(subnet.zone))
            return SimErrors::unknownRegion(provider, m_context.region, subnet.zone);
        subnet.iid.systemId
            = SimNaming::subnetId(provider, m_context.region, vpc.iid.nameId, subnet.iid.nameId, m_store.nextSerial());
    }
    return rowFor(vpc);
}

Result<SimRow> SimResourceBuilder::buildSecurityGroup(SecurityGroupInfo group, qint64 serial)
{
    const QString& provider = m_context.provider;
    if (group.vpcIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("VpcId"));
    const std::optional<SimRow> vpc = resolve(ResourceKind::Vpc, group.vpcIid);
    if (!vpc)
        return SimErrors::notFound(provider, ResourceKind::Vpc, idText(group.vpcIid));
    group.vpcIid = vpc->resource.iid();
    bool hasOutbound = false;
    for (const SecurityRule& rule : std::as_const(group.rules)) {
        static const QStringList protocols { QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
            QStringLiteral("all") };
        if (rule.direction != QLatin1String("inbound") && rule.direction != QLatin1String("outbound"))
            return SimErrors::invalidParameter(
                provider, QStringLiteral("Invalid rule direction '%1'.").arg(rule.direction));
        if (!protocols.contains(rule.ipProtocol.toLower()))
            return SimErrors::invalidParameter(
                provider, QStringLiteral("Invalid IP protocol '%1'.").arg(rule.ipProtocol));
        if (rule.fromPort > 65535 || rule.toPort > 65535
            || (rule.fromPort >= 0 && rule.toPort >= 0 && rule.fromPort > rule.toPort))
            return SimErrors::invalidParameter(
                provider, QStringLiteral("Invalid port range %1-%2.").arg(rule.fromPort).arg(rule.toPort));
        if (!SimNaming::parseCidr(rule.cidr, nullptr, nullptr))
            return SimErrors::invalidParameter(provider, QStringLiteral("Invalid CIDR '%1' in a rule.").arg(rule.cidr));
        hasOutbound = hasOutbound || rule.direction == QLatin1String("outbound");
    }
    // Like AWS and Azure, a new group lets all traffic out unless told otherwise.
    if (!hasOutbound) {
        SecurityRule egress;
        egress.direction = QStringLiteral("outbound");
        egress.ipProtocol = QStringLiteral("all");
        group.rules.append(egress);
    }
    group.iid.systemId = newId(ResourceKind::SecurityGroup, group.iid.nameId, serial);
    SimRow row = rowFor(group);
    row.refs = { vpc->systemId() };
    return row;
}

Result<SimRow> SimResourceBuilder::buildKeyPair(KeyPairInfo key, qint64 serial)
{
    key.iid.systemId = newId(ResourceKind::KeyPair, key.iid.nameId, serial);
    if (key.publicKey.isEmpty()) {
        // Deterministic from what identifies the create, so a retried create yields the same key.
        const QString seed
            = m_context.scope + QLatin1Char('|') + key.iid.nameId + QLatin1Char('|') + QString::number(serial);
        key.publicKey = SimNaming::publicKey(seed, key.iid.nameId);
    }
    key.fingerprint = SimNaming::fingerprint(key.publicKey);
    if (key.vmUserName.isEmpty())
        key.vmUserName = SimSpecTable::defaultVmUser(m_context.provider);
    return rowFor(key);
}

Result<SimRow> SimResourceBuilder::buildVm(VmInfo vm, qint64 serial)
{
    const QString& provider = m_context.provider;
    const std::optional<SpecInfo> spec = SimSpecTable::spec(provider, m_context.region, vm.specName);
    if (!spec)
        return SimErrors::unknownSpec(provider, vm.specName);
    if (vm.imageName.trimmed().isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("ImageId"));
    if (vm.vpcIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("VpcId"));
    const std::optional<SimRow> vpcRow = resolve(ResourceKind::Vpc, vm.vpcIid);
    if (!vpcRow)
        return SimErrors::notFound(provider, ResourceKind::Vpc, idText(vm.vpcIid));
    const VpcInfo vpc = *vpcRow->resource.as<VpcInfo>();
    vm.vpcIid = vpc.iid;
    if (vm.subnetIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("SubnetId"));
    const SubnetInfo* subnet = nullptr;
    for (const SubnetInfo& s : vpc.subnets) {
        if (refersTo(vm.subnetIid, s.iid))
            subnet = &s;
    }
    if (!subnet)
        return SimErrors::subnetNotFound(provider, idText(vm.subnetIid));
    vm.subnetIid = subnet->iid;

    QStringList refs { vpc.iid.systemId, subnet->iid.systemId };
    for (Iid& sgIid : vm.securityGroupIids) {
        const std::optional<SimRow> sg = resolve(ResourceKind::SecurityGroup, sgIid);
        if (!sg)
            return SimErrors::notFound(provider, ResourceKind::SecurityGroup, idText(sgIid));
        if (sg->resource.as<SecurityGroupInfo>()->vpcIid.systemId != vpc.iid.systemId)
            return SimErrors::invalidParameter(provider,
                QStringLiteral("Security group %1 and subnet %2 belong to different networks.")
                    .arg(sg->systemId(), subnet->iid.systemId));
        sgIid = sg->resource.iid();
        refs.append(sgIid.systemId);
    }
    if (vm.keyPairIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("KeyName"));
    const std::optional<SimRow> key = resolve(ResourceKind::KeyPair, vm.keyPairIid);
    if (!key)
        return SimErrors::notFound(provider, ResourceKind::KeyPair, idText(vm.keyPairIid));
    vm.keyPairIid = key->resource.iid();

    QList<SimRow> disks;
    for (Iid& diskIid : vm.dataDiskIids) {
        std::optional<SimRow> disk = resolve(ResourceKind::Disk, diskIid);
        if (!disk)
            return SimErrors::notFound(provider, ResourceKind::Disk, idText(diskIid));
        if (!disk->resource.as<DiskInfo>()->ownerVm.isEmpty())
            return SimErrors::volumeInUse(provider, disk->nameId());
        diskIid = disk->resource.iid();
        disks.append(*disk);
    }

    int vms = 0;
    int vcpus = 0;
    m_store.usage(m_context.scope, &vms, &vcpus);
    if (vms + 1 > m_context.settings.quotaVms)
        return SimErrors::instanceQuota(provider, m_context.region, m_context.settings.quotaVms, vms);
    if (vcpus + spec->vcpu > m_context.settings.quotaVcpu)
        return SimErrors::vcpuQuota(provider, m_context.region, m_context.settings.quotaVcpu, vcpus, spec->vcpu);

    if (m_context.settings.capacityPct > 0 && m_context.rng
        && m_context.rng->generateDouble() * 100.0 < m_context.settings.capacityPct)
        return SimErrors::insufficientCapacity(provider, subnet->zone.isEmpty() ? m_context.zone : subnet->zone, vm.specName);
    vm.iid.systemId = newId(ResourceKind::Vm, vm.iid.nameId, serial);
    vm.zone = subnet->zone.isEmpty() ? m_context.zone : subnet->zone;
    vm.privateIp = SimNaming::privateIp(subnet->ipv4Cidr, serial);
    vm.publicIp = SimNaming::publicIp(serial);
    vm.sshAccessPoint = m_context.settings.sshEndpoint.isEmpty() ? vm.publicIp + QStringLiteral(":22")
                                                                  : m_context.settings.sshEndpoint;
    if (vm.vmUserName.isEmpty())
        vm.vmUserName = key->resource.as<KeyPairInfo>()->vmUserName;
    if (vm.rootDiskType.isEmpty())
        vm.rootDiskType = SimSpecTable::diskTypes(provider).constFirst();
    SimRow row = rowFor(vm);
    SimLifecycle::begin(
        row, vmStatusName(VmStatus::Creating), vmStatusName(VmStatus::Running), m_context.dueAfter(SimOp::VmBoot));
    row.vcpu = spec->vcpu;
    row.refs = refs;
    for (SimRow disk : disks) {
        auto* info = disk.resource.as<DiskInfo>();
        info->ownerVm = vm.iid;
        if (info->status == DiskStatus::Available)
            info->status = DiskStatus::Attached;
        else if (!disk.target.isEmpty())
            disk.target = diskStatusName(DiskStatus::Attached);
        disk.refs = { vm.iid.systemId };
        m_store.update(disk);
    }
    return row;
}

Result<SimRow> SimResourceBuilder::buildDisk(DiskInfo disk, qint64 serial)
{
    const QString& provider = m_context.provider;
    const QStringList types = SimSpecTable::diskTypes(provider);
    if (disk.diskType.isEmpty())
        disk.diskType = types.constFirst();
    if (!types.contains(disk.diskType))
        return SimErrors::invalidParameter(provider,
            QStringLiteral("The disk type '%1' is not supported; valid types: %2.")
                .arg(disk.diskType, types.join(QLatin1String(", "))));
    if (disk.sizeGb <= 0)
        return SimErrors::missingParameter(provider, QStringLiteral("Size"));
    if (disk.zone.isEmpty())
        disk.zone = m_context.zone;
    if (!m_context.hasZone(disk.zone))
        return SimErrors::unknownRegion(provider, m_context.region, disk.zone);
    disk.iid.systemId = newId(ResourceKind::Disk, disk.iid.nameId, serial);
    QString target = diskStatusName(DiskStatus::Available);
    QStringList refs;
    if (!disk.ownerVm.isEmpty()) {
        std::optional<SimRow> vm = resolve(ResourceKind::Vm, disk.ownerVm);
        if (!vm)
            return SimErrors::notFound(provider, ResourceKind::Vm, idText(disk.ownerVm));
        if (!isLiveVm(*vm))
            return SimErrors::incorrectState(provider, vm->nameId(), vm->status(), QStringLiteral("attached to"));
        disk.ownerVm = vm->resource.iid();
        target = diskStatusName(DiskStatus::Attached);
        refs = { vm->systemId() };
        vm->resource.as<VmInfo>()->dataDiskIids.append(disk.iid);
        m_store.update(*vm);
    }
    SimRow row = rowFor(disk);
    SimLifecycle::begin(row, diskStatusName(DiskStatus::Creating), target, m_context.dueAfter(SimOp::DiskCreate));
    row.refs = refs;
    return row;
}

Result<SimRow> SimResourceBuilder::buildMyImage(MyImageInfo image, qint64 serial)
{
    const QString& provider = m_context.provider;
    if (image.sourceVm.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("InstanceId"));
    const std::optional<SimRow> vm = resolve(ResourceKind::Vm, image.sourceVm);
    if (!vm)
        return SimErrors::notFound(provider, ResourceKind::Vm, idText(image.sourceVm));
    const VmStatus status = vm->resource.as<VmInfo>()->status;
    if (status != VmStatus::Running && status != VmStatus::Suspended)
        return SimErrors::incorrectState(provider, vm->nameId(), vm->status(), QStringLiteral("imaged"));
    image.sourceVm = vm->resource.iid();
    image.iid.systemId = newId(ResourceKind::MyImage, image.iid.nameId, serial);
    SimRow row = rowFor(image);
    SimLifecycle::begin(
        row, QStringLiteral("Unavailable"), QStringLiteral("Available"), m_context.dueAfter(SimOp::MyImageCreate));
    row.refs = { vm->systemId() };
    return row;
}

Result<SimRow> SimResourceBuilder::buildNlb(NlbInfo nlb, qint64 serial)
{
    const QString& provider = m_context.provider;
    if (nlb.vpcIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("VpcId"));
    const std::optional<SimRow> vpc = resolve(ResourceKind::Vpc, nlb.vpcIid);
    if (!vpc)
        return SimErrors::notFound(provider, ResourceKind::Vpc, idText(nlb.vpcIid));
    nlb.vpcIid = vpc->resource.iid();
    QStringList refs { vpc->systemId() };
    for (Iid& vmIid : nlb.vms) {
        const std::optional<SimRow> vm = resolve(ResourceKind::Vm, vmIid);
        if (!vm || !isLiveVm(*vm))
            return SimErrors::notFound(provider, ResourceKind::Vm, idText(vmIid));
        if (vm->resource.as<VmInfo>()->vpcIid.systemId != vpc->systemId())
            return SimErrors::invalidParameter(
                provider, QStringLiteral("The instance %1 is not in the VPC %2.").arg(vm->nameId(), vpc->nameId()));
        vmIid = vm->resource.iid();
        refs.append(vmIid.systemId);
    }
    if (nlb.listenerPort <= 0 || nlb.listenerPort > 65535 || nlb.vmGroupPort <= 0 || nlb.vmGroupPort > 65535)
        return SimErrors::invalidParameter(provider, QStringLiteral("Ports must be between 1 and 65535."));
    nlb.iid.systemId = newId(ResourceKind::Nlb, nlb.iid.nameId, serial);
    nlb.listenerIp = SimNaming::publicIp(serial);
    nlb.listenerDnsName = SimNaming::nlbDnsName(provider, m_context.region, nlb.iid.nameId, serial);
    SimRow row = rowFor(nlb);
    row.refs = refs;
    return row;
}

Result<SimRow> SimResourceBuilder::buildCluster(ClusterInfo cluster, qint64 serial)
{
    const QString& provider = m_context.provider;
    if (cluster.vpcIid.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("VpcId"));
    const std::optional<SimRow> vpcRow = resolve(ResourceKind::Vpc, cluster.vpcIid);
    if (!vpcRow)
        return SimErrors::notFound(provider, ResourceKind::Vpc, idText(cluster.vpcIid));
    const VpcInfo vpc = *vpcRow->resource.as<VpcInfo>();
    cluster.vpcIid = vpc.iid;
    if (cluster.subnetIids.isEmpty())
        return SimErrors::missingParameter(provider, QStringLiteral("SubnetIds"));
    for (Iid& subnetIid : cluster.subnetIids) {
        bool found = false;
        for (const SubnetInfo& s : vpc.subnets) {
            if (refersTo(subnetIid, s.iid)) {
                subnetIid = s.iid;
                found = true;
            }
        }
        if (!found)
            return SimErrors::subnetNotFound(provider, idText(subnetIid));
    }
    QStringList refs { vpc.iid.systemId };
    for (Iid& sgIid : cluster.securityGroupIids) {
        const std::optional<SimRow> sg = resolve(ResourceKind::SecurityGroup, sgIid);
        if (!sg)
            return SimErrors::notFound(provider, ResourceKind::SecurityGroup, idText(sgIid));
        sgIid = sg->resource.iid();
        refs.append(sgIid.systemId);
    }
    if (cluster.version.isEmpty())
        cluster.version = SimSpecTable::defaultClusterVersion(provider);
    cluster.iid.systemId = newId(ResourceKind::Cluster, cluster.iid.nameId, serial);
    for (NodeGroupInfo& group : cluster.nodeGroups) {
        if (group.iid.nameId.isEmpty())
            return SimErrors::missingParameter(provider, QStringLiteral("NodeGroupName"));
        if (!SimSpecTable::spec(provider, m_context.region, group.specName))
            return SimErrors::unknownSpec(provider, group.specName);
        if (group.minNodeSize < 0 || group.minNodeSize > group.desiredNodeSize
            || group.desiredNodeSize > group.maxNodeSize)
            return SimErrors::invalidParameter(
                provider, QStringLiteral("Node group %1 needs min <= desired <= max.").arg(group.iid.nameId));
        if (!group.keyPairIid.isEmpty()) {
            const std::optional<SimRow> key = resolve(ResourceKind::KeyPair, group.keyPairIid);
            if (!key)
                return SimErrors::notFound(provider, ResourceKind::KeyPair, idText(group.keyPairIid));
            group.keyPairIid = key->resource.iid();
        }
        group.iid.systemId = cluster.iid.systemId + QStringLiteral("/nodegroup/") + group.iid.nameId;
        group.nodes.clear();
    }
    cluster.endpoint = SimNaming::clusterEndpoint(provider, m_context.region, cluster.iid.nameId, serial);
    SimRow row = rowFor(cluster);
    SimLifecycle::begin(row, clusterStatusName(ClusterStatus::Creating), clusterStatusName(ClusterStatus::Active),
        m_context.dueAfter(SimOp::ClusterCreate));
    row.refs = refs;
    return row;
}

} // namespace Barista
