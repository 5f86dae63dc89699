// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/infra/Ipv4Cidr.h"
#include "models/infra/NetworkRules.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Barista {

/// One VPC to plan: a node group (or several sharing one VPC) on one connection.
struct CidrRequest
{
    QString connection; ///< connection name, e.g. "aws-ap-northeast-2"
    QString provider; ///< "aws", "azure", ... (see NetworkRules)
    int nodeCount = 1; ///< every subnet is sized to hold all of them
    int subnetCount = 1;
};

/// What the plan gives one request: either a VPC range with its subnets, or an error.
struct CidrAllocation
{
    QString connection;
    QString provider;
    Ipv4Cidr vpc; ///< invalid on error
    QList<Ipv4Cidr> subnets; ///< subnetCount blocks inside vpc, in address order
    /// Copied from the rule: false for GCP, whose VPC has no range; vpc is then only the envelope
    /// the subnets were kept in (still non-overlapping, so a VPN can join it later).
    bool vpcHasCidr = true;
    bool usedDefaultRule = false; ///< the rules file did not describe the provider
    QString error; ///< translated; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Everything a plan depends on.
struct CidrPlanInput
{
    QList<CidrRequest> requests;
    /// VPC ranges that already exist, by connection. A new VPC never overlaps those of its own
    /// connection, and avoids those of other connections while there is room elsewhere.
    QMap<QString, QList<Ipv4Cidr>> existingByConnection;
    /// Ranges no new VPC may overlap in any connection: the infra's other VPCs, on-premises
    /// networks, anything a VPN will route to.
    QList<Ipv4Cidr> inUseElsewhere;
};

/// Plans non-overlapping address space for the VPCs of one multi-cloud infra, as CB-Tumblebug
/// does for an MCI, so that VPNs can later join any two of them.
///
/// Per request, in input order: subnets of /24, or larger when nodeCount plus the provider's
/// reserved addresses need it, kept within the provider's subnet prefix limits; a VPC of /16, or
/// larger when the subnets need it, kept within the provider's VPC limits, and shrunk one prefix
/// length at a time (down to what still holds the subnets) when no such block is free. The VPC is
/// the first free aligned block in address order of the provider's available blocks that misses
/// its reserved blocks, the ranges given as in use and the VPCs planned before it. The result
/// depends only on the input, so planning again gives the same ranges.
class CidrAllocator
{
public:
    explicit CidrAllocator(const NetworkRules& rules = NetworkRules::bundled());

    /// One allocation per request, in the same order. A request that cannot be met gets an error
    /// and takes no space; the others are still planned.
    QList<CidrAllocation> allocate(const CidrPlanInput& input) const;

    /// The subnet prefix length for nodeCount nodes under rule, or -1 (and *error) when the
    /// provider's largest subnet is too small.
    static int subnetPrefixFor(const ProviderNetworkRule& rule, int nodeCount, QString* error = nullptr);

private:
    NetworkRules m_rules; // a copy: a handful of small rules, and no lifetime to get wrong
};

} // namespace Barista
