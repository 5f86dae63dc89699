// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/interfaces/Result.h"
#include "providers/sim/SimContext.h"
#include "providers/sim/SimRow.h"

namespace Barista {

class SimStateStore;

/// Validates a create request the way the provider would (references must exist, the spec must
/// be offered, quotas must allow it) and builds the row the cloud will store: ids, addresses,
/// key material and the first transition. Runs inside the store's transaction.
class SimResourceBuilder
{
public:
    SimResourceBuilder(SimStateStore& store, const SimContext& context);

    /// The new row (serial, ids and status set; token, tags and timestamps are the caller's).
    Result<SimRow> build(const Resource& request, qint64 serial);

private:
    Result<SimRow> buildVpc(VpcInfo vpc, qint64 serial);
    Result<SimRow> buildSecurityGroup(SecurityGroupInfo group, qint64 serial);
    Result<SimRow> buildKeyPair(KeyPairInfo key, qint64 serial);
    Result<SimRow> buildVm(VmInfo vm, qint64 serial);
    Result<SimRow> buildDisk(DiskInfo disk, qint64 serial);
    Result<SimRow> buildMyImage(MyImageInfo image, qint64 serial);
    Result<SimRow> buildNlb(NlbInfo nlb, qint64 serial);
    Result<SimRow> buildCluster(ClusterInfo cluster, qint64 serial);

    /// The live row an Iid points at (systemId preferred, else nameId).
    std::optional<SimRow> resolve(ResourceKind kind, const Iid& iid);
    static QString idText(const Iid& iid);
    QString newId(ResourceKind kind, const QString& name, qint64 serial) const;

    SimStateStore& m_store;
    const SimContext& m_context;
};

} // namespace Barista
