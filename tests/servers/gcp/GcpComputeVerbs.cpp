// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpComputeVerbs.h"

#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>

namespace Barista {

namespace {

using GcpServerJson::last;
using GcpServerJson::sizeGbOf;
using GcpServerJson::str;

} // namespace

GcpComputeVerbs::GcpComputeVerbs(GcpComputeState& state)
    : m_state(state)
{
}

QJsonObject GcpComputeVerbs::operation(const QString& project, const QString& zone, const QString& type,
    const QString& target, const QUrlQuery& query, GcpEffect effect)
{
    QJsonObject op = m_state.startOperation(project, QStringLiteral("zone"), zone, type, target,
        query.queryItemValue(QStringLiteral("requestId")), std::move(effect));
    op.insert(QStringLiteral("user"), m_user);
    return op;
}

GcpOutcome GcpComputeVerbs::instanceVerb(const QString& project, const QString& zone, const QString& name,
    const QString& verb, const QUrlQuery& query, const QJsonObject& body)
{
    const QString path = QStringLiteral("projects/%1/zones/%2/instances/%3").arg(project, zone, name);
    if (!m_state.has(path))
        return GcpOutcome::fail(GcpApiError::notFound(path));
    QJsonObject& instance = m_state.at(path);
    const QString status = str(instance, "status");
    auto notReady = [&](const QString& why) {
        return GcpOutcome::fail({ 400, QStringLiteral("resourceNotReady"),
            QStringLiteral("The resource '%1' is not ready: %2").arg(path, why) });
    };
    auto setStatus = [this, path](const QString& to) -> GcpEffect {
        return [this, path, to]() -> std::optional<GcpApiError> {
            if (m_state.has(path))
                m_state.at(path).insert(QStringLiteral("status"), to);
            return std::nullopt;
        };
    };
    GcpEffect effect;
    if (verb == QLatin1String("stop")) {
        if (status != QLatin1String("TERMINATED"))
            instance.insert(QStringLiteral("status"), QStringLiteral("STOPPING"));
        effect = setStatus(QStringLiteral("TERMINATED"));
    } else if (verb == QLatin1String("start")) {
        if (status == QLatin1String("SUSPENDED") || status == QLatin1String("SUSPENDING"))
            return notReady(QStringLiteral("a suspended instance is resumed, not started"));
        if (status == QLatin1String("TERMINATED"))
            effect = setStatus(QStringLiteral("STAGING"));
    } else if (verb == QLatin1String("suspend")) {
        if (status != QLatin1String("RUNNING"))
            return notReady(QStringLiteral("only a RUNNING instance can be suspended (it is %1)").arg(status));
        instance.insert(QStringLiteral("status"), QStringLiteral("SUSPENDING"));
        effect = setStatus(QStringLiteral("SUSPENDED"));
    } else if (verb == QLatin1String("resume")) {
        if (status != QLatin1String("SUSPENDED"))
            return notReady(QStringLiteral("only a SUSPENDED instance can be resumed (it is %1)").arg(status));
        instance.insert(QStringLiteral("status"), QStringLiteral("PROVISIONING"));
        effect = setStatus(QStringLiteral("RUNNING"));
    } else if (verb == QLatin1String("reset")) {
        if (status != QLatin1String("RUNNING"))
            return notReady(QStringLiteral("only a RUNNING instance can be reset (it is %1)").arg(status));
        effect = setStatus(QStringLiteral("RUNNING"));
    } else if (verb == QLatin1String("attachDisk")) {
        const QString disk = GcpComputeState::normalize(str(body, "source"), project);
        if (!m_state.has(disk))
            return GcpOutcome::fail(GcpApiError::notFound(disk));
        const QJsonArray users = m_state.at(disk).value(QLatin1String("users")).toArray();
        if (!users.isEmpty())
            return GcpOutcome::fail(GcpApiError::inUse(
                QStringLiteral("disk"), disk, GcpComputeState::normalize(users.first().toString(), project)));
        const QString device = body.value(QLatin1String("deviceName")).toString(last(disk));
        effect = [this, path, disk, device, body]() -> std::optional<GcpApiError> {
            if (!m_state.has(path) || !m_state.has(disk))
                return GcpApiError::notFound(disk);
            QJsonArray disks = m_state.at(path).value(QLatin1String("disks")).toArray();
            disks.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#attachedDisk") },
                { QStringLiteral("type"), QStringLiteral("PERSISTENT") },
                { QStringLiteral("mode"), body.value(QLatin1String("mode")).toString(QStringLiteral("READ_WRITE")) },
                { QStringLiteral("source"), m_state.url(disk) }, { QStringLiteral("deviceName"), device },
                { QStringLiteral("index"), int(disks.size()) }, { QStringLiteral("boot"), false },
                { QStringLiteral("autoDelete"), false },
                { QStringLiteral("diskSizeGb"), str(m_state.at(disk), "sizeGb") } });
            m_state.at(path).insert(QStringLiteral("disks"), disks);
            m_state.at(disk).insert(QStringLiteral("users"), QJsonArray { m_state.url(path) });
            return std::nullopt;
        };
    } else if (verb == QLatin1String("detachDisk")) {
        const QString device = query.queryItemValue(QStringLiteral("deviceName"));
        QString disk;
        for (const QJsonValue& value : instance.value(QLatin1String("disks")).toArray()) {
            if (str(value.toObject(), "deviceName") == device)
                disk = GcpComputeState::normalize(str(value.toObject(), "source"), project);
        }
        if (disk.isEmpty())
            return GcpOutcome::fail(
                GcpApiError::invalid(QStringLiteral("No attached disk found with device name '%1'").arg(device)));
        effect = [this, path, disk, device]() -> std::optional<GcpApiError> {
            if (!m_state.has(path))
                return GcpApiError::notFound(path);
            QJsonArray disks = m_state.at(path).value(QLatin1String("disks")).toArray();
            for (int i = int(disks.size()) - 1; i >= 0; --i) {
                if (str(disks.at(i).toObject(), "deviceName") == device)
                    disks.removeAt(i);
            }
            m_state.at(path).insert(QStringLiteral("disks"), disks);
            if (m_state.has(disk))
                m_state.at(disk).insert(QStringLiteral("users"), QJsonArray());
            return std::nullopt;
        };
    } else {
        return GcpOutcome::fail(GcpApiError::notFound(path + QLatin1Char('/') + verb));
    }
    return { operation(project, zone, verb, path, query, effect), std::nullopt };
}

