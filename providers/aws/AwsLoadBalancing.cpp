// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsLoadBalancing.h"

#include "providers/aws/AwsCompute.h"
#include "providers/aws/AwsElbMapper.h"
#include "providers/aws/AwsMapper.h"
#include "providers/aws/AwsNetwork.h"

#include <QCoreApplication>

namespace Barista {

namespace {

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"), message);
}

bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

QList<AwsXmlNode> firstMembers(const Result<AwsXmlNode>& answer, const QString& result, const QString& list)
{
    return answer.ok() ? answer.value().child(result).members(list) : QList<AwsXmlNode>();
}

} // namespace

AwsLoadBalancing::AwsLoadBalancing(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<QMap<QString, QMap<QString, QString>>> AwsLoadBalancing::tagsOf(const QStringList& arns)
{
    QMap<QString, QMap<QString, QString>> out;
    // DescribeTags takes at most 20 ARNs per call.
    for (qsizetype from = 0; from < arns.size(); from += 20) {
        const Result<AwsXmlNode> answer = m_session.callElb(QStringLiteral("DescribeTags"),
            AwsParams().list(QStringLiteral("ResourceArns.member"), arns.mid(from, 20)));
        if (!answer.ok())
            return answer.error();
        for (const AwsXmlNode& description :
            answer.value().child(QStringLiteral("DescribeTagsResult")).members(QStringLiteral("TagDescriptions")))
            out.insert(description.value(QStringLiteral("ResourceArn")), AwsElbMapper::tags(description));
    }
    return out;
}

Result<NlbInfo> AwsLoadBalancing::assemble(const AwsXmlNode& loadBalancer, const QMap<QString, QString>* knownTags)
{
    const QString arn = loadBalancer.value(QStringLiteral("LoadBalancerArn"));
    const Result<AwsXmlNode> listeners = m_session.callElb(
        QStringLiteral("DescribeListeners"), AwsParams().add(QStringLiteral("LoadBalancerArn"), arn));
    if (!listeners.ok())
        return listeners.error();
    const Result<AwsXmlNode> groups = m_session.callElb(
        QStringLiteral("DescribeTargetGroups"), AwsParams().add(QStringLiteral("LoadBalancerArn"), arn));
    if (!groups.ok())
        return groups.error();
    const QList<AwsXmlNode> listenerList
        = firstMembers(listeners, QStringLiteral("DescribeListenersResult"), QStringLiteral("Listeners"));
    const QList<AwsXmlNode> groupList
        = firstMembers(groups, QStringLiteral("DescribeTargetGroupsResult"), QStringLiteral("TargetGroups"));
    QString groupArn = listenerList.isEmpty() ? QString() : AwsElbMapper::forwardedGroup(listenerList.first());
    if (groupArn.isEmpty() && !groupList.isEmpty())
        groupArn = groupList.first().value(QStringLiteral("TargetGroupArn"));
    QList<AwsXmlNode> health;
    if (!groupArn.isEmpty()) {
        const Result<AwsXmlNode> answer = m_session.callElb(
            QStringLiteral("DescribeTargetHealth"), AwsParams().add(QStringLiteral("TargetGroupArn"), groupArn));
        if (!answer.ok())
            return answer.error();
        health = firstMembers(
            answer, QStringLiteral("DescribeTargetHealthResult"), QStringLiteral("TargetHealthDescriptions"));
    }
    QMap<QString, QString> tags;
    if (knownTags) {
        tags = *knownTags;
    } else {
        const Result<QMap<QString, QMap<QString, QString>>> found = tagsOf({ arn });
        if (!found.ok())
            return found.error();
        tags = found.value().value(arn);
    }
    NlbInfo nlb = AwsElbMapper::toNlb(loadBalancer, listenerList, groupList, health, tags);
    nameVms(nlb);
    return nlb;
}

void AwsLoadBalancing::nameVms(NlbInfo& nlb)
{
    QStringList ids;
    for (const Iid& vm : std::as_const(nlb.vms))
        ids << vm.systemId;
    if (ids.isEmpty())
        return;
    const Result<QList<AwsXmlNode>> reservations = m_session.all(QStringLiteral("DescribeInstances"),
        AwsParams().filter(QStringLiteral("instance-id"), ids), QStringLiteral("reservationSet"));
    if (!reservations.ok())
        return; // the ids alone still say which VMs they are
    QMap<QString, QString> names;
    for (const AwsXmlNode& reservation : reservations.value()) {
        for (const AwsXmlNode& instance : reservation.items(QStringLiteral("instancesSet"))) {
            const VmInfo vm = AwsMapper::toVm(instance);
            names.insert(vm.iid.systemId, vm.iid.nameId);
        }
    }
    for (Iid& vm : nlb.vms)
        vm.nameId = names.value(vm.systemId);
}

Result<AwsXmlNode> AwsLoadBalancing::findLoadBalancer(const QString& nameOrArn)
{
    const bool isArn = nameOrArn.startsWith(QLatin1String("arn:"));
    const Result<AwsXmlNode> answer = m_session.callElb(QStringLiteral("DescribeLoadBalancers"),
        AwsParams().list(
            isArn ? QStringLiteral("LoadBalancerArns.member") : QStringLiteral("Names.member"), { nameOrArn }));
    if (!answer.ok())
        return answer.error();
    const QList<AwsXmlNode> found
        = firstMembers(answer, QStringLiteral("DescribeLoadBalancersResult"), QStringLiteral("LoadBalancers"));
    if (found.isEmpty()) {
        CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("LoadBalancerNotFound"),
            QCoreApplication::translate("AwsLoadBalancing", "No load balancer \"%1\" in region %2.")
                .arg(nameOrArn, m_connection.region));
        error.httpStatus = 400;
        return error;
    }
    return found.first();
}

