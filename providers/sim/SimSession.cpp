// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimSession.h"

#include "models/catalog/RegionCatalog.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cmath>

namespace Barista {

namespace {

/// Per-connection stream: the same seed and connection replay the same latencies and faults,
/// while two connections of one process do not fail in lockstep.
QRandomGenerator seededGenerator(quint64 seed, const ConnectionConfig& connection)
{
    const QByteArray key
        = (connection.provider + QLatin1Char('|') + connection.region + QLatin1Char('|') + connection.name).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    const quint64 mixed = seed ^ qFromBigEndian<quint64>(hash.constData());
    const quint32 words[2] = { quint32(mixed >> 32), quint32(mixed) };
    return QRandomGenerator(words, words + 2);
}

} // namespace

SimSession::SimSession(SimCloud* cloud, const ConnectionConfig& connection)
    : m_cloud(cloud)
    , m_connectionName(connection.name)
    , m_latency(connection.provider, cloud->settings())
    , m_rng(seededGenerator(cloud->settings().seed, connection))
{
    m_context.settings = cloud->settings();
    m_configError = validate(connection, &m_context);
    m_tokens = m_context.settings.rateBurst;
    m_bucketClock.start();
}

std::optional<CloudError> SimSession::validate(const ConnectionConfig& connection, SimContext* context)
{
    if (!knownProviders().contains(connection.provider))
        return SimErrors::invalidParameter(
            connection.provider, QStringLiteral("The simulated cloud has no provider '%1'.").arg(connection.provider));
    // Catalog entries are named after their provider ("openstack-ex01" is a second OpenStack
    // example in Cloud-Barista's file, not a provider of its own).
    const std::optional<RegionInfo> region = RegionCatalog::bundled().region(connection.provider, connection.region);
    if (!region)
        return SimErrors::unknownRegion(connection.provider, connection.region, QString());
    context->provider = connection.provider;
    context->region = connection.region;
    context->regionInfo = *region;
    context->scope = connection.provider + QLatin1Char('/') + connection.region;
    if (connection.zone.isEmpty()) {
        context->zone = region->zones.isEmpty() ? QString() : region->zones.constFirst().name;
        return std::nullopt;
    }
    if (!context->hasZone(connection.zone))
        return SimErrors::unknownRegion(connection.provider, connection.region, connection.zone);
    context->zone = connection.zone;
    return std::nullopt;
}

SimSession::Decision SimSession::decide(SimOp op)
{
    const SimSettings& s = m_context.settings;
    Decision d;
    d.op = op;
    if (SimTrace* trace = SimTrace::active())
        d.tracedAtMs = trace->elapsedMs();
    const double throttleRoll = m_rng.generateDouble() * 100.0;
    const double failureRoll = m_rng.generateDouble() * 100.0;
    const double timeoutRoll = m_rng.generateDouble() * 100.0;
    d.applyEffect = m_rng.generateDouble() < 0.5;
    const qint64 callMs = m_latency.callMs(op, m_rng);
    const qint64 rejectMs = m_latency.callMs(SimOp::Get, m_rng); // refusals come back quickly
    d.latencyMs = callMs;

    // The bucket runs in simulated time, like everything else the sim measures.
    const double perMs = s.rateLimitPerSec / 1000.0 / qMax(1e-9, s.timeScale);
    m_tokens = qMin(s.rateBurst, m_tokens + double(m_bucketClock.restart()) * perMs);
    if (m_tokens < 1.0) {
        d.outcome = Outcome::Throttle;
        d.latencyMs = rejectMs;
        d.retryAfterMs = perMs > 0 ? qint64(std::ceil((1.0 - m_tokens) / perMs)) : 1000;
        return d;
    }
    m_tokens -= 1.0;
    if (throttleRoll < s.throttlePct) {
        d.outcome = Outcome::Throttle;
        d.latencyMs = rejectMs;
        d.retryAfterMs = s.scaled(2000);
    } else if (failureRoll < s.failurePct) {
        d.outcome = Outcome::Fail;
    } else if (timeoutRoll < s.timeoutPct) {
        d.outcome = Outcome::Timeout;
    }
    return d;
}

CloudError SimSession::storeUnavailable(const QString& reason)
{
    CloudError e;
    e.kind = CloudError::Kind::Internal;
    e.providerCode = QStringLiteral("SimStateUnavailable");
    e.message = QStringLiteral("The simulated cloud's state file cannot be used: %1").arg(reason);
    return e;
}

} // namespace Barista
