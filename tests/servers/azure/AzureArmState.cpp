// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/azure/AzureArmState.h"

#include "tests/servers/azure/AzureArmCatalog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace Barista {

namespace {

const QMap<QString, QString>& canonicalTypes()
{
    static const QMap<QString, QString> types {
        { QStringLiteral("microsoft.network/virtualnetworks"), QStringLiteral("Microsoft.Network/virtualNetworks") },
        { QStringLiteral("microsoft.network/networksecuritygroups"), QStringLiteral("Microsoft.Network/networkSecurityGroups") },
        { QStringLiteral("microsoft.network/networkinterfaces"), QStringLiteral("Microsoft.Network/networkInterfaces") },
        { QStringLiteral("microsoft.network/publicipaddresses"), QStringLiteral("Microsoft.Network/publicIPAddresses") },
        { QStringLiteral("microsoft.compute/sshpublickeys"), QStringLiteral("Microsoft.Compute/sshPublicKeys") },
        { QStringLiteral("microsoft.compute/virtualmachines"), QStringLiteral("Microsoft.Compute/virtualMachines") },
        { QStringLiteral("microsoft.compute/disks"), QStringLiteral("Microsoft.Compute/disks") },
        { QStringLiteral("microsoft.compute/images"), QStringLiteral("Microsoft.Compute/images") },
        { QStringLiteral("microsoft.network/loadbalancers"), QStringLiteral("Microsoft.Network/loadBalancers") },
        { QStringLiteral("microsoft.containerservice/managedclusters"), QStringLiteral("Microsoft.ContainerService/managedClusters") },
    };
    return types;
}

bool is(const QString& a, const char* b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

const QString kVmType = QStringLiteral("microsoft.compute/virtualmachines");
const QString kImageType = QStringLiteral("microsoft.compute/images");
const QString kClusterType = QStringLiteral("microsoft.containerservice/managedclusters");

} // namespace

AzureArmState::AzureArmState(const QString& subscriptionId)
    : m_subscription(subscriptionId)
{
}

void AzureArmState::failNextOperation(const QString& code, const QString& message)
{
    m_nextFailure = qMakePair(code, message);
}

bool AzureArmState::typeKnown(const QString& typeLower) const
{
    return canonicalTypes().contains(typeLower);
}

int AzureArmState::count(const QString& type) const
{
    return int(ofType(type.toLower()).size());
}

QList<QJsonObject> AzureArmState::ofType(const QString& typeLower) const
{
    QList<QJsonObject> out;
    for (const QJsonObject& r : m_resources) {
        if (r.value(QStringLiteral("type")).toString().toLower() == typeLower)
            out.append(r);
    }
    return out;
}

void AzureArmState::setProvisioningState(const QString& idLower, const QString& state)
{
    QJsonObject r = m_resources.value(idLower);
    if (r.isEmpty())
        return;
    QJsonObject props = r.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("provisioningState"), state);
    r.insert(QStringLiteral("properties"), props);
    m_resources.insert(idLower, r);
}

QString AzureArmState::makeId(const QString& group, const QString& ns, const QString& type, const QString& name) const
{
    Q_UNUSED(ns)
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
        .arg(m_subscription, m_groups.value(group.toLower()).value(QStringLiteral("name")).toString(), type, name);
}

AzureArmReply AzureArmState::notFound(const QString& group, const QString& type, const QString& name) const
{
    return AzureArmReply::error(404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more details please go to "
                       "https://aka.ms/ARMResourceNotFoundFix").arg(type, name, group));
}

AzureArmReply AzureArmState::handle(const AzureArmCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() < 2 || !is(s[0], "subscriptions"))
        return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"),
            QStringLiteral("The request URI '/%1' is not valid.").arg(s.join(QLatin1Char('/'))));
    if (s[1].compare(m_subscription, Qt::CaseInsensitive) != 0)
        return AzureArmReply::error(404, QStringLiteral("SubscriptionNotFound"),
            QStringLiteral("The subscription '%1' could not be found.").arg(s[1]));
    if (s.size() == 2)
        return AzureArmReply::json(200, { { QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + m_subscription) },
            { QStringLiteral("subscriptionId"), m_subscription }, { QStringLiteral("displayName"), QStringLiteral("Barista test") },
            { QStringLiteral("state"), QStringLiteral("Enabled") } });
    if (is(s[2], "resourcegroups")) {
        if (s.size() == 3) {
            QList<QJsonObject> groups;
            for (const QJsonObject& g : m_groups)
                groups.append(g);
            return list(call, groups, s.join(QLatin1Char('/')));
        }
        return resourceGroup(call, s[3]);
    }
    return subscriptionLevel(call);
}

