// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpComputeRoutes.h"

#include "tests/servers/gcp/GcpInstanceInsert.h"
#include "tests/servers/gcp/GcpLoadBalancerInsert.h"
#include "tests/servers/gcp/GcpMachineImageInsert.h"
#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Barista {

namespace {

using GcpServerJson::last;
using GcpServerJson::sizeGbOf;
using GcpServerJson::str;

const QStringList kCollections = { QStringLiteral("regions"), QStringLiteral("zones"), QStringLiteral("machineTypes"),
    QStringLiteral("images"), QStringLiteral("networks"), QStringLiteral("subnetworks"), QStringLiteral("firewalls"),
    QStringLiteral("instances"), QStringLiteral("disks"), QStringLiteral("machineImages"),
    QStringLiteral("httpHealthChecks"), QStringLiteral("targetPools"), QStringLiteral("forwardingRules"),
    QStringLiteral("healthChecks"), QStringLiteral("backendServices"), QStringLiteral("instanceGroups") };

// Where a collection path sits: "regions" (1 segment), "global/x" (2), "zones/z/x" (3).
bool isCollection(const QStringList& s)
{
    if (s.isEmpty() || !kCollections.contains(s.last()))
        return false;
    if (s.size() == 1)
        return s.first() == QLatin1String("regions") || s.first() == QLatin1String("zones");
    if (s.size() == 2)
        return s.first() == QLatin1String("global");
    return s.size() == 3 && (s.first() == QLatin1String("zones") || s.first() == QLatin1String("regions"));
}

QString kindOf(const QString& collection)
{
    QString singular = collection;
    if (singular.endsWith(QLatin1Char('s')))
        singular.chop(1);
    return QStringLiteral("compute#") + singular;
}

} // namespace

GcpComputeRoutes::GcpComputeRoutes(GcpComputeState& state)
    : m_state(state)
{
}

std::optional<GcpApiError> GcpComputeRoutes::checkName(const QJsonObject& body) const
{
    static const QRegularExpression name(QStringLiteral("^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$"));
    const QString value = str(body, "name");
    if (value.isEmpty())
        return GcpApiError { 400, QStringLiteral("required"),
            QStringLiteral("Required field 'resource.name' not specified") };
    if (!name.match(value).hasMatch())
        return GcpApiError::invalid(QStringLiteral("Invalid value for field 'resource.name': '%1'. Must be a match of "
                                                   "regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'")
                                        .arg(value));
    return std::nullopt;
}

std::optional<GcpApiError> GcpComputeRoutes::checkLabels(const QJsonObject& body)
{
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    static const QRegularExpression value(QStringLiteral("^[a-z0-9_-]{0,63}$"));
    const QJsonObject labels = body.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        if (!key.match(it.key()).hasMatch())
            return GcpApiError::invalid(QStringLiteral(
                "Invalid value for field 'resource.labels': '%1'. Label keys must start with a lowercase "
                "letter and contain only lowercase letters, digits, underscores and dashes.")
                                            .arg(it.key()));
        if (!value.match(it.value().toString()).hasMatch())
            return GcpApiError::invalid(QStringLiteral("Invalid value for field 'resource.labels.%1': '%2'.")
                                            .arg(it.key(), it.value().toString()));
    }
    return std::nullopt;
}

QJsonObject GcpComputeRoutes::operation(const QString& project, const QString& scope, const QString& scopeName,
    const QString& type, const QString& target, const QUrlQuery& query, GcpEffect effect)
{
    QJsonObject op = m_state.startOperation(
        project, scope, scopeName, type, target, query.queryItemValue(QStringLiteral("requestId")), std::move(effect));
    op.insert(QStringLiteral("user"), m_user);
    return op;
}

