// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/aws/AwsCompute.h"

#include "providers/aws/AwsCatalogOps.h"
#include "providers/aws/AwsMapper.h"
#include "providers/aws/AwsNetwork.h"

#include <QCoreApplication>

namespace Barista {

namespace {

const QString kReservationSet = QStringLiteral("reservationSet");
const QString kInstancesSet = QStringLiteral("instancesSet");
const QString kKeySet = QStringLiteral("keySet");

QList<AwsXmlNode> flatten(const QList<AwsXmlNode>& reservations)
{
    QList<AwsXmlNode> out;
    for (const AwsXmlNode& reservation : reservations)
        out += reservation.items(kInstancesSet);
    return out;
}

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("InvalidParameterValue"), message);
}

} // namespace

AwsCompute::AwsCompute(AwsSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

Result<QList<AwsXmlNode>> AwsCompute::instances(const AwsParams& params)
{
    const Result<QList<AwsXmlNode>> reservations
        = m_session.all(QStringLiteral("DescribeInstances"), params, kReservationSet);
    if (!reservations.ok())
        return reservations.error();
    return flatten(reservations.value());
}

Result<ResourcePage> AwsCompute::listVms(const ListRequest& request)
{
    const Result<AwsPage> page = m_session.page(
        QStringLiteral("DescribeInstances"), AwsParams(), kReservationSet, request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const AwsXmlNode& instance : flatten(page.value().items))
        out.items.append(AwsMapper::toVm(instance));
    out.nextPageToken = page.value().nextToken;
    return out;
}

Result<Resource> AwsCompute::getVm(const QString& id)
{
    AwsParams params;
    if (AwsMapper::isId(id, QStringLiteral("i")))
        params.list(QStringLiteral("InstanceId"), { id });
    else
        params.filter(QStringLiteral("tag:Name"), { id });
    const Result<QList<AwsXmlNode>> found = instances(params);
    if (!found.ok())
        return found.error();
    const AwsXmlNode* best = nullptr;
    for (const AwsXmlNode& instance : found.value()) {
        const bool gone = instance.child(QStringLiteral("instanceState")).value(QStringLiteral("name"))
            == QLatin1String("terminated");
        if (!best || !gone)
            best = &instance;
        if (!gone)
            break;
    }
    if (!best) {
        CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidInstanceID.NotFound"),
            QCoreApplication::translate("AwsCompute", "No instance \"%1\" in region %2.").arg(id, m_connection.region));
        error.httpStatus = 400;
        return error;
    }
    return Resource(AwsMapper::toVm(*best));
}

Result<QString> AwsCompute::resolveVmId(const Iid& iid)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    const Result<Resource> vm = getVm(iid.nameId);
    if (!vm.ok())
        return vm.error();
    return vm.value().iid().systemId;
}

Result<QString> AwsCompute::resolveKeyName(const Iid& iid)
{
    if (!iid.nameId.isEmpty())
        return iid.nameId; // EC2 addresses key pairs by name
    const Result<Resource> key = getKeyPair(iid.systemId);
    if (!key.ok())
        return key.error();
    return key.value().iid().nameId;
}

Result<Resource> AwsCompute::createVm(const VmInfo& request, const MutationContext& context)
{
    if (request.specName.isEmpty() || request.imageName.isEmpty())
        return invalid(QCoreApplication::translate("AwsCompute", "A VM needs an image and a spec (instance type)."));
    AwsCatalogOps catalog(m_session, m_connection);
    const Result<AwsXmlNode> image = catalog.findImage(request.imageName);
    if (!image.ok())
        return image.error();
    AwsNetwork network(m_session, m_connection);
    QString vpcId;
    if (!request.vpcIid.isEmpty()) {
        const Result<QString> vpc = network.resolveVpcId(request.vpcIid);
        if (!vpc.ok())
            return vpc.error();
        vpcId = vpc.value();
    }
    AwsParams params;
    params.add(QStringLiteral("ImageId"), image.value().value(QStringLiteral("imageId")))
        .add(QStringLiteral("InstanceType"), request.specName)
        .add(QStringLiteral("MinCount"), 1)
        .add(QStringLiteral("MaxCount"), 1);
    if (!context.idempotencyToken.isEmpty())
        params.add(QStringLiteral("ClientToken"), context.idempotencyToken);
    if (!request.keyPairIid.isEmpty()) {
        const Result<QString> key = resolveKeyName(request.keyPairIid);
        if (!key.ok())
            return key.error();
        params.add(QStringLiteral("KeyName"), key.value());
    }
    if (!request.subnetIid.isEmpty()) {
        const Result<QString> subnet = network.resolveSubnetId(request.subnetIid, vpcId);
        if (!subnet.ok())
            return subnet.error();
        params.add(QStringLiteral("SubnetId"), subnet.value());
    }
    const QString zone = request.zone.isEmpty() ? m_connection.zone : request.zone;
    if (request.subnetIid.isEmpty() && !vpcId.isEmpty()) {
        const Result<QString> subnet = network.firstSubnet(vpcId, zone);
        if (!subnet.ok())
            return subnet.error();
        params.add(QStringLiteral("SubnetId"), subnet.value());
    } else if (request.subnetIid.isEmpty() && !zone.isEmpty()) {
        params.add(QStringLiteral("Placement.AvailabilityZone"), zone);
    }
    QStringList groups;
    for (const Iid& group : request.securityGroupIids) {
        const Result<QString> id = network.resolveGroupId(group, vpcId);
        if (!id.ok())
            return id.error();
        groups << id.value();
    }
    params.list(QStringLiteral("SecurityGroupId"), groups);
    if (request.rootDiskSizeGb > 0 || !request.rootDiskType.isEmpty()) {
        const QString base = QStringLiteral("BlockDeviceMapping.1.");
        params.add(base + QStringLiteral("DeviceName"), image.value().value(QStringLiteral("rootDeviceName")));
        if (request.rootDiskSizeGb > 0)
            params.add(base + QStringLiteral("Ebs.VolumeSize"), request.rootDiskSizeGb);
        if (!request.rootDiskType.isEmpty())
            params.add(base + QStringLiteral("Ebs.VolumeType"), request.rootDiskType);
    }
    // The token travels as ClientToken (EC2 keeps it on the instance): no token tag needed.
    const QMap<QString, QString> tags = AwsMapper::tagsFor(request.iid.nameId, request.tags, context, false);
    params.tagSpecification(QStringLiteral("instance"), tags).tagSpecification(QStringLiteral("volume"), tags);
    const Result<AwsXmlNode> made = m_session.call(QStringLiteral("RunInstances"), params);
    if (!made.ok())
        return made.error();
    const QList<AwsXmlNode> launched = made.value().items(kInstancesSet);
    if (launched.isEmpty())
        return CloudError::make(CloudError::Kind::Internal, QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("AwsCompute", "RunInstances answered without an instance."));
    return Resource(AwsMapper::toVm(launched.first()));
}