AzureArmReply AzureArmState::subscriptionLevel(const AzureArmCall& call)
{
    const QStringList& s = call.segments;
    if (s.size() == 3 && is(s[2], "locations") && call.method == "GET")
        return AzureArmReply::json(200, { { QStringLiteral("value"), AzureArmCatalog::locations(m_subscription) } });
    if (s.size() >= 5 && is(s[2], "providers") && call.method == "GET") {
        if (s.size() == 5 && is(s[3], "Microsoft.Compute") && is(s[4], "skus")) {
            static const QRegularExpression filter(QStringLiteral("location\\s+eq\\s+'([^']*)'"));
            const QString location
                = filter.match(call.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded)).captured(1);
            QList<QJsonObject> skus;
            for (const QJsonValue& v : AzureArmCatalog::resourceSkus(location.toLower()))
                skus.append(v.toObject());
            return list(call, skus, QLatin1Char('/') + s.join(QLatin1Char('/')));
        }
        if (s.size() == 5) {
            const QString type = (s[3] + QLatin1Char('/') + s[4]).toLower();
            if (!typeKnown(type))
                return AzureArmReply::error(400, QStringLiteral("InvalidResourceType"),
                    QStringLiteral("The resource type '%1' could not be found in the namespace '%2'.").arg(s[4], s[3]));
            QList<QJsonObject> items;
            for (const QJsonObject& r : ofType(type))
                items.append(decorate(type, r)); // computed members, as in the resource group's list
            return list(call, items, QLatin1Char('/') + s.join(QLatin1Char('/')));
        }
        if (s.size() == 8 && is(s[3], "Microsoft.ContainerService") && is(s[4], "locations")
            && (is(s[6], "operations") || is(s[6], "operationResults")))
            return operationStatus(call, s[7], is(s[6], "operationResults"));
        if (s.size() >= 7 && is(s[3], "Microsoft.Compute") && is(s[4], "locations")) {
            const QString location = s[5].toLower();
            if (!AzureArmCatalog::locationNames().contains(location))
                return AzureArmReply::error(404, QStringLiteral("NoRegisteredProviderFound"),
                    QStringLiteral("No registered resource provider found for location '%1'.").arg(s[5]));
            if (s.size() == 7 && is(s[6], "vmSizes"))
                return AzureArmReply::json(200, { { QStringLiteral("value"), AzureArmCatalog::vmSizes() } });
            if (s.size() == 8 && is(s[6], "operations"))
                return operationStatus(call, s[7], false);
            if (s.size() == 8 && is(s[6], "operationResults"))
                return operationStatus(call, s[7], true);
            if (is(s[6], "publishers"))
                return AzureArmCatalog::images(m_subscription, location, s.mid(7));
        }
    }
    return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"),
        QStringLiteral("The request URI '/%1' is not valid for %2.").arg(s.join(QLatin1Char('/')), QString::fromLatin1(call.method)));
}

