// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2ImageActions.h"

#include "tests/servers/ec2/Ec2Catalog.h"
#include "tests/servers/ec2/Ec2Paging.h"
#include "tests/servers/ec2/Ec2XmlWriter.h"

#include <QRegularExpression>

namespace Barista {

namespace {

// What DescribeImages shows of a public catalog image or of one of the account's own AMIs.
struct ImageView
{
    const Ec2Image* pub = nullptr;
    const Ec2UserImage* own = nullptr;

    QString id() const { return pub ? pub->id : own->id; }
    QString name() const { return pub ? pub->name : own->name; }
    QString ownerId() const { return pub ? pub->ownerId : Ec2Catalog::accountId(); }
    QString ownerAlias() const { return pub ? pub->ownerAlias : QString(); }
    QString architecture() const { return pub ? pub->architecture : own->architecture; }
    QString platform() const { return pub ? pub->platform : QString(); }
    QString state() const { return pub ? QStringLiteral("available") : own->state; }
    bool isPublic() const { return pub != nullptr; }
    Ec2Tags tags() const { return pub ? Ec2Tags() : own->tags; }
};

Ec2Error imageNotFound(const QString& id)
{
    return Ec2Error::client(
        QStringLiteral("InvalidAMIID.NotFound"), QStringLiteral("The image id '[%1]' does not exist").arg(id));
}

void writeEbs(Ec2XmlWriter& out, const QString& device, const QString& snapshotId, int sizeGiB)
{
    out.item();
    out.text(QStringLiteral("deviceName"), device);
    out.start(QStringLiteral("ebs"));
    out.text(QStringLiteral("snapshotId"), snapshotId);
    out.number(QStringLiteral("volumeSize"), sizeGiB);
    out.boolean(QStringLiteral("deleteOnTermination"), true);
    out.text(QStringLiteral("volumeType"), QStringLiteral("gp3"));
    out.boolean(QStringLiteral("encrypted"), false);
    out.end();
    out.end();
}

void writeImage(Ec2XmlWriter& out, const ImageView& view, const Ec2RegionState& region)
{
    out.item();
    out.text(QStringLiteral("imageId"), view.id());
    out.text(QStringLiteral("imageLocation"), view.ownerId() + QLatin1Char('/') + view.name());
    out.text(QStringLiteral("imageState"), view.state());
    if (view.own && view.own->state == QStringLiteral("failed")) {
        out.start(QStringLiteral("stateReason"));
        out.text(QStringLiteral("code"), QStringLiteral("Client.SnapshotCreationFailure"));
        out.text(QStringLiteral("message"), QStringLiteral("Client.SnapshotCreationFailure: Snapshot creation failed"));
        out.end();
    }
    out.text(QStringLiteral("imageOwnerId"), view.ownerId());
    out.text(
        QStringLiteral("creationDate"), view.pub ? view.pub->creationDate : Ec2XmlWriter::isoTime(view.own->created));
    out.boolean(QStringLiteral("isPublic"), view.isPublic());
    out.text(QStringLiteral("architecture"), view.architecture());
    out.text(QStringLiteral("imageType"), QStringLiteral("machine"));
    if (!view.platform().isEmpty())
        out.text(QStringLiteral("platform"), view.platform());
    out.text(QStringLiteral("platformDetails"), view.pub ? view.pub->platformDetails : QStringLiteral("Linux/UNIX"));
    out.text(QStringLiteral("usageOperation"), QStringLiteral("RunInstances"));
    if (!view.ownerAlias().isEmpty())
        out.text(QStringLiteral("imageOwnerAlias"), view.ownerAlias());
    out.text(QStringLiteral("name"), view.name());
    out.text(QStringLiteral("description"), view.pub ? view.pub->description : view.own->description);
    out.text(QStringLiteral("rootDeviceType"), QStringLiteral("ebs"));
    out.text(QStringLiteral("rootDeviceName"), QStringLiteral("/dev/xvda"));
    out.start(QStringLiteral("blockDeviceMapping"));
    if (view.pub) {
        writeEbs(out, QStringLiteral("/dev/xvda"), QStringLiteral("snap-") + view.pub->id.mid(4),
            view.pub->platform.isEmpty() ? 8 : 30);
    } else {
        for (const auto& [device, snapshotId] : view.own->devices)
            writeEbs(out, device, snapshotId, region.snapshots.value(snapshotId).sizeGiB);
    }
    out.end();
    out.text(QStringLiteral("virtualizationType"), QStringLiteral("hvm"));
    out.text(QStringLiteral("hypervisor"), QStringLiteral("xen"));
    out.boolean(QStringLiteral("enaSupport"), true);
    if (view.own) {
        out.text(QStringLiteral("sourceInstanceId"), view.own->sourceInstanceId);
        out.tagSet(view.own->tags);
    }
    out.end();
}

} // namespace

void Ec2ImageActions::registerAll(Ec2HandlerTable& table)
{
    table.insert(QStringLiteral("DescribeImages"), &describeImages);
    table.insert(QStringLiteral("CreateImage"), &createImage);
    table.insert(QStringLiteral("DeregisterImage"), &deregisterImage);
    table.insert(QStringLiteral("DeleteSnapshot"), &deleteSnapshot);
}

Ec2Outcome Ec2ImageActions::describeImages(Ec2Call& call)
{
    call.state.advanceImages(call.region);
    const QStringList ids = call.request.list(QStringLiteral("ImageId"));
    for (const QString& id : ids) {
        if (!Ec2Catalog::image(id) && !call.region.images.contains(id))
            return imageNotFound(id);
    }
    const QStringList owners = call.request.list(QStringLiteral("Owner"));
    if (auto error = Ec2Paging::read(call.request, 5, 1000))
        return *error;
    QList<ImageView> views;
    for (const Ec2Image& image : Ec2Catalog::images())
        views.append({ &image, nullptr });
    for (const Ec2UserImage& image : std::as_const(call.region.images))
        views.append({ nullptr, &image });

    const Ec2Paging page(call.request);
    const QList<Ec2Filter> filters = call.request.filters();
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.start(QStringLiteral("imagesSet"));
    int n = 0;
    for (const ImageView& view : std::as_const(views)) {
        if (!ids.isEmpty() && !ids.contains(view.id()))
            continue;
        // "self" is this account: it owns exactly the images it made with CreateImage.
        const bool ownerMatch = owners.contains(view.ownerId())
            || (!view.ownerAlias().isEmpty() && owners.contains(view.ownerAlias()))
            || (view.own && owners.contains(QStringLiteral("self")));
        if (!owners.isEmpty() && !ownerMatch)
            continue;
        QString invalid;
        const bool match = Ec2State::matches(
            filters, view.tags(),
            [&](const QString& name) -> std::optional<QStringList> {
                if (name == QStringLiteral("name"))
                    return QStringList { view.name() };
                if (name == QStringLiteral("image-id"))
                    return QStringList { view.id() };
                if (name == QStringLiteral("owner-id"))
                    return QStringList { view.ownerId() };
                if (name == QStringLiteral("owner-alias"))
                    return QStringList { view.ownerAlias() };
                if (name == QStringLiteral("architecture"))
                    return QStringList { view.architecture() };
                if (name == QStringLiteral("platform"))
                    return QStringList { view.platform() };
                if (name == QStringLiteral("state"))
                    return QStringList { view.state() };
                if (name == QStringLiteral("is-public"))
                    return QStringList { view.isPublic() ? QStringLiteral("true") : QStringLiteral("false") };
                if (name == QStringLiteral("image-type"))
                    return QStringList { QStringLiteral("machine") };
                if (name == QStringLiteral("source-instance-id"))
                    return view.own ? QStringList { view.own->sourceInstanceId } : QStringList();
                return std::nullopt;
            },
            &invalid);
        if (!invalid.isEmpty())
            return Ec2Error::client(
                QStringLiteral("InvalidParameterValue"), QStringLiteral("The filter '%1' is invalid").arg(invalid));
        if (match && page.contains(n++))
            writeImage(out, view, call.region);
    }
    out.end();
    const QString next = page.nextToken(n);
    if (!next.isEmpty())
        out.text(QStringLiteral("nextToken"), next);
    return out.finish();
}

Ec2Outcome Ec2ImageActions::createImage(Ec2Call& call)
{
    const Ec2QueryRequest& r = call.request;
    const QString instanceId = r.value(QStringLiteral("InstanceId"));
    if (instanceId.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("InstanceId"));
    const QString name = r.value(QStringLiteral("Name"));
    if (name.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("Name"));
    // The documented AMI name rule: 3-128 characters of letters, digits and ( ) [ ] space . / - ' @ _
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}$"));
    if (!allowed.match(name).hasMatch())
        return Ec2Error::client(QStringLiteral("InvalidAMIName.Malformed"),
            QStringLiteral("AMI names must be between 3 and 128 characters long, and may contain letters, numbers, "
                           "'(', ')', '.', '-', '/' and '_'"));
    for (const Ec2TagSpecification& spec : r.tagSpecifications()) {
        if (spec.resourceType != QStringLiteral("image") && spec.resourceType != QStringLiteral("snapshot"))
            return Ec2Error::invalidValue(QStringLiteral("TagSpecification.ResourceType"), spec.resourceType);
    }
    if (!call.region.instances.contains(instanceId))
        return Ec2Error::notFound(
            QStringLiteral("InvalidInstanceID.NotFound"), QStringLiteral("instance ID"), { instanceId });
    const Ec2Instance& instance = call.region.instances[instanceId];
    if (instance.state != QStringLiteral("running") && instance.state != QStringLiteral("stopped"))
        return Ec2Error::client(QStringLiteral("IncorrectInstanceState"),
            QStringLiteral("The instance '%1' is not in a state from which it can be imaged.").arg(instanceId));
    for (const Ec2UserImage& other : std::as_const(call.region.images)) {
        if (other.name == name)
            return Ec2Error::client(QStringLiteral("InvalidAMIName.Duplicate"),
                QStringLiteral("AMI name %1 is already in use by AMI %2").arg(name, other.id));
    }

