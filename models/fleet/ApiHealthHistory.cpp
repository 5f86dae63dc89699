// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fleet/ApiHealthHistory.h"

#include "models/interfaces/Clock.h"
#include "models/jobs/JobQueue.h"

#include <QMap>

namespace Barista {

ApiHealthHistory::ApiHealthHistory(JobQueue* jobs, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_clock(clock)
{
}

void ApiHealthHistory::setCapacity(int samples)
{
    m_capacity = qMax(1, samples);
    for (QList<ApiHealthSample>& ring : m_samples) {
        if (ring.size() > m_capacity)
            ring.remove(0, ring.size() - m_capacity);
    }
}

void ApiHealthHistory::start(qint64 intervalMs)
{
    ++m_generation;
    m_intervalMs = qMax<qint64>(0, intervalMs);
    if (m_intervalMs > 0)
        schedule(m_generation);
}

void ApiHealthHistory::stop()
{
    start(0);
}

void ApiHealthHistory::schedule(quint64 generation)
{
    m_clock->callAfter(m_intervalMs, this, [this, generation] {
        if (generation != m_generation)
            return; // stopped or restarted since
        sample();
        schedule(generation);
    });
}

QStringList ApiHealthHistory::providers() const
{
    QStringList providers = m_samples.keys();
    providers.sort();
    return providers;
}

QList<ApiHealthSample> ApiHealthHistory::samples(const QString& provider) const
{
    return m_samples.value(provider);
}

QList<ApiHealthSample> ApiHealthHistory::combined() const
{
    QMap<qint64, ApiHealthSample> byTime;
    for (const QList<ApiHealthSample>& ring : m_samples) {
        for (const ApiHealthSample& s : ring) {
            ApiHealthSample& sum = byTime[s.atMs];
            sum.atMs = s.atMs;
            sum.calls += s.calls;
            sum.errors += s.errors;
            sum.throttles += s.throttles;
            sum.latencyP95Ms = qMax(sum.latencyP95Ms, s.latencyP95Ms);
            sum.totals.calls += s.totals.calls;
            sum.totals.errors += s.totals.errors;
            sum.totals.throttles += s.totals.throttles;
            sum.totals.retries += s.totals.retries;
            sum.totals.timeouts += s.totals.timeouts;
        }
    }
    QList<ApiHealthSample> out = byTime.values();
    // A ring that started later than another's must not make the combined history longer.
    if (out.size() > m_capacity)
        out.remove(0, out.size() - m_capacity);
    return out;
}

void ApiHealthHistory::sample()
{
    const qint64 now = m_clock->nowMs();
    const QStringList providers = m_jobs->providersWithStats();
    for (const QString& provider : providers) {
        const ProviderCallStats stats = m_jobs->stats(provider);
        QList<ApiHealthSample>& ring = m_samples[provider];
        const ProviderCallStats previous = ring.isEmpty() ? ProviderCallStats() : ring.last().totals;
        ApiHealthSample s;
        s.atMs = now;
        // The counters only grow; max() keeps a reset queue from drawing negative bars.
        s.calls = qMax<qint64>(0, stats.calls - previous.calls);
        s.errors = qMax<qint64>(0, stats.errors - previous.errors);
        s.throttles = qMax<qint64>(0, stats.throttles - previous.throttles);
        s.latencyP95Ms = stats.latencyP95Ms;
        s.totals = stats;
        ring.append(s);
        if (ring.size() > m_capacity)
            ring.remove(0, ring.size() - m_capacity);
    }
    m_lastSampleMs = now;
    emit sampled();
}

} // namespace Barista
