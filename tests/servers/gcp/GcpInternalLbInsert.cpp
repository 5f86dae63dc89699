// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpInternalLbInsert.h"

#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Barista {

namespace {

using GcpServerJson::str;

// The region of "projects/p/regions/r/..." or of "projects/p/zones/r-x/...".
QString regionOf(const QString& path)
{
    const QString scope = path.section(QLatin1Char('/'), 3, 3);
    return path.section(QLatin1Char('/'), 2, 2) == QLatin1String("zones")
        ? scope.left(scope.lastIndexOf(QLatin1Char('-')))
        : scope;
}

// An IPv4 address as a number; false when it is not one.
bool ipv4(const QString& text, quint32& out)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    out = 0;
    for (const QString& part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255)
            return false;
        out = (out << 8) | octet;
    }
    return true;
}

bool inRange(const QString& address, const QString& cidr)
{
    quint32 ip = 0;
    quint32 net = 0;
    const int bits = cidr.section(QLatin1Char('/'), 1, 1).toInt();
    if (!ipv4(address, ip) || !ipv4(cidr.section(QLatin1Char('/'), 0, 0), net) || bits < 1 || bits > 32)
        return false;
    const quint32 mask = bits == 32 ? 0xffffffffu : ~(0xffffffffu >> bits);
    return (ip & mask) == (net & mask);
}

std::optional<GcpApiError> healthCheck(const QJsonObject& input, QJsonObject& body)
{
    if (input.contains(QLatin1String("labels")))
        return GcpApiError::unknownField("labels");
    static const QStringList types = { QStringLiteral("TCP"), QStringLiteral("SSL"), QStringLiteral("HTTP"),
        QStringLiteral("HTTPS"), QStringLiteral("HTTP2"), QStringLiteral("GRPC") };
    const QString type = str(input, "type");
    if (!types.contains(type))
        return GcpApiError::badField(QStringLiteral("type"), type,
            QStringLiteral("Health check type must be one of TCP, SSL, HTTP, "
                           "HTTPS, HTTP2 or GRPC."));
    const QString key = type.toLower() + QStringLiteral("HealthCheck");
    QJsonObject detail = input.value(key).toObject();
    const bool servingPort = str(detail, "portSpecification") == QLatin1String("USE_SERVING_PORT");
    const int port = detail.value(QLatin1String("port")).toInt(80);
    if (!servingPort && (port < 1 || port > 65535))
        return GcpApiError::badField(
            key + QStringLiteral(".port"), QString::number(port), QStringLiteral("Must be between 1 and 65535."));
    if (!servingPort)
        detail.insert(QStringLiteral("port"), port);
    if (!detail.contains(QLatin1String("portSpecification")))
        detail.insert(QStringLiteral("portSpecification"), QStringLiteral("USE_FIXED_PORT"));
    if (type.startsWith(QLatin1String("HTTP")) && !detail.contains(QLatin1String("requestPath")))
        detail.insert(QStringLiteral("requestPath"), QStringLiteral("/"));
    if (!detail.contains(QLatin1String("proxyHeader")))
        detail.insert(QStringLiteral("proxyHeader"), QStringLiteral("NONE"));
    body.insert(key, detail);
    return GcpInternalLbInsert::timing(input, body);
}