AzureArmReply AzureArmState::resourceGroup(const AzureArmCall& call, const QString& group)
{
    const QString key = group.toLower();
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(m_subscription, group);
    const auto missing = [&group] {
        return AzureArmReply::error(404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(group));
    };
    if (call.segments.size() > 4) {
        if (!m_groups.contains(key))
            return missing();
        return resourceCall(call, m_groups.value(key).value(QStringLiteral("name")).toString());
    }
    if (call.method == "PUT" || call.method == "PATCH") {
        const bool existed = m_groups.contains(key);
        QJsonObject g = existed ? m_groups.value(key) : QJsonObject {};
        const QString location = call.body.value(QStringLiteral("location")).toString();
        if (!existed && location.isEmpty())
            return AzureArmReply::error(400, QStringLiteral("LocationRequired"),
                QStringLiteral("The location property is required for this definition."));
        if (!existed) {
            g = { { QStringLiteral("id"), id }, { QStringLiteral("name"), group },
                { QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups") },
                { QStringLiteral("location"), location },
                { QStringLiteral("properties"), QJsonObject { { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") } } } };
        }
        if (call.body.contains(QStringLiteral("tags")))
            g.insert(QStringLiteral("tags"), call.body.value(QStringLiteral("tags")));
        m_groups.insert(key, g);
        return AzureArmReply::json(existed ? 200 : 201, g);
    }
    if (!m_groups.contains(key))
        return missing();
    if (call.method == "GET")
        return AzureArmReply::json(200, m_groups.value(key));
    if (call.method == "HEAD")
        return AzureArmReply { 204, {}, {}, {} };
    if (call.method == "DELETE") {
        const QString location = m_groups.value(key).value(QStringLiteral("location")).toString();
        AzureArmReply reply { 202, {}, {}, {} };
        return startOperation(call, reply, id, location, [this, key, id](bool) {
            const QString prefix = id.toLower() + QLatin1Char('/');
            for (auto it = m_resources.begin(); it != m_resources.end();) {
                if (it.key().startsWith(prefix)) {
                    m_power.remove(it.key());
                    it = m_resources.erase(it);
                } else {
                    ++it;
                }
            }
            m_groups.remove(key);
        });
    }
    return AzureArmReply::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("The method is not allowed."));
}

AzureArmReply AzureArmState::resourceCall(const AzureArmCall& call, const QString& group)
{
    const QStringList& s = call.segments;
    if (s.size() < 7 || !is(s[4], "providers"))
        return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"), QStringLiteral("The request URI is not valid."));
    const QString typeLower = (s[5] + QLatin1Char('/') + s[6]).toLower();
    if (!typeKnown(typeLower))
        return AzureArmReply::error(400, QStringLiteral("InvalidResourceType"),
            QStringLiteral("The resource type '%1' could not be found in the namespace '%2' for api version '%3'.")
                .arg(s[6], s[5], call.query.queryItemValue(QStringLiteral("api-version"))));
    const QString type = canonicalTypes().value(typeLower);
    const QString collection = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3").arg(m_subscription, group, type);
    if (s.size() == 7) {
        if (call.method != "GET")
            return AzureArmReply::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("The method is not allowed."));
        QList<QJsonObject> items;
        const QString prefix = collection.toLower() + QLatin1Char('/');
        for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            QJsonObject item = it.value();
            if (typeLower == kVmType && call.query.queryItemValue(QStringLiteral("$expand")) == QLatin1String("instanceView")) {
                QJsonObject props = item.value(QStringLiteral("properties")).toObject();
                props.insert(QStringLiteral("instanceView"), instanceView(item));
                item.insert(QStringLiteral("properties"), props);
            }
            items.append(decorate(typeLower, item));
        }
        return list(call, items, QLatin1Char('/') + s.join(QLatin1Char('/')));
    }
    const QString name = s[7];
    const QString id = makeId(group, s[5], type, name);
    const QString key = id.toLower();
    QJsonObject existing = m_resources.value(key);
    if (s.size() == 8) {
        if (call.method == "GET") {
            advance(key);
            existing = m_resources.value(key);
            if (existing.isEmpty())
                return notFound(group, type, name);
            if (typeLower == kVmType && call.query.queryItemValue(QStringLiteral("$expand")) == QLatin1String("instanceView")) {
                QJsonObject props = existing.value(QStringLiteral("properties")).toObject();
                props.insert(QStringLiteral("instanceView"), instanceView(existing));
                existing.insert(QStringLiteral("properties"), props);
            }
            return AzureArmReply::json(200, decorate(typeLower, existing));
        }
        if (call.method == "PUT") {
            QJsonObject resource = call.body;
            resource.insert(QStringLiteral("id"), id);
            resource.insert(QStringLiteral("name"), name);
            resource.insert(QStringLiteral("type"), type);
            const QString location = resource.value(QStringLiteral("location")).toString().toLower();
            if (location.isEmpty())
                return AzureArmReply::error(400, QStringLiteral("LocationRequired"),
                    QStringLiteral("The location property is required for this definition."));
            if (!AzureArmCatalog::locationNames().contains(location))
                return AzureArmReply::error(400, QStringLiteral("LocationNotAvailableForResourceType"),
                    QStringLiteral("The provided location '%1' is not available for resource type '%2'. List of "
                                   "available regions for the resource type is '%3'.")
                        .arg(location, type, AzureArmCatalog::locationNames().join(QLatin1Char(','))));
            if (!existing.isEmpty() && existing.value(QStringLiteral("location")).toString() != location)
                return AzureArmReply::error(400, QStringLiteral("InvalidResourceLocation"),
                    QStringLiteral("The resource '%1' already exists in location '%2' in resource group '%3'. A resource "
                                   "with the same name cannot be created in location '%4'. Please select a new resource name.")
                        .arg(name, existing.value(QStringLiteral("location")).toString(), group, location));
            resource.insert(QStringLiteral("location"), location);
            if (!resource.contains(QStringLiteral("tags")))
                resource.insert(QStringLiteral("tags"), existing.value(QStringLiteral("tags")).toObject());
            if (m_pendingByResource.contains(key))
                advanceOperation(m_operations[m_pendingByResource.value(key)]); // a new PUT supersedes
            if (const std::optional<AzureArmReply> refused = prepare(typeLower, resource, existing))
                return *refused;
            m_resources.insert(key, resource);
            AzureArmReply reply = AzureArmReply::json(existing.isEmpty() ? 201 : 200, decorate(typeLower, resource));
            if (typeLower == kImageType)
                return startOperation(call, reply, id, location, [this, key](bool failed) {
                    setProvisioningState(key, failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded"));
                });
            if (typeLower == kClusterType)
                return startOperation(
                    call, reply, id, location,
                    [this, key](bool failed) { setClusterState(key, failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded")); },
                    QStringLiteral("Microsoft.ContainerService"));
            if (typeLower != kVmType)
                return reply;
            return startOperation(call, reply, id, location, [this, key](bool failed) {
                QJsonObject vm = m_resources.value(key);
                QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
                props.insert(QStringLiteral("provisioningState"), failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded"));
                vm.insert(QStringLiteral("properties"), props);
                m_resources.insert(key, vm);
                if (m_power.value(key) == QLatin1String("starting"))
                    m_power.insert(key, failed ? QStringLiteral("stopped") : QStringLiteral("running"));
            });
        }
        if (existing.isEmpty())
            return call.method == "DELETE" ? AzureArmReply { 204, {}, {}, {} } : notFound(group, type, name);
        if (call.method == "PATCH")
            return patch(typeLower, existing, call.body);
        if (call.method == "DELETE") {
            if (const std::optional<AzureArmReply> refused = deleteCheck(typeLower, existing))
                return *refused;
            if (const std::optional<AzureArmReply> refused = clusterSubnetInUse(typeLower, existing))
                return *refused;
            if (typeLower == kClusterType) {
                if (m_pendingByResource.contains(key)) { // a delete cancels the create still running
                    Operation& running = m_operations[m_pendingByResource.value(key)];
                    running.done = true;
                    running.failure = qMakePair(QStringLiteral("Canceled"),
                        QStringLiteral("The operation was canceled because the managed cluster is being deleted."));
                }
                setClusterState(key, QStringLiteral("Deleting"));
                return startOperation(
                    call, AzureArmReply { 202, {}, {}, {} }, id, existing.value(QStringLiteral("location")).toString(),
                    [this, key](bool failed) {
                        if (failed)
                            setClusterState(key, QStringLiteral("Failed"));
                        else
                            m_resources.remove(key);
                    },
                    QStringLiteral("Microsoft.ContainerService"));
            }
            if (typeLower == kImageType) {
                setProvisioningState(key, QStringLiteral("Deleting"));
                return startOperation(call, AzureArmReply { 202, {}, {}, {} }, id,
                    existing.value(QStringLiteral("location")).toString(), [this, key](bool failed) {
                        if (failed)
                            setProvisioningState(key, QStringLiteral("Failed"));
                        else
                            m_resources.remove(key);
                    });
            }
            if (typeLower != kVmType) {
                m_resources.remove(key);
                return AzureArmReply { 200, {}, {}, {} };
            }
            QJsonObject props = existing.value(QStringLiteral("properties")).toObject();
            props.insert(QStringLiteral("provisioningState"), QStringLiteral("Deleting"));
            existing.insert(QStringLiteral("properties"), props);
            m_resources.insert(key, existing);
            m_power.insert(key, QStringLiteral("stopping"));
            if (m_pendingByResource.contains(key))
                advanceOperation(m_operations[m_pendingByResource.value(key)]);
            return startOperation(call, AzureArmReply { 202, {}, {}, {} }, id,
                existing.value(QStringLiteral("location")).toString(), [this, key](bool failed) {
                    if (!failed)
                        deleteVmNow(key);
                });
        }
        return AzureArmReply::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("The method is not allowed."));
    }
    if (existing.isEmpty())
        return notFound(group, type, name);
    const QString sub = s[8];
    if (typeLower == kVmType) {
        if (s.size() == 9 && is(sub, "instanceView") && call.method == "GET") {
            advance(key);
            return AzureArmReply::json(200, instanceView(m_resources.value(key)));
        }
        if (s.size() == 9 && call.method == "POST")
            return vmAction(call, id, sub);
    }
    const bool vnet = typeLower == QLatin1String("microsoft.network/virtualnetworks") && is(sub, "subnets");
    const bool nsg = typeLower == QLatin1String("microsoft.network/networksecuritygroups") && is(sub, "securityRules");
    if (!vnet && !nsg)
        return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"), QStringLiteral("The request URI is not valid."));
    const QString childKey = vnet ? QStringLiteral("subnets") : QStringLiteral("securityRules");
    QJsonObject props = existing.value(QStringLiteral("properties")).toObject();
    QJsonArray children = props.value(childKey).toArray();
    if (s.size() == 9 && call.method == "GET") {
        QList<QJsonObject> items;
        for (const QJsonValue& c : children)
            items.append(c.toObject());
        return list(call, items, QLatin1Char('/') + s.join(QLatin1Char('/')));
    }
    if (s.size() != 10)
        return AzureArmReply::error(404, QStringLiteral("InvalidRequestUri"), QStringLiteral("The request URI is not valid."));
    if (call.method == "PUT")
        return putChild(call, existing, childKey, s[9]);
    for (int i = 0; i < children.size(); ++i) {
        const QJsonObject child = children.at(i).toObject();
        if (!is(child.value(QStringLiteral("name")).toString(), s[9].toUtf8().constData()))
            continue;
        if (call.method == "GET")
            return AzureArmReply::json(200, child);
        if (call.method == "DELETE") {
            if (vnet) {
                for (const QJsonObject& nic : ofType(QStringLiteral("microsoft.network/networkinterfaces"))) {
                    for (const QJsonValue& ipc : nic.value(QStringLiteral("properties")).toObject().value(QStringLiteral("ipConfigurations")).toArray()) {
                        const QString subnet = ipc.toObject().value(QStringLiteral("properties")).toObject()
                                                   .value(QStringLiteral("subnet")).toObject().value(QStringLiteral("id")).toString();
                        if (subnet.compare(child.value(QStringLiteral("id")).toString(), Qt::CaseInsensitive) == 0)
                            return AzureArmReply::error(400, QStringLiteral("InUseSubnetCannotBeDeleted"),
                                QStringLiteral("Subnet %1 is in use by %2 and cannot be deleted. In order to delete the "
                                               "subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.")
                                    .arg(s[9], ipc.toObject().value(QStringLiteral("id")).toString()));
                    }
                }
            }
            children.removeAt(i);
            props.insert(childKey, children);
            existing.insert(QStringLiteral("properties"), props);
            m_resources.insert(key, existing);
            return AzureArmReply { 200, {}, {}, {} };
        }
    }
    if (call.method == "DELETE")
        return AzureArmReply { 204, {}, {}, {} };
    return notFound(group, type + QLatin1Char('/') + name + QLatin1Char('/') + childKey, s[9]);
}

AzureArmReply AzureArmState::list(const AzureArmCall& call, QList<QJsonObject> items, const QString& path)
{
    std::sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toString().toLower() + a.value(QStringLiteral("name")).toString()
            < b.value(QStringLiteral("id")).toString().toLower() + b.value(QStringLiteral("name")).toString();
    });
    const int offset = qMax(0, call.query.queryItemValue(QStringLiteral("$skiptoken")).toInt());
    QJsonArray value;
    for (int i = offset; i < items.size() && i < offset + m_pageSize; ++i)
        value.append(items.at(i));
    QJsonObject body { { QStringLiteral("value"), value } };
    if (offset + m_pageSize < items.size()) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("api-version"), call.query.queryItemValue(QStringLiteral("api-version")));
        if (call.query.hasQueryItem(QStringLiteral("$expand")))
            next.addQueryItem(QStringLiteral("$expand"), call.query.queryItemValue(QStringLiteral("$expand")));
        if (call.query.hasQueryItem(QStringLiteral("$filter")))
            next.addQueryItem(QStringLiteral("$filter"), call.query.queryItemValue(QStringLiteral("$filter")));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::number(offset + m_pageSize));
        body.insert(QStringLiteral("nextLink"),
            QString(call.base + (path.startsWith(QLatin1Char('/')) ? path : QString(QLatin1Char('/') + path)) + QLatin1Char('?')
                + next.toString(QUrl::FullyEncoded)));
    }
    return AzureArmReply::json(200, body);
}

