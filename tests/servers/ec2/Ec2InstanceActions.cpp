// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2InstanceActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2InstanceXml.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

#include <QRegularExpression>

namespace Barista {

namespace {

const QString kRunning = QStringLiteral("running");
const QString kPending = QStringLiteral("pending");
const QString kStopping = QStringLiteral("stopping");
const QString kStopped = QStringLiteral("stopped");
const QString kShuttingDown = QStringLiteral("shutting-down");
const QString kTerminated = QStringLiteral("terminated");

// Looks up InstanceId.N: InvalidInstanceID.Malformed / .NotFound as EC2 reports them.
std::optional<Ec2Error> requireInstances(Ec2Call& call, QStringList* ids)
{
    *ids = call.request.list(QStringLiteral("InstanceId"));
    if (ids->isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("InstanceId"));
    static const QRegularExpression wellFormed(QStringLiteral("^i-[0-9a-f]{8}([0-9a-f]{9})?$"));
    QStringList missing;
    for (const QString& id : *ids) {
        if (!wellFormed.match(id).hasMatch())
            return Ec2Error::client(QStringLiteral("InvalidInstanceID.Malformed"),
                QStringLiteral("Invalid id: \"%1\" (expecting \"i-...\")").arg(id));
        if (!call.region.instances.contains(id))
            missing << id;
    }
    if (!missing.isEmpty())
        return Ec2Error::notFound(QStringLiteral("InvalidInstanceID.NotFound"), QStringLiteral("instance ID"), missing);
    return std::nullopt;
}

Ec2Error incorrectState(const QString& id, const QString& verb)
{
    return Ec2Error::client(QStringLiteral("IncorrectInstanceState"),
        QStringLiteral("The instance '%1' is not in a state from which it can be %2.").arg(id, verb));
}

void writeReservation(Ec2XmlWriter& out, const Ec2Reservation& reservation, const QList<const Ec2Instance*>& members,
    const Ec2RegionState& region)
{
    out.text(QStringLiteral("reservationId"), reservation.id);
    out.text(QStringLiteral("ownerId"), Ec2Catalog::accountId());
    out.empty(QStringLiteral("groupSet"));
    out.start(QStringLiteral("instancesSet"));
    for (const Ec2Instance* instance : members)
        Ec2InstanceXml::write(out, *instance, region);
    out.end();
}

int vcpusInUse(const Ec2RegionState& region)
{
    int used = 0;
    for (const Ec2Instance& i : region.instances) {
        if (i.state == kPending || i.state == kRunning || i.state == kStopping) {
            const Ec2InstanceType* type = Ec2Catalog::instanceType(i.instanceType);
            used += type ? type->vcpus : 1;
        }
    }
    return used;
}

// Where RunInstances puts the instances: SubnetId, NetworkInterface.1.SubnetId, or the default
// subnet of Placement.AvailabilityZone (the first zone when none is given).
std::optional<Ec2Error> placeInstances(Ec2Call& call, Ec2Subnet* subnet, QStringList* groups)
{
    const Ec2QueryRequest& r = call.request;
    QString subnetId = r.value(QStringLiteral("SubnetId"), r.value(QStringLiteral("NetworkInterface.1.SubnetId")));
    if (!subnetId.isEmpty()) {
        if (!call.region.subnets.contains(subnetId))
            return Ec2Error::notFound(
                QStringLiteral("InvalidSubnetID.NotFound"), QStringLiteral("subnet ID"), { subnetId });
        *subnet = call.region.subnets.value(subnetId);
    } else {
        const QStringList zones = Ec2Catalog::zones(call.region.name);
        const QString zone = r.value(QStringLiteral("Placement.AvailabilityZone"), zones.value(0));
        if (!zones.contains(zone))
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("Invalid availability zone: [%1]").arg(zone));
        for (const Ec2Subnet& s : call.region.subnets) {
            if (s.zone == zone && call.region.vpcs.value(s.vpcId).isDefault)
                *subnet = s;
        }
    }
    *groups = r.list(QStringLiteral("SecurityGroupId")) + r.list(QStringLiteral("NetworkInterface.1.SecurityGroupId"));
    for (const QString& name : r.list(QStringLiteral("SecurityGroup"))) {
        QString found;
        for (const Ec2SecurityGroup& g : call.region.securityGroups) {
            if (g.name == name && g.vpcId == subnet->vpcId)
                found = g.id;
        }
        if (found.isEmpty())
            return Ec2Error::client(QStringLiteral("InvalidGroup.NotFound"),
                QStringLiteral("The security group '%1' does not exist in VPC '%2'").arg(name, subnet->vpcId));
        *groups << found;
    }
    for (const QString& id : *groups) {
        if (!call.region.securityGroups.contains(id))
            return Ec2Error::client(QStringLiteral("InvalidGroup.NotFound"),
                QStringLiteral("The security group '%1' does not exist").arg(id));
        if (call.region.securityGroups.value(id).vpcId != subnet->vpcId)
            return Ec2Error::client(QStringLiteral("InvalidParameter"),
                QStringLiteral("Security group %1 and subnet %2 belong to different networks.").arg(id, subnet->id));
    }
    if (groups->isEmpty()) {
        for (const Ec2SecurityGroup& g : call.region.securityGroups) {
            if (g.name == QStringLiteral("default") && g.vpcId == subnet->vpcId)
                *groups << g.id;
        }
    }
    return std::nullopt;
}

Ec2Outcome reservationReply(Ec2Call& call, const Ec2Reservation& reservation)
{
    QList<const Ec2Instance*> members;
    for (const QString& id : reservation.instanceIds)
        members << &call.region.instances[id];
    Ec2XmlWriter out(call.request.action(), call.requestId);
    writeReservation(out, reservation, members, call.region);
    return out.finish();
}

} // namespace