    Ec2UserImage image;
    image.id = call.state.newId(QStringLiteral("ami"));
    image.name = name;
    image.description = r.value(QStringLiteral("Description"));
    image.sourceInstanceId = instanceId;
    if (const Ec2InstanceType* type = Ec2Catalog::instanceType(instance.instanceType))
        image.architecture = type->architecture;
    image.state = QStringLiteral("pending");
    image.transition = call.state.transitionTo(call.state.imageOutcome());
    image.created = call.state.now();
    image.tags = Ec2State::specifiedTags(r, QStringLiteral("image"));
    // One snapshot of the root volume and one per attached EBS volume. The server does not model
    // root volumes, so the root snapshot names "vol-ffffffff", EC2's placeholder for a volume it
    // does not show.
    QList<QPair<QString, int>> sources { { QStringLiteral("vol-ffffffff"), 8 } };
    QStringList devices { QStringLiteral("/dev/xvda") };
    for (const Ec2Volume& volume : std::as_const(call.region.volumes)) {
        if (volume.instanceId == instanceId) {
            sources.append({ volume.id, volume.sizeGiB });
            devices.append(volume.device);
        }
    }
    for (int i = 0; i < sources.size(); ++i) {
        Ec2Snapshot snapshot;
        snapshot.id = call.state.newId(QStringLiteral("snap"));
        snapshot.volumeId = sources.at(i).first;
        snapshot.sizeGiB = sources.at(i).second;
        snapshot.state = QStringLiteral("pending");
        snapshot.transition = call.state.transitionTo(QStringLiteral("completed"));
        snapshot.description = QStringLiteral("Created by CreateImage(%1) for %2").arg(instanceId, image.id);
        snapshot.started = call.state.now();
        snapshot.tags = Ec2State::specifiedTags(r, QStringLiteral("snapshot"));
        call.region.snapshots.insert(snapshot.id, snapshot);
        image.devices.append({ devices.at(i), snapshot.id });
    }
    call.region.images.insert(image.id, image);