GcpOutcome GcpComputeVerbs::resizeDisk(
    const QString& project, const QString& zone, const QString& name, const QUrlQuery& query, const QJsonObject& body)
{
    const QString path = QStringLiteral("projects/%1/zones/%2/disks/%3").arg(project, zone, name);
    if (!m_state.has(path))
        return GcpOutcome::fail(GcpApiError::notFound(path));
    const int current = str(m_state.at(path), "sizeGb").toInt();
    const int wanted = sizeGbOf(body.value(QLatin1String("sizeGb"))).toInt();
    if (wanted <= current)
        return GcpOutcome::fail(GcpApiError::invalid(QStringLiteral(
            "Invalid value for field 'sizeGb': '%1'. New disk size '%1' GB must be larger than existing size '%2' GB.")
                                                         .arg(wanted)
                                                         .arg(current)));
    return { operation(project, zone, QStringLiteral("resizeDisk"), path, query,
                 [this, path, wanted]() -> std::optional<GcpApiError> {
                     if (m_state.has(path))
                         m_state.at(path).insert(QStringLiteral("sizeGb"), QString::number(wanted));
                     return std::nullopt;
                 }),
        std::nullopt };
}

GcpOutcome GcpComputeVerbs::instanceGroupVerb(const QString& project, const QString& zone, const QString& name,
    const QString& verb, const QUrlQuery& query, const QJsonObject& body)
{
    const QString path = QStringLiteral("projects/%1/zones/%2/instanceGroups/%3").arg(project, zone, name);
    if (!m_state.has(path))
        return GcpOutcome::fail(GcpApiError::notFound(path));
    if (verb == QLatin1String("listInstances")) {
        // Not an Operation: the members (instanceGroups.listInstances answers at once).
        const QString wanted = body.value(QLatin1String("instanceState")).toString(QStringLiteral("ALL"));
        if (wanted != QLatin1String("ALL") && wanted != QLatin1String("RUNNING"))
            return GcpOutcome::fail(GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.instanceState': '%1'.").arg(wanted)));
        QJsonArray items;
        for (const QString& url : m_state.members(path)) {
            const QString instance = GcpComputeState::normalize(url, project);
            const QString status = m_state.has(instance) ? str(m_state.at(instance), "status") : QString();
            if (wanted == QLatin1String("RUNNING") && status != QLatin1String("RUNNING"))
                continue;
            items.append(QJsonObject { { QStringLiteral("instance"), url }, { QStringLiteral("status"), status } });
        }
        return { QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#instanceGroupsListInstances") },
                     { QStringLiteral("id"), str(m_state.at(path), "id") }, { QStringLiteral("items"), items },
                     { QStringLiteral("selfLink"), QString(m_state.url(path) + QStringLiteral("/listInstances")) } },
            std::nullopt };
    }
    if (verb != QLatin1String("addInstances"))
        return GcpOutcome::fail(GcpApiError::notFound(path + QLatin1Char('/') + verb));
    const QJsonArray refs = body.value(QLatin1String("instances")).toArray();
    if (refs.isEmpty())
        return GcpOutcome::fail(
            { 400, QStringLiteral("required"), QStringLiteral("Required field 'resource.instances' not specified") });
    // Every member shares one network/subnetwork: the group's, or the first instance's.
    const QJsonObject& group = m_state.at(path);
    QString network = str(group, "network");
    QString subnetwork = str(group, "subnetwork");
    QStringList urls;
    for (const QJsonValue& ref : refs) {
        const QString instance = GcpComputeState::normalize(str(ref.toObject(), "instance"), project);
        if (!m_state.has(instance))
            return GcpOutcome::fail(GcpApiError::notFound(instance));
        if (instance.section(QLatin1Char('/'), 3, 3) != zone)
            return GcpOutcome::fail(GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.instances': '%1'. Instance must be in zone '%2'.")
                    .arg(str(ref.toObject(), "instance"), zone)));
        const QString url = m_state.url(instance);
        if (m_state.members(path).contains(url) || urls.contains(url))
            return GcpOutcome::fail({ 400, QStringLiteral("memberAlreadyExists"),
                QStringLiteral("The resource '%1' is already a member of '%2'").arg(instance, path) });
        const QJsonObject nic
            = m_state.at(instance).value(QLatin1String("networkInterfaces")).toArray().first().toObject();
        if (network.isEmpty())
            network = str(nic, "network");
        if (subnetwork.isEmpty())
            subnetwork = str(nic, "subnetwork");
        if (str(nic, "network") != network || str(nic, "subnetwork") != subnetwork)
            return GcpOutcome::fail(GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.instances': '%1'. All instances in an instance "
                               "group must be in the same network/subnetwork ('%2').")
                    .arg(str(ref.toObject(), "instance"), subnetwork)));
        urls.append(url);
    }
    return { operation(project, zone, verb, path, query,
                 [this, path, urls, network, subnetwork]() -> std::optional<GcpApiError> {
                     if (!m_state.has(path))
                         return GcpApiError::notFound(path);
                     m_state.members(path).append(urls);
                     QJsonObject& g = m_state.at(path);
                     g.insert(QStringLiteral("network"), network);
                     g.insert(QStringLiteral("subnetwork"), subnetwork);
                     g.insert(QStringLiteral("size"), int(m_state.members(path).size()));
                     g.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
                     return std::nullopt;
                 }),
        std::nullopt };
}

} // namespace Barista
