// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2VolumeActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

namespace Barista {

namespace {

const QStringList kVolumeTypes = { QStringLiteral("standard"), QStringLiteral("gp2"), QStringLiteral("gp3"),
    QStringLiteral("io1"), QStringLiteral("io2"), QStringLiteral("st1"), QStringLiteral("sc1") };

int defaultIops(const Ec2Volume& v)
{
    if (v.iops > 0)
        return v.iops;
    if (v.volumeType == QStringLiteral("gp3"))
        return 3000;
    return v.volumeType == QStringLiteral("gp2") ? qBound(100, v.sizeGiB * 3, 16000) : 0;
}

Ec2Volume* findVolume(Ec2Call& call, std::optional<Ec2Error>* error)
{
    const QString id = call.request.value(QStringLiteral("VolumeId"));
    if (id.isEmpty()) {
        *error = Ec2Error::missingParameter(QStringLiteral("VolumeId"));
        return nullptr;
    }
    if (!call.region.volumes.contains(id)) {
        *error = Ec2Error::client(
            QStringLiteral("InvalidVolume.NotFound"), QStringLiteral("The volume '%1' does not exist.").arg(id));
        return nullptr;
    }
    return &call.region.volumes[id];
}

void writeAttachment(Ec2XmlWriter& out, const Ec2Volume& v)
{
    out.text(QStringLiteral("volumeId"), v.id);
    out.text(QStringLiteral("instanceId"), v.instanceId);
    out.text(QStringLiteral("device"), v.device);
    out.text(QStringLiteral("status"), v.attachState);
    out.time(QStringLiteral("attachTime"), v.attachTime);
}

void writeVolumeFields(Ec2XmlWriter& out, const Ec2Volume& v)
{
    out.text(QStringLiteral("volumeId"), v.id);
    out.number(QStringLiteral("size"), v.sizeGiB);
    out.empty(QStringLiteral("snapshotId"));
    out.text(QStringLiteral("availabilityZone"), v.zone);
    out.text(QStringLiteral("status"), v.state);
    out.time(QStringLiteral("createTime"), v.created);
}

void writeVolumeTail(Ec2XmlWriter& out, const Ec2Volume& v)
{
    out.text(QStringLiteral("volumeType"), v.volumeType);
    if (defaultIops(v) > 0)
        out.number(QStringLiteral("iops"), defaultIops(v));
    out.boolean(QStringLiteral("encrypted"), false);
    out.tagSet(v.tags);
    out.boolean(QStringLiteral("multiAttachEnabled"), false);
    if (v.volumeType == QStringLiteral("gp3"))
        out.number(QStringLiteral("throughput"), 125);
}

} // namespace

void Ec2VolumeActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("CreateVolume"), &createVolume);
    table.insert(QStringLiteral("DescribeVolumes"), &describeVolumes);
    table.insert(QStringLiteral("AttachVolume"), &attachVolume);
    table.insert(QStringLiteral("DetachVolume"), &detachVolume);
    table.insert(QStringLiteral("ModifyVolume"), &modifyVolume);
    table.insert(QStringLiteral("DeleteVolume"), &deleteVolume);
}