std::optional<GcpApiError> backendService(
    GcpComputeState& state, const QString& project, const QString& region, const QJsonObject& input, QJsonObject& body)
{
    if (input.contains(QLatin1String("labels")))
        return GcpApiError::unknownField("labels");
    const QString scheme = str(input, "loadBalancingScheme");
    if (scheme != QLatin1String("INTERNAL"))
        return GcpApiError::badField(QStringLiteral("loadBalancingScheme"), scheme,
            QStringLiteral("Only regional backend services with loadBalancingScheme INTERNAL are offered by this "
                           "server."));
    const QString protocol = input.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
    if (protocol != QLatin1String("TCP") && protocol != QLatin1String("UDP")
        && protocol != QLatin1String("UNSPECIFIED"))
        return GcpApiError::badField(QStringLiteral("protocol"), protocol,
            QStringLiteral("Backend services with loadBalancingScheme INTERNAL support TCP, UDP or UNSPECIFIED."));
    const QJsonArray checks = input.value(QLatin1String("healthChecks")).toArray();
    if (checks.size() != 1)
        return GcpApiError::badField(QStringLiteral("healthChecks"), QString::number(checks.size()),
            QStringLiteral("A backend service with loadBalancingScheme INTERNAL needs exactly one health check."));
    const QString check = GcpComputeState::normalize(checks.first().toString(), project);
    const bool global = check.section(QLatin1Char('/'), 2, 3) == QLatin1String("global/healthChecks");
    const bool regional = check.section(QLatin1Char('/'), 2, 2) == QLatin1String("regions")
        && check.section(QLatin1Char('/'), 4, 4) == QLatin1String("healthChecks");
    if (!global && !regional)
        return GcpApiError::badField(QStringLiteral("healthChecks[0]"), checks.first().toString(),
            QStringLiteral("Legacy health checks are not supported for backend services with loadBalancingScheme "
                           "INTERNAL."));
    if (regional && regionOf(check) != region)
        return GcpApiError::badField(QStringLiteral("healthChecks[0]"), checks.first().toString(),
            QStringLiteral("A regional health check must be in the backend service's region '%1'.").arg(region));
    if (!state.has(check))
        return GcpApiError::notFound(check);
    QJsonArray backends;
    QStringList groups;
    const QJsonArray asked = input.value(QLatin1String("backends")).toArray();
    for (int i = 0; i < asked.size(); ++i) {
        QJsonObject backend = asked.at(i).toObject();
        const QString field = QStringLiteral("backends[%1].group").arg(i);
        const QString group = GcpComputeState::normalize(str(backend, "group"), project);
        if (group.section(QLatin1Char('/'), 4, 4) != QLatin1String("instanceGroups"))
            return GcpApiError::badField(
                field, str(backend, "group"), QStringLiteral("The backend must be an instance group."));
        if (regionOf(group) != region)
            return GcpApiError::badField(field, str(backend, "group"),
                QStringLiteral("The instance group must be in a zone of region '%1'.").arg(region));
        if (!state.has(group))
            return GcpApiError::notFound(group);
        if (groups.contains(group))
            return GcpApiError::badField(field, str(backend, "group"), QStringLiteral("Duplicate backend group."));
        groups.append(group);
        const QString mode = backend.value(QLatin1String("balancingMode")).toString(QStringLiteral("CONNECTION"));
        if (mode != QLatin1String("CONNECTION"))
            return GcpApiError::badField(QStringLiteral("backends[%1].balancingMode").arg(i), mode,
                QStringLiteral("Backend services with loadBalancingScheme INTERNAL only support CONNECTION."));
        for (const char* capacity : { "maxConnections", "maxConnectionsPerInstance", "maxRate", "maxUtilization" }) {
            if (backend.contains(QLatin1String(capacity)))
                return GcpApiError::badField(QStringLiteral("backends[%1].%2").arg(i).arg(QLatin1String(capacity)),
                    backend.value(QLatin1String(capacity)).toVariant().toString(),
                    QStringLiteral("No capacity setting is allowed with loadBalancingScheme INTERNAL."));
        }
        backend.insert(QStringLiteral("group"), state.url(group));
        backend.insert(QStringLiteral("balancingMode"), mode);
        backends.append(backend);
    }
    if (input.contains(QLatin1String("network"))) {
        const QString network = GcpComputeState::normalize(str(input, "network"), project);
        if (!state.has(network))
            return GcpApiError::notFound(network);
        body.insert(QStringLiteral("network"), state.url(network));
    }
    body.insert(QStringLiteral("loadBalancingScheme"), scheme);
    body.insert(QStringLiteral("protocol"), protocol);
    body.insert(QStringLiteral("healthChecks"), QJsonArray { state.url(check) });
    body.insert(QStringLiteral("backends"), backends);
    body.insert(QStringLiteral("sessionAffinity"),
        input.value(QLatin1String("sessionAffinity")).toString(QStringLiteral("NONE")));
    body.insert(QStringLiteral("timeoutSec"), 30);
    body.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    return std::nullopt;
}

std::optional<GcpApiError> instanceGroup(
    GcpComputeState& state, const QString& project, const QString& zone, const QJsonObject& input, QJsonObject& body)
{
    if (input.contains(QLatin1String("labels")))
        return GcpApiError::unknownField("labels");
    for (const char* key : { "network", "subnetwork" }) {
        if (!input.contains(QLatin1String(key)))
            continue;
        const QString ref = GcpComputeState::normalize(str(input, key), project);
        if (!state.has(ref))
            return GcpApiError::notFound(ref);
        if (QLatin1String(key) == QLatin1String("subnetwork")
            && zone.left(zone.lastIndexOf(QLatin1Char('-'))) != regionOf(ref))
            return GcpApiError::badField(QStringLiteral("subnetwork"), str(input, key),
                QStringLiteral("The subnetwork must be in the group's region."));
        body.insert(QLatin1String(key), state.url(ref));
    }
    static const QRegularExpression portName(QStringLiteral("^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$"));
    const QJsonArray named = input.value(QLatin1String("namedPorts")).toArray();
    for (int i = 0; i < named.size(); ++i) {
        const int port = named.at(i).toObject().value(QLatin1String("port")).toInt();
        if (port < 1 || port > 65535 || !portName.match(str(named.at(i).toObject(), "name")).hasMatch())
            return GcpApiError::badField(QStringLiteral("namedPorts[%1]").arg(i), str(named.at(i).toObject(), "name"),
                QStringLiteral("A named port needs a valid name and a port between 1 and 65535."));
    }
    body.insert(QStringLiteral("namedPorts"), named);
    body.insert(QStringLiteral("size"), 0);
    body.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    return std::nullopt;
}

} // namespace