AzureArmReply AzureArmState::startOperation(const AzureArmCall& call, AzureArmReply reply, const QString& resourceId,
    const QString& location, std::function<void(bool)> finish, const QString& ns)
{
    Operation op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.location = location;
    op.resourceId = resourceId.toLower();
    op.remaining = m_asyncPolls;
    op.failure = m_nextFailure;
    m_nextFailure.reset();
    op.finish = std::move(finish);
    m_operations.insert(op.id, op);
    m_pendingByResource.insert(op.resourceId, op.id);
    const QString api = call.query.queryItemValue(QStringLiteral("api-version"));
    const QString prefix = QStringLiteral("%1/subscriptions/%2/providers/%3/locations/%4/")
                               .arg(call.base, m_subscription, ns.isEmpty() ? QStringLiteral("Microsoft.Compute") : ns, location);
    reply.header("Azure-AsyncOperation",
        (prefix + QStringLiteral("operations/%1?p=%2&api-version=%3").arg(op.id, op.id.left(8), api)).toUtf8());
    reply.header("Location", (prefix + QStringLiteral("operationResults/%1?p=%2&api-version=%3").arg(op.id, op.id.left(8), api)).toUtf8());
    if (m_asyncPolls == 0)
        advanceOperation(m_operations[op.id]);
    return reply;
}