GcpOutcome GcpComputeRoutes::handle(const QByteArray& method, const QString& project, const QStringList& s,
    const QUrlQuery& query, const QJsonObject& body, const QString& user)
{
    m_user = user;
    const QString base = QStringLiteral("projects/") + project;
    // Operations: {zones/z|regions/r|global}/operations/{name}[/wait]
    const int opAt = s.indexOf(QStringLiteral("operations"));
    if (opAt >= 1 && s.size() > opAt + 1) {
        const QString path = base + QLatin1Char('/') + s.mid(0, opAt + 2).join(QLatin1Char('/'));
        const bool wait = s.size() == opAt + 3 && s.last() == QLatin1String("wait") && method == "POST";
        if (method != "GET" && !wait)
            return GcpOutcome::fail(
                { 405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed") });
        return m_state.pollOperation(path, wait);
    }
    if (method == "GET")
        return getOrList(project, s, query);
    // A retried mutation (same requestId): the Operation it made, nothing done twice.
    if (const std::optional<QJsonObject> known
        = m_state.operationFor(project, query.queryItemValue(QStringLiteral("requestId"))))
        return { *known, std::nullopt };
    if (s.size() == 1 && s.first() == QLatin1String("setCommonInstanceMetadata") && method == "POST")
        return setMetadata(project, query, body);
    if (method == "POST" && isCollection(s))
        return insert(project, s, query, body);
    if (method == "DELETE" && s.size() >= 2 && isCollection(s.mid(0, s.size() - 1)))
        return remove(project, s, query);
    m_verbs.setUser(user);
    if (method == "POST" && s.size() == 5 && s.at(0) == QLatin1String("zones") && s.at(2) == QLatin1String("instances"))
        return m_verbs.instanceVerb(project, s.at(1), s.at(3), s.at(4), query, body);
    if (method == "POST" && s.size() == 5 && s.at(0) == QLatin1String("zones") && s.at(2) == QLatin1String("disks")
        && s.at(4) == QLatin1String("resize"))
        return m_verbs.resizeDisk(project, s.at(1), s.at(3), query, body);
    if (method == "POST" && s.size() == 5 && s.at(0) == QLatin1String("zones")
        && s.at(2) == QLatin1String("instanceGroups"))
        return m_verbs.instanceGroupVerb(project, s.at(1), s.at(3), s.at(4), query, body);
    return GcpOutcome::fail(GcpApiError::notFound(base + QLatin1Char('/') + s.join(QLatin1Char('/'))));
}

GcpOutcome GcpComputeRoutes::getOrList(const QString& project, const QStringList& s, const QUrlQuery& query)
{
    const QString base = QStringLiteral("projects/") + project;
    const QString path = s.isEmpty() ? base : base + QLatin1Char('/') + s.join(QLatin1Char('/'));
    if (isCollection(s))
        return m_state.list(path, kindOf(s.last()) + QStringLiteral("List"), query);
    if (!m_state.has(path))
        return GcpOutcome::fail(GcpApiError::notFound(path));
    QJsonObject& resource = m_state.at(path);
    const QJsonObject answer = resource;
    // An instance's boot finishes on the read after its insert completed.
    if (s.size() == 4 && s.at(2) == QLatin1String("instances") && str(resource, "status") == QLatin1String("STAGING")) {
        resource.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
        resource.insert(QStringLiteral("lastStartTimestamp"), GcpComputeState::timestamp());
    }
    return { answer, std::nullopt };
}

GcpOutcome GcpComputeRoutes::setMetadata(const QString& project, const QUrlQuery& query, const QJsonObject& body)
{
    const QString path = QStringLiteral("projects/") + project;
    const QJsonObject current = m_state.at(path).value(QLatin1String("commonInstanceMetadata")).toObject();
    if (str(body, "fingerprint") != str(current, "fingerprint"))
        return GcpOutcome::fail({ 412, QStringLiteral("conditionNotMet"),
            QStringLiteral("Supplied fingerprint does not match current metadata fingerprint.") });
    const QJsonArray items = body.value(QLatin1String("items")).toArray();
    return { operation(project, {}, {}, QStringLiteral("setMetadata"), path, query,
                 [this, path, items]() -> std::optional<GcpApiError> {
                     QJsonObject& projectJson = m_state.at(path);
                     projectJson.insert(QStringLiteral("commonInstanceMetadata"),
                         QJsonObject { { QStringLiteral("kind"), QStringLiteral("compute#metadata") },
                             { QStringLiteral("fingerprint"), GcpComputeState::fingerprint() },
                             { QStringLiteral("items"), items } });
                     return std::nullopt;
                 }),
        std::nullopt };
}

GcpOutcome GcpComputeRoutes::insert(
    const QString& project, const QStringList& s, const QUrlQuery& query, const QJsonObject& input)
{
    const QString base = QStringLiteral("projects/") + project;
    const QString collection = s.last();
    const QString collectionPath = base + QLatin1Char('/') + s.join(QLatin1Char('/'));
    // A requestId seen before: the same Operation, nothing new (checked before "already exists").
    const QString requestId = query.queryItemValue(QStringLiteral("requestId"));
    if (const std::optional<QJsonObject> known = m_state.operationFor(project, requestId))
        return { *known, std::nullopt };
    if (auto bad = checkName(input))
        return GcpOutcome::fail(*bad);
    if (auto bad = checkLabels(input))
        return GcpOutcome::fail(*bad);
    const QString name = str(input, "name");
    const QString path = collectionPath + QLatin1Char('/') + name;
    if (m_state.has(path))
        return GcpOutcome::fail(GcpApiError::alreadyExists(path));
    QJsonObject body = input;
    body.insert(QStringLiteral("kind"), kindOf(collection));
    body.insert(QStringLiteral("id"), QString::number(m_state.nextId()));
    body.insert(QStringLiteral("creationTimestamp"), GcpComputeState::timestamp());
    body.insert(QStringLiteral("selfLink"), m_state.url(path));
    QString scope;
    QString scopeName;
    if (s.size() == 3) {
        scope = s.at(0) == QLatin1String("zones") ? QStringLiteral("zone") : QStringLiteral("region");
        scopeName = s.at(1);
        body.insert(scope, m_state.url(base + QLatin1Char('/') + s.at(0) + QLatin1Char('/') + scopeName));
    }
    GcpEffect effect;

    if (collection == QLatin1String("networks")) {
        if (!input.value(QLatin1String("autoCreateSubnetworks")).isBool()
            || input.value(QLatin1String("autoCreateSubnetworks")).toBool())
            return GcpOutcome::fail(GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.autoCreateSubnetworks': only custom mode networks "
                               "(autoCreateSubnetworks=false) are offered by this server.")));
        body.insert(QStringLiteral("subnetworks"), QJsonArray());
        body.insert(QStringLiteral("networkFirewallPolicyEnforcementOrder"), QStringLiteral("AFTER_CLASSIC_FIREWALL"));
    } else if (collection == QLatin1String("subnetworks")) {
        const QString network = GcpComputeState::normalize(str(input, "network"), project);
        if (!m_state.has(network))
            return GcpOutcome::fail(GcpApiError::notFound(network));
        static const QRegularExpression cidr(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)/(\\d+)$"));
        const QRegularExpressionMatch m = cidr.match(str(input, "ipCidrRange"));
        if (!m.hasMatch() || m.captured(5).toInt() > 29 || m.captured(5).toInt() < 8)
            return GcpOutcome::fail(GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.ipCidrRange': '%1'. Invalid IPCidrRange.")
                    .arg(str(input, "ipCidrRange"))));
        for (const QString& other : m_state.children(collectionPath)) {
            if (str(m_state.at(other), "ipCidrRange") == str(input, "ipCidrRange")
                && GcpComputeState::normalize(str(m_state.at(other), "network"), project) == network)
                return GcpOutcome::fail(GcpApiError::invalid(
                    QStringLiteral("Invalid IPCidrRange: %1 conflicts with existing subnetwork '%2' in region '%3'.")
                        .arg(str(input, "ipCidrRange"), last(other), scopeName)));
        }
        body.insert(QStringLiteral("network"), m_state.url(network));
        body.insert(QStringLiteral("gatewayAddress"),
            QStringLiteral("%1.%2.%3.1").arg(m.captured(1), m.captured(2), m.captured(3)));
        body.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
        body.insert(QStringLiteral("stackType"), QStringLiteral("IPV4_ONLY"));
        effect = [this, network, path]() -> std::optional<GcpApiError> {
            if (m_state.has(network)) {
                QJsonArray subnets = m_state.at(network).value(QLatin1String("subnetworks")).toArray();
                subnets.append(m_state.url(path));
                m_state.at(network).insert(QStringLiteral("subnetworks"), subnets);
            }
            return std::nullopt;
        };
    } else if (collection == QLatin1String("firewalls")) {
        const QString network = GcpComputeState::normalize(
            input.value(QLatin1String("network")).toString(QStringLiteral("global/networks/default")), project);
        if (!m_state.has(network))
            return GcpOutcome::fail(GcpApiError::notFound(network));
        static const QStringList protocols
            = { QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all"),
                  QStringLiteral("esp"), QStringLiteral("ah"), QStringLiteral("sctp"), QStringLiteral("ipip") };
        for (const QJsonValue& allowed : input.value(QLatin1String("allowed")).toArray()) {
            if (!protocols.contains(str(allowed.toObject(), "IPProtocol")))
                return GcpOutcome::fail(
                    GcpApiError::invalid(QStringLiteral("Invalid value for field 'resource.allowed[0].IPProtocol': "
                                                        "'%1'. Invalid IP protocol specification.")
                                             .arg(str(allowed.toObject(), "IPProtocol"))));
        }
        body.insert(QStringLiteral("network"), m_state.url(network));
        if (!body.contains(QLatin1String("direction")))
            body.insert(QStringLiteral("direction"), QStringLiteral("INGRESS"));
        if (!body.contains(QLatin1String("priority")))
            body.insert(QStringLiteral("priority"), 1000);
        body.insert(QStringLiteral("disabled"), false);
        body.insert(QStringLiteral("logConfig"), QJsonObject { { QStringLiteral("enable"), false } });
    } else if (collection == QLatin1String("disks")) {
        const QString type = input.value(QLatin1String("type")).toString(QStringLiteral("pd-standard"));
        static const QStringList types = { QStringLiteral("pd-standard"), QStringLiteral("pd-balanced"),
            QStringLiteral("pd-ssd"), QStringLiteral("pd-extreme"), QStringLiteral("hyperdisk-balanced") };
        if (!types.contains(last(type)))
            return GcpOutcome::fail(GcpApiError::notFound(GcpComputeState::normalize(type, project)));
        bool ok = false;
        const int size = sizeGbOf(input.value(QLatin1String("sizeGb"))).toInt(&ok);
        if (!ok || size < 10 || size > 65536)
            return GcpOutcome::fail(GcpApiError::invalid(QStringLiteral(
                "Invalid value for field 'resource.sizeGb': '%1'. Disk size must be between 10 GB and 65536 GB.")
                                                             .arg(sizeGbOf(input.value(QLatin1String("sizeGb"))))));
        body.insert(QStringLiteral("sizeGb"), QString::number(size));
        body.insert(QStringLiteral("type"),
            m_state.url(QStringLiteral("%1/zones/%2/diskTypes/%3").arg(base, scopeName, last(type))));
        body.insert(QStringLiteral("status"), QStringLiteral("CREATING"));
        body.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint());
        effect = [this, path]() -> std::optional<GcpApiError> {
            if (m_state.has(path))
                m_state.at(path).insert(QStringLiteral("status"), QStringLiteral("READY"));
            return std::nullopt;
        };
    } else if (collection == QLatin1String("instances")) {
        if (auto bad = GcpInstanceInsert::prepare(m_state, m_ipCounter, project, scopeName, path, input, body, effect))
            return GcpOutcome::fail(*bad);
    } else if (collection == QLatin1String("machineImages")) {
        if (auto bad = GcpMachineImageInsert::prepare(m_state, project, path, input, body, effect))
            return GcpOutcome::fail(*bad);
    } else if (GcpLoadBalancerInsert::handles(collection)) {
        if (auto bad
            = GcpLoadBalancerInsert::prepare(m_state, m_ipCounter, project, collection, scopeName, input, body))
            return GcpOutcome::fail(*bad);
    }
    if (collection == QLatin1String("instanceGroups"))
        m_state.members(path).clear(); // a group made again under an old name starts empty
    m_state.at(path) = body;
    return { operation(project, scope, scopeName, QStringLiteral("insert"), path, query, effect), std::nullopt };
}