bool GcpInternalLbInsert::handles(const QString& collection)
{
    return collection == QLatin1String("healthChecks") || collection == QLatin1String("backendServices")
        || collection == QLatin1String("instanceGroups");
}

std::optional<GcpApiError> GcpInternalLbInsert::prepare(GcpComputeState& state, const QString& project,
    const QString& collection, const QString& scopeName, const QJsonObject& input, QJsonObject& body)
{
    if (collection == QLatin1String("healthChecks"))
        return healthCheck(input, body);
    // Global backend services serve other load balancers; unmanaged instance groups are zonal.
    if (collection == QLatin1String("backendServices") && !body.contains(QLatin1String("region")))
        return GcpApiError::notFound(QStringLiteral("projects/%1/global/backendServices").arg(project));
    if (collection == QLatin1String("instanceGroups") && !body.contains(QLatin1String("zone")))
        return GcpApiError::notFound(QStringLiteral("projects/%1/%2/instanceGroups").arg(project, scopeName));
    if (collection == QLatin1String("backendServices"))
        return backendService(state, project, scopeName, input, body);
    return instanceGroup(state, project, scopeName, input, body);
}

std::optional<GcpApiError> GcpInternalLbInsert::timing(const QJsonObject& input, QJsonObject& body)
{
    const int interval = input.value(QLatin1String("checkIntervalSec")).toInt(5);
    const int timeout = input.value(QLatin1String("timeoutSec")).toInt(5);
    if (timeout > interval)
        return GcpApiError::badField(QStringLiteral("timeoutSec"), QString::number(timeout),
            QStringLiteral("TimeoutSec should be less than or equal to checkIntervalSec."));
    body.insert(QStringLiteral("checkIntervalSec"), interval);
    body.insert(QStringLiteral("timeoutSec"), timeout);
    body.insert(QStringLiteral("unhealthyThreshold"), input.value(QLatin1String("unhealthyThreshold")).toInt(2));
    body.insert(QStringLiteral("healthyThreshold"), input.value(QLatin1String("healthyThreshold")).toInt(2));
    return std::nullopt;
}

