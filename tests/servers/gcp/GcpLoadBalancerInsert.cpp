// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/gcp/GcpLoadBalancerInsert.h"

#include "tests/servers/gcp/GcpInternalLbInsert.h"
#include "tests/servers/gcp/GcpServerJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Barista {

namespace {

using GcpServerJson::str;

std::optional<GcpApiError> healthCheck(const QJsonObject& input, QJsonObject& body)
{
    if (input.contains(QLatin1String("labels")))
        return GcpApiError::unknownField("labels");
    const int port = input.value(QLatin1String("port")).toInt(80);
    if (port < 1 || port > 65535)
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.port': '%1'. Must be between 1 and 65535.").arg(port));
    body.insert(QStringLiteral("port"), port);
    body.insert(QStringLiteral("requestPath"), input.value(QLatin1String("requestPath")).toString(QStringLiteral("/")));
    return GcpInternalLbInsert::timing(input, body);
}

std::optional<GcpApiError> targetPool(
    GcpComputeState& state, const QString& project, const QString& region, const QJsonObject& input, QJsonObject& body)
{
    if (input.contains(QLatin1String("labels")))
        return GcpApiError::unknownField("labels");
    QJsonArray instances;
    for (const QJsonValue& value : input.value(QLatin1String("instances")).toArray()) {
        const QString instance = GcpComputeState::normalize(value.toString(), project);
        if (!state.has(instance))
            return GcpApiError::notFound(instance);
        const QString zone = instance.section(QLatin1Char('/'), 3, 3);
        if (!zone.startsWith(region + QLatin1Char('-')))
            return GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.instances': '%1'. Instance is not in region '%2'.")
                    .arg(value.toString(), region));
        instances.append(state.url(instance));
    }
    const QJsonArray checks = input.value(QLatin1String("healthChecks")).toArray();
    if (checks.size() > 1)
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.healthChecks': a target pool takes at most one health "
                           "check."));
    QJsonArray healthChecks;
    for (const QJsonValue& value : checks) {
        const QString check = GcpComputeState::normalize(value.toString(), project);
        if (!check.contains(QLatin1String("/global/httpHealthChecks/")))
            return GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.healthChecks[0]': '%1'. Target pools only accept "
                               "legacy HTTP health checks.")
                    .arg(value.toString()));
        if (!state.has(check))
            return GcpApiError::notFound(check);
        healthChecks.append(state.url(check));
    }
    body.insert(QStringLiteral("instances"), instances);
    body.insert(QStringLiteral("healthChecks"), healthChecks);
    body.insert(QStringLiteral("sessionAffinity"),
        input.value(QLatin1String("sessionAffinity")).toString(QStringLiteral("NONE")));
    return std::nullopt;
}

std::optional<GcpApiError> forwardingRule(
    GcpComputeState& state, int& ipCounter, const QString& project, const QJsonObject& input, QJsonObject& body)
{
    static const QStringList protocols = { QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("ESP"),
        QStringLiteral("AH"), QStringLiteral("SCTP"), QStringLiteral("ICMP"), QStringLiteral("L3_DEFAULT") };
    const QString protocol = input.value(QLatin1String("IPProtocol")).toString(QStringLiteral("TCP"));
    if (!protocols.contains(protocol))
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.IPProtocol': '%1'.").arg(protocol));
    const QString scheme = input.value(QLatin1String("loadBalancingScheme")).toString(QStringLiteral("EXTERNAL"));
    const QString target = str(input, "target");
    if (target.isEmpty())
        return GcpApiError { 400, QStringLiteral("required"),
            QStringLiteral("Required field 'resource.target' not specified") };
    const QString targetPath = GcpComputeState::normalize(target, project);
    if (targetPath.contains(QLatin1String("/targetPools/")) && scheme != QLatin1String("EXTERNAL"))
        return GcpApiError::invalid(
            QStringLiteral("Invalid value for field 'resource.loadBalancingScheme': '%1'. A forwarding rule with a "
                           "target pool must use loadBalancingScheme EXTERNAL.")
                .arg(scheme));
    if (!state.has(targetPath))
        return GcpApiError::notFound(targetPath);
    QString range = str(input, "portRange");
    static const QRegularExpression ports(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?$"));
    if (!range.isEmpty()) {
        const QRegularExpressionMatch m = ports.match(range);
        const int from = m.captured(1).toInt();
        const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
        if (!m.hasMatch() || from < 1 || to > 65535 || to < from)
            return GcpApiError::invalid(
                QStringLiteral("Invalid value for field 'resource.portRange': '%1'. Invalid port range.").arg(range));
        range = QStringLiteral("%1-%2").arg(from).arg(to);
    }
    body.insert(QStringLiteral("IPProtocol"), protocol);
    body.insert(QStringLiteral("loadBalancingScheme"), scheme);
    body.insert(QStringLiteral("target"), state.url(targetPath));
    if (!range.isEmpty())
        body.insert(QStringLiteral("portRange"), range);
    if (str(input, "IPAddress").isEmpty()) {
        ++ipCounter;
        body.insert(
            QStringLiteral("IPAddress"), QStringLiteral("34.64.%1.%2").arg(ipCounter / 250).arg(ipCounter % 250 + 2));
    }
    body.insert(
        QStringLiteral("networkTier"), input.value(QLatin1String("networkTier")).toString(QStringLiteral("PREMIUM")));
    body.insert(QStringLiteral("labelFingerprint"), GcpComputeState::fingerprint());
    body.insert(QStringLiteral("fingerprint"), GcpComputeState::fingerprint());
    return std::nullopt;
}

} // namespace

bool GcpLoadBalancerInsert::handles(const QString& collection)
{
    return collection == QLatin1String("httpHealthChecks") || collection == QLatin1String("targetPools")
        || collection == QLatin1String("forwardingRules") || GcpInternalLbInsert::handles(collection);
}

std::optional<GcpApiError> GcpLoadBalancerInsert::prepare(GcpComputeState& state, int& ipCounter,
    const QString& project, const QString& collection, const QString& region, const QJsonObject& input,
    QJsonObject& body)
{
    if (collection == QLatin1String("httpHealthChecks"))
        return healthCheck(input, body);
    if (collection == QLatin1String("targetPools"))
        return targetPool(state, project, region, input, body);
    if (GcpInternalLbInsert::handles(collection))
        return GcpInternalLbInsert::prepare(state, project, collection, region, input, body);
    if (input.contains(QLatin1String("backendService")))
        return GcpInternalLbInsert::forwardingRule(state, ipCounter, project, region, input, body);
    return forwardingRule(state, ipCounter, project, input, body);
}

std::optional<GcpApiError> GcpLoadBalancerInsert::inUse(
    GcpComputeState& state, const QString& collection, const QString& path)
{
    if (GcpInternalLbInsert::handles(collection))
        return GcpInternalLbInsert::inUse(state, collection, path);
    const QString url = state.url(path);
    for (auto it = state.resources().cbegin(); it != state.resources().cend(); ++it) {
        const QString kind = str(it.value(), "kind");
        if (collection == QLatin1String("targetPools") && kind == QLatin1String("compute#forwardingRule")
            && str(it.value(), "target") == url)
            return GcpApiError::inUse(QStringLiteral("targetPool"), path, it.key());
        if (collection == QLatin1String("httpHealthChecks") && kind == QLatin1String("compute#targetPool")
            && it.value().value(QLatin1String("healthChecks")).toArray().contains(url))
            return GcpApiError::inUse(QStringLiteral("httpHealthCheck"), path, it.key());
    }
    return std::nullopt;
}

} // namespace Barista
