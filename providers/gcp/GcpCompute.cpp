// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gcp/GcpCompute.h"

#include "providers/gcp/GcpCatalogOps.h"
#include "providers/gcp/GcpMapper.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Barista {

namespace {

const QLatin1String kSshKeys("ssh-keys");

QString nameOf(const Iid& iid)
{
    return iid.systemId.isEmpty() ? iid.nameId : iid.systemId;
}

CloudError invalid(const QString& message)
{
    return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("invalid"), message);
}

CloudError keyNotFound(const QString& name)
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("notFound"),
        QCoreApplication::translate("GcpCompute", "The key pair \"%1\" is not in the project's ssh-keys metadata.")
            .arg(name));
    error.httpStatus = 404;
    return error;
}

// "type base64" of an OpenSSH public key line (the comment dropped).
QString keyBody(const QString& publicKey)
{
    const QStringList parts = publicKey.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1) : QString();
}

} // namespace

GcpCompute::GcpCompute(GcpSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

QString GcpCompute::fingerprint(const QString& publicKey)
{
    const QByteArray blob = QByteArray::fromBase64(keyBody(publicKey).section(QLatin1Char(' '), 1).toLatin1());
    QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (hash.endsWith('='))
        hash.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(hash);
}

QString GcpCompute::sshKeysLine(const QString& user, const QString& publicKey, const QString& name)
{
    return QStringLiteral("%1:%2 %3").arg(user, keyBody(publicKey), name);
}

QList<KeyPairInfo> GcpCompute::parseSshKeys(const QString& value)
{
    QList<KeyPairInfo> keys;
    for (const QString& rawLine : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = rawLine.trimmed();
        const int colon = line.indexOf(QLatin1Char(':'));
        const QStringList parts = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (colon <= 0 || parts.size() < 3)
            continue; // a key someone added without a name: not one of ours
        KeyPairInfo key;
        key.iid = { parts.at(2), parts.at(2) };
        key.vmUserName = line.left(colon);
        key.publicKey = parts.at(0) + QLatin1Char(' ') + parts.at(1);
        key.fingerprint = fingerprint(key.publicKey);
        keys.append(key);
    }
    return keys;
}

Result<GcpCompute::ProjectKeys> GcpCompute::projectKeys()
{
    const Result<QJsonObject> project = m_session.getAbsolute(QStringLiteral("projects/") + m_session.project());
    if (!project.ok())
        return project.error();
    ProjectKeys out;
    const QJsonObject metadata = project.value().value(QLatin1String("commonInstanceMetadata")).toObject();
    out.fingerprint = metadata.value(QLatin1String("fingerprint")).toString();
    out.items = metadata.value(QLatin1String("items")).toArray();
    for (const QJsonValue& item : std::as_const(out.items)) {
        if (item.toObject().value(QLatin1String("key")).toString() == kSshKeys)
            out.keys = parseSshKeys(item.toObject().value(QLatin1String("value")).toString());
    }
    return out;
}

Result<Done> GcpCompute::writeKeys(const ProjectKeys& project, const QList<KeyPairInfo>& keys, const QString& requestId)
{
    QJsonArray items;
    for (const QJsonValue& item : project.items) {
        if (item.toObject().value(QLatin1String("key")).toString() != kSshKeys)
            items.append(item);
    }
    QStringList lines;
    for (const KeyPairInfo& key : keys)
        lines.append(sshKeysLine(key.vmUserName, key.publicKey, key.iid.nameId));
    if (!lines.isEmpty())
        items.append(QJsonObject {
            { QStringLiteral("key"), kSshKeys }, { QStringLiteral("value"), lines.join(QLatin1Char('\n')) } });
    const QJsonObject body { { QStringLiteral("fingerprint"), project.fingerprint },
        { QStringLiteral("items"), items } };
    const Result<QJsonObject> done
        = m_session.mutate(QByteArrayLiteral("POST"), QStringLiteral("setCommonInstanceMetadata"), body, requestId);
    if (!done.ok())
        return done.error();
    return Done {};
}

Result<ResourcePage> GcpCompute::listKeyPairs()
{
    const Result<ProjectKeys> project = projectKeys();
    if (!project.ok())
        return project.error();
    ResourcePage out;
    for (const KeyPairInfo& key : project.value().keys)
        out.items.append(key);
    return out;
}

Result<Resource> GcpCompute::getKeyPair(const QString& name)
{
    const Result<ProjectKeys> project = projectKeys();
    if (!project.ok())
        return project.error();
    for (const KeyPairInfo& key : project.value().keys) {
        if (key.iid.nameId == name)
            return Resource(key);
    }
    return keyNotFound(name);
}

Result<Resource> GcpCompute::createKeyPair(const KeyPairInfo& request, const MutationContext& context)
{
    if (keyBody(request.publicKey).isEmpty())
        return invalid(QCoreApplication::translate(
            "GcpCompute", "A key pair for GCP needs the public key to import (OpenSSH format)."));
    const Result<ProjectKeys> project = projectKeys();
    if (!project.ok())
        return project.error();
    for (const KeyPairInfo& key : project.value().keys) {
        if (key.iid.nameId != request.iid.nameId)
            continue;
        if (key.publicKey == keyBody(request.publicKey))
            return Resource(key); // a retry of the same import
        return CloudError::make(CloudError::Kind::Conflict, QStringLiteral("alreadyExists"),
            QCoreApplication::translate("GcpCompute", "A different key named \"%1\" is already in the project.")
                .arg(request.iid.nameId));
    }
    KeyPairInfo key;
    key.iid = { request.iid.nameId, request.iid.nameId };
    key.vmUserName = request.vmUserName.isEmpty() ? GcpMapper::defaultVmUser() : request.vmUserName;
    key.publicKey = keyBody(request.publicKey);
    key.fingerprint = fingerprint(key.publicKey);
    const Result<Done> written = writeKeys(project.value(), project.value().keys + QList<KeyPairInfo> { key },
        GcpSession::requestId(context.idempotencyToken, QStringLiteral("keypair/") + key.iid.nameId));
    if (!written.ok())
        return written.error();
    return Resource(key);
}

Result<Done> GcpCompute::removeKeyPair(const Iid& iid)
{
    const QString name = nameOf(iid);
    const Result<ProjectKeys> project = projectKeys();
    if (!project.ok())
        return project.error();
    QList<KeyPairInfo> kept;
    for (const KeyPairInfo& key : project.value().keys) {
        if (key.iid.nameId != name)
            kept.append(key);
    }
    if (kept.size() == project.value().keys.size())
        return keyNotFound(name);
    return writeKeys(project.value(), kept, GcpSession::requestId({}, {}));
}

Result<ResourcePage> GcpCompute::listVms(const ListRequest& request)
{
    const Result<GcpPage> page = m_session.page(
        QStringLiteral("zones/%1/instances").arg(m_session.zone()), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    ResourcePage out;
    for (const QJsonValue& instance : page.value().items)
        out.items.append(GcpMapper::toVm(instance.toObject()));
    out.nextPageToken = page.value().nextPageToken;
    return out;
}

Result<Resource> GcpCompute::getVm(const QString& name)
{
    const Result<QJsonObject> instance
        = m_session.get(QStringLiteral("zones/%1/instances/%2").arg(m_session.zone(), name));
    if (!instance.ok())
        return instance.error();
    return Resource(GcpMapper::toVm(instance.value()));
}

Result<Resource> GcpCompute::createVm(const VmInfo& request, const MutationContext& context)
{
    const QString zone = request.zone.isEmpty() ? m_session.zone() : request.zone;
    if (request.specName.isEmpty() || request.imageName.isEmpty())
        return invalid(QCoreApplication::translate("GcpCompute", "A VM on GCP needs a machine type and an image."));
    const Result<QString> image = GcpCatalogOps(m_session, m_connection).resolveImage(request.imageName);
    if (!image.ok())
        return image.error();

    QJsonArray metadata;
    if (!request.keyPairIid.isEmpty()) {
        const Result<Resource> key = getKeyPair(nameOf(request.keyPairIid));
        if (!key.ok())
            return key.error();
        const KeyPairInfo* info = key.value().as<KeyPairInfo>();
        const QString user = request.vmUserName.isEmpty() ? info->vmUserName : request.vmUserName;
        metadata.append(QJsonObject { { QStringLiteral("key"), kSshKeys },
            { QStringLiteral("value"), sshKeysLine(user, info->publicKey, info->iid.nameId) } });
        metadata.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("block-project-ssh-keys") },
            { QStringLiteral("value"), QStringLiteral("TRUE") } });
    }
    QJsonObject initialize { { QStringLiteral("sourceImage"), image.value() } };
    if (request.rootDiskSizeGb > 0)
        initialize.insert(QStringLiteral("diskSizeGb"), QString::number(request.rootDiskSizeGb));
    if (!request.rootDiskType.isEmpty())
        initialize.insert(
            QStringLiteral("diskType"), QStringLiteral("zones/%1/diskTypes/%2").arg(zone, request.rootDiskType));
    QJsonArray disks { QJsonObject { { QStringLiteral("boot"), true }, { QStringLiteral("autoDelete"), true },
        { QStringLiteral("initializeParams"), initialize } } };
    for (const Iid& disk : request.dataDiskIids)
        disks.append(QJsonObject { { QStringLiteral("boot"), false },
            { QStringLiteral("source"),
                m_session.partial(QStringLiteral("zones/%1/disks/%2").arg(zone, nameOf(disk))) } });
    QJsonObject nic { { QStringLiteral("accessConfigs"),
        QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("ONE_TO_ONE_NAT") },
            { QStringLiteral("name"), QStringLiteral("External NAT") } } } } };
    if (!request.vpcIid.isEmpty())
        nic.insert(
            QStringLiteral("network"), m_session.partial(QStringLiteral("global/networks/") + nameOf(request.vpcIid)));
    if (!request.subnetIid.isEmpty())
        nic.insert(QStringLiteral("subnetwork"),
            m_session.partial(
                QStringLiteral("regions/%1/subnetworks/%2").arg(m_session.region(), nameOf(request.subnetIid))));
    QJsonArray groupTags;
    for (const Iid& group : request.securityGroupIids)
        groupTags.append(nameOf(group));
    QMap<QString, QString> tags = request.tags;
    tags.insert(context.tags);
    const QJsonObject body { { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("machineType"), QStringLiteral("zones/%1/machineTypes/%2").arg(zone, request.specName) },
        { QStringLiteral("disks"), disks }, { QStringLiteral("networkInterfaces"), QJsonArray { nic } },
        { QStringLiteral("tags"), QJsonObject { { QStringLiteral("items"), groupTags } } },
        { QStringLiteral("labels"), GcpMapper::labels(tags) },
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("items"), metadata } } } };
    const Result<QJsonObject> made
        = m_session.mutate(QByteArrayLiteral("POST"), QStringLiteral("zones/%1/instances").arg(zone), body,
            GcpSession::requestId(context.idempotencyToken, QStringLiteral("instance/") + request.iid.nameId));
    if (!made.ok())
        return made.error();
    const Result<QJsonObject> instance
        = m_session.get(QStringLiteral("zones/%1/instances/%2").arg(zone, request.iid.nameId));
    if (!instance.ok())
        return instance.error();
    VmInfo vm = GcpMapper::toVm(instance.value());
    vm.imageName = request.imageName;
    return Resource(vm);
}

