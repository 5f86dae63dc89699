// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/CloudError.h"

#include <QString>
#include <optional>

namespace Barista {

using JobId = quint64;

enum class JobState
{
    Queued,       ///< waiting for a concurrency slot or a rate-limit token
    Running,      ///< an attempt is in flight
    WaitingRetry, ///< the last attempt failed with a retryable error; backing off
    Succeeded,
    Failed,
    Canceled,
};
QString jobStateName(JobState state);
bool isFinal(JobState state);

/// Per-connection limits. Providers publish their own API limits; these defaults are
/// deliberately gentle.
struct ConnectionLimits
{
    int maxConcurrent = 4;      ///< attempts in flight at once on this connection
    double ratePerSecond = 10;  ///< token-bucket refill rate
    double burst = 10;          ///< token-bucket capacity
};

/// Exponential backoff with jitter: delay(n) = min(maxDelay, base * 2^(n-1)), then a random
/// part of it (jitterFraction) is replaced by uniform noise. A Retry-After from the cloud is
/// a floor on the delay, never ignored.
struct RetryPolicy
{
    int maxAttempts = 5;
    qint64 baseDelayMs = 250;
    qint64 maxDelayMs = 30000;
    double jitterFraction = 0.5;
    qint64 attemptTimeoutMs = 120000; ///< an attempt not answered by then counts as a Timeout
};

/// What the caller tells the queue about a job.
struct JobRequest
{
    QString title;      ///< shown in the job panel and `barista jobs` (already translated)
    QString connection; ///< the connection whose limits apply
    QString provider;   ///< for the per-provider counters ("aws", ...)
    bool mutating = false;
    /// A mutating call may be retried after a timeout only when the cloud deduplicates it
    /// (an idempotency token); otherwise a timeout is final and the journal reconciles it.
    bool idempotent = true;
    RetryPolicy retry;
};

/// A snapshot of one job, for models and the CLI.
struct JobInfo
{
    JobId id = 0;
    JobRequest request;
    JobState state = JobState::Queued;
    int attempts = 0;
    int progressValue = 0;
    int progressMaximum = 0; ///< 0 = indeterminate
    std::optional<CloudError> lastError;
    qint64 queuedAtMs = 0;
    qint64 startedAtMs = 0;  ///< first attempt
    qint64 finishedAtMs = 0;
    qint64 nextAttemptAtMs = 0; ///< while WaitingRetry
};

/// Counters for one provider, for the API-health dashboard.
struct ProviderCallStats
{
    qint64 calls = 0;      ///< attempts sent
    qint64 errors = 0;     ///< attempts that failed (any kind)
    qint64 throttles = 0;  ///< attempts that failed as Throttled
    qint64 retries = 0;    ///< attempts that were retries
    qint64 timeouts = 0;
    qint64 latencyP50Ms = 0; ///< over the recent window
    qint64 latencyP95Ms = 0;
    qint64 latencyMaxMs = 0;
};

} // namespace Barista