GcpOutcome GcpComputeRoutes::remove(const QString& project, const QStringList& s, const QUrlQuery& query)
{
    const QString base = QStringLiteral("projects/") + project;
    const QString path = base + QLatin1Char('/') + s.join(QLatin1Char('/'));
    const QString collection = s.at(s.size() - 2);
    if (!m_state.has(path) || collection == QLatin1String("regions") || collection == QLatin1String("zones")
        || collection == QLatin1String("machineTypes") || collection == QLatin1String("images"))
        return GcpOutcome::fail(GcpApiError::notFound(path));
    const QString url = m_state.url(path);
    // Still in use by another resource: Compute refuses with 400 resourceInUseByAnotherResource.
    for (auto it = m_state.resources().cbegin(); it != m_state.resources().cend(); ++it) {
        const QJsonObject& other = it.value();
        const QString kind = str(other, "kind");
        if (collection == QLatin1String("networks")
            && (kind == QLatin1String("compute#subnetwork") || kind == QLatin1String("compute#firewall"))
            && str(other, "network") == url)
            return GcpOutcome::fail(GcpApiError::inUse(QStringLiteral("network"), path, it.key()));
        if (collection == QLatin1String("subnetworks") && kind == QLatin1String("compute#instance")) {
            for (const QJsonValue& nic : other.value(QLatin1String("networkInterfaces")).toArray()) {
                if (str(nic.toObject(), "subnetwork") == url)
                    return GcpOutcome::fail(GcpApiError::inUse(QStringLiteral("subnetwork"), path, it.key()));
            }
        }
    }
    if (auto busy = GcpLoadBalancerInsert::inUse(m_state, collection, path))
        return GcpOutcome::fail(*busy);
    QString scope;
    QString scopeName;
    if (s.size() == 4) {
        scope = s.at(0) == QLatin1String("zones") ? QStringLiteral("zone") : QStringLiteral("region");
        scopeName = s.at(1);
    }
    QJsonObject& resource = m_state.at(path);
    if (collection == QLatin1String("disks")) {
        const QJsonArray users = resource.value(QLatin1String("users")).toArray();
        if (!users.isEmpty())
            return GcpOutcome::fail(GcpApiError::inUse(
                QStringLiteral("disk"), path, GcpComputeState::normalize(users.first().toString(), project)));
        resource.insert(QStringLiteral("status"), QStringLiteral("DELETING"));
    }
    if (collection == QLatin1String("instances"))
        resource.insert(QStringLiteral("status"), QStringLiteral("STOPPING"));
    if (collection == QLatin1String("machineImages"))
        resource.insert(QStringLiteral("status"), QStringLiteral("DELETING"));
    return { operation(project, scope, scopeName, QStringLiteral("delete"), path, query,
                 [this, path, url, collection, project]() -> std::optional<GcpApiError> {
                     if (!m_state.has(path))
                         return std::nullopt;
                     if (collection == QLatin1String("instances")) {
                         m_state.forgetMember(url);
                         for (const QJsonValue& value : m_state.at(path).value(QLatin1String("disks")).toArray()) {
                             const QString disk = GcpComputeState::normalize(str(value.toObject(), "source"), project);
                             if (value.toObject().value(QLatin1String("autoDelete")).toBool())
                                 m_state.resources().remove(disk);
                             else if (m_state.has(disk))
                                 m_state.at(disk).insert(QStringLiteral("users"), QJsonArray());
                         }
                     }
                     if (collection == QLatin1String("subnetworks")) {
                         const QString network = GcpComputeState::normalize(str(m_state.at(path), "network"), project);
                         if (m_state.has(network)) {
                             QJsonArray subnets = m_state.at(network).value(QLatin1String("subnetworks")).toArray();
                             for (int i = int(subnets.size()) - 1; i >= 0; --i) {
                                 if (subnets.at(i).toString() == url)
                                     subnets.removeAt(i);
                             }
                             m_state.at(network).insert(QStringLiteral("subnetworks"), subnets);
                         }
                     }
                     m_state.resources().remove(path);
                     return std::nullopt;
                 }),
        std::nullopt };
}

} // namespace Barista