Result<Resource> AwsLoadBalancing::get(const QString& id)
{
    const Result<AwsXmlNode> loadBalancer = findLoadBalancer(id);
    if (!loadBalancer.ok())
        return loadBalancer.error();
    const Result<NlbInfo> nlb = assemble(loadBalancer.value(), nullptr);
    if (!nlb.ok())
        return nlb.error();
    return Resource(nlb.value());
}

Result<ResourcePage> AwsLoadBalancing::list(const ListRequest& request)
{
    AwsParams params;
    if (request.pageSize > 0)
        params.add(QStringLiteral("PageSize"), qBound(1, request.pageSize, 400));
    if (!request.pageToken.isEmpty())
        params.add(QStringLiteral("Marker"), request.pageToken);
    const Result<AwsXmlNode> answer = m_session.callElb(QStringLiteral("DescribeLoadBalancers"), params);
    if (!answer.ok())
        return answer.error();
    const AwsXmlNode& result = answer.value().child(QStringLiteral("DescribeLoadBalancersResult"));
    QList<AwsXmlNode> network;
    QStringList arns;
    for (const AwsXmlNode& loadBalancer : result.members(QStringLiteral("LoadBalancers"))) {
        // Application and gateway load balancers are not NLBs: another kind, not listed here.
        if (loadBalancer.value(QStringLiteral("Type")) != QLatin1String("network"))
            continue;
        network.append(loadBalancer);
        arns << loadBalancer.value(QStringLiteral("LoadBalancerArn"));
    }
    const Result<QMap<QString, QMap<QString, QString>>> tags = tagsOf(arns);
    if (!tags.ok())
        return tags.error();
    ResourcePage out;
    for (const AwsXmlNode& loadBalancer : std::as_const(network)) {
        if (m_session.isCanceled())
            return AwsSession::canceledError();
        const QMap<QString, QString> own = tags.value().value(loadBalancer.value(QStringLiteral("LoadBalancerArn")));
        const Result<NlbInfo> nlb = assemble(loadBalancer, &own);
        if (!nlb.ok())
            return nlb.error();
        out.items.append(nlb.value());
    }
    out.nextPageToken = result.value(QStringLiteral("NextMarker"));
    return out;
}

Result<QStringList> AwsLoadBalancing::subnetsFor(const QString& vpcId, const QList<VmInfo>& vms)
{
    QMap<QString, QString> byZone; // zone -> subnet: ELBv2 takes at most one subnet per zone
    for (const VmInfo& vm : vms) {
        if (!byZone.contains(vm.zone) && !vm.subnetIid.systemId.isEmpty())
            byZone.insert(vm.zone, vm.subnetIid.systemId);
    }
    if (byZone.isEmpty()) {
        const Result<QList<AwsXmlNode>> subnets = m_session.all(QStringLiteral("DescribeSubnets"),
            AwsParams().filter(QStringLiteral("vpc-id"), { vpcId }), QStringLiteral("subnetSet"));
        if (!subnets.ok())
            return subnets.error();
        for (const AwsXmlNode& subnet : subnets.value()) {
            const QString zone = subnet.value(QStringLiteral("availabilityZone"));
            if (!byZone.contains(zone))
                byZone.insert(zone, subnet.value(QStringLiteral("subnetId")));
        }
    }
    if (byZone.isEmpty())
        return invalid(
            QCoreApplication::translate("AwsLoadBalancing", "VPC %1 has no subnet for the load balancer.").arg(vpcId));
    return byZone.values();
}