Result<Done> AwsCompute::removeVm(const Iid& iid)
{
    const Result<QString> id = resolveVmId(iid);
    if (!id.ok())
        return id.error();
    const Result<AwsXmlNode> done = m_session.call(
        QStringLiteral("TerminateInstances"), AwsParams().list(QStringLiteral("InstanceId"), { id.value() }));
    if (!done.ok())
        return done.error();
    return Done {};
}

Result<Resource> AwsCompute::controlVm(const Iid& iid, ControlAction action)
{
    const Result<QString> id = resolveVmId(iid);
    if (!id.ok())
        return id.error();
    QString call;
    switch (action) {
    case ControlAction::Suspend:
        call = QStringLiteral("StopInstances");
        break;
    case ControlAction::Resume:
        call = QStringLiteral("StartInstances");
        break;
    case ControlAction::Reboot:
        call = QStringLiteral("RebootInstances");
        break;
    case ControlAction::Terminate:
        call = QStringLiteral("TerminateInstances");
        break;
    }
    const Result<AwsXmlNode> done
        = m_session.call(call, AwsParams().list(QStringLiteral("InstanceId"), { id.value() }));
    if (!done.ok())
        return done.error();
    return getVm(id.value());
}

Result<ResourcePage> AwsCompute::listKeyPairs()
{
    const Result<QList<AwsXmlNode>> keys = m_session.all(QStringLiteral("DescribeKeyPairs"), AwsParams(), kKeySet);
    if (!keys.ok())
        return keys.error();
    ResourcePage out;
    for (const AwsXmlNode& key : keys.value())
        out.items.append(AwsMapper::toKeyPair(key));
    return out;
}

Result<Resource> AwsCompute::getKeyPair(const QString& id)
{
    const bool byId = AwsMapper::isId(id, QStringLiteral("key"));
    const Result<QList<AwsXmlNode>> keys = m_session.all(QStringLiteral("DescribeKeyPairs"),
        AwsParams().list(byId ? QStringLiteral("KeyPairId") : QStringLiteral("KeyName"), { id }), kKeySet);
    if (!keys.ok())
        return keys.error();
    if (keys.value().isEmpty())
        return CloudError::make(CloudError::Kind::NotFound, QStringLiteral("InvalidKeyPair.NotFound"),
            QCoreApplication::translate("AwsCompute", "No key pair \"%1\" in region %2.").arg(id, m_connection.region));
    return Resource(AwsMapper::toKeyPair(keys.value().first()));
}

Result<Resource> AwsCompute::createKeyPair(const KeyPairInfo& request, const MutationContext& context)
{
    if (request.publicKey.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "AwsCompute", "A key pair for AWS needs the public key to import (OpenSSH format)."));
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QList<AwsXmlNode>> found = m_session.all(QStringLiteral("DescribeKeyPairs"),
            AwsParams().filter(QStringLiteral("tag:") + AwsMapper::tokenTag(), { context.idempotencyToken }), kKeySet);
        if (!found.ok())
            return found.error();
        if (!found.value().isEmpty()) {
            KeyPairInfo key = AwsMapper::toKeyPair(found.value().first());
            key.publicKey = request.publicKey;
            return Resource(key);
        }
    }
    AwsParams params;
    params.add(QStringLiteral("KeyName"), request.iid.nameId)
        .add(QStringLiteral("PublicKeyMaterial"), QString::fromLatin1(request.publicKey.trimmed().toUtf8().toBase64()))
        .tagSpecification(QStringLiteral("key-pair"), AwsMapper::tagsFor(QString(), request.tags, context));
    const Result<AwsXmlNode> made = m_session.call(QStringLiteral("ImportKeyPair"), params);
    if (!made.ok())
        return made.error();
    KeyPairInfo key = AwsMapper::toKeyPair(made.value());
    key.publicKey = request.publicKey;
    key.vmUserName = request.vmUserName;
    return Resource(key);
}

Result<Done> AwsCompute::removeKeyPair(const Iid& iid)
{
    AwsParams params;
    if (!iid.systemId.isEmpty())
        params.add(QStringLiteral("KeyPairId"), iid.systemId);
    else
        params.add(QStringLiteral("KeyName"), iid.nameId);
    const Result<AwsXmlNode> done = m_session.call(QStringLiteral("DeleteKeyPair"), params);
    if (!done.ok())
        return done.error();
    return Done {};
}

} // namespace Barista
