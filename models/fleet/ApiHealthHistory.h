// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/JobTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Barista {

class Clock;
class JobQueue;

/// One provider's API health at one sample.
struct ApiHealthSample
{
    qint64 atMs = 0; ///< Clock::nowMs() when taken
    qint64 calls = 0; ///< attempts sent since the previous sample (since the start for the first)
    qint64 errors = 0; ///< of which failed
    qint64 throttles = 0; ///< of which failed as Throttled
    qint64 latencyP95Ms = 0; ///< the job queue's p95 over its recent window, at this sample
    ProviderCallStats totals; ///< the cumulative counters at this sample
};

/// The worker pool's per-provider call counters over time, for the API-health dashboard: a
/// bounded ring of samples per provider, taken every interval on the injected Clock (so tests
/// drive it with a FakeClock) or on demand with sample().
class ApiHealthHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiHealthHistory)

public:
    static constexpr int DEFAULT_CAPACITY = 120;

    ApiHealthHistory(JobQueue* jobs, Clock* clock, QObject* parent = nullptr);

    /// Samples kept per provider; older ones are dropped.
    void setCapacity(int samples);
    int capacity() const { return m_capacity; }

    /// Samples every intervalMs from now on (the first one intervalMs from now); <= 0 stops.
    void start(qint64 intervalMs);
    void stop();
    bool isRunning() const { return m_intervalMs > 0; }
    qint64 intervalMs() const { return m_intervalMs; }

    /// Providers with samples, sorted.
    QStringList providers() const;
    /// One provider's samples, oldest first.
    QList<ApiHealthSample> samples(const QString& provider) const;
    /// Every provider's samples summed per sample time (p95 = the worst provider's), oldest first.
    QList<ApiHealthSample> combined() const;
    /// Clock::nowMs() of the last sample, or -1 before the first.
    qint64 lastSampleMs() const { return m_lastSampleMs; }

public Q_SLOTS:
    /// Takes one sample of every provider the job queue has counters for, now.
    void sample();

Q_SIGNALS:
    void sampled();

private:
    void schedule(quint64 generation);

    JobQueue* m_jobs;
    Clock* m_clock;
    int m_capacity = DEFAULT_CAPACITY;
    qint64 m_intervalMs = 0;
    quint64 m_generation = 0; ///< bumped by start/stop, so a superseded callback does nothing
    qint64 m_lastSampleMs = -1;
    QHash<QString, QList<ApiHealthSample>> m_samples;
};

} // namespace Barista
