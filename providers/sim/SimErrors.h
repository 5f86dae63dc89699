// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ResourceKind.h"
#include "models/interfaces/CloudError.h"

#include <QString>
#include <QStringList>

namespace Barista {

/// The errors of the simulated cloud, each in the flavour of the provider it imitates:
/// the same codes and HTTP statuses AWS, Azure, GCP, ... send, so the console's error
/// handling and the user see what a real cloud would say. Messages are the cloud's own words
/// (wire data), so they are English and not translated, exactly like a real provider's.
class SimErrors
{
public:
    static CloudError notFound(const QString& provider, ResourceKind kind, const QString& id);
    static CloudError subnetNotFound(const QString& provider, const QString& id);
    static CloudError duplicate(const QString& provider, ResourceKind kind, const QString& name);
    /// blockers like "vm 'vm-01'"; the message names each of them.
    static CloudError dependencyViolation(
        const QString& provider, ResourceKind kind, const QString& name, const QStringList& blockers);
    static CloudError invalidParameter(const QString& provider, const QString& message);
    static CloudError missingParameter(const QString& provider, const QString& parameter);
    static CloudError unknownSpec(const QString& provider, const QString& spec);
    static CloudError incorrectState(
        const QString& provider, const QString& vm, const QString& status, const QString& action);
    static CloudError volumeInUse(const QString& provider, const QString& disk);
    static CloudError idempotentMismatch(const QString& provider, const QString& token);
    static CloudError vcpuQuota(const QString& provider, const QString& region, int limit, int usage, int requested);
    static CloudError instanceQuota(const QString& provider, const QString& region, int limit, int usage);
    static CloudError insufficientCapacity(const QString& provider, const QString& zone, const QString& spec);
    static CloudError throttled(const QString& provider, qint64 retryAfterMs);
    static CloudError transient(const QString& provider);
    static CloudError unsupported(const QString& provider, ResourceKind kind, const QString& operation);
    static CloudError unknownRegion(const QString& provider, const QString& region, const QString& zone);
    static CloudError badPageToken(const QString& provider, const QString& token);
    static CloudError unknownFunction(const QString& provider, const QString& function);

    /// Whether the provider answers throttling with a Retry-After header.
    static bool sendsRetryAfter(const QString& provider);
};

} // namespace Barista