Result<Done> GcpCompute::removeVm(const Iid& iid, const MutationContext& context)
{
    const QString name = nameOf(iid);
    const Result<QJsonObject> gone = m_session.mutate(QByteArrayLiteral("DELETE"),
        QStringLiteral("zones/%1/instances/%2").arg(m_session.zone(), name), {},
        GcpSession::requestId(context.idempotencyToken, QStringLiteral("delete/") + name));
    if (!gone.ok())
        return gone.error();
    return Done {};
}

Result<Resource> GcpCompute::controlVm(const Iid& iid, ControlAction action, const MutationContext& context)
{
    const QString name = nameOf(iid);
    QString verb;
    switch (action) {
    case ControlAction::Suspend:
        verb = QStringLiteral("stop");
        break;
    case ControlAction::Resume:
        verb = QStringLiteral("start");
        break;
    case ControlAction::Reboot:
        verb = QStringLiteral("reset");
        break;
    case ControlAction::Terminate: {
        const Result<Resource> before = getVm(name);
        if (!before.ok())
            return before.error();
        const Result<Done> gone = removeVm(iid, context);
        if (!gone.ok())
            return gone.error();
        VmInfo vm = *before.value().as<VmInfo>();
        vm.status = VmStatus::Terminated;
        return Resource(vm);
    }
    }
    const Result<QJsonObject> done = m_session.mutate(QByteArrayLiteral("POST"),
        QStringLiteral("zones/%1/instances/%2/%3").arg(m_session.zone(), name, verb), {},
        GcpSession::requestId(context.idempotencyToken, verb + QLatin1Char('/') + name));
    if (!done.ok())
        return done.error();
    return getVm(name);
}

} // namespace Barista