    Ec2XmlWriter out(r.action(), call.requestId);
    out.text(QStringLiteral("imageId"), image.id);
    return out.finish();
}

Ec2Outcome Ec2ImageActions::deregisterImage(Ec2Call& call)
{
    const QString id = call.request.value(QStringLiteral("ImageId"));
    if (id.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("ImageId"));
    if (!call.region.images.contains(id)) {
        if (Ec2Catalog::image(id))
            return Ec2Error::client(
                QStringLiteral("AuthFailure"), QStringLiteral("Not authorized for image:%1").arg(id));
        return imageNotFound(id);
    }
    // EC2 keeps the snapshots: deleting them is the caller's business (DeleteSnapshot).
    call.region.images.remove(id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

Ec2Outcome Ec2ImageActions::deleteSnapshot(Ec2Call& call)
{
    const QString id = call.request.value(QStringLiteral("SnapshotId"));
    if (id.isEmpty())
        return Ec2Error::missingParameter(QStringLiteral("SnapshotId"));
    if (!call.region.snapshots.contains(id))
        return Ec2Error::client(
            QStringLiteral("InvalidSnapshot.NotFound"), QStringLiteral("The snapshot '%1' does not exist.").arg(id));
    for (const Ec2UserImage& image : std::as_const(call.region.images)) {
        for (const auto& [device, snapshotId] : image.devices) {
            if (snapshotId == id)
                return Ec2Error::client(QStringLiteral("InvalidSnapshot.InUse"),
                    QStringLiteral("The snapshot %1 is currently in use by %2").arg(id, image.id));
        }
    }
    call.region.snapshots.remove(id);
    Ec2XmlWriter out(call.request.action(), call.requestId);
    out.returnTrue();
    return out.finish();
}

} // namespace Barista
