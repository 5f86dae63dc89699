// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Iid.h"
#include "providers/gcp/GcpSession.h"

namespace Barista {

/// The insert/delete steps both NLB kinds (GcpLoadBalancing, GcpInternalLoadBalancing) are made
/// of: each a Compute call whose Operation is waited on, safe to repeat after a rollback.
class GcpLoadBalancerParts final
{
public:
    explicit GcpLoadBalancerParts(GcpSession& session);

    /// An insert whose requestId may already have been spent by an earlier attempt that was
    /// rolled back: if the part is then missing, it is inserted again under a fresh requestId.
    /// The part as read back.
    Result<QJsonObject> insert(const QString& collection, const QJsonObject& body, const QString& requestId);
    /// DELETE and wait; a part already gone is fine (false = it was not there), as is one that
    /// something else still uses when tolerateInUse (false too).
    Result<bool> remove(const QString& path, const QString& requestId, bool tolerateInUse = false);
    /// The request's VMs as Compute holds them (in the connection's zone), each checked to sit in
    /// the VPC `vpc` by its first network interface: what both NLB kinds start a create from.
    Result<QList<QJsonObject>> instancesInVpc(const QList<Iid>& vms, const QString& vpc);
    /// A reference as Compute returns it (full URL or partial) as a path under projects/{p}/.
    static QString relative(const QString& reference);

private:
    GcpSession& m_session;
};

} // namespace Barista