void AwsLoadBalancing::rollBack(const QString& loadBalancerArn, const QString& targetGroupArn)
{
    // Errors are not reported: the caller returns the step's own error, which is what matters.
    if (!loadBalancerArn.isEmpty())
        m_session.callElb(
            QStringLiteral("DeleteLoadBalancer"), AwsParams().add(QStringLiteral("LoadBalancerArn"), loadBalancerArn));
    if (!targetGroupArn.isEmpty())
        m_session.callElb(
            QStringLiteral("DeleteTargetGroup"), AwsParams().add(QStringLiteral("TargetGroupArn"), targetGroupArn));
}

Result<Resource> AwsLoadBalancing::create(const NlbInfo& request, const MutationContext& context)
{
    if (request.vpcIid.isEmpty())
        return invalid(QCoreApplication::translate("AwsLoadBalancing", "A load balancer needs a VPC."));
    if (!validPort(request.listenerPort) || !validPort(request.vmGroupPort)
        || (request.healthPort != 0 && !validPort(request.healthPort)))
        return invalid(QCoreApplication::translate("AwsLoadBalancing", "Ports must be between 1 and 65535."));
    if (request.type != QLatin1String("PUBLIC") && request.type != QLatin1String("INTERNAL"))
        return invalid(QCoreApplication::translate("AwsLoadBalancing",
            "The load balancer type must be PUBLIC or "
            "INTERNAL, not \"%1\".")
                           .arg(request.type));
    const Result<QString> vpcId = AwsNetwork(m_session, m_connection).resolveVpcId(request.vpcIid);
    if (!vpcId.ok())
        return vpcId.error();
    AwsCompute compute(m_session, m_connection);
    QList<VmInfo> vms;
    for (const Iid& vm : request.vms) {
        const Result<Resource> found = compute.getVm(vm.systemId.isEmpty() ? vm.nameId : vm.systemId);
        if (!found.ok())
            return found.error();
        const VmInfo* info = found.value().as<VmInfo>();
        if (info->vpcIid.systemId != vpcId.value())
            return invalid(QCoreApplication::translate("AwsLoadBalancing", "VM %1 is not in VPC %2.")
                               .arg(info->iid.systemId, vpcId.value()));
        vms.append(*info);
    }
    const Result<QStringList> subnets = subnetsFor(vpcId.value(), vms);
    if (!subnets.ok())
        return subnets.error();
    const QMap<QString, QString> tags = AwsMapper::tagsFor(request.iid.nameId, request.tags, context);

    AwsParams group;
    group.add(QStringLiteral("Name"), request.iid.nameId)
        .add(QStringLiteral("Protocol"), request.vmGroupProtocol.toUpper())
        .add(QStringLiteral("Port"), request.vmGroupPort)
        .add(QStringLiteral("VpcId"), vpcId.value())
        .add(QStringLiteral("TargetType"), QStringLiteral("instance"))
        .add(QStringLiteral("HealthCheckProtocol"), request.healthProtocol.toUpper())
        .add(QStringLiteral("HealthCheckPort"),
            request.healthPort > 0 ? QString::number(request.healthPort) : QStringLiteral("traffic-port"))
        .add(QStringLiteral("HealthCheckIntervalSeconds"), request.healthInterval)
        .add(QStringLiteral("HealthCheckTimeoutSeconds"), request.healthTimeout)
        .add(QStringLiteral("HealthyThresholdCount"), request.healthThreshold)
        .add(QStringLiteral("UnhealthyThresholdCount"), request.healthThreshold)
        .tags(QStringLiteral("Tags.member"), tags);
    const Result<AwsXmlNode> madeGroup = m_session.callElb(QStringLiteral("CreateTargetGroup"), group);
    if (!madeGroup.ok())
        return madeGroup.error();
    const QList<AwsXmlNode> groups
        = firstMembers(madeGroup, QStringLiteral("CreateTargetGroupResult"), QStringLiteral("TargetGroups"));
    const QString groupArn = groups.isEmpty() ? QString() : groups.first().value(QStringLiteral("TargetGroupArn"));

    if (!vms.isEmpty()) {
        AwsParams targets;
        targets.add(QStringLiteral("TargetGroupArn"), groupArn);
        for (int i = 0; i < vms.size(); ++i)
            targets.add(QStringLiteral("Targets.member.%1.Id").arg(i + 1), vms.at(i).iid.systemId);
        const Result<AwsXmlNode> registered = m_session.callElb(QStringLiteral("RegisterTargets"), targets);
        if (!registered.ok()) {
            rollBack(QString(), groupArn);
            return registered.error();
        }
    }

    AwsParams balancer;
    balancer.add(QStringLiteral("Name"), request.iid.nameId)
        .add(QStringLiteral("Type"), QStringLiteral("network"))
        .add(QStringLiteral("Scheme"),
            request.type == QLatin1String("INTERNAL") ? QStringLiteral("internal") : QStringLiteral("internet-facing"))
        .list(QStringLiteral("Subnets.member"), subnets.value())
        .tags(QStringLiteral("Tags.member"), tags);
    const Result<AwsXmlNode> madeBalancer = m_session.callElb(QStringLiteral("CreateLoadBalancer"), balancer);
    if (!madeBalancer.ok()) {
        rollBack(QString(), groupArn);
        return madeBalancer.error();
    }
    const QList<AwsXmlNode> balancers
        = firstMembers(madeBalancer, QStringLiteral("CreateLoadBalancerResult"), QStringLiteral("LoadBalancers"));
    const QString balancerArn
        = balancers.isEmpty() ? QString() : balancers.first().value(QStringLiteral("LoadBalancerArn"));

    AwsParams listener;
    listener.add(QStringLiteral("LoadBalancerArn"), balancerArn)
        .add(QStringLiteral("Protocol"), request.listenerProtocol.toUpper())
        .add(QStringLiteral("Port"), request.listenerPort)
        .add(QStringLiteral("DefaultActions.member.1.Type"), QStringLiteral("forward"))
        .add(QStringLiteral("DefaultActions.member.1.TargetGroupArn"), groupArn)
        .tags(QStringLiteral("Tags.member"), tags);
    const Result<AwsXmlNode> madeListener = m_session.callElb(QStringLiteral("CreateListener"), listener);
    if (!madeListener.ok()) {
        rollBack(balancerArn, groupArn);
        return madeListener.error();
    }
    return get(balancerArn);
}