Ec2Outcome Ec2VolumeActions::createVolume(Ec2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    const QString zone = r.value(QStringLiteral("AvailabilityZone"));
    if (zone.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("AvailabilityZone"));
    if (!Ec2Catalog::zones(call.region.name).contains(zone))
        return Ec2Error::client(
            QStringLiteral("InvalidZone.NotFound"), QStringLiteral("The zone '%1' does not exist.").arg(zone));
    Ec2Volume v;
    v.volumeType = r.value(QStringLiteral("VolumeType"), QStringLiteral("gp2"));
    if (!kVolumeTypes.contains(v.volumeType))
        return Ec2Error::invalidValue(QStringLiteral("volumeType"), v.volumeType);
    if (!r.has(QStringLiteral("Size")))
        return Ec2Error::missingParameter(QStringLiteral("Size"));
    v.sizeGiB = r.intValue(QStringLiteral("Size"), 0);
    if (v.sizeGiB < 1 || v.sizeGiB > 16384)
        return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Volume of %1GiB is too large or too small for %2; the supported range is 1-16384GiB.")
                .arg(r.value(QStringLiteral("Size")), v.volumeType));
    v.iops = r.intValue(QStringLiteral("Iops"), 0);
    if (v.volumeType.startsWith(QStringLiteral("io")) && v.iops <= 0)
        return Ec2Error::missingParameter(QStringLiteral("Iops"));
    v.id = call.state.newId(QStringLiteral("vol"));
    v.zone = zone;
    v.state = QStringLiteral("creating");
    v.transition = call.state.transitionTo(QStringLiteral("available"));
    v.created = call.state.now();
    v.tags = Ec2State::specifiedTags(r, QStringLiteral("volume"));
    call.region.volumes.insert(v.id, v);

    Ec2XmlWriter out(r.action(), call.requestId);
    writeVolumeFields(out, v);
    writeVolumeTail(out, v);
    return out.finish();
}

Ec2Outcome Ec2VolumeActions::describeVolumes(Ec2Call& call)
{
    const QStringList ids = call.request.list(QStringLiteral("VolumeId"));
    for (const QString& id : ids) {
        if (!call.region.volumes.contains(id))
            return Ec2Error::client(
                QStringLiteral("InvalidVolume.NotFound"), QStringLiteral("The volume '%1' does not exist.").arg(id));
    }
    if (auto error = Ec2Paging::read(call.request, 5, 500))
        return *error;
    call.state.advanceVolumes(call.region);
    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("volumeSet"));
    int n = 0;
    for (const Ec2Volume& v : call.region.volumes) {
        if (!ids.isEmpty() && !ids.contains(v.id))
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, v.tags,
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("volume-id"))
                    return QStringList { v.id };
                if (name == QStringLiteral("status"))
                    return QStringList { v.state };
                if (name == QStringLiteral("availability-zone"))
                    return QStringList { v.zone };
                if (name == QStringLiteral("volume-type"))
                    return QStringList { v.volumeType };
                if (name == QStringLiteral("size"))
                    return QStringList { QString::number(v.sizeGiB) };
                if (name == QStringLiteral("attachment.instance-id"))
                    return v.instanceId.isEmpty() ? QStringList() : QStringList { v.instanceId };
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
        if (!match || !page.contains(n++))
            continue;
        out.item();
        writeVolumeFields(out, v);
        out.start(QStringLiteral("attachmentSet"));
        if (!v.instanceId.isEmpty()) {
            out.item();
            writeAttachment(out, v);
            out.boolean(QStringLiteral("deleteOnTermination"), false);
            out.end();
        }
        out.end();
        writeVolumeTail(out, v);
        out.end();
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2VolumeActions::attachVolume(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2Volume* v = findVolume(call, &error);
    if (!v)
        return *error;
    const QString instanceId = call.request.value(QStringLiteral("InstanceId"));
    const QString device = call.request.value(QStringLiteral("Device"));
    if (instanceId.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("InstanceId"));
    if (device.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("Device"));
    if (!call.region.instances.contains(instanceId))
        return Ec2Error::notFound(
            QStringLiteral("InvalidInstanceID.NotFound"), QStringLiteral("instance ID"), { instanceId });
    const Ec2Instance& instance = call.region.instances[instanceId];
    if (v->state == QStringLiteral("in-use"))
        return Ec2Error::client(
            QStringLiteral("VolumeInUse"), QStringLiteral("%1 is already attached to an instance").arg(v->id));
    if (v->state != QStringLiteral("available"))
        return Ec2Error::client(QStringLiteral("IncorrectState"), QStringLiteral("%1 is not 'available'.").arg(v->id));
    if (instance.state != QStringLiteral("running") && instance.state != QStringLiteral("stopped"))
        return Ec2Error::client(
            QStringLiteral("IncorrectState"), QStringLiteral("Instance '%1' is not 'running'.").arg(instanceId));
    if (instance.zone != v->zone)
        return Ec2Error::client(QStringLiteral("InvalidVolume.ZoneMismatch"),
            QStringLiteral("The volume '%1' is not in the same availability zone as instance '%2'")
                .arg(v->id, instanceId));
    for (const Ec2Volume& other : call.region.volumes) {
        if (other.instanceId == instanceId && other.device == device)
            return Ec2Error::client(QStringLiteral("InvalidParameterValue"),
                QStringLiteral("Invalid value '%1' for unixDevice. Attachment point %1 is already in use").arg(device));
    }
    v->instanceId = instanceId;
    v->device = device;
    v->state = QStringLiteral("in-use");
    v->attachState = QStringLiteral("attaching");
    v->attachTransition = call.state.transitionTo(QStringLiteral("attached"));
    v->attachTime = call.state.now();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    writeAttachment(out, *v);
    return out.finish();
}