void Ec2InstanceActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("RunInstances"), &runInstances);
    table.insert(QStringLiteral("DescribeInstances"), &describeInstances);
    table.insert(QStringLiteral("StopInstances"), &stopInstances);
    table.insert(QStringLiteral("StartInstances"), &startInstances);
    table.insert(QStringLiteral("RebootInstances"), &rebootInstances);
    table.insert(QStringLiteral("TerminateInstances"), &terminateInstances);
}

Ec2Outcome Ec2InstanceActions::runInstances(Ec2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    const QString token = r.value(QStringLiteral("ClientToken"));
    const QByteArray fingerprint = r.fingerprint({ QStringLiteral("Version") });
    if (!token.isEmpty() && call.region.reservationByToken.contains(token)) {
        const Ec2Reservation& earlier = call.region.reservations[call.region.reservationByToken.value(token)];
        if (earlier.fingerprint != fingerprint)
            return Ec2Error::client(QStringLiteral("IdempotentParameterMismatch"),
                QStringLiteral("Arguments on this idempotent request are inconsistent with arguments used in previous "
                               "request(s)."));
        return reservationReply(call, earlier);
    }

    for (const QString& required :
        { QStringLiteral("ImageId"), QStringLiteral("MinCount"), QStringLiteral("MaxCount") }) {
        if (!r.has(required))
            return Ec2Error::missingParameter(required);
    }
    const QString imageId = r.value(QStringLiteral("ImageId"));
    if (!Ec2Catalog::image(imageId))
        return Ec2Error::client(
            QStringLiteral("InvalidAMIID.NotFound"), QStringLiteral("The image id '[%1]' does not exist").arg(imageId));
    const QString typeName = r.value(QStringLiteral("InstanceType"), QStringLiteral("m1.small"));
    const Ec2InstanceType* type = Ec2Catalog::instanceType(typeName);
    if (!type)
        return Ec2Error::invalidValue(QStringLiteral("InstanceType"), typeName);
    const int minCount = r.intValue(QStringLiteral("MinCount"), 0);
    int count = r.intValue(QStringLiteral("MaxCount"), 0);
    if (minCount < 1 || count < minCount)
        return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Invalid MinCount/MaxCount: %1/%2").arg(minCount).arg(count));
    const QString keyName = r.value(QStringLiteral("KeyName"));
    if (!keyName.isEmpty() && !call.region.keyPairs.contains(keyName))
        return Ec2Error::client(
            QStringLiteral("InvalidKeyPair.NotFound"), QStringLiteral("The key pair '%1' does not exist").arg(keyName));
    Ec2Subnet subnet;
    QStringList groups;
    if (auto error = placeInstances(call, &subnet, &groups))
        return *error;

    // Launch as many as fit the vCPU limit, but at least MinCount (EC2's MinCount semantics).
    const int free = call.state.vcpuLimit() - vcpusInUse(call.region);
    while (count > minCount && count * type->vcpus > free)
        --count;
    if (count * type->vcpus > free)
        return Ec2Error::vcpuLimitExceeded(call.state.vcpuLimit());

    const Ec2Tags tags = Ec2State::specifiedTags(r, QStringLiteral("instance"));
    Ec2Reservation reservation;
    reservation.id = call.state.newId(QStringLiteral("r"));
    reservation.clientToken = token;
    reservation.fingerprint = fingerprint;
    for (int i = 0; i < count; ++i) {
        Ec2Instance instance;
        instance.id = call.state.newId(QStringLiteral("i"));
        instance.reservationId = reservation.id;
        instance.imageId = imageId;
        instance.instanceType = typeName;
        instance.keyName = keyName;
        instance.subnetId = subnet.id;
        instance.vpcId = subnet.vpcId;
        instance.zone = subnet.zone;
        instance.privateIp = call.state.nextPrivateIp(subnet);
        instance.clientToken = token;
        instance.groupIds = groups;
        instance.state = kPending;
        instance.transition = call.state.transitionTo(kRunning);
        instance.launchTime = call.state.now();
        instance.launchIndex = i;
        instance.tags = tags;
        call.region.instances.insert(instance.id, instance);
        reservation.instanceIds << instance.id;
    }
    call.region.reservations.insert(reservation.id, reservation);
    if (!token.isEmpty())
        call.region.reservationByToken.insert(token, reservation.id);
    return reservationReply(call, reservation);
}