void AzureArmState::advanceOperation(Operation& op)
{
    if (op.done)
        return;
    if (op.remaining > 0) {
        --op.remaining;
        return;
    }
    op.done = true;
    m_pendingByResource.remove(op.resourceId);
    if (op.finish)
        op.finish(op.failure.has_value());
}

void AzureArmState::advance(const QString& resourceIdLower)
{
    if (m_pendingByResource.contains(resourceIdLower))
        advanceOperation(m_operations[m_pendingByResource.value(resourceIdLower)]);
}

AzureArmReply AzureArmState::operationStatus(const AzureArmCall& call, const QString& id, bool locationStyle)
{
    if (!m_operations.contains(id))
        return AzureArmReply::error(404, QStringLiteral("OperationNotFound"),
            QStringLiteral("The operation '%1' could not be found.").arg(id));
    Operation& op = m_operations[id];
    advanceOperation(op);
    const QString status = !op.done ? QStringLiteral("InProgress") : op.failure ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
    if (locationStyle) {
        if (!op.done) {
            AzureArmReply reply { 202, {}, {}, {} };
            reply.header("Location", (call.base + QLatin1Char('/') + call.segments.join(QLatin1Char('/')) + QLatin1Char('?')
                                         + call.query.toString(QUrl::FullyEncoded)).toUtf8());
            return reply;
        }
        if (op.failure)
            return AzureArmReply::error(409, op.failure->first, op.failure->second);
        return AzureArmReply { 200, {}, {}, {} };
    }
    QJsonObject body { { QStringLiteral("name"), op.id }, { QStringLiteral("status"), status },
        { QStringLiteral("startTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    if (op.done)
        body.insert(QStringLiteral("endTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (op.done && op.failure)
        body.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), op.failure->first }, { QStringLiteral("message"), op.failure->second } });
    return AzureArmReply::json(200, body);
}

} // namespace Barista
