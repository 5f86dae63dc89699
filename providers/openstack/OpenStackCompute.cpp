// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/openstack/OpenStackCompute.h"

#include "providers/openstack/OpenStackMapper.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Barista {

namespace {

using S = OpenStackService;

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto& [key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q;
}

QString pathId(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ResourcePage pageOf(const QList<Resource>& items, const QString& next)
{
    ResourcePage page;
    page.items = items;
    page.nextPageToken = next;
    return page;
}

} // namespace

OpenStackCompute::OpenStackCompute(OpenStackSession& session, const ConnectionConfig& connection)
    : m_session(session)
    , m_connection(connection)
{
}

CloudError OpenStackCompute::notFound(const QString& what, const QString& id) const
{
    CloudError error = CloudError::make(CloudError::Kind::NotFound, QStringLiteral("itemNotFound"),
        QCoreApplication::translate("OpenStackCompute", "No %1 \"%2\" in region %3.").arg(what, id, m_connection.region));
    error.httpStatus = 404;
    return error;
}

Result<QJsonArray> OpenStackCompute::serversNamed(const QString& name)
{
    // Nova's name filter is a regular expression: anchor it and keep exact matches only.
    const QString pattern = QLatin1Char('^') + QRegularExpression::escape(name) + QLatin1Char('$');
    const Result<QJsonArray> servers = m_session.all(S::Compute, QStringLiteral("/servers/detail"),
        QStringLiteral("servers"), query({ { QStringLiteral("name"), pattern } }));
    if (!servers.ok())
        return servers;
    QJsonArray exact;
    for (const QJsonValue& server : servers.value()) {
        if (server.toObject().value(QLatin1String("name")).toString() == name)
            exact.append(server);
    }
    return exact;
}

Result<ResourcePage> OpenStackCompute::listVms(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(S::Compute, QStringLiteral("/servers/detail"),
        QStringLiteral("servers"), QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    QList<Resource> items;
    for (const QJsonValue& server : page.value().items)
        items.append(OpenStackMapper::toVm(server.toObject()));
    return pageOf(items, page.value().nextMarker);
}

Result<QString> OpenStackCompute::resolveVmId(const Iid& iid)
{
    if (!iid.systemId.isEmpty())
        return iid.systemId;
    const Result<QJsonArray> servers = serversNamed(iid.nameId);
    if (!servers.ok())
        return servers.error();
    if (servers.value().isEmpty())
        return notFound(QStringLiteral("server"), iid.nameId);
    return servers.value().first().toObject().value(QLatin1String("id")).toString();
}

Result<Resource> OpenStackCompute::getVm(const QString& id)
{
    if (OpenStackMapper::looksLikeId(id)) {
        const Result<QJsonObject> body = m_session.get(S::Compute, QStringLiteral("/servers/") + pathId(id));
        if (!body.ok())
            return body.error();
        return Resource(OpenStackMapper::toVm(body.value().value(QLatin1String("server")).toObject()));
    }
    const Result<QJsonArray> servers = serversNamed(id);
    if (!servers.ok())
        return servers.error();
    if (servers.value().isEmpty())
        return notFound(QStringLiteral("server"), id);
    return Resource(OpenStackMapper::toVm(servers.value().first().toObject()));
}

Result<QString> OpenStackCompute::resolveFlavor(const QString& nameOrId)
{
    const Result<QJsonArray> flavors = m_session.all(S::Compute, QStringLiteral("/flavors/detail"), QStringLiteral("flavors"));
    if (!flavors.ok())
        return flavors.error();
    for (const QJsonValue& value : flavors.value()) {
        const QJsonObject flavor = value.toObject();
        if (flavor.value(QLatin1String("name")).toString() == nameOrId
            || flavor.value(QLatin1String("id")).toString() == nameOrId)
            return flavor.value(QLatin1String("id")).toString();
    }
    return notFound(QStringLiteral("flavor"), nameOrId);
}

Result<QString> OpenStackCompute::resolveImage(const QString& nameOrId)
{
    if (OpenStackMapper::looksLikeId(nameOrId))
        return nameOrId;
    const Result<QJsonObject> body
        = m_session.get(S::Image, QStringLiteral("/images"), query({ { QStringLiteral("name"), nameOrId } }));
    if (!body.ok())
        return body.error();
    const QJsonArray images = body.value().value(QLatin1String("images")).toArray();
    if (images.isEmpty())
        return notFound(QStringLiteral("image"), nameOrId);
    return images.first().toObject().value(QLatin1String("id")).toString();
}

Result<QString> OpenStackCompute::resolveNetwork(const Iid& vpc)
{
    if (!vpc.systemId.isEmpty())
        return vpc.systemId;
    if (vpc.nameId.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"),
            QCoreApplication::translate("OpenStackCompute", "A VM needs a VPC (network) to attach to."));
    const Result<QJsonObject> body
        = m_session.get(S::Network, QStringLiteral("/networks"), query({ { QStringLiteral("name"), vpc.nameId } }));
    if (!body.ok())
        return body.error();
    const QJsonArray networks = body.value().value(QLatin1String("networks")).toArray();
    if (networks.isEmpty())
        return notFound(QStringLiteral("network"), vpc.nameId);
    return networks.first().toObject().value(QLatin1String("id")).toString();
}

Result<Resource> OpenStackCompute::createVm(const VmInfo& request, const MutationContext& context)
{
    if (!context.idempotencyToken.isEmpty()) {
        const Result<QJsonArray> existing = serversNamed(request.iid.nameId);
        if (!existing.ok())
            return existing.error();
        for (const QJsonValue& server : existing.value()) {
            const QJsonObject metadata = server.toObject().value(QLatin1String("metadata")).toObject();
            if (metadata.value(OpenStackMapper::tokenTag()).toString() == context.idempotencyToken)
                return Resource(OpenStackMapper::toVm(server.toObject()));
        }
    }
    if (request.imageName.isEmpty() || request.specName.isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"),
            QCoreApplication::translate("OpenStackCompute", "A VM needs an image and a spec (flavor)."));
    const Result<QString> image = resolveImage(request.imageName);
    if (!image.ok())
        return image.error();
    const Result<QString> flavor = resolveFlavor(request.specName);
    if (!flavor.ok())
        return flavor.error();
    const Result<QString> network = resolveNetwork(request.vpcIid);
    if (!network.ok())
        return network.error();

    QJsonObject server {
        { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("imageRef"), image.value() },
        { QStringLiteral("flavorRef"), flavor.value() },
        { QStringLiteral("networks"), QJsonArray { QJsonObject { { QStringLiteral("uuid"), network.value() } } } },
        { QStringLiteral("metadata"),
            OpenStackMapper::metadata(OpenStackMapper::tagsFor(request.tags, context)) },
    };
    QJsonArray groups;
    for (const Iid& group : request.securityGroupIids) // Nova takes a group's name or id
        groups.append(QJsonObject { { QStringLiteral("name"), group.systemId.isEmpty() ? group.nameId : group.systemId } });
    if (!groups.isEmpty())
        server.insert(QLatin1String("security_groups"), groups);
    const QString keyName = request.keyPairIid.nameId.isEmpty() ? request.keyPairIid.systemId : request.keyPairIid.nameId;
    if (!keyName.isEmpty())
        server.insert(QLatin1String("key_name"), keyName);
    const QString zone = request.zone.isEmpty() ? m_connection.zone : request.zone;
    if (!zone.isEmpty())
        server.insert(QLatin1String("availability_zone"), zone);
    if (m_session.isCanceled())
        return CloudError::make(CloudError::Kind::Canceled, QStringLiteral("Canceled"), QString());
    const Result<QJsonObject> created
        = m_session.post(S::Compute, QStringLiteral("/servers"), QJsonObject { { QStringLiteral("server"), server } });
    if (!created.ok())
        return created.error();
    const QString id = created.value().value(QLatin1String("server")).toObject().value(QLatin1String("id")).toString();
    return getVm(id);
}

Result<Done> OpenStackCompute::removeVm(const Iid& iid)
{
    const Result<QString> id = resolveVmId(iid);
    if (!id.ok())
        return id.error();
    return m_session.remove(S::Compute, QStringLiteral("/servers/") + pathId(id.value()));
}

Result<Resource> OpenStackCompute::controlVm(const Iid& iid, ControlAction action)
{
    const Result<QString> id = resolveVmId(iid);
    if (!id.ok())
        return id.error();
    const QString actionPath = QStringLiteral("/servers/") + pathId(id.value()) + QStringLiteral("/action");
    QJsonObject body;
    switch (action) {
    case ControlAction::Suspend:
        body.insert(QLatin1String("os-stop"), QJsonValue::Null);
        break;
    case ControlAction::Resume: {
        const Result<Resource> current = getVm(id.value());
        if (!current.ok())
            return current.error();
        const QString status = current.value().as<VmInfo>()->extra.value(QLatin1String("status")).toString();
        const char* verb = status == QLatin1String("SUSPENDED") ? "resume"
            : status == QLatin1String("PAUSED")                  ? "unpause"
            : status.startsWith(QLatin1String("SHELVED"))         ? "unshelve"
                                                                  : "os-start";
        body.insert(QLatin1String(verb), QJsonValue::Null);
        break;
    }
    case ControlAction::Reboot:
        body.insert(QLatin1String("reboot"), QJsonObject { { QStringLiteral("type"), QStringLiteral("SOFT") } });
        break;
    case ControlAction::Terminate: {
        const Result<Resource> before = getVm(id.value());
        const Result<Done> removed = removeVm(Iid { iid.nameId, id.value() });
        if (!removed.ok())
            return removed.error();
        VmInfo vm = before.ok() ? *before.value().as<VmInfo>() : VmInfo {};
        vm.iid = Iid { vm.iid.nameId.isEmpty() ? iid.nameId : vm.iid.nameId, id.value() };
        vm.status = VmStatus::Terminating;
        return Resource(vm);
    }
    }
    const Result<QJsonObject> done = m_session.post(S::Compute, actionPath, body);
    if (!done.ok())
        return done.error();
    return getVm(id.value());
}

Result<ResourcePage> OpenStackCompute::listKeyPairs(const ListRequest& request)
{
    const Result<OpenStackPage> page = m_session.page(S::Compute, QStringLiteral("/os-keypairs"),
        QStringLiteral("keypairs"), QUrlQuery(), request.pageSize, request.pageToken);
    if (!page.ok())
        return page.error();
    QList<Resource> items;
    for (const QJsonValue& item : page.value().items)
        items.append(OpenStackMapper::toKeyPair(item.toObject().value(QLatin1String("keypair")).toObject()));
    // Key pairs are paged by name: the marker is the last name.
    const QString next = page.value().nextMarker.isEmpty() || items.isEmpty() ? QString() : items.last().iid().nameId;
    return pageOf(items, next);
}

Result<Resource> OpenStackCompute::getKeyPair(const QString& name)
{
    const Result<QJsonObject> body = m_session.get(S::Compute, QStringLiteral("/os-keypairs/") + pathId(name));
    if (!body.ok())
        return body.error();
    return Resource(OpenStackMapper::toKeyPair(body.value().value(QLatin1String("keypair")).toObject()));
}

Result<Resource> OpenStackCompute::createKeyPair(const KeyPairInfo& request)
{
    // Since 2.92 Nova no longer makes keys: we always import our own public key.
    if (request.publicKey.trimmed().isEmpty())
        return CloudError::make(CloudError::Kind::InvalidRequest, QStringLiteral("badRequest"),
            QCoreApplication::translate("OpenStackCompute", "An OpenStack key pair needs the public key to import."));
    const QJsonObject keypair {
        { QStringLiteral("name"), request.iid.nameId },
        { QStringLiteral("public_key"), request.publicKey.trimmed() },
        { QStringLiteral("type"), QStringLiteral("ssh") },
    };
    const Result<QJsonObject> created = m_session.post(
        S::Compute, QStringLiteral("/os-keypairs"), QJsonObject { { QStringLiteral("keypair"), keypair } });
    if (!created.ok()) {
        // A retried import of the same key finds it already there: adopt it.
        if (created.error().kind == CloudError::Kind::Conflict) {
            const Result<Resource> existing = getKeyPair(request.iid.nameId);
            if (existing.ok() && existing.value().as<KeyPairInfo>()->publicKey == request.publicKey.trimmed())
                return existing;
        }
        return created.error();
    }
    KeyPairInfo info = OpenStackMapper::toKeyPair(created.value().value(QLatin1String("keypair")).toObject());
    info.vmUserName = request.vmUserName;
    return Resource(info);
}

Result<Done> OpenStackCompute::removeKeyPair(const Iid& iid)
{
    const QString name = iid.nameId.isEmpty() ? iid.systemId : iid.nameId;
    return m_session.remove(S::Compute, QStringLiteral("/os-keypairs/") + pathId(name));
}

Result<Done> OpenStackCompute::attachVolume(const QString& vmId, const QString& volumeId)
{
    const QJsonObject body { { QStringLiteral("volumeAttachment"), QJsonObject { { QStringLiteral("volumeId"), volumeId } } } };
    const Result<QJsonObject> done = m_session.post(
        S::Compute, QStringLiteral("/servers/") + pathId(vmId) + QStringLiteral("/os-volume_attachments"), body);
    if (!done.ok())
        return done.error();
    return Done {};
}

Result<Done> OpenStackCompute::detachVolume(const QString& vmId, const QString& volumeId)
{
    return m_session.remove(S::Compute,
        QStringLiteral("/servers/") + pathId(vmId) + QStringLiteral("/os-volume_attachments/") + pathId(volumeId));
}

} // namespace Barista