std::optional<GcpApiError> GcpInternalLbInsert::forwardingRule(GcpComputeState& state, int& ipCounter,
    const QString& project, const QString& region, const QJsonObject& input, QJsonObject& body)
{
    const QString protocol = input.value(QLatin1String("IPProtocol")).toString(QStringLiteral("TCP"));
    if (protocol != QLatin1String("TCP") && protocol != QLatin1String("UDP") && protocol != QLatin1String("L3_DEFAULT"))
        return GcpApiError::badField(QStringLiteral("IPProtocol"), protocol,
            QStringLiteral("A forwarding rule with a backend service takes TCP, UDP or L3_DEFAULT."));
    if (input.contains(QLatin1String("target")))
        return GcpApiError::badField(QStringLiteral("target"), str(input, "target"),
            QStringLiteral("A forwarding rule takes either a target or a backendService, not both."));
    const QString service = GcpComputeState::normalize(str(input, "backendService"), project);
    if (service.section(QLatin1Char('/'), 2, 2) != QLatin1String("regions") || regionOf(service) != region)
        return GcpApiError::badField(QStringLiteral("backendService"), str(input, "backendService"),
            QStringLiteral("The backend service must be a regional backend service of region '%1'.").arg(region));
    if (!state.has(service))
        return GcpApiError::notFound(service);
    const QString scheme = input.value(QLatin1String("loadBalancingScheme")).toString(QStringLiteral("EXTERNAL"));
    if (scheme != str(state.at(service), "loadBalancingScheme"))
        return GcpApiError::badField(QStringLiteral("loadBalancingScheme"), scheme,
            QStringLiteral("The forwarding rule's loadBalancingScheme must match its backend service's (%1).")
                .arg(str(state.at(service), "loadBalancingScheme")));
    if (input.contains(QLatin1String("portRange")))
        return GcpApiError::badField(QStringLiteral("portRange"), str(input, "portRange"),
            QStringLiteral("portRange is not supported with loadBalancingScheme INTERNAL: use ports or allPorts."));
    const QJsonArray ports = input.value(QLatin1String("ports")).toArray();
    const bool allPorts = input.value(QLatin1String("allPorts")).toBool();
    if (ports.size() > 5)
        return GcpApiError::badField(QStringLiteral("ports"), QString::number(ports.size()),
            QStringLiteral("A forwarding rule takes at most 5 ports; use allPorts for more."));
    if (allPorts == !ports.isEmpty())
        return GcpApiError::badField(
            QStringLiteral("ports"), QString(), QStringLiteral("Exactly one of ports or allPorts must be specified."));
    if (protocol == QLatin1String("L3_DEFAULT") && !allPorts)
        return GcpApiError::badField(QStringLiteral("allPorts"), QStringLiteral("false"),
            QStringLiteral("IPProtocol L3_DEFAULT requires allPorts."));
    for (const QJsonValue& port : ports) {
        bool ok = false;
        const int number = port.toString().toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return GcpApiError::badField(QStringLiteral("ports"), port.toString(), QStringLiteral("Invalid port."));
    }
    // Custom-mode networks (the only ones here) need the subnetwork the address comes from.
    if (str(input, "subnetwork").isEmpty())
        return GcpApiError { 400, QStringLiteral("required"),
            QStringLiteral("Required field 'resource.subnetwork' not specified") };
    const QString subnet = GcpComputeState::normalize(str(input, "subnetwork"), project);
    if (!state.has(subnet))
        return GcpApiError::notFound(subnet);
    if (regionOf(subnet) != region)
        return GcpApiError::badField(QStringLiteral("subnetwork"), str(input, "subnetwork"),
            QStringLiteral("The subnetwork must be in the forwarding rule's region '%1'.").arg(region));
    const QString subnetNetwork = GcpComputeState::normalize(str(state.at(subnet), "network"), project);
    if (input.contains(QLatin1String("network"))
        && GcpComputeState::normalize(str(input, "network"), project) != subnetNetwork)
        return GcpApiError::badField(QStringLiteral("network"), str(input, "network"),
            QStringLiteral("The subnetwork '%1' is not in this network.").arg(subnet));
    const QString cidr = str(state.at(subnet), "ipCidrRange");
    QString address = str(input, "IPAddress");
    if (!address.isEmpty() && !inRange(address, cidr))
        return GcpApiError::badField(QStringLiteral("IPAddress"), address,
            QStringLiteral("The address is not in the subnetwork's range %1.").arg(cidr));
    if (address.isEmpty()) {
        const QStringList octets = cidr.section(QLatin1Char('/'), 0, 0).split(QLatin1Char('.'));
        ++ipCounter;
        address = QStringLiteral("%1.%2.%3.%4").arg(octets.value(0), octets.value(1), octets.value(2)).arg(ipCounter);
    }
    body.insert(QStringLiteral("IPProtocol"), protocol);
    body.insert(QStringLiteral("loadBalancingScheme"), scheme);
    body.insert(QStringLiteral("backendService"), state.url(service));
    body.insert(QStringLiteral("network"), state.url(subnetNetwork));
    body.insert(QStringLiteral("subnetwork"), state.url(subnet));
    body.insert(QStringLiteral("IPAddress"), address);
    body.insert(QStringLiteral("networkTier"), QStringLiteral("PREMIUM"));
    body.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint());
    body.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    return std::nullopt;
}

std::optional<GcpApiError> GcpInternalLbInsert::inUse(
    GcpComputeState& state, const QString& collection, const QString& path)
{
    const QString url = state.url(path);
    for (auto it = state.resources().cbegin(); it != state.resources().cend(); ++it) {
        const QString kind = str(it.value(), "kind");
        if (collection == QLatin1String("backendServices") && kind == QLatin1String("compute#forwardingRule")
            && str(it.value(), "backendService") == url)
            return GcpApiError::inUse(QStringLiteral("backendService"), path, it.key());
        if (kind != QLatin1String("compute#backendService"))
            continue;
        if (collection == QLatin1String("healthChecks")
            && it.value().value(QLatin1String("healthChecks")).toArray().contains(url))
            return GcpApiError::inUse(QStringLiteral("healthCheck"), path, it.key());
        if (collection == QLatin1String("instanceGroups")) {
            for (const QJsonValue& backend : it.value().value(QLatin1String("backends")).toArray()) {
                if (str(backend.toObject(), "group") == url)
                    return GcpApiError::inUse(QStringLiteral("instanceGroup"), path, it.key());
            }
        }
    }
    return std::nullopt;
}

} // namespace Barista