Ec2Outcome Ec2VolumeActions::detachVolume(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2Volume* v = findVolume(call, &error);
    if (!v)
        return *error;
    if (v->instanceId.isEmpty())
        return Ec2Error::client(
            QStringLiteral("IncorrectState"), QStringLiteral("Volume '%1' is in the '%2' state.").arg(v->id, v->state));
    const QString instanceId = call.request.value(QStringLiteral("InstanceId"));
    if (!instanceId.isEmpty() && instanceId != v->instanceId)
        return Ec2Error::client(QStringLiteral("InvalidAttachment.NotFound"),
            QStringLiteral("Volume '%1' can not be detached from '%2' because it is not attached to it.")
                .arg(v->id, instanceId));
    v->attachState = QStringLiteral("detaching");
    v->attachTransition = call.state.transitionTo(QStringLiteral("detached"));
    Ec2XmlWriter out(call.request.action(), call.requestId);
    writeAttachment(out, *v);
    return out.finish();
}

Ec2Outcome Ec2VolumeActions::modifyVolume(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2Volume* v = findVolume(call, &error);
    if (!v)
        return *error;
    const Ec2Volume original = *v;
    const int size = call.request.intValue(QStringLiteral("Size"), v->sizeGiB);
    if (size < v->sizeGiB)
        return Ec2Error::client(
            QStringLiteral("InvalidParameterValue"), QStringLiteral("New size cannot be smaller than existing size"));
    const QString type = call.request.value(QStringLiteral("VolumeType"), v->volumeType);
    if (!kVolumeTypes.contains(type))
        return Ec2Error::invalidValue(QStringLiteral("volumeType"), type);
    v->sizeGiB = size;
    v->volumeType = type;
    v->iops = call.request.intValue(QStringLiteral("Iops"), v->iops);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("volumeModification"));
    out.text(QStringLiteral("volumeId"), v->id);
    out.text(QStringLiteral("modificationState"), QStringLiteral("modifying"));
    out.number(QStringLiteral("targetSize"), v->sizeGiB);
    out.number(QStringLiteral("targetIops"), defaultIops(*v));
    out.text(QStringLiteral("targetVolumeType"), v->volumeType);
    out.number(QStringLiteral("originalSize"), original.sizeGiB);
    out.number(QStringLiteral("originalIops"), defaultIops(original));
    out.text(QStringLiteral("originalVolumeType"), original.volumeType);
    out.number(QStringLiteral("progress"), 0);
    out.time(QStringLiteral("startTime"), call.state.now());
    out.end();
    return out.finish();
}

Ec2Outcome Ec2VolumeActions::deleteVolume(Ec2Call& call)
{
    std::optional<Ec2Error> error;
    Ec2Volume* v = findVolume(call, &error);
    if (!v)
        return *error;
    if (!v->instanceId.isEmpty())
        return Ec2Error::client(QStringLiteral("VolumeInUse"),
            QStringLiteral("Volume %1 is currently attached to %2").arg(v->id, v->instanceId));
    call.region.volumes.remove(v->id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

} // namespace Barista
