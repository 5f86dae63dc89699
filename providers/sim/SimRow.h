// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"

#include <QString>
#include <QStringList>

namespace Barista {

/// One resource as the simulated cloud stores it. Its state is a function of the row and
/// the wall clock: when dueMs has passed, status becomes target; when expireMs has passed
/// the resource is gone (a Terminated VM drops out of listings, a Deleting cluster vanishes).
struct SimRow
{
    qint64 serial = 0; ///< insertion order, also the seed of the resource's ids
    QString scope; ///< "provider/region": one account's region
    Resource resource; ///< the full resource, its status included
    QString target; ///< the status a pending transition reaches; empty when stable
    qint64 dueMs = 0; ///< wall-clock ms since epoch when target is reached; 0 = nothing pending
    qint64 expireMs = 0; ///< wall-clock ms when the row disappears; 0 = never
    QString token; ///< the create's idempotency token
    QString requestHash; ///< the create request's digest, to detect a token reused with other parameters
    int vcpu = 0; ///< what the resource counts against the vCPU quota
    QStringList refs; ///< system ids of the resources this one depends on
    qint64 createdMs = 0;

    ResourceKind kind() const { return resource.kind(); }
    QString nameId() const { return resource.iid().nameId; }
    QString systemId() const { return resource.iid().systemId; }
    QString status() const { return resource.statusName(); }
};

} // namespace Barista