Ec2Outcome Ec2InstanceActions::describeInstances(Ec2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    QStringList ids = r.list(QStringLiteral("InstanceId"));
    if (!ids.isEmpty() && r.has(QStringLiteral("MaxResults")))
        return Ec2Error::client(QStringLiteral("InvalidParameterCombination"),
            QStringLiteral("The parameter instancesSet cannot be used with the parameter maxResults"));
    if (!ids.isEmpty()) {
        if (auto error = requireInstances(call, &ids))
            return *error;
    }
    if (auto error = Ec2Paging::read(r, 5, 1000))
        return *error;
    call.state.advanceInstances(call.region);

    const QList<Ec2Filter> filters = r.filters();
    QList<const Ec2Instance*> selected;
    for (const Ec2Instance& i : call.region.instances) {
        if (!ids.isEmpty() && !ids.contains(i.id))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, i.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                static const QStringList plain = { QStringLiteral("instance-id"), QStringLiteral("instance-state-name"),
                    QStringLiteral("instance-state-code"), QStringLiteral("instance-type"), QStringLiteral("image-id"),
                    QStringLiteral("vpc-id"), QStringLiteral("subnet-id"), QStringLiteral("availability-zone"),
                    QStringLiteral("key-name"), QStringLiteral("reservation-id"), QStringLiteral("private-ip-address"),
                    QStringLiteral("client-token"), QStringLiteral("instance.group-id") };
                const QStringList values
                    = { i.id, i.state, QString::number(Ec2State::stateCode(i.state)), i.instanceType, i.imageId,
                          i.vpcId, i.subnetId, i.zone, i.keyName, i.reservationId, i.privateIp, i.clientToken };
                const qsizetype at = plain.indexOf(name);
                if (at < 0)
                    return std::nullopt;
                return at < values.size() ? QStringList { values.at(at) } : i.groupIds;
            },
            &invalid);
        if (!invalid.isEmpty())
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
        if (match)
            selected << &i;
    }

    // MaxResults counts instances; a page groups its instances by reservation.
    const Ec2Paging page(r);
    QList<QString> order;
    QMap<QString, QList<const Ec2Instance*>> byReservation;
    for (int n = 0; n < selected.size(); ++n) {
        if (!page.contains(n))
            continue;
        const QString& rid = selected.at(n)->reservationId;
        if (!byReservation.contains(rid))
            order << rid;
        byReservation[rid] << selected.at(n);
    }
    Ec2XmlWriter out(r.action(), call.requestId);
    out.start(QStringLiteral("reservationSet"));
    for (const QString& rid : order) {
        out.item();
        writeReservation(out, call.region.reservations.value(rid), byReservation.value(rid), call.region);
        out.end();
    }
    out.end();
    const QString next = page.nextToken(int(selected.size()));
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2InstanceActions::stopInstances(Ec2Call& call)
{
    QStringList ids;
    if (auto error = requireInstances(call, &ids))
        return *error;
    for (const QString& id : ids) {
        const QString& s = call.region.instances[id].state;
        if (s != kRunning && s != kStopping && s != kStopped)
            return incorrectState(id, QStringLiteral("stopped"));
    }
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("instancesSet"));
    for (const QString& id : ids) {
        Ec2Instance& i = call.region.instances[id];
        const QString previous = i.state;
        if (i.state == kRunning) {
            i.state = kStopping;
            i.transition = call.state.transitionTo(kStopped);
        }
        Ec2InstanceXml::writeStateChange(out, id, previous, i.state);
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2InstanceActions::startInstances(Ec2Call& call)
{
    QStringList ids;
    if (auto error = requireInstances(call, &ids))
        return *error;
    for (const QString& id : ids) {
        const QString& s = call.region.instances[id].state;
        if (s != kStopped && s != kPending && s != kRunning)
            return incorrectState(id, QStringLiteral("started"));
    }
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("instancesSet"));
    for (const QString& id : ids) {
        Ec2Instance& i = call.region.instances[id];
        const QString previous = i.state;
        if (i.state == kStopped) {
            i.state = kPending;
            i.transition = call.state.transitionTo(kRunning);
        }
        Ec2InstanceXml::writeStateChange(out, id, previous, i.state);
    }
    out.end();
    return out.finish();
}

Ec2Outcome Ec2InstanceActions::rebootInstances(Ec2Call& call)
{
    QStringList ids;
    if (auto error = requireInstances(call, &ids))
        return *error;
    for (const QString& id : ids) {
        if (call.region.instances[id].state != kRunning)
            return incorrectState(id, QStringLiteral("rebooted"));
    }
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2InstanceActions::terminateInstances(Ec2Call& call)
{
    QStringList ids;
    if (auto error = requireInstances(call, &ids))
        return *error;
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("instancesSet"));
    for (const QString& id : ids) {
        Ec2Instance& i = call.region.instances[id];
        const QString previous = i.state;
        if (i.state != kTerminated && i.state != kShuttingDown) {
            i.state = kShuttingDown;
            i.transition = call.state.transitionTo(kTerminated);
        }
        Ec2InstanceXml::writeStateChange(out, id, previous, i.state);
    }
    out.end();
    return out.finish();
}

} // namespace Barista