Result<Done> AwsLoadBalancing::remove(const Iid& iid)
{
    const Result<AwsXmlNode> loadBalancer = findLoadBalancer(iid.systemId.isEmpty() ? iid.nameId : iid.systemId);
    if (!loadBalancer.ok())
        return loadBalancer.error();
    const QString arn = loadBalancer.value().value(QStringLiteral("LoadBalancerArn"));
    const Result<AwsXmlNode> listeners = m_session.callElb(
        QStringLiteral("DescribeListeners"), AwsParams().add(QStringLiteral("LoadBalancerArn"), arn));
    if (!listeners.ok())
        return listeners.error();
    const Result<AwsXmlNode> groups = m_session.callElb(
        QStringLiteral("DescribeTargetGroups"), AwsParams().add(QStringLiteral("LoadBalancerArn"), arn));
    if (!groups.ok())
        return groups.error();
    QStringList groupArns;
    for (const AwsXmlNode& group :
        firstMembers(groups, QStringLiteral("DescribeTargetGroupsResult"), QStringLiteral("TargetGroups")))
        groupArns << group.value(QStringLiteral("TargetGroupArn"));
    // Listeners first: a target group a listener forwards to cannot be deleted (ResourceInUse).
    for (const AwsXmlNode& listener :
        firstMembers(listeners, QStringLiteral("DescribeListenersResult"), QStringLiteral("Listeners"))) {
        const QString forwarded = AwsElbMapper::forwardedGroup(listener);
        if (!forwarded.isEmpty() && !groupArns.contains(forwarded))
            groupArns << forwarded;
        const Result<AwsXmlNode> gone = m_session.callElb(QStringLiteral("DeleteListener"),
            AwsParams().add(QStringLiteral("ListenerArn"), listener.value(QStringLiteral("ListenerArn"))));
        if (!gone.ok() && gone.error().kind != CloudError::Kind::NotFound)
            return gone.error();
    }
    const Result<AwsXmlNode> balancerGone = m_session.callElb(
        QStringLiteral("DeleteLoadBalancer"), AwsParams().add(QStringLiteral("LoadBalancerArn"), arn));
    if (!balancerGone.ok() && balancerGone.error().kind != CloudError::Kind::NotFound)
        return balancerGone.error();
    for (const QString& groupArn : std::as_const(groupArns)) {
        const Result<AwsXmlNode> gone = m_session.callElb(
            QStringLiteral("DeleteTargetGroup"), AwsParams().add(QStringLiteral("TargetGroupArn"), groupArn));
        if (!gone.ok() && gone.error().kind != CloudError::Kind::NotFound)
            return gone.error();
    }
    return Done {};
}

} // namespace Barista
